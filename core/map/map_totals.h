#pragma once
// What the map shows, in numbers: the m² by department and care type, and the running metres of
// mown paths, of the map as it is drawn: the stored versions, the edit session's unsaved edits over
// them and, in the proposal view, the proposal's planned versions in place of the current ones, at
// the map date. The legend, the department tree and the charts read these, so they show what the
// map shows, saved or not, today or proposal.
//
// Fast on a national project: the stored sums come from the store's covering index (areaTotals);
// only the touched areas (edited, or planned in the proposal) are read, by id, and the difference
// they make is added to the sums (MapDifference, mergeTotals).
//
// These are MapSnapshot::areaTotals() and pathLengths() (map/map_snapshot.h); the rule is the
// snapshot's: an area edited in the session shows its
// edited history (the stored one is hidden); in the proposal view an area with a planned version
// shows that version whatever the date, and planned new areas join the map.
//
// Threads: the functions use the store they are given, on its thread. MapContent is immutable and
// may be handed to any thread.

#include "map/map_snapshot.h"
#include "store/project_store.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace engdrift {

/// The difference the unsaved edits and the proposal make to the store's sums: what the map shows
/// minus what the stored current versions add up to, for the touched areas only.
class MapDifference
{
public:
    /// Reads the stored versions of the touched areas (and the proposal's stored planned versions),
    /// limited to one department and/or to some areas if given.
    static Result<MapDifference> gather(const ProjectStore &store, const MapContent &content,
                                        const std::optional<DepartmentKey> &department = std::nullopt,
                                        const QList<qint64> &areaIds = {});

    /// The difference at `date` per group (m² and count; negative: the map shows less than the
    /// store's sums), in the store's order (department, then care type).
    QList<AreaTotal> at(const QDate &date, AreaGrouping grouping) const;
    /// True if the proposal plans versions (saved or not) among the areas asked for.
    bool hasPlanned() const { return m_hasPlanned; }
    bool isEmpty() const { return m_areas.isEmpty(); }

private:
    struct Touched
    {
        QList<AreaVersion> stored;        ///< the stored current versions (what the store's sums count)
        QList<AreaVersion> shown;         ///< the versions the map shows instead (edited, current)
        std::optional<AreaVersion> planned; ///< the proposal's planned version: shown at every date
    };
    QHash<qint64, Touched> m_areas;
    std::optional<DepartmentKey> m_department;
    bool m_hasPlanned = false;
};

/// The sums of `stored` with the `difference` added, grouped alike; groups left with no area go.
QList<AreaTotal> mergeTotals(const QList<AreaTotal> &stored, const QList<AreaTotal> &difference, AreaGrouping grouping);

/// The sums of area of the map at `at` (all departments or one), grouped.
Result<QList<AreaTotal>> mapAreaTotals(const ProjectStore &store, const MapContent &content, const QDate &at,
                                       AreaGrouping grouping,
                                       const std::optional<DepartmentKey> &department = std::nullopt);

} // namespace engdrift
