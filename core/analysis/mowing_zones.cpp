#include "analysis/mowing_zones.h"

#include "analysis/mowing_zone_match.h"

#include "geometry/geos_context.h"
#include "util/translations.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace engdrift {
namespace {

struct ZoneText
{
    Q_DECLARE_TR_FUNCTIONS(MowingZones)
};

/// A piece of grass on its way into a zone: an area without the path bands, or a band's piece.
struct Item
{
    int key = 0;     ///< the regime's place in the order of zones
    QString code;    ///< care type or path kind
    Geometry geometry;
    qint64 areaId = 0;
};

int find(std::vector<int> &parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

/// Groups the items that are neighbours (of one regime), through an STRtree of their envelopes
/// and a prepared geometry of each.
std::vector<int> neighbourGroups(const std::vector<Item> &items)
{
    auto ctx = geos::context();
    std::vector<int> parent(items.size());
    std::iota(parent.begin(), parent.end(), 0);
    GEOSSTRtree *tree = GEOSSTRtree_create_r(ctx, 10);
    for (size_t i = 0; i < items.size(); ++i)
        GEOSSTRtree_insert_r(ctx, tree, items[i].geometry.get(), reinterpret_cast<void *>(static_cast<std::intptr_t>(i)));
    struct Query
    {
        std::vector<int> found;
    } query;
    auto collect = [](void *item, void *data) {
        static_cast<Query *>(data)->found.push_back(static_cast<int>(reinterpret_cast<std::intptr_t>(item)));
    };
    for (size_t i = 0; i < items.size(); ++i) {
        const QRectF box = items[i].geometry.envelope().adjusted(-kAdjacencyToleranceM, -kAdjacencyToleranceM,
                                                                   kAdjacencyToleranceM, kAdjacencyToleranceM);
        const Geometry searched = Geometry::rectangle(box);
        query.found.clear();
        GEOSSTRtree_query_r(ctx, tree, searched.get(), collect, &query);
        const GEOSPreparedGeometry *prepared = nullptr;
        for (int j : query.found) {
            if (j <= static_cast<int>(i) || items[j].key != items[i].key || find(parent, j) == find(parent, int(i)))
                continue;
            if (!prepared)
                prepared = GEOSPrepare_r(ctx, items[i].geometry.get());
            if (GEOSPreparedDistanceWithin_r(ctx, prepared, items[j].geometry.get(), kAdjacencyToleranceM) == 1)
                parent[find(parent, j)] = find(parent, int(i));
        }
        if (prepared)
            GEOSPreparedGeom_destroy_r(ctx, prepared);
    }
    GEOSSTRtree_destroy_r(ctx, tree);
    std::vector<int> groups(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        groups[i] = find(parent, int(i));
    return groups;
}

} // namespace

const CareType *careOrPathType(const Catalogue &catalogue, const QString &code)
{
    const CareType *type = catalogue.find(code);
    return type ? type : catalogue.pathCare(code);
}

namespace mowing_detail {

QString pathKindCodeOf(int index)
{
    return pathKindCode(index == 0 ? PathKind::MownPath : PathKind::SafetyEdge);
}

Result<PathBands> pathBands(const QList<PathShape> &paths)
{
    PathBands bands;
    std::vector<Geometry> parts[2];
    for (const PathShape &shape : paths) {
        auto line = Geometry::fromWkb(shape.wkb);
        if (!line.ok())
            return line.error();
        auto band = line->band(shape.version.widthM);
        if (!band.ok())
            return band.error();
        const int k = shape.version.kind == PathKind::MownPath ? 0 : 1;
        bands.bounds = bands.bounds.isNull() ? band->envelope() : bands.bounds.united(band->envelope());
        bands.ids[k] << shape.version.pathId;
        bands.lines[k] << shape.wkb;
        parts[k].push_back(std::move(band).value());
    }
    for (int k = 0; k < 2; ++k) {
        std::vector<const Geometry *> pointers;
        for (const Geometry &g : parts[k])
            pointers.push_back(&g);
        auto merged = Geometry::dissolve(pointers);
        if (!merged.ok())
            return merged.error();
        bands.band[k] = std::move(merged).value();
    }
    if (!bands.band[0].isEmpty() && !bands.band[1].isEmpty()) {
        auto edges = bands.band[1].difference(bands.band[0]);
        if (!edges.ok())
            return edges.error();
        bands.band[1] = edges->polygonalPart();
    }
    return bands;
}

Result<ClippedArea> clipArea(const Geometry &area, const PathBands &bands)
{
    ClippedArea clipped;
    clipped.rest = area.clone();
    if (bands.isEmpty() || !rectsMeet(area.envelope(), bands.bounds))
        return clipped;
    for (int k = 0; k < 2; ++k) {
        if (bands.band[k].isEmpty() || !area.intersects(bands.band[k]))
            continue;
        auto piece = area.intersection(bands.band[k]);
        if (!piece.ok())
            return piece.error();
        clipped.pieces[k] = piece->polygonalPart();
        auto rest = clipped.rest.difference(bands.band[k]);
        if (!rest.ok())
            return rest.error();
        clipped.rest = rest->polygonalPart();
    }
    return clipped;
}

} // namespace mowing_detail

double MowingZones::mownM2() const
{
    double sum = 0;
    for (const MowingZone &zone : zones)
        sum += zone.areaM2;
    return sum;
}

Result<MowingZones> mowingZones(const MapSnapshot &snapshot, const DepartmentKey &department, const QString &language,
                                int season)
{
    using namespace mowing_detail;
    const QString lang = language.isEmpty() ? currentLanguage() : language;
    const Catalogue &catalogue = snapshot.store().catalogue();
    MowingZones result;
    result.department = department;
    result.date = snapshot.date();
    result.season = season > 0 ? season : snapshot.date().year();
    result.proposalId = snapshot.content().proposalId;

    auto paths = snapshot.paths(MapFilter{std::nullopt, department});
    if (!paths.ok())
        return paths.error();
    auto bands = pathBands(*paths);
    if (!bands.ok())
        return bands.error();

    // The order of the regimes: the catalogue's care types, then the two kinds of path.
    QHash<QString, int> order;
    for (const CareType &type : catalogue.careTypes())
        order.insert(type.code, static_cast<int>(order.size()));
    for (int k = 0; k < 2; ++k)
        order.insert(pathKindCodeOf(k), static_cast<int>(order.size()));

    std::vector<Item> items;
    std::optional<Error> failure;
    auto read = snapshot.forEachArea(MapFilter{std::nullopt, department}, [&](const AreaVersion &v, const Geometry &g, bool) {
        const CareType *type = catalogue.find(v.careType);
        if (!type || !type->mowing) {
            result.careM2[v.careType] += g.area();
            return true;
        }
        auto clipped = clipArea(g, *bands);
        if (!clipped.ok()) {
            failure = rephrased(clipped.error(), ZoneText::tr("Area %1: %2").arg(v.areaId).arg(clipped.errorMessage()));
            return false;
        }
        result.careM2[v.careType] += clipped->rest.area();
        if (type->mowing->cutsPerYear > 0 && !clipped->rest.isEmpty())
            items.push_back(Item{order.value(v.careType), v.careType, std::move(clipped->rest), v.areaId});
        for (int k = 0; k < 2; ++k) {
            if (clipped->pieces[k].isNull() || clipped->pieces[k].isEmpty())
                continue;
            const QString code = pathKindCodeOf(k);
            result.careM2[code] += clipped->pieces[k].area();
            items.push_back(Item{order.value(code), code, std::move(clipped->pieces[k]), v.areaId});
        }
        return true;
    });
    if (failure)
        return *failure;
    if (!read.ok())
        return read.error();

    const std::vector<int> groups = neighbourGroups(items);
    QMap<int, QList<int>> members; // group root → items, in the order read
    for (size_t i = 0; i < items.size(); ++i)
        members[groups[i]] << static_cast<int>(i);
    for (const QList<int> &group : members) {
        const Item &first = items[group.first()];
        std::vector<const Geometry *> parts;
        MowingZone zone;
        for (int i : group) {
            parts.push_back(&items[i].geometry);
            if (!zone.areaIds.contains(items[i].areaId))
                zone.areaIds << items[i].areaId;
        }
        auto merged = Geometry::dissolve(parts);
        if (!merged.ok())
            return merged.error();
        const CareType *type = careOrPathType(catalogue, first.code);
        zone.careType = first.code;
        zone.isPath = first.key >= static_cast<int>(catalogue.careTypes().size());
        zone.regime = type && type->mowing ? *type->mowing : MowingRegime();
        zone.areaM2 = merged->area();
        zone.bounds = merged->envelope();
        zone.wkb = merged->toWkb();
        std::sort(zone.areaIds.begin(), zone.areaIds.end());
        if (zone.isPath) {
            const int k = first.code == pathKindCodeOf(0) ? 0 : 1;
            for (qsizetype p = 0; p < bands->ids[k].size(); ++p) {
                auto line = Geometry::fromWkb(bands->lines[k][p]);
                if (line.ok() && line->intersects(*merged))
                    zone.pathIds << bands->ids[k][p];
            }
        }
        result.zones << zone;
    }

    // Numbered by regime, then west to east, north first at a tie.
    std::sort(result.zones.begin(), result.zones.end(), [&order](const MowingZone &a, const MowingZone &b) {
        const int ka = order.value(a.careType), kb = order.value(b.careType);
        if (ka != kb)
            return ka < kb;
        if (a.bounds.left() != b.bounds.left())
            return a.bounds.left() < b.bounds.left();
        if (a.bounds.bottom() != b.bounds.bottom())
            return a.bounds.bottom() > b.bounds.bottom();
        return a.areaM2 > b.areaM2;
    });
    auto stored = storedZonesAt(snapshot.store(), department, snapshot.date());
    if (!stored.ok())
        return stored.error();
    if (auto applied = applyStoredZones(result.zones, *stored, result.season, catalogue, lang); !applied.ok())
        return applied.error();
    return result;
}

} // namespace engdrift
