#pragma once
// Tagging: give areas a new care type from a date, keeping their history.
//
// For each area, the version valid at the date is closed on that date and a new version with the
// new care type opens on it (and ends where the old one ended, so later versions stay as they
// are). When that version begins on the very date, the new one replaces it: a second change on
// one date replaces the first, and no version is ever of zero length. The new version's habitat
// condition is unset (the new care type's default): the condition recorded belonged to the old
// habitat (edit/condition.h). All areas change in one transaction: if one of them cannot, none does. Called inside an
// open transaction of the store, it works in that one and leaves the commit to the caller.

#include "model/area_version.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace engdrift {

class ProjectStore;

struct TagRequest
{
    QList<qint64> areaIds;
    QString careType;
    QDate from;
    QString note; ///< optional note on the new versions
};

struct TagResult
{
    int changed = 0;
    int unchanged = 0; ///< already had the care type at that date
};

/// `read`: the versions the caller read and showed (by area id), when it read them earlier: an area
/// whose version at the date is no longer that row, ending where it did, was changed by someone
/// else since, and nothing is tagged (an ErrorKind::Conflict that names the area, what changed, who
/// changed it and when; edit/edit_conflicts.h). Areas not in it are tagged as they are now.
Result<TagResult> tagAreas(ProjectStore &store, const TagRequest &request, const QHash<qint64, AreaVersion> &read = {});

/// One change made to areas from a date, the walk tagAreas() and setAreaCondition() share: each
/// area's version valid at `from` is superseded by a copy that `change` changes, unless `already`
/// says it is as asked; a conflict with `read` (see tagAreas) is phrased with what `mine` marks and
/// returned as `nothingWritten` (a sentence with %1 for the conflict).
struct AreaConflict;
struct AreaChangeFrom
{
    QList<qint64> areaIds;
    QDate from;
    std::function<bool(const AreaVersion &)> already;
    std::function<void(AreaVersion &)> change;
    std::function<void(AreaConflict &, const AreaVersion &was)> mine;
    QString nothingWritten;
};
struct AreaChangeCount
{
    int changed = 0;
    int unchanged = 0;
};
Result<AreaChangeCount> changeAreasFrom(ProjectStore &store, const AreaChangeFrom &request,
                                        const QHash<qint64, AreaVersion> &read);

class Geometry;

/// A dated change of one area written straight to the store: `old` (the version valid at
/// next.validFrom, as read in this transaction) ends on that date and `next` (with `geometry`)
/// takes over until old's end, so later versions stay (AreaLayer::supersede; when `old` begins
/// on that very date, `next` replaces it). Inside the caller's transaction; sets next.fid.
/// A conflict (old changed since it was read) is described: the area, what changed, who and when.
Result<void> supersedeAreaVersion(ProjectStore &store, const AreaVersion &old, AreaVersion &next, Geometry geometry);

} // namespace engdrift
