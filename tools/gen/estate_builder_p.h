#pragma once
// The inside of the estate generator (estate_generator.h), shared by its files: the centimetre
// grid and its shapes, the GEOS helpers, and EstateBuilder, which lays out one estate:
// estate_builder.cpp (outline, cells, placement helpers), estate_blocks.cpp (apartment blocks,
// greens, parking) and estate_finish.cpp (hedges, paths, painting, the finished estate).
// Not a public API.

#include "estate_generator.h"

#include "random.h"

#include "geometry/geometry.h"
#include "geometry/geos_context.h"

#include <geos_c.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace engdrift::gen::detail {

using i64 = std::int64_t;

// --- care types used (codes of the built-in catalogue)
constexpr const char *kLawn = "brugsplaene";
constexpr const char *kPaved = "fast_belaegning";
constexpr const char *kGravel = "loes_belaegning";
constexpr const char *kHedge = "haek";
constexpr const char *kShrubbery = "busket";
constexpr const char *kOrnamentalShrubs = "prydbuske";
constexpr const char *kTreeGroup = "traegruppe";
constexpr const char *kBed = "bede";
constexpr const char *kMeadow = "eng";
constexpr const char *kFlowerMeadow = "blomstereng";
constexpr const char *kNaturalGrass = "naturgraes";
constexpr const char *kPond = "vandhul";

/// Painting order: a feature keeps only what the features before it left free.
enum Priority {
    kPriorityBuilding = 0,
    kPriorityPath = 1,
    kPriorityIsland = 2,
    kPriorityLot = 3,
    kPriorityHedge = 4,
    kPriorityPond = 5,
    kPrioritySurface = 6,
    kPriorityPlant = 7,
};

/// Centimetres from metres.
inline i64 cm(double metres)
{
    return static_cast<i64>(std::llround(metres * 100.0));
}

/// A value in [lo, hi] (centimetres) on a grid of step centimetres.
inline i64 pick(Random &rng, i64 lo, i64 hi, i64 step = 50)
{
    if (hi <= lo)
        return lo;
    return lo + step * rng.range(0, (hi - lo) / step);
}

struct IPoint
{
    i64 x = 0;
    i64 y = 0;
    bool operator==(const IPoint &) const = default;
    bool operator<(const IPoint &o) const { return x != o.x ? x < o.x : y < o.y; }
};

/// An axis-aligned rectangle in centimetres, x0 < x1, y0 < y1.
struct IRect
{
    i64 x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    i64 w() const { return x1 - x0; }
    i64 h() const { return y1 - y0; }
    bool isValid() const { return x1 > x0 && y1 > y0; }
    IRect inflated(i64 d) const { return {x0 - d, y0 - d, x1 + d, y1 + d}; }
    /// True when the interiors meet.
    bool overlaps(const IRect &o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    bool contains(const IRect &o) const { return o.x0 >= x0 && o.x1 <= x1 && o.y0 >= y0 && o.y1 <= y1; }
};

/// A polygon with integer coordinates; rings are open (the first point is not repeated).
struct IPolygon
{
    std::vector<std::vector<IPoint>> rings;
};

enum Side { kBottom = 0, kRight = 1, kTop = 2, kLeft = 3 };
inline Side opposite(Side s)
{
    return static_cast<Side>((s + 2) % 4);
}

/// What lies beyond a side of a cell.
enum class EdgeKind { Cell, Path, Outline };

struct Cell
{
    IRect r;
    std::array<EdgeKind, 4> edges{EdgeKind::Outline, EdgeKind::Outline, EdgeKind::Outline, EdgeKind::Outline};
};

enum class LeafKind { Block, Green, Parking };

struct Feature
{
    GeosGeometryPtr geom;
    IRect box;
    const char *care = nullptr; ///< nullptr: a building
    std::string name;
    int priority = kPriorityPlant;
};

struct Leaf
{
    Cell cell;
    LeafKind kind = LeafKind::Block;
    std::string name;
    bool playground = false;
    std::vector<Feature> features;
    std::vector<IRect> occupied; ///< boxes that placed features keep clear of
};

/// A finished piece of the tiling, before noding.
struct Piece
{
    IPolygon polygon;
    const char *care = nullptr;
    std::string name;
};

/// A cell seen from its front: u runs along the front side, v from the front (v = 0) inwards.
struct Frame
{
    IRect r;
    Side front = kBottom;

    i64 length() const { return (front == kBottom || front == kTop) ? r.w() : r.h(); }
    i64 depth() const { return (front == kBottom || front == kTop) ? r.h() : r.w(); }
    IPoint point(i64 u, i64 v) const
    {
        switch (front) {
        case kBottom:
            return {r.x0 + u, r.y0 + v};
        case kTop:
            return {r.x1 - u, r.y1 - v};
        case kLeft:
            return {r.x0 + v, r.y1 - u};
        case kRight:
            return {r.x1 - v, r.y0 + u};
        }
        return {};
    }
    IRect map(i64 u0, i64 v0, i64 u1, i64 v1) const
    {
        const IPoint a = point(u0, v0);
        const IPoint b = point(u1, v1);
        return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
    }
};

/// Estate-wide choices, so that the blocks of one estate look alike.
struct Style
{
    i64 pathWidth = 250;
    i64 entranceWidth = 200;
    i64 shrubDepth = 200;
    i64 hedgeWidth = 150;
    const char *shrubCare = kShrubbery;
    bool frontWalk = false;
    bool terraces = false;
    bool gardenHedges = false;
    bool gableShrubs = false;
    bool entranceBeds = false;
    bool nature = false;      ///< the estate already has some meadows
    double treeDensity = 1.0; ///< scales the number of tree groups
    double pondChance = 0.0;
};

// --- GEOS helpers (the calling thread's context)
//
// Coordinates are whole centimetres and every edge is axis-parallel except those of the blobs,
// which never cross another edge (they are placed with clearance). So GEOS's floating overlay is
// exact here, and results are read back rounded to the centimetre. (The fixed-precision overlay,
// GEOS*Prec_r, gives the same results about three times slower: GEOS 3.11's snap-rounding seeds a
// std::random_device on every call.)

class Geos
{
public:
    GEOSContextHandle_t ctx = geos::context();

    GeosGeometryPtr rect(const IRect &r) const
    {
        return GeosGeometryPtr(GEOSGeom_createRectangle_r(ctx, static_cast<double>(r.x0), static_cast<double>(r.y0),
                                                          static_cast<double>(r.x1), static_cast<double>(r.y1)));
    }
    GeosGeometryPtr polygon(const std::vector<IPoint> &ring) const
    {
        GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, static_cast<unsigned>(ring.size() + 1), 2);
        for (std::size_t i = 0; i <= ring.size(); ++i) {
            const IPoint &p = ring[i % ring.size()];
            GEOSCoordSeq_setXY_r(ctx, seq, static_cast<unsigned>(i), static_cast<double>(p.x),
                                 static_cast<double>(p.y));
        }
        GEOSGeometry *shell = GEOSGeom_createLinearRing_r(ctx, seq);
        return GeosGeometryPtr(GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0));
    }
    GeosGeometryPtr intersection(const GEOSGeometry *a, const GEOSGeometry *b) const
    {
        return GeosGeometryPtr(GEOSIntersection_r(ctx, a, b));
    }
    GeosGeometryPtr difference(const GEOSGeometry *a, const GEOSGeometry *b) const
    {
        return GeosGeometryPtr(GEOSDifference_r(ctx, a, b));
    }
    GeosGeometryPtr unite(const GEOSGeometry *a, const GEOSGeometry *b) const
    {
        return GeosGeometryPtr(GEOSUnion_r(ctx, a, b));
    }
    GeosGeometryPtr clone(const GEOSGeometry *g) const { return GeosGeometryPtr(GEOSGeom_clone_r(ctx, g)); }
    bool isEmpty(const GEOSGeometry *g) const { return !g || GEOSisEmpty_r(ctx, g) == 1; }

    /// The polygons of a geometry as integer polygons (open rings).
    void explode(const GEOSGeometry *g, std::vector<IPolygon> &out) const
    {
        if (!g || GEOSisEmpty_r(ctx, g))
            return;
        const int type = GEOSGeomTypeId_r(ctx, g);
        if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
            const int n = GEOSGetNumGeometries_r(ctx, g);
            for (int i = 0; i < n; ++i)
                explode(GEOSGetGeometryN_r(ctx, g, i), out);
            return;
        }
        if (type != GEOS_POLYGON)
            return; // lines and points of a collapsed overlay carry no area
        IPolygon p;
        p.rings.push_back(ringPoints(GEOSGetExteriorRing_r(ctx, g)));
        const int holes = GEOSGetNumInteriorRings_r(ctx, g);
        for (int i = 0; i < holes; ++i)
            p.rings.push_back(ringPoints(GEOSGetInteriorRingN_r(ctx, g, i)));
        out.push_back(std::move(p));
    }

private:
    std::vector<IPoint> ringPoints(const GEOSGeometry *ring) const
    {
        const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx, ring);
        unsigned size = 0;
        GEOSCoordSeq_getSize_r(ctx, seq, &size);
        std::vector<IPoint> points;
        points.reserve(size);
        for (unsigned i = 0; i + 1 < size; ++i) { // the last point closes the ring
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
            points.push_back({static_cast<i64>(std::llround(x)), static_cast<i64>(std::llround(y))});
        }
        return points;
    }
};

// --- ring normalisation: counter-clockwise shells, clockwise holes, starting at the least point

inline i64 twiceSignedArea(const std::vector<IPoint> &ring)
{
    i64 sum = 0;
    for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
        const IPoint &a = ring[i];
        const IPoint &b = ring[(i + 1) % n];
        sum += a.x * b.y - b.x * a.y;
    }
    return sum;
}

inline void normaliseRing(std::vector<IPoint> &ring, bool counterClockwise)
{
    if (ring.size() < 3)
        return;
    if ((twiceSignedArea(ring) > 0) != counterClockwise)
        std::reverse(ring.begin(), ring.end());
    std::rotate(ring.begin(), std::min_element(ring.begin(), ring.end()), ring.end());
}

inline void normalisePolygon(IPolygon &p)
{
    for (std::size_t i = 0; i < p.rings.size(); ++i)
        normaliseRing(p.rings[i], i == 0);
    std::sort(p.rings.begin() + 1, p.rings.end(),
              [](const auto &a, const auto &b) { return a.front() < b.front(); });
}

/// Adds to every axis-parallel edge the vertices of other rings that lie inside it, so that
/// neighbours share every vertex of their common edges (no T-junctions).
class Noder
{
public:
    void addVertices(const IPolygon &p)
    {
        for (const auto &ring : p.rings) {
            for (const IPoint &pt : ring) {
                m_byX[pt.x].push_back(pt.y);
                m_byY[pt.y].push_back(pt.x);
            }
        }
    }
    void prepare()
    {
        for (auto *map : {&m_byX, &m_byY}) {
            for (auto &[key, values] : *map) {
                std::sort(values.begin(), values.end());
                values.erase(std::unique(values.begin(), values.end()), values.end());
            }
        }
    }
    void node(IPolygon &p) const
    {
        for (auto &ring : p.rings) {
            std::vector<IPoint> out;
            out.reserve(ring.size() * 2);
            for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
                const IPoint a = ring[i];
                const IPoint b = ring[(i + 1) % n];
                out.push_back(a);
                if (a.x == b.x && a.y != b.y)
                    insertBetween(m_byX, a.x, a.y, b.y, out, true);
                else if (a.y == b.y && a.x != b.x)
                    insertBetween(m_byY, a.y, a.x, b.x, out, false);
            }
            ring = std::move(out);
        }
    }

private:
    static void insertBetween(const std::unordered_map<i64, std::vector<i64>> &map, i64 key, i64 from, i64 to,
                              std::vector<IPoint> &out, bool vertical)
    {
        const auto it = map.find(key);
        if (it == map.end())
            return;
        const std::vector<i64> &values = it->second;
        const i64 lo = std::min(from, to);
        const i64 hi = std::max(from, to);
        auto first = std::upper_bound(values.begin(), values.end(), lo);
        auto last = std::lower_bound(values.begin(), values.end(), hi);
        if (first >= last)
            return;
        auto push = [&](i64 v) { out.push_back(vertical ? IPoint{key, v} : IPoint{v, key}); };
        if (from < to) {
            for (auto v = first; v != last; ++v)
                push(*v);
        } else {
            for (auto v = last; v != first; --v)
                push(*(v - 1));
        }
    }

    std::unordered_map<i64, std::vector<i64>> m_byX;
    std::unordered_map<i64, std::vector<i64>> m_byY;
};

/// Shoelace area of a closed world ring relative to a nearby point (keeps precision).
inline double ringArea(const Ring &ring)
{
    if (ring.size() < 4)
        return 0;
    const double ox = ring.front().x;
    const double oy = ring.front().y;
    double sum = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        sum += (ring[i].x - ox) * (ring[i + 1].y - oy) - (ring[i + 1].x - ox) * (ring[i].y - oy);
    return sum / 2;
}

// --- the builder

class EstateBuilder
{
public:
    explicit EstateBuilder(const EstateOptions &options) : m_options(options), m_rng(options.seed) {}
    Estate build();

private:
    void chooseStyle();
    void layOutCells(double outlineArea);
    void split(const Cell &cell, int depth);
    void addCutPath(const IRect &strip);
    void assignLeafKinds();
    void buildBlock(Leaf &leaf);
    void buildGreen(Leaf &leaf);
    void buildParking(Leaf &leaf);
    void placePlayground(Leaf &leaf, bool central);
    void addPlantingBelts(Leaf &leaf);
    void addHedges();
    void addCutPathPieces();
    void paint(Leaf &leaf);
    Estate finish();

    // feature helpers
    void addRect(Leaf &leaf, const IRect &r, const char *care, const std::string &name, int priority);
    bool placeBlob(Leaf &leaf, i64 radiusMin, i64 radiusMax, const char *care, const std::string &name,
                   i64 *placedRadius = nullptr, IPoint *placedCentre = nullptr);
    bool placeRect(Leaf &leaf, i64 w, i64 h, const char *care, const std::string &name, int priority,
                   IRect *placed = nullptr);
    std::vector<IPoint> blob(IPoint centre, i64 radius, int vertices);
    IRect placementArea(const Leaf &leaf, i64 margin) const;
    bool isFree(const Leaf &leaf, const IRect &box, i64 clearance) const;
    std::string nextName(Leaf &leaf, const std::string &kind);

    EstateOptions m_options;
    Random m_rng;
    Geos m_geos;
    Style m_style;

    i64 m_width = 0;
    i64 m_height = 0;
    std::vector<IPoint> m_outline; ///< counter-clockwise
    std::vector<IRect> m_cutPaths;
    std::vector<Leaf> m_leaves;
    std::vector<Piece> m_pieces;
    std::vector<IPolygon> m_buildings;
    std::unordered_map<std::string, int> m_nameCounts;
    int m_blockCount = 0;
    int m_greenCount = 0;
    bool m_playgroundPlaced = false;
};

} // namespace engdrift::gen::detail
