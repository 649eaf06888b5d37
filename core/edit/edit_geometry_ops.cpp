// EditSession: the edits of outlines (new areas, reshape, split, merge).

#include "edit/edit_session.h"

#include "edit/edit_history_p.h"
#include "util/dates.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace engdrift {

using namespace edit_detail;

Result<EditStep> EditSession::addArea(const Geometry &geometry, const DepartmentKey &department, const QString &careType,
                                      const QDate &from, const OverlapRules &rules)
{
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the new area is valid from."));
    auto dept = m_store.department(department);
    if (!dept.ok())
        return dept.error();
    if (!dept->has_value())
        return makeError(EditText::tr("Department %1 does not exist in the project; add it before its areas.")
                             .arg(department.toString()));
    if (!m_store.catalogue().find(careType))
        return makeError(EditText::tr("\"%1\" is not a care type of the catalogue %2.").arg(careType, m_store.catalogue().id()));
    auto outline = fitOutline(*this, geometry, from, rules, 0, EditText::tr("the new area"));
    if (!outline.ok())
        return outline.error();

    AreaVersion v;
    v.areaId = allocateTemporaryId();
    v.validFrom = from;
    v.department = department;
    v.careType = careType;
    v.status = m_proposal ? AreaStatus::Proposed : AreaStatus::Current;
    v.proposalId = m_proposal;
    v.areaM2 = outline->area();
    QHash<qint64, std::optional<AreaHistory>> after;
    after.insert(v.areaId, AreaHistory{shapeOf(v, *outline)});
    EditStep step = makeStep(m_histories, EditText::tr("Add an area"), after, {v.areaId});
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::reshape(qint64 areaId, const Geometry &geometry, const QDate &from, const OverlapRules &rules)
{
    if (auto refused = refuseInProposal(EditText::tr("reshaping")))
        return *refused;
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the new outline applies from."));
    auto history = editedHistory(areaId);
    if (!history.ok())
        return history.error();
    const qsizetype index = versionAt(*history, from);
    if (index < 0)
        return notValidAt(areaId, *history, from);
    if (auto notLast = requireLast(areaId, *history, index))
        return *notLast;
    const QString subject = EditText::tr("area %1").arg(areaId);
    auto outline = fitOutline(*this, geometry, from, rules, areaId, subject);
    if (!outline.ok())
        return outline.error();
    auto old = geometryOf(history->at(index));
    if (!old.ok())
        return old.error();
    if (old->equalsExact(*outline))
        return makeError(EditText::tr("Nothing to change: the outline of area %1 is the same as before.").arg(areaId));

    AreaShape next = shapeOf(history->at(index).version, *outline);
    next.version.areaM2 = outline->area();
    changeFrom(*history, index, from, std::move(next));
    QHash<qint64, std::optional<AreaHistory>> after;
    after.insert(areaId, std::move(history).value());
    EditStep step = makeStep(m_histories, EditText::tr("Reshape area %1").arg(areaId), after);
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::split(qint64 areaId, const Geometry &line, const QDate &from)
{
    if (auto refused = refuseInProposal(EditText::tr("splitting")))
        return *refused;
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the split applies from."));
    auto history = editedHistory(areaId);
    if (!history.ok())
        return history.error();
    const qsizetype index = versionAt(*history, from);
    if (index < 0)
        return notValidAt(areaId, *history, from);
    if (auto notLast = requireLast(areaId, *history, index))
        return *notLast;
    const AreaShape old = history->at(index);
    auto geometry = geometryOf(old);
    if (!geometry.ok())
        return geometry.error();
    auto pieces = splitPolygon(*geometry, line);
    if (!pieces.ok())
        return makeError(EditText::tr("Cannot split area %1: %2.").arg(areaId).arg(pieces.errorMessage()));

    endAt(*history, index, from);
    // A new area split on the day it begins leaves no trace: its pieces come from its own parents.
    const bool leftNoTrace = std::all_of(history->cbegin(), history->cend(),
                                         [](const AreaShape &shape) { return isReplaced(shape.version); });
    const QList<qint64> lineage = leftNoTrace ? old.version.lineage : QList<qint64>{areaId};
    QHash<qint64, std::optional<AreaHistory>> after;
    after.insert(areaId, keptHistory(areaId, *history));
    QList<qint64> created;
    for (const Geometry &piece : *pieces) {
        AreaVersion v;
        v.areaId = allocateTemporaryId();
        v.validFrom = from;
        v.department = old.version.department;
        v.careType = old.version.careType;
        v.condition = old.version.condition; // the same habitat, cut in pieces
        v.status = AreaStatus::Current;
        v.lineage = lineage;
        v.note = old.version.note;
        v.areaM2 = piece.area();
        after.insert(v.areaId, AreaHistory{shapeOf(v, piece)});
        created << v.areaId;
    }
    EditStep step = makeStep(m_histories,
                             EditText::tr("Split area %1 in %2").arg(areaId).arg(created.size()), after, created);
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::merge(const QList<qint64> &areaIds, const QDate &from, const QString &careType)
{
    if (auto refused = refuseInProposal(EditText::tr("merging")))
        return *refused;
    const QList<qint64> ids = uniqueIds(areaIds);
    if (ids.size() < 2)
        return makeError(EditText::tr("Choose at least two areas to merge."));
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the merge applies from."));
    if (!careType.isEmpty() && !m_store.catalogue().find(careType))
        return makeError(EditText::tr("\"%1\" is not a care type of the catalogue %2.").arg(careType, m_store.catalogue().id()));

    QList<AreaHistory> histories;
    QList<qsizetype> indexes;
    std::vector<Geometry> geometries;
    for (qint64 id : ids) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        const qsizetype index = versionAt(*history, from);
        if (index < 0)
            return notValidAt(id, *history, from);
        if (auto notLast = requireLast(id, *history, index))
            return *notLast;
        auto geometry = geometryOf(history->at(index));
        if (!geometry.ok())
            return geometry.error();
        geometries.push_back(std::move(geometry).value());
        indexes << index;
        histories << std::move(history).value();
    }
    const DepartmentKey department = histories.first().at(indexes.first()).version.department;
    bool oneDepartment = true;
    QStringList belongs;
    qsizetype largest = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const AreaVersion &v = histories.at(i).at(indexes.at(i)).version;
        oneDepartment = oneDepartment && v.department == department;
        belongs << EditText::tr("%1 (department %2)").arg(ids.at(i)).arg(v.department.toString());
        if (v.areaM2 > histories.at(largest).at(indexes.at(largest)).version.areaM2)
            largest = i;
    }
    if (!oneDepartment)
        return makeError(EditText::tr("Areas %1 belong to different departments; only areas of one department can be merged.")
                             .arg(joinAnd(belongs)));
    QList<const Geometry *> parts;
    for (const Geometry &g : geometries)
        parts << &g;
    auto merged = mergePolygons(parts);
    if (!merged.ok())
        return makeError(EditText::tr("Cannot merge areas %1: %2.").arg(idList(ids), merged.errorMessage()));

    const AreaVersion biggest = histories.at(largest).at(indexes.at(largest)).version;
    QHash<qint64, std::optional<AreaHistory>> after;
    QList<qint64> lineage;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        AreaHistory &history = histories[i];
        const std::optional<AreaShape> dropped = endAt(history, indexes.at(i), from);
        // A new area merged on the day it begins leaves no trace: the merge comes from its parents.
        const bool leftNoTrace = std::all_of(history.cbegin(), history.cend(),
                                             [](const AreaShape &shape) { return isReplaced(shape.version); });
        if (leftNoTrace && (dropped || !history.isEmpty()))
            lineage << (dropped ? dropped->version.lineage : history.last().version.lineage);
        else
            lineage << ids.at(i);
        after.insert(ids.at(i), keptHistory(ids.at(i), history));
    }
    AreaVersion v;
    v.areaId = allocateTemporaryId();
    v.validFrom = from;
    v.department = department;
    v.careType = careType.isEmpty() ? biggest.careType : careType;
    // The largest area's habitat carries on, with its condition; another care type is a new habitat
    // (its default condition, as tagging gives).
    if (v.careType == biggest.careType)
        v.condition = biggest.condition;
    v.status = AreaStatus::Current;
    v.lineage = uniqueIds(lineage);
    v.note = biggest.note;
    v.areaM2 = merged->area();
    after.insert(v.areaId, AreaHistory{shapeOf(v, *merged)});
    EditStep step = makeStep(m_histories, EditText::tr("Merge areas %1").arg(idList(ids)), after, {v.areaId});
    apply(step, true);
    return step;
}

} // namespace engdrift
