#pragma once
// The mowing plan of one department for the crew: its zones with their regime and workload, the
// season calendar and the assumptions, gathered once and written as CSV, GeoPackage (the project
// CRS) or GeoJSON (EPSG:4326, reprojected with PROJ through core/crs). Every file is written whole
// or not at all (GDAL writes to memory, the result is read back and put in place atomically).
//
// CSV: one row per zone, then an empty line and the assumptions (assumption,value,unit,source,
// description). GeoPackage: the layer "mowing_zones" and the table "mowing_assumptions". GeoJSON:
// the zones; the assumptions in the collection's "description".

#include "analysis/mowing_calendar.h"
#include "analysis/mowing_workload.h"
#include "analysis/mowing_zones.h"
#include "crs/crs.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace engdrift {

struct MowingPlan
{
    DepartmentKey department;
    QString departmentName;
    QDate at;
    int season = 0;
    Crs crs;
    MowingZones zones;
    QList<WorkloadFigures> zoneFigures; ///< one per zone, in the zones' order
    WorkloadFigures total;               ///< of the zones
    MowingCalendar calendar;
    QList<AssumptionRow> assumptions;
};

/// The plan of one department on the map at `at` (with `content`'s edits and proposal), for the
/// season `season`.
Result<MowingPlan> gatherMowingPlan(const ProjectStore &store, const DepartmentKey &department, const QDate &at,
                                    int season, const MapContent &content = {});

enum class MowingPlanFormat { Csv, GeoPackage, GeoJson };
/// The format a file name asks for (.csv, .gpkg, .geojson/.json); an error sentence otherwise.
Result<MowingPlanFormat> mowingPlanFormatOf(const QString &path);

Result<void> writeMowingPlan(const MowingPlan &plan, const QString &path);

} // namespace engdrift
