#include "layout_charts.h"

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
