#pragma once
// Polygons and lines as QPainterPaths in pixel space, thinned to what a pixel can show.

#include "geometry/geometry.h"

#include <QPainterPath>
#include <QTransform>

namespace engdrift {

/// The rings of a (multi)polygon mapped through `toPixel`, as one odd-even path; the lines of a
/// (multi)line as open subpaths (to stroke). Vertices closer than `minPixels` to the previous kept
/// one are dropped (each ring or line keeps its first and last points), so a million-vertex
/// outline costs what the pixels can show.
QPainterPath toPainterPath(const Geometry &geometry, const QTransform &toPixel, double minPixels = 0.5);

} // namespace engdrift
