// The layers of the export for other GIS (vector_export.h): their fields, and a feature for each
// area and path the map shows, with the attributes that follow from its care type, department and
// kind.

#include "io/vector_export_p.h"

#include "style/qgis_style.h"
#include "util/dates.h"
#include "util/file_errors.h"
#include "util/gdal_error_scope.h"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace engdrift::vector_export_detail {
namespace {

QByteArray colourText(const QColor &colour)
{
    return colour.name(QColor::HexRgb).toUpper().toLatin1();
}

/// A Shapefile's text field: as wide as its longest value, within what a DBF allows.
int textWidth(int bytes)
{
    return std::clamp(bytes, 10, 254);
}

/// The right-hand rule of RFC 7946: outer rings counter-clockwise, holes clockwise.
void orientRings(OGRMultiPolygon &polygons)
{
    for (OGRPolygon *polygon : polygons) {
        for (int i = 0; i <= polygon->getNumInteriorRings(); ++i) {
            OGRLinearRing *ring = i == 0 ? polygon->getExteriorRing() : polygon->getInteriorRing(i - 1);
            if (ring && ring->isClockwise() == (i == 0))
                ring->reverseWindingOrder();
        }
    }
}

/// The columns of a layer by their place; -1 for one the layer does not have.
struct Columns
{
    int id = -1, org = -1, dept = -1, deptName = -1;
    int careType = -1, careName = -1, careGroup = -1, areaM2 = -1, condition = -1, effectiveCondition = -1;
    int kind = -1, kindName = -1, widthM = -1, lengthM = -1;
    int fill = -1, outline = -1, validFrom = -1, validTo = -1, status = -1, proposal = -1, viewDate = -1;
};

/// Makes a layer's fields one by one and remembers where each went.
class FieldMaker
{
public:
    FieldMaker(OGRLayer &layer, bool shapefile) : m_layer(layer), m_shapefile(shapefile) {}
    void add(int &column, const char *name, OGRFieldType type, int width = 0)
    {
        if (!m_ok)
            return;
        OGRFieldDefn field(name, type);
        if (m_shapefile && type == OFTString)
            field.SetWidth(width);
        m_ok = m_layer.CreateField(&field) == OGRERR_NONE;
        column = m_count++;
    }
    bool ok() const { return m_ok; }

private:
    OGRLayer &m_layer;
    bool m_shapefile;
    bool m_ok = true;
    int m_count = 0;
};

void setText(OGRFeature &f, int column, const QByteArray &text)
{
    if (column < 0)
        return;
    if (text.isEmpty())
        f.SetFieldNull(column);
    else
        f.SetField(column, text.constData());
}

void setDate(OGRFeature &f, int column, const QDate &date)
{
    if (column < 0)
        return;
    if (date.isValid())
        f.SetField(column, date.year(), date.month(), date.day());
    else
        f.SetFieldNull(column);
}

/// The fields both layers have, in the order that follows the first ones of each.
struct Common
{
    qint64 id = 0;
    DepartmentKey department;
    QDate validFrom;
    QDate validTo;
    AreaStatus status = AreaStatus::Current;
    std::optional<qint64> proposalId;
};

void setHead(OGRFeature &f, const Columns &c, const Common &v, const ExportAttributes &attributes)
{
    f.SetField(c.id, static_cast<GIntBig>(v.id));
    f.SetField(c.org, v.department.orgNo);
    setText(f, c.dept, v.department.deptText().toLatin1());
    setText(f, c.deptName, attributes.departmentName(v.department));
}

void setTail(OGRFeature &f, const Columns &c, const Common &v, const QDate &viewDate)
{
    setDate(f, c.validFrom, v.validFrom);
    setDate(f, c.validTo, v.validTo);
    setText(f, c.status, areaStatusCode(v.status));
    if (v.status == AreaStatus::Proposed && v.proposalId)
        f.SetField(c.proposal, static_cast<GIntBig>(*v.proposalId));
    else
        f.SetFieldNull(c.proposal);
    setDate(f, c.viewDate, viewDate);
}

void addHeadFields(FieldMaker &fields, Columns &c, const char *idName, int departmentNameWidth)
{
    fields.add(c.id, idName, OFTInteger64);
    fields.add(c.org, "org_no", OFTInteger);
    fields.add(c.dept, "dept_no", OFTString, 3);
    fields.add(c.deptName, "dept_name", OFTString, departmentNameWidth);
}

void addTailFields(FieldMaker &fields, Columns &c)
{
    fields.add(c.validFrom, "valid_from", OFTDate);
    fields.add(c.validTo, "valid_to", OFTDate);
    fields.add(c.status, "status", OFTString, 8);
    fields.add(c.proposal, "proposal", OFTInteger64);
    fields.add(c.viewDate, "view_date", OFTDate);
}

/// Writes the features of one layer, counting them for the progress.
class LayerWriter
{
public:
    LayerWriter(LayerContext &context, GdalErrorScope &errors, qint64 total)
        : m_context(context), m_errors(errors), m_total(total)
    {
    }

    Result<OGRLayer *> create(GDALDataset &ds, const char *name, OGRwkbGeometryType type, const QString &description)
    {
        const QByteArray identifier = QByteArrayLiteral("IDENTIFIER=") + description.toUtf8();
        const QByteArray describe = QByteArrayLiteral("DESCRIPTION=") + description.toUtf8();
        QList<const char *> options;
        switch (m_context.format) {
        case VectorFormat::GeoPackage:
            options = {"GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES", identifier.constData(), describe.constData()};
            break;
        case VectorFormat::Shapefile:
            options = {"ENCODING=UTF-8"};
            break;
        case VectorFormat::GeoJson:
            // RFC 7946 by hand: GDAL's RFC7946=YES would write a multipolygon of one part as a
            // polygon. Longitude/latitude (the transform), 7 decimals (about a centimetre), outer
            // rings counter-clockwise, and no crs member (the layer gets no CRS: GeoJSON's own is
            // longitude/latitude on WGS 84).
            if (m_context.transform)
                options = {"COORDINATE_PRECISION=7"};
            break;
        }
        options << nullptr;
        const bool rfc7946 = m_context.format == VectorFormat::GeoJson && m_context.transform;
        auto *srs = rfc7946 ? nullptr : const_cast<OGRSpatialReference *>(&m_context.srs);
        OGRLayer *layer = ds.CreateLayer(name, srs, type, const_cast<char **>(options.data()));
        if (!layer)
            return failure();
        return layer;
    }

    /// The geometry of a feature from the WKB, as a multi-part geometry in the file's CRS.
    Result<OGRGeometry *> geometry(const QByteArray &wkb, bool polygon, const QString &what)
    {
        OGRGeometry *g = nullptr;
        if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &g, wkb.size()) != OGRERR_NONE || !g)
            return makeError(ExportText::tr("%1 cannot be written: the shape of %2 cannot be read.").arg(m_context.target, what));
        g = polygon ? OGRGeometryFactory::forceToMultiPolygon(g) : OGRGeometryFactory::forceToMultiLineString(g);
        if (m_context.transform) {
            if (g->transform(m_context.transform) != OGRERR_NONE) {
                delete g;
                return makeError(ExportText::tr("%1 cannot be written: %2 cannot be converted to longitude and latitude.")
                                     .arg(m_context.target, what),
                                 m_errors.detailText());
            }
            if (polygon)
                orientRings(*g->toMultiPolygon());
        }
        return g;
    }

    /// Writes the feature; false when it failed or was cancelled (see error()).
    bool write(OGRLayer &layer, OGRFeature &feature)
    {
        if (layer.CreateFeature(&feature) != OGRERR_NONE || m_errors.hasFailure()) {
            m_error = failure();
            return false;
        }
        ++m_done;
        if (m_context.progress && (m_done % 1024 == 0 || m_done == m_total) &&
            !m_context.progress(m_done, std::max(m_total, m_done))) {
            m_error = makeError(ExportText::tr("The export to %1 was cancelled; nothing was written.").arg(m_context.target));
            return false;
        }
        return true;
    }

    void fail(const Error &error) { m_error = error; }
    const std::optional<Error> &error() const { return m_error; }
    Error failure() const
    {
        return fileError(m_context.target, FileAction::Write, ExportText::tr("%1 cannot be written.").arg(m_context.target),
                         m_errors.detailText());
    }

private:
    LayerContext &m_context;
    GdalErrorScope &m_errors;
    qint64 m_total = 0;
    qint64 m_done = 0;
    std::optional<Error> m_error;
};

QString layerDescription(const LayerContext &context, bool paths)
{
    const QString date = isoDate(context.snapshot.date());
    const auto proposal = context.snapshot.content().proposalId;
    if (paths)
        return proposal ? ExportText::tr("Engdrift: mown paths and edges on %1, proposal %2").arg(date).arg(*proposal)
                        : ExportText::tr("Engdrift: mown paths and edges on %1").arg(date);
    return proposal ? ExportText::tr("Engdrift: areas on %1, proposal %2").arg(date).arg(*proposal)
                    : ExportText::tr("Engdrift: areas on %1").arg(date);
}

} // namespace

Result<ExportAttributes> ExportAttributes::gather(const ProjectStore &store, const QString &language)
{
    ExportAttributes a;
    a.m_catalogue = &store.catalogue();
    a.m_symbology = &Symbology::active();
    a.m_language = language;
    auto departments = store.departments();
    if (!departments.ok())
        return departments.error();
    int longest = 0;
    for (const Department &d : *departments) {
        const QByteArray name = d.name.toUtf8();
        longest = std::max(longest, static_cast<int>(name.size()));
        a.m_departments.insert(d.key, name);
    }
    a.m_departmentNameWidth = textWidth(longest);
    longest = 0;
    for (const CareType &care : a.m_catalogue->careTypes())
        longest = std::max(longest, static_cast<int>(care.name.text(language).toUtf8().size()));
    for (const CareTypeGroup &group : a.m_catalogue->groups())
        longest = std::max(longest, static_cast<int>(group.name.text(language).toUtf8().size()));
    a.m_careNameWidth = textWidth(std::max(longest, 40));
    const MapColours &map = a.m_symbology->map();
    for (auto [kind, fill, outline] : {std::tuple{PathKind::MownPath, map.pathFill, map.pathEdge},
                                       std::tuple{PathKind::SafetyEdge, map.safetyEdgeFill, map.safetyEdgeLine}}) {
        const QString code = pathKindCode(kind);
        Kind &k = kind == PathKind::SafetyEdge ? a.m_edge : a.m_path;
        k = Kind{code.toLatin1(), pathKindLabel(code, language).toUtf8(), colourText(fill), colourText(outline)};
    }
    return a;
}

const ExportAttributes::Care &ExportAttributes::care(const QString &code)
{
    auto it = m_care.find(code);
    if (it != m_care.end())
        return *it;
    Care c;
    c.code = code.toUtf8();
    c.name = m_catalogue->careTypeName(code, m_language).toUtf8();
    if (const CareType *type = m_catalogue->find(code)) {
        c.defaultCondition = conditionCode(type->defaultCondition).toLatin1();
        for (const CareTypeGroup &group : m_catalogue->groups()) {
            if (group.code == type->group)
                c.group = group.name.text(m_language).toUtf8();
        }
    }
    const CareSymbol symbol = m_symbology->resolve(code, *m_catalogue);
    c.fill = colourText(symbol.fill);
    c.outline = colourText(symbol.outline);
    return *m_care.insert(code, c);
}

Result<std::unique_ptr<ProjTransform>> ProjTransform::create(const Crs &source, const Crs &target,
                                                             OGRSpatialReference *targetSrs)
{
    auto transform = CoordinateTransform::create(source, target);
    if (!transform.ok())
        return transform.error();
    std::unique_ptr<ProjTransform> t(new ProjTransform(std::move(transform).value(), targetSrs));
    t->m_sourceSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    t->m_sourceSrs.importFromWkt(source.wkt().toUtf8().constData());
    return t;
}

int ProjTransform::Transform(int count, double *x, double *y, double *, double *, int *success)
{
    if (count <= 0)
        return TRUE;
    m_transform.transform(x, y, static_cast<std::size_t>(count));
    int good = 0;
    for (int i = 0; i < count; ++i) {
        const bool ok = std::isfinite(x[i]) && std::isfinite(y[i]) && x[i] != HUGE_VAL && y[i] != HUGE_VAL;
        if (success)
            success[i] = ok ? TRUE : FALSE;
        good += ok ? 1 : 0;
    }
    return good > 0 ? TRUE : FALSE;
}

Result<void> writeLayers(LayerContext &context, GDALDataset &areaData, GDALDataset &pathData, VectorExportResult &result,
                         GdalErrorScope &errors)
{
    const MapSnapshot &snapshot = context.snapshot;
    ExportAttributes &attributes = context.attributes;
    // How many there will be: the map's counts, and the paths (few) read first.
    qint64 total = 0;
    auto totals = snapshot.areaTotals(AreaGrouping::Department, context.filter.department);
    if (!totals.ok())
        return totals.error();
    for (const AreaTotal &t : *totals) {
        if (context.filter.admits(t.department))
            total += t.count;
    }
    auto paths = snapshot.paths(context.filter);
    if (!paths.ok())
        return paths.error();
    total += paths->size();

    const bool shapefile = context.format == VectorFormat::Shapefile;
    LayerWriter writer(context, errors, total);
    auto areaLayer = writer.create(areaData, "areas", wkbMultiPolygon, layerDescription(context, false));
    if (!areaLayer.ok())
        return areaLayer.error();
    Columns a;
    FieldMaker areaFields(**areaLayer, shapefile);
    addHeadFields(areaFields, a, "area_id", attributes.departmentNameWidth());
    areaFields.add(a.careType, "care_type", OFTString, 40);
    areaFields.add(a.careName, "care_name", OFTString, attributes.careNameWidth());
    if (attributes.hasGroups())
        areaFields.add(a.careGroup, "care_group", OFTString, attributes.careNameWidth());
    areaFields.add(a.fill, "fill", OFTString, 7);
    areaFields.add(a.outline, "outline", OFTString, 7);
    areaFields.add(a.areaM2, "area_m2", OFTReal);
    // The condition as recorded (empty: the care type's default) and as it counts, with that default
    // filled in; a shapefile's names have ten letters at most.
    areaFields.add(a.condition, "condition", OFTString, 11);
    areaFields.add(a.effectiveCondition, shapefile ? "eff_cond" : "effective_condition", OFTString, 11);
    addTailFields(areaFields, a);

    auto pathLayer = writer.create(pathData, "paths", wkbMultiLineString, layerDescription(context, true));
    if (!pathLayer.ok())
        return pathLayer.error();
    Columns p;
    FieldMaker pathFields(**pathLayer, shapefile);
    addHeadFields(pathFields, p, "path_id", attributes.departmentNameWidth());
    pathFields.add(p.kind, "kind", OFTString, 11);
    pathFields.add(p.kindName, "kind_name", OFTString, 40);
    pathFields.add(p.widthM, "width_m", OFTReal);
    pathFields.add(p.lengthM, "length_m", OFTReal);
    pathFields.add(p.fill, "fill", OFTString, 7);
    pathFields.add(p.outline, "outline", OFTString, 7);
    addTailFields(pathFields, p);
    if (!areaFields.ok() || !pathFields.ok())
        return writer.failure();

    const bool transaction = context.format == VectorFormat::GeoPackage;
    if (transaction && areaData.StartTransaction() != OGRERR_NONE)
        return writer.failure();
    const QDate viewDate = snapshot.date();
    OGRFeature areaFeature((*areaLayer)->GetLayerDefn());
    auto read = snapshot.forEachAreaWkb(context.filter, [&](const AreaVersion &v, const QByteArray &wkb, bool) {
        auto g = writer.geometry(wkb, true, ExportText::tr("area %1").arg(v.areaId));
        if (!g.ok()) {
            writer.fail(g.error());
            return false;
        }
        const ExportAttributes::Care &care = attributes.care(v.careType);
        areaFeature.SetFID(OGRNullFID);
        areaFeature.SetGeometryDirectly(*g);
        const Common common{v.areaId, v.department, v.validFrom, v.validTo, v.status, v.proposalId};
        setHead(areaFeature, a, common, attributes);
        setText(areaFeature, a.careType, care.code);
        setText(areaFeature, a.careName, care.name);
        setText(areaFeature, a.careGroup, care.group);
        setText(areaFeature, a.fill, care.fill);
        setText(areaFeature, a.outline, care.outline);
        areaFeature.SetField(a.areaM2, v.areaM2);
        const QByteArray condition = v.condition ? conditionCode(*v.condition).toLatin1() : QByteArray();
        setText(areaFeature, a.condition, condition);
        setText(areaFeature, a.effectiveCondition, v.condition ? condition : care.defaultCondition);
        setTail(areaFeature, a, common, viewDate);
        if (!writer.write(**areaLayer, areaFeature))
            return false;
        ++result.areas;
        result.areaM2 += v.areaM2;
        return true;
    });
    if (writer.error())
        return *writer.error();
    if (!read.ok())
        return read.error();

    OGRFeature pathFeature((*pathLayer)->GetLayerDefn());
    for (const PathShape &shape : *paths) {
        const PathVersion &v = shape.version;
        auto g = writer.geometry(shape.wkb, false, ExportText::tr("path %1").arg(v.pathId));
        if (!g.ok())
            return g.error();
        const ExportAttributes::Kind &kind = attributes.kind(v.kind);
        pathFeature.SetFID(OGRNullFID);
        pathFeature.SetGeometryDirectly(*g);
        const Common common{v.pathId, v.department, v.validFrom, v.validTo, v.status, v.proposalId};
        setHead(pathFeature, p, common, attributes);
        setText(pathFeature, p.kind, kind.code);
        setText(pathFeature, p.kindName, kind.name);
        pathFeature.SetField(p.widthM, v.widthM);
        pathFeature.SetField(p.lengthM, v.lengthM);
        setText(pathFeature, p.fill, kind.fill);
        setText(pathFeature, p.outline, kind.outline);
        setTail(pathFeature, p, common, viewDate);
        if (!writer.write(**pathLayer, pathFeature))
            return *writer.error();
        ++result.paths;
        result.lengthM += v.lengthM;
    }
    if (transaction && areaData.CommitTransaction() != OGRERR_NONE)
        return writer.failure();
    if (context.progress && !context.progress(total, total))
        return makeError(ExportText::tr("The export to %1 was cancelled; nothing was written.").arg(context.target));
    return {};
}

} // namespace engdrift::vector_export_detail
