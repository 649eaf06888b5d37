// The chart of the area by care type over time: a stack of step areas, the top care type first
// in the legend beside it.

#include "plots_p.h"

namespace engdrift::plots::plot_detail {
namespace {

/// A stacked area: its legend icon is a swatch of the fill, not a line.
class AreaGraph : public QCPGraph
{
public:
    AreaGraph(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPGraph(keyAxis, valueAxis) {}

protected:
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override
    {
        applyDefaultAntialiasingHint(painter);
        painter->setPen(mPen);
        painter->setBrush(mBrush);
        painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    }
};

} // namespace

Home buildCareArea(QCustomPlot *plot, const PlotData &data, const Look &look)
{
    const CareAreaSeries &series = data.careArea;
    styleAxis(plot->xAxis, look, PlotText::tr("Date"));
    styleAxis(plot->yAxis, look, PlotText::tr("Area (m²)"));
    plot->xAxis->setTicker(dateTicker(plot, 0.7, look.px(85)));
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setNumberFormat(QStringLiteral("f"));
    plot->yAxis->setNumberPrecision(0);

    const QVector<double> keys = stepKeys(series.dates);
    const qsizetype n = series.dates.size();
    QVector<double> stacked(n + (n > 0 ? 1 : 0), 0.0);
    QCPGraph *below = nullptr;
    QList<QCPGraph *> graphs;
    for (qsizetype c = 0; c < series.careTypes.size(); ++c) {
        const QList<double> &areas = c < series.areaM2.size() ? series.areaM2.at(c) : QList<double>();
        for (qsizetype i = 0; i < n; ++i)
            stacked[i] += i < areas.size() ? areas.at(i) : 0.0;
        if (n > 0)
            stacked[n] = stacked[n - 1];
        const CareTypeLook look1 = c < data.careTypeLooks.size() ? data.careTypeLooks.at(c) : CareTypeLook();
        const QColor colour = look1.colour.isValid() ? look1.colour
                                                     : chartColours().series[c % chartColours().series.size()];
        QCPGraph *graph = new AreaGraph(plot->xAxis, plot->yAxis);
        graph->setName(look1.name.isEmpty() ? series.careTypes.at(c) : look1.name);
        graph->setData(keys, stacked, true);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(QPen(colour.darker(125), look.px(1)));
        graph->setBrush(colour);
        graph->setSelectable(QCP::stNone);
        if (below)
            graph->setChannelFillGraph(below);
        below = graph;
        graphs << graph;
    }
    // The legend reads like the stack: top care type first.
    for (auto it = graphs.crbegin(); it != graphs.crend(); ++it)
        (*it)->addToLegend();

    Home home;
    double top = 0;
    for (double v : std::as_const(stacked))
        top = std::max(top, v);
    home.values = QCPRange(0, top > 0 ? top * 1.08 : 1.0);
    home.keys = keys.isEmpty() ? QCPRange(dateKey(QDate::currentDate()) - 365 * kDaySeconds,
                                          dateKey(QDate::currentDate()))
                               : QCPRange(keys.first(), keys.last());
    if (graphs.isEmpty())
        showEmpty(plot, look, PlotText::tr("No areas at these dates"));
    return home;
}

} // namespace engdrift::plots::plot_detail
