// EstateBuilder: the style, the outline, the cells and the helpers that place features.

#include "estate_builder_p.h"

namespace engdrift::gen::detail {

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

} // namespace engdrift::gen::detail
