#pragma once
// BackgroundRaster: a raster under the map, read through GDAL: a GeoTIFF orthophoto clip, or any
// other GDAL raster source (a WMS/WMTS service description or URL when online). Rasters in another
// CRS are warped to the project CRS on the fly (GDAL's warped VRT). Only the part in view is
// read, at the resolution of the view (GDAL picks overviews).
//
// Threads: open it on the thread that draws (each render job opens its own).

#include "crs/crs.h"
#include "render/map_view.h"
#include "util/result.h"

#include <QImage>
#include <QString>

#include <memory>

class GDALDataset;

namespace engdrift {

class BackgroundRaster
{
public:
    /// Opens `source` for drawing in `projectCrs`: a file path, or a GDAL connection string.
    static Result<std::unique_ptr<BackgroundRaster>> open(const QString &source, const Crs &projectCrs);
    ~BackgroundRaster();

    /// The raster's extent in the project CRS.
    QRectF extent() const { return m_extent; }
    /// The part of the raster in `view`, as an image of the view's size (transparent outside it).
    Result<QImage> read(const MapView &view) const;

private:
    BackgroundRaster() = default;
    std::unique_ptr<GDALDataset> m_source; ///< as opened
    std::unique_ptr<GDALDataset> m_warped; ///< in the project CRS, when the source is not
    QRectF m_extent;
    double m_geo[6] = {0, 1, 0, 0, 0, -1};
    QString m_name;
};

} // namespace engdrift
