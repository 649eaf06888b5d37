// The estate generator (see estate_generator.h): lays out one estate on a centimetre grid with
// GEOS, nodes the shared edges, then rotates and places it in EPSG:25832.
//
// The layout, in a local frame with x along the estate's long side:
//  1. the outline, a rectangle or an L;
//  2. a parking strip along the "road" side (y = 0), then recursive splitting of the rest into
//     cells, each cut leaving a paved path strip (so the path network is connected and reaches
//     the boundary);
//  3. each leaf cell becomes an apartment block with its yards, a common green (playground,
//     meadow, rarely a pond) or the parking lot; features are rectangles and star-shaped blobs;
//  4. hedges along parts of the boundary, with gaps where paths and the parking lot meet it;
//  5. each leaf is "painted": features in priority order, each minus what is already painted,
//     and the rest of the cell is utility lawn. Tree groups and beds placed clear of everything
//     else become holes in the lawn that they fill exactly.

#include "estate_generator.h"

#include "random.h"

#include "geometry/geometry.h"
#include "geometry/geos_context.h"

#include <geos_c.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace engdrift::gen {
namespace {

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
i64 cm(double metres)
{
    return static_cast<i64>(std::llround(metres * 100.0));
}

/// A value in [lo, hi] (centimetres) on a grid of step centimetres.
i64 pick(Random &rng, i64 lo, i64 hi, i64 step = 50)
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
Side opposite(Side s)
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

i64 twiceSignedArea(const std::vector<IPoint> &ring)
{
    i64 sum = 0;
    for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
        const IPoint &a = ring[i];
        const IPoint &b = ring[(i + 1) % n];
        sum += a.x * b.y - b.x * a.y;
    }
    return sum;
}

void normaliseRing(std::vector<IPoint> &ring, bool counterClockwise)
{
    if (ring.size() < 3)
        return;
    if ((twiceSignedArea(ring) > 0) != counterClockwise)
        std::reverse(ring.begin(), ring.end());
    std::rotate(ring.begin(), std::min_element(ring.begin(), ring.end()), ring.end());
}

void normalisePolygon(IPolygon &p)
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
double ringArea(const Ring &ring)
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

void EstateBuilder::chooseStyle()
{
    Random &r = m_rng;
    m_style.pathWidth = pick(r, 200, 300, 50);
    m_style.entranceWidth = pick(r, 200, 250, 50);
    m_style.shrubDepth = pick(r, 150, 300, 50);
    m_style.hedgeWidth = pick(r, 120, 180, 10);
    m_style.shrubCare = r.chance(0.6) ? kShrubbery : kOrnamentalShrubs;
    m_style.frontWalk = r.chance(0.35);
    m_style.terraces = r.chance(0.5);
    m_style.gardenHedges = r.chance(0.5);
    m_style.gableShrubs = r.chance(0.35);
    m_style.entranceBeds = r.chance(0.5);
    m_style.nature = r.chance(0.2);
    m_style.treeDensity = r.uniform(0.8, 1.7);
    m_style.pondChance = r.chance(0.15) ? 0.6 : 0.0;
}

Estate EstateBuilder::build()
{
    chooseStyle();
    double target = m_options.targetAreaM2;
    if (target <= 0)
        target = std::clamp(14300.0 * (1.0 + 0.3 * m_rng.normalish()), 9000.0, 24000.0);
    // The outline holds the buildings too: about a seventh of it.
    layOutCells(target * 1.17);
    assignLeafKinds();
    for (Leaf &leaf : m_leaves) {
        switch (leaf.kind) {
        case LeafKind::Block:
            buildBlock(leaf);
            break;
        case LeafKind::Green:
            buildGreen(leaf);
            break;
        case LeafKind::Parking:
            buildParking(leaf);
            break;
        }
    }
    // A playground the estate still lacks goes into the roomiest yard that can take it.
    if (!m_playgroundPlaced) {
        std::vector<std::size_t> order(m_leaves.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
            const IRect &ra = m_leaves[a].cell.r;
            const IRect &rb = m_leaves[b].cell.r;
            return ra.w() * ra.h() > rb.w() * rb.h();
        });
        for (std::size_t i : order) {
            placePlayground(m_leaves[i], false);
            if (m_playgroundPlaced)
                break;
        }
    }
    addHedges();
    addCutPathPieces();
    for (Leaf &leaf : m_leaves)
        paint(leaf);
    return finish();
}

void EstateBuilder::layOutCells(double outlineArea)
{
    Random &r = m_rng;
    const double aspect = r.uniform(1.0, 1.9);
    const bool lShape = r.chance(0.3);
    const double notchX = r.uniform(0.3, 0.5);
    const double notchY = r.uniform(0.35, 0.5);
    const double boxArea = lShape ? outlineArea / (1.0 - notchX * notchY) : outlineArea;
    m_width = std::max<i64>(cm(std::sqrt(boxArea * aspect)) / 50 * 50, 6000);
    m_height = std::max<i64>(cm(boxArea / (static_cast<double>(m_width) / 100.0)) / 50 * 50, 5000);

    const i64 gap = m_style.pathWidth;
    i64 restY0 = 0;
    // The parking strip along the road side (y = 0).
    if (r.chance(0.92)) {
        const bool twoRows = m_height >= 8000 && r.chance(0.6);
        const i64 lotDepth = twoRows ? 1650 : 1100;
        const i64 depth = lotDepth + pick(r, 250, 500);
        const bool pathAbove = r.chance(0.75);
        Leaf parking;
        parking.kind = LeafKind::Parking;
        parking.name = "parking";
        parking.cell.r = {0, 0, m_width, depth};
        parking.cell.edges[kTop] = pathAbove ? EdgeKind::Path : EdgeKind::Cell;
        m_leaves.push_back(std::move(parking));
        restY0 = depth;
        if (pathAbove) {
            addCutPath({0, depth, m_width, depth + gap});
            restY0 += gap;
        }
    }
    Cell rest;
    rest.r = {0, restY0, m_width, m_height};
    if (restY0 > 0)
        rest.edges[kBottom] = m_leaves.front().cell.edges[kTop];

    // An L: a notch cut from one upper corner, with a path along its lower edge.
    const i64 minRow = 2800;
    i64 ny = cm(static_cast<double>(m_height) / 100.0 * (1.0 - notchY)) / 50 * 50;
    const i64 nw = cm(static_cast<double>(m_width) / 100.0 * notchX) / 50 * 50;
    const bool notchLeft = r.chance(0.5);
    if (lShape && ny - gap - restY0 >= minRow && m_height - ny >= minRow && m_width - nw >= 4200) {
        Cell lower = rest;
        lower.r.y1 = ny - gap;
        lower.edges[kTop] = EdgeKind::Path;
        addCutPath({0, ny - gap, m_width, ny});
        Cell upper;
        upper.r = notchLeft ? IRect{nw, ny, m_width, m_height} : IRect{0, ny, m_width - nw, m_height};
        upper.edges[kBottom] = EdgeKind::Path;
        if (notchLeft)
            m_outline = {{0, 0}, {m_width, 0}, {m_width, m_height}, {nw, m_height}, {nw, ny}, {0, ny}};
        else
            m_outline = {{0, 0}, {m_width, 0}, {m_width, ny}, {m_width - nw, ny}, {m_width - nw, m_height}, {0, m_height}};
        split(lower, 0);
        split(upper, 0);
    } else {
        m_outline = {{0, 0}, {m_width, 0}, {m_width, m_height}, {0, m_height}};
        split(rest, 0);
    }
}

void EstateBuilder::addCutPath(const IRect &strip)
{
    m_cutPaths.push_back(strip);
}

void EstateBuilder::split(const Cell &cell, int depth)
{
    const i64 w = cell.r.w();
    const i64 h = cell.r.h();
    const i64 maxLong = 8500;
    const i64 maxShort = 4800;
    const i64 minPiece = 2500;
    const i64 gap = m_style.pathWidth;
    // Cut across the long side when it is too long, else across the short side when too wide.
    bool cutX = false; // a cut line at some x (splits the width)
    i64 span = 0;
    if (std::max(w, h) > maxLong) {
        cutX = w >= h;
        span = std::max(w, h);
    } else if (std::min(w, h) > maxShort) {
        cutX = w < h;
        span = std::min(w, h);
    }
    if (span == 0 || span - gap < 2 * minPiece || depth > 12) {
        Leaf leaf;
        leaf.cell = cell;
        m_leaves.push_back(std::move(leaf));
        return;
    }
    const i64 usable = span - gap;
    i64 lo = std::max(minPiece, usable * 35 / 100);
    i64 hi = std::min(usable - minPiece, usable * 65 / 100);
    if (lo > hi)
        lo = hi = usable / 2;
    const i64 first = pick(m_rng, lo / 50 * 50, hi / 50 * 50);
    Cell a = cell;
    Cell b = cell;
    if (cutX) {
        const i64 x = cell.r.x0 + first;
        a.r.x1 = x;
        b.r.x0 = x + gap;
        a.edges[kRight] = EdgeKind::Path;
        b.edges[kLeft] = EdgeKind::Path;
        addCutPath({x, cell.r.y0, x + gap, cell.r.y1});
    } else {
        const i64 y = cell.r.y0 + first;
        a.r.y1 = y;
        b.r.y0 = y + gap;
        a.edges[kTop] = EdgeKind::Path;
        b.edges[kBottom] = EdgeKind::Path;
        addCutPath({cell.r.x0, y, cell.r.x1, y + gap});
    }
    split(a, depth + 1);
    split(b, depth + 1);
}

void EstateBuilder::assignLeafKinds()
{
    std::vector<std::size_t> blocks;
    for (std::size_t i = 0; i < m_leaves.size(); ++i) {
        Leaf &leaf = m_leaves[i];
        if (leaf.kind == LeafKind::Parking)
            continue;
        const i64 longSide = std::max(leaf.cell.r.w(), leaf.cell.r.h());
        const i64 shortSide = std::min(leaf.cell.r.w(), leaf.cell.r.h());
        const bool fits = longSide - 2 * 600 >= 3000 && shortSide >= 1000 + 600 + 700;
        leaf.kind = fits ? LeafKind::Block : LeafKind::Green;
        if (fits)
            blocks.push_back(i);
    }
    // With enough blocks, the cell nearest the middle becomes the common green.
    if (blocks.size() >= 6 || (blocks.size() >= 4 && m_rng.chance(0.6))) {
        const i64 cx = m_width / 2;
        const i64 cy = m_height / 2;
        std::size_t best = blocks.front();
        i64 bestDistance = -1;
        for (std::size_t i : blocks) {
            const IRect &r = m_leaves[i].cell.r;
            const i64 dx = (r.x0 + r.x1) / 2 - cx;
            const i64 dy = (r.y0 + r.y1) / 2 - cy;
            const i64 d = dx * dx + dy * dy;
            if (bestDistance < 0 || d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        m_leaves[best].kind = LeafKind::Green;
        m_leaves[best].playground = true;
    } else if (!blocks.empty()) {
        // Otherwise the playground goes into the yard of the largest block cell.
        std::size_t best = blocks.front();
        for (std::size_t i : blocks) {
            const IRect &a = m_leaves[i].cell.r;
            const IRect &b = m_leaves[best].cell.r;
            if (a.w() * a.h() > b.w() * b.h())
                best = i;
        }
        m_leaves[best].playground = true;
    }
    for (Leaf &leaf : m_leaves) {
        if (leaf.kind == LeafKind::Block)
            leaf.name = "block-" + std::to_string(++m_blockCount);
        else if (leaf.kind == LeafKind::Green)
            leaf.name = "green-" + std::to_string(++m_greenCount);
    }
}

std::string EstateBuilder::nextName(Leaf &leaf, const std::string &kind)
{
    const std::string base = leaf.name + "/" + kind;
    return base + "-" + std::to_string(++m_nameCounts[base]);
}

void EstateBuilder::addRect(Leaf &leaf, const IRect &r, const char *care, const std::string &name, int priority)
{
    if (!r.isValid())
        return;
    Feature f;
    f.geom = m_geos.rect(r);
    f.box = r;
    f.care = care;
    f.name = name;
    f.priority = priority;
    leaf.features.push_back(std::move(f));
    leaf.occupied.push_back(r);
}

IRect EstateBuilder::placementArea(const Leaf &leaf, i64 margin) const
{
    // Keep clear of the cell's edges; more where a boundary hedge may run.
    const IRect &r = leaf.cell.r;
    auto inset = [&](Side s) {
        return leaf.cell.edges[s] == EdgeKind::Outline ? margin + m_style.hedgeWidth + 100 : margin;
    };
    return {r.x0 + inset(kLeft), r.y0 + inset(kBottom), r.x1 - inset(kRight), r.y1 - inset(kTop)};
}

bool EstateBuilder::isFree(const Leaf &leaf, const IRect &box, i64 clearance) const
{
    const IRect grown = box.inflated(clearance);
    for (const IRect &o : leaf.occupied) {
        if (grown.overlaps(o))
            return false;
    }
    return true;
}

std::vector<IPoint> EstateBuilder::blob(IPoint centre, i64 radius, int vertices)
{
    // A star-shaped polygon: evenly spread angles with jitter, radii 0.75-1.25 of the radius.
    // No libm: the shape is the same on every platform.
    std::vector<IPoint> ring;
    ring.reserve(static_cast<std::size_t>(vertices));
    const double step = 1.0 / vertices;
    for (int i = 0; i < vertices; ++i) {
        // The angle as a fraction of a full turn, in [-0.5, 0.5).
        double turn = (i + m_rng.uniform(-0.3, 0.3)) * step;
        if (turn >= 0.5)
            turn -= 1.0;
        // q = tan(angle / 4) by its Taylor series (|angle / 4| <= pi / 4), then cos and sin of the
        // half angle from the rational parametrisation of the circle and the double-angle formulas.
        const double x = 3.141592653589793 * turn / 2.0;
        const double x2 = x * x;
        const double q = x * (1.0 + x2 * (1.0 / 3 + x2 * (2.0 / 15 + x2 * (17.0 / 315 + x2 * (62.0 / 2835)))));
        const double ch = (1.0 - q * q) / (1.0 + q * q);
        const double sh = 2.0 * q / (1.0 + q * q);
        const double c = ch * ch - sh * sh;
        const double s = 2.0 * sh * ch;
        const double rr = static_cast<double>(radius) * m_rng.uniform(0.75, 1.25);
        ring.push_back({centre.x + static_cast<i64>(std::llround(rr * c)),
                        centre.y + static_cast<i64>(std::llround(rr * s))});
    }
    ring.erase(std::unique(ring.begin(), ring.end()), ring.end());
    return ring;
}

bool EstateBuilder::placeBlob(Leaf &leaf, i64 radiusMin, i64 radiusMax, const char *care, const std::string &name,
                              i64 *placedRadius, IPoint *placedCentre)
{
    const i64 clearance = 100;
    for (int attempt = 0; attempt < 24; ++attempt) {
        const i64 radius = pick(m_rng, radiusMin, radiusMax, 10);
        const i64 reach = radius * 5 / 4 + 2;
        const IRect area = placementArea(leaf, 100);
        if (area.w() < 2 * reach || area.h() < 2 * reach)
            continue;
        const IPoint c{m_rng.range(area.x0 + reach, area.x1 - reach), m_rng.range(area.y0 + reach, area.y1 - reach)};
        const IRect box{c.x - reach, c.y - reach, c.x + reach, c.y + reach};
        if (!isFree(leaf, box, clearance))
            continue;
        const int vertices = static_cast<int>(std::clamp<i64>(7 + radius / 150, 8, 20));
        Feature f;
        f.geom = m_geos.polygon(blob(c, radius, vertices));
        f.box = box;
        f.care = care;
        f.name = name;
        f.priority = care == kPond ? kPriorityPond : kPriorityPlant;
        leaf.features.push_back(std::move(f));
        leaf.occupied.push_back(box);
        if (placedRadius)
            *placedRadius = radius;
        if (placedCentre)
            *placedCentre = c;
        return true;
    }
    return false;
}

bool EstateBuilder::placeRect(Leaf &leaf, i64 w, i64 h, const char *care, const std::string &name, int priority,
                              IRect *placed)
{
    for (int attempt = 0; attempt < 24; ++attempt) {
        const bool swap = m_rng.chance(0.5);
        const i64 rw = swap ? h : w;
        const i64 rh = swap ? w : h;
        const IRect area = placementArea(leaf, 100);
        if (area.w() < rw || area.h() < rh)
            continue;
        const i64 x = m_rng.range(area.x0, area.x1 - rw) / 10 * 10;
        const i64 y = m_rng.range(area.y0, area.y1 - rh) / 10 * 10;
        const IRect r{x, y, x + rw, y + rh};
        if (!area.contains(r) || !isFree(leaf, r, 100))
            continue;
        addRect(leaf, r, care, name, priority);
        if (placed)
            *placed = r;
        return true;
    }
    return false;
}

void EstateBuilder::buildBlock(Leaf &leaf)
{
    Random &r = m_rng;
    const Cell &cell = leaf.cell;
    // The entrance side: a long side with a path beyond it, else the road.
    const bool horizontal = cell.r.w() >= cell.r.h();
    const Side sideA = horizontal ? kBottom : kLeft;
    const Side sideB = opposite(sideA);
    auto score = [&](Side s) {
        switch (cell.edges[s]) {
        case EdgeKind::Path:
            return 2;
        case EdgeKind::Outline:
            return 1;
        case EdgeKind::Cell:
            return 0;
        }
        return 0;
    };
    Side front = score(sideA) > score(sideB) ? sideA : score(sideB) > score(sideA) ? sideB : (r.chance(0.5) ? sideA : sideB);
    const Frame f{cell.r, front};
    const i64 length = f.length();
    const i64 depth = f.depth();

    // Building depth, front yard and back yard (at least 7 m) fit the cell's depth.
    const i64 bd = std::min(pick(r, 1000, 1200), (depth - 1300) / 50 * 50);
    const i64 frontYard = std::max<i64>(600, std::min(pick(r, 700, 1200), depth - bd - 800));
    const i64 blMax = std::min<i64>(7000, length - 1200) / 50 * 50;
    const i64 bl = pick(r, std::max<i64>(3000, blMax - 2000), blMax);
    const i64 slack = length - bl;
    const i64 jitter = std::max<i64>(0, slack / 2 - 600) / 50;
    const i64 bu0 = slack / 2 / 50 * 50 + 50 * r.range(-jitter, jitter);
    const i64 bu1 = bu0 + bl;
    const i64 bv0 = frontYard;
    const i64 bv1 = frontYard + bd;

    Feature building;
    building.box = f.map(bu0, bv0, bu1, bv1);
    building.geom = m_geos.rect(building.box);
    building.priority = kPriorityBuilding;
    building.name = leaf.name + "/building";
    leaf.occupied.push_back(building.box);
    leaf.features.push_back(std::move(building));

    // Entrances (stairwells) evenly along the front.
    const int entrances = static_cast<int>(std::clamp<i64>((bl + 800) / 1600, 2, 5));
    const i64 ew = m_style.entranceWidth;
    const i64 sd = std::clamp<i64>(m_style.shrubDepth + 50 * r.range(-1, 1), 150, 300);
    std::vector<i64> doors;
    for (int k = 0; k < entrances; ++k)
        doors.push_back((bu0 + (2 * k + 1) * bl / (2 * entrances)) / 10 * 10);

    const i64 walkWidth = 200;
    const bool walk = m_style.frontWalk && frontYard - sd - walkWidth >= 300;
    if (walk) {
        const i64 wv0 = frontYard - sd - walkWidth;
        const i64 wv1 = frontYard - sd;
        addRect(leaf, f.map(bu0 - 100, wv0, bu1 + 100, wv1), kPaved, nextName(leaf, "walk"), kPriorityPath);
        for (i64 d : doors)
            addRect(leaf, f.map(d - ew / 2, wv1, d + ew / 2, frontYard), kPaved, nextName(leaf, "entrance"),
                    kPriorityPath);
        addRect(leaf, f.map(bu0 - 100, 0, bu0 - 100 + ew, wv0), kPaved, nextName(leaf, "path"), kPriorityPath);
        if (entrances >= 3 || r.chance(0.5))
            addRect(leaf, f.map(bu1 + 100 - ew, 0, bu1 + 100, wv0), kPaved, nextName(leaf, "path"), kPriorityPath);
    } else {
        for (i64 d : doors)
            addRect(leaf, f.map(d - ew / 2, 0, d + ew / 2, frontYard), kPaved, nextName(leaf, "entrance"),
                    kPriorityPath);
    }
    // Shrubs along the front, cut by the entrance paths when painted.
    const char *shrubs = r.chance(0.1) ? (m_style.shrubCare == kShrubbery ? kOrnamentalShrubs : kShrubbery)
                                       : m_style.shrubCare;
    addRect(leaf, f.map(bu0, frontYard - sd, bu1, frontYard), shrubs, nextName(leaf, "front-shrubs"), kPriorityPlant);
    if (m_style.gableShrubs) {
        const i64 gd = pick(r, 200, 400);
        addRect(leaf, f.map(bu0 - gd, bv0, bu0, bv1), kShrubbery, nextName(leaf, "gable-shrubs"), kPriorityPlant);
        addRect(leaf, f.map(bu1, bv0, bu1 + gd, bv1), kShrubbery, nextName(leaf, "gable-shrubs"), kPriorityPlant);
    }

    // Behind: ground-floor terraces, separated by low hedges.
    i64 backUsed = bv1;
    const i64 backYard = depth - bv1;
    if (m_style.terraces && backYard >= 1300) {
        const int count = 2 * entrances;
        const i64 td = pick(r, 250, 350);
        const i64 hw = 80;
        const i64 seg = bl / count;
        for (int k = 0; k < count; ++k) {
            const i64 a = bu0 + k * seg + (k == 0 ? 0 : hw / 2);
            const i64 b = k == count - 1 ? bu1 : bu0 + (k + 1) * seg - hw / 2;
            addRect(leaf, f.map(a, bv1, b, bv1 + td), kPaved, nextName(leaf, "terrace"), kPrioritySurface);
            if (k + 1 < count) {
                const i64 s = bu0 + (k + 1) * seg;
                addRect(leaf, f.map(s - hw / 2, bv1, s + hw / 2, bv1 + td), kHedge, nextName(leaf, "terrace-hedge"),
                        kPrioritySurface);
            }
        }
        backUsed = bv1 + td;
        if (m_style.gardenHedges) {
            addRect(leaf, f.map(bu0, backUsed, bu1, backUsed + hw), kHedge, nextName(leaf, "garden-hedge"),
                    kPrioritySurface);
            backUsed += hw;
        }
    }
    // A strip of long grass along the back edge, in estates that already have meadows.
    const i64 strip = pick(r, 300, 600);
    if (m_style.nature && r.chance(0.5) && depth - backUsed >= strip + 600) {
        const i64 a = pick(r, 0, length / 4);
        const i64 b = length - pick(r, 0, length / 4);
        const char *care = r.chance(0.5) ? kNaturalGrass : (r.chance(0.5) ? kMeadow : kFlowerMeadow);
        addRect(leaf, f.map(a, depth - strip, b, depth), care, nextName(leaf, "long-grass"), kPriorityPlant);
    }
    // A waste area (affaldsø) at the front edge between two entrances: a pad with low hedges.
    const i64 frontFree = walk ? frontYard - sd - walkWidth : frontYard - sd;
    if (r.chance(0.7) && entrances >= 2) {
        const i64 padW = pick(r, 500, 700);
        const i64 padD = pick(r, 250, 350);
        const i64 hw = 80;
        const std::size_t k = static_cast<std::size_t>(r.range(0, entrances - 2));
        const i64 mid = (doors[k] + doors[k + 1]) / 2 / 10 * 10;
        const bool fits = doors[k + 1] - doors[k] - ew >= padW + 2 * hw + 200 && frontFree >= padD + hw + 150;
        if (fits) {
            const i64 a = mid - padW / 2;
            const i64 b = mid + padW / 2;
            addRect(leaf, f.map(a, 0, b, padD), kPaved, nextName(leaf, "waste-area"), kPriorityPath);
            addRect(leaf, f.map(a - hw, 0, a, padD + hw), kHedge, nextName(leaf, "waste-hedge"), kPrioritySurface);
            addRect(leaf, f.map(b, 0, b + hw, padD + hw), kHedge, nextName(leaf, "waste-hedge"), kPrioritySurface);
            addRect(leaf, f.map(a, padD, b, padD + hw), kHedge, nextName(leaf, "waste-hedge"), kPrioritySurface);
        }
    }
    // Small beds either side of each entrance path, in front of the shrubs.
    const i64 bedLength = pick(r, 150, 250);
    if (m_style.entranceBeds && !walk && frontFree >= bedLength + 300) {
        for (i64 d : doors) {
            addRect(leaf, f.map(d - ew / 2 - 100, frontFree - bedLength, d - ew / 2, frontFree), kBed,
                    nextName(leaf, "entrance-bed"), kPriorityPlant);
            addRect(leaf, f.map(d + ew / 2, frontFree - bedLength, d + ew / 2 + 100, frontFree), kBed,
                    nextName(leaf, "entrance-bed"), kPriorityPlant);
        }
    }
    if (leaf.playground && !m_playgroundPlaced)
        placePlayground(leaf, false);
    // A drying yard (tørreplads) in the back yard.
    if (r.chance(0.3))
        placeRect(leaf, pick(r, 600, 900), pick(r, 500, 700), kGravel, nextName(leaf, "drying-yard"), kPrioritySurface);
    if (r.chance(0.25))
        placeRect(leaf, pick(r, 150, 250), pick(r, 300, 600), kBed, nextName(leaf, "bed"), kPriorityPlant);
    const double cellArea = static_cast<double>(cell.r.w()) * static_cast<double>(cell.r.h()) / 1e4;
    const int trees = static_cast<int>(m_style.treeDensity * (1.0 + cellArea / 1500.0) + r.uniform());
    for (int k = 0; k < trees; ++k)
        placeBlob(leaf, 250, 600, kTreeGroup, nextName(leaf, "tree-group"));
    // Small groups of two or three trees.
    const int small = static_cast<int>(r.range(2, 5));
    for (int k = 0; k < small; ++k)
        placeBlob(leaf, 150, 250, kTreeGroup, nextName(leaf, "tree-group"));
}

void EstateBuilder::placePlayground(Leaf &leaf, bool central)
{
    Random &r = m_rng;
    const i64 pw = pick(r, 1000, 1800);
    const i64 ph = pick(r, 800, 1400);
    const IRect area = placementArea(leaf, 200);
    if (area.w() < pw + 400 || area.h() < ph + 400)
        return;
    IRect pg;
    bool found = false;
    for (int attempt = 0; attempt < 40 && !found; ++attempt) {
        i64 x, y;
        if (central && attempt < 10) {
            x = (area.x0 + area.x1 - pw) / 2 + r.range(-300, 300);
            y = (area.y0 + area.y1 - ph) / 2 + r.range(-300, 300);
        } else {
            x = r.range(area.x0 + 200, area.x1 - pw - 200);
            y = r.range(area.y0 + 200, area.y1 - ph - 200);
        }
        pg = {x / 50 * 50, y / 50 * 50, x / 50 * 50 + pw, y / 50 * 50 + ph};
        found = area.contains(pg.inflated(200)) && isFree(leaf, pg.inflated(200), 100);
    }
    if (!found)
        return;
    // A path from the playground to a side of the cell: the nearest side with a path beyond it
    // that can be reached without crossing anything, else the nearest side that can.
    const IRect &c = leaf.cell.r;
    const std::array<i64, 4> distance{pg.y0 - c.y0, c.x1 - pg.x1, c.y1 - pg.y1, pg.x0 - c.x0};
    const i64 pw2 = 200;
    const i64 mx = (pg.x0 + pg.x1) / 2 / 10 * 10;
    const i64 my = (pg.y0 + pg.y1) / 2 / 10 * 10;
    auto pathTo = [&](int side) -> IRect {
        switch (side) {
        case kBottom:
            return {mx - pw2 / 2, c.y0, mx + pw2 / 2, pg.y0};
        case kRight:
            return {pg.x1, my - pw2 / 2, c.x1, my + pw2 / 2};
        case kTop:
            return {mx - pw2 / 2, pg.y1, mx + pw2 / 2, c.y1};
        default:
            return {c.x0, my - pw2 / 2, pg.x0, my + pw2 / 2};
        }
    };
    std::array<int, 4> sides{0, 1, 2, 3};
    std::stable_sort(sides.begin(), sides.end(), [&](int a, int b) {
        const bool pa = leaf.cell.edges[a] == EdgeKind::Path;
        const bool pb = leaf.cell.edges[b] == EdgeKind::Path;
        return pa != pb ? pa : distance[a] < distance[b];
    });
    int side = -1;
    IRect path;
    for (int candidate : sides) {
        path = pathTo(candidate);
        const bool clear = std::none_of(leaf.features.begin(), leaf.features.end(),
                                        [&](const Feature &f) { return f.box.overlaps(path.inflated(50)); });
        if (clear) {
            side = candidate;
            break;
        }
    }
    if (side < 0)
        return;
    const std::string base = leaf.name + "/playground";
    addRect(leaf, pg, kGravel, base, kPrioritySurface);
    addRect(leaf, path, kPaved, nextName(leaf, "playground-path"), kPriorityPath);
    // Shrubs on two sides away from the path.
    const i64 sw = 200;
    const std::array<IRect, 4> borders{IRect{pg.x0, pg.y0 - sw, pg.x1, pg.y0}, IRect{pg.x1, pg.y0, pg.x1 + sw, pg.y1},
                                       IRect{pg.x0, pg.y1, pg.x1, pg.y1 + sw}, IRect{pg.x0 - sw, pg.y0, pg.x0, pg.y1}};
    const int first = static_cast<int>(r.range(0, 3));
    int added = 0;
    for (int k = 0; k < 4 && added < 2; ++k) {
        const int s = (first + k) % 4;
        if (s == side)
            continue;
        addRect(leaf, borders[s], kShrubbery, nextName(leaf, "playground-shrubs"), kPriorityPlant);
        ++added;
    }
    m_playgroundPlaced = true;
}

void EstateBuilder::addPlantingBelts(Leaf &leaf)
{
    // Belts of shrubs along a side or two of a green, in segments with gaps of lawn.
    Random &r = m_rng;
    const IRect &c = leaf.cell.r;
    const int first = static_cast<int>(r.range(0, 3));
    const int belts = static_cast<int>(r.range(1, 2));
    int added = 0;
    for (int k = 0; k < 4 && added < belts; ++k) {
        const auto side = static_cast<Side>((first + k) % 4);
        const Frame f{c, side};
        const i64 length = f.length();
        const i64 depth = f.depth();
        const i64 bd = pick(r, 300, 500);
        if (depth < 3 * bd + 1000 || length < 2000)
            continue;
        // Clear of a boundary hedge, and of the ends.
        const i64 v0 = leaf.cell.edges[side] == EdgeKind::Outline ? m_style.hedgeWidth : 0;
        i64 u = pick(r, 200, 600);
        while (u + 600 < length - 200) {
            const i64 segment = std::min(pick(r, 800, 2000), length - 200 - u);
            const IRect box = f.map(u, v0, u + segment, v0 + bd);
            if (std::none_of(leaf.features.begin(), leaf.features.end(),
                             [&](const Feature &o) { return o.box.overlaps(box.inflated(100)); }))
                addRect(leaf, box, r.chance(0.8) ? kShrubbery : m_style.shrubCare, nextName(leaf, "shrub-belt"),
                        kPriorityPlant);
            u += segment + pick(r, 300, 800);
        }
        ++added;
    }
}

void EstateBuilder::buildGreen(Leaf &leaf)
{
    Random &r = m_rng;
    if (leaf.playground)
        placePlayground(leaf, true);
    const bool meadow = m_style.nature ? r.chance(0.8) : r.chance(leaf.playground ? 0.3 : 0.15);
    if (meadow) {
        const double pickCare = r.uniform();
        const char *care = pickCare < 0.4 ? kMeadow : pickCare < 0.7 ? kNaturalGrass : kFlowerMeadow;
        i64 radius = 0;
        IPoint centre;
        if (placeBlob(leaf, 600, 1400, care, nextName(leaf, "meadow"), &radius, &centre) && r.chance(m_style.pondChance)) {
            Feature pond;
            const i64 pr = std::max<i64>(radius * 2 / 5, 200);
            pond.geom = m_geos.polygon(blob(centre, pr, 12));
            pond.box = {centre.x - pr * 5 / 4, centre.y - pr * 5 / 4, centre.x + pr * 5 / 4, centre.y + pr * 5 / 4};
            pond.care = kPond;
            pond.name = leaf.name + "/pond";
            pond.priority = kPriorityPond;
            leaf.features.push_back(std::move(pond));
        }
    }
    addPlantingBelts(leaf);
    const double cellArea = static_cast<double>(leaf.cell.r.w()) * static_cast<double>(leaf.cell.r.h()) / 1e4;
    const int trees = static_cast<int>(m_style.treeDensity * (1.5 + cellArea / 800.0) + r.uniform());
    for (int k = 0; k < trees; ++k)
        placeBlob(leaf, 250, 700, kTreeGroup, nextName(leaf, "tree-group"));
    if (r.chance(0.3))
        placeRect(leaf, pick(r, 150, 300), pick(r, 400, 800), kBed, nextName(leaf, "bed"), kPriorityPlant);
}

void EstateBuilder::buildParking(Leaf &leaf)
{
    Random &r = m_rng;
    const Frame f{leaf.cell.r, kBottom};
    const i64 length = f.length();
    const i64 depth = f.depth();
    const bool twoRows = depth >= 1650 + 250;
    const i64 lotDepth = twoRows ? 1650 : 1100;
    const i64 bay = 250;
    const int perGroup = static_cast<int>(r.range(5, 8));
    const i64 target = std::clamp<i64>(static_cast<i64>(static_cast<double>(length) * r.uniform(0.45, 0.8)), 2000,
                                       length - 1000);
    // Bays in groups, with planting islands between the groups.
    std::vector<i64> islands; // u of each island's start
    i64 lotLength = 0;
    while (true) {
        lotLength += perGroup * bay;
        if (lotLength + bay + perGroup * bay > target)
            break;
        islands.push_back(lotLength);
        lotLength += bay;
    }
    const i64 slack = length - lotLength;
    const i64 lu0 = std::max<i64>(500, slack / 2 + 50 * r.range(-slack / 400, slack / 400)) / 50 * 50;
    const i64 lu1 = lu0 + lotLength;
    if (lu1 > length - 500)
        return;
    addRect(leaf, f.map(lu0, 0, lu1, lotDepth), kPaved, leaf.name + "/lot", kPriorityLot);
    const char *islandCare = r.chance(0.3) ? kTreeGroup : m_style.shrubCare;
    for (i64 u : islands) {
        addRect(leaf, f.map(lu0 + u, lotDepth - 500, lu0 + u + bay, lotDepth), islandCare, nextName(leaf, "island"),
                kPriorityIsland);
        if (twoRows)
            addRect(leaf, f.map(lu0 + u, 0, lu0 + u + bay, 500), islandCare, nextName(leaf, "island"), kPriorityIsland);
    }
    // Shrubs between the lot and the homes; a path through them when no path runs above.
    const i64 sv = std::min<i64>(lotDepth + 200, depth);
    addRect(leaf, f.map(lu0, lotDepth, lu1, sv), kShrubbery, nextName(leaf, "shrubs"), kPriorityPlant);
    if (leaf.cell.edges[kTop] != EdgeKind::Path) {
        const i64 mid = (lu0 + lu1) / 2 / 10 * 10;
        addRect(leaf, f.map(mid - 100, lotDepth, mid + 100, depth), kPaved, nextName(leaf, "path"), kPriorityPath);
    }
    const int trees = static_cast<int>(r.range(0, 3));
    for (int k = 0; k < trees; ++k)
        placeBlob(leaf, 200, 400, kTreeGroup, nextName(leaf, "tree-group"));
}

void EstateBuilder::addHedges()
{
    Random &r = m_rng;
    const i64 hw = m_style.hedgeWidth;
    GeosGeometryPtr hedges;
    const std::size_t n = m_outline.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (!r.chance(0.55))
            continue;
        const IPoint a = m_outline[i];
        const IPoint b = m_outline[(i + 1) % n];
        const i64 len = std::abs(b.x - a.x) + std::abs(b.y - a.y);
        i64 s0 = 0, s1 = len;
        if (r.chance(0.4)) {
            const i64 part = pick(r, len * 2 / 5 / 50 * 50, len / 50 * 50);
            s0 = pick(r, 0, (len - part) / 50 * 50);
            s1 = s0 + part;
        }
        // The outline is counter-clockwise: the inside is to the left of a -> b.
        IRect strip;
        if (a.y == b.y && b.x > a.x)
            strip = {a.x + s0, a.y, a.x + s1, a.y + hw};
        else if (a.y == b.y)
            strip = {a.x - s1, a.y - hw, a.x - s0, a.y};
        else if (b.y > a.y)
            strip = {a.x - hw, a.y + s0, a.x, a.y + s1};
        else
            strip = {a.x, a.y - s1, a.x + hw, a.y - s0};
        auto g = m_geos.rect(strip);
        hedges = hedges ? m_geos.unite(hedges.get(), g.get()) : std::move(g);
    }
    if (!hedges)
        return;
    // Gaps where paths and the parking lot meet the boundary.
    for (const IRect &p : m_cutPaths) {
        auto g = m_geos.rect(p);
        hedges = m_geos.difference(hedges.get(), g.get());
    }
    for (const Leaf &leaf : m_leaves) {
        for (const Feature &f : leaf.features) {
            if (f.priority == kPriorityPath || f.priority == kPriorityLot || f.priority == kPriorityIsland)
                hedges = m_geos.difference(hedges.get(), f.geom.get());
        }
    }
    int count = 0;
    for (Leaf &leaf : m_leaves) {
        auto cell = m_geos.rect(leaf.cell.r);
        auto part = m_geos.intersection(hedges.get(), cell.get());
        if (m_geos.isEmpty(part.get()))
            continue;
        Feature f;
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        GEOSGeom_getXMin_r(m_geos.ctx, part.get(), &x0);
        GEOSGeom_getYMin_r(m_geos.ctx, part.get(), &y0);
        GEOSGeom_getXMax_r(m_geos.ctx, part.get(), &x1);
        GEOSGeom_getYMax_r(m_geos.ctx, part.get(), &y1);
        f.geom = std::move(part);
        f.box = {std::llround(x0), std::llround(y0), std::llround(x1), std::llround(y1)};
        f.care = kHedge;
        f.name = "hedge-" + std::to_string(++count);
        f.priority = kPriorityHedge;
        leaf.features.push_back(std::move(f));
    }
}

void EstateBuilder::addCutPathPieces()
{
    // A path strip is split where another one ends on its side (at that one's far edge), as
    // path polygons are in real maps.
    int count = 0;
    for (const IRect &strip : m_cutPaths) {
        const bool horizontal = strip.w() >= strip.h();
        std::vector<i64> cuts;
        for (const IRect &other : m_cutPaths) {
            if (horizontal && (other.y0 == strip.y1 || other.y1 == strip.y0) && other.x0 > strip.x0 &&
                other.x1 < strip.x1)
                cuts.push_back(other.x1);
            if (!horizontal && (other.x0 == strip.x1 || other.x1 == strip.x0) && other.y0 > strip.y0 &&
                other.y1 < strip.y1)
                cuts.push_back(other.y1);
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        i64 from = horizontal ? strip.x0 : strip.y0;
        cuts.push_back(horizontal ? strip.x1 : strip.y1);
        for (i64 to : cuts) {
            const IRect part = horizontal ? IRect{from, strip.y0, to, strip.y1} : IRect{strip.x0, from, strip.x1, to};
            from = to;
            IPolygon p;
            p.rings.push_back({{part.x0, part.y0}, {part.x1, part.y0}, {part.x1, part.y1}, {part.x0, part.y1}});
            m_pieces.push_back({std::move(p), kPaved, "path-" + std::to_string(++count)});
        }
    }
}

void EstateBuilder::paint(Leaf &leaf)
{
    std::stable_sort(leaf.features.begin(), leaf.features.end(),
                     [](const Feature &a, const Feature &b) { return a.priority < b.priority; });
    auto cell = m_geos.rect(leaf.cell.r);
    // Each feature keeps what the earlier features left: only the earlier ones whose boxes meet
    // its box are subtracted (most features stand alone).
    struct Painted
    {
        GeosGeometryPtr shape;
        IRect box;
    };
    std::vector<Painted> painted;
    painted.reserve(leaf.features.size());
    for (Feature &f : leaf.features) {
        GeosGeometryPtr shape = leaf.cell.r.contains(f.box) ? std::move(f.geom) : m_geos.intersection(f.geom.get(), cell.get());
        if (m_geos.isEmpty(shape.get()))
            continue;
        GeosGeometryPtr visible;
        for (const Painted &p : painted) {
            if (!p.box.overlaps(f.box))
                continue;
            visible = m_geos.difference(visible ? visible.get() : shape.get(), p.shape.get());
        }
        std::vector<IPolygon> parts;
        m_geos.explode(visible ? visible.get() : shape.get(), parts);
        painted.push_back({std::move(shape), f.box});
        if (!f.care) {
            for (IPolygon &p : parts)
                m_buildings.push_back(std::move(p));
            continue;
        }
        for (IPolygon &p : parts)
            normalisePolygon(p);
        std::sort(parts.begin(), parts.end(),
                  [](const IPolygon &a, const IPolygon &b) { return a.rings.front().front() < b.rings.front().front(); });
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const std::string name = parts.size() == 1 ? f.name : f.name + "." + std::to_string(i + 1);
            m_pieces.push_back({std::move(parts[i]), f.care, name});
        }
    }
    // The rest of the cell is lawn.
    std::vector<GEOSGeometry *> shapes;
    for (Painted &p : painted)
        shapes.push_back(p.shape.release());
    GeosGeometryPtr lawn;
    if (shapes.empty()) {
        lawn = m_geos.clone(cell.get());
    } else {
        GeosGeometryPtr all(GEOSGeom_createCollection_r(m_geos.ctx, GEOS_GEOMETRYCOLLECTION, shapes.data(),
                                                        static_cast<unsigned>(shapes.size())));
        GeosGeometryPtr taken(GEOSUnaryUnion_r(m_geos.ctx, all.get()));
        lawn = m_geos.difference(cell.get(), taken.get());
    }
    std::vector<IPolygon> parts;
    m_geos.explode(lawn.get(), parts);
    for (IPolygon &p : parts)
        normalisePolygon(p);
    std::sort(parts.begin(), parts.end(),
              [](const IPolygon &a, const IPolygon &b) { return a.rings.front().front() < b.rings.front().front(); });
    for (std::size_t i = 0; i < parts.size(); ++i)
        m_pieces.push_back({std::move(parts[i]), kLawn, leaf.name + "/lawn-" + std::to_string(i + 1)});
}

Estate EstateBuilder::finish()
{
    IPolygon outline;
    outline.rings.push_back(m_outline);

    Noder noder;
    for (const Piece &p : m_pieces)
        noder.addVertices(p.polygon);
    for (const IPolygon &b : m_buildings)
        noder.addVertices(b);
    noder.addVertices(outline);
    noder.prepare();

    // A rational rotation: cos and sin from t = tan(angle / 2) with exact IEEE operations.
    const double t = static_cast<double>(m_rng.range(-1000, 1000)) / 1000.0;
    const double cosA = (1.0 - t * t) / (1.0 + t * t);
    const double sinA = (2.0 * t) / (1.0 + t * t);
    const i64 cx = m_width / 2;
    const i64 cy = m_height / 2;
    auto toWorld = [&](const IPolygon &p) {
        Polygon out;
        for (const auto &ring : p.rings) {
            Ring w;
            w.reserve(ring.size() + 1);
            for (const IPoint &pt : ring) {
                const double dx = static_cast<double>(pt.x - cx) / 100.0;
                const double dy = static_cast<double>(pt.y - cy) / 100.0;
                const double x = m_options.originX + (cosA * dx - sinA * dy);
                const double y = m_options.originY + (sinA * dx + cosA * dy);
                w.push_back({std::round(x * 1000.0) / 1000.0, std::round(y * 1000.0) / 1000.0});
            }
            w.push_back(w.front());
            out.rings.push_back(std::move(w));
        }
        return out;
    };

    Estate estate;
    estate.rotationDegrees = 2.0 * std::atan(t) * 180.0 / 3.141592653589793;
    estate.areas.reserve(m_pieces.size());
    for (Piece &p : m_pieces) {
        noder.node(p.polygon);
        normalisePolygon(p.polygon);
        EstateArea a;
        a.careType = p.care;
        a.name = std::move(p.name);
        a.polygon = toWorld(p.polygon);
        a.areaM2 = polygonArea(a.polygon);
        estate.outdoorAreaM2 += a.areaM2;
        estate.areas.push_back(std::move(a));
    }
    for (IPolygon &b : m_buildings) {
        noder.node(b);
        normalisePolygon(b);
        estate.buildings.push_back(toWorld(b));
        estate.buildingAreaM2 += polygonArea(estate.buildings.back());
    }
    noder.node(outline);
    normalisePolygon(outline);
    estate.outline = toWorld(outline);
    estate.outlineAreaM2 = polygonArea(estate.outline);
    const std::vector<double> storeyWeights{0.25, 0.5, 0.2, 0.05};
    estate.storeys = 2 + static_cast<int>(m_rng.weighted(storeyWeights));
    estate.homes = std::max(1, static_cast<int>(estate.buildingAreaM2 * estate.storeys / 90.0 + 0.5));
    return estate;
}

} // namespace

double polygonArea(const Polygon &polygon)
{
    double area = 0;
    for (std::size_t i = 0; i < polygon.rings.size(); ++i) {
        const double a = std::abs(ringArea(polygon.rings[i]));
        area += i == 0 ? a : -a;
    }
    return area;
}

Estate generateEstate(const EstateOptions &options)
{
    EstateBuilder builder(options);
    return builder.build();
}

} // namespace engdrift::gen
