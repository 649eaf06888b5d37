// The chart of the nature-friendly share of the green area per department: bars today and with
// the proposal, labelled with their percentages.

#include "plots_p.h"

#include <QPointer>

namespace engdrift::plots::plot_detail {
namespace {

/// 0-100 % in steps of 20 (10 when zoomed in; 50 when the axis is short, as in a docked panel).
class PercentTicker : public QCPAxisTicker
{
public:
    explicit PercentTicker(QCPAxis *axis) : m_axis(axis) {}

protected:
    double getTickStep(const QCPRange &range) override
    {
        const double pixels = m_axis && m_axis->axisRect() ? m_axis->axisRect()->height() : 400.0;
        const double perTick = 28.0; // a label and some air
        for (double step : {range.size() > 60 ? 20.0 : 10.0, 25.0, 50.0, 100.0}) {
            if (pixels * step / std::max(1.0, range.size()) >= perTick)
                return step;
        }
        return 100.0;
    }
    int getSubTickCount(double) override { return 1; }
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        return percentText(tick, locale);
    }
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override
    {
        QVector<double> ticks;
        for (double t = std::ceil(std::max(0.0, range.lower) / tickStep) * tickStep; t <= std::min(100.0, range.upper) + 1e-9;
             t += tickStep)
            ticks << t;
        return ticks;
    }

private:
    QPointer<QCPAxis> m_axis;
};

} // namespace

Home buildShare(QCustomPlot *plot, const PlotData &data, const Look &look)
{
    const QList<ShareBar> &shares = data.shares;
    styleAxis(plot->xAxis, look, PlotText::tr("Department"));
    styleAxis(plot->yAxis, look, PlotText::tr("Share of the green area (%)"));
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setTickLength(0, 0);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new PercentTicker(plot->yAxis)));

    const qsizetype n = shares.size();
    const bool anyProposal = std::any_of(shares.cbegin(), shares.cend(), [](const ShareBar &b) { return b.hasProposal; });
    auto percent = [](double part, double whole) { return whole > 0 ? 100.0 * part / whole : 0.0; };

    auto textTicker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    for (qsizetype i = 0; i < n; ++i) {
        QString label = shares.at(i).label;
        // Few departments: the number above the name; many: one line, turned.
        if (n <= 8)
            label.replace(label.indexOf(QLatin1Char(' ')), 1, QLatin1Char('\n'));
        textTicker->addTick(static_cast<double>(i), label);
    }
    plot->xAxis->setTicker(textTicker);
    if (n > 8)
        plot->xAxis->setTickLabelRotation(n > 30 ? 90 : 45);

    const double width = anyProposal ? 0.36 : 0.6;
    auto *today = new QCPBars(plot->xAxis, plot->yAxis);
    today->setName(PlotText::tr("Today"));
    today->setWidth(width);
    today->setPen(QPen(chartColours().today.darker(115), look.px(1)));
    today->setBrush(chartColours().today);
    today->setSelectable(QCP::stNone);
    QCPBars *proposal = nullptr;
    if (anyProposal) {
        proposal = new QCPBars(plot->xAxis, plot->yAxis);
        proposal->setName(PlotText::tr("With the proposal"));
        proposal->setWidth(width);
        proposal->setPen(QPen(chartColours().proposal.darker(115), look.px(1)));
        proposal->setBrush(chartColours().proposal);
        proposal->setSelectable(QCP::stNone);
        auto *group = new QCPBarsGroup(plot);
        group->setSpacingType(QCPBarsGroup::stPlotCoords);
        group->setSpacing(0.04);
        today->setBarsGroup(group);
        proposal->setBarsGroup(group);
    }
    const double offset = anyProposal ? (width + 0.04) / 2 : 0.0;
    const bool valueLabels = n <= 20;
    for (qsizetype i = 0; i < n; ++i) {
        const ShareBar &bar = shares.at(i);
        const double key = static_cast<double>(i);
        const double now = percent(bar.natureToday, bar.greenToday);
        today->addData(key, now);
        if (proposal && bar.hasProposal)
            proposal->addData(key, percent(bar.natureProposal, bar.greenProposal));
        if (!valueLabels)
            continue;
        auto addLabel = [&](double x, double value, const QColor &colour, bool hasGreen) {
            auto *text = new QCPItemText(plot);
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(x, value);
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            text->setPadding(QMargins(0, 0, 0, look.ipx(4)));
            text->setText(hasGreen ? percentText(value, look.locale) : PlotText::tr("no green area"));
            text->setFont(look.font(n > 10 ? 11 : 13, true));
            text->setColor(colour);
            text->setClipToAxisRect(true);
        };
        addLabel(key - offset, now, chartColours().text, bar.greenToday > 0);
        if (proposal && bar.hasProposal)
            addLabel(key + offset, percent(bar.natureProposal, bar.greenProposal), chartColours().proposal.darker(130),
                     bar.greenProposal > 0);
    }
    Home home;
    home.keys = QCPRange(-0.6, std::max<double>(0.6, static_cast<double>(n) - 0.4));
    home.values = QCPRange(0, 110); // room above 100 % for the value labels
    if (n == 0)
        showEmpty(plot, look, PlotText::tr("No departments with areas at this date"));
    return home;
}

} // namespace engdrift::plots::plot_detail
