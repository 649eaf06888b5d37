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
        switch (e->kind) {
        case AdoptionEventKind::Proposed:
            proposed = true;
            break;
        case AdoptionEventKind::Analysis:
        case AdoptionEventKind::Meeting:
        case AdoptionEventKind::Rejected:
        case AdoptionEventKind::Postponed:
            if (!proposed)
                broken.append({e, PathRule::NeedsProposal});
            break;
        case AdoptionEventKind::Adopted:
            if (!proposed)
                broken.append({e, PathRule::NeedsProposal});
            adopted = true;
            break;
        case AdoptionEventKind::Implemented:
            if (!adopted)
                broken.append({e, PathRule::NeedsAdoption});
            break;
        case AdoptionEventKind::Withdrawn:
            if (!proposed)
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
    return AdoptionAnalysisText::tr("Department %1: %2 on %3 needs a proposal before it")
        .arg(dept, kindName(e.kind), isoDate(e.date));
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
            status.votes = isMeetingEvent(e->kind) ? e->votes : std::nullopt;
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

Result<void> validateAdoptionEvent(const AdoptionEvent &event, const QList<AdoptionEvent> &others,
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

    // The path of adoption, with the event in place (replacing the one with its id). Only the
    // breaks this event causes count: an older break in the stored events is not its fault.
    QList<const AdoptionEvent *> before;
    QList<const AdoptionEvent *> after;
    for (const AdoptionEvent &e : others) {
        before << &e;
        if (event.id == 0 || e.id != event.id)
            after << &e;
    }
    after << &event;
    QSet<const AdoptionEvent *> brokenBefore;
    for (const auto &[e, rule] : pathViolations(before))
        brokenBefore.insert(e);
    for (const auto &[e, rule] : pathViolations(after)) {
        if (e == &event || !brokenBefore.contains(e))
            problems << pathMessage(*e, rule);
    }

    if (!problems.isEmpty())
        return makeError(problems.join(QLatin1Char('\n')));
    return {};
}

Result<void> recordAdoptionEvent(ProjectStore &store, AdoptionEvent &event)
{
    auto transaction = store.begin();
    if (!transaction.ok())
        return transaction.error();
    auto department = store.department(event.department);
    if (!department.ok())
        return department.error();
    if (!department->has_value())
        return makeError(AdoptionAnalysisText::tr("Department %1 is not in the project.").arg(event.department.toString()));
    auto others = store.adoptionEvents(event.department);
    if (!others.ok())
        return others.error();
    if (event.id != 0) {
        const bool known = std::any_of(others->cbegin(), others->cend(),
                                       [&event](const AdoptionEvent &e) { return e.id == event.id; });
        if (!known)
            return makeError(AdoptionAnalysisText::tr("Department %1 has no adoption event %2.")
                                 .arg(event.department.toString())
                                 .arg(event.id));
    }
    auto start = store.departmentStart(event.department);
    if (!start.ok())
        return start.error();
    if (auto valid = validateAdoptionEvent(event, *others, *start); !valid.ok())
        return valid;
    AdoptionEvent written = event;
    if (auto saved = store.saveAdoptionEvent(written); !saved.ok())
        return saved;
    if (auto committed = transaction->commit(); !committed.ok())
        return committed;
    event.id = written.id;
    return {};
}

AdoptionStatus adoptionStatusAt(const QList<AdoptionEvent> &departmentEvents, const QDate &date)
{
    return statusFromSorted(sortedEvents(departmentEvents), date);
}

QString describeStatus(const AdoptionStatus &status)
{
    using State = AdoptionStatus::State;
    const QString since = isoDate(status.since);
    switch (status.state) {
    case State::NotProposed:
        return AdoptionAnalysisText::tr("Not proposed");
    case State::Proposed:
        return AdoptionAnalysisText::tr("Proposed %1").arg(since);
    case State::Meeting:
        return AdoptionAnalysisText::tr("Meeting held %1").arg(since);
    case State::Adopted:
        return AdoptionAnalysisText::tr("Adopted %1").arg(since);
    case State::Rejected:
        return AdoptionAnalysisText::tr("Rejected %1").arg(since);
    case State::Postponed:
        return AdoptionAnalysisText::tr("Postponed %1").arg(since);
    case State::Implemented:
        return AdoptionAnalysisText::tr("Implemented %1").arg(since);
    case State::Withdrawn:
        return AdoptionAnalysisText::tr("Withdrawn %1").arg(since);
    }
    return {};
}

Result<AdoptionSeries> adoptionSeries(const ProjectStore &store, const QList<QDate> &dates)
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
