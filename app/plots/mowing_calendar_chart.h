#pragma once
// The season calendar of a department's mowing zones (analysis/mowing_calendar.h) as a Gantt-like
// chart drawn with QCustomPlot: a row per zone (its number and name, its bars in the colour of its
// regime class from styles/, render/zone_painter.h), a column per ISO week of the season (the
// months above), a bar in each week the zone is cut and a small dark one in the week its hay is
// removed; under it the estimated hours of each week as bars with the crew's hours a week as a
// dashed line. Warnings are marked where they are: a "!" on a cut outside its regime's months or
// on hay left too long, a week over the crew's hours in the warning colour.
//
// As the other charts (plots.h): an interactive widget (a read-out of the week under the mouse),
// drawn into a painter for print (recorded, so vector on a PDF page), and exported to PNG, PDF or
// SVG. On the GUI thread only. Texts from tr(); options.language picks the number and date formats.

#include "analysis/mowing_calendar.h"
#include "util/result.h"

#include <QColor>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

class QPainter;
class QRectF;
class QWidget;

namespace engdrift::plots {

/// A row of the calendar: one zone.
struct CalendarZoneRow
{
    int number = 0;
    QString name;   ///< "Eng 2"
    QColor fill;    ///< its class's fill (styles/)
    QColor outline;
};

/// The rows of `zones`, in their order, in the colours of their classes.
QList<CalendarZoneRow> calendarRows(const MowingZones &zones);

struct MowingCalendarOptions
{
    QString language = QStringLiteral("da"); ///< number and date formats
    QString title;                           ///< empty: "Season calendar 2026"
    QString subtitle;                        ///< under the title (the department, the date of the map)
    QSize size = {1400, 900};                ///< of an export, in pixels (PDF: points)
    /// The zones, top to bottom. Zones of the calendar that are not here get a row of their
    /// number; empty: a row per zone number in the calendar.
    QList<CalendarZoneRow> rows;
    /// The weeks shown (first, last); nothing: from a week before the first cut to a week after
    /// the last (all the season's weeks when nothing is cut).
    std::optional<std::pair<int, int>> weeks;
    bool hours = true; ///< the hours a week under the calendar
    bool titles = true; ///< the title and subtitle above it (a printed page has its own caption)
};

/// The size the chart wants to show every row readably (for a scroll area around the widget).
QSize mowingCalendarSizeHint(const MowingCalendar &calendar, const MowingCalendarOptions &options);

/// An interactive chart (a copy of the data is kept).
QWidget *createMowingCalendarWidget(const MowingCalendar &calendar, const MowingCalendarOptions &options,
                                    QWidget *parent = nullptr);

/// Draws the chart into `rect` of `painter` (any device), as vector drawing: the printed plan. Its
/// texts shrink (down to 60 % of the screen's) so that every zone's row fits the height.
Result<void> drawMowingCalendar(const MowingCalendar &calendar, const MowingCalendarOptions &options,
                                QPainter &painter, const QRectF &rect);

/// Writes the chart to `path`: PNG (options.size pixels), PDF (options.size points) or SVG.
Result<void> exportMowingCalendar(const MowingCalendar &calendar, const MowingCalendarOptions &options,
                                  const QString &path);

/// The read-out for a week: its dates, the zones cut and hay removed, the hours and the warnings.
QString mowingCalendarReadout(const MowingCalendar &calendar, const MowingCalendarOptions &options, int week);

} // namespace engdrift::plots
