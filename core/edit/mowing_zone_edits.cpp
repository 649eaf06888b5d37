#include "edit/mowing_zone_edits.h"

#include "edit/edit_conflicts.h"

#include "analysis/mowing_zone_match.h"
#include "analysis/mowing_zones.h"
#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace engdrift {
namespace {

struct ZoneEditText
{
    Q_DECLARE_TR_FUNCTIONS(MowingZoneEdits)
};

/// The zones as they will be stored, one per zone derived at the date (in the same order).
using ZoneChange = std::function<Result<void>(QList<ZoneVersion> &zones)>;

ZoneVersion *zoneNumbered(QList<ZoneVersion> &zones, int number)
{
    for (ZoneVersion &z : zones) {
        if (z.number == number)
            return &z;
    }
    return nullptr;
}

Error unknownZone(const DepartmentKey &department, const QDate &date, int number)
{
    return makeError(ZoneEditText::tr("Department %1 has no mowing zone %2 on %3.")
                         .arg(department.toString())
                         .arg(number)
                         .arg(isoDate(date)));
}

bool unchanged(const mowing_detail::StoredZone &old, const ZoneVersion &next, const Geometry &shape)
{
    const ZoneVersion &v = old.version;
    return v.number == next.number && v.name == next.name && v.careType == next.careType && v.overrides == next.overrides &&
           !old.geometry.isNull() && old.geometry.equalsExact(shape, 1e-6);
}

/// Derives the zones at `date`, lets `change` change them and writes them over the stored ones
/// (see the header).
Result<void> editZones(ProjectStore &store, const DepartmentKey &department, const QDate &date, const ZoneChange &change)
{
    if (!date.isValid())
        return makeError(ZoneEditText::tr("A change of the mowing zones needs the date it holds from."));
    if (!store.isWritable())
        return makeError(ZoneEditText::tr("The project %1 is open read-only: its mowing zones cannot be changed.").arg(store.path()));
    auto transaction = store.beginUnlessOpen();
    if (!transaction.ok())
        return transaction.error();
    std::optional<ProjectStore::Transaction> &own = *transaction;
    // Read inside the transaction, which holds the write lock: nobody changes them under us.
    auto derived = mowingZones(MapSnapshot(store, {}, date), department, QString(), date.year());
    if (!derived.ok())
        return derived.error();
    if (derived->zones.isEmpty())
        return makeError(ZoneEditText::tr("Department %1 has no mowing zones on %2.").arg(department.toString(), isoDate(date)));
    auto stored = mowing_detail::storedZonesAt(store, department, date);
    if (!stored.ok())
        return stored.error();

    QList<ZoneVersion> zones;
    for (const MowingZone &z : derived->zones) {
        ZoneVersion v;
        v.zoneId = z.zoneId;
        v.department = department;
        v.number = z.number;
        v.name = z.named ? z.name : QString();
        v.careType = z.careType;
        v.overrides = z.overrides;
        zones << v;
    }
    if (auto changed = change(zones); !changed.ok())
        return changed;
    QSet<int> numbers;
    for (const ZoneVersion &z : zones) {
        if (numbers.contains(z.number))
            return makeError(ZoneEditText::tr("Department %1 would have two mowing zones numbered %2.")
                                 .arg(department.toString())
                                 .arg(z.number));
        numbers.insert(z.number);
    }

    QHash<qint64, size_t> storedById;
    for (size_t i = 0; i < stored->size(); ++i)
        storedById.insert((*stored)[i].version.zoneId, i);
    ZoneLayer &layer = store.zoneLayer();
    for (qsizetype i = 0; i < zones.size(); ++i) {
        ZoneVersion &next = zones[i];
        auto shape = Geometry::fromWkb(derived->zones[i].wkb);
        if (!shape.ok())
            return shape.error();
        const auto found = storedById.constFind(next.zoneId);
        if (next.zoneId == 0 || found == storedById.cend()) {
            next.zoneId = 0;
            next.validFrom = date;
            if (auto inserted = layer.insert(next, *shape); !inserted.ok())
                return inserted;
            continue;
        }
        const mowing_detail::StoredZone &old = (*stored)[*found];
        storedById.remove(next.zoneId);
        if (unchanged(old, next, *shape))
            continue;
        next.validFrom = date;
        next.validTo = old.version.validTo;
        std::vector<ZoneLayer::Successor> successors;
        successors.push_back({next, std::move(shape).value()});
        if (auto done = layer.supersede(old.version.fid, date, successors, old.version.validTo); !done.ok())
            return done.error().kind == ErrorKind::Conflict ? describeZoneConflict(store, old.version, done.error()) : done;
    }
    // Stored zones no longer on the map end on the date.
    for (size_t index : std::as_const(storedById)) {
        const ZoneVersion &gone = (*stored)[index].version;
        std::vector<ZoneLayer::Successor> none;
        if (auto done = layer.supersede(gone.fid, date, none, gone.validTo); !done.ok())
            return done.error().kind == ErrorKind::Conflict ? describeZoneConflict(store, gone, done.error()) : done;
    }
    if (own)
        return own->commit();
    return {};
}

const MowingRegime *catalogueRegime(const ProjectStore &store, const QString &code)
{
    const CareType *type = careOrPathType(store.catalogue(), code);
    return type && type->mowing ? &*type->mowing : nullptr;
}

} // namespace

Result<void> storeMowingZones(ProjectStore &store, const DepartmentKey &department, const QDate &date)
{
    return editZones(store, department, date, [](QList<ZoneVersion> &) { return Result<void>(); });
}

Result<void> renameMowingZone(ProjectStore &store, const DepartmentKey &department, const QDate &from, int number,
                              const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.size() > kZoneNameMaxLength)
        return makeError(ZoneEditText::tr("A zone's name is at most %1 characters; \"%2\" has %3.")
                             .arg(kZoneNameMaxLength)
                             .arg(trimmed)
                             .arg(trimmed.size()));
    return editZones(store, department, from, [&](QList<ZoneVersion> &zones) -> Result<void> {
        ZoneVersion *zone = zoneNumbered(zones, number);
        if (!zone)
            return unknownZone(department, from, number);
        zone->name = trimmed;
        return {};
    });
}

Result<void> renumberMowingZone(ProjectStore &store, const DepartmentKey &department, const QDate &from, int number,
                                int newNumber)
{
    if (newNumber < 1)
        return makeError(ZoneEditText::tr("A mowing zone's number is 1 or more, not %1.").arg(newNumber));
    return editZones(store, department, from, [&](QList<ZoneVersion> &zones) -> Result<void> {
        ZoneVersion *zone = zoneNumbered(zones, number);
        if (!zone)
            return unknownZone(department, from, number);
        if (ZoneVersion *holder = zoneNumbered(zones, newNumber); holder && holder != zone)
            holder->number = number;
        zone->number = newNumber;
        return {};
    });
}

Result<void> setMowingZoneOverride(ProjectStore &store, const DepartmentKey &department, const QDate &from, int number,
                                   int season, const RegimeOverride &override)
{
    if (override.isEmpty())
        return makeError(ZoneEditText::tr("The override of zone %1 for %2 changes nothing in its regime.").arg(number).arg(season));
    if (from.isValid() && season < from.year())
        return makeError(ZoneEditText::tr("The season %1 is over before %2: an override is dated within or before its season.")
                             .arg(season)
                             .arg(isoDate(from)));
    return editZones(store, department, from, [&](QList<ZoneVersion> &zones) -> Result<void> {
        ZoneVersion *zone = zoneNumbered(zones, number);
        if (!zone)
            return unknownZone(department, from, number);
        const MowingRegime *base = catalogueRegime(store, zone->careType);
        if (auto ok = checkRegimeOverride(season, override, base ? *base : MowingRegime()); !ok.ok())
            return makeError(ZoneEditText::tr("Zone %1: %2").arg(number).arg(ok.errorMessage()));
        zone->overrides.insert(season, override);
        return {};
    });
}

Result<void> clearMowingZoneOverride(ProjectStore &store, const DepartmentKey &department, const QDate &from, int number,
                                     int season)
{
    return editZones(store, department, from, [&](QList<ZoneVersion> &zones) -> Result<void> {
        ZoneVersion *zone = zoneNumbered(zones, number);
        if (!zone)
            return unknownZone(department, from, number);
        if (!zone->overrides.remove(season))
            return makeError(ZoneEditText::tr("Zone %1 has no override for %2.").arg(number).arg(season));
        return {};
    });
}

} // namespace engdrift
