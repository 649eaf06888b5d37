#pragma once
// The words of the biodiversity metric (UK statutory metric, ../docs and DOMAIN.md):
// units = area (ha) x distinctiveness x condition x strategic significance.
//
// Distinctiveness comes from the care type in the catalogue (CareType::distinctiveness); condition is
// recorded per area version (AreaVersion::condition, unset = the care type's default in the
// catalogue); strategic significance is set per department (Department::strategicSignificance).
// The scores here are the metric's own fixed multipliers; which condition an area is in, and how
// significant a department's location is, are data.

#include <QString>

#include <optional>

namespace engdrift {

/// The condition of a habitat, worst first.
enum class HabitatCondition { Poor, FairlyPoor, Moderate, FairlyGood, Good };

/// The metric's multiplier: poor 1, fairly poor 1.5, moderate 2, fairly good 2.5, good 3.
inline double conditionScore(HabitatCondition condition)
{
    switch (condition) {
    case HabitatCondition::Poor: return 1.0;
    case HabitatCondition::FairlyPoor: return 1.5;
    case HabitatCondition::Moderate: return 2.0;
    case HabitatCondition::FairlyGood: return 2.5;
    case HabitatCondition::Good: return 3.0;
    }
    return 1.0;
}

/// "poor", "fairly_poor", "moderate", "fairly_good", "good": what stores, catalogues, the CLI and
/// exports write.
inline QString conditionCode(HabitatCondition condition)
{
    switch (condition) {
    case HabitatCondition::Poor: return QStringLiteral("poor");
    case HabitatCondition::FairlyPoor: return QStringLiteral("fairly_poor");
    case HabitatCondition::Moderate: return QStringLiteral("moderate");
    case HabitatCondition::FairlyGood: return QStringLiteral("fairly_good");
    case HabitatCondition::Good: return QStringLiteral("good");
    }
    return QStringLiteral("poor");
}

/// The condition a code names (also accepts "fairly-poor" and "fairly-good"); nullopt for anything else.
inline std::optional<HabitatCondition> conditionFromCode(QString code)
{
    code = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (HabitatCondition c : {HabitatCondition::Poor, HabitatCondition::FairlyPoor, HabitatCondition::Moderate,
                               HabitatCondition::FairlyGood, HabitatCondition::Good}) {
        if (conditionCode(c) == code)
            return c;
    }
    return std::nullopt;
}

/// How significant the department's location is in a local plan for nature.
/// High: inside a plan's green structure (e.g. the municipal plan's green structure);
/// Medium: ecologically desirable but not named in a plan; Low: neither.
enum class StrategicSignificance { Low, Medium, High };

/// The metric's multiplier: low 1.00, medium 1.10, high 1.15.
inline double significanceScore(StrategicSignificance significance)
{
    switch (significance) {
    case StrategicSignificance::Low: return 1.0;
    case StrategicSignificance::Medium: return 1.10;
    case StrategicSignificance::High: return 1.15;
    }
    return 1.0;
}

/// "low", "medium", "high".
inline QString significanceCode(StrategicSignificance significance)
{
    switch (significance) {
    case StrategicSignificance::Low: return QStringLiteral("low");
    case StrategicSignificance::Medium: return QStringLiteral("medium");
    case StrategicSignificance::High: return QStringLiteral("high");
    }
    return QStringLiteral("low");
}

inline std::optional<StrategicSignificance> significanceFromCode(QString code)
{
    code = code.trimmed().toLower();
    for (StrategicSignificance s : {StrategicSignificance::Low, StrategicSignificance::Medium, StrategicSignificance::High}) {
        if (significanceCode(s) == code)
            return s;
    }
    return std::nullopt;
}

/// The distinctiveness band of a score (8 very high, 6 high, 4 medium, 2 low, 0 very low), as a code:
/// "very_high", "high", "medium", "low", "very_low".
inline QString distinctivenessCode(int score)
{
    if (score >= 8)
        return QStringLiteral("very_high");
    if (score >= 6)
        return QStringLiteral("high");
    if (score >= 4)
        return QStringLiteral("medium");
    if (score >= 2)
        return QStringLiteral("low");
    return QStringLiteral("very_low");
}

} // namespace engdrift
