#include "analysis/statistics.h"

namespace engdrift {

Result<AreaStatistics> areaStatistics(const ProjectStore &store, const QDate &at, AreaGrouping grouping,
                                      const std::optional<DepartmentKey> &department, const MapContent &content)
{
    auto rows = mapAreaTotals(store, content, at, grouping, department);
    if (!rows.ok())
        return rows.error();
    AreaStatistics stats;
    stats.at = at;
    stats.grouping = grouping;
    stats.rows = std::move(rows).value();
    // The green and nature-friendly sums need the care type of every row.
    auto byCare = grouping == AreaGrouping::DepartmentAndCareType || grouping == AreaGrouping::CareType
                      ? Result<QList<AreaTotal>>(stats.rows)
                      : mapAreaTotals(store, content, at, AreaGrouping::CareType, department);
    if (!byCare.ok())
        return byCare.error();
    for (const AreaTotal &t : *byCare) {
        stats.totalAreaM2 += t.areaM2;
        stats.count += t.count;
        if (const CareType *ct = store.catalogue().find(t.careType)) {
            if (ct->green) {
                stats.greenAreaM2 += t.areaM2;
                if (ct->natureFriendly)
                    stats.natureFriendlyAreaM2 += t.areaM2;
            }
        }
    }
    return stats;
}

} // namespace engdrift
