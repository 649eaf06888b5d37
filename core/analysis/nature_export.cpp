#include "analysis/nature_export.h"

#include "io/vector_export_p.h"
#include "util/file_set.h"
#include "util/gdal_error_scope.h"
#include "util/gdal_init.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <ogrsf_frmts.h>

#include <memory>
#include <variant>

namespace engdrift {
namespace {

using vector_export_detail::ProjTransform;
using vector_export_detail::TargetCrs;

struct NatureExportText
{
    Q_DECLARE_TR_FUNCTIONS(NatureExport)
};

const char *const kLayers[] = {"patches", "networks", "links", "suggestions"};

QString departmentsText(const QList<DepartmentKey> &keys)
{
    QStringList parts;
    for (const DepartmentKey &k : keys)
        parts << k.toString();
    return parts.join(QLatin1Char(' '));
}

QString numbersText(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QLatin1Char(' '));
}

using Cell = std::variant<int, double, qint64, QString>;

struct Field
{
    const char *name;
    OGRFieldType type;
};

/// One layer being written.
class LayerWriter
{
public:
    LayerWriter(OGRLayer *layer, ProjTransform *transform) : m_layer(layer), m_transform(transform) {}

    bool fields(std::initializer_list<Field> fields)
    {
        for (const Field &f : fields) {
            OGRFieldDefn field(f.name, f.type);
            if (m_layer->CreateField(&field) != OGRERR_NONE)
                return false;
        }
        return true;
    }

    /// Writes a feature of `cells` (in the order of the fields) with the shape `wkb`.
    bool add(const QList<Cell> &cells, const QByteArray &wkb)
    {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(m_layer->GetLayerDefn()));
        for (int i = 0; i < cells.size(); ++i) {
            const Cell &c = cells[i];
            if (const int *n = std::get_if<int>(&c))
                f->SetField(i, *n);
            else if (const double *d = std::get_if<double>(&c))
                f->SetField(i, *d);
            else if (const qint64 *l = std::get_if<qint64>(&c))
                f->SetField(i, static_cast<GIntBig>(*l));
            else
                f->SetField(i, std::get<QString>(c).toUtf8().constData());
        }
        OGRGeometry *geometry = nullptr;
        if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &geometry, wkb.size()) != OGRERR_NONE)
            return false;
        std::unique_ptr<OGRGeometry> owned(geometry);
        if (m_transform && owned->transform(m_transform) != OGRERR_NONE)
            return false;
        f->SetGeometryDirectly(owned.release());
        return m_layer->CreateFeature(f.get()) == OGRERR_NONE;
    }

private:
    OGRLayer *m_layer;
    ProjTransform *m_transform;
};

QByteArray lineWkb(const QPointF &a, const QPointF &b)
{
    OGRLineString line;
    line.addPoint(a.x(), a.y());
    line.addPoint(b.x(), b.y());
    QByteArray wkb(static_cast<int>(line.WkbSize()), Qt::Uninitialized);
    line.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
    return wkb;
}

} // namespace

QStringList natureLayerFiles(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("gpkg"))
        return {path};
    if (suffix != QLatin1String("geojson") && suffix != QLatin1String("json"))
        return {};
    QStringList files{path};
    for (const char *layer : {"networks", "links", "suggestions"})
        files << info.dir().filePath(info.completeBaseName() + QLatin1Char('_') + QLatin1String(layer) + QLatin1Char('.') +
                                     info.suffix());
    return files;
}

Result<QStringList> writeNatureLayers(const NatureResult &result, const Crs &crs, const QString &path, bool overwrite)
{
    const QStringList files = natureLayerFiles(path);
    if (files.isEmpty())
        return makeError(NatureExportText::tr("%1: the nature layers can be written as .gpkg or .geojson, not as \"%2\".")
                             .arg(path, QFileInfo(path).suffix()));
    const bool json = files.size() > 1;
    initGdal();
    GdalErrorScope errors;
    auto target = vector_export_detail::targetCrs(crs, json);
    if (!target.ok())
        return target.error();
    std::unique_ptr<ProjTransform> transform;
    if (json) {
        auto created = ProjTransform::create(crs, target->crs, &target->srs);
        if (!created.ok())
            return created.error();
        transform = std::move(created).value();
    }
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(json ? "GeoJSON" : "GPKG");
    if (!driver)
        return makeError(NatureExportText::tr("GDAL has no %1 driver.").arg(json ? QStringLiteral("GeoJSON") : QStringLiteral("GeoPackage")));
    FileSet staged(path);
    if (auto opened = staged.open(); !opened.ok())
        return opened.error();
    auto failed = [&](const QString &why) {
        return makeError(NatureExportText::tr("%1 cannot be written: %2").arg(path, why), errors.detailText());
    };
    const QString method = natureMethodText(result.linkDistanceM);
    const QByteArray description = method.toUtf8();

    // The datasets: one for a GeoPackage, one per layer for GeoJSON.
    std::vector<GDALDatasetUniquePtr> datasets;
    for (int i = 0; i < (json ? 4 : 1); ++i) {
        GDALDatasetUniquePtr ds(driver->Create(staged.stagingPath(QFileInfo(files[i]).fileName()).toUtf8().constData(), 0, 0,
                                               0, GDT_Unknown, nullptr));
        if (!ds)
            return failed(errors.failureText());
        datasets.push_back(std::move(ds));
    }
    const QByteArray descriptionOption = "DESCRIPTION=" + description;
    const char *options[] = {json ? descriptionOption.constData() : "GEOMETRY_NAME=geom", nullptr};
    auto layer = [&](int i, OGRwkbGeometryType type) {
        GDALDataset &ds = *datasets[json ? i : 0];
        return ds.CreateLayer(kLayers[i], &target->srs, type, const_cast<char **>(options));
    };
    OGRLayer *patchLayer = layer(0, wkbMultiPolygon);
    OGRLayer *networkLayer = layer(1, wkbMultiPolygon);
    OGRLayer *linkLayer = layer(2, wkbLineString);
    OGRLayer *suggestionLayer = layer(3, wkbMultiPolygon);
    if (!patchLayer || !networkLayer || !linkLayer || !suggestionLayer)
        return failed(errors.failureText());
    LayerWriter patches(patchLayer, transform.get()), networks(networkLayer, transform.get()),
        links(linkLayer, transform.get()), suggestions(suggestionLayer, transform.get());
    if (!patches.fields({{"patch", OFTInteger}, {"network", OFTInteger}, {"areas", OFTInteger}, {"area_m2", OFTReal},
                         {"links", OFTInteger}, {"isolated", OFTInteger}, {"departments", OFTString}}) ||
        !networks.fields({{"network", OFTInteger}, {"patches", OFTInteger}, {"area_m2", OFTReal}, {"departments", OFTString}}) ||
        !links.fields({{"patch_a", OFTInteger}, {"patch_b", OFTInteger}, {"network", OFTInteger}, {"distance_m", OFTReal}}) ||
        !suggestions.fields({{"rank", OFTInteger}, {"area_id", OFTInteger64}, {"org_no", OFTInteger}, {"dept_no", OFTString},
                             {"care_type", OFTString}, {"lawn_m2", OFTReal}, {"networks", OFTString}, {"connected_m2", OFTReal}}))
        return failed(errors.failureText());

    for (int n : result.scopeNetworks) {
        const NatureNetwork &network = result.networks[n];
        auto shape = networkShape(result, n);
        if (!shape.ok())
            return shape.error();
        if (!networks.add({n, static_cast<int>(network.patches.size()), network.areaM2, departmentsText(network.departments)},
                          *shape))
            return failed(NatureExportText::tr("network %1 cannot be written.").arg(n));
        for (int p : network.patches) {
            const NaturePatch &patch = result.patches[p];
            auto patchWkb = patchShape(result, p);
            if (!patchWkb.ok())
                return patchWkb.error();
            if (!patches.add({p, n, static_cast<int>(patch.areaIds.size()), patch.areaM2, patch.links,
                              patch.isolated() ? 1 : 0, departmentsText(patch.departments)},
                             *patchWkb))
                return failed(NatureExportText::tr("patch %1 cannot be written.").arg(p));
        }
    }
    const QSet<int> shown(result.scopeNetworks.cbegin(), result.scopeNetworks.cend());
    for (const NatureLink &link : result.links) {
        const int n = result.patches[link.patchA].network;
        if (!shown.contains(n))
            continue;
        if (!links.add({link.patchA, link.patchB, n, link.distanceM}, lineWkb(link.pointA, link.pointB)))
            return failed(NatureExportText::tr("the link of patches %1 and %2 cannot be written.").arg(link.patchA).arg(link.patchB));
    }
    for (const NatureSuggestion &s : result.suggestions) {
        if (!suggestions.add({s.rank, s.areaId, s.department.orgNo, s.department.deptText(), s.careType, s.lawnM2,
                              numbersText(s.networks), s.connectedM2},
                             result.shapes.value(s.areaId)))
            return failed(NatureExportText::tr("the suggestion of area %1 cannot be written.").arg(s.areaId));
    }
    if (!json) {
        const char *tableOptions[] = {"ASPATIAL_VARIANT=GPKG_ATTRIBUTES", nullptr};
        OGRLayer *table = datasets[0]->CreateLayer("nature_method", nullptr, wkbNone, const_cast<char **>(tableOptions));
        if (!table)
            return failed(errors.failureText());
        for (const Field &f : {Field{"method", OFTString}, Field{"distance_m", OFTReal}, Field{"view_date", OFTString},
                               Field{"proposal", OFTInteger64}}) {
            OGRFieldDefn field(f.name, f.type);
            table->CreateField(&field);
        }
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(table->GetLayerDefn()));
        f->SetField("method", description.constData());
        f->SetField("distance_m", result.linkDistanceM);
        f->SetField("view_date", isoDate(result.at).toUtf8().constData());
        if (result.proposalId)
            f->SetField("proposal", static_cast<GIntBig>(*result.proposalId));
        if (table->CreateFeature(f.get()) != OGRERR_NONE)
            return failed(errors.failureText());
    }
    if (errors.hasFailure())
        return failed(errors.failureText());
    datasets.clear(); // closing writes the files
    if (errors.hasFailure())
        return failed(errors.failureText());
    return staged.commit(overwrite);
}

} // namespace engdrift
