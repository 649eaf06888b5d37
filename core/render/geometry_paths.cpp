#include "render/geometry_paths.h"

#include "geometry/geos_context.h"

#include <QPolygonF>

#include <geos_c.h>

#include <vector>

namespace engdrift {
namespace {

/// The vertices of a ring or line in pixels, thinned; closed rings are closed subpaths.
void addSequence(QPainterPath &path, GEOSContextHandle_t ctx, const GEOSGeometry *ring, const QTransform &t,
                 double minPixels, std::vector<double> &buffer, bool closed)
{
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned int n = 0;
    const unsigned int least = closed ? 3 : 2;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n) || n < least)
        return;
    buffer.resize(2 * static_cast<std::size_t>(n));
    if (!GEOSCoordSeq_copyToBuffer_r(ctx, seq, buffer.data(), 0, 0))
        return;
    QPolygonF polygon;
    polygon.reserve(static_cast<qsizetype>(n));
    const double min2 = minPixels * minPixels;
    QPointF last;
    for (unsigned int i = 0; i < n; ++i) {
        const QPointF p = t.map(QPointF(buffer[2 * i], buffer[2 * i + 1]));
        if (i > 0 && i + 1 < n && polygon.size() >= 1) {
            const QPointF d = p - last;
            if (d.x() * d.x() + d.y() * d.y() < min2)
                continue;
        }
        polygon << p;
        last = p;
    }
    if (polygon.size() < static_cast<qsizetype>(least))
        return;
    path.addPolygon(polygon);
    if (closed)
        path.closeSubpath();
}

void addRing(QPainterPath &path, GEOSContextHandle_t ctx, const GEOSGeometry *ring, const QTransform &t,
             double minPixels, std::vector<double> &buffer)
{
    addSequence(path, ctx, ring, t, minPixels, buffer, true);
}

void addPolygon(QPainterPath &path, GEOSContextHandle_t ctx, const GEOSGeometry *polygon, const QTransform &t,
                double minPixels, std::vector<double> &buffer)
{
    addRing(path, ctx, GEOSGetExteriorRing_r(ctx, polygon), t, minPixels, buffer);
    const int holes = GEOSGetNumInteriorRings_r(ctx, polygon);
    for (int i = 0; i < holes; ++i)
        addRing(path, ctx, GEOSGetInteriorRingN_r(ctx, polygon, i), t, minPixels, buffer);
}

} // namespace

QPainterPath toPainterPath(const Geometry &geometry, const QTransform &toPixel, double minPixels)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (geometry.isNull())
        return path;
    auto ctx = geos::context();
    thread_local std::vector<double> buffer;
    const GEOSGeometry *g = geometry.get();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) {
        addPolygon(path, ctx, g, toPixel, minPixels, buffer);
    } else if (type == GEOS_LINESTRING) {
        addSequence(path, ctx, g, toPixel, minPixels, buffer, false);
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry *part = GEOSGetGeometryN_r(ctx, g, i);
            const int partType = GEOSGeomTypeId_r(ctx, part);
            if (partType == GEOS_POLYGON)
                addPolygon(path, ctx, part, toPixel, minPixels, buffer);
            else if (partType == GEOS_LINESTRING)
                addSequence(path, ctx, part, toPixel, minPixels, buffer, false);
        }
    }
    return path;
}

} // namespace engdrift
