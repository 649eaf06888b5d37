// The words for an adoption status: a sentence for people ("Adopted 2024-09-12"), a code for
// files and a name for tables (analysis/adoption.h).

#include "analysis/adoption.h"
#include "util/dates.h"

#include <QCoreApplication>

namespace engdrift {
namespace {

struct AdoptionAnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(AdoptionAnalysis)
};

} // namespace

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

QString stateCode(AdoptionStatus::State state)
{
    using State = AdoptionStatus::State;
    switch (state) {
    case State::NotProposed:
        return QStringLiteral("not_proposed");
    case State::Proposed:
        return QStringLiteral("proposed");
    case State::Meeting:
        return QStringLiteral("meeting");
    case State::Adopted:
        return QStringLiteral("adopted");
    case State::Rejected:
        return QStringLiteral("rejected");
    case State::Postponed:
        return QStringLiteral("postponed");
    case State::Implemented:
        return QStringLiteral("implemented");
    case State::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

QString stateName(AdoptionStatus::State state)
{
    using State = AdoptionStatus::State;
    switch (state) {
    case State::NotProposed:
        return AdoptionAnalysisText::tr("not proposed");
    case State::Proposed:
        return AdoptionAnalysisText::tr("proposed");
    case State::Meeting:
        return AdoptionAnalysisText::tr("meeting held");
    case State::Adopted:
        return AdoptionAnalysisText::tr("adopted");
    case State::Rejected:
        return AdoptionAnalysisText::tr("rejected");
    case State::Postponed:
        return AdoptionAnalysisText::tr("postponed");
    case State::Implemented:
        return AdoptionAnalysisText::tr("carried out");
    case State::Withdrawn:
        return AdoptionAnalysisText::tr("withdrawn");
    }
    return {};
}

} // namespace engdrift
