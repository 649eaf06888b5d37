#include "store/stored_biodiversity.h"

#include <QCoreApplication>
#include <QStringList>

namespace engdrift {
namespace {
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};
} // namespace

QStringList conditionCodes()
{
    QStringList codes;
    for (HabitatCondition c : {HabitatCondition::Good, HabitatCondition::FairlyGood, HabitatCondition::Moderate,
                               HabitatCondition::FairlyPoor, HabitatCondition::Poor})
        codes << conditionCode(c);
    return codes;
}

QString knownConditionCodes()
{
    return conditionCodes().join(QStringLiteral(", "));
}

QString knownSignificanceCodes()
{
    QStringList codes;
    for (StrategicSignificance s : {StrategicSignificance::Low, StrategicSignificance::Medium, StrategicSignificance::High})
        codes << significanceCode(s);
    return codes.join(QStringLiteral(", "));
}

Result<std::optional<HabitatCondition>> storedCondition(const QString &code, const QString &where)
{
    if (code.isEmpty())
        return std::optional<HabitatCondition>();
    // Stored codes are exact: "Good" or "fairly-good" in a file is not what this program writes.
    if (const auto known = conditionFromCode(code); known && conditionCode(*known) == code)
        return std::optional<HabitatCondition>(*known);
    return makeError(StoreText::tr("%1 has the unknown condition \"%2\" (known: %3; empty for the care type's default).")
                         .arg(where, code, knownConditionCodes()));
}

Result<std::optional<HabitatCondition>> storedAreaCondition(const QString &code, const AreaVersion &version)
{
    if (code.isEmpty())
        return std::optional<HabitatCondition>();
    return storedCondition(code, StoreText::tr("row %1 (area_id %2) of the areas").arg(version.fid).arg(version.areaId));
}

Result<StrategicSignificance> storedSignificance(const QString &code, const DepartmentKey &department, const QString &where)
{
    if (code.isEmpty())
        return StrategicSignificance::Low;
    if (const auto known = significanceFromCode(code); known && significanceCode(*known) == code)
        return *known;
    return makeError(StoreText::tr("%1: department %2 has the unknown strategic significance \"%3\" (known: %4).")
                         .arg(where, department.toString(), code, knownSignificanceCodes()));
}

} // namespace engdrift
