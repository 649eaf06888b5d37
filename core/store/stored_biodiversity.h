#pragma once
// Reading the biodiversity metric's codes back from a store (areas.condition,
// departments.strategic_significance): a code this program does not know is an error that names
// the row, never read as another value (like an unknown proposal status, model/adoption.h).

#include "model/area_version.h"
#include "model/biodiversity.h"
#include "model/department.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace engdrift {

/// The condition stored as `code` (empty: NULL, the care type's default); an unknown code is an error
/// that says where (`where`, e.g. "project.gpkg: version 12 (area_id 4) of the areas").
Result<std::optional<HabitatCondition>> storedCondition(const QString &code, const QString &where);

/// The condition stored as `code` in the row of area version `version` (its fid and area id read):
/// an unknown code is an error naming "row F (area_id A) of the areas"; the caller adds the project.
Result<std::optional<HabitatCondition>> storedAreaCondition(const QString &code, const AreaVersion &version);

/// The strategic significance stored for `department` as `code` (empty: NULL, read as low, as the
/// column's default); an unknown code is an error naming the department and `where` (the project).
Result<StrategicSignificance> storedSignificance(const QString &code, const DepartmentKey &department, const QString &where);

/// "good, fairly_good, moderate, fairly_poor, poor": the codes a condition may have, best first.
QString knownConditionCodes();
/// The same codes as a list (for a query that looks for the others: ProjectStore::unknownAreaConditions).
QStringList conditionCodes();
/// "low, medium, high".
QString knownSignificanceCodes();

} // namespace engdrift
