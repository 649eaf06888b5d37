#pragma once
// Geometry operations behind the editing tools, all with GEOS: snapping a drawn shape to its
// neighbours, refusing or clipping overlaps, splitting a polygon along a line, merging polygons.

#include "geometry/geometry.h"
#include "util/result.h"

#include <QList>

#include <vector>

namespace engdrift {

enum class OverlapPolicy {
    Refuse, ///< an overlap with a neighbour is an error that says which and how much
    Clip,   ///< the parts that overlap neighbours are cut away
};

struct OverlapRules
{
    OverlapPolicy policy = OverlapPolicy::Refuse;
    double snapTolerance = 0.0; ///< map units; 0 = no snapping
    double overlapTolerance = 0.01; ///< m² of overlap that count as touching, not overlapping
};

/// Snaps the vertices of `shape` to vertices and edges of `neighbours` within `tolerance`. A valid
/// shape that snapping made invalid is repaired; an invalid one is returned as snapped (the caller
/// reports it).
Result<Geometry> snapTo(const Geometry &shape, const QList<const Geometry *> &neighbours, double tolerance);

/// The area (m²) of `shape` that overlaps each neighbour (0 where they only touch; NaN where GEOS
/// cannot compute it, e.g. for an invalid neighbour).
QList<double> overlapAreas(const Geometry &shape, const QList<const Geometry *> &neighbours);

/// `shape` minus every neighbour, as a valid (multi)polygon; empty if nothing is left.
Result<Geometry> clipAway(const Geometry &shape, const QList<const Geometry *> &neighbours);

/// The pieces of `polygon` on either side of `line` (a LineString that crosses it). An error if the
/// line does not cut the polygon in two or more pieces. Holes stay holes.
/// (A std::vector: Geometry is move-only, and QList needs copyable elements.)
Result<std::vector<Geometry>> splitPolygon(const Geometry &polygon, const Geometry &line);

/// The union of the polygons, which must touch or overlap (one connected piece).
Result<Geometry> mergePolygons(const QList<const Geometry *> &polygons);

/// Makes a polygon from a ring of points drawn by the user (closes it); an error if the ring
/// crosses itself.
Result<Geometry> polygonFromRing(const QList<QPointF> &points);

} // namespace engdrift
