#include "analysis/adoption.h"

#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace engdrift {
namespace {

struct AdoptionAnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(AdoptionAnalysis)
};

/// The order of events on the same date: Proposed, Analysis, Meeting, the meeting's outcome,
/// Implemented, Withdrawn.
int sameDayRank(AdoptionEventKind kind)
{
    switch (kind) {
    case AdoptionEventKind::Proposed:
        return 0;
    case AdoptionEventKind::Analysis:
        return 1;
    case AdoptionEventKind::Meeting:
        return 2;
    case AdoptionEventKind::Adopted:
    case AdoptionEventKind::Rejected:
    case AdoptionEventKind::Postponed:
        return 3;
    case AdoptionEventKind::Implemented:
        return 4;
    case AdoptionEventKind::Withdrawn:
        return 5;
    }
    return 6;
}

/// Sorts by date and same-day rank; the order given decides the rest (stable).
void sortEvents(QList<const AdoptionEvent *> &events)
{
    std::stable_sort(events.begin(), events.end(), [](const AdoptionEvent *a, const AdoptionEvent *b) {
        if (a->date != b->date)
            return a->date < b->date;
        return sameDayRank(a->kind) < sameDayRank(b->kind);
    });
}

QList<const AdoptionEvent *> sortedEvents(const QList<AdoptionEvent> &events)
{
    QList<const AdoptionEvent *> sorted;
    sorted.reserve(events.size());
    for (const AdoptionEvent &e : events)
        sorted << &e;
    sortEvents(sorted);
    return sorted;
}

enum class PathRule { NeedsProposal, NeedsAdoption };

/// Walks the events in order and returns those that break the path of adoption, with the rule.
QList<std::pair<const AdoptionEvent *, PathRule>> pathViolations(QList<const AdoptionEvent *> events)
{
    sortEvents(events);
    QList<std::pair<const AdoptionEvent *, PathRule>> broken;
    bool proposed = false; // since the last withdrawal
    bool adopted = false;  // since the last withdrawal
    for (const AdoptionEvent *e : events) {
        const bool named = e->proposalId.has_value(); // the event names the proposal: one is on record
        switch (e->kind) {
        case AdoptionEventKind::Proposed:
            proposed = true;
            break;
        case AdoptionEventKind::Analysis:
        case AdoptionEventKind::Meeting:
        case AdoptionEventKind::Rejected:
        case AdoptionEventKind::Postponed:
            if (!proposed && !named)
                broken.append({e, PathRule::NeedsProposal});
            proposed = proposed || named;
            break;
        case AdoptionEventKind::Adopted:
            if (!proposed && !named)
                broken.append({e, PathRule::NeedsProposal});
            proposed = proposed || named;
            adopted = true;
            break;
        case AdoptionEventKind::Implemented:
            if (!adopted)
                broken.append({e, PathRule::NeedsAdoption});
            break;
        case AdoptionEventKind::Withdrawn:
            if (!proposed && !named)
                broken.append({e, PathRule::NeedsProposal});
            proposed = false;
            adopted = false;
            break;
        }
    }
    return broken;
}

QString pathMessage(const AdoptionEvent &e, PathRule rule)
{
    const QString dept = e.department.toString();
    if (rule == PathRule::NeedsAdoption)
        return AdoptionAnalysisText::tr("Department %1: %2 on %3 needs an adoption before it")
            .arg(dept, kindName(e.kind), isoDate(e.date));
    return AdoptionAnalysisText::tr("Department %1: %2 on %3 has no proposal on record before it")
        .arg(dept, kindName(e.kind), isoDate(e.date));
}

/// The breaks of the path of adoption that a change causes: those in `after` that were not in
/// `before` (an older break in the stored events is not the change's fault), and every break of
/// `self`, the event recorded. A missing adoption is a problem; a missing proposal a warning.
void pathChanges(const QList<const AdoptionEvent *> &before, const QList<const AdoptionEvent *> &after,
                 const AdoptionEvent *self, QStringList &problems, QStringList &warnings)
{
    QSet<std::pair<const AdoptionEvent *, int>> brokenBefore;
    for (const auto &[e, rule] : pathViolations(before))
        brokenBefore.insert({e, static_cast<int>(rule)});
    for (const auto &[e, rule] : pathViolations(after)) {
        if (e != self && brokenBefore.contains({e, static_cast<int>(rule)}))
            continue;
        (rule == PathRule::NeedsAdoption ? problems : warnings) << pathMessage(*e, rule);
    }
}

/// The status a meeting's decision gives the proposal it names; nullopt for the other events.
std::optional<ProposalStatus> decidedStatus(AdoptionEventKind kind)
{
    switch (kind) {
    case AdoptionEventKind::Adopted:
        return ProposalStatus::Adopted;
    case AdoptionEventKind::Rejected:
        return ProposalStatus::Rejected;
    case AdoptionEventKind::Postponed:
        return ProposalStatus::Draft;
    case AdoptionEventKind::Withdrawn:
        return ProposalStatus::Withdrawn;
    case AdoptionEventKind::Proposed:
    case AdoptionEventKind::Analysis:
    case AdoptionEventKind::Meeting:
    case AdoptionEventKind::Implemented:
        return std::nullopt;
    }
    return std::nullopt;
}

QString votesText(const Votes &v)
{
    return AdoptionAnalysisText::tr("%1 for, %2 against, %3 blank; %4 households")
        .arg(v.votesFor)
        .arg(v.votesAgainst)
        .arg(v.votesBlank)
        .arg(v.households);
}

/// The status from events already sorted by sortEvents().
///
/// Before an adoption the latest step counts (proposed, a meeting, rejected, postponed; an
/// analysis does not change it). Once adopted, the department stays adopted (or implemented) until
/// it withdraws: the proposals and meetings that follow are about further measures.
AdoptionStatus statusFromSorted(const QList<const AdoptionEvent *> &events, const QDate &date)
{
    using State = AdoptionStatus::State;
    AdoptionStatus status;
    for (const AdoptionEvent *e : events) {
        if (!date.isValid() || e->date > date)
            break;
        const bool adopted = status.isAdopted();
        auto set = [&status, e](State state) {
            status.state = state;
            status.since = e->date;
            switch (e->kind) {
            case AdoptionEventKind::Adopted:
            case AdoptionEventKind::Rejected:
            case AdoptionEventKind::Postponed:
                status.decided = e->date;
                status.votes = e->votes;
                break;
            case AdoptionEventKind::Implemented:
                break; // carried out: the adoption before it stays the decision
            case AdoptionEventKind::Withdrawn:
                status.decided = e->date;
                status.votes.reset();
                break;
            case AdoptionEventKind::Meeting:
                status.decided = QDate();
                status.votes = e->votes;
                break;
            case AdoptionEventKind::Proposed:
            case AdoptionEventKind::Analysis:
                status.decided = QDate();
                status.votes.reset();
                break;
            }
        };
        switch (e->kind) {
        case AdoptionEventKind::Proposed:
            if (!adopted)
                set(State::Proposed);
            break;
        case AdoptionEventKind::Analysis:
            break;
        case AdoptionEventKind::Meeting:
            if (!adopted)
                set(State::Meeting);
            break;
        case AdoptionEventKind::Adopted:
            if (!adopted)
                set(State::Adopted);
            break;
        case AdoptionEventKind::Rejected:
            if (!adopted)
                set(State::Rejected);
            break;
        case AdoptionEventKind::Postponed:
            if (!adopted)
                set(State::Postponed);
            break;
        case AdoptionEventKind::Implemented:
            if (status.state == State::Adopted)
                set(State::Implemented);
            break;
        case AdoptionEventKind::Withdrawn:
            set(State::Withdrawn);
            break;
        }
    }
    return status;
}

} // namespace

Result<QStringList> validateAdoptionEvent(const AdoptionEvent &event, const QList<AdoptionEvent> &others,
                                          const QDate &departmentStart)
{
    const QString dept = event.department.toString();
    const QString kind = kindName(event.kind);
    QStringList problems;

    if (!event.date.isValid()) {
        problems << AdoptionAnalysisText::tr("Department %1: the %2 event needs a real date").arg(dept, kind);
        return makeError(problems.join(QLatin1Char('\n')));
    }
    const QString date = isoDate(event.date);

    if (departmentStart.isValid() && event.date < departmentStart)
        problems << AdoptionAnalysisText::tr("Department %1: %2 on %3 is before the department exists (its first "
                                             "area is from %4)")
                        .arg(dept, kind, date, isoDate(departmentStart));

    if (event.body != MeetingBody::None && !isMeetingEvent(event.kind))
        problems << AdoptionAnalysisText::tr("Department %1: %2 on %3 cannot have a meeting body (%4): only a "
                                             "meeting or its outcome can")
                        .arg(dept, kind, date, bodyName(event.body));

    if (event.votes) {
        const Votes &v = *event.votes;
        if (!isMeetingEvent(event.kind))
            problems << AdoptionAnalysisText::tr("Department %1: %2 on %3 cannot have votes: only a meeting or its "
                                                 "outcome can")
                            .arg(dept, kind, date);
        const bool negative = v.votesFor < 0 || v.votesAgainst < 0 || v.votesBlank < 0 || v.households < 0;
        if (negative) {
            problems << AdoptionAnalysisText::tr("Department %1: %2 on %3 has a negative count (%4 for, %5 against, "
                                                 "%6 blank, %7 households)")
                            .arg(dept, kind, date)
                            .arg(v.votesFor)
                            .arg(v.votesAgainst)
                            .arg(v.votesBlank)
                            .arg(v.households);
        } else if (v.households == 0) {
            problems << AdoptionAnalysisText::tr("Department %1: %2 on %3 has votes but no households: the number "
                                                 "of households must be above 0")
                            .arg(dept, kind, date);
        } else {
            const qint64 cast = qint64(v.votesFor) + v.votesAgainst + v.votesBlank;
            const qint64 most = 2 * qint64(v.households);
            if (cast > most)
                problems << AdoptionAnalysisText::tr("Department %1: %2 on %3: %4 votes for, against and blank from "
                                                     "%5 households: at most two votes per household (%6)")
                                .arg(dept, kind, date)
                                .arg(cast)
                                .arg(v.households)
                                .arg(most);
        }
    }

    for (const AdoptionEvent &e : others) {
        if (event.id != 0 && e.id == event.id)
            continue;
        if (e.kind == event.kind && e.date == event.date && e.votes == event.votes) {
            problems << (event.votes ? AdoptionAnalysisText::tr("Department %1: %2 on %3 (%4) is already in the record")
                                           .arg(dept, kind, date, votesText(*event.votes))
                                     : AdoptionAnalysisText::tr("Department %1: %2 on %3 is already in the record")
                                           .arg(dept, kind, date));
            break;
        }
    }

    // The path of adoption, with the event in place (replacing the one with its id).
    QList<const AdoptionEvent *> before;
    QList<const AdoptionEvent *> after;
    for (const AdoptionEvent &e : others) {
        before << &e;
        if (event.id == 0 || e.id != event.id)
            after << &e;
    }
    after << &event;
    QStringList warnings;
    pathChanges(before, after, &event, problems, warnings);

    if (!problems.isEmpty())
        return makeError(problems.join(QLatin1Char('\n')));
    return warnings;
}

Result<QStringList> validateAdoptionRemoval(const AdoptionEvent &removed, const QList<AdoptionEvent> &others)
{
    QList<const AdoptionEvent *> before;
    QList<const AdoptionEvent *> after;
    for (const AdoptionEvent &e : others) {
        before << &e;
        if (e.id != removed.id)
            after << &e;
    }
    QStringList problems;
    QStringList warnings;
    pathChanges(before, after, nullptr, problems, warnings);
    if (!problems.isEmpty())
        return makeError(problems.join(QLatin1Char('\n')));
    return warnings;
}

Result<AdoptionChangeReport> changeAdoptionRecord(ProjectStore &store, AdoptionChange &change)
{
    AdoptionEvent &event = change.event;
    const bool removing = change.action == AdoptionChange::Action::Delete;
    const QString dept = event.department.toString();
    auto transaction = store.begin();
    if (!transaction.ok())
        return transaction.error();
    auto department = store.department(event.department);
    if (!department.ok())
        return department.error();
    if (!department->has_value())
        return makeError(AdoptionAnalysisText::tr("Department %1 is not in the project.").arg(dept));
    auto others = store.adoptionEvents(event.department);
    if (!others.ok())
        return others.error();
    std::optional<AdoptionEvent> previous; // the stored event that is replaced or deleted
    if (event.id != 0) {
        for (const AdoptionEvent &e : *others) {
            if (e.id == event.id)
                previous = e;
        }
        if (!previous)
            return makeError(AdoptionAnalysisText::tr("Department %1 has no adoption event %2.").arg(dept).arg(event.id));
    } else if (removing) {
        return makeError(AdoptionAnalysisText::tr("Department %1 has no adoption event %2.").arg(dept).arg(event.id));
    }

    AdoptionChangeReport report;
    if (removing) {
        auto valid = validateAdoptionRemoval(*previous, *others);
        if (!valid.ok())
            return valid.error();
        report.warnings = *valid;
    } else {
        auto start = store.departmentStart(event.department);
        if (!start.ok())
            return start.error();
        auto valid = validateAdoptionEvent(event, *others, *start);
        QStringList problems;
        if (!valid.ok())
            problems << valid.errorMessage();
        // The proposal the event names must be one of the department's.
        if (event.proposalId) {
            auto proposal = store.proposal(*event.proposalId);
            if (!proposal.ok())
                return proposal.error();
            const QString what = kindName(event.kind);
            if (!proposal->has_value())
                problems << AdoptionAnalysisText::tr("Department %1: %2 on %3 names proposal %4, which is not in the project")
                                .arg(dept, what, isoDate(event.date))
                                .arg(*event.proposalId);
            else if ((**proposal).department != event.department)
                problems << AdoptionAnalysisText::tr("Department %1: %2 on %3 names proposal %4 (\"%5\") of department %6")
                                .arg(dept, what, isoDate(event.date))
                                .arg(*event.proposalId)
                                .arg((**proposal).name, (**proposal).department.toString());
        }
        if (!problems.isEmpty())
            return makeError(problems.join(QLatin1Char('\n')));
        report.warnings = *valid;
    }

    if (removing) {
        if (auto deleted = store.deleteAdoptionEvent(event.id); !deleted.ok())
            return deleted.error();
    } else {
        AdoptionEvent written = event;
        if (auto saved = store.saveAdoptionEvent(written); !saved.ok())
            return saved.error();
        event.id = written.id;
    }

    // The proposals whose decision changed follow the record: the last decision that names them.
    QList<qint64> touched;
    auto touch = [&touched](const AdoptionEvent &e) {
        if (e.proposalId && decidedStatus(e.kind) && !touched.contains(*e.proposalId))
            touched << *e.proposalId;
    };
    if (previous)
        touch(*previous);
    if (!removing)
        touch(event);
    if (!touched.isEmpty()) {
        auto after = store.adoptionEvents(event.department);
        if (!after.ok())
            return after.error();
        const QList<const AdoptionEvent *> sorted = sortedEvents(*after);
        for (qint64 id : touched) {
            auto found = store.proposal(id);
            if (!found.ok())
                return found.error();
            if (!found->has_value())
                continue; // a proposal that is gone has no status to follow
            Proposal proposal = **found;
            if (proposal.status == ProposalStatus::Implemented)
                continue; // carried out: that stays
            ProposalStatus status = ProposalStatus::Draft;
            for (const AdoptionEvent *e : sorted) {
                if (e->proposalId == id) {
                    if (auto decided = decidedStatus(e->kind))
                        status = *decided;
                }
            }
            if (status != proposal.status) {
                proposal.status = status;
                if (auto saved = store.saveProposal(proposal); !saved.ok())
                    return saved.error();
            }
        }
    }
    const std::optional<qint64> named = removing ? previous->proposalId : event.proposalId;
    if (named) {
        auto proposal = store.proposal(*named);
        if (!proposal.ok())
            return proposal.error();
        if (proposal->has_value()) {
            report.proposalId = named;
            report.proposalStatus = (**proposal).status;
        }
    }
    if (auto committed = transaction->commit(); !committed.ok())
        return committed.error();
    return report;
}

Result<AdoptionChangeReport> recordAdoptionEvent(ProjectStore &store, AdoptionEvent &event)
{
    AdoptionChange change{AdoptionChange::Action::Record, event};
    auto report = changeAdoptionRecord(store, change);
    if (report.ok())
        event.id = change.event.id;
    return report;
}

Result<AdoptionChangeReport> removeAdoptionEvent(ProjectStore &store, const DepartmentKey &department, qint64 eventId)
{
    AdoptionChange change;
    change.action = AdoptionChange::Action::Delete;
    change.event.department = department;
    change.event.id = eventId;
    return changeAdoptionRecord(store, change);
}

AdoptionStatus adoptionStatusAt(const QList<AdoptionEvent> &departmentEvents, const QDate &date)
{
    return statusFromSorted(sortedEvents(departmentEvents), date);
}

Result<AdoptionSeries> adoptionSeries(const ProjectStore &store, const QList<QDate> &dates,
                                      const std::optional<int> &organisation)
{
    auto departments = store.departments();
    if (!departments.ok())
        return departments.error();
    auto events = store.adoptionEvents();
    if (!events.ok())
        return events.error();
    QHash<DepartmentKey, QList<const AdoptionEvent *>> byDepartment;
    for (const AdoptionEvent &e : *events)
        byDepartment[e.department] << &e;
    for (auto &list : byDepartment)
        sortEvents(list);

    struct Known
    {
        QDate start;
        QList<const AdoptionEvent *> events;
    };
    QList<Known> known;
    known.reserve(departments->size());
    for (const Department &department : *departments) {
        if (organisation && department.key.orgNo != *organisation)
            continue;
        auto start = store.departmentStart(department.key);
        if (!start.ok())
            return start.error();
        if (start->isValid()) // a department without areas does not exist yet at any date
            known.append(Known{*start, byDepartment.value(department.key)});
    }

    AdoptionSeries series;
    series.dates = dates;
    series.adopted.reserve(dates.size());
    series.departments.reserve(dates.size());
    for (const QDate &date : dates) {
        int existing = 0;
        int adopted = 0;
        for (const Known &k : known) {
            if (!date.isValid() || k.start > date)
                continue;
            ++existing;
            // Counted only among the departments that exist: the numerator is part of the denominator.
            if (statusFromSorted(k.events, date).isAdopted())
                ++adopted;
        }
        series.adopted << adopted;
        series.departments << existing;
    }
    return series;
}

} // namespace engdrift
