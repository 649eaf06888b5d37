#include "map/map_snapshot.h"

#include "map/map_totals.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace engdrift {

MapSnapshot::MapSnapshot(const ProjectStore &store, MapContent content, const QDate &date)
    : m_store(store), m_content(std::move(content)), m_date(date)
{
}

Result<void> MapSnapshot::forEachArea(const MapFilter &filter, const AreaVisitor &visit) const
{
    const EditOverlay *overlay = m_content.overlay.get();
    auto edited = [overlay](qint64 areaId) { return overlay && overlay->overrides(areaId); };
    auto inScope = [&filter](const AreaVersion &v, const QRectF &bounds) {
        return (!filter.department || v.department == *filter.department) && (!filter.bounds || rectsMeet(*filter.bounds, bounds));
    };

    // The proposal's planned versions: from the unsaved edits, else from the store.
    QHash<qint64, AreaShape> planned;
    if (m_content.proposalId) {
        if (overlay) {
            for (const auto &[id, shape] : overlay->plannedShapes(*m_content.proposalId, filter.bounds).asKeyValueRange()) {
                if (inScope(shape.version, shape.bounds))
                    planned.insert(id, shape);
            }
        }
        AreaQuery query;
        query.status = AreaStatus::Proposed;
        query.proposalId = m_content.proposalId;
        query.bounds = filter.bounds;
        query.department = filter.department;
        query.ordered = false;
        auto read = m_store.forEachArea(query, true, [&](const AreaVersion &v, const Geometry *g) {
            if (!edited(v.areaId) && g && !g->isNull())
                planned.insert(v.areaId, AreaShape{v, g->toWkb(), g->envelope()});
            return true;
        });
        if (!read.ok())
            return read;
    }

    bool go = true;
    AreaQuery query;
    query.at = m_date;
    query.bounds = filter.bounds;
    query.department = filter.department;
    query.status = AreaStatus::Current;
    query.ordered = false;
    auto stored = m_store.forEachArea(query, true, [&](const AreaVersion &v, const Geometry *g) {
        if (edited(v.areaId) || planned.contains(v.areaId) || !g || g->isNull())
            return true;
        go = visit(v, *g, false);
        return go;
    });
    if (!stored.ok())
        return stored;
    if (overlay && go) {
        for (const AreaShape &shape : overlay->shapesAt(m_date, filter.bounds, filter.department)) {
            if (planned.contains(shape.version.areaId))
                continue;
            auto g = Geometry::fromWkb(shape.wkb);
            if (g.ok() && !(go = visit(shape.version, *g, false)))
                break;
        }
    }
    // In a stable order (by area id), so drawings and lists come out the same every time.
    QList<qint64> plannedIds = planned.keys();
    std::sort(plannedIds.begin(), plannedIds.end());
    for (qint64 id : plannedIds) {
        if (!go)
            break;
        const AreaShape &shape = planned[id];
        auto g = Geometry::fromWkb(shape.wkb);
        if (g.ok())
            go = visit(shape.version, *g, true);
    }
    return {};
}

Result<QList<AreaShape>> MapSnapshot::areas(const MapFilter &filter) const
{
    QList<AreaShape> shapes;
    auto done = forEachArea(filter, [&shapes](const AreaVersion &v, const Geometry &g, bool) {
        shapes << AreaShape{v, g.toWkb(), g.envelope()};
        return true;
    });
    if (!done.ok())
        return done.error();
    return shapes;
}

Result<QList<AreaShape>> MapSnapshot::areasMeeting(const Geometry &shape, const std::optional<DepartmentKey> &department) const
{
    QList<AreaShape> shapes;
    if (shape.isNull())
        return shapes;
    auto done = forEachArea(MapFilter{shape.envelope(), department}, [&](const AreaVersion &v, const Geometry &g, bool) {
        if (g.intersects(shape))
            shapes << AreaShape{v, g.toWkb(), g.envelope()};
        return true;
    });
    if (!done.ok())
        return done.error();
    return shapes;
}

Result<void> MapSnapshot::forEachPath(const MapFilter &filter, const PathVisitor &visit) const
{
    const EditOverlay *overlay = m_content.overlay.get();
    bool go = true;
    auto fromStore = [&](const PathQuery &query) -> Result<void> {
        return m_store.forEachPath(query, true, [&](const PathVersion &v, const Geometry *g) {
            if ((overlay && overlay->overridesPath(v.pathId)) || !g || g->isEmpty())
                return true;
            go = visit(v, *g);
            return go;
        });
    };
    PathQuery current;
    current.at = m_date;
    current.bounds = filter.bounds;
    current.department = filter.department;
    if (auto read = fromStore(current); !read.ok())
        return read;
    if (m_content.proposalId && go) {
        PathQuery planned;
        planned.status = AreaStatus::Proposed;
        planned.proposalId = m_content.proposalId;
        planned.bounds = filter.bounds;
        planned.department = filter.department;
        if (auto read = fromStore(planned); !read.ok())
            return read;
    }
    if (overlay && go) {
        for (const PathShape &shape : overlay->pathsAt(m_date, m_content.proposalId, filter.bounds)) {
            if (filter.department && shape.version.department != *filter.department)
                continue;
            auto g = Geometry::fromWkb(shape.wkb);
            if (g.ok() && !visit(shape.version, *g))
                break;
        }
    }
    return {};
}

Result<QList<PathShape>> MapSnapshot::paths(const MapFilter &filter) const
{
    QList<PathShape> shapes;
    auto done = forEachPath(filter, [&shapes](const PathVersion &v, const Geometry &g) {
        shapes << PathShape{v, g.toWkb(), g.envelope()};
        return true;
    });
    if (!done.ok())
        return done.error();
    return shapes;
}

Result<QList<AreaTotal>> MapSnapshot::areaTotals(AreaGrouping grouping, const std::optional<DepartmentKey> &department) const
{
    return mapAreaTotals(m_store, m_content, m_date, grouping, department);
}

Result<PathLengths> MapSnapshot::pathLengths(const std::optional<DepartmentKey> &department) const
{
    PathLengths lengths;
    auto done = forEachPath(MapFilter{std::nullopt, department}, [&lengths](const PathVersion &v, const Geometry &) {
        (v.kind == PathKind::SafetyEdge ? lengths.safetyEdgeM : lengths.mownPathM) += v.lengthM;
        return true;
    });
    if (!done.ok())
        return done.error();
    return lengths;
}

} // namespace engdrift
