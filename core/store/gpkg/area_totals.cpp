// GpkgStore: the sums of areas (areaTotals, the timeline's areaIntervalTotals), the date span,
// the overlapping versions (areaOverlaps) and the project summary, each one SQL pass over an index
// of the areas.

#include "store/gpkg/gpkg_store_p.h"
#include "store/gpkg/schema.h"
#include "store/gpkg/sqlite_statement.h"
#include "store/store_rows.h"
#include "store/stored_biodiversity.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace engdrift {

namespace {

constexpr qint64 kNoDate = std::numeric_limits<qint64>::min();

/// "YYYY-MM-DD" (or GDAL's "YYYY/MM/DD") as a Julian day; kNoDate if it is not a date.
qint64 julianDayOfText(const char *text)
{
    auto digits = [text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (!text || qstrlen(text) < 10)
        return kNoDate;
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return kNoDate;
    const QDate date(y, m, d);
    return date.isValid() ? date.toJulianDay() : kNoDate;
}

/// A date column of the result (typed Date, or text when GDAL could not tell) as a Julian day.
qint64 julianDayOf(const OGRFeature &f, int index, bool isDate)
{
    if (!f.IsFieldSetAndNotNull(index))
        return kNoDate;
    if (isDate) {
        const OGRField *raw = f.GetRawFieldRef(index);
        const QDate date(raw->Date.Year, raw->Date.Month, raw->Date.Day);
        return date.isValid() ? date.toJulianDay() : kNoDate;
    }
    return julianDayOfText(f.GetFieldAsString(index));
}

} // namespace

Result<QList<AreaIntervalTotal>> GpkgStore::areaIntervalTotals(const AreaQuery &query) const
{
    AreaQuery filterQuery = query;
    filterQuery.at.reset();
    filterQuery.bounds.reset();
    // Grouping by department too follows the order of the covering index (org_no, dept_no,
    // care_type, valid_from, valid_to, status, area_m2), so SQLite sums as it scans and needs no
    // sort of a million rows; the departments' groups are then added up here.
    QString sqlText = QStringLiteral("SELECT care_type, valid_from, valid_to, SUM(area_m2) AS area_m2, COUNT(*) AS n "
                                     "FROM areas");
    const QString filter = d->areaTable->filterTerms(filterQuery);
    if (!filter.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + filter;
    sqlText += QStringLiteral(" GROUP BY org_no, dept_no, care_type, valid_from, valid_to");

    GdalErrorScope errors;
    OGRLayer *result = d->ds->ExecuteSQL(sqlText.toUtf8().constData(), nullptr, nullptr);
    if (!result)
        return d->gdalError(ProjectStoreText::tr("cannot sum the areas over time"), errors);
    OGRFeatureDefn *defn = result->GetLayerDefn();
    const int care = defn->GetFieldIndex("care_type");
    const int from = defn->GetFieldIndex("valid_from");
    const int to = defn->GetFieldIndex("valid_to");
    const int area = defn->GetFieldIndex("area_m2");
    const int n = defn->GetFieldIndex("n");
    const bool fromIsDate = from >= 0 && defn->GetFieldDefn(from)->GetType() == OFTDate;
    const bool toIsDate = to >= 0 && defn->GetFieldDefn(to)->GetType() == OFTDate;

    QHash<QByteArray, int> careIndex;
    QList<QByteArray> careCodes;
    std::map<std::tuple<int, qint64, qint64>, std::pair<double, qint64>> sums;
    if (care >= 0 && from >= 0 && to >= 0 && area >= 0 && n >= 0) {
        for (auto &f : *result) {
            const char *code = f->GetFieldAsString(care);
            const QByteArray key = QByteArray::fromRawData(code, qstrlen(code));
            auto it = careIndex.constFind(key);
            if (it == careIndex.cend()) {
                careCodes << QByteArray(code);
                it = careIndex.insert(careCodes.last(), static_cast<int>(careCodes.size() - 1));
            }
            auto &sum = sums[{it.value(), julianDayOf(*f, from, fromIsDate), julianDayOf(*f, to, toIsDate)}];
            sum.first += f->GetFieldAsDouble(area);
            sum.second += f->GetFieldAsInteger64(n);
        }
    }
    d->ds->ReleaseResultSet(result);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot sum the areas over time"), errors);

    QList<AreaIntervalTotal> totals;
    totals.reserve(static_cast<qsizetype>(sums.size()));
    for (const auto &[key, sum] : sums) {
        AreaIntervalTotal t;
        t.careType = QString::fromUtf8(careCodes.at(std::get<0>(key)));
        if (std::get<1>(key) != kNoDate)
            t.validFrom = QDate::fromJulianDay(std::get<1>(key));
        if (std::get<2>(key) != kNoDate)
            t.validTo = QDate::fromJulianDay(std::get<2>(key));
        t.areaM2 = sum.first;
        t.count = sum.second;
        totals << t;
    }
    // By care type, then valid_from and valid_to (an open end last).
    std::sort(totals.begin(), totals.end(), [](const AreaIntervalTotal &a, const AreaIntervalTotal &b) {
        if (a.careType != b.careType)
            return a.careType < b.careType;
        if (a.validFrom != b.validFrom)
            return a.validFrom < b.validFrom;
        if (a.validTo.isValid() != b.validTo.isValid())
            return a.validTo.isValid();
        return a.validTo < b.validTo;
    });
    return totals;
}

Result<DateSpan> GpkgStore::dateSpan() const
{
    DateSpan span;
    for (const char *table : {"areas", "paths"}) {
        GdalErrorScope errors;
        const QString sqlText = QStringLiteral("SELECT MIN(valid_from) AS first, MAX(valid_from) AS last_from, "
                                               "MAX(valid_to) AS last_to FROM %1")
                                    .arg(QLatin1String(table));
        OGRLayer *result = d->ds->ExecuteSQL(sqlText.toUtf8().constData(), nullptr, nullptr);
        if (!result)
            return d->gdalError(ProjectStoreText::tr("cannot read the dates of the project"), errors);
        if (std::unique_ptr<OGRFeature> f(result->GetNextFeature()); f) {
            for (int i = 0; i < 3; ++i) {
                const OGRFieldType type = f->GetFieldDefnRef(i)->GetType();
                const qint64 day = julianDayOf(*f, i, type == OFTDate || type == OFTDateTime);
                if (day == kNoDate)
                    continue;
                const QDate date = QDate::fromJulianDay(day);
                if (i == 0 && (!span.first.isValid() || date < span.first))
                    span.first = date;
                if (!span.last.isValid() || date > span.last)
                    span.last = date;
            }
        }
        d->ds->ReleaseResultSet(result);
        if (errors.hasFailure())
            return d->gdalError(ProjectStoreText::tr("cannot read the dates of the project"), errors);
    }
    return span;
}

Result<AreaOverlaps> GpkgStore::areaOverlaps(int limit) const
{
    // As the PostGIS backend's: each current version against the furthest end (open: 9999-12-31)
    // of the versions of its area before it (by valid_from, then fid), in one pass of SQLite over
    // the index areas_area_id (area_id, valid_from; fid is the row id), without reading a row into
    // a feature.
    const QString what = ProjectStoreText::tr("cannot compare the versions of the areas");
    // Nested subqueries, not WITH: SQLite's authorizer sees a common table expression as a view,
    // and the connection's guard (store/gpkg/foreign_schema.h) allows a view few functions.
    store_detail::SqliteStatement query(
        d->sqliteHandle(),
        "SELECT n.total, n.area_id, n.org_no, n.dept_no, n.fid, n.valid_from, b.fid, b.valid_from, b.valid_to FROM ("
        "SELECT o.*, COUNT(*) OVER () AS total, (SELECT e.fid FROM areas e WHERE e.area_id = o.area_id "
        "AND e.status = 'current' AND (e.valid_from < o.valid_from OR (e.valid_from = o.valid_from AND e.fid < o.fid)) "
        "AND COALESCE(e.valid_to, '9999-12-31') = o.reach ORDER BY e.valid_from, e.fid LIMIT 1) AS earlier FROM ("
        "SELECT area_id, org_no, dept_no, fid, valid_from, reach, "
        "ROW_NUMBER() OVER (PARTITION BY area_id ORDER BY valid_from, fid) AS k FROM ("
        "SELECT fid, area_id, org_no, dept_no, valid_from, "
        "MAX(COALESCE(valid_to, '9999-12-31')) OVER (PARTITION BY area_id ORDER BY valid_from, fid "
        "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach FROM areas WHERE status = 'current') "
        "WHERE reach > valid_from) o WHERE o.k = 1 ORDER BY o.area_id LIMIT ?1) n "
        "JOIN areas b ON b.fid = n.earlier ORDER BY n.area_id");
    query.bind(1, qint64(std::max(1, limit)));
    auto date = [&query](int column) {
        return QDate::fromString(query.text(column).left(10).replace(QLatin1Char('/'), QLatin1Char('-')), Qt::ISODate);
    };
    AreaOverlaps overlaps;
    while (query.next()) {
        overlaps.areas = query.int64(0);
        AreaOverlap o;
        o.areaId = query.int64(1);
        o.department = DepartmentKey{int(query.int64(2)), int(query.int64(3))};
        o.laterFid = query.int64(4);
        o.laterFrom = date(5);
        o.earlierFid = query.int64(6);
        o.earlierFrom = date(7);
        o.earlierTo = date(8);
        if (overlaps.first.size() < limit)
            overlaps.first << o;
    }
    if (!query.ok())
        return store_detail::storageError(d->path, FileAction::Read, what, query.errorText(), d->sqliteHandle());
    return overlaps;
}

Result<QList<UnknownAreaCondition>> GpkgStore::unknownAreaConditions(int limit) const
{
    const QStringList known = conditionCodes();
    QStringList placeholders;
    for (qsizetype i = 1; i <= known.size() + 1; ++i)
        placeholders << QStringLiteral("?%1").arg(i);
    const QByteArray sql = store_rows::unknownConditionsSql(placeholders).toUtf8();
    store_detail::SqliteStatement query(d->sqliteHandle(), sql.constData());
    for (qsizetype i = 0; i < known.size(); ++i)
        query.bind(int(i + 1), known.at(i));
    query.bind(int(known.size() + 1), qint64(std::max(1, limit)));
    QList<UnknownAreaCondition> found;
    while (query.next())
        store_rows::addUnknownConditionRow(found, query.text(0), query.int64(1), query.int64(2), query.int64(3));
    if (!query.ok())
        return store_detail::storageError(d->path, FileAction::Read,
                                          ProjectStoreText::tr("cannot read the conditions of the areas"),
                                          query.errorText(), d->sqliteHandle());
    return found;
}

Result<QList<AreaTotal>> GpkgStore::areaTotals(const AreaQuery &query, AreaGrouping grouping) const
{
    const QString keys = store_rows::groupingColumns(grouping);
    QString sqlText = QStringLiteral("SELECT %1, SUM(area_m2) AS area_m2, COUNT(*) AS n FROM areas").arg(keys);
    const QString filter = d->areaTable->filterTerms(query);
    if (!filter.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + filter;
    sqlText += QStringLiteral(" GROUP BY %1 ORDER BY %1").arg(keys);

    GdalErrorScope errors;
    OGRLayer *result = d->ds->ExecuteSQL(sqlText.toUtf8().constData(), nullptr, nullptr);
    if (!result)
        return d->gdalError(ProjectStoreText::tr("cannot sum the areas"), errors);
    QList<AreaTotal> totals;
    OGRFeatureDefn *defn = result->GetLayerDefn();
    const int org = defn->GetFieldIndex("org_no");
    const int dept = defn->GetFieldIndex("dept_no");
    const int care = defn->GetFieldIndex("care_type");
    const int area = defn->GetFieldIndex("area_m2");
    const int n = defn->GetFieldIndex("n");
    for (auto &f : *result) {
        AreaTotal t;
        if (org >= 0)
            t.department = DepartmentKey{f->GetFieldAsInteger(org), f->GetFieldAsInteger(dept)};
        if (care >= 0)
            t.careType = QString::fromUtf8(f->GetFieldAsString(care));
        t.areaM2 = f->GetFieldAsDouble(area);
        t.count = f->GetFieldAsInteger64(n);
        totals << t;
    }
    d->ds->ReleaseResultSet(result);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot sum the areas"), errors);
    return totals;
}

Result<QString> GpkgStore::modifiedStamp() const
{
    auto meta = schema::readMeta(*d->ds);
    if (!meta.ok())
        return rephrased(meta.error(), QStringLiteral("%1: %2").arg(d->path, meta.errorMessage()));
    return meta->modified;
}

Result<ProjectSummary> GpkgStore::summary(const QDate &at) const
{
    auto meta = schema::readMeta(*d->ds);
    if (!meta.ok())
        return rephrased(meta.error(), QStringLiteral("%1: %2").arg(d->path, meta.errorMessage()));
    ProjectSummary s = store_rows::summaryHead(*this, meta->schemaVersion, meta->created, meta->modified, at);
    GdalErrorScope errors;
    s.organisations = d->organisations->GetFeatureCount(TRUE);
    s.departments = d->departments->GetFeatureCount(TRUE);
    s.areaVersions = d->areas->GetFeatureCount(TRUE); // from gpkg_ogr_contents, not a scan
    if (auto added = store_rows::addAreasAt(*this, s); !added.ok())
        return added.error();
    if (auto depts = departments(); depts.ok())
        store_rows::addExtents(s, *depts);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the project summary"), errors);
    return s;
}

} // namespace engdrift
