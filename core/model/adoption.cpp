#include "model/adoption.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace engdrift {
namespace {

struct AdoptionText
{
    Q_DECLARE_TR_FUNCTIONS(Adoption)
};

constexpr std::array<std::pair<AdoptionEventKind, const char *>, 8> kindCodes{{
    {AdoptionEventKind::Proposed, "proposed"},
    {AdoptionEventKind::Analysis, "analysis"},
    {AdoptionEventKind::Meeting, "meeting"},
    {AdoptionEventKind::Adopted, "adopted"},
    {AdoptionEventKind::Rejected, "rejected"},
    {AdoptionEventKind::Postponed, "postponed"},
    {AdoptionEventKind::Implemented, "implemented"},
    {AdoptionEventKind::Withdrawn, "withdrawn"},
}};

constexpr std::array<std::pair<MeetingBody, const char *>, 4> bodyCodes{{
    {MeetingBody::None, ""},
    {MeetingBody::DepartmentMeeting, "department_meeting"},
    {MeetingBody::ExtraordinaryMeeting, "extraordinary_meeting"},
    {MeetingBody::BoardDecision, "board"},
}};

constexpr std::array<std::pair<ProposalStatus, const char *>, 5> proposalStatusCodes{{
    {ProposalStatus::Draft, "draft"},
    {ProposalStatus::Adopted, "adopted"},
    {ProposalStatus::Rejected, "rejected"},
    {ProposalStatus::Withdrawn, "withdrawn"},
    {ProposalStatus::Implemented, "implemented"},
}};

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &codes, Enum value)
{
    for (const auto &[v, code] : codes) {
        if (v == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &codes, const QString &code)
{
    for (const auto &[v, c] : codes) {
        if (code == QLatin1String(c))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString kindCode(AdoptionEventKind kind)
{
    return codeOf(kindCodes, kind);
}

std::optional<AdoptionEventKind> kindFromCode(const QString &code)
{
    return valueOf(kindCodes, code);
}

QString bodyCode(MeetingBody body)
{
    return codeOf(bodyCodes, body);
}

std::optional<MeetingBody> bodyFromCode(const QString &code)
{
    return valueOf(bodyCodes, code);
}

QString kindName(AdoptionEventKind kind)
{
    switch (kind) {
    case AdoptionEventKind::Proposed:
        return AdoptionText::tr("proposed");
    case AdoptionEventKind::Analysis:
        return AdoptionText::tr("analysis");
    case AdoptionEventKind::Meeting:
        return AdoptionText::tr("meeting");
    case AdoptionEventKind::Adopted:
        return AdoptionText::tr("adopted");
    case AdoptionEventKind::Rejected:
        return AdoptionText::tr("rejected");
    case AdoptionEventKind::Postponed:
        return AdoptionText::tr("postponed");
    case AdoptionEventKind::Implemented:
        return AdoptionText::tr("implemented");
    case AdoptionEventKind::Withdrawn:
        return AdoptionText::tr("withdrawn");
    }
    return {};
}

QString bodyName(MeetingBody body)
{
    switch (body) {
    case MeetingBody::None:
        return {};
    case MeetingBody::DepartmentMeeting:
        return AdoptionText::tr("department meeting");
    case MeetingBody::ExtraordinaryMeeting:
        return AdoptionText::tr("extraordinary meeting");
    case MeetingBody::BoardDecision:
        return AdoptionText::tr("board decision");
    }
    return {};
}

bool isMeetingEvent(AdoptionEventKind kind)
{
    switch (kind) {
    case AdoptionEventKind::Meeting:
    case AdoptionEventKind::Adopted:
    case AdoptionEventKind::Rejected:
    case AdoptionEventKind::Postponed:
        return true;
    case AdoptionEventKind::Proposed:
    case AdoptionEventKind::Analysis:
    case AdoptionEventKind::Implemented:
    case AdoptionEventKind::Withdrawn:
        return false;
    }
    return false;
}

QString proposalStatusCode(ProposalStatus status)
{
    return codeOf(proposalStatusCodes, status);
}

QString proposalStatusName(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Draft:
        return AdoptionText::tr("draft");
    case ProposalStatus::Adopted:
        return AdoptionText::tr("adopted");
    case ProposalStatus::Rejected:
        return AdoptionText::tr("rejected");
    case ProposalStatus::Withdrawn:
        return AdoptionText::tr("withdrawn");
    case ProposalStatus::Implemented:
        return AdoptionText::tr("carried out");
    }
    return {};
}

std::optional<ProposalStatus> proposalStatusFromCode(const QString &code)
{
    return valueOf(proposalStatusCodes, code);
}

namespace {
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};
} // namespace

Result<ProposalStatus> storedProposalStatus(const QString &code, const Proposal &proposal, const QString &where)
{
    if (const auto known = proposalStatusFromCode(code))
        return *known;
    return makeError(StoreText::tr("%1: proposal %2 (\"%3\") has the unknown status \"%4\" (known: draft, adopted, "
                                   "rejected, withdrawn, implemented).")
                         .arg(where)
                         .arg(proposal.id)
                         .arg(proposal.name, code));
}

} // namespace engdrift
