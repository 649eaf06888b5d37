#pragma once
// Adoption records: checking an event against the department's others, recording it, the status
// of a department at a date, and the adoption count over time.
//
// Rules (each broken rule is an error that names the rule and the event):
// - the events of a department, ordered by date (same date: in the order Proposed, Analysis,
//   Meeting, Adopted/Rejected/Postponed, Implemented, Withdrawn), must follow the path of
//   adoption: Implemented needs an earlier Adopted (since the last Withdrawn);
// - an event identical to one in the record (same kind, date and votes) is a duplicate;
// - votes only on a meeting or its outcome (Meeting, Adopted, Rejected, Postponed); counts not
//   negative; for + against + blank not more than two per household; households above 0 when
//   votes are given;
// - a body (department meeting, extraordinary meeting, board decision) only on those events;
// - no event before the department exists (its first area version);
// - a date is a real date;
// - the proposal an event names is one of the department's proposals.
//
// Warnings (said, but the event is recorded): Analysis, Meeting, the meeting's outcomes and
// Withdrawn without an earlier Proposed (since the last Withdrawn) and without naming a proposal
// have "no proposal on record": decisions made before the program was used are entered afterwards.

#include "analysis/series.h"
#include "model/adoption.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace engdrift {

class ProjectStore;

/// Checks `event` as if added to (or, same id, replacing one of) `others`, the department's events.
/// `departmentStart` is the date of its first area version (invalid: no areas yet, no limit).
/// Returns the warnings (one a line in each string), or the broken rules one a line.
Result<QStringList> validateAdoptionEvent(const AdoptionEvent &event, const QList<AdoptionEvent> &others,
                                          const QDate &departmentStart);
/// Checks the record without `removed` (one of `others`): the same rules as recording.
Result<QStringList> validateAdoptionRemoval(const AdoptionEvent &removed, const QList<AdoptionEvent> &others);

/// What a change of the adoption record did besides the change itself.
struct AdoptionChangeReport
{
    QStringList warnings;                         ///< said to the user; the change was made
    std::optional<qint64> proposalId;             ///< the proposal whose status follows the decision
    std::optional<ProposalStatus> proposalStatus; ///< its status after the change
};

/// One change of a department's adoption record: record an event (id 0: a new one; else it
/// replaces the event with that id) or delete one.
struct AdoptionChange
{
    enum class Action { Record, Delete };
    Action action = Action::Record;
    AdoptionEvent event; ///< Delete: only department and id count
};

/// Makes the change in one transaction: checks the department's record as it would be after it
/// (refused with the broken rules, the project left as it was), writes or deletes the event, and
/// lets the status of the proposal a decision names follow it (adopted, rejected, withdrawn; a
/// postponed or deleted decision makes it a draft again; a carried-out proposal stays so). On
/// success a recorded event's id is set in change.event.
Result<AdoptionChangeReport> changeAdoptionRecord(ProjectStore &store, AdoptionChange &change);
/// changeAdoptionRecord() recording `event`; sets event.id.
Result<AdoptionChangeReport> recordAdoptionEvent(ProjectStore &store, AdoptionEvent &event);
/// changeAdoptionRecord() deleting the department's event `eventId`.
Result<AdoptionChangeReport> removeAdoptionEvent(ProjectStore &store, const DepartmentKey &department, qint64 eventId);

/// Where a department stands at a date, from its events.
struct AdoptionStatus
{
    enum class State { NotProposed, Proposed, Meeting, Adopted, Rejected, Postponed, Implemented, Withdrawn };
    State state = State::NotProposed;
    QDate since;                ///< the date of the event that put the department in this state
    /// The date of the decision behind the state: the meeting's outcome (adopted, rejected,
    /// postponed; for implemented, the adoption before it) or the withdrawal. Invalid when nothing
    /// is decided (not proposed, proposed, meeting held).
    QDate decided;
    /// The votes of the meeting that decided it (or of the meeting held, undecided), if recorded.
    std::optional<Votes> votes;
    bool isAdopted() const { return state == State::Adopted || state == State::Implemented; }
};

AdoptionStatus adoptionStatusAt(const QList<AdoptionEvent> &departmentEvents, const QDate &date);
/// "Adopted 2023-03-15", translated.
QString describeStatus(const AdoptionStatus &status);
/// The state's machine name, for CSV, JSON and spreadsheets: "not_proposed", "adopted", ...
QString stateCode(AdoptionStatus::State state);
/// The state in a word, for people (translated): "adopted", "carried out", ...
QString stateName(AdoptionStatus::State state);

/// The number of departments adopted at each date, and the number that existed then; of one
/// organisation's departments, or of all.
Result<AdoptionSeries> adoptionSeries(const ProjectStore &store, const QList<QDate> &dates,
                                      const std::optional<int> &organisation = std::nullopt);

} // namespace engdrift
