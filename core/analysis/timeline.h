#pragma once
// The change of the grounds over time: area by care type at each step date, for the whole
// project, one department, or a set of areas. One pass over the covering index of the areas
// (sums per care type and validity interval), then the step dates from those sums in memory:
// fast enough for monthly steps over years on a million areas. With the unsaved edits of an edit
// session, their difference is added at each date (map/map_totals.h).

#include "analysis/series.h"
#include "edit/edit_session.h"
#include "model/department.h"
#include "util/result.h"

#include <QList>

#include <memory>
#include <optional>

namespace engdrift {

class ProjectStore;

struct TimelineQuery
{
    QList<QDate> dates;                      ///< usually stepDates(from, to, step)
    std::optional<DepartmentKey> department; ///< one department, or all
    std::optional<int> organisation;         ///< only the departments of this organisation
    QList<qint64> areaIds;                   ///< only these areas (a selection), or all
    std::shared_ptr<const EditOverlay> overlay; ///< unsaved edits to count (null: the saved project)
};

Result<CareAreaSeries> careAreaTimeline(const ProjectStore &store, const TimelineQuery &query);

} // namespace engdrift
