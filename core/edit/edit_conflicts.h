#pragma once
// Edit conflicts: what another editor changed in an area (or a mown path, or a mowing zone) since
// this editor read it, told so that a person can decide what to keep.
//
// Every write of a current version goes through TemporalLayer::supersede, which refuses (an
// ErrorKind::Conflict) when the row changed since it was read. Then describeAreaConflict()
// compares the version the editor read with what the project holds now: the care type changed
// (X -> Y), the shape changed, the note changed, the area ended, or it was split or merged into
// other areas; who did it and when come from the successor's changed_by/changed_at (schema 6), or,
// when the area ended, from the ended version's closed_by/closed_at (schema 8); "unknown" for rows
// written before. The EditSession (edit/edit_session.h) saves what does not
// conflict and keeps the conflicting areas pending with these descriptions; the desktop offers
// "keep theirs", "keep mine" and, when the two edits touched different things, "merge".

#include "map/map_shapes.h"
#include "model/area_version.h"
#include "model/path_version.h"
#include "model/zone_version.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace engdrift {

class ProjectStore;

/// What one edit changed in an area, relative to the version it was made on.
struct AreaChanges
{
    bool careType = false;
    bool shape = false;
    bool note = false;
    bool condition = false; ///< the habitat condition recorded (edit/condition.h)
    bool ended = false; ///< the area ends (retired, split or merged away)

    bool any() const { return careType || shape || note || condition || ended; }
    /// Two edits can be merged when they changed different things and neither ended the area.
    bool overlaps(const AreaChanges &other) const
    {
        return ended || other.ended || (careType && other.careType) || (shape && other.shape) || (note && other.note) ||
               (condition && other.condition);
    }
};

/// How an editor settles a conflict on one area.
enum class ConflictChoice {
    KeepTheirs, ///< drop my edit of the area: the project's version stays
    KeepMine,   ///< my edit on top of the current version (supersedes it)
    Merge,      ///< their changes and mine together (only when they touched different things)
};

/// One area changed in the project by someone else since this editor read it.
struct AreaConflict
{
    qint64 areaId = 0;
    DepartmentKey department;
    QString departmentName;     ///< empty when the department has none
    QString careType;           ///< the care type the editor read (code)
    QDate date;                 ///< the date the editor's change applies from
    QDate readFrom;             ///< valid_from of the version the editor read

    // what the other edit did
    AreaChanges theirs;
    QString theirCareType;      ///< when theirs.careType
    QDate theirDate;            ///< the date their change applies from (or the area ends)
    QList<qint64> successorIds; ///< areas it was split or merged into (lineage), when it ended
    bool merged = false;        ///< ended into one area made of it and others
    QString changedBy;          ///< who; empty: unknown (written before schema 6)
    QDateTime changedAt;        ///< when (UTC); invalid: unknown

    // what this editor's edit does (filled in by the edit session)
    AreaChanges mine;
    QString myCareType;

    bool canMerge() const { return mine.any() && theirs.any() && !theirs.overlaps(mine); }
    /// Keep mine has something to make: the area still exists on the date of this edit, or it
    /// was split or merged and this edit changes no outline (the edit is made on the new areas).
    bool canKeepMine() const
    {
        return !theirs.ended || (theirDate.isValid() && date < theirDate) || (!successorIds.isEmpty() && !mine.shape);
    }
    /// The whole description in one paragraph, for messages and dialogs.
    QString message;
    /// Only what the other edit changed, e.g. "care type Brugsplæne → Blomstereng from 2026-05-01".
    QString whatChanged;
    /// "anna@laptop on 2026-12-05 14:03 UTC" (or "unknown").
    QString byWhom;
};

/// One mown path (or edge) someone else changed in the project since this editor read it. A path
/// is only ever drawn or ended, so what the other edit did is end it (on a date, maybe other than
/// this editor's), or replace or retract the version read (`gone`).
struct PathConflict
{
    qint64 pathId = 0;
    DepartmentKey department;
    QString departmentName; ///< empty when the department has none
    PathKind kind = PathKind::MownPath;
    QDate readFrom;         ///< valid_from of the version the editor read
    QDate myEnd;            ///< the date this editor's edit ends the path from
    QDate theirEnd;         ///< the date the path ends in the project now; invalid: open
    bool gone = false;      ///< the version read is no longer in the project
    QString changedBy;      ///< who; empty: unknown (rows closed before schema 8)
    QDateTime changedAt;    ///< when (UTC); invalid: unknown

    /// Keep mine has something left to do: the path still runs on the date this edit ends it.
    bool mineApplies() const { return !gone && myEnd.isValid() && (!theirEnd.isValid() || myEnd < theirEnd); }
    /// The whole description in one paragraph, for messages and dialogs.
    QString message;
    /// Only what the other edit did, e.g. "path ended on 2026-05-01".
    QString whatChanged;
    /// "anna@laptop on 2026-12-05 14:03 UTC" (or "unknown").
    QString byWhom;
};

/// The version an editor read of a path, the valid_to it had when read (invalid: open) and the
/// date this editor's edit ends it from.
Result<PathConflict> describePathConflict(const ProjectStore &store, const PathVersion &read, const QDate &readValidTo,
                                          const QDate &myEnd);

/// One sentence for a list of path conflicts: "1 path was not saved because ...".
QString pathConflictSummary(const QList<PathConflict> &conflicts);

/// The version an editor read of an area, with its shape, and the date the editor changes it from.
/// `readValidTo` is the valid_to it had when read (invalid: open).
Result<AreaConflict> describeAreaConflict(const ProjectStore &store, const AreaShape &read, const QDate &readValidTo,
                                          const QDate &date);

/// The words of a conflict for people: fills message, whatChanged and byWhom from the fields.
void phraseAreaConflict(const ProjectStore &store, AreaConflict &conflict);

/// One sentence for a list of conflicts: "2 areas were changed by someone else: ...".
QString conflictSummary(const QList<AreaConflict> &conflicts);

/// A mowing zone changed in the project since it was read: which zone, what now, by whom and when,
/// as one sentence (a Conflict error).
Error describeZoneConflict(const ProjectStore &store, const ZoneVersion &read, const Error &conflict);

/// "anna@laptop on 2026-12-05 14:03 UTC", "someone (unknown) at an unknown time" for old rows.
QString editorAndTime(const QString &changedBy, const QDateTime &changedAt);

} // namespace engdrift
