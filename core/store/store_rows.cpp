#include "store/store_rows.h"

#include <QStringList>

#include <type_traits>

namespace engdrift::store_rows {
namespace {

/// "12,14": numbers joined by commas.
template <class Number>
QString numbersText(const QList<Number> &numbers)
{
    QStringList parts;
    for (Number n : numbers)
        parts << QString::number(n);
    return parts.join(QLatin1Char(','));
}

/// The numbers of numbersText() (spaces around them allowed; an empty part is skipped).
template <class Number>
QList<Number> parseNumbers(const QString &text)
{
    QList<Number> numbers;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if constexpr (std::is_same_v<Number, int>)
            numbers << part.trimmed().toInt();
        else
            numbers << part.trimmed().toLongLong();
    }
    return numbers;
}

} // namespace

QString departmentsText(const QList<DepartmentKey> &keys)
{
    QStringList parts;
    for (const DepartmentKey &k : keys)
        parts << k.toString();
    return parts.join(QLatin1Char(','));
}

QList<DepartmentKey> parseDepartments(const QString &text)
{
    QList<DepartmentKey> keys;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList numbers = part.split(QLatin1Char('-'));
        if (numbers.size() == 2)
            keys << DepartmentKey{numbers[0].toInt(), numbers[1].toInt()};
    }
    return keys;
}

QString organisationsText(const QList<int> &numbers)
{
    return numbersText(numbers);
}

QList<int> parseOrganisations(const QString &text)
{
    return parseNumbers<int>(text);
}

QString lineageText(const QList<qint64> &ids)
{
    return numbersText(ids);
}

QList<qint64> parseLineage(const QString &text)
{
    return parseNumbers<qint64>(text);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString groupingColumns(AreaGrouping grouping)
{
    switch (grouping) {
    case AreaGrouping::Department:
        return QStringLiteral("org_no, dept_no");
    case AreaGrouping::CareType:
        return QStringLiteral("care_type");
    case AreaGrouping::DepartmentAndCareType:
        break;
    }
    return QStringLiteral("org_no, dept_no, care_type");
}

QString unknownConditionsSql(const QStringList &placeholders)
{
    // Each area once in the ranks (DENSE_RANK over area_id: the highest rank counts the areas),
    // every version in the count of versions.
    const QStringList known = placeholders.mid(0, placeholders.size() - 1);
    return QStringLiteral(
               "SELECT DISTINCT code, versions, area_count, area_id FROM ("
               "SELECT r.*, MAX(k) OVER (PARTITION BY code) AS area_count FROM ("
               "SELECT condition AS code, area_id, COUNT(*) OVER (PARTITION BY condition) AS versions, "
               "DENSE_RANK() OVER (PARTITION BY condition ORDER BY area_id) AS k FROM areas "
               "WHERE condition IS NOT NULL AND condition <> '' AND condition NOT IN (%1)) r) u "
               "WHERE k <= %2 ORDER BY code, area_id")
        .arg(known.join(QStringLiteral(", ")), placeholders.last());
}

void addUnknownConditionRow(QList<UnknownAreaCondition> &found, const QString &code, qint64 versions, qint64 areas,
                            qint64 areaId)
{
    if (found.isEmpty() || found.last().code != code)
        found << UnknownAreaCondition{code, versions, areas, {}};
    found.last().areaIds << areaId;
}

ProjectSummary summaryHead(const ProjectStore &store, int schemaVersion, const QString &created,
                           const QString &modified, const QDate &at)
{
    ProjectSummary s;
    s.schemaVersion = schemaVersion;
    s.crs = store.crs().displayName();
    s.catalogueId = store.catalogue().id();
    s.created = QDateTime::fromString(created, Qt::ISODate);
    s.modified = QDateTime::fromString(modified, Qt::ISODate);
    s.at = at;
    return s;
}

Result<void> addAreasAt(const ProjectStore &store, ProjectSummary &summary)
{
    AreaQuery query;
    query.at = summary.at;
    auto totals = store.areaTotals(query, AreaGrouping::CareType);
    if (!totals.ok())
        return totals.error();
    for (const AreaTotal &t : *totals) {
        summary.areas += t.count;
        summary.totalAreaM2 += t.areaM2;
    }
    return {};
}

void addExtents(ProjectSummary &summary, const QList<Department> &departments)
{
    for (const Department &dept : departments)
        summary.extent |= dept.extent;
}

} // namespace engdrift::store_rows
