#include "edit/condition.h"

#include "catalogue/catalogue.h"
#include "edit/edit_conflicts.h"
#include "edit/tagging.h"
#include "store/project_store.h"

#include <QCoreApplication>

namespace engdrift {
namespace {
struct ConditionText
{
    Q_DECLARE_TR_FUNCTIONS(Condition)
};
} // namespace

QString conditionName(HabitatCondition condition)
{
    switch (condition) {
    case HabitatCondition::Poor: return ConditionText::tr("Poor");
    case HabitatCondition::FairlyPoor: return ConditionText::tr("Fairly poor");
    case HabitatCondition::Moderate: return ConditionText::tr("Moderate");
    case HabitatCondition::FairlyGood: return ConditionText::tr("Fairly good");
    case HabitatCondition::Good: return ConditionText::tr("Good");
    }
    return conditionCode(condition);
}

QString significanceName(StrategicSignificance significance)
{
    switch (significance) {
    case StrategicSignificance::Low: return ConditionText::tr("Low");
    case StrategicSignificance::Medium: return ConditionText::tr("Medium");
    case StrategicSignificance::High: return ConditionText::tr("High");
    }
    return significanceCode(significance);
}

HabitatCondition effectiveCondition(const AreaVersion &version, const Catalogue &catalogue)
{
    if (version.condition)
        return *version.condition;
    if (const CareType *type = catalogue.find(version.careType))
        return type->defaultCondition;
    return CareType().defaultCondition;
}

Result<ConditionResult> setAreaCondition(ProjectStore &store, const ConditionRequest &request,
                                         const QHash<qint64, AreaVersion> &read)
{
    if (request.areaIds.isEmpty())
        return makeError(ConditionText::tr("No areas to record the condition of."));
    if (!request.from.isValid())
        return makeError(ConditionText::tr("Recording a condition needs the date it applies from."));
    AreaChangeFrom change;
    change.areaIds = request.areaIds;
    change.from = request.from;
    change.already = [&](const AreaVersion &v) { return v.condition == request.condition; };
    change.change = [&](AreaVersion &next) { next.condition = request.condition; };
    change.mine = [](AreaConflict &c, const AreaVersion &) { c.mine.condition = true; };
    change.nothingWritten = ConditionText::tr("No condition was recorded: %1");
    auto done = changeAreasFrom(store, change, read);
    if (!done.ok())
        return done.error();
    return ConditionResult{done->changed, done->unchanged};
}

} // namespace engdrift
