#pragma once
// Geometry: an owned GEOS geometry, and the operations Engdrift needs on it.
//
// A Geometry owns its GEOSGeometry and frees it with the calling thread's GEOS context. It may be
// moved between threads, but not used by two threads at once. Operations that can fail return a
// Result with GEOS's message; none of them throws.

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct GEOSGeom_t;
typedef struct GEOSGeom_t GEOSGeometry; // NOLINT(modernize-use-using): matches geos_c.h

namespace engdrift {

struct GeosGeometryDeleter
{
    void operator()(GEOSGeometry *geometry) const;
};
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

class Geometry
{
public:
    Geometry() = default;
    /// Takes ownership of a geometry made with the calling thread's context.
    explicit Geometry(GEOSGeometry *owned) : m_geom(owned) {}

    static Result<Geometry> fromWkb(const QByteArray &wkb);
    static Result<Geometry> fromWkt(const QString &wkt);
    /// An axis-aligned rectangle as a polygon.
    static Geometry rectangle(const QRectF &rect);
    /// A polygon from its rings (the outer one first, then the holes), each with or without its
    /// closing point. The coordinates go into GEOS as they are, bit for bit (no text, no
    /// rounding). A ring with fewer than three different points or a point that is not finite is
    /// an error; the polygon is not checked for validity (see isValid()).
    static Result<Geometry> polygon(const QList<QList<QPointF>> &rings);
    /// A line through the points, bit for bit; fewer than two different points or a point that is
    /// not finite is an error.
    static Result<Geometry> lineString(const QList<QPointF> &points);

    bool isNull() const { return !m_geom; }
    bool isEmpty() const;
    /// True for Polygon and MultiPolygon.
    bool isPolygonal() const;
    bool isValid() const;
    /// Why the geometry is invalid (GEOS's reason with its location), or empty if valid.
    QString invalidReason() const;
    /// Planar area in the units of the coordinates squared (m² in a projected CRS).
    double area() const;
    /// Planar length (of lines; the perimeter of polygons).
    double length() const;
    /// True for LineString and MultiLineString.
    bool isLineal() const;
    QRectF envelope() const;
    int numGeometries() const;
    int numPoints() const;
    QString geometryType() const;

    /// The rings of a Polygon or a one-part MultiPolygon (the outer one first), each without its
    /// closing point; empty for any other geometry.
    QList<QList<QPointF>> rings() const;
    /// The points of a LineString; empty for any other geometry.
    QList<QPointF> points() const;

    /// A point guaranteed to lie inside the (polygonal) geometry, e.g. for a label.
    std::optional<QPointF> pointOnSurface() const;

    Geometry clone() const;
    /// A valid version of this geometry (GEOS make-valid, "structure" method), polygonal part only,
    /// always a MultiPolygon; empty if nothing polygonal is left.
    Result<Geometry> makeValidPolygonal() const;
    /// The polygons of this geometry (from any collection) as one MultiPolygon; dimension < 2 parts are dropped.
    Geometry polygonalPart() const;
    /// Promotes a Polygon to a one-part MultiPolygon; other types are returned unchanged.
    Geometry toMultiPolygon() const;

    /// The band of a line `width` wide (buffered by width/2 on both sides) with flat ends and
    /// mitred bends: a straight line L long gives L × width. Always a MultiPolygon.
    Result<Geometry> band(double width) const;
    /// The union of `parts` as one valid MultiPolygon (GEOS unary union; what touches or overlaps
    /// becomes one polygon). Null parts are skipped; no parts: an empty MultiPolygon.
    static Result<Geometry> dissolve(const std::vector<const Geometry *> &parts);

    Result<Geometry> intersection(const Geometry &other) const;
    Result<Geometry> difference(const Geometry &other) const;
    Result<Geometry> unite(const Geometry &other) const;
    bool intersects(const Geometry &other) const;
    bool equalsExact(const Geometry &other, double tolerance = 0.0) const;

    QByteArray toWkb() const;
    QString toWkt(int decimals = 3) const;

    const GEOSGeometry *get() const { return m_geom.get(); }
    GEOSGeometry *release() { return m_geom.release(); }

private:
    GeosGeometryPtr m_geom;
};

/// The distance between two rectangles (0 when they meet): no shapes inside them are nearer.
double rectDistance(const QRectF &a, const QRectF &b);

} // namespace engdrift
