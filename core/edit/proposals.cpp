#include "edit/proposals.h"

#include "edit/tagging.h"

#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace engdrift {
namespace {

struct ProposalText
{
    Q_DECLARE_TR_FUNCTIONS(Proposal)
};

/// The newest proposal of each department that is still open (draft or adopted).
QHash<DepartmentKey, Proposal> openProposals(const QList<Proposal> &proposals)
{
    QHash<DepartmentKey, Proposal> open;
    for (const Proposal &p : proposals) {
        if (p.status != ProposalStatus::Draft && p.status != ProposalStatus::Adopted)
            continue;
        if (!open.contains(p.department) || open.value(p.department).id < p.id)
            open.insert(p.department, p);
    }
    return open;
}

} // namespace

Result<Proposal> createProposal(ProjectStore &store, const DepartmentKey &department, const QString &name,
                                const QDate &created)
{
    auto dept = store.department(department);
    if (!dept.ok())
        return dept.error();
    if (!dept->has_value())
        return makeError(ProposalText::tr("Department %1 does not exist in the project.").arg(department.toString()));
    if (name.trimmed().isEmpty())
        return makeError(ProposalText::tr("A proposal needs a name."));
    auto tx = store.begin();
    if (!tx.ok())
        return tx.error();
    Proposal p;
    p.department = department;
    p.name = name.trimmed();
    p.created = created;
    p.status = ProposalStatus::Draft;
    if (auto saved = store.saveProposal(p); !saved.ok())
        return saved.error();
    if (auto committed = tx->commit(); !committed.ok())
        return committed.error();
    return p;
}

Result<void> setProposalStatus(ProjectStore &store, qint64 proposalId, ProposalStatus status)
{
    auto found = store.proposal(proposalId);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(ProposalText::tr("There is no proposal %1.").arg(proposalId));
    Proposal p = **found;
    if (p.status == ProposalStatus::Implemented)
        return makeError(ProposalText::tr("The proposal \"%1\" has been carried out; its status cannot change.").arg(p.name));
    auto tx = store.begin();
    if (!tx.ok())
        return tx.error();
    p.status = status;
    if (auto saved = store.saveProposal(p); !saved.ok())
        return saved.error();
    return tx->commit();
}

Result<ImplementReport> implementProposal(ProjectStore &store, qint64 proposalId, const QDate &conversionDate)
{
    if (!conversionDate.isValid())
        return makeError(ProposalText::tr("Give the date the conversion is carried out."));
    auto found = store.proposal(proposalId);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(ProposalText::tr("There is no proposal %1.").arg(proposalId));
    Proposal proposal = **found;
    if (proposal.status != ProposalStatus::Adopted)
        return makeError(ProposalText::tr("The proposal \"%1\" is %2; only an adopted proposal can be carried out.")
                             .arg(proposal.name, proposalStatusName(proposal.status)));
    AreaQuery plannedQuery;
    plannedQuery.status = AreaStatus::Proposed;
    plannedQuery.proposalId = proposalId;
    auto planned = store.areas(plannedQuery);
    if (!planned.ok())
        return planned.error();
    ProjectStore::PathQuery plannedPathQuery;
    plannedPathQuery.status = AreaStatus::Proposed;
    plannedPathQuery.proposalId = proposalId;
    auto plannedPaths = store.paths(plannedPathQuery);
    if (!plannedPaths.ok())
        return plannedPaths.error();
    if (planned->isEmpty() && plannedPaths->isEmpty())
        return makeError(ProposalText::tr("The proposal \"%1\" plans no changes.").arg(proposal.name));

    auto tx = store.begin();
    if (!tx.ok())
        return tx.error();
    ImplementReport report;
    for (const AreaVersion &plan : *planned) {
        auto geometry = store.areaGeometry(plan.fid);
        if (!geometry.ok())
            return geometry.error();
        AreaQuery currentQuery;
        currentQuery.ids = {plan.areaId};
        currentQuery.at = conversionDate;
        auto current = store.areas(currentQuery);
        if (!current.ok())
            return current.error();
        AreaVersion next = plan;
        next.fid = 0;
        next.status = AreaStatus::Current;
        next.proposalId = proposalId; // which proposal brought this version
        next.validFrom = conversionDate;
        next.validTo = QDate();
        if (!current->isEmpty()) {
            const AreaVersion &old = current->first();
            // A new care type is a new habitat: the condition recorded for the old one does not
            // carry over (the new care type's default until one is recorded; edit/condition.h).
            if (next.careType != old.careType)
                next.condition.reset();
            auto oldGeometry = store.areaGeometry(old.fid);
            if (!oldGeometry.ok())
                return oldGeometry.error();
            // A retag keeps the area's outline as it is at the conversion date; later versions
            // stay, and a version that begins on that date is replaced.
            if (auto changed = supersedeAreaVersion(store, old, next, std::move(*oldGeometry)); !changed.ok())
                return changed.error();
            ++report.retagged;
        } else {
            AreaQuery anyQuery;
            anyQuery.ids = {plan.areaId};
            auto any = store.areas(anyQuery);
            if (!any.ok())
                return any.error();
            if (!any->isEmpty())
                return makeError(ProposalText::tr("Area %1 of the proposal \"%2\" does not exist on %3.")
                                     .arg(plan.areaId)
                                     .arg(proposal.name, isoDate(conversionDate)));
            if (auto inserted = store.areaLayer().insert(next, *geometry); !inserted.ok())
                return inserted.error();
            ++report.added;
        }
    }
    for (const PathVersion &plan : *plannedPaths) {
        auto line = store.pathGeometry(plan.fid);
        if (!line.ok())
            return line.error();
        PathVersion next = plan;
        next.fid = 0;
        next.status = AreaStatus::Current;
        next.validFrom = conversionDate;
        next.validTo = QDate();
        if (auto inserted = store.pathLayer().insert(next, *line); !inserted.ok())
            return inserted.error();
        ++report.paths;
    }
    proposal.status = ProposalStatus::Implemented;
    proposal.conversionDate = conversionDate;
    if (auto saved = store.saveProposal(proposal); !saved.ok())
        return saved.error();
    if (auto committed = tx->commit(); !committed.ok())
        return committed.error();
    return report;
}

Result<QList<ShareBar>> shareBars(const ProjectStore &store, const QDate &at, const std::optional<DepartmentKey> &department,
                                  const MapContent &content)
{
    const Catalogue &catalogue = store.catalogue();
    auto addTo = [&catalogue](ShareBar &bar, const QString &care, double m2, bool proposal) {
        const CareType *ct = catalogue.find(care);
        if (!ct || !ct->green)
            return;
        (proposal ? bar.greenProposal : bar.greenToday) += m2;
        if (ct->natureFriendly)
            (proposal ? bar.natureProposal : bar.natureToday) += m2;
    };
    auto departments = store.departments();
    if (!departments.ok())
        return departments.error();
    QHash<DepartmentKey, ShareBar> bars;
    for (const Department &d : *departments) {
        if (department && d.key != *department)
            continue;
        ShareBar bar;
        bar.department = d.key;
        bar.label = d.name.isEmpty() ? d.key.toString() : d.key.deptText() + QLatin1Char(' ') + d.name;
        bars.insert(d.key, bar);
    }
    // Today: the stored sums with the unsaved edits (no proposal).
    AreaQuery today;
    today.at = at;
    today.department = department;
    auto stored = store.areaTotals(today, AreaGrouping::DepartmentAndCareType);
    if (!stored.ok())
        return stored.error();
    QList<AreaTotal> edited; // what the unsaved edits change today
    if (content.overlay) {
        auto difference = MapDifference::gather(store, MapContent{content.overlay, std::nullopt}, department);
        if (!difference.ok())
            return difference.error();
        edited = difference->at(at, AreaGrouping::DepartmentAndCareType);
    }
    for (const AreaTotal &t : mergeTotals(*stored, edited, AreaGrouping::DepartmentAndCareType)) {
        if (bars.contains(t.department))
            addTo(bars[t.department], t.careType, t.areaM2, false);
    }

    // With the proposal: each department's open proposal, or the one the map shows. Its figures are
    // today's plus what its plan changes (summed per care type first, so a plan that only moves
    // area between green care types leaves the green area exactly as it is).
    auto proposals = store.proposals(department);
    if (!proposals.ok())
        return proposals.error();
    auto open = openProposals(*proposals);
    if (content.proposalId) {
        for (const Proposal &p : std::as_const(*proposals)) {
            if (p.id == *content.proposalId)
                open.insert(p.department, p);
        }
    }
    for (auto it = bars.begin(); it != bars.end(); ++it) {
        ShareBar &bar = it.value();
        bar.greenProposal = bar.greenToday;
        bar.natureProposal = bar.natureToday;
        const auto proposal = open.constFind(it.key());
        if (proposal == open.cend())
            continue;
        auto difference = MapDifference::gather(store, MapContent{content.overlay, proposal->id}, it.key());
        if (!difference.ok())
            return difference.error();
        if (!difference->hasPlanned())
            continue;
        bar.hasProposal = true;
        QMap<QString, double> change;
        for (const AreaTotal &t : difference->at(at, AreaGrouping::DepartmentAndCareType))
            change[t.careType] += t.areaM2;
        for (const AreaTotal &t : std::as_const(edited)) {
            if (t.department == it.key())
                change[t.careType] -= t.areaM2;
        }
        ShareBar delta;
        for (auto c = change.cbegin(); c != change.cend(); ++c)
            addTo(delta, c.key(), c.value(), true);
        bar.greenProposal += delta.greenProposal;
        bar.natureProposal += delta.natureProposal;
    }
    QList<ShareBar> list = bars.values();
    std::sort(list.begin(), list.end(), [](const ShareBar &a, const ShareBar &b) { return a.department < b.department; });
    return list;
}

} // namespace engdrift
