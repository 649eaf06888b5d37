#include "analysis/timeline.h"

#include "map/map_totals.h"
#include "store/project_store.h"

#include <QHash>

#include <algorithm>

namespace engdrift {

Result<CareAreaSeries> careAreaTimeline(const ProjectStore &store, const TimelineQuery &query)
{
    CareAreaSeries series;
    series.dates = query.dates;
    if (query.dates.isEmpty())
        return series;

    AreaQuery areaQuery;
    areaQuery.department = query.department;
    areaQuery.organisation = query.organisation;
    areaQuery.ids = query.areaIds;
    areaQuery.status = AreaStatus::Current;
    auto intervals = store.areaIntervalTotals(areaQuery);
    if (!intervals.ok())
        return intervals.error();

    // The sums per care type and date: an interval counts at each date it covers
    // (valid_from <= date < valid_to, or open).
    struct Sums
    {
        QList<double> areaM2;
        bool occurs = false;
    };
    QHash<QString, Sums> byCare;
    const qsizetype dateCount = query.dates.size();
    for (const AreaIntervalTotal &t : std::as_const(*intervals)) {
        Sums *sums = nullptr;
        for (qsizetype i = 0; i < dateCount; ++i) {
            const QDate &date = query.dates.at(i);
            if (!date.isValid() || (t.validFrom.isValid() && t.validFrom > date) ||
                (t.validTo.isValid() && t.validTo <= date))
                continue;
            if (!sums) {
                sums = &byCare[t.careType];
                if (sums->areaM2.isEmpty())
                    sums->areaM2.fill(0.0, dateCount);
            }
            sums->areaM2[i] += t.areaM2;
            if (t.count > 0)
                sums->occurs = true;
        }
    }

    // The unsaved edits: what they change at each date.
    if (query.overlay && !query.overlay->histories.isEmpty()) {
        auto difference = MapDifference::gather(store, MapContent{query.overlay, std::nullopt}, query.department,
                                                query.areaIds);
        if (!difference.ok())
            return difference.error();
        for (qsizetype i = 0; i < dateCount && !difference->isEmpty(); ++i) {
            const QDate &date = query.dates.at(i);
            if (!date.isValid())
                continue;
            // By department too when only one organisation counts.
            const AreaGrouping grouping = query.organisation ? AreaGrouping::DepartmentAndCareType : AreaGrouping::CareType;
            for (const AreaTotal &t : difference->at(date, grouping)) {
                if (query.organisation && t.department.orgNo != *query.organisation)
                    continue;
                Sums &sums = byCare[t.careType];
                if (sums.areaM2.isEmpty())
                    sums.areaM2.fill(0.0, dateCount);
                sums.areaM2[i] = std::max(0.0, sums.areaM2[i] + t.areaM2);
                if (t.count > 0)
                    sums.occurs = true;
            }
        }
    }

    // Catalogue order; codes the catalogue does not know (not written by Engdrift) follow, sorted.
    auto take = [&series, &byCare](const QString &code) {
        auto it = byCare.find(code);
        if (it == byCare.end())
            return;
        if (it->occurs) {
            series.careTypes << code;
            series.areaM2 << it->areaM2;
        }
        byCare.erase(it);
    };
    for (const CareType &ct : store.catalogue().careTypes())
        take(ct.code);
    QStringList unknown = byCare.keys();
    std::sort(unknown.begin(), unknown.end());
    for (const QString &code : std::as_const(unknown))
        take(code);
    return series;
}

} // namespace engdrift
