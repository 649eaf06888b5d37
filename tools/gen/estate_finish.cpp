// EstateBuilder: hedges along the boundary, the paths cut through the cells, painting each leaf
// (features in priority order, the rest lawn) and the finished estate in EPSG:25832.

#include "estate_builder_p.h"

namespace engdrift::gen::detail {

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

} // namespace engdrift::gen::detail
