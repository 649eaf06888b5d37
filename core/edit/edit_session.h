#pragma once
// EditSession: the unsaved edits of a project, held in memory until save() writes them in one
// transaction.
//
// An edit never overwrites history. Each edit changes the *history* of some areas: the versions
// of an area, ordered by date, as they will be stored. The session keeps, for every area it has
// touched, the whole edited history (loaded from the store on first touch). Saving compares it
// with the store: a stored version whose valid_to changed is closed, a new version is inserted.
// New areas get temporary negative ids until they are saved.
//
// Every edit returns an EditStep (the touched areas' histories before and after) that the app's
// undo stack replays with apply(). The edit is already applied when it returns; the undo stack's
// first redo() must skip (a QUndoCommand pushed with the step must not apply it again). An edit
// that fails changes nothing. The session serializes to JSON for crash recovery.
//
// Edits work on the versions with status current; proposed versions are kept as they are.
//
// Threads: an EditSession belongs to the thread of its ProjectStore (the GUI thread). overlay()
// hands an immutable copy of the edits to other threads; what the map shows (the store, these
// edits and a proposal at a date) is a MapSnapshot (map/map_snapshot.h).

#include "edit/edit_conflicts.h"
#include "edit/geometry_edits.h"
#include "map/map_shapes.h"
#include "geometry/geometry.h"
#include "model/area_version.h"
#include "store/project_store.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <functional>
#include <optional>

namespace engdrift {

/// One undoable change: the histories of the touched areas before and after.
/// A missing history (std::nullopt) means "not edited in this session" (before) or "does not exist".
struct EditStep
{
    QString description; ///< for the undo menu, e.g. "Set care type of 3 areas"
    QHash<qint64, std::optional<AreaHistory>> before;
    QHash<qint64, std::optional<AreaHistory>> after;
    QList<qint64> createdAreaIds; ///< new (temporary) ids, e.g. the parts of a split
    QHash<qint64, std::optional<PathHistory>> pathsBefore;
    QHash<qint64, std::optional<PathHistory>> pathsAfter;
};

struct SaveReport
{
    int versionsClosed = 0;
    int versionsInserted = 0;
    QHash<qint64, qint64> newIds; ///< temporary id → stored area_id
    /// Areas someone else changed in the project since they were read here: not saved, their
    /// edits (and the edits tied to them by a split or merge) stay in the session until
    /// resolveConflict() settles them.
    QList<AreaConflict> conflicts;
    /// The areas whose edits stay pending: the conflicting ones and those tied to them.
    QList<qint64> pendingAreaIds;
    /// Paths someone else changed since they were read here: not saved, their edits stay in the
    /// session until resolvePathConflict() settles them.
    QList<PathConflict> pathConflicts;
    QList<qint64> pendingPathIds;
};

class EditSession
{
public:
    explicit EditSession(ProjectStore &store);

    ProjectStore &store() const { return m_store; }

    /// Proposal mode: with a proposal set, retag() and addArea() draft planned versions of that
    /// proposal (status proposed) instead of changing the current map, and areasAt() shows the
    /// map as the proposal plans it. Other edits are refused while a proposal is set.
    void setProposal(const std::optional<qint64> &proposalId) { m_proposal = proposalId; }
    std::optional<qint64> proposal() const { return m_proposal; }
    bool isModified() const { return !m_histories.isEmpty() || !m_paths.isEmpty(); }
    QList<qint64> editedAreaIds() const { return m_histories.keys(); }
    std::shared_ptr<const EditOverlay> overlay() const;

    /// The edited history of an area, or the stored one if it was not edited. A stored version
    /// that an edit replaced on the day it began is not in it (save() retracts it).
    Result<AreaHistory> history(qint64 areaId) const;
    /// Every area valid at `date` (status current), the edits applied: stored versions of edited
    /// areas are replaced by their edited history. Optionally only inside `bounds` / one department.
    Result<QList<AreaShape>> areasAt(const QDate &date, const std::optional<QRectF> &bounds = std::nullopt,
                                     const std::optional<DepartmentKey> &department = std::nullopt) const;

    // --- edits (each validates first; on error nothing changes)
    Result<EditStep> retag(const QList<qint64> &areaIds, const QString &careType, const QDate &from);
    Result<EditStep> setNote(const QList<qint64> &areaIds, const QString &note, const QDate &from);
    /// Records the habitat condition of areas from a date (unset: back to the care type's default);
    /// refused in proposal mode. A retag resets it (edit/condition.h).
    Result<EditStep> setCondition(const QList<qint64> &areaIds, const std::optional<HabitatCondition> &condition,
                                  const QDate &from);
    /// A new area. The geometry is snapped to neighbouring vertices/edges within snapTolerance
    /// (map units); overlaps with areas valid at `from` are refused or clipped away, as asked.
    Result<EditStep> addArea(const Geometry &geometry, const DepartmentKey &department, const QString &careType,
                             const QDate &from, const OverlapRules &rules);
    /// A new geometry for an area from a date (moved, added or deleted vertices).
    Result<EditStep> reshape(qint64 areaId, const Geometry &geometry, const QDate &from, const OverlapRules &rules);
    /// Splits an area along a line: it ends at `from` and two or more new areas (lineage: it)
    /// take its place with its care type.
    Result<EditStep> split(qint64 areaId, const Geometry &line, const QDate &from);
    /// Merges touching or overlapping areas of one department into one new area (lineage: them)
    /// with the care type of the largest, unless one is given.
    Result<EditStep> merge(const QList<qint64> &areaIds, const QDate &from, const QString &careType = {});
    /// The areas end at `from` (their history stays).
    Result<EditStep> remove(const QList<qint64> &areaIds, const QDate &from);

    // --- mown paths and edges
    /// A new path (a line drawn through long grass, `widthM` wide) from `from`; in proposal mode
    /// a planned path of the proposal.
    Result<EditStep> addPath(const Geometry &line, const DepartmentKey &department, PathKind kind, double widthM,
                             const QDate &from);
    /// The paths end on `from` (in proposal mode: the proposal's planned paths are dropped).
    Result<EditStep> endPaths(const QList<qint64> &pathIds, const QDate &from);
    /// The paths valid at `date` with the edits applied (and the proposal's planned ones).
    Result<QList<PathShape>> pathsAt(const QDate &date, const std::optional<QRectF> &bounds = std::nullopt,
                                     const std::optional<DepartmentKey> &department = std::nullopt) const;

    /// Replays a step forward (redo) or backward (undo).
    void apply(const EditStep &step, bool forward);

    /// Writes every edit in one transaction, except the edits of areas someone else changed in the
    /// project since they were read here (SaveReport::conflicts, also conflicts()): those stay in
    /// the session, with the areas tied to them by a split or merge, and everything else is saved.
    /// Paths the same (SaveReport::pathConflicts, also pathConflicts()).
    /// Clear the undo stack after a save: its steps describe versions that are saved now. On a
    /// failure the project and the session are as they were. A stored version may only end earlier
    /// than it does in the project.
    Result<SaveReport> save();
    /// The conflicts the last save() left pending (each still has its edits in the session).
    const QList<AreaConflict> &conflicts() const { return m_conflicts; }
    /// Settles the conflict on an area: KeepTheirs drops the edits of the area (and of the areas tied
    /// to it by a split or merge); KeepMine makes the edits again on the project's current versions
    /// (the next save() supersedes them); Merge does so with only the things this edit changed
    /// (refused unless AreaConflict::canMerge()). Nothing is written until the next save().
    Result<void> resolveConflict(qint64 areaId, ConflictChoice choice);
    /// The path conflicts the last save() left pending.
    const QList<PathConflict> &pathConflicts() const { return m_pathConflicts; }
    /// Settles the conflict on a path: KeepTheirs drops the edit of the path; KeepMine ends the
    /// project's current version on this edit's date (refused when it already ends by then:
    /// PathConflict::mineApplies()). Merge is refused: a path edit changes one thing only.
    Result<void> resolvePathConflict(qint64 pathId, ConflictChoice choice);
    /// Forgets every edit.
    void discard();

    /// The edits as JSON, for crash recovery; `baseModified` ties them to the project state they
    /// were made on (the project's meta "modified" stamp).
    QByteArray serialize(const QString &baseModified) const;
    /// Restores serialized edits, replacing the session's; refuses them if the project changed since
    /// (baseModified differs) or the JSON is damaged, and then leaves the session as it was. Returns
    /// the step from the session before to the restored edits (already applied), so the undo stack
    /// can take them back as one "Recovered edits" step.
    Result<EditStep> restore(const QByteArray &json, const QString &currentModified);

private:
    Result<AreaHistory> loadHistory(qint64 areaId) const;
    /// history() with the replaced stored versions, which save() needs: what edits work on.
    Result<AreaHistory> editedHistory(qint64 areaId) const;
    Result<PathHistory> pathHistory(qint64 pathId) const;
    Result<void> savePaths(SaveReport &report, const QSet<qint64> &held);
    /// The conflict on a stored path if someone else changed it since it was read (inside the
    /// save's transaction).
    Result<std::optional<PathConflict>> findPathConflict(qint64 pathId) const;
    Result<void> saveAreas(SaveReport &report, const QSet<qint64> &held);
    /// The edited areas tied to `areaId` by the lineage of a split or merge (with it).
    QSet<qint64> editGroup(qint64 areaId) const;
    /// The version of a stored area as it was read, valid at `date` (from the edited history).
    std::optional<AreaShape> readVersionAt(const AreaHistory &history, const QDate &date) const;
    /// What the edits do to a stored area, the date they do it from and the care type they give.
    AreaChanges myChanges(const AreaHistory &history, QDate *date, QString *careType) const;
    /// The conflict on a stored area if someone else changed it since it was read (inside the save's
    /// transaction).
    Result<std::optional<AreaConflict>> findConflict(qint64 areaId) const;
    /// The edits of one stored area made again on its current versions (KeepMine or Merge).
    Result<void> rebase(qint64 areaId, ConflictChoice choice);
    /// The current areas at `date` in `department` that took the place of `areaId` (lineage).
    Result<QList<qint64>> successorsAt(qint64 areaId, const DepartmentKey &department, const QDate &date) const;
    /// Keep mine on an area someone else split or merged: the edit's care type, condition and note
    /// (or its end on `endDate`) made on the areas that took its place; a new outline is refused.
    Result<void> rebaseOntoSuccessors(qint64 areaId, const AreaHistory &mine, const QList<AreaShape> &added,
                                      const QDate &endDate, const QList<qint64> &successors);
    /// Reads valid_to of the stored versions among recovered edits (the project is as it was when
    /// they were made).
    Result<void> readBaseValidTo(const QHash<qint64, AreaHistory> &areas, const QHash<qint64, PathHistory> &paths);
    qint64 allocateTemporaryId() { return --m_lastTemporaryId; }
    /// The edit of each area's version at `from` that `change` makes (none for those `already` as
    /// asked; nothing at all: nothingText), one undo step named stepText(number of areas changed).
    Result<EditStep> changeAreasFrom(const QList<qint64> &areaIds, const QDate &from,
                                     const std::function<bool(const AreaVersion &)> &already,
                                     const std::function<void(AreaVersion &)> &change,
                                     const std::function<QString(int)> &stepText, const QString &nothingText);
    Result<EditStep> retagPlanned(const QList<qint64> &areaIds, const QString &careType, const QDate &from);
    std::optional<Error> refuseInProposal(const QString &what) const;

    ProjectStore &m_store;
    std::optional<qint64> m_proposal;
    QHash<qint64, AreaHistory> m_histories;
    QHash<qint64, PathHistory> m_paths;
    /// valid_to of each stored version as it was read (fid → date; invalid: open): save() ends a
    /// version only if it is still so (TemporalLayer::supersede), so an edit never overwrites what
    /// someone else saved in the meantime.
    mutable QHash<qint64, QDate> m_baseValidTo;
    mutable QHash<qint64, QDate> m_basePathValidTo;
    qint64 m_lastTemporaryId = 0;
    QList<AreaConflict> m_conflicts;
    QList<PathConflict> m_pathConflicts;
};

} // namespace engdrift
