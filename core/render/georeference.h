#pragma once
// Georeferenced map pictures: a world file beside a PNG or JPEG, or a GeoTIFF with the project's
// CRS and the view's geotransform, so a GIS puts the picture where the map is.
//
// The pixel grid is the view's: the top-left corner of the top-left pixel is the view extent's
// north-west corner, and a pixel is mapUnitsPerPixel wide and high. Written atomically
// (util/atomic_file.h): a failed write leaves no file, or the file that was there.

#include "crs/crs.h"
#include "render/map_view.h"
#include "util/result.h"

#include <QImage>
#include <QString>

namespace engdrift {

/// The six lines of a world file for a picture of `view` (ESRI's order: x pixel size, two
/// rotations, negative y pixel size, then x and y of the centre of the top-left pixel).
QString worldFileText(const MapView &view);

/// The world file of a picture: .pgw beside .png, .jgw beside .jpg and .jpeg, .tfw beside .tif;
/// otherwise the first and last letters of the suffix and "w".
QString worldFilePath(const QString &picturePath);

Result<void> writeWorldFile(const MapView &view, const QString &picturePath);

/// True when `path` names a GeoTIFF (.tif, .tiff).
bool isGeoTiffPath(const QString &path);

/// The picture as a GeoTIFF (RGB, or RGBA when it has transparency; deflate-compressed) through
/// GDAL, with the view's geotransform and `crs`.
Result<void> writeGeoTiff(const QImage &image, const MapView &view, const Crs &crs, const QString &path);

} // namespace engdrift
