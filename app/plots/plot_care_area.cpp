// The charts of the area and of the biodiversity units by care type over time: a stack of step
// areas, the top care type first in the legend beside it.

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

namespace {

/// A stack of step areas, one per care type, bottom to top in catalogue order; the top care type
/// first in the legend.
Home buildStack(QCustomPlot *plot, const QList<QDate> &dates, const QStringList &careTypes,
                const QList<QList<double>> &values, const PlotData &data, const Look &look, const QString &valueLabel,
                int precision, const QString &emptyText)
{
    styleAxis(plot->xAxis, look, PlotText::tr("Date"));
    styleAxis(plot->yAxis, look, valueLabel);
    plot->xAxis->setTicker(dateTicker(plot, 0.7, look.px(85)));
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setNumberFormat(QStringLiteral("f"));
    plot->yAxis->setNumberPrecision(precision);

    const QVector<double> keys = stepKeys(dates);
    const qsizetype n = dates.size();
    QVector<double> stacked(n + (n > 0 ? 1 : 0), 0.0);
    QCPGraph *below = nullptr;
    QList<QCPGraph *> graphs;
    for (qsizetype c = 0; c < careTypes.size(); ++c) {
        const QList<double> &layer = c < values.size() ? values.at(c) : QList<double>();
        for (qsizetype i = 0; i < n; ++i)
            stacked[i] += i < layer.size() ? layer.at(i) : 0.0;
        if (n > 0)
            stacked[n] = stacked[n - 1];
        const CareTypeLook look1 = c < data.careTypeLooks.size() ? data.careTypeLooks.at(c) : CareTypeLook();
        const QColor colour = look1.colour.isValid() ? look1.colour
                                                     : chartColours().series[c % chartColours().series.size()];
        QCPGraph *graph = new AreaGraph(plot->xAxis, plot->yAxis);
        graph->setName(look1.name.isEmpty() ? careTypes.at(c) : look1.name);
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
        showEmpty(plot, look, emptyText);
    return home;
}

} // namespace

Home buildCareArea(QCustomPlot *plot, const PlotData &data, const Look &look)
{
    const CareAreaSeries &series = data.careArea;
    return buildStack(plot, series.dates, series.careTypes, series.areaM2, data, look, PlotText::tr("Area (m²)"), 0,
                      PlotText::tr("No areas at these dates"));
}

Home buildCareUnits(QCustomPlot *plot, const PlotData &data, const Look &look)
{
    const CareUnitsSeries &series = data.careUnits;
    return buildStack(plot, series.dates, series.careTypes, series.units, data, look,
                      PlotText::tr("Biodiversity units"), 1, PlotText::tr("No units at these dates"));
}

const QList<QDate> &seriesDates(PlotKind kind, const PlotData &data)
{
    switch (kind) {
    case PlotKind::CareArea:
        return data.careArea.dates;
    case PlotKind::CareUnits:
        return data.careUnits.dates;
    case PlotKind::Adoption:
    case PlotKind::Share:
        break;
    }
    return data.adoption.dates;
}

} // namespace engdrift::plots::plot_detail
