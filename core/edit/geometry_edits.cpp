#include "edit/geometry_edits.h"

#include "map/map_shapes.h"

#include "geometry/geos_context.h"

#include <QCoreApplication>
#include <QSet>

#include <geos_c.h>

#include <cmath>
#include <utility>
#include <vector>

namespace engdrift {
namespace {
struct GeometryEditText
{
    Q_DECLARE_TR_FUNCTIONS(GeometryEdit)
};
} // namespace
namespace {

/// A GEOS error as an Error: `what` plus GEOS's own message, if it left one.
Error geosError(const QString &what)
{
    const QString detail = geos::lastError();
    return makeError(detail.isEmpty() ? what : what + QStringLiteral(": ") + detail);
}

struct PreparedDeleter
{
    void operator()(const GEOSPreparedGeometry *prepared) const
    {
        if (prepared)
            GEOSPreparedGeom_destroy_r(geos::context(), prepared);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

struct CoordSeqDeleter
{
    void operator()(GEOSCoordSequence *seq) const
    {
        if (seq)
            GEOSCoordSeq_destroy_r(geos::context(), seq);
    }
};
using CoordSeqPtr = std::unique_ptr<GEOSCoordSequence, CoordSeqDeleter>;


/// A GeometryCollection of copies of the given geometries (null and empty ones left out), or null
/// if there are none. `reach`, if valid, leaves out geometries whose envelope does not meet it.
GeosGeometryPtr collectionOf(const QList<const Geometry *> &geometries, const QRectF &reach = QRectF())
{
    auto ctx = geos::context();
    std::vector<GEOSGeometry *> parts;
    for (const Geometry *g : geometries) {
        if (!g || g->isEmpty())
            continue;
        if (reach.isValid() && !rectsMeet(g->envelope(), reach))
            continue;
        parts.push_back(GEOSGeom_clone_r(ctx, g->get()));
    }
    if (parts.empty())
        return nullptr;
    return GeosGeometryPtr(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                       static_cast<unsigned>(parts.size())));
}

/// A copy of `ring` with every vertex passed through `move`.
template <typename Move>
GEOSGeometry *mapRing(GEOSContextHandle_t ctx, const GEOSGeometry *ring, const Move &moveVertex)
{
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    if (!seq)
        return nullptr;
    GEOSCoordSequence *copy = GEOSCoordSeq_clone_r(ctx, seq);
    unsigned size = 0;
    GEOSCoordSeq_getSize_r(ctx, copy, &size);
    for (unsigned i = 0; i < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, copy, i, &x, &y);
        moveVertex(x, y);
        GEOSCoordSeq_setXY_r(ctx, copy, i, x, y);
    }
    return GEOSGeom_createLinearRing_r(ctx, copy); // takes the sequence
}

/// A copy of a Polygon or MultiPolygon with every vertex passed through `move`; null on failure.
template <typename Move>
GEOSGeometry *mapPolygonal(GEOSContextHandle_t ctx, const GEOSGeometry *g, const Move &moveVertex)
{
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(ctx, g))
            return GEOSGeom_clone_r(ctx, g);
        GeosGeometryPtr shell(mapRing(ctx, GEOSGetExteriorRing_r(ctx, g), moveVertex));
        if (!shell)
            return nullptr;
        std::vector<GeosGeometryPtr> holes;
        const int n = GEOSGetNumInteriorRings_r(ctx, g);
        for (int i = 0; i < n; ++i) {
            holes.emplace_back(mapRing(ctx, GEOSGetInteriorRingN_r(ctx, g, i), moveVertex));
            if (!holes.back())
                return nullptr;
        }
        std::vector<GEOSGeometry *> raw;
        for (auto &h : holes)
            raw.push_back(h.release());
        return GEOSGeom_createPolygon_r(ctx, shell.release(), raw.data(), static_cast<unsigned>(raw.size()));
    }
    if (type == GEOS_MULTIPOLYGON) {
        std::vector<GeosGeometryPtr> parts;
        const int n = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < n; ++i) {
            parts.emplace_back(mapPolygonal(ctx, GEOSGetGeometryN_r(ctx, g, i), moveVertex));
            if (!parts.back())
                return nullptr;
        }
        std::vector<GEOSGeometry *> raw;
        for (auto &p : parts)
            raw.push_back(p.release());
        return GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, raw.data(), static_cast<unsigned>(raw.size()));
    }
    return GEOSGeom_clone_r(ctx, g);
}

} // namespace

Result<Geometry> snapTo(const Geometry &shape, const QList<const Geometry *> &neighbours, double tolerance)
{
    if (shape.isNull() || shape.isEmpty())
        return makeError(GeometryEditText::tr("There is no shape to snap."));
    if (!(tolerance > 0) || !std::isfinite(tolerance))
        return shape.clone();
    auto ctx = geos::context();
    const QRectF reach = shape.envelope().adjusted(-tolerance, -tolerance, tolerance, tolerance);
    GeosGeometryPtr reference = collectionOf(neighbours, reach);
    if (!reference)
        return shape.clone();

    // 1. GEOS's snapper: vertices to the neighbours' vertices, and the neighbours' vertices that lie
    //    near the shape's edges are added to those edges.
    geos::clearLastError();
    GEOSGeometry *snappedRaw = GEOSSnap_r(ctx, shape.get(), reference.get(), tolerance);
    if (!snappedRaw)
        return geosError(GeometryEditText::tr("Cannot snap the shape to its neighbours"));
    Geometry snapped(snappedRaw);

    // 2. GEOSSnap does not move a vertex onto the middle of a neighbour's edge: move every vertex
    //    that is still within the tolerance of a neighbour's outline to the nearest point on it.
    if (snapped.isPolygonal()) {
        // The outlines of the neighbours (a collection has no boundary of its own).
        std::vector<GEOSGeometry *> lines;
        const int n = GEOSGetNumGeometries_r(ctx, reference.get());
        for (int i = 0; i < n; ++i) {
            if (GEOSGeometry *b = GEOSBoundary_r(ctx, GEOSGetGeometryN_r(ctx, reference.get(), i)))
                lines.push_back(b);
        }
        GeosGeometryPtr outlines(lines.empty() ? nullptr
                                               : GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, lines.data(),
                                                                             static_cast<unsigned>(lines.size())));
        geos::clearLastError();
        PreparedPtr prepared(outlines ? GEOSPrepare_r(ctx, outlines.get()) : nullptr);
        if (prepared) {
            bool failed = false;
            auto toOutline = [&](double &x, double &y) {
                GeosGeometryPtr point(GEOSGeom_createPointFromXY_r(ctx, x, y));
                if (!point) {
                    failed = true;
                    return;
                }
                CoordSeqPtr nearest(GEOSPreparedNearestPoints_r(ctx, prepared.get(), point.get()));
                if (!nearest) {
                    failed = true;
                    return;
                }
                double nx = 0, ny = 0; // the first point lies on the outlines
                GEOSCoordSeq_getXY_r(ctx, nearest.get(), 0, &nx, &ny);
                const double distance = std::hypot(nx - x, ny - y);
                if (distance > 0 && distance <= tolerance) {
                    x = nx;
                    y = ny;
                }
            };
            GEOSGeometry *moved = mapPolygonal(ctx, snapped.get(), toOutline);
            if (!moved || failed) {
                if (moved)
                    GEOSGeom_destroy_r(ctx, moved);
                return geosError(GeometryEditText::tr("Cannot snap the shape to its neighbours' edges"));
            }
            snapped = Geometry(moved);
        }
    }

    // Snapping can fold a thin part of a valid shape onto itself; repair what snapping broke. An
    // input that was invalid already stays so: the caller decides what to tell the user.
    if (shape.isValid() && !snapped.isValid()) {
        auto repaired = snapped.makeValidPolygonal();
        if (!repaired.ok())
            return repaired.error();
        if (repaired->isEmpty())
            return makeError(GeometryEditText::tr("Nothing is left of the shape after snapping it to its neighbours; "
                                                  "use a smaller snapping distance."));
        return std::move(repaired).value();
    }
    return snapped;
}

QList<double> overlapAreas(const Geometry &shape, const QList<const Geometry *> &neighbours)
{
    QList<double> areas;
    areas.reserve(neighbours.size());
    if (shape.isNull() || shape.isEmpty()) {
        areas.fill(0.0, neighbours.size());
        return areas;
    }
    auto ctx = geos::context();
    PreparedPtr prepared(GEOSPrepare_r(ctx, shape.get()));
    for (const Geometry *n : neighbours) {
        if (!n || n->isEmpty() || !prepared || GEOSPreparedIntersects_r(ctx, prepared.get(), n->get()) != 1) {
            areas << 0.0;
            continue;
        }
        geos::clearLastError();
        GeosGeometryPtr common(GEOSIntersection_r(ctx, shape.get(), n->get()));
        double area = 0.0;
        if (!common || GEOSArea_r(ctx, common.get(), &area) != 1)
            area = std::nan(""); // GEOS could not compute it (e.g. an invalid neighbour)
        areas << area;
    }
    return areas;
}

Result<Geometry> clipAway(const Geometry &shape, const QList<const Geometry *> &neighbours)
{
    if (shape.isNull())
        return makeError(GeometryEditText::tr("There is no shape to cut."));
    GeosGeometryPtr others = collectionOf(neighbours, shape.envelope());
    if (!others)
        return shape.isValid() && shape.isPolygonal() ? Result<Geometry>(shape.clone()) : shape.makeValidPolygonal();
    auto ctx = geos::context();
    geos::clearLastError();
    GeosGeometryPtr united(GEOSUnaryUnion_r(ctx, others.get()));
    if (!united)
        return geosError(GeometryEditText::tr("Cannot combine the neighbouring areas"));
    geos::clearLastError();
    GeosGeometryPtr rest(GEOSDifference_r(ctx, shape.get(), united.get()));
    if (!rest)
        return geosError(GeometryEditText::tr("Cannot cut the neighbouring areas away from the shape"));
    const Geometry left(rest.release());
    if (left.isValid())
        return left.polygonalPart();
    return left.makeValidPolygonal();
}

Result<std::vector<Geometry>> splitPolygon(const Geometry &polygon, const Geometry &line)
{
    if (polygon.isNull() || polygon.isEmpty() || !polygon.isPolygonal())
        return makeError(GeometryEditText::tr("Only a polygon can be split."));
    const QString lineType = line.geometryType();
    if (line.isNull() || line.isEmpty() ||
        (lineType != QLatin1String("LineString") && lineType != QLatin1String("MultiLineString")))
        return makeError(GeometryEditText::tr("A polygon is split along a line, not along a %1.")
                             .arg(line.isNull() ? GeometryEditText::tr("missing geometry") : lineType));
    auto ctx = geos::context();

    // Node the outline (with its holes) and the line together, and build every face they enclose.
    geos::clearLastError();
    GeosGeometryPtr outline(GEOSBoundary_r(ctx, polygon.get()));
    if (!outline)
        return geosError(GeometryEditText::tr("Cannot read the outline of the polygon"));
    GeosGeometryPtr noded(GEOSUnion_r(ctx, outline.get(), line.get()));
    if (!noded)
        return geosError(GeometryEditText::tr("Cannot intersect the line with the outline"));
    const GEOSGeometry *edges[] = {noded.get()};
    GeosGeometryPtr faces(GEOSPolygonize_r(ctx, edges, 1));
    if (!faces)
        return geosError(GeometryEditText::tr("Cannot build the pieces"));

    // Keep the faces inside the polygon: not the holes, not loops the line makes outside it.
    PreparedPtr inside(GEOSPrepare_r(ctx, polygon.get()));
    if (!inside)
        return geosError(GeometryEditText::tr("Cannot build the pieces"));
    std::vector<Geometry> pieces;
    const int n = GEOSGetNumGeometries_r(ctx, faces.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry *face = GEOSGetGeometryN_r(ctx, faces.get(), i);
        GeosGeometryPtr point(GEOSPointOnSurface_r(ctx, face));
        if (point && GEOSPreparedContains_r(ctx, inside.get(), point.get()) == 1)
            pieces.emplace_back(GEOSGeom_clone_r(ctx, face));
    }
    if (pieces.size() < 2)
        return makeError(GeometryEditText::tr("the line does not cut it in two; draw the line across it, from "
                                              "outside on one side to outside on the other"));
    return pieces;
}

Result<Geometry> mergePolygons(const QList<const Geometry *> &polygons)
{
    GeosGeometryPtr all = collectionOf(polygons);
    if (!all)
        return makeError(GeometryEditText::tr("There are no polygons to merge."));
    auto ctx = geos::context();
    geos::clearLastError();
    GeosGeometryPtr united(GEOSUnaryUnion_r(ctx, all.get()));
    if (!united)
        return geosError(GeometryEditText::tr("Cannot merge the polygons"));
    const int type = GEOSGeomTypeId_r(ctx, united.get());
    if (type == GEOS_POLYGON)
        return Geometry(united.release());
    const int parts = GEOSGetNumGeometries_r(ctx, united.get());
    if (type == GEOS_MULTIPOLYGON && parts == 1)
        return Geometry(GEOSGeom_clone_r(ctx, GEOSGetGeometryN_r(ctx, united.get(), 0)));
    if (type == GEOS_MULTIPOLYGON)
        return makeError(GeometryEditText::tr("the areas do not touch: together they form %1 separate pieces").arg(parts));
    return makeError(GeometryEditText::tr("the union of the areas is not a polygon"));
}

Result<Geometry> polygonFromRing(const QList<QPointF> &points)
{
    // Consecutive repeated points (a double click) and the closing point are dropped first.
    QList<QPointF> ring;
    for (const QPointF &p : points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return makeError(GeometryEditText::tr("The outline has a point without valid coordinates."));
        if (ring.isEmpty() || ring.last() != p)
            ring << p;
    }
    while (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    QSet<std::pair<double, double>> distinct;
    for (const QPointF &p : ring)
        distinct.insert({p.x(), p.y()});
    if (distinct.size() < 3)
        return makeError(GeometryEditText::tr("An outline needs at least three different points; it has %1.")
                             .arg(distinct.size()));

    auto ctx = geos::context();
    const auto size = static_cast<unsigned>(ring.size() + 1);
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, size, 2);
    if (!seq)
        return geosError(GeometryEditText::tr("Cannot build the outline"));
    for (unsigned i = 0; i < size; ++i) {
        const QPointF &p = ring.at(i == size - 1 ? 0 : static_cast<qsizetype>(i));
        GEOSCoordSeq_setXY_r(ctx, seq, i, p.x(), p.y());
    }
    geos::clearLastError();
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r(ctx, seq); // takes the sequence
    if (!shell)
        return geosError(GeometryEditText::tr("Cannot build the outline"));
    GEOSGeometry *polygon = GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0); // takes the shell
    if (!polygon)
        return geosError(GeometryEditText::tr("Cannot build the outline"));
    Geometry result(polygon);
    if (!result.isValid()) {
        const QString reason = result.invalidReason();
        if (reason.contains(QLatin1String("elf-intersection")))
            return makeError(GeometryEditText::tr("The outline crosses itself (%1); draw it again without crossing.")
                                 .arg(reason));
        return makeError(GeometryEditText::tr("The outline is not a valid polygon (%1); draw it again.").arg(reason));
    }
    return result;
}

} // namespace engdrift
