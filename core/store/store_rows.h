#pragma once
// What every backend writes and reads the same way, whatever its tables: the lists kept as text
// (an import batch's departments "12-5,12-6" and organisations "12,14", a version's lineage "7,8"),
// times as ISO 8601 UTC text, the columns the sums of areas are grouped by, and the parts of a
// project summary read through the ProjectStore interface. Pure functions (the summary's: the store's thread).

#include "store/project_store.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace engdrift::store_rows {

/// "12-5,12-6" (an import batch's departments_created).
QString departmentsText(const QList<DepartmentKey> &keys);
/// The keys of departmentsText(); a part that is not "org-dept" is skipped.
QList<DepartmentKey> parseDepartments(const QString &text);
/// "12,14" (an import batch's organisations_created).
QString organisationsText(const QList<int> &numbers);
QList<int> parseOrganisations(const QString &text);
/// "7,8": the ids a version descends from (the lineage of an area after a split or merge).
QString lineageText(const QList<qint64> &ids);
/// The ids of lineageText() (spaces around them allowed).
QList<qint64> parseLineage(const QString &text);
/// ISO 8601 in UTC, or empty for an invalid time.
QString timeText(const QDateTime &time);
/// The time of timeText() in UTC, or an invalid time.
QDateTime parseTime(const QString &text);

/// The columns a sum of areas is grouped (and ordered) by: "org_no, dept_no", "care_type", ...
QString groupingColumns(AreaGrouping grouping);

/// The head of a project summary: the schema version, the stamps (ISO 8601 text as stored), the
/// store's CRS and catalogue, and the date `at`.
ProjectSummary summaryHead(const ProjectStore &store, int schemaVersion, const QString &created,
                           const QString &modified, const QDate &at);
/// Adds the area versions valid at `summary.at` and their m² (the store's areaTotals by care type).
Result<void> addAreasAt(const ProjectStore &store, ProjectSummary &summary);
/// Grows the summary's extent by the departments' stored extents (no scan of the areas).
void addExtents(ProjectSummary &summary, const QList<Department> &departments);

/// The query of ProjectStore::unknownAreaConditions, the same on both backends: `placeholders`
/// names the bound values, first one for each of conditionCodes() (store/stored_biodiversity.h),
/// then one for the limit of area ids per code. Its rows: code, versions with it, areas with it,
/// an area id; ordered by code, then area id.
QString unknownConditionsSql(const QStringList &placeholders);
/// Adds one row of that query to `found` (a new code starts a new entry).
void addUnknownConditionRow(QList<UnknownAreaCondition> &found, const QString &code, qint64 versions, qint64 areas,
                            qint64 areaId);

} // namespace engdrift::store_rows
