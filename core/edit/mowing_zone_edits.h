#pragma once
// The operator's changes to a department's mowing zones: rename, renumber, and override a zone's
// regime for one season (or clear that override). Each is one dated step (from `from` on) in one
// transaction, through TemporalLayer::supersede: history is never overwritten, so the map at an
// earlier date shows the earlier number and name.
//
// Every edit first brings the stored zones in line with the zones derived from the map at its
// date (analysis/mowing_zones.h, which matches them by the rule of analysis/mowing_zone_match.h):
// a derived zone without a stored one is stored (the first edit in a department stores all its
// zones, so their numbers are fixed from then on), a stored zone whose shape changed gets a new
// version with the new shape (so it still matches as the map drifts), and a stored zone that is
// no longer on the map ends on the date. Then the change is made, numbers are checked to be
// unique in the department, and it is written.
//
// Zones are named by their number at the date. Renumbering zone A to a number N that zone B holds
// swaps them (B takes A's old number); other zones keep theirs, and a free N is simply taken (gaps
// are allowed). A version that was already followed by a later one keeps its end: the change holds
// from `from` to that later version, as tagging an area inside its history does.
//
// Called inside an open transaction of the store, an edit works in that one and leaves the commit
// to the caller; otherwise it opens and commits its own.

#include "model/zone_version.h"
#include "util/result.h"

#include <QDate>
#include <QString>

namespace engdrift {

class ProjectStore;

/// Stores the department's zones as they are derived at `date` (nothing else changes).
Result<void> storeMowingZones(ProjectStore &store, const DepartmentKey &department, const QDate &date);

/// Names zone `number` from `from` on (at most kZoneNameMaxLength characters; an empty name gives
/// the zone its derived name back).
Result<void> renameMowingZone(ProjectStore &store, const DepartmentKey &department, const QDate &from, int number,
                              const QString &name);

/// Gives zone `number` the number `newNumber` from `from` on (a zone holding it gets `number`).
Result<void> renumberMowingZone(ProjectStore &store, const DepartmentKey &department, const QDate &from, int number,
                                int newNumber);

/// Overrides zone `number`'s regime for `season` (replacing an override it had for that season).
/// The season must not be over before `from` (an override is dated within or before its season).
Result<void> setMowingZoneOverride(ProjectStore &store, const DepartmentKey &department, const QDate &from, int number,
                                   int season, const RegimeOverride &override);

/// Removes zone `number`'s override for `season`.
Result<void> clearMowingZoneOverride(ProjectStore &store, const DepartmentKey &department, const QDate &from, int number,
                                     int season);

} // namespace engdrift
