#include "edit/edit_session.h"

#include "edit/edit_history_p.h"
#include "map/map_snapshot.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QSet>

#include <algorithm>

namespace engdrift {

using namespace edit_detail;

// --- EditSession

EditSession::EditSession(ProjectStore &store) : m_store(store) {}

std::optional<Error> EditSession::refuseInProposal(const QString &what) const
{
    if (!m_proposal)
        return std::nullopt;
    return makeError(EditText::tr("A proposal plans new care types and new areas; %1 is done on today's map. Leave the "
                                  "proposal view first.")
                         .arg(what));
}

Result<EditStep> EditSession::retagPlanned(const QList<qint64> &areaIds, const QString &careType, const QDate &from)
{
    const qint64 proposal = *m_proposal;
    QHash<qint64, std::optional<AreaHistory>> after;
    for (qint64 id : uniqueIds(areaIds)) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        // The area's planned version in this proposal, if it has one already.
        qsizetype planned = -1;
        for (qsizetype i = 0; i < history->size(); ++i) {
            const AreaVersion &v = history->at(i).version;
            if (v.status == AreaStatus::Proposed && v.proposalId == proposal)
                planned = i;
        }
        if (planned >= 0) {
            if (history->at(planned).version.careType == careType)
                continue;
            (*history)[planned].version.careType = careType;
            (*history)[planned].version.condition.reset(); // a new habitat: its default condition
        } else {
            const qsizetype index = versionAt(*history, from);
            if (index < 0)
                return notValidAt(id, *history, from);
            if (history->at(index).version.careType == careType)
                continue;
            AreaShape next = history->at(index);
            next.version.fid = 0;
            next.version.status = AreaStatus::Proposed;
            next.version.proposalId = proposal;
            next.version.careType = careType;
            next.version.condition.reset(); // a new habitat: its default condition
            next.version.validFrom = from;
            next.version.validTo = QDate();
            history->append(std::move(next));
            sortHistory(*history);
        }
        after.insert(id, std::move(history).value());
    }
    if (after.isEmpty())
        return makeError(EditText::tr("Nothing to change: the proposal already gives the areas the care type %1.")
                             .arg(m_store.catalogue().careTypeName(careType, currentLanguage())));
    const auto n = static_cast<int>(after.size());
    EditStep step = makeStep(m_histories, EditText::tr("Plan the care type of %n area(s)", nullptr, n), after);
    apply(step, true);
    return step;
}

std::shared_ptr<const EditOverlay> EditSession::overlay() const
{
    // (plannedShapes() reads the proposal's versions from the histories; the renderer asks for them.)
    auto snapshot = std::make_shared<EditOverlay>();
    snapshot->histories = m_histories;
    snapshot->paths = m_paths;
    return snapshot;
}

Result<AreaHistory> EditSession::history(qint64 areaId) const
{
    auto edited = editedHistory(areaId);
    if (!edited.ok())
        return edited;
    AreaHistory shown;
    for (const AreaShape &shape : *edited) {
        if (!isReplaced(shape.version))
            shown << shape;
    }
    return shown;
}

Result<AreaHistory> EditSession::editedHistory(qint64 areaId) const
{
    const auto found = m_histories.constFind(areaId);
    if (found != m_histories.cend())
        return found.value();
    return loadHistory(areaId);
}

Result<AreaHistory> EditSession::loadHistory(qint64 areaId) const
{
    if (areaId <= 0)
        return makeError(EditText::tr("There is no area %1 in the project.").arg(areaId));
    AreaQuery query;
    query.ids = {areaId};
    query.status.reset();
    query.ordered = true;
    AreaHistory history;
    qint64 missingGeometry = 0;
    auto done = m_store.forEachArea(query, true, [&](const AreaVersion &v, const Geometry *g) {
        if (!g || g->isEmpty()) {
            missingGeometry = v.fid;
            return false;
        }
        history << shapeOf(v, *g);
        if (!m_baseValidTo.contains(v.fid))
            m_baseValidTo.insert(v.fid, v.validTo);
        return true;
    });
    if (!done.ok())
        return done.error();
    if (missingGeometry != 0)
        return makeError(EditText::tr("Area %1: version %2 has no outline in the project %3.")
                             .arg(areaId)
                             .arg(missingGeometry)
                             .arg(m_store.path()));
    if (history.isEmpty())
        return makeError(EditText::tr("There is no area %1 in the project.").arg(areaId));
    sortHistory(history);
    return history;
}

Result<QList<AreaShape>> EditSession::areasAt(const QDate &date, const std::optional<QRectF> &bounds,
                                              const std::optional<DepartmentKey> &department) const
{
    if (!date.isValid())
        return makeError(EditText::tr("Which date should the map show? The date is missing."));
    return MapSnapshot(m_store, MapContent{overlay(), m_proposal}, date).areas(MapFilter{bounds, department});
}

Result<EditStep> EditSession::retag(const QList<qint64> &areaIds, const QString &careType, const QDate &from)
{
    if (areaIds.isEmpty())
        return makeError(EditText::tr("Choose the areas to give a care type."));
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the new care type applies from."));
    if (!m_store.catalogue().find(careType))
        return makeError(EditText::tr("\"%1\" is not a care type of the catalogue %2.").arg(careType, m_store.catalogue().id()));
    if (m_proposal)
        return retagPlanned(areaIds, careType, from);
    QHash<qint64, std::optional<AreaHistory>> after;
    for (qint64 id : uniqueIds(areaIds)) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        const qsizetype index = versionAt(*history, from);
        if (index < 0)
            return notValidAt(id, *history, from);
        if (history->at(index).version.careType == careType)
            continue;
        AreaShape next = history->at(index);
        next.version.careType = careType;
        // The condition recorded belonged to the old habitat: the new care type starts from its
        // default (edit/condition.h). Geometry edits, splits, merges and moves keep it.
        next.version.condition.reset();
        changeFrom(*history, index, from, std::move(next));
        after.insert(id, std::move(history).value());
    }
    if (after.isEmpty())
        return makeError(EditText::tr("Nothing to change: the areas already have the care type %1 on %2.")
                             .arg(m_store.catalogue().careTypeName(careType, currentLanguage()), isoDate(from)));
    const auto n = static_cast<int>(after.size());
    EditStep step = makeStep(m_histories, EditText::tr("Set the care type of %n area(s)", nullptr, n), after);
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::changeAreasFrom(const QList<qint64> &areaIds, const QDate &from,
                                              const std::function<bool(const AreaVersion &)> &already,
                                              const std::function<void(AreaVersion &)> &change,
                                              const std::function<QString(int)> &stepText, const QString &nothingText)
{
    QHash<qint64, std::optional<AreaHistory>> after;
    for (qint64 id : uniqueIds(areaIds)) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        const qsizetype index = versionAt(*history, from);
        if (index < 0)
            return notValidAt(id, *history, from);
        if (already(history->at(index).version))
            continue;
        AreaShape next = history->at(index);
        change(next.version);
        changeFrom(*history, index, from, std::move(next));
        after.insert(id, std::move(history).value());
    }
    if (after.isEmpty())
        return makeError(nothingText);
    const auto n = static_cast<int>(after.size());
    EditStep step = makeStep(m_histories, stepText(n), after);
    apply(step, true);
    return step;
}

Result<EditStep> EditSession::setNote(const QList<qint64> &areaIds, const QString &note, const QDate &from)
{
    if (auto refused = refuseInProposal(EditText::tr("writing notes")))
        return *refused;
    if (areaIds.isEmpty())
        return makeError(EditText::tr("Choose the areas to write the note on."));
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the note applies from."));
    return changeAreasFrom(
        areaIds, from, [&](const AreaVersion &v) { return v.note == note; }, [&](AreaVersion &v) { v.note = note; },
        [](int n) { return EditText::tr("Change the note of %n area(s)", nullptr, n); },
        EditText::tr("Nothing to change: the areas already have this note on %1.").arg(isoDate(from)));
}

Result<EditStep> EditSession::setCondition(const QList<qint64> &areaIds, const std::optional<HabitatCondition> &condition,
                                           const QDate &from)
{
    if (auto refused = refuseInProposal(EditText::tr("recording the condition")))
        return *refused;
    if (areaIds.isEmpty())
        return makeError(EditText::tr("Choose the areas to record the condition of."));
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the condition applies from."));
    return changeAreasFrom(
        areaIds, from, [&](const AreaVersion &v) { return v.condition == condition; },
        [&](AreaVersion &v) { v.condition = condition; },
        [](int n) { return EditText::tr("Record the condition of %n area(s)", nullptr, n); },
        EditText::tr("Nothing to change: the areas already have this condition on %1.").arg(isoDate(from)));
}

Result<EditStep> EditSession::remove(const QList<qint64> &areaIds, const QDate &from)
{
    if (auto refused = refuseInProposal(EditText::tr("retiring areas")))
        return *refused;
    if (areaIds.isEmpty())
        return makeError(EditText::tr("Choose the areas to retire."));
    if (!from.isValid())
        return makeError(EditText::tr("Give the date the areas are retired on."));
    QHash<qint64, std::optional<AreaHistory>> after;
    for (qint64 id : uniqueIds(areaIds)) {
        auto history = editedHistory(id);
        if (!history.ok())
            return history.error();
        const qsizetype index = versionAt(*history, from);
        if (index < 0)
            return notValidAt(id, *history, from);
        if (auto notLast = requireLast(id, *history, index))
            return *notLast;
        endAt(*history, index, from);
        after.insert(id, keptHistory(id, *history));
    }
    const auto n = static_cast<int>(after.size());
    EditStep step = makeStep(m_histories, EditText::tr("Retire %n area(s)", nullptr, n), after);
    apply(step, true);
    return step;
}

void EditSession::apply(const EditStep &step, bool forward)
{
    const auto &states = forward ? step.after : step.before;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it.value())
            m_histories.insert(it.key(), *it.value());
        else
            m_histories.remove(it.key());
    }
    const auto &paths = forward ? step.pathsAfter : step.pathsBefore;
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        if (it.value())
            m_paths.insert(it.key(), *it.value());
        else
            m_paths.remove(it.key());
    }
}

} // namespace engdrift
