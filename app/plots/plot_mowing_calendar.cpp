// The season calendar of mowing zones: a Gantt-like chart of cut weeks per zone over the hours a
// week, on screen, in print and in files (mowing_calendar_chart.h).

#include "mowing_calendar_chart.h"
#include "plots_p.h"

#include "render/zone_painter.h"
#include "util/dates.h"

#include <QApplication>
#include <QToolTip>

#include <set>

namespace engdrift::plots {

using namespace plot_detail;

namespace {

const MowingColours &mowingColours()
{
    return Symbology::active().mowing();
}

/// The weeks the chart shows: a week either side of the cuts, or the whole season.
std::pair<int, int> shownWeeks(const MowingCalendar &calendar, const MowingCalendarOptions &options)
{
    if (options.weeks)
        return *options.weeks;
    int first = 0, last = 0;
    for (const CalendarWeek &w : calendar.weeks) {
        if (w.entries.isEmpty())
            continue;
        if (first == 0)
            first = w.week;
        last = w.week;
    }
    const int weeksInYear = calendar.weeks.isEmpty() ? 52 : calendar.weeks.last().week;
    if (first == 0)
        return {1, weeksInYear};
    return {std::max(1, first - 1), std::min(weeksInYear, last + 1)};
}

/// The rows top to bottom, with a row for every zone the calendar names.
QList<CalendarZoneRow> rowsOf(const MowingCalendar &calendar, const MowingCalendarOptions &options)
{
    QList<CalendarZoneRow> rows = options.rows;
    QSet<int> known;
    for (const CalendarZoneRow &r : rows)
        known.insert(r.number);
    std::set<int> missing;
    for (const CalendarWeek &w : calendar.weeks)
        for (const CalendarEntry &e : w.entries)
            if (!known.contains(e.zoneNumber))
                missing.insert(e.zoneNumber);
    const CareSymbol lawn = mowingClassSymbol(MowingClass::Lawn);
    for (int number : missing)
        rows << CalendarZoneRow{number, QString(), lawn.fill, lawn.outline};
    return rows;
}

QString hoursText(double hours, const QLocale &locale)
{
    return locale.toString(hours, 'f', hours < 10 ? 1 : 0);
}

/// A legend entry for an item that is no plottable: an empty bar series of its colours.
void legendEntry(QCustomPlot *plot, QCPAxisRect *rect, const QString &name, const QBrush &brush, const QPen &pen)
{
    auto *bars = new QCPBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    bars->setName(name);
    bars->setBrush(brush);
    bars->setPen(pen);
    bars->setSelectable(QCP::stNone);
    plot->legend->addItem(new QCPPlottableLegendItem(plot->legend, bars));
}

/// As many legend entries a row (up to four) as the chart's width has room for; true when that
/// changed.
bool fitLegendColumns(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = legend->item(i))
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    if (widest == 0)
        return false;
    const QMargins m = legend->margins();
    const int available = plot->width() - m.left() - m.right();
    const int columns = std::clamp((available + legend->columnSpacing()) / (widest + legend->columnSpacing()), 1, 4);
    if (legend->wrap() == columns)
        return false;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    return true;
}

struct Built
{
    QCPAxisRect *gantt = nullptr;
    QCPAxisRect *hours = nullptr;
    std::pair<int, int> weeks;
};

/// Lays out and draws the chart: title, subtitle, legend, the zones' rows, the hours a week.
Built build(QCustomPlot *plot, const MowingCalendar &calendar, const MowingCalendarOptions &options, const Look &look)
{
    const ChartColours &colours = chartColours();
    const MowingColours &mowing = mowingColours();
    plot->setBackground(colours.background);
    plot->setLocale(look.locale);
    plot->setAutoAddPlottableToLegend(false);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNotAntialiasedElements(QCP::aeGrid | QCP::aeAxes);

    QCPLayoutGrid *layout = plot->plotLayout();
    Built built;
    built.gantt = plot->axisRect();
    layout->take(built.gantt);
    layout->simplify();
    built.gantt->insetLayout()->take(plot->legend);
    layout->setRowSpacing(0);
    int row = 0;
    if (options.titles)
        row = addTitles(plot, row,
                        options.title.isEmpty() ? PlotText::tr("Season calendar %1").arg(calendar.season) : options.title,
                        options.subtitle, look);
    styleLegend(plot->legend, look);
    addLegendRow(plot, row++, look);
    const int ganttRow = row++;
    layout->addElement(ganttRow, 0, built.gantt);
    int hoursRow = -1;
    auto *margins = new QCPMarginGroup(plot);
    built.gantt->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    built.gantt->setMinimumMargins(QMargins(look.ipx(8), look.ipx(4), look.ipx(16), look.ipx(4)));
    if (options.hours) {
        built.hours = new QCPAxisRect(plot);
        hoursRow = row++;
        layout->addElement(hoursRow, 0, built.hours);
        built.hours->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        built.hours->setMinimumMargins(QMargins(look.ipx(8), look.ipx(4), look.ipx(16), look.ipx(8)));
    }

    const QList<CalendarZoneRow> rows = rowsOf(calendar, options);
    QHash<int, int> rowOf;
    for (qsizetype i = 0; i < rows.size(); ++i)
        rowOf.insert(rows.at(i).number, static_cast<int>(i));
    for (int r = 0; r < layout->rowCount(); ++r) {
        double stretch = 0.001;
        if (r == ganttRow)
            stretch = std::max<double>(3.0, static_cast<double>(rows.size()));
        else if (r == hoursRow)
            stretch = 2.5;
        layout->setRowStretchFactor(r, stretch);
    }
    plot->legend->setLayer(QStringLiteral("legend"));

    built.weeks = shownWeeks(calendar, options);
    const QCPRange weekRange(built.weeks.first - 0.5, built.weeks.second + 0.5);
    // The weeks along the bottom (every week, or every other when they are many), the months on top.
    auto weekTicker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    auto monthTicker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    const int span = built.weeks.second - built.weeks.first + 1;
    const int every = span > 40 ? 4 : span > 20 ? 2 : 1;
    // Each month's name over the middle of its weeks, a dotted line where it begins.
    QList<std::pair<int, QList<int>>> monthWeeks; // month, its weeks shown
    for (const CalendarWeek &w : calendar.weeks) {
        if (w.week < built.weeks.first || w.week > built.weeks.second)
            continue;
        if ((w.week - built.weeks.first) % every == 0)
            weekTicker->addTick(w.week, QString::number(w.week));
        const int month = w.monday.addDays(3).month(); // a week is of its Thursday's month
        if (monthWeeks.isEmpty() || monthWeeks.last().first != month)
            monthWeeks.append(std::pair<int, QList<int>>(month, QList<int>()));
        monthWeeks.last().second << w.week;
    }
    QList<double> monthStarts;
    for (const auto &[month, weeks] : std::as_const(monthWeeks)) {
        const double middle = (weeks.first() + weeks.last()) / 2.0;
        monthTicker->addTick(middle, weeks.size() >= 2 || monthWeeks.size() <= 3
                                         ? look.locale.standaloneMonthName(month, QLocale::ShortFormat)
                                         : QString());
        if (weeks.first() > built.weeks.first)
            monthStarts << weeks.first() - 0.5;
    }
    QCPAxis *x = built.gantt->axis(QCPAxis::atBottom);
    QCPAxis *y = built.gantt->axis(QCPAxis::atLeft);
    QCPAxis *months = built.gantt->axis(QCPAxis::atTop);
    styleAxis(x, look, options.hours ? QString() : PlotText::tr("Week"));
    styleAxis(y, look, QString());
    styleAxis(months, look, QString());
    months->setVisible(true);
    months->setTicker(monthTicker);
    months->setRange(weekRange);
    months->setTickLength(0, 0);
    months->setSubTicks(false);
    months->setTickLabelFont(look.font(13, true));
    months->grid()->setVisible(false);
    x->setTicker(weekTicker);
    x->setRange(weekRange);
    x->setSubTicks(false);
    x->grid()->setVisible(false);
    // Zone 1 at the top.
    auto rowTicker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    const double rowFont = rows.size() > 40 ? 10 : rows.size() > 24 ? 11 : 13;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const CalendarZoneRow &r = rows.at(i);
        rowTicker->addTick(static_cast<double>(i),
                           r.name.isEmpty() ? QString::number(r.number) : QStringLiteral("%1  %2").arg(r.number).arg(r.name));
    }
    y->setTicker(rowTicker);
    y->setTickLabelFont(look.font(rowFont));
    y->setSubTicks(false);
    y->setTickLength(0, 0);
    y->setRangeReversed(true);
    y->setRange(-0.6, std::max<double>(0.6, static_cast<double>(rows.size()) - 0.4));
    y->grid()->setPen(QPen(colours.grid, look.px(1)));

    for (double start : std::as_const(monthStarts)) {
        auto *line = new QCPItemStraightLine(plot);
        line->setClipAxisRect(built.gantt);
        line->point1->setAxes(x, y);
        line->point2->setAxes(x, y);
        line->point1->setCoords(start, 0);
        line->point2->setCoords(start, 1);
        line->setPen(QPen(colours.axis, look.px(1), Qt::DotLine));
        line->setSelectable(false);
    }

    // The bars: a cut fills most of its week's cell in its zone's colour; hay removed is a narrow
    // dark bar in its week.
    QSet<std::pair<int, int>> warned; // (week, zone) with a warning on the zone
    for (const CalendarWarning &w : calendar.warnings)
        if (w.zoneNumber > 0)
            warned.insert({w.week, w.zoneNumber});
    auto cell = [&](double week, double rowIndex, double halfWidth, double halfHeight, const QBrush &brush,
                    const QPen &pen) {
        auto *rect = new QCPItemRect(plot);
        rect->setClipAxisRect(built.gantt);
        rect->topLeft->setAxes(x, y);
        rect->bottomRight->setAxes(x, y);
        rect->topLeft->setCoords(week - halfWidth, rowIndex - halfHeight);
        rect->bottomRight->setCoords(week + halfWidth, rowIndex + halfHeight);
        rect->setBrush(brush);
        rect->setPen(pen);
        rect->setSelectable(false);
        return rect;
    };
    auto mark = [&](double week, double rowIndex, QCPAxisRect *axisRect, QCPAxis *keyAxis, QCPAxis *valueAxis) {
        auto *text = new QCPItemText(plot);
        text->setClipAxisRect(axisRect);
        text->position->setAxes(keyAxis, valueAxis);
        text->position->setCoords(week, rowIndex);
        text->setText(QStringLiteral("!"));
        text->setFont(look.font(13, true));
        text->setColor(mowing.calendarWarning);
        text->setBrush(colours.background);
        text->setPen(QPen(mowing.calendarWarning, look.px(1)));
        text->setPadding(QMargins(look.ipx(3), 0, look.ipx(3), 0));
        text->setSelectable(false);
        return text;
    };
    for (const CalendarWeek &w : calendar.weeks) {
        if (w.week < built.weeks.first || w.week > built.weeks.second)
            continue;
        for (const CalendarEntry &e : w.entries) {
            const int r = rowOf.value(e.zoneNumber, -1);
            if (r < 0)
                continue;
            const CalendarZoneRow &zone = rows.at(r);
            if (e.removal)
                cell(w.week + 0.25, r, 0.12, 0.36, QBrush(mowing.calendarRemoval), Qt::NoPen);
            else
                cell(w.week, r, 0.38, 0.32, QBrush(zone.fill), QPen(zone.outline, look.px(1)));
            if (warned.contains({w.week, e.zoneNumber}))
                mark(w.week, r, built.gantt, x, y);
        }
    }
    // The legend: the classes' colours as the rows use them, hay removal, a warning.
    QSet<QRgb> listed;
    for (const ZoneLegendEntry &entry : zoneLegend(nullptr)) {
        const bool used = std::any_of(rows.cbegin(), rows.cend(), [&](const CalendarZoneRow &r) {
            return r.fill == entry.symbol.fill && rowOf.contains(r.number);
        });
        if (!used || listed.contains(entry.symbol.fill.rgba()))
            continue;
        listed.insert(entry.symbol.fill.rgba());
        legendEntry(plot, built.gantt, entry.name, QBrush(entry.symbol.fill), QPen(entry.symbol.outline, look.px(1)));
    }
    bool anyRemoval = false;
    for (const CalendarWeek &w : calendar.weeks)
        for (const CalendarEntry &e : w.entries)
            anyRemoval = anyRemoval || e.removal;
    if (anyRemoval)
        legendEntry(plot, built.gantt, PlotText::tr("Hay removed"), QBrush(mowing.calendarRemoval), Qt::NoPen);
    if (!calendar.warnings.isEmpty())
        legendEntry(plot, built.gantt, PlotText::tr("Warning (!)"), QBrush(colours.background),
                    QPen(mowing.calendarWarning, look.px(2)));
    if (rows.isEmpty())
        showEmpty(plot, look, PlotText::tr("No zone is cut in this season"));

    if (!built.hours)
        return built;
    // The hours a week, over capacity in the warning colour, and the crew's hours as a line.
    QCPAxis *hx = built.hours->axis(QCPAxis::atBottom);
    QCPAxis *hy = built.hours->axis(QCPAxis::atLeft);
    styleAxis(hx, look, PlotText::tr("Week"));
    styleAxis(hy, look, PlotText::tr("Hours"));
    hx->setTicker(weekTicker);
    hx->setRange(weekRange);
    hx->setSubTicks(false);
    hx->grid()->setVisible(false);
    auto *within = new QCPBars(hx, hy);
    within->setName(PlotText::tr("Hours a week (estimate)"));
    within->setBrush(mowing.calendarHours);
    within->setPen(QPen(mowing.calendarHours.darker(125), look.px(1)));
    within->setWidth(0.76);
    within->setSelectable(QCP::stNone);
    auto *over = new QCPBars(hx, hy);
    over->setName(PlotText::tr("More than the crew's hours"));
    over->setBrush(mowing.calendarWarning);
    over->setPen(QPen(mowing.calendarWarning.darker(125), look.px(1)));
    over->setWidth(0.76);
    over->setSelectable(QCP::stNone);
    double most = calendar.crewHoursPerWeek;
    bool anyOver = false;
    for (const CalendarWeek &w : calendar.weeks) {
        if (w.week < built.weeks.first || w.week > built.weeks.second || w.hours <= 0)
            continue;
        const bool isOver = calendar.crewHoursPerWeek > 0 && w.hours > calendar.crewHoursPerWeek + 1e-9;
        (isOver ? over : within)->addData(w.week, w.hours);
        anyOver = anyOver || isOver;
        if (isOver)
            mark(w.week, w.hours, built.hours, hx, hy)->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        most = std::max(most, w.hours);
    }
    plot->legend->addItem(new QCPPlottableLegendItem(plot->legend, within));
    if (anyOver)
        plot->legend->addItem(new QCPPlottableLegendItem(plot->legend, over));
    if (calendar.crewHoursPerWeek > 0) {
        auto *capacity = new QCPGraph(hx, hy);
        capacity->setName(PlotText::tr("The crew's hours a week (%1)").arg(hoursText(calendar.crewHoursPerWeek, look.locale)));
        capacity->setPen(QPen(mowing.calendarCapacity, look.px(2), Qt::DashLine));
        capacity->setData({weekRange.lower, weekRange.upper}, {calendar.crewHoursPerWeek, calendar.crewHoursPerWeek});
        capacity->setSelectable(QCP::stNone);
        plot->legend->addItem(new QCPPlottableLegendItem(plot->legend, capacity));
    }
    hy->setRange(0, std::max(1.0, most * 1.18));
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (plot->legend->item(i))
            plot->legend->item(i)->setMargins(QMargins(0, 0, 0, look.ipx(4)));
    fitLegendColumns(plot);
    return built;
}

int weekAt(const Built &built, double key)
{
    const int week = static_cast<int>(std::lround(key));
    return week >= built.weeks.first && week <= built.weeks.second ? week : 0;
}

} // namespace

QList<CalendarZoneRow> calendarRows(const MowingZones &zones)
{
    QList<CalendarZoneRow> rows;
    for (const MowingZone &zone : zones.zones) {
        const CareSymbol symbol = mowingClassSymbol(mowingClassOf(zone));
        rows << CalendarZoneRow{zone.number, zone.name, symbol.fill, symbol.outline};
    }
    return rows;
}

QSize mowingCalendarSizeHint(const MowingCalendar &calendar, const MowingCalendarOptions &options)
{
    const qsizetype rows = rowsOf(calendar, options).size();
    const int rowPixels = rows > 40 ? 15 : 19;
    return QSize(900, 150 + static_cast<int>(rows) * rowPixels + (options.hours ? 200 : 40));
}

QString mowingCalendarReadout(const MowingCalendar &calendar, const MowingCalendarOptions &options, int week)
{
    const auto it = std::find_if(calendar.weeks.cbegin(), calendar.weeks.cend(),
                                 [week](const CalendarWeek &w) { return w.week == week; });
    if (it == calendar.weeks.cend())
        return {};
    const QLocale locale(options.language);
    QHash<int, QString> names;
    for (const CalendarZoneRow &r : options.rows)
        names.insert(r.number, r.name);
    QStringList lines;
    lines << PlotText::tr("Week %1: %2 to %3")
                 .arg(week)
                 .arg(locale.toString(it->monday, QLocale::ShortFormat), locale.toString(it->monday.addDays(6), QLocale::ShortFormat));
    QStringList cut, removed;
    for (const CalendarEntry &e : it->entries) {
        const QString zone = names.value(e.zoneNumber).isEmpty()
                                 ? QString::number(e.zoneNumber)
                                 : QStringLiteral("%1 %2").arg(e.zoneNumber).arg(names.value(e.zoneNumber));
        (e.removal ? removed : cut) << zone;
    }
    lines << (cut.isEmpty() ? PlotText::tr("No zone is cut") : PlotText::tr("Cut: %1").arg(cut.join(QStringLiteral(", "))));
    if (!removed.isEmpty())
        lines << PlotText::tr("Hay removed: %1").arg(removed.join(QStringLiteral(", ")));
    lines << PlotText::tr("About %1 hours (the crew has %2)")
                 .arg(hoursText(it->hours, locale), hoursText(calendar.crewHoursPerWeek, locale));
    for (const CalendarWarning &w : calendar.warnings)
        if (w.week == week)
            lines << QStringLiteral("! ") + w.message;
    return lines.join(QLatin1Char('\n'));
}

QWidget *createMowingCalendarWidget(const MowingCalendar &calendar, const MowingCalendarOptions &options, QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    Look look;
    look.locale = QLocale(options.language);
    const Built built = build(plot, calendar, options, look);
    plot->setMouseTracking(true);
    QCPAxisRect *gantt = built.gantt;
    QCPAxisRect *hours = built.hours;
    QObject::connect(plot, &QCustomPlot::mouseMove, plot, [=](QMouseEvent *event) {
        QCPAxisRect *rect = gantt->rect().contains(event->pos()) ? gantt
                            : hours && hours->rect().contains(event->pos()) ? hours
                                                                             : nullptr;
        const int week = rect ? weekAt(built, rect->axis(QCPAxis::atBottom)->pixelToCoord(event->pos().x())) : 0;
        const QString text = week > 0 ? mowingCalendarReadout(calendar, options, week) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, plot, rect->rect());
    });
    // A narrower panel: fewer legend entries a row, rather than entries cut off.
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] {
        if (fitLegendColumns(plot))
            plot->replot(QCustomPlot::rpQueuedReplot);
    });
    const QSize hint = mowingCalendarSizeHint(calendar, options);
    plot->setMinimumSize(480, std::min(hint.height(), 2400));
    plot->replot();
    return plot;
}

Result<void> drawMowingCalendar(const MowingCalendar &calendar, const MowingCalendarOptions &options, QPainter &painter,
                                const QRectF &rect)
{
    // The chart at the screen's size would need this height; on a smaller page its texts shrink.
    const QSize wanted = mowingCalendarSizeHint(calendar, options);
    const double scale = std::clamp(rect.height() / (wanted.height() - (options.titles ? 0 : 60)), 0.6, 1.0);
    return drawBuilt(
        painter, rect, options.language, [&](QCustomPlot *plot, const Look &look) { build(plot, calendar, options, look); },
        scale);
}

Result<void> exportMowingCalendar(const MowingCalendar &calendar, const MowingCalendarOptions &options,
                                  const QString &path)
{
    const QString title =
        options.title.isEmpty() ? PlotText::tr("Season calendar %1").arg(calendar.season) : options.title;
    return exportBuilt(path, options.size, options.language, title, options.subtitle,
                       [&](QCustomPlot *plot, const Look &look) { build(plot, calendar, options, look); });
}

} // namespace engdrift::plots
