#include "map/map_snapshot.h"

#include "map/map_totals.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace engdrift {
namespace {

/// The stored current versions of the map at `date` that the filter asks for.
AreaQuery storedQuery(const MapFilter &filter, const QDate &date)
{
    AreaQuery query;
    query.at = date;
    query.bounds = filter.bounds;
    query.department = filter.department;
    query.organisation = filter.organisation;
    query.status = AreaStatus::Current;
    query.ordered = false;
    return query;
}

/// Visits the shapes the overlay shows over the stored ones (the edited, then the planned ones)
/// while `go` and the visitor say so.
void visitShown(const MapOverlay &over, bool go, const std::function<bool(const AreaShape &, bool planned)> &visit)
{
    for (const QList<AreaShape> *shapes : {&over.edited, &over.planned}) {
        for (const AreaShape &shape : *shapes) {
            if (!go)
                return;
            go = visit(shape, shapes == &over.planned);
        }
    }
}

} // namespace

MapSnapshot::MapSnapshot(const ProjectStore &store, MapContent content, const QDate &date)
    : m_store(store), m_content(std::move(content)), m_date(date)
{
}

Result<MapOverlay> MapSnapshot::overlay(const MapFilter &filter) const
{
    MapOverlay result;
    const EditOverlay *overlay = m_content.overlay.get();
    auto edited = [overlay](qint64 areaId) { return overlay && overlay->overrides(areaId); };
    auto inScope = [&filter](const AreaVersion &v, const QRectF &bounds) {
        return filter.admits(v.department) && (!filter.bounds || rectsMeet(*filter.bounds, bounds));
    };
    // The proposal's planned versions: from the unsaved edits, else from the store. An area with
    // a plan shows its plan whatever the date.
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
        query.organisation = filter.organisation;
        query.ordered = false;
        auto read = m_store.forEachArea(query, true, [&](const AreaVersion &v, const Geometry *g) {
            if (!edited(v.areaId) && g && !g->isNull())
                planned.insert(v.areaId, AreaShape{v, g->toWkb(), g->envelope()});
            return true;
        });
        if (!read.ok())
            return read.error();
    }
    // An edited area shows its edited history (the stored one is hidden).
    if (overlay) {
        for (auto it = overlay->histories.cbegin(); it != overlay->histories.cend(); ++it)
            result.hiddenIds.insert(it.key());
        for (const AreaShape &shape : overlay->shapesAt(m_date, filter.bounds, filter.department)) {
            if (!planned.contains(shape.version.areaId) && filter.admits(shape.version.department))
                result.edited << shape;
        }
    }
    QList<qint64> plannedIds = planned.keys();
    std::sort(plannedIds.begin(), plannedIds.end());
    for (qint64 id : plannedIds) {
        result.hiddenIds.insert(id);
        result.planned << planned.value(id);
    }
    return result;
}

Result<void> MapSnapshot::forEachArea(const MapFilter &filter, const AreaVisitor &visit) const
{
    auto over = overlay(filter);
    if (!over.ok())
        return over.error();
    bool go = true;
    auto stored = m_store.forEachArea(storedQuery(filter, m_date), true, [&](const AreaVersion &v, const Geometry *g) {
        if (over->hiddenIds.contains(v.areaId) || !g || g->isNull())
            return true;
        go = visit(v, *g, false);
        return go;
    });
    if (!stored.ok())
        return stored;
    visitShown(*over, go, [&visit](const AreaShape &shape, bool planned) {
        auto g = Geometry::fromWkb(shape.wkb);
        return !g.ok() || visit(shape.version, *g, planned);
    });
    return {};
}

Result<void> MapSnapshot::forEachAreaWkb(const MapFilter &filter, const AreaWkbVisitor &visit) const
{
    auto over = overlay(filter);
    if (!over.ok())
        return over.error();
    bool go = true;
    auto stored = m_store.areaLayer().forEachWkb(storedQuery(filter, m_date), [&](const AreaVersion &v, const QByteArray &wkb) {
        if (over->hiddenIds.contains(v.areaId) || wkb.isEmpty())
            return true;
        go = visit(v, wkb, false);
        return go;
    });
    if (!stored.ok())
        return stored;
    visitShown(*over, go, [&visit](const AreaShape &shape, bool planned) {
        return shape.wkb.isEmpty() || visit(shape.version, shape.wkb, planned);
    });
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
    current.organisation = filter.organisation;
    if (auto read = fromStore(current); !read.ok())
        return read;
    if (m_content.proposalId && go) {
        PathQuery planned;
        planned.status = AreaStatus::Proposed;
        planned.proposalId = m_content.proposalId;
        planned.bounds = filter.bounds;
        planned.department = filter.department;
        planned.organisation = filter.organisation;
        if (auto read = fromStore(planned); !read.ok())
            return read;
    }
    if (overlay && go) {
        for (const PathShape &shape : overlay->pathsAt(m_date, m_content.proposalId, filter.bounds)) {
            if (!filter.admits(shape.version.department))
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
