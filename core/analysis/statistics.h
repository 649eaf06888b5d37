#pragma once
// Area statistics of a project at a date: sums of planar m² by department and/or care type, and
// the nature-friendly share of the green area (always with its numerator and denominator).
// With a MapContent, of the map as it is drawn (unsaved edits, proposal view; map/map_totals.h).

#include "map/map_totals.h"
#include "store/project_store.h"
#include "util/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace engdrift {

struct AreaStatistics
{
    QDate at;
    AreaGrouping grouping = AreaGrouping::DepartmentAndCareType;
    QList<AreaTotal> rows;
    double totalAreaM2 = 0;
    qint64 count = 0;
    double greenAreaM2 = 0;          ///< areas whose care type counts as green
    double natureFriendlyAreaM2 = 0; ///< of which nature-friendly
};

Result<AreaStatistics> areaStatistics(const ProjectStore &store, const QDate &at, AreaGrouping grouping,
                                      const std::optional<DepartmentKey> &department = std::nullopt,
                                      const MapContent &content = {});

} // namespace engdrift
