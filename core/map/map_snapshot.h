#pragma once
// MapSnapshot: what the map shows at one date: the stored versions, the unsaved edits over them
// and, in the proposal view, the proposal's planned versions in place of the current ones.
//
// It is the one place where the three are merged. The renderer, hit-testing, the edit session's
// areasAt()/pathsAt(), the legend and the department shares (areaTotals), the charts and the
// print layouts all read a snapshot, so what they show always agrees.
//
// The rule: an area or path edited in the session shows its edited history (the stored one is
// hidden); in the proposal view an area with a planned version (saved or not) shows that version
// whatever the date, planned new areas join the map, and planned paths are drawn beside the
// current ones.
//
// Threads: a MapSnapshot reads the store it is given, on that store's thread. MapContent (the
// edits and the proposal) is an immutable value that any thread may hold: a render job takes it to
// its worker, which opens its own store on the same project.

#include "map/map_shapes.h"
#include "store/project_store.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QRectF>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace engdrift {

/// What the map shows besides the stored current versions.
struct MapContent
{
    std::shared_ptr<const EditOverlay> overlay; ///< the unsaved edits (null: none)
    std::optional<qint64> proposalId;           ///< the proposal view: its planned versions replace the current ones

    bool isEmpty() const { return (!overlay || (overlay->histories.isEmpty() && overlay->paths.isEmpty())) && !proposalId; }
};

/// Which part of the map to read.
struct MapFilter
{
    std::optional<QRectF> bounds = {};            ///< only shapes whose bounding box meets this rectangle
    std::optional<DepartmentKey> department = {}; ///< only this department
    std::optional<int> organisation = {};         ///< only the departments of this organisation

    /// Does a version of this department pass the department and organisation filters?
    bool admits(const DepartmentKey &key) const
    {
        return (!department || key == *department) && (!organisation || key.orgNo == *organisation);
    }
};

/// What the unsaved edits and the proposal put over the stored current versions, in one part of
/// the map: the stored areas they hide, and the shapes they show instead (edited ones, then the
/// planned ones, each list by area id).
struct MapOverlay
{
    QSet<qint64> hiddenIds;   ///< stored versions of these areas are not shown
    QList<AreaShape> edited;  ///< current versions from the unsaved edits
    QList<AreaShape> planned; ///< the proposal's planned versions (dashed on the map)
};

/// Running metres (lbm) of mown paths and of safety edges on the map.
struct PathLengths
{
    double mownPathM = 0;
    double safetyEdgeM = 0;
};

class MapSnapshot
{
public:
    MapSnapshot(const ProjectStore &store, MapContent content, const QDate &date);

    const ProjectStore &store() const { return m_store; }
    const MapContent &content() const { return m_content; }
    QDate date() const { return m_date; }

    /// `planned`: the version is the proposal's plan (drawn with a dashed outline).
    using AreaVisitor = std::function<bool(const AreaVersion &, const Geometry &, bool planned)>;
    using PathVisitor = std::function<bool(const PathVersion &, const Geometry &)>;
    /// The same with the shape as WKB in the project CRS, as the store keeps it (no GEOS geometry
    /// is made: for those that copy the shapes elsewhere, such as an export).
    using AreaWkbVisitor = std::function<bool(const AreaVersion &, const QByteArray &wkb, bool planned)>;

    /// The rule of the map, for those that read the stored areas their own way (the renderer's fast
    /// stream): which stored areas to hide and which shapes to draw over them.
    Result<MapOverlay> overlay(const MapFilter &filter) const;

    /// Calls visit for each area the map shows that meets the filter, until it returns false:
    /// first the stored ones, then the edited ones, then the planned ones (so that a drawing puts
    /// the plan on top).
    Result<void> forEachArea(const MapFilter &filter, const AreaVisitor &visit) const;
    Result<void> forEachAreaWkb(const MapFilter &filter, const AreaWkbVisitor &visit) const;
    Result<QList<AreaShape>> areas(const MapFilter &filter = {}) const;
    /// The areas whose outline meets `shape` (hit-testing, box and polygon selection).
    Result<QList<AreaShape>> areasMeeting(const Geometry &shape, const std::optional<DepartmentKey> &department = {}) const;

    /// Each mown path and edge the map shows: stored, edited, and the proposal's planned ones.
    Result<void> forEachPath(const MapFilter &filter, const PathVisitor &visit) const;
    Result<QList<PathShape>> paths(const MapFilter &filter = {}) const;

    /// The m² and counts of the map by department and/or care type (all departments, or one).
    Result<QList<AreaTotal>> areaTotals(AreaGrouping grouping, const std::optional<DepartmentKey> &department = {}) const;
    /// The running metres of the map's mown paths and edges.
    Result<PathLengths> pathLengths(const std::optional<DepartmentKey> &department = {}) const;

private:
    const ProjectStore &m_store;
    MapContent m_content;
    QDate m_date;
};

} // namespace engdrift
