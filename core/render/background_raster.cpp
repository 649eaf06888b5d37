#include "render/background_raster.h"

#include "util/gdal_error_scope.h"
#include "util/gdal_init.h"

#include <QCoreApplication>
#include <QPainter>

#include <gdal_priv.h>
#include <gdalwarper.h>
#include <ogr_spatialref.h>

#include <cmath>

namespace engdrift {
namespace {

struct BackgroundText
{
    Q_DECLARE_TR_FUNCTIONS(Background)
};

} // namespace

BackgroundRaster::~BackgroundRaster()
{
    m_warped.reset(); // the warped VRT refers to the source
    m_source.reset();
}

Result<std::unique_ptr<BackgroundRaster>> BackgroundRaster::open(const QString &source, const Crs &projectCrs)
{
    initGdal();
    GdalErrorScope errors;
    auto raster = std::unique_ptr<BackgroundRaster>(new BackgroundRaster);
    raster->m_name = source;
    raster->m_source.reset(GDALDataset::Open(source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                                             nullptr, nullptr));
    if (!raster->m_source)
        return makeError(BackgroundText::tr("The background %1 cannot be opened: %2")
                             .arg(source, errors.failureText().isEmpty() ? BackgroundText::tr("not a raster GDAL can read")
                                                                         : errors.failureText()));
    GDALDataset *ds = raster->m_source.get();
    if (ds->GetRasterCount() < 1)
        return makeError(BackgroundText::tr("The background %1 has no raster bands.").arg(source));
    const OGRSpatialReference *srs = ds->GetSpatialRef();
    if (!srs)
        return makeError(BackgroundText::tr("The background %1 does not say which coordinate reference system it uses.")
                             .arg(source));
    OGRSpatialReference target;
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    target.SetFromUserInput(projectCrs.wkt().toUtf8().constData());
    if (!srs->IsSame(&target)) {
        char *wkt = nullptr;
        target.exportToWkt(&wkt);
        GDALDatasetH warped = GDALAutoCreateWarpedVRT(GDALDataset::ToHandle(ds), nullptr, wkt, GRA_Bilinear, 0.125, nullptr);
        CPLFree(wkt);
        if (!warped)
            return makeError(BackgroundText::tr("The background %1 cannot be shown in %2: %3")
                                 .arg(source, projectCrs.displayName(), errors.failureText()));
        raster->m_warped.reset(GDALDataset::FromHandle(warped));
        ds = raster->m_warped.get();
    }
    if (ds->GetGeoTransform(raster->m_geo) != CE_None || raster->m_geo[2] != 0 || raster->m_geo[4] != 0)
        return makeError(BackgroundText::tr("The background %1 has no north-up georeferencing.").arg(source));
    const double x0 = raster->m_geo[0], y0 = raster->m_geo[3];
    const double x1 = x0 + raster->m_geo[1] * ds->GetRasterXSize();
    const double y1 = y0 + raster->m_geo[5] * ds->GetRasterYSize();
    raster->m_extent = QRectF(QPointF(std::min(x0, x1), std::min(y0, y1)), QPointF(std::max(x0, x1), std::max(y0, y1)));
    return raster;
}

Result<QImage> BackgroundRaster::read(const MapView &view) const
{
    GDALDataset *ds = m_warped ? m_warped.get() : m_source.get();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QRectF visible = view.extent() & m_extent;
    if (visible.isEmpty())
        return image;
    // The raster window of the visible part, and where it lands in the view.
    const double px0 = (visible.left() - m_geo[0]) / m_geo[1];
    const double px1 = (visible.right() - m_geo[0]) / m_geo[1];
    const double py0 = (visible.bottom() - m_geo[3]) / m_geo[5];
    const double py1 = (visible.top() - m_geo[3]) / m_geo[5];
    const int xOff = std::max(0, static_cast<int>(std::floor(std::min(px0, px1))));
    const int yOff = std::max(0, static_cast<int>(std::floor(std::min(py0, py1))));
    const int xEnd = std::min(ds->GetRasterXSize(), static_cast<int>(std::ceil(std::max(px0, px1))));
    const int yEnd = std::min(ds->GetRasterYSize(), static_cast<int>(std::ceil(std::max(py0, py1))));
    if (xEnd <= xOff || yEnd <= yOff)
        return image;
    const QRectF windowMap(QPointF(m_geo[0] + xOff * m_geo[1], m_geo[3] + yEnd * m_geo[5]),
                           QPointF(m_geo[0] + xEnd * m_geo[1], m_geo[3] + yOff * m_geo[5]));
    const QRectF target = view.mapToPixel().mapRect(windowMap);
    const int bufW = std::max(1, static_cast<int>(std::round(target.width())));
    const int bufH = std::max(1, static_cast<int>(std::round(target.height())));
    if (bufW > 20000 || bufH > 20000)
        return makeError(BackgroundText::tr("The background %1 cannot be drawn this large.").arg(m_name));

    // Read red, green, blue (grey for one band) as bytes into an RGB32 buffer.
    QImage part(bufW, bufH, QImage::Format_RGB32);
    const int bands = ds->GetRasterCount() >= 3 ? 3 : 1;
    GdalErrorScope errors;
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = GRIORA_Bilinear;
    for (int b = 0; b < 3; ++b) {
        const int band = bands == 3 ? b + 1 : 1;
        // QImage::Format_RGB32 is 0xffRRGGBB: on little-endian bytes B, G, R, A.
        auto *bytes = part.bits() + (2 - b);
        if (ds->GetRasterBand(band)->RasterIO(GF_Read, xOff, yOff, xEnd - xOff, yEnd - yOff, bytes, bufW, bufH, GDT_Byte, 4,
                                              part.bytesPerLine(), &extra) != CE_None)
            return makeError(BackgroundText::tr("The background %1 cannot be read: %2").arg(m_name, errors.failureText()));
    }
    for (int y = 0; y < bufH; ++y) {
        auto *row = reinterpret_cast<QRgb *>(part.scanLine(y));
        for (int x = 0; x < bufW; ++x)
            row[x] |= 0xff000000u;
    }
    QPainter painter(&image);
    painter.drawImage(target, part);
    return image;
}

} // namespace engdrift
