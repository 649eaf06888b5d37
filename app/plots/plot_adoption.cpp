// The chart of the departments that have adopted over time: a step line over its denominator (all
// departments), with "23 of 61 departments" where it ends.

#include "plots_p.h"

namespace engdrift::plots::plot_detail {
namespace {

/// Whole numbers only (departments).
class CountTicker : public QCPAxisTickerFixed
{
public:
    CountTicker()
    {
        setTickStep(1.0);
        setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        setTickCount(6);
    }
};

} // namespace

Home buildAdoption(QCustomPlot *plot, const PlotData &data, const Look &look)
{
    const AdoptionSeries &series = data.adoption;
    styleAxis(plot->xAxis, look, PlotText::tr("Date"));
    styleAxis(plot->yAxis, look, PlotText::tr("Departments"));
    plot->xAxis->setTicker(dateTicker(plot, 0.9, look.px(85)));
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new CountTicker));
    plot->yAxis->setNumberFormat(QStringLiteral("f"));
    plot->yAxis->setNumberPrecision(0);

    const QVector<double> keys = stepKeys(series.dates);
    const qsizetype n = std::min({series.dates.size(), series.adopted.size(), series.departments.size()});
    QVector<double> adopted, total;
    for (qsizetype i = 0; i < n; ++i) {
        adopted << series.adopted.at(i);
        total << series.departments.at(i);
    }
    if (n > 0) {
        adopted << adopted.last();
        total << total.last();
    }
    const QVector<double> usedKeys = keys.mid(0, adopted.size());

    QCPGraph *all = plot->addGraph();
    all->setName(PlotText::tr("All departments"));
    all->setData(usedKeys, total, true);
    all->setLineStyle(QCPGraph::lsStepLeft);
    QPen dashed(chartColours().total, look.px(1.6), Qt::DashLine);
    all->setPen(dashed);
    all->setSelectable(QCP::stNone);

    QCPGraph *yes = plot->addGraph();
    yes->setName(PlotText::tr("Adopted"));
    yes->setData(usedKeys, adopted, true);
    yes->setLineStyle(QCPGraph::lsStepLeft);
    yes->setPen(QPen(chartColours().adopted, look.px(2.6)));
    QColor fill = chartColours().adopted;
    fill.setAlpha(40);
    yes->setBrush(fill);
    yes->setSelectable(QCP::stNone);
    // The numerator first in the legend, then its denominator.
    all->removeFromLegend();
    all->addToLegend();

    double top = 0;
    for (double v : std::as_const(total))
        top = std::max(top, v);
    Home home;
    home.values = QCPRange(0, std::max(1.0, std::ceil(top * 1.22)));
    home.keys = usedKeys.isEmpty() ? QCPRange(dateKey(QDate::currentDate()) - 365 * kDaySeconds,
                                              dateKey(QDate::currentDate()))
                                   : QCPRange(usedKeys.first(), usedKeys.last());

    if (n > 0) {
        // The denominator beside the numerator, where the line ends: "23 of 61 departments".
        auto *label = new QCPItemText(plot);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(usedKeys.last(), adopted.last());
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setTextAlignment(Qt::AlignRight);
        label->setPadding(QMargins(look.ipx(4), look.ipx(2), look.ipx(4), look.ipx(6)));
        label->setText(PlotText::tr("%1 of %2 departments")
                           .arg(look.locale.toString(series.adopted.at(n - 1)),
                                look.locale.toString(series.departments.at(n - 1))));
        label->setFont(look.font(15, true));
        label->setColor(chartColours().adopted);
        label->setClipToAxisRect(true);
        // Over the line's end where there is room for it, else under it: in a low chart (a docked
        // panel) the text would be cut off at the top of the axis.
        const QMargins above(look.ipx(4), look.ipx(2), look.ipx(4), look.ipx(6));
        const QMargins below(look.ipx(4), look.ipx(6), look.ipx(4), look.ipx(2));
        const double value = adopted.last();
        QObject::connect(plot, &QCustomPlot::afterLayout, label, [plot, label, above, below, value] {
            const double y = plot->yAxis->coordToPixel(value);
            const double needed = QFontMetricsF(label->font()).height() + above.top() + above.bottom();
            const bool room = y - plot->axisRect()->rect().top() >= needed;
            label->setPositionAlignment(Qt::AlignRight | (room ? Qt::AlignBottom : Qt::AlignTop));
            label->setPadding(room ? above : below);
        });
    } else {
        showEmpty(plot, look, PlotText::tr("No dates to show"));
    }
    return home;
}

} // namespace engdrift::plots::plot_detail
