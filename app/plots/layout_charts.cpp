#include "layout_charts.h"

#include "mowing_calendar_chart.h"
#include "plot_data.h"
#include "plots.h"

#include <QCoreApplication>

namespace engdrift::plots {
namespace {

struct LayoutChartsTr
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};

} // namespace

Result<void> PlotLayoutCharts::drawChart(QPainter &painter, const QRectF &rect, const QString &kind, const LayoutPage &page,
                                         const ProjectStore &store) const
{
    if (kind == QLatin1String("mowing-calendar")) {
        if (!page.mowing)
            return makeError(LayoutChartsTr::tr("The season calendar belongs on a mowing plan's page."));
        MowingCalendarOptions options;
        options.language = page.request.language;
        options.rows = calendarRows(page.mowing->zones);
        options.titles = false; // the page's caption names it
        return drawMowingCalendar(page.mowing->calendar, options, painter, rect);
    }
    const auto plotKind = plotKindFromCode(kind);
    if (!plotKind)
        return makeError(LayoutChartsTr::tr("\"%1\" is not a chart of Engdrift.").arg(kind));
    PlotQuery query;
    query.language = page.request.language;
    query.at = page.request.at;
    if (*plotKind != PlotKind::Adoption)
        query.department = page.department.key;
    query.content = MapContent{page.request.edits, std::nullopt};
    if (*plotKind != PlotKind::Share) {
        auto dates = plotDates(store, query.department, QDate(), page.request.at);
        if (!dates.ok())
            return dates.error();
        query.dates = std::move(dates).value();
    }
    auto data = gatherPlotData(store, *plotKind, query);
    if (!data.ok())
        return data.error();
    PlotOptions options;
    options.language = page.request.language;
    return drawPlot(*plotKind, *data, options, painter, rect);
}

} // namespace engdrift::plots
