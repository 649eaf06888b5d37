#include "map/map_totals.h"

#include <QSet>

#include <cmath>
#include <map>
#include <tuple>

namespace engdrift {
namespace {

using GroupKey = std::tuple<int, int, QString>; ///< organisation, department, care type

GroupKey groupKey(const DepartmentKey &department, const QString &careType, AreaGrouping grouping)
{
    const bool byDepartment = grouping != AreaGrouping::CareType;
    const bool byCare = grouping != AreaGrouping::Department;
    return {byDepartment ? department.orgNo : 0, byDepartment ? department.deptNo : 0, byCare ? careType : QString()};
}

AreaTotal &groupOf(std::map<GroupKey, AreaTotal> &sums, const DepartmentKey &department, const QString &careType,
                   AreaGrouping grouping)
{
    const GroupKey key = groupKey(department, careType, grouping);
    auto [it, inserted] = sums.try_emplace(key);
    if (inserted) {
        it->second.department = DepartmentKey{std::get<0>(key), std::get<1>(key)};
        it->second.careType = std::get<2>(key);
    }
    return it->second;
}

} // namespace

Result<MapDifference> MapDifference::gather(const ProjectStore &store, const MapContent &content,
                                            const std::optional<DepartmentKey> &department, const QList<qint64> &areaIds)
{
    MapDifference difference;
    difference.m_department = department;
    const QSet<qint64> only(areaIds.cbegin(), areaIds.cend());
    auto wanted = [&only](qint64 id) { return only.isEmpty() || only.contains(id); };
    auto inScope = [&department](const AreaVersion &v) { return !department || v.department == *department; };
    const EditOverlay *overlay = content.overlay.get();

    // The edited areas: their edited history is what the map shows.
    if (overlay) {
        for (auto it = overlay->histories.cbegin(); it != overlay->histories.cend(); ++it) {
            if (!wanted(it.key()))
                continue;
            Touched &touched = difference.m_areas[it.key()];
            for (const AreaShape &shape : it.value()) {
                const AreaVersion &v = shape.version;
                if (!inScope(v))
                    continue;
                if (v.status == AreaStatus::Current)
                    touched.shown << v;
                else if (content.proposalId && v.proposalId == content.proposalId)
                    touched.planned = v;
            }
        }
    }

    // The proposal's stored planned versions of the areas not edited in the session.
    if (content.proposalId) {
        AreaQuery planned;
        planned.status = AreaStatus::Proposed;
        planned.proposalId = content.proposalId;
        planned.ordered = false;
        planned.department = department;
        if (!planned.department) { // the proposal's department: its rows come from the index
            auto proposal = store.proposal(*content.proposalId);
            if (!proposal.ok())
                return proposal.error();
            if (proposal->has_value())
                planned.department = (**proposal).department;
        }
        auto rows = store.areas(planned);
        if (!rows.ok())
            return rows.error();
        for (const AreaVersion &v : std::as_const(*rows)) {
            if (wanted(v.areaId) && inScope(v) && !(overlay && overlay->overrides(v.areaId)))
                difference.m_areas[v.areaId].planned = v;
        }
    }

    // What the store's sums count for the touched areas: their stored current versions.
    QList<qint64> stored;
    for (auto it = difference.m_areas.cbegin(); it != difference.m_areas.cend(); ++it) {
        if (it.key() > 0)
            stored << it.key();
    }
    if (!stored.isEmpty()) {
        AreaQuery query;
        query.ids = stored;
        query.status = AreaStatus::Current;
        query.department = department;
        query.ordered = false;
        auto rows = store.areas(query);
        if (!rows.ok())
            return rows.error();
        for (const AreaVersion &v : std::as_const(*rows))
            difference.m_areas[v.areaId].stored << v;
    }

    for (auto it = difference.m_areas.begin(); it != difference.m_areas.end();) {
        if (it->planned)
            difference.m_hasPlanned = true;
        if (it->stored.isEmpty() && it->shown.isEmpty() && !it->planned)
            it = difference.m_areas.erase(it);
        else
            ++it;
    }
    return difference;
}

QList<AreaTotal> MapDifference::at(const QDate &date, AreaGrouping grouping) const
{
    std::map<GroupKey, AreaTotal> sums;
    auto add = [&](const AreaVersion &v, int sign) {
        AreaTotal &t = groupOf(sums, v.department, v.careType, grouping);
        t.areaM2 += sign * v.areaM2;
        t.count += sign;
    };
    for (const Touched &touched : m_areas) {
        for (const AreaVersion &v : touched.stored) {
            if (v.isValidAt(date))
                add(v, -1);
        }
        if (touched.planned) {
            add(*touched.planned, +1); // the proposal view shows the plan whatever the date
            continue;
        }
        for (const AreaVersion &v : touched.shown) {
            if (v.isValidAt(date))
                add(v, +1);
        }
    }
    QList<AreaTotal> rows;
    for (const auto &[key, total] : sums) {
        if (total.count != 0 || std::abs(total.areaM2) > 1e-9)
            rows << total;
    }
    return rows;
}

QList<AreaTotal> mergeTotals(const QList<AreaTotal> &stored, const QList<AreaTotal> &difference, AreaGrouping grouping)
{
    if (difference.isEmpty())
        return stored;
    std::map<GroupKey, AreaTotal> sums;
    for (const QList<AreaTotal> *rows : {&stored, &difference}) {
        for (const AreaTotal &row : *rows) {
            AreaTotal &t = groupOf(sums, row.department, row.careType, grouping);
            t.areaM2 += row.areaM2;
            t.count += row.count;
        }
    }
    QList<AreaTotal> merged;
    for (const auto &[key, total] : sums) {
        if (total.count <= 0)
            continue; // every area of the group was edited away
        AreaTotal t = total;
        if (std::abs(t.areaM2) < 1e-9)
            t.areaM2 = 0;
        merged << t;
    }
    return merged;
}

Result<QList<AreaTotal>> mapAreaTotals(const ProjectStore &store, const MapContent &content, const QDate &at,
                                       AreaGrouping grouping, const std::optional<DepartmentKey> &department)
{
    AreaQuery query;
    query.at = at;
    query.department = department;
    auto stored = store.areaTotals(query, grouping);
    if (!stored.ok() || content.isEmpty())
        return stored;
    auto difference = MapDifference::gather(store, content, department);
    if (!difference.ok())
        return difference.error();
    return mergeTotals(*stored, difference->at(at, grouping), grouping);
}

} // namespace engdrift
