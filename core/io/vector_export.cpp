// The export for other GIS (vector_export.h): the files and their CRS here; the layers' fields
// and features in vector_export_layers.cpp.

#include "io/vector_export.h"

#include "io/vector_export_p.h"
#include "store/gpkg/qgis_layer_styles.h"
#include "style/qgis_style.h"
#include "util/dates.h"
#include "util/file_errors.h"
#include "util/file_set.h"
#include "util/gdal_error_scope.h"
#include "util/gdal_init.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace engdrift {
namespace {

using namespace vector_export_detail;

/// A Shapefile's other files that belong to it and that a replacing export removes with it.
const QStringList kShapefileStale{QStringLiteral("qix"), QStringLiteral("sbn"), QStringLiteral("sbx"),
                                  QStringLiteral("fix"), QStringLiteral("shp.xml"), QStringLiteral("qmd"),
                                  QStringLiteral("aih"), QStringLiteral("ain"), QStringLiteral("atx")};
/// The files GDAL writes for a Shapefile layer, and the style beside it.
const QStringList kShapefileParts{QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"),
                                  QStringLiteral("prj"), QStringLiteral("cpg"), QStringLiteral("qml")};

/// The file names of the two layers: the one named holds the areas, NAME_paths.EXT the paths
/// (a GeoPackage holds both).
struct LayerFiles
{
    QString areas;
    QString paths; ///< empty: in the areas' file
};

LayerFiles layerFiles(const QString &path, VectorFormat format)
{
    const QFileInfo info(path);
    if (format == VectorFormat::GeoPackage)
        return {info.fileName(), QString()};
    return {info.fileName(), info.completeBaseName() + QStringLiteral("_paths.") + info.suffix()};
}

/// What GDAL calls the format, and the words for people.
const char *driverName(VectorFormat format)
{
    switch (format) {
    case VectorFormat::GeoPackage:
        return "GPKG";
    case VectorFormat::Shapefile:
        return "ESRI Shapefile";
    case VectorFormat::GeoJson:
        break;
    }
    return "GeoJSON";
}


/// The dataset of one file of the export, in the staging folder.
Result<GDALDatasetUniquePtr> createDataset(GDALDriver &driver, const QString &stagingPath, const QString &target,
                                           GdalErrorScope &errors)
{
    GDALDatasetUniquePtr ds(driver.Create(stagingPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return fileError(target, FileAction::Write, ExportText::tr("%1 cannot be written.").arg(target),
                         errors.detailText());
    return ds;
}

/// Writes a text file (a QGIS style) into the staging folder.
Result<void> writeText(const QString &stagingPath, const QString &target, const QString &text)
{
    QFile file(stagingPath);
    const QByteArray data = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.flush())
        return fileError(target, FileAction::Write, ExportText::tr("%1 cannot be written.").arg(target),
                         file.errorString());
    return {};
}


/// Writes the layers (and the styles) into the temporary folder.
Result<VectorExportResult> writeFiles(FileSet &files, const MapSnapshot &snapshot, const MapFilter &filter,
                                      const QString &path, VectorFormat format, TargetCrs &crs,
                                      ProjTransform *transform, ExportAttributes &attributes,
                                      const VectorExportOptions &options)
{
    const ProjectStore &store = snapshot.store();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName(format));
    if (!driver)
        return makeError(ExportText::tr("%1 cannot be written: GDAL has no %2 driver.")
                             .arg(path, QString::fromLatin1(driverName(format))));
    GdalErrorScope errors;
    const LayerFiles names = layerFiles(path, format);
    LayerContext context{format, snapshot, filter, attributes, crs.srs, transform, path, options.progress};
    VectorExportResult result;
    result.format = format;
    result.crs = crs.crs.displayName();
    {
        auto areasFile = createDataset(*driver, files.stagingPath(names.areas), path, errors);
        if (!areasFile.ok())
            return areasFile.error();
        GDALDatasetUniquePtr pathsFile;
        if (!names.paths.isEmpty()) {
            auto created = createDataset(*driver, files.stagingPath(names.paths), path, errors);
            if (!created.ok())
                return created.error();
            pathsFile = std::move(created).value();
        }
        auto written = writeLayers(context, **areasFile, pathsFile ? *pathsFile : **areasFile, result, errors);
        if (!written.ok())
            return written.error();
        if (format == VectorFormat::GeoPackage) {
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            auto styled = schema::writeQgisLayerStyles(**areasFile, store.catalogue(), attributes.symbology(), now,
                                                       options.language);
            if (!styled.ok())
                return fileError(path, FileAction::Write, ExportText::tr("%1 cannot be written.").arg(path),
                                 styled.error().detail);
        }
        // Closing the files writes what GDAL still holds (a GeoPackage's spatial index).
        (*areasFile).reset();
        pathsFile.reset();
        if (errors.hasFailure())
            return fileError(path, FileAction::Write, ExportText::tr("%1 cannot be written.").arg(path),
                             errors.detailText());
    }
    if (format == VectorFormat::Shapefile) {
        // QGIS reads NAME.qml beside NAME.shp as the layer's style.
        const Catalogue &catalogue = store.catalogue();
        const std::pair<QString, QgisLayer> styles[] = {{names.areas, QgisLayer::Areas}, {names.paths, QgisLayer::Paths}};
        for (const auto &[file, layer] : styles) {
            const QString qml = QFileInfo(file).completeBaseName() + QStringLiteral(".qml");
            auto written = writeText(files.stagingPath(qml), path,
                                     qgisQml(layer, catalogue, attributes.symbology(), options.language));
            if (!written.ok())
                return written.error();
        }
    }
    return result;
}

} // namespace

namespace vector_export_detail {

Result<TargetCrs> targetCrs(const Crs &project, bool geographic)
{
    TargetCrs target;
    target.srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (geographic) {
        auto wgs84 = Crs::fromUserInput(QStringLiteral("EPSG:4326"));
        if (!wgs84.ok())
            return wgs84.error();
        target.crs = *wgs84;
        if (target.srs.importFromEPSG(4326) != OGRERR_NONE)
            return makeError(ExportText::tr("GDAL does not know EPSG:4326."));
    } else {
        target.crs = project;
        if (target.srs.importFromWkt(project.wkt().toUtf8().constData()) != OGRERR_NONE)
            return makeError(ExportText::tr("GDAL cannot read the project's coordinate system %1.").arg(project.displayName()));
    }
    return target;
}

} // namespace vector_export_detail

Result<VectorFormat> vectorFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gpkg"))
        return VectorFormat::GeoPackage;
    if (suffix == QLatin1String("shp"))
        return VectorFormat::Shapefile;
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return VectorFormat::GeoJson;
    return makeError(ExportText::tr("%1: the map can be exported as .gpkg (GeoPackage), .shp (Shapefile) or .geojson "
                                    "(GeoJSON; also .json), not as \"%2\".")
                         .arg(QFileInfo(path).fileName(),
                              suffix.isEmpty() ? ExportText::tr("(no extension)") : QLatin1Char('.') + suffix));
}

QStringList vectorExportFiles(const QString &path)
{
    const auto format = vectorFormatOf(path);
    if (!format.ok())
        return {};
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    const LayerFiles names = layerFiles(path, *format);
    QStringList files{path};
    if (*format == VectorFormat::Shapefile) {
        for (const QString &base : {info.completeBaseName(), QFileInfo(names.paths).completeBaseName()}) {
            for (const QString &part : kShapefileParts + kShapefileStale) {
                const QString file = folder.filePath(base + QLatin1Char('.') + part);
                if (file != path)
                    files << file;
            }
        }
    } else if (!names.paths.isEmpty()) {
        files << folder.filePath(names.paths);
    }
    return files;
}

QString existingExportFile(const QString &path)
{
    return firstExisting(vectorExportFiles(path));
}

Result<VectorExportResult> exportVectorData(const MapSnapshot &snapshot, const MapFilter &filter, const QString &path,
                                            const VectorExportOptions &options)
{
    const auto format = vectorFormatOf(path);
    if (!format.ok())
        return format.error();
    if (!options.overwrite) {
        if (const QString existing = existingExportFile(path); !existing.isEmpty())
            return makeError(ExportText::tr("%1 already exists; nothing was written (it is replaced only when you ask "
                                            "for it).")
                                 .arg(existing));
    }
    initGdal();
    const ProjectStore &store = snapshot.store();
    const bool geographic = *format == VectorFormat::GeoJson && !options.keepProjectCrs;
    auto crs = targetCrs(store.crs(), geographic);
    if (!crs.ok())
        return crs.error();
    auto attributes = ExportAttributes::gather(store, options.language);
    if (!attributes.ok())
        return attributes.error();
    std::unique_ptr<ProjTransform> transform;
    if (geographic) {
        auto created = ProjTransform::create(store.crs(), crs->crs, &crs->srs);
        if (!created.ok())
            return created.error();
        transform = std::move(created).value();
    }
    FileSet files(path);
    if (auto opened = files.open(); !opened.ok())
        return opened.error();
    auto written = writeFiles(files, snapshot, filter, path, *format, *crs, transform.get(), *attributes, options);
    if (!written.ok()) {
        // A library's "I/O error" on a full disk (or at the file size limit) is said as such.
        const Error &error = written.error();
        if (!error.detail.isEmpty() && classifyFileProblem(error.detail) == FileProblem::Unknown && files.lacksRoom())
            return rephrased(error, describeFileProblem(FileProblem::NoSpace, FileAction::Write, path));
        return error;
    }
    QStringList stale;
    if (*format == VectorFormat::Shapefile) {
        for (const QString &file : vectorExportFiles(path))
            stale << QFileInfo(file).fileName();
    }
    auto moved = files.commit(options.overwrite, stale);
    if (!moved.ok())
        return moved.error();
    VectorExportResult result = std::move(written).value();
    result.files = *moved;
    const LayerFiles names = layerFiles(path, *format);
    result.pathsFile = names.paths.isEmpty() ? path : QFileInfo(path).absoluteDir().filePath(names.paths);
    return result;
}

} // namespace engdrift
