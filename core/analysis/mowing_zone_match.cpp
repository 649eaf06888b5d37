#include "analysis/mowing_zone_match.h"

#include "geometry/geos_context.h"
#include "store/project_store.h"

#include <QHash>

#include <algorithm>

namespace engdrift::mowing_detail {

Result<QList<int>> matchStoredZones(const QList<MowingZone> &derived, const std::vector<StoredZone> &stored)
{
    struct Pair
    {
        double overlap;
        int storedNumber;
        qsizetype derived;
        size_t stored;
    };
    std::vector<Pair> pairs;
    for (qsizetype d = 0; d < derived.size(); ++d) {
        const MowingZone &zone = derived[d];
        Geometry shape;
        for (size_t s = 0; s < stored.size(); ++s) {
            const StoredZone &old = stored[s];
            if (old.version.careType != zone.careType || old.geometry.isNull() || !rectsMeet(zone.bounds, old.geometry.envelope()))
                continue;
            if (shape.isNull()) {
                auto parsed = Geometry::fromWkb(zone.wkb);
                if (!parsed.ok())
                    return parsed.error();
                shape = std::move(parsed).value();
            }
            if (!shape.intersects(old.geometry))
                continue;
            auto common = shape.intersection(old.geometry);
            if (!common.ok())
                return common.error();
            const double overlap = common->area();
            const double smaller = std::min(zone.areaM2, old.geometry.area());
            if (smaller > 0 && overlap >= kZoneMatchShare * smaller)
                pairs.push_back(Pair{overlap, old.version.number, d, s});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
        if (a.overlap != b.overlap)
            return a.overlap > b.overlap;
        if (a.storedNumber != b.storedNumber)
            return a.storedNumber < b.storedNumber;
        return a.derived < b.derived;
    });
    QList<int> match(derived.size(), -1);
    std::vector<bool> taken(stored.size(), false);
    for (const Pair &p : pairs) {
        if (match[p.derived] >= 0 || taken[p.stored])
            continue;
        match[p.derived] = static_cast<int>(p.stored);
        taken[p.stored] = true;
    }
    return match;
}

Result<std::vector<StoredZone>> storedZonesAt(const ProjectStore &store, const DepartmentKey &department,
                                                       const QDate &date)
{
    std::vector<StoredZone> stored;
    VersionQuery query;
    query.at = date;
    query.department = department;
    auto read = store.zoneLayer().forEach(query, true, [&stored](const ZoneVersion &v, const Geometry *g) {
        stored.push_back(StoredZone{v, g ? g->clone() : Geometry()});
        return true;
    });
    if (!read.ok())
        return read.error();
    return stored;
}

Result<void> applyStoredZones(QList<MowingZone> &zones, const std::vector<StoredZone> &stored, int season,
                              const Catalogue &catalogue, const QString &language)
{
    auto match = matchStoredZones(zones, stored);
    if (!match.ok())
        return match.error();
    int next = 0;
    for (const StoredZone &s : stored)
        next = std::max(next, s.version.number);
    for (qsizetype i = 0; i < zones.size(); ++i) {
        MowingZone &zone = zones[i];
        const int m = match->at(i);
        const auto index = static_cast<size_t>(m);
        if (m < 0) {
            zone.number = ++next;
            continue;
        }
        const ZoneVersion &v = stored[index].version;
        zone.zoneId = v.zoneId;
        zone.number = v.number;
        zone.named = !v.name.isEmpty();
        zone.name = v.name;
        zone.overrides = v.overrides;
        if (auto own = v.overrides.constFind(season); own != v.overrides.cend()) {
            zone.regime = own->appliedTo(zone.regime);
            zone.overridden = true;
        }
    }
    std::stable_sort(zones.begin(), zones.end(), [](const MowingZone &a, const MowingZone &b) { return a.number < b.number; });
    QHash<QString, int> perRegime;
    for (MowingZone &zone : zones) {
        const int place = ++perRegime[zone.careType];
        const CareType *type = careOrPathType(catalogue, zone.careType);
        const QString name = type ? type->name.text(language) : QString();
        zone.regimeName = name.isEmpty() ? zone.careType : name;
        if (!zone.named)
            zone.name = QStringLiteral("%1 %2").arg(zone.regimeName).arg(place);
    }
    return {};
}

} // namespace engdrift::mowing_detail
