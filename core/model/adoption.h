#pragma once
// Adoption of the nature-friendly concept by a department: dated events (a proposal, the advisor's
// analysis, the meeting and its outcome with the votes, the conversion, a withdrawal) and the
// proposals themselves (planned changes drafted without touching the current map).

#include "model/department.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace engdrift {

enum class AdoptionEventKind {
    Proposed,    ///< proposal drafted
    Analysis,    ///< the advisor's analysis
    Meeting,     ///< a meeting held (without a decision yet)
    Adopted,     ///< the meeting adopted the proposal
    Rejected,    ///< the meeting rejected it
    Postponed,   ///< the meeting postponed the decision
    Implemented, ///< the conversion was carried out
    Withdrawn,   ///< the department left the concept again
};

enum class MeetingBody { None, DepartmentMeeting, ExtraordinaryMeeting, BoardDecision };

/// Votes at a meeting. Two votes per household at most, as in a department meeting.
struct Votes
{
    int votesFor = 0;
    int votesAgainst = 0;
    int votesBlank = 0;
    int households = 0;

    bool operator==(const Votes &) const = default;
};

struct AdoptionEvent
{
    qint64 id = 0; ///< row in the store (0 before it is written)
    DepartmentKey department;
    QDate date;
    AdoptionEventKind kind = AdoptionEventKind::Proposed;
    MeetingBody body = MeetingBody::None; ///< for meetings and their outcomes
    std::optional<Votes> votes;           ///< only on a meeting or its outcome
    QString scheme = QStringLiteral("naturvenlige-udearealer");
    std::optional<qint64> proposalId;
    QString minutesRef; ///< where the minutes are (a link or a file name)
    QString note;
};

/// The machine names used in the store and on the command line.
QString kindCode(AdoptionEventKind kind);
std::optional<AdoptionEventKind> kindFromCode(const QString &code);
QString bodyCode(MeetingBody body);
std::optional<MeetingBody> bodyFromCode(const QString &code);
/// Names for people, translated.
QString kindName(AdoptionEventKind kind);
QString bodyName(MeetingBody body);
/// True for the events that a meeting decides (and that may carry votes).
bool isMeetingEvent(AdoptionEventKind kind);

enum class ProposalStatus { Draft, Adopted, Rejected, Withdrawn, Implemented };

/// A department's proposal: a scenario of planned changes, kept for the record whatever the vote.
struct Proposal
{
    qint64 id = 0;
    DepartmentKey department;
    QString name;
    QDate created;
    ProposalStatus status = ProposalStatus::Draft;
    QDate conversionDate; ///< when an adopted proposal becomes the current state
    QString note;
};

QString proposalStatusCode(ProposalStatus status);
QString proposalStatusName(ProposalStatus status); ///< for people, translated
std::optional<ProposalStatus> proposalStatusFromCode(const QString &code);
/// The status of `proposal` (its id and name read) as a store at `where` holds it: an error naming
/// the proposal when the code is not one this program knows (it is never read as another).
Result<ProposalStatus> storedProposalStatus(const QString &code, const Proposal &proposal, const QString &where);

} // namespace engdrift
