#pragma once
// The estate generator: the outdoor areas of one synthetic Danish social-housing estate (afdeling).
//
// From a seed and an origin (the estate's centre in EPSG:25832 metres) it draws a plausible plan:
// rows of apartment blocks (left as holes), utility lawns between them, paved paths in a connected
// network, a parking lot, a playground, hedges along parts of the boundary, shrubs along the
// building fronts, tree groups, beds, sometimes meadows and rarely a pond. The areas tile the
// estate: they share edges exactly (T-junctions are noded), with no gaps and no overlaps, and the
// union of the areas and the buildings is the estate's outline.
//
// The plan is laid out axis-aligned on a centimetre grid with GEOS, then rotated by a rational
// rotation and rounded to millimetres: the same seed gives byte-identical coordinates (the layout
// uses only integer arithmetic and correctly rounded IEEE operations: + - * / and sqrt). Each
// call uses the calling thread's GEOS context; calls on different threads are independent.

#include "geometry/geometry.h"
#include "util/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace engdrift::gen {

struct Point
{
    double x = 0;
    double y = 0;
};

/// A closed ring: the last point repeats the first.
using Ring = std::vector<Point>;

/// A polygon: rings[0] is the shell (counter-clockwise), the others are holes (clockwise).
struct Polygon
{
    std::vector<Ring> rings;
};

struct EstateArea
{
    const char *careType = nullptr; ///< a code of the built-in catalogue, e.g. "brugsplaene"
    std::string name;               ///< readable and unique in the estate, e.g. "block-2/front-lawn-1"
    Polygon polygon;
    double areaM2 = 0;
};

struct EstateOptions
{
    std::uint64_t seed = 1;
    double originX = 0;       ///< the estate's centre, EPSG:25832
    double originY = 0;
    double targetAreaM2 = 0;  ///< outdoor area wanted (m²); 0 draws one from the seed (8,000-25,000)
};

struct Estate
{
    std::vector<EstateArea> areas;
    std::vector<Polygon> buildings;
    Polygon outline;
    double outlineAreaM2 = 0;
    double buildingAreaM2 = 0;
    double outdoorAreaM2 = 0; ///< the sum of the areas
    int storeys = 3;
    int homes = 0;            ///< an estimate from the floor area
    double rotationDegrees = 0;
};

/// Draws the estate of the given seed. Deterministic.
Estate generateEstate(const EstateOptions &options);

/// Checks the tiling with GEOS: every area a valid polygon; the union of the areas and buildings
/// equals the outline within 0.01 m²; the pairwise overlaps of the areas sum to (about) zero.
/// The message of a failure names the areas at fault.
Result<void> checkEstate(const Estate &estate);

/// Shoelace area of a polygon (shell minus holes), m².
double polygonArea(const Polygon &polygon);

/// The polygon as a GEOS geometry of the calling thread.
Geometry toGeometry(const Polygon &polygon);

} // namespace engdrift::gen
