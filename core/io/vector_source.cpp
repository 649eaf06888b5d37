#include "io/vector_source.h"

#include "util/gdal_error_scope.h"
#include "util/gdal_init.h"
#include "util/gdal_no_network.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstring>
#include <optional>
#include <vector>

namespace engdrift {
namespace {
struct VectorSourceText
{
    Q_DECLARE_TR_FUNCTIONS(VectorSource)
};
} // namespace
namespace {

/// Vector drivers Import does not use on a file: they read other files or addresses the file names
/// (an OGR VRT's source can be any path, standard input or a URL; a WFS description a server), or
/// run another program (GPSBabel). A file is data: what Import reads is that file.
const QSet<QByteArray> &refusedDrivers()
{
    static const QSet<QByteArray> set{"OGR_VRT", "WFS", "OAPIF", "CSW", "GPSBabel", "NGW", "PLSCENES", "Elasticsearch",
                                      "EEDA", "Carto", "AmigoCloud", "MongoDBv3", "PostgreSQL", "MySQL", "ODBC",
                                      "MSSQLSpatial", "OGR_OGDI", "HANA", "Memory"};
    return set;
}

/// The vector drivers Import may open a file with: every registered one but the refused ones.
const std::vector<const char *> &allowedDrivers()
{
    static const std::vector<const char *> list = [] {
        std::vector<const char *> names;
        GDALDriverManager *manager = GetGDALDriverManager();
        for (int i = 0; i < manager->GetDriverCount(); ++i) {
            GDALDriver *driver = manager->GetDriver(i);
            if (!driver->GetMetadataItem(GDAL_DCAP_VECTOR) || refusedDrivers().contains(driver->GetDescription()))
                continue;
            names.push_back(driver->GetDescription()); // lives as long as the driver: the process
        }
        names.push_back(nullptr);
        return names;
    }();
    return list;
}

/// For a DXF file in text form: the offset of its first NUL byte, if it has one. GDAL 3.6's DXF
/// reader loops for ever on a NUL in a group's value (found by fuzz_import; `ogrinfo` hangs on the
/// same file), and a text DXF never holds one. A binary DXF (its own sentinel) may.
std::optional<qint64> nulInTextDxf(const QByteArray &gdalPath)
{
    VSILFILE *file = VSIFOpenL(gdalPath.constData(), "rb");
    if (!file)
        return std::nullopt;
    static constexpr char kBinarySentinel[] = "AutoCAD Binary DXF\r\n\x1a";
    std::vector<char> buffer(1 << 20);
    std::optional<qint64> found;
    qint64 offset = 0;
    for (size_t read; !found && (read = VSIFReadL(buffer.data(), 1, buffer.size(), file)) > 0;
         offset += static_cast<qint64>(read)) {
        if (offset == 0 && read >= sizeof kBinarySentinel - 1 &&
            std::memcmp(buffer.data(), kBinarySentinel, sizeof kBinarySentinel - 1) == 0)
            break; // binary
        if (const void *nul = std::memchr(buffer.data(), 0, read))
            found = offset + (static_cast<const char *>(nul) - buffer.data());
    }
    VSIFCloseL(file);
    return found;
}

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
    NoNetworkScope offline;
    GdalErrorScope errors;
    const QByteArray gdalPathUtf8 = gdalPath.toUtf8();
    static const char *const kDxfOnly[] = {"DXF", nullptr}; // only the DXF driver's probe runs here
    if (GDALIdentifyDriverEx(gdalPathUtf8.constData(), GDAL_OF_VECTOR, kDxfOnly, nullptr)) {
        if (const auto nul = nulInTextDxf(gdalPathUtf8))
            return makeError(VectorSourceText::tr("%1 is not a readable DXF file: byte %2 is a NUL character, which a DXF "
                                                  "file in text form never holds. The file is damaged.")
                                 .arg(path)
                                 .arg(*nul));
    }
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(gdalPathUtf8.constData(),
                                                      GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                                      allowedDrivers().data(), optionPtrs.data(), nullptr));
    if (!ds) {
        if (GDALDriverH driver = GDALIdentifyDriverEx(gdalPathUtf8.constData(), GDAL_OF_VECTOR, nullptr, nullptr);
            driver && refusedDrivers().contains(GDALGetDescription(driver)))
            return makeError(VectorSourceText::tr("%1 is a %2 file, which reads its data from other files, addresses or "
                                                  "programs; Import reads only the file it is given. Import the data "
                                                  "it points at instead.")
                                 .arg(path, QString::fromUtf8(GDALGetDriverLongName(driver))));
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
    NoNetworkScope offline;
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
    NoNetworkScope offline;
    QList<SourceLayerInfo> list;
    for (int i = 0; i < m_ds->GetLayerCount(); ++i)
        list << describe(m_ds->GetLayer(i));
    return list;
}

Result<OGRLayer *> VectorSource::chooseLayer(const QString &name) const
{
    NoNetworkScope offline;
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
    NoNetworkScope offline;
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
