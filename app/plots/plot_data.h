#pragma once
// Gathering what a chart draws from a project: the care area timeline, the adoption count over
// time, or the nature-friendly share per department at a date. Reads the store only (run it on a
// worker thread with a store of its own); no QCustomPlot, no widgets. Shared by engdrift-cli plot
// and the desktop program's charts panel.

#include "map/map_totals.h"
#include "analysis/series.h"
#include "model/department.h"
#include "plots.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace engdrift {
class Catalogue;
class ProjectStore;
} // namespace engdrift

namespace engdrift::plots {

struct PlotQuery
{
    QList<QDate> dates;                      ///< CareArea, Adoption: the dates of the series (see plotDates)
    std::optional<DepartmentKey> department; ///< CareArea, CareUnits, Share: one department, or all
    QList<qint64> areaIds;                   ///< CareArea: only these areas (a selection), or all
    QDate at;                                ///< Share: the date of "today" (invalid: today)
    QString language = QStringLiteral("da"); ///< the care type names and the subtitle's language
    /// CareArea, CareUnits, Share: the map as it is drawn, with unsaved edits and the proposal of the
    /// proposal view (empty: the saved project). The care area and the units count the edits only
    /// (they are today's history).
    MapContent content;
};

/// The step that gives a readable series from `from` to `to`: months up to ten years, quarters up to
/// thirty, years beyond.
TimeStep automaticStep(const QDate &from, const QDate &to);

/// The dates of a time series: from `from` (invalid: the date of the first area of the project, or
/// of the department) to `to` at `step` (unset: automaticStep). `to` is always the last date,
/// so the series ends on the day asked for even between steps.
Result<QList<QDate>> plotDates(const ProjectStore &store, const std::optional<DepartmentKey> &department,
                               QDate from, const QDate &to, std::optional<TimeStep> step = std::nullopt);

/// The names (in `language`) and colours of care types, from the catalogue.
QList<CareTypeLook> careTypeLooks(const Catalogue &catalogue, const QStringList &codes, const QString &language);

/// The data of a chart, with its subtitle and denominator note.
Result<PlotData> gatherPlotData(const ProjectStore &store, PlotKind kind, const PlotQuery &query);

} // namespace engdrift::plots
