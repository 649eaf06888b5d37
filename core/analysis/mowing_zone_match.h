#pragma once
// Matching the zones derived from the map at a date to the zones stored for the department
// (model/zone_version.h), so that a zone keeps its number, name and season overrides while the
// map changes under it (areas reshaped, split, merged, retagged).
//
// The rule: a derived zone and a stored zone valid at the date are a pair when they have the same
// regime code (care type or path kind) and their overlap is at least kZoneMatchShare (half) of the
// smaller of the two (planar m², GEOS). Pairs are taken largest overlap first (then the lower stored
// number, then the derived zone's order), each stored zone to at most one derived zone and each
// derived zone to at most one stored zone. So a zone split in two keeps its number in the larger
// half if that half is at least half of the old zone (the other half is new); two zones merged
// keep the number of the one that overlaps the merged zone most; a zone shrunk to a sliver of its
// old self, or retagged to another regime, is a new zone.
//
// A derived zone without a pair gets a number after the largest stored number of the department
// at the date (in the derived order: by regime, then west to east), so numbers never repeat in a
// department. A stored zone without a pair is not on the map at that date.

#include "analysis/mowing_zones.h"
#include "model/zone_version.h"

#include <QList>

#include <vector>

namespace engdrift {

/// The smallest overlap, as a share of the smaller zone, for a derived and a stored zone to match.
inline constexpr double kZoneMatchShare = 0.5;

namespace mowing_detail {

/// A stored zone at a date, with its shape.
struct StoredZone
{
    ZoneVersion version;
    Geometry geometry;
};

/// The department's stored zones valid at `date` (current, not planned), with their shapes.
Result<std::vector<StoredZone>> storedZonesAt(const ProjectStore &store, const DepartmentKey &department, const QDate &date);

/// For each derived zone, the index in `stored` of the zone it takes over, or -1.
Result<QList<int>> matchStoredZones(const QList<MowingZone> &derived, const std::vector<StoredZone> &stored);

/// Gives the derived zones their numbers (and, when matched, the stored zone's id, name and
/// overrides), applies each zone's override for `season` to its regime, names the unnamed ones
/// ("Eng 2": the regime and its place among that regime's zones by number) and orders them by number.
Result<void> applyStoredZones(QList<MowingZone> &zones, const std::vector<StoredZone> &stored, int season,
                              const Catalogue &catalogue, const QString &language);

} // namespace mowing_detail

} // namespace engdrift
