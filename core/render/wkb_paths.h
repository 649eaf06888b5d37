#pragma once
// Well-known binary straight to pixel space: the renderer's fast
// path. A polygon read to be drawn never becomes a GEOS geometry: its coordinates are mapped to
// pixels as they are read and thinned to what a pixel can show, like toPainterPath
// (render/geometry_paths.h) does for a GEOS geometry.

#include <QPainterPath>
#include <QRectF>
#include <QTransform>

#include <cstddef>
#include <optional>

namespace engdrift {

/// The map-to-pixel mapping of a north-up view (MapView::mapToPixel): px = x * sx + tx,
/// py = y * sy + ty.
struct PixelMapping
{
    double sx = 1, tx = 0, sy = 1, ty = 0;
    /// From a transform without rotation or shear (the map-to-pixel transform of a MapView).
    static PixelMapping of(const QTransform &t) { return {t.m11(), t.dx(), t.m22(), t.dy()}; }
    /// A map rectangle (x east, y north) in pixels.
    QRectF map(double minX, double minY, double maxX, double maxY) const
    {
        const double x0 = minX * sx + tx, x1 = maxX * sx + tx;
        const double y0 = minY * sy + ty, y1 = maxY * sy + ty;
        return QRectF(QPointF(std::min(x0, x1), std::min(y0, y1)), QPointF(std::max(x0, x1), std::max(y0, y1)));
    }
};

/// Appends the rings of a (multi)polygon, as closed subpaths, and the lines of a (multi)line, as
/// open ones, in pixels. Vertices closer than `minPixels` to the previous kept one are dropped
/// (each ring or line keeps its first and last points). 2D, Z, M and ZM WKB of either byte order;
/// geometry collections are walked. Returns false (and appends nothing more) when the WKB is
/// malformed or of a type that cannot be drawn as polygons or lines (curves).
bool appendWkb(QPainterPath &path, const unsigned char *wkb, std::size_t size, const PixelMapping &toPixel,
               double minPixels = 0.5);

/// The bounding box of the WKB's coordinates in map units; nothing when malformed or empty.
std::optional<QRectF> wkbEnvelope(const unsigned char *wkb, std::size_t size);

} // namespace engdrift
