#pragma once
// Adoption records: checking an event against the department's others, recording it, the status
// of a department at a date, and the adoption count over time.
//
// Rules (each broken rule is an error that names the rule and the event):
// - the events of a department, ordered by date (same date: in the order Proposed, Analysis,
//   Meeting, Adopted/Rejected/Postponed, Implemented, Withdrawn), must follow the path of
//   adoption: Analysis, Meeting and the meeting's outcomes need an earlier Proposed (since the last
//   Withdrawn); Implemented needs an earlier Adopted; Withdrawn needs an earlier Proposed;
// - votes only on a meeting or its outcome (Meeting, Adopted, Rejected, Postponed); counts not
//   negative; for + against + blank not more than two per household; households above 0 when
//   votes are given;
// - a body (department meeting, extraordinary meeting, board decision) only on those events;
// - no event before the department exists (its first area version);
// - a date is a real date.

#include "analysis/series.h"
#include "model/adoption.h"
#include "util/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace engdrift {

class ProjectStore;

/// Checks `event` as if added to (or, same id, replacing one of) `others`, the department's events.
/// `departmentStart` is the date of its first area version (invalid: no areas yet, no limit).
Result<void> validateAdoptionEvent(const AdoptionEvent &event, const QList<AdoptionEvent> &others,
                                   const QDate &departmentStart);

/// Validates and writes the event in one transaction (id 0: a new event); sets event.id.
Result<void> recordAdoptionEvent(ProjectStore &store, AdoptionEvent &event);

/// Where a department stands at a date, from its events.
struct AdoptionStatus
{
    enum class State { NotProposed, Proposed, Meeting, Adopted, Rejected, Postponed, Implemented, Withdrawn };
    State state = State::NotProposed;
    QDate since;                ///< the date of the event that decided the state
    std::optional<Votes> votes; ///< of the meeting that decided it, if any
    bool isAdopted() const { return state == State::Adopted || state == State::Implemented; }
};

AdoptionStatus adoptionStatusAt(const QList<AdoptionEvent> &departmentEvents, const QDate &date);
/// "Adopted 2023-03-15", translated.
QString describeStatus(const AdoptionStatus &status);

/// The number of departments adopted at each date, and the number that existed then.
Result<AdoptionSeries> adoptionSeries(const ProjectStore &store, const QList<QDate> &dates);

} // namespace engdrift
