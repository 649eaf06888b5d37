#include "io/vector_source.h"

#include "util/gdal_error_scope.h"
#include "util/gdal_init.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace engdrift {
namespace {
struct VectorSourceText
{
    Q_DECLARE_TR_FUNCTIONS(VectorSource)
};
} // namespace
namespace {


bool isPolygonalType(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
    case wkbPolyhedralSurface:
    case wkbTIN:
        return true;
    default:
        return false;
    }
}

} // namespace

VectorSource::~VectorSource() = default;

Result<std::unique_ptr<VectorSource>> VectorSource::open(const QString &path)
{
    initGdal();
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(VectorSourceText::tr("%1 does not exist.").arg(path));
    if (info.isFile() && info.size() == 0)
        return makeError(VectorSourceText::tr("%1 is empty (0 bytes).").arg(path));

    QString gdalPath = info.absoluteFilePath();
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("shp")) {
        // A shapefile is three files; name the missing one instead of GDAL's advice on config options.
        auto sibling = [&info](const char *ext) {
            const QString base = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.');
            return QFileInfo::exists(base + QString::fromLatin1(ext)) ||
                   QFileInfo::exists(base + QString::fromLatin1(ext).toUpper());
        };
        if (!sibling("shx"))
            return makeError(VectorSourceText::tr("%1: the shapefile's index file (.shx) is missing; a shapefile needs its .shp, .shx "
                                "and .dbf files side by side.")
                                 .arg(path));
        if (!sibling("dbf"))
            return makeError(VectorSourceText::tr("%1: the shapefile's attribute table (.dbf) is missing; a shapefile needs its .shp, "
                                ".shx and .dbf files side by side.")
                                 .arg(path));
    }
    if (suffix == QLatin1String("zip") && !gdalPath.startsWith(QLatin1String("/vsi")))
        gdalPath.prepend(QStringLiteral("/vsizip/"));

    QList<QByteArray> options;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        // A CSV carries its geometry as WKT in a column; these are the names it is usually given.
        options << "GEOM_POSSIBLE_NAMES=WKT,geom,geometry,the_geom,wkt_geom,shape" << "KEEP_GEOM_COLUMNS=NO";
    }
    std::vector<const char *> optionPtrs;
    for (const QByteArray &o : options)
        optionPtrs.push_back(o.constData());
    optionPtrs.push_back(nullptr);

    // OSM files whose node ids do not increase need GDAL's slower, general index.
    const bool osm = suffix == QLatin1String("osm") || suffix == QLatin1String("pbf");
    CPLSetThreadLocalConfigOption("OSM_USE_CUSTOM_INDEXING", osm ? "NO" : nullptr);
    GdalErrorScope errors;
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(gdalPath.toUtf8().constData(),
                                                      GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                                      nullptr, optionPtrs.data(), nullptr));
    if (!ds) {
        const QString detail = errors.failureText();
        if (detail.isEmpty() || detail.contains(QLatin1String("not recognized as")))
            return makeError(VectorSourceText::tr("%1 is not a vector file that GDAL can read.").arg(path));
        return makeError(VectorSourceText::tr("%1 cannot be read: %2").arg(path, detail));
    }
    if (ds->GetLayerCount() == 0)
        return makeError(VectorSourceText::tr("%1 holds no vector layers.").arg(path));
    auto source = std::unique_ptr<VectorSource>(new VectorSource);
    source->m_path = path;
    source->m_ds = std::move(ds);
    return source;
}

QString VectorSource::displayName() const
{
    return QFileInfo(m_path).fileName();
}

QString VectorSource::driverName() const
{
    return QString::fromUtf8(m_ds->GetDriver() ? m_ds->GetDriver()->GetDescription() : "");
}

SourceLayerInfo VectorSource::describe(OGRLayer *layer) const
{
    SourceLayerInfo info;
    info.name = QString::fromUtf8(layer->GetName());
    const OGRwkbGeometryType type = layer->GetGeomType();
    info.geometryType = QString::fromUtf8(OGRGeometryTypeToName(type));
    info.polygonal = isPolygonalType(type);
    info.featureCount = layer->GetFeatureCount(FALSE);
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        char *wkt = nullptr;
        const char *const options[] = {"FORMAT=WKT2_2019", nullptr};
        if (srs->exportToWkt(&wkt, options) == OGRERR_NONE && wkt) {
            auto crs = Crs::fromUserInput(QString::fromUtf8(wkt));
            if (crs.ok())
                info.crs = crs.value();
        }
        CPLFree(wkt);
    }
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn *field = defn->GetFieldDefn(i);
        info.fields << SourceField{QString::fromUtf8(field->GetNameRef()),
                                   QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(field->GetType()))};
    }
    return info;
}

QList<SourceLayerInfo> VectorSource::layers() const
{
    QList<SourceLayerInfo> list;
    for (int i = 0; i < m_ds->GetLayerCount(); ++i)
        list << describe(m_ds->GetLayer(i));
    return list;
}

Result<OGRLayer *> VectorSource::chooseLayer(const QString &name) const
{
    auto describeAll = [this] {
        QStringList names;
        for (int i = 0; i < m_ds->GetLayerCount(); ++i) {
            OGRLayer *layer = m_ds->GetLayer(i);
            names << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(layer->GetName()),
                                                    QString::fromUtf8(OGRGeometryTypeToName(layer->GetGeomType())));
        }
        return names.join(QStringLiteral(", "));
    };
    if (!name.isEmpty()) {
        OGRLayer *layer = m_ds->GetLayerByName(name.toUtf8().constData());
        if (!layer)
            return makeError(VectorSourceText::tr("%1 has no layer \"%2\"; its layers are: %3").arg(m_path, name, describeAll()));
        return layer;
    }
    if (m_ds->GetLayerCount() == 1)
        return m_ds->GetLayer(0);
    QList<OGRLayer *> polygonal;
    QList<OGRLayer *> untyped;
    for (int i = 0; i < m_ds->GetLayerCount(); ++i) {
        OGRLayer *layer = m_ds->GetLayer(i);
        const OGRwkbGeometryType type = wkbFlatten(layer->GetGeomType());
        if (isPolygonalType(type))
            polygonal << layer;
        else if (type == wkbUnknown || type == wkbGeometryCollection)
            untyped << layer;
    }
    if (polygonal.size() == 1)
        return polygonal.first();
    if (polygonal.isEmpty() && untyped.size() == 1)
        return untyped.first();
    return makeError(VectorSourceText::tr("%1 has %2 layers; choose the one to import with --layer: %3")
                         .arg(m_path)
                         .arg(m_ds->GetLayerCount())
                         .arg(describeAll()));
}

} // namespace engdrift

namespace engdrift {

QList<QStringList> VectorSource::sampleRows(const QString &layerName, int rows) const
{
    QList<QStringList> samples;
    auto layer = chooseLayer(layerName);
    if (!layer.ok())
        return samples;
    GdalErrorScope errors;
    OGRLayer *l = *layer;
    l->ResetReading();
    for (int r = 0; r < rows; ++r) {
        std::unique_ptr<OGRFeature> f(l->GetNextFeature());
        if (!f)
            break;
        QStringList values;
        for (int i = 0; i < f->GetFieldCount(); ++i)
            values << QString::fromUtf8(f->GetFieldAsString(i));
        samples << values;
    }
    l->ResetReading();
    return samples;
}

} // namespace engdrift
