#include "analysis/statistics.h"

namespace engdrift {

void NatureShare::add(const Catalogue &catalogue, const QString &careType, double m2)
{
    totalM2 += m2;
    if (const CareType *ct = catalogue.find(careType); ct && ct->green) {
        greenM2 += m2;
        if (ct->natureFriendly)
            natureFriendlyM2 += m2;
    }
}

NatureShare &NatureShare::operator+=(const NatureShare &other)
{
    natureFriendlyM2 += other.natureFriendlyM2;
    greenM2 += other.greenM2;
    totalM2 += other.totalM2;
    return *this;
}

QHash<DepartmentKey, NatureShare> natureSharesByDepartment(const Catalogue &catalogue, const QList<AreaTotal> &rows)
{
    QHash<DepartmentKey, NatureShare> shares;
    for (const AreaTotal &t : rows)
        shares[t.department].add(catalogue, t.careType, t.areaM2);
    return shares;
}

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
    NatureShare share;
    for (const AreaTotal &t : *byCare) {
        share.add(store.catalogue(), t.careType, t.areaM2);
        stats.count += t.count;
    }
    stats.totalAreaM2 = share.totalM2;
    stats.greenAreaM2 = share.greenM2;
    stats.natureFriendlyAreaM2 = share.natureFriendlyM2;
    return stats;
}

} // namespace engdrift
