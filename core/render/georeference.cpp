#include "render/georeference.h"

#include "render/png_writer.h"
#include "util/atomic_file.h"
#include "util/gdal_error_scope.h"
#include "util/gdal_init.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <memory>

namespace engdrift {
namespace {

struct GeoreferenceText
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)
};

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

} // namespace

QString worldFileText(const MapView &view)
{
    const double upp = view.mapUnitsPerPixel();
    const QRectF e = view.extent();
    return QStringList{number(upp), QStringLiteral("0"), QStringLiteral("0"), number(-upp),
                       number(e.left() + upp / 2), number(e.bottom() - upp / 2)}
               .join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

QString worldFilePath(const QString &picturePath)
{
    const QFileInfo info(picturePath);
    const QString suffix = info.suffix();
    const QString lower = suffix.toLower();
    QString ext;
    if (lower == QLatin1String("png"))
        ext = QStringLiteral("pgw");
    else if (lower == QLatin1String("jpg") || lower == QLatin1String("jpeg"))
        ext = QStringLiteral("jgw");
    else if (lower == QLatin1String("tif") || lower == QLatin1String("tiff"))
        ext = QStringLiteral("tfw");
    else if (suffix.size() >= 2)
        ext = lower.left(1) + lower.right(1) + QLatin1Char('w');
    else
        ext = lower + QLatin1Char('w');
    const QString base = suffix.isEmpty() ? picturePath : picturePath.left(picturePath.size() - suffix.size() - 1);
    return base + QLatin1Char('.') + ext;
}

Result<void> writeWorldFile(const MapView &view, const QString &picturePath)
{
    const QByteArray text = worldFileText(view).toLatin1();
    return writeFileAtomically(worldFilePath(picturePath), [&](QIODevice &device, QString &) {
        return device.write(text) == text.size();
    });
}

bool isGeoTiffPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("tif") || suffix == QLatin1String("tiff");
}

Result<void> writeGeoTiff(const QImage &image, const MapView &view, const Crs &crs, const QString &path)
{
    if (image.isNull())
        return makeError(GeoreferenceText::tr("%1: there is no picture to write.").arg(path));
    initGdal();
    GdalErrorScope errors;
    const bool alpha = hasTransparentPixels(image);
    const int bands = alpha ? 4 : 3;
    const QImage pixels = image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    // GDAL writes the file in memory first; AtomicFile puts it in place whole.
    const QByteArray memPath = "/vsimem/engdrift-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + ".tif";
    auto failed = [&](const QString &why) {
        return makeError(GeoreferenceText::tr("%1 cannot be written: %2").arg(path, why), errors.detailText());
    };
    {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
        if (!driver)
            return failed(GeoreferenceText::tr("GDAL has no GeoTIFF driver."));
        const char *options[] = {"COMPRESS=DEFLATE", "PHOTOMETRIC=RGB", alpha ? "ALPHA=UNASSOCIATED" : nullptr, nullptr};
        std::unique_ptr<GDALDataset> ds(driver->Create(memPath.constData(), pixels.width(), pixels.height(), bands,
                                                       GDT_Byte, const_cast<char **>(options)));
        if (!ds)
            return failed(errors.failureText());
        const QRectF e = view.extent();
        const double upp = view.mapUnitsPerPixel() * view.size().width() / pixels.width();
        double transform[6] = {e.left(), upp, 0, e.bottom(), 0, -upp};
        ds->SetGeoTransform(transform);
        if (crs.isValid()) {
            OGRSpatialReference srs;
            srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            if (srs.importFromWkt(crs.wkt().toUtf8().constData()) == OGRERR_NONE)
                ds->SetSpatialRef(&srs);
        }
        int bandMap[4] = {1, 2, 3, 4};
        const CPLErr written =
            ds->RasterIO(GF_Write, 0, 0, pixels.width(), pixels.height(), const_cast<uchar *>(pixels.constBits()),
                         pixels.width(), pixels.height(), GDT_Byte, bands, bandMap, bands,
                         pixels.bytesPerLine(), 1, nullptr);
        if (written != CE_None || errors.hasFailure()) {
            ds.reset();
            VSIUnlink(memPath.constData());
            return failed(errors.failureText());
        }
    } // closing the dataset finishes the file
    vsi_l_offset length = 0;
    GByte *data = VSIGetMemFileBuffer(memPath.constData(), &length, FALSE);
    if (!data || errors.hasFailure()) {
        VSIUnlink(memPath.constData());
        return failed(errors.failureText());
    }
    auto result = writeFileAtomically(path, [&](QIODevice &device, QString &) {
        return device.write(reinterpret_cast<const char *>(data), static_cast<qint64>(length)) ==
               static_cast<qint64>(length);
    });
    VSIUnlink(memPath.constData());
    return result;
}

} // namespace engdrift
