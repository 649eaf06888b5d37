// EstateBuilder: what fills a leaf cell: an apartment block with its yards, a common green, the
// parking lot.

#include "estate_builder_p.h"

namespace engdrift::gen::detail {

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

} // namespace engdrift::gen::detail
