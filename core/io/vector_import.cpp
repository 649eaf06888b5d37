#include "io/vector_import.h"

#include "crs/coordinate_transform.h"
#include "geometry/geometry.h"
#include "geometry/geos_context.h"
#include "io/vector_source.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/gdal_error_scope.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace engdrift {
namespace {
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};
} // namespace
namespace {


constexpr int kSampleFids = 8;
constexpr qint64 kProgressEvery = 2000;

/// Lets OGR geometries be transformed by our PROJ transformation (and swap lat/lon-ordered data).
class ProjOgrTransform final : public OGRCoordinateTransformation
{
public:
    ProjOgrTransform(const CoordinateTransform &ct, bool swapInput) : m_ct(ct), m_swap(swapInput) {}
    OGRSpatialReference *GetSourceCS() override { return nullptr; }
    OGRSpatialReference *GetTargetCS() override { return nullptr; }
    int Transform(int count, double *x, double *y, double * /*z*/, double * /*t*/, int *success) override
    {
        if (m_swap) {
            for (int i = 0; i < count; ++i)
                std::swap(x[i], y[i]);
        }
        m_ct.transform(x, y, static_cast<std::size_t>(count));
        int ok = 0;
        for (int i = 0; i < count; ++i) {
            const bool good = x[i] != HUGE_VAL && y[i] != HUGE_VAL;
            if (success)
                success[i] = good ? TRUE : FALSE;
            ok += good ? 1 : 0;
        }
        return ok > 0 ? TRUE : FALSE;
    }
    OGRCoordinateTransformation *Clone() const override { return nullptr; }
    OGRCoordinateTransformation *GetInverse() const override { return nullptr; }

private:
    const CoordinateTransform &m_ct;
    bool m_swap;
};

void note(ImportReport &report, ImportNote kind, const QString &fid)
{
    ImportNoteCount &n = report.notes[kind];
    ++n.count;
    if (n.sampleFids.size() < kSampleFids)
        n.sampleFids << fid;
}

/// The text of a field as UTF-8, or read as Latin-1 when it is not valid UTF-8.
QString decodeText(const char *raw, bool *wasLatin1)
{
    const QByteArrayView bytes(raw);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (!decoder.hasError()) {
        *wasLatin1 = false;
        return text;
    }
    *wasLatin1 = true;
    return QString::fromLatin1(bytes);
}

std::optional<int> parseNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value != std::floor(value) || value < min || value > max)
        return std::nullopt;
    return static_cast<int>(value);
}

/// A feature's start date from a date, date-time or text (YYYY-MM-DD...) field; invalid if empty or
/// not a date.
QDate startDate(const OGRFeature &feature, int index)
{
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
        float sec = 0;
        if (!feature.GetFieldAsDateTime(index, &y, &m, &d, &h, &mi, &sec, &tz))
            return {};
        return QDate(y, m, d);
    }
    const QString text = QString::fromUtf8(feature.GetFieldAsString(index)).trimmed();
    return QDate::fromString(text.left(10), Qt::ISODate);
}

/// Reads one text field of the features, remembering what each distinct raw value decoded and
/// parsed to: a source repeats a few values (department numbers, care codes) thousands of times.
template <typename T>
class CachedField
{
public:
    struct Value
    {
        bool isNull = true;
        bool latin1 = false;
        QString text;
        T parsed{};
    };
    CachedField(int index, std::function<T(const QString &)> parse) : m_index(index), m_parse(std::move(parse)) {}

    const Value &read(const OGRFeature &feature)
    {
        if (!feature.IsFieldSetAndNotNull(m_index))
            return m_null;
        const QByteArray raw(feature.GetFieldAsString(m_index));
        auto it = m_cache.constFind(raw);
        if (it != m_cache.cend())
            return *it;
        if (m_cache.size() > 50000)
            m_cache.clear(); // an identifier-like field: caching buys nothing
        Value v;
        v.isNull = false;
        v.text = decodeText(raw.constData(), &v.latin1);
        v.parsed = m_parse(v.text);
        return *m_cache.insert(raw, v);
    }

private:
    int m_index;
    std::function<T(const QString &)> m_parse;
    QHash<QByteArray, Value> m_cache;
    Value m_null;
};

/// Appends the polygonal members of a (possibly nested) collection to `out`; counts the others.
void collectPolygons(const OGRGeometry *g, OGRMultiPolygon &out, int &dropped)
{
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon:
        out.addGeometry(g);
        break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *g->toGeometryCollection())
            collectPolygons(part, out, dropped);
        break;
    default:
        ++dropped;
    }
}

int fieldIndex(OGRLayer *layer, const QString &name)
{
    return name.isEmpty() ? -1 : layer->GetLayerDefn()->GetFieldIndex(name.toUtf8().constData());
}

QString fieldList(OGRLayer *layer)
{
    QStringList names;
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        names << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    return names.isEmpty() ? ImportText::tr("(none)") : names.join(QStringLiteral(", "));
}

/// The rectangle (in the project CRS) outside of which data is "far outside" the CRS's area of use.
std::optional<QRectF> plausibleExtent(const Crs &projectCrs)
{
    const auto area = projectCrs.areaOfUse();
    if (!area)
        return std::nullopt;
    // One UTM zone of slack east and west (Denmark east of 12°E is still mapped in EPSG:25832).
    const QRectF geographic(QPointF(std::max(-180.0, area->west - 6.0), std::max(-90.0, area->south - 4.0)),
                            QPointF(std::min(180.0, area->east + 6.0), std::min(90.0, area->north + 4.0)));
    auto wgs84 = Crs::fromUserInput(QStringLiteral("EPSG:4326"));
    if (!wgs84.ok())
        return std::nullopt;
    auto ct = CoordinateTransform::create(*wgs84, projectCrs);
    if (!ct.ok())
        return std::nullopt;
    return ct->transformBounds(geographic);
}

QString describePlace(const QRectF &box, const Crs &crs)
{
    const QPointF c = box.center();
    auto wgs84 = Crs::fromUserInput(QStringLiteral("EPSG:4326"));
    if (wgs84.ok()) {
        if (auto ct = CoordinateTransform::create(crs, *wgs84); ct.ok()) {
            if (auto geo = ct->transform(c))
                return ImportText::tr("%1°E %2°N").arg(geo->x(), 0, 'f', 2).arg(geo->y(), 0, 'f', 2);
        }
    }
    return ImportText::tr("x %1, y %2 (%3)").arg(c.x(), 0, 'f', 0).arg(c.y(), 0, 'f', 0).arg(crs.displayName());
}

QString describeArea(const GeoBounds &b)
{
    return ImportText::tr("%1°E to %2°E, %3°N to %4°N")
        .arg(b.west, 0, 'f', 1)
        .arg(b.east, 0, 'f', 1)
        .arg(b.south, 0, 'f', 1)
        .arg(b.north, 0, 'f', 1);
}

QString noteText(ImportNote kind)
{
    switch (kind) {
    case ImportNote::NullGeometry:
        return ImportText::tr("skipped: no geometry");
    case ImportNote::EmptyGeometry:
        return ImportText::tr("skipped: empty geometry or no area");
    case ImportNote::NotPolygon:
        return ImportText::tr("skipped: not a polygon (point or line)");
    case ImportNote::Unrepairable:
        return ImportText::tr("skipped: invalid polygon that cannot be repaired");
    case ImportNote::BadDepartment:
        return ImportText::tr("skipped: no valid department number");
    case ImportNote::Repaired:
        return ImportText::tr("imported after repairing an invalid polygon");
    case ImportNote::PartsDropped:
        return ImportText::tr("imported without its point or line parts");
    case ImportNote::CurvesLinearized:
        return ImportText::tr("imported with arcs turned into straight segments");
    case ImportNote::ZmDropped:
        return ImportText::tr("imported without Z/M values");
    case ImportNote::SurfaceFlattened:
        return ImportText::tr("imported with a 3D surface flattened to polygons");
    case ImportNote::ClosedLineAsArea:
        return ImportText::tr("imported from a closed polyline taken as the outline of the area");
    case ImportNote::UnmappedCareType:
        return ImportText::tr("imported with care type \"%1\": value not in the care-type mapping").arg(Catalogue::unknownCode());
    case ImportNote::TextNotUtf8:
        return ImportText::tr("imported with text that is not UTF-8, read as Latin-1");
    case ImportNote::NoStartDate:
        return ImportText::tr("imported from the start date given: the date field is empty or not a date");
    }
    return {};
}

bool isSkip(ImportNote kind)
{
    return kind == ImportNote::NullGeometry || kind == ImportNote::EmptyGeometry || kind == ImportNote::NotPolygon ||
           kind == ImportNote::Unrepairable || kind == ImportNote::BadDepartment;
}

} // namespace

qint64 ImportReport::skipped() const
{
    qint64 n = 0;
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        if (isSkip(it.key()))
            n += it->count;
    }
    return n;
}

QStringList ImportReport::describe() const
{
    QStringList lines;
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        QString fids = it->sampleFids.join(QStringLiteral(", "));
        if (it->count > it->sampleFids.size())
            fids += QStringLiteral(", …");
        lines << ImportText::tr("%n feature(s) %1 (fid %2)", "", static_cast<int>(it->count)).arg(noteText(it.key()), fids);
    }
    if (!unmappedValues.isEmpty()) {
        QStringList values;
        for (auto it = unmappedValues.cbegin(); it != unmappedValues.cend() && values.size() < 10; ++it)
            values << QStringLiteral("\"%1\" (%2)").arg(it.key()).arg(it.value());
        lines << ImportText::tr("care-type values not in the mapping: %1").arg(values.join(QStringLiteral(", ")));
    }
    for (const DepartmentKey &key : departmentsCreated)
        lines << ImportText::tr("new department %1 created").arg(key.toString());
    return lines;
}

Result<ImportReport> importVectorFile(ProjectStore &store, const ImportOptions &options, const ImportProgress &progress)
{
    const Catalogue &catalogue = store.catalogue();
    // --- check the options before touching anything
    const bool fieldsForDepartment = !options.orgField.isEmpty() || !options.deptField.isEmpty();
    if (options.department && fieldsForDepartment)
        return makeError(ImportText::tr("Give the department either as numbers or as fields, not both."));
    if (!options.department && (options.orgField.isEmpty() || options.deptField.isEmpty()))
        return makeError(ImportText::tr("Say which department the areas belong to: an organisation and department number, "
                            "or the two fields that hold them."));
    if (options.department && !options.department->isValid())
        return makeError(ImportText::tr("%1 is not a department number (organisation number above 0, department 000-999).")
                             .arg(options.department->toString()));
    if (!options.careType.isEmpty() && !options.careField.isEmpty())
        return makeError(ImportText::tr("Give either one care type for all areas or a care-type field, not both."));
    if (!options.careType.isEmpty() && !catalogue.find(options.careType))
        return makeError(ImportText::tr("\"%1\" is not a care type of the catalogue %2.").arg(options.careType, catalogue.title(currentLanguage())));
    if (!options.careMapFile.isEmpty() && options.careField.isEmpty())
        return makeError(ImportText::tr("A care-type mapping needs the field it maps (--care-field)."));
    std::optional<CareMapping> mapping;
    if (!options.careMapFile.isEmpty()) {
        auto loaded = CareMapping::fromFile(options.careMapFile, catalogue);
        if (!loaded.ok())
            return loaded.error();
        mapping = std::move(loaded).value();
    } else {
        mapping.emplace(catalogue);
    }

    auto opened = VectorSource::open(options.sourcePath);
    if (!opened.ok())
        return opened.error();
    const VectorSource &source = **opened;
    auto chosen = source.chooseLayer(options.layer);
    if (!chosen.ok())
        return chosen.error();
    OGRLayer *layer = chosen.value();

    const bool cadDrawing = source.driverName() == QLatin1String("DXF");
    ImportReport report;
    report.source = source.displayName();
    report.layer = QString::fromUtf8(layer->GetName());

    // --- coordinates: the source's CRS (or the assumed one) to the project's
    Crs sourceCrs;
    bool swapAxes = false;
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        const SourceLayerInfo info = source.describe(layer);
        if (!info.crs)
            return makeError(ImportText::tr("%1: the coordinate reference system of layer %2 is unknown to PROJ.")
                                 .arg(options.sourcePath, report.layer));
        sourceCrs = *info.crs;
        const std::vector<int> &mappingAxes = srs->GetDataAxisToSRSAxisMapping();
        swapAxes = (srs->EPSGTreatsAsLatLong() || srs->EPSGTreatsAsNorthingEasting()) && mappingAxes.size() >= 2 &&
                   mappingAxes[0] == 1 && mappingAxes[1] == 2;
    } else if (!options.assumeCrs.isEmpty()) {
        auto assumed = Crs::fromUserInput(options.assumeCrs);
        if (!assumed.ok())
            return makeError(ImportText::tr("--assume-crs: %1").arg(assumed.errorMessage()));
        sourceCrs = assumed.value();
    } else {
        return makeError(ImportText::tr("%1 does not say which coordinate reference system it uses; give it with --assume-crs "
                            "(Danish data is usually EPSG:25832).")
                             .arg(options.sourcePath));
    }
    report.sourceCrs = sourceCrs.displayName();
    auto transform = CoordinateTransform::create(sourceCrs, store.crs());
    if (!transform.ok())
        return makeError(QStringLiteral("%1: %2").arg(options.sourcePath, transform.errorMessage()));
    ProjOgrTransform ogrTransform(*transform, swapAxes);
    const bool needsTransform = !transform->isIdentity() || swapAxes;
    const std::optional<QRectF> plausible = plausibleExtent(store.crs());

    // --- attributes
    const int orgIndex = fieldIndex(layer, options.orgField);
    const int deptIndex = fieldIndex(layer, options.deptField);
    if (fieldsForDepartment && (orgIndex < 0 || deptIndex < 0))
        return makeError(ImportText::tr("%1: layer %2 has no field \"%3\"; its fields are: %4")
                             .arg(options.sourcePath, report.layer, orgIndex < 0 ? options.orgField : options.deptField,
                                  fieldList(layer)));
    int careIndex = fieldIndex(layer, options.careField);
    if (!options.careField.isEmpty() && careIndex < 0)
        return makeError(ImportText::tr("%1: layer %2 has no field \"%3\"; its fields are: %4")
                             .arg(options.sourcePath, report.layer, options.careField, fieldList(layer)));
    if (options.careType.isEmpty() && options.careField.isEmpty()) {
        // Municipal FKG data maps without asking; our own exports carry care_type.
        careIndex = fieldIndex(layer, QStringLiteral("vedlhold_f_type_kode"));
        if (careIndex < 0)
            careIndex = fieldIndex(layer, QStringLiteral("care_type"));
    }
    const QString fixedCare = options.careType.isEmpty() && careIndex < 0 ? Catalogue::unknownCode() : options.careType;
    const int startIndex = fieldIndex(layer, options.validFromField);
    if (!options.validFromField.isEmpty() && startIndex < 0)
        return makeError(ImportText::tr("%1: layer %2 has no field \"%3\"; its fields are: %4")
                             .arg(options.sourcePath, report.layer, options.validFromField, fieldList(layer)));

    auto existing = store.departments();
    if (!existing.ok())
        return existing.error();
    QSet<DepartmentKey> knownDepartments;
    QSet<int> knownOrganisations;
    for (const Department &dept : *existing) {
        knownDepartments.insert(dept.key);
        knownOrganisations.insert(dept.key.orgNo);
    }
    if (auto orgs = store.organisations(); orgs.ok()) {
        for (const Organisation &org : *orgs)
            knownOrganisations.insert(org.orgNo);
    }

    using Number = std::optional<int>;
    std::optional<CachedField<Number>> orgField, deptField;
    if (!options.department) {
        orgField.emplace(orgIndex, [](const QString &t) { return parseNumber(t, 1, 999999); });
        deptField.emplace(deptIndex, [](const QString &t) { return parseNumber(t, 0, 999); });
    }
    std::optional<CachedField<std::optional<QString>>> careField;
    if (fixedCare.isEmpty())
        careField.emplace(careIndex, [&mapping](const QString &t) { return mapping->map(t); });

    const QDate validFrom = options.validFrom.isValid() ? options.validFrom : QDate::currentDate();
    const qint64 total = layer->GetFeatureCount(FALSE);

    auto tx = store.begin();
    if (!tx.ok())
        return tx.error();
    ImportBatch batch;
    batch.source = report.source;
    batch.sourcePath = options.sourcePath;
    batch.layer = report.layer;
    batch.department = options.department;
    batch.validFrom = validFrom;
    batch.validFromField = options.validFromField;
    if (auto begun = store.beginImportBatch(batch); !begun.ok())
        return begun.error();
    report.importId = batch.id;
    report.validFrom = validFrom;
    // A big import rebuilds the spatial index once at the end instead of updating it per area.
    constexpr qint64 kBulkFeatures = 20000;
    if (total < 0 || total >= kBulkFeatures) {
        if (auto bulk = store.beginBulkInsert(); !bulk.ok())
            return bulk.error();
    }

    GdalErrorScope errors;
    layer->ResetReading();
    qint64 index = 0;
    auto geosCtx = geos::context();
    while (true) {
        std::unique_ptr<OGRFeature> feature(layer->GetNextFeature());
        if (errors.hasFailure())
            return makeError(ImportText::tr("%1: reading stopped after %2 features: %3")
                                 .arg(options.sourcePath)
                                 .arg(index)
                                 .arg(errors.failureText()));
        if (!feature)
            break;
        ++index;
        ++report.featuresRead;
        if (progress && index % kProgressEvery == 0 &&
            !progress(total > 0 ? std::min(1.0, double(index) / double(total)) : -1.0, index))
            return makeError(ImportText::tr("Import of %1 cancelled; nothing was imported.").arg(options.sourcePath));
        const QString fid = feature->GetFID() == OGRNullFID ? QString::number(index - 1)
                                                             : QString::number(feature->GetFID());

        // --- geometry
        std::unique_ptr<OGRGeometry> geom(feature->StealGeometry());
        if (!geom) {
            note(report, ImportNote::NullGeometry, fid);
            continue;
        }
        if (geom->IsEmpty()) {
            note(report, ImportNote::EmptyGeometry, fid);
            continue;
        }
        OGRwkbGeometryType type = wkbFlatten(geom->getGeometryType());
        if (cadDrawing && (type == wkbLineString || type == wkbCompoundCurve || type == wkbCircularString)) {
            // In a CAD drawing a closed polyline outlines an area.
            std::unique_ptr<OGRGeometry> linear(geom->getLinearGeometry());
            auto *line = dynamic_cast<OGRLineString *>(linear.get());
            // Arcs (bulges) can leave the ends a rounding error apart: a millimetre closes the ring.
            const bool closed = line && line->getNumPoints() >= 4 &&
                                std::hypot(line->getX(0) - line->getX(line->getNumPoints() - 1),
                                           line->getY(0) - line->getY(line->getNumPoints() - 1)) <= 1e-3;
            if (closed) {
                line->setPoint(line->getNumPoints() - 1, line->getX(0), line->getY(0));
                auto polygon = std::make_unique<OGRPolygon>();
                polygon->addRingDirectly(OGRCurve::CastToLinearRing(static_cast<OGRLineString *>(linear.release())));
                geom = std::move(polygon);
                type = wkbPolygon;
                note(report, ImportNote::ClosedLineAsArea, fid);
            }
        }
        if (type == wkbPoint || type == wkbMultiPoint || type == wkbLineString || type == wkbMultiLineString ||
            type == wkbCircularString || type == wkbCompoundCurve || type == wkbMultiCurve) {
            note(report, ImportNote::NotPolygon, fid);
            continue;
        }
        if (geom->Is3D() || geom->IsMeasured()) {
            geom->set3D(FALSE);
            geom->setMeasured(FALSE);
            note(report, ImportNote::ZmDropped, fid);
        }
        if (type == wkbPolyhedralSurface || type == wkbTIN) {
            geom.reset(OGRGeometryFactory::forceToMultiPolygon(geom.release()));
            note(report, ImportNote::SurfaceFlattened, fid);
        }
        if (geom->hasCurveGeometry(FALSE)) {
            // Curve types (CurvePolygon, MultiSurface, ...) become linear ones; report only real arcs.
            if (geom->hasCurveGeometry(TRUE))
                note(report, ImportNote::CurvesLinearized, fid);
            geom.reset(geom->getLinearGeometry());
        }
        type = wkbFlatten(geom->getGeometryType());
        if (type == wkbGeometryCollection) {
            auto polygons = std::make_unique<OGRMultiPolygon>();
            int dropped = 0;
            collectPolygons(geom.get(), *polygons, dropped);
            if (polygons->IsEmpty()) {
                note(report, ImportNote::NotPolygon, fid);
                continue;
            }
            if (dropped > 0)
                note(report, ImportNote::PartsDropped, fid);
            geom = std::move(polygons);
        } else if (type != wkbPolygon && type != wkbMultiPolygon) {
            note(report, ImportNote::NotPolygon, fid);
            continue;
        }
        geom->closeRings();
        if (needsTransform && geom->transform(&ogrTransform) != OGRERR_NONE) {
            OGREnvelope env;
            geom->getEnvelope(&env);
            return makeError(ImportText::tr("%1: feature %2 cannot be transformed from %3 to %4; its coordinates are not "
                                "plausible in %3. Is the source's coordinate reference system right?")
                                 .arg(options.sourcePath, fid, sourceCrs.displayName(), store.crs().displayName()));
        }
        OGREnvelope env;
        geom->getEnvelope(&env);
        const QRectF box(QPointF(env.MinX, env.MinY), QPointF(env.MaxX, env.MaxY));
        if (!std::isfinite(env.MinX) || !std::isfinite(env.MaxX) || !std::isfinite(env.MinY) ||
            !std::isfinite(env.MaxY) || (plausible && !plausible->contains(box))) {
            const auto area = store.crs().areaOfUse();
            if (!std::isfinite(env.MinX) || !std::isfinite(env.MaxX) || !std::isfinite(env.MinY) ||
                !std::isfinite(env.MaxY) || !area)
                return makeError(ImportText::tr("%1: feature %2 has coordinates that cannot be used in %3. The source "
                                                "says its coordinates are in %4: is that right? Nothing was imported.")
                                     .arg(options.sourcePath, fid, store.crs().displayName(), sourceCrs.displayName()));
            return makeError(ImportText::tr("%1: feature %2 lies at %3, far outside the area where %4 is used (%5). "
                                            "The source says its coordinates are in %6: is that right? Nothing was "
                                            "imported.")
                                 .arg(options.sourcePath, fid, describePlace(box, store.crs()), store.crs().displayName(),
                                      describeArea(*area), sourceCrs.displayName()));
        }

        Geometry checked(geom->exportToGEOS(geosCtx));
        if (checked.isNull()) {
            note(report, ImportNote::Unrepairable, fid);
            continue;
        }
        std::unique_ptr<OGRGeometry> repaired;
        double area = 0;
        if (!checked.isValid()) {
            auto fixed = checked.makeValidPolygonal();
            if (!fixed.ok() || fixed->isEmpty() || fixed->area() <= 0) {
                note(report, ImportNote::Unrepairable, fid);
                continue;
            }
            note(report, ImportNote::Repaired, fid);
            area = fixed->area();
            repaired.reset(OGRGeometryFactory::createFromGEOS(geosCtx, const_cast<GEOSGeometry *>(fixed->get())));
            if (!repaired) {
                note(report, ImportNote::Unrepairable, fid);
                continue;
            }
            geom = std::move(repaired);
        } else {
            area = checked.area();
        }
        if (!(area > 0)) {
            note(report, ImportNote::EmptyGeometry, fid);
            continue;
        }
        if (wkbFlatten(geom->getGeometryType()) == wkbPolygon)
            geom.reset(OGRGeometryFactory::forceToMultiPolygon(geom.release()));

        // --- department
        AreaVersion version;
        bool anyLatin1 = false;
        if (options.department) {
            version.department = *options.department;
        } else {
            const auto &org = orgField->read(*feature);
            const auto &dept = deptField->read(*feature);
            anyLatin1 = org.latin1 || dept.latin1;
            if (org.isNull || dept.isNull || !org.parsed || !dept.parsed) {
                note(report, ImportNote::BadDepartment, fid);
                continue;
            }
            version.department = DepartmentKey{*org.parsed, *dept.parsed};
        }
        if (!knownDepartments.contains(version.department)) {
            if (!knownOrganisations.contains(version.department.orgNo)) {
                if (auto ok = store.saveOrganisation(Organisation{version.department.orgNo, QString()}); !ok.ok())
                    return ok.error();
                knownOrganisations.insert(version.department.orgNo);
                batch.organisationsCreated << version.department.orgNo;
            }
            Department dept;
            dept.key = version.department;
            if (options.department)
                dept.name = options.departmentName.trimmed();
            if (auto ok = store.saveDepartment(dept); !ok.ok())
                return ok.error();
            knownDepartments.insert(version.department);
            report.departmentsCreated << version.department;
            batch.departmentsCreated << version.department;
        }

        // --- care type
        if (!fixedCare.isEmpty()) {
            version.careType = fixedCare;
        } else {
            const auto &care = careField->read(*feature);
            anyLatin1 |= care.latin1;
            if (care.parsed) {
                version.careType = *care.parsed;
            } else {
                version.careType = Catalogue::unknownCode();
                note(report, ImportNote::UnmappedCareType, fid);
                report.unmappedValues[care.text.isEmpty() ? ImportText::tr("(empty)") : care.text] += 1;
            }
        }
        if (anyLatin1)
            note(report, ImportNote::TextNotUtf8, fid);

        version.validFrom = validFrom;
        if (startIndex >= 0) {
            const QDate start = startDate(*feature, startIndex);
            if (start.isValid())
                version.validFrom = start;
            else
                note(report, ImportNote::NoStartDate, fid);
        }
        if (!report.earliestStart.isValid() || version.validFrom < report.earliestStart)
            report.earliestStart = version.validFrom;
        version.areaM2 = area;
        version.source = report.source;
        version.sourceFid = fid;
        if (auto ok = store.insertAreaVersion(version, geom.get()); !ok.ok())
            return ok.error();
        if (report.firstAreaId == 0)
            report.firstAreaId = version.areaId;
        report.lastAreaId = version.areaId;
        ++report.areasImported;
        report.areaM2 += area;
    }

    if (report.areasImported == 0) {
        if (report.featuresRead == 0)
            return makeError(ImportText::tr("%1: layer %2 has no features; nothing was imported.").arg(options.sourcePath, report.layer));
        return makeError(ImportText::tr("%1: none of the %2 features of layer %3 is a usable polygon; nothing was imported. %4")
                             .arg(options.sourcePath)
                             .arg(report.featuresRead)
                             .arg(report.layer, report.describe().join(QStringLiteral("; "))));
    }
    if (progress && !progress(1.0, index))
        return makeError(ImportText::tr("Import of %1 cancelled; nothing was imported.").arg(options.sourcePath));
    batch.areas = report.areasImported;
    batch.areaM2 = report.areaM2;
    if (auto finished = store.finishImportBatch(batch); !finished.ok())
        return finished.error();
    if (auto committed = tx->commit(); !committed.ok())
        return committed.error();
    return report;
}

} // namespace engdrift
