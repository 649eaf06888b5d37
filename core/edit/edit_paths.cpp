// EditSession: mown paths and edges (drawn, ended, planned).

#include "edit/edit_session.h"

#include "edit/edit_history_p.h"
#include "map/map_snapshot.h"
#include "util/dates.h"

#include <algorithm>

namespace engdrift {

using namespace edit_detail;

Result<PathHistory> EditSession::pathHistory(qint64 pathId) const
{
    const auto found = m_paths.constFind(pathId);
    if (found != m_paths.cend())
        return found.value();
    if (pathId <= 0)
        return makeError(EditText::tr("There is no path %1 in the project.").arg(pathId));
    PathQuery query;
    query.ids = {pathId};
    query.status.reset();
    PathHistory history;
    auto done = m_store.forEachPath(query, true, [&](const PathVersion &v, const Geometry *g) {
        if (g && !g->isEmpty()) {
            history << PathShape{v, g->toWkb(), g->envelope()};
            if (!m_basePathValidTo.contains(v.fid))
                m_basePathValidTo.insert(v.fid, v.validTo);
        }
        return true;
    });
    if (!done.ok())
        return done.error();
    if (history.isEmpty())
        return makeError(EditText::tr("There is no path %1 in the project.").arg(pathId));
    return history;
}

Result<EditStep> EditSession::addPath(const Geometry &line, const DepartmentKey &department, PathKind kind, double widthM,
                                      const QDate &from)
{
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the path is mown from."));
    if (line.isNull() || !line.isLineal() || line.length() < 0.5)
        return makeError(EditText::tr("A path is a line of at least half a metre."));
    if (!(widthM > 0) || widthM > 20)
        return makeError(EditText::tr("A mown path is 0-20 m wide, not %1 m.").arg(widthM));
    auto dept = m_store.department(department);
    if (!dept.ok())
        return dept.error();
    if (!dept->has_value())
        return makeError(EditText::tr("Department %1 does not exist in the project.").arg(department.toString()));
    PathVersion v;
    v.pathId = allocateTemporaryId();
    v.validFrom = from;
    v.department = department;
    v.kind = kind;
    v.widthM = widthM;
    v.status = m_proposal ? AreaStatus::Proposed : AreaStatus::Current;
    v.proposalId = m_proposal;
    v.lengthM = line.length();
    EditStep step;
    step.description = m_proposal ? EditText::tr("Plan a mown path") : EditText::tr("Add a mown path");
    step.pathsBefore.insert(v.pathId, std::nullopt);
    step.pathsAfter.insert(v.pathId, PathHistory{PathShape{v, line.toWkb(), line.envelope()}});
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::endPaths(const QList<qint64> &pathIds, const QDate &from)
{
    if (pathIds.isEmpty())
        return makeError(EditText::tr("Choose the paths to end."));
    EditStep step;
    for (qint64 id : uniqueIds(pathIds)) {
        auto history = pathHistory(id);
        if (!history.ok())
            return history.error();
        PathHistory next = *history;
        bool changed = false;
        for (qsizetype i = 0; i < next.size(); ++i) {
            PathVersion &v = next[i].version;
            if (m_proposal && v.status == AreaStatus::Proposed && v.proposalId == m_proposal) {
                next.removeAt(i--); // a planned path is simply dropped from the plan
                changed = true;
            } else if (!m_proposal && v.status == AreaStatus::Current && v.isValidAt(from)) {
                if (v.fid == 0 && v.validFrom == from)
                    next.removeAt(i--);
                else
                    v.validTo = from;
                changed = true;
            }
        }
        if (!changed)
            return makeError(EditText::tr("Path %1 is not mown on %2.").arg(id).arg(isoDate(from)));
        step.pathsBefore.insert(id, m_paths.contains(id) ? std::optional<PathHistory>(m_paths.value(id)) : std::nullopt);
        step.pathsAfter.insert(id, (id < 0 && next.isEmpty()) ? std::nullopt : std::optional<PathHistory>(next));
    }
    step.description = EditText::tr("End %n path(s)", nullptr, static_cast<int>(step.pathsAfter.size()));
    apply(step, true);
    return step;
}

Result<QList<PathShape>> EditSession::pathsAt(const QDate &date, const std::optional<QRectF> &bounds,
                                              const std::optional<DepartmentKey> &department) const
{
    return MapSnapshot(m_store, MapContent{overlay(), m_proposal}, date).paths(MapFilter{bounds, department});
}

} // namespace engdrift
