#include "plots.h"

#include "render/png_writer.h"
#include "style/symbology.h"
#include "util/atomic_file.h"
#include "util/dates.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QPicture>
#include <QPointer>
#include <QSvgGenerator>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace engdrift::plots {
namespace {

struct PlotText
{
    Q_DECLARE_TR_FUNCTIONS(Plots)
};

// Calm colours (styles/symbology.json, "charts"): dark grey text, light grid, muted series colours.
const ChartColours &chartColours()
{
    return Symbology::active().charts();
}

const double kDaySeconds = 86400.0;

/// Sizes of one chart: fonts and pens grow with the picture so a large export is not a small one
/// with tiny letters.
struct Look
{
    double scale = 1.0;
    QLocale locale;

    QFont font(double pixels, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(std::max(8, static_cast<int>(std::lround(pixels * scale))));
        f.setBold(bold);
        return f;
    }
    double px(double pixels) const { return pixels * scale; }
    int ipx(double pixels) const { return static_cast<int>(std::lround(pixels * scale)); }
};

double scaleFor(const QSize &size)
{
    return std::clamp(std::min(size.width() / 1200.0, size.height() / 700.0), 0.75, 4.0);
}

QString percentText(double percent, const QLocale &locale)
{
    return locale.toString(percent, 'f', 0) + QStringLiteral(" %");
}

double dateKey(const QDate &date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(date);
}

/// Date ticks labelled by what the step shows (years, months or days), as many as the width of the
/// axis has room for.
class DateTicker : public QCPAxisTickerDateTime
{
public:
    /// `widthShare`: the part of the plot's width the axis takes until it is laid out (a legend
    /// beside it takes the rest); `tickSpacing`: pixels per label.
    DateTicker(QCustomPlot *plot, double widthShare, double tickSpacing)
        : m_plot(plot), m_widthShare(widthShare), m_tickSpacing(tickSpacing)
    {
        // The ticks are made before the layout: when the axis turns out to have another width
        // than they were made for, once more with the width it has.
        m_relayout = QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot, this] {
            if (std::abs(axisWidth() - m_width) > 1.0)
                plot->replot(QCustomPlot::rpQueuedReplot);
        });
    }
    ~DateTicker() override { QObject::disconnect(m_relayout); }
    DateTicker(const DateTicker &) = delete;
    DateTicker &operator=(const DateTicker &) = delete;

protected:
    double getTickStep(const QCPRange &range) override
    {
        m_width = axisWidth();
        setTickCount(std::clamp(static_cast<int>(m_width / m_tickSpacing), 2, 9));
        m_step = QCPAxisTickerDateTime::getTickStep(range);
        return m_step;
    }
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        const QDate date = keyToDateTime(tick).date();
        if (m_step >= 360 * kDaySeconds)
            return locale.toString(date, QStringLiteral("yyyy"));
        if (m_step >= 27 * kDaySeconds)
            return locale.toString(date, QStringLiteral("MMM\nyyyy"));
        return locale.toString(date, QStringLiteral("d MMM\nyyyy"));
    }

private:
    double axisWidth() const
    {
        if (!m_plot)
            return 800.0;
        const int laidOut = m_plot->axisRect() ? m_plot->axisRect()->width() : 0;
        return laidOut > 0 ? laidOut : m_plot->viewport().width() * m_widthShare;
    }

    QPointer<QCustomPlot> m_plot;
    double m_widthShare = 1.0;
    double m_tickSpacing = 90.0;
    double m_width = 0; ///< the axis width the ticks were made for
    QMetaObject::Connection m_relayout;
    double m_step = 0;
};

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

/// The ranges the chart opens with, to go back to on a double click.
struct Home
{
    QCPRange keys;
    QCPRange values;
};

/// The keys of a time series plus one more step after the last date, so that the last value of a
/// step line shows as a step and not only as a jump at the very end.
QVector<double> stepKeys(const QList<QDate> &dates)
{
    QVector<double> keys;
    keys.reserve(dates.size() + 1);
    for (const QDate &d : dates)
        keys << dateKey(d);
    if (keys.size() >= 2)
        keys << keys.last() + (keys.last() - keys.first()) / static_cast<double>(keys.size() - 1);
    else if (keys.size() == 1)
        keys << keys.last() + 30 * kDaySeconds;
    return keys;
}

void styleAxis(QCPAxis *axis, const Look &look, const QString &label)
{
    axis->setLabel(label);
    axis->setLabelFont(look.font(14));
    axis->setLabelColor(chartColours().text);
    axis->setTickLabelFont(look.font(13));
    axis->setTickLabelColor(chartColours().text);
    axis->setBasePen(QPen(chartColours().axis, look.px(1)));
    axis->setTickPen(QPen(chartColours().axis, look.px(1)));
    axis->setSubTickPen(QPen(chartColours().axis, look.px(1)));
    axis->setTickLength(0, look.ipx(5));
    axis->setSubTickLength(0, look.ipx(2));
    axis->setTickLabelPadding(look.ipx(6));
    axis->setLabelPadding(look.ipx(8));
    axis->grid()->setPen(QPen(chartColours().grid, look.px(1)));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
}

void styleLegend(QCPLegend *legend, const Look &look)
{
    legend->setVisible(true);
    legend->setFont(look.font(13));
    legend->setTextColor(chartColours().text);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setIconSize(look.ipx(22), look.ipx(14));
    legend->setIconTextPadding(look.ipx(7));
    legend->setRowSpacing(look.ipx(1));
    legend->setColumnSpacing(look.ipx(18));
    legend->setMargins(QMargins(look.ipx(6), look.ipx(4), look.ipx(6), look.ipx(4)));
    legend->setSelectableParts(QCPLegend::spNone);
}

QCPTextElement *textElement(QCustomPlot *plot, const QString &text, const QFont &font, const QColor &colour,
                            const QMargins &margins)
{
    auto *element = new QCPTextElement(plot, text, font);
    element->setTextColor(colour);
    element->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    element->setMargins(margins);
    element->setSelectable(false);
    return element;
}

/// "No data" in the middle of an empty chart.
void showEmpty(QCustomPlot *plot, const Look &look, const QString &text)
{
    auto *item = new QCPItemText(plot);
    item->position->setType(QCPItemPosition::ptAxisRectRatio);
    item->position->setCoords(0.5, 0.5);
    item->setPositionAlignment(Qt::AlignCenter);
    item->setText(text);
    item->setFont(look.font(15));
    item->setColor(chartColours().mutedText);
}

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

Home buildCareArea(QCustomPlot *plot, const PlotData &data, const Look &look)
{
    const CareAreaSeries &series = data.careArea;
    styleAxis(plot->xAxis, look, PlotText::tr("Date"));
    styleAxis(plot->yAxis, look, PlotText::tr("Area (m²)"));
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new DateTicker(plot, 0.7, look.px(85))));
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

Home buildAdoption(QCustomPlot *plot, const PlotData &data, const Look &look)
{
    const AdoptionSeries &series = data.adoption;
    styleAxis(plot->xAxis, look, PlotText::tr("Date"));
    styleAxis(plot->yAxis, look, PlotText::tr("Departments"));
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new DateTicker(plot, 0.9, look.px(85))));
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

/// Lays out and fills a chart. The layout, top to bottom: title, subtitle, (legend,) the chart with
/// its axes (and the legend on the right for the care area), the note on the denominator.
Home build(QCustomPlot *plot, PlotKind kind, const PlotData &data, const PlotOptions &options, const Look &look)
{
    plot->setBackground(chartColours().background);
    plot->setLocale(look.locale);
    plot->setAutoAddPlottableToLegend(kind != PlotKind::CareArea);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNotAntialiasedElements(QCP::aeGrid | QCP::aeAxes);

    QCPLayoutGrid *layout = plot->plotLayout();
    QCPAxisRect *rect = plot->axisRect();
    layout->take(rect);
    layout->simplify();
    rect->insetLayout()->take(plot->legend);
    rect->setMinimumMargins(QMargins(look.ipx(8), look.ipx(8), look.ipx(16), look.ipx(8)));
    layout->setRowSpacing(0);

    const int side = look.ipx(16);
    int row = 0;
    const QString title = options.title.isEmpty() ? plotKindTitle(kind) : options.title;
    layout->addElement(row++, 0, textElement(plot, title, look.font(21, true), chartColours().text,
                                             QMargins(side, look.ipx(12), side, look.ipx(2))));
    if (!data.subtitle.isEmpty())
        layout->addElement(row++, 0, textElement(plot, data.subtitle, look.font(14), chartColours().mutedText,
                                                 QMargins(side, 0, side, look.ipx(4))));
    styleLegend(plot->legend, look);
    // The value axis's title goes over the chart, level with the other texts: turned up the side of
    // a short chart (a docked panel) it is longer than the axis and runs into the title.
    auto *valueTitle = textElement(plot, QString(), look.font(14), chartColours().text, QMargins(side, look.ipx(2), side, 0));
    valueTitle->setObjectName(QStringLiteral("valueAxisTitle"));
    if (kind == PlotKind::CareArea) {
        // The stack beside its legend, the legend at the top of its column.
        layout->addElement(row++, 0, valueTitle);
        auto *body = new QCPLayoutGrid;
        layout->addElement(row, 0, body);
        body->addElement(0, 0, rect);
        auto *column = new QCPLayoutGrid;
        body->addElement(0, 1, column);
        column->addElement(0, 0, plot->legend);
        column->addElement(1, 0, new QCPLayoutElement(plot));
        column->setRowStretchFactor(0, 0.001);
        column->setRowStretchFactor(1, 1);
        body->setColumnStretchFactor(0, 1);
        body->setColumnStretchFactor(1, 0.001);
        plot->legend->setMargins(QMargins(look.ipx(4), look.ipx(16), side, look.ipx(4)));
        // Many care types in a low chart (a docked panel): the legend goes on in a second column
        // instead of running its entries into each other.
        QCPLegend *legend = plot->legend;
        QObject::connect(plot, &QCustomPlot::afterLayout, legend, [plot, legend, body] {
            int items = 0; // the grid's cell count includes the empty cells of a wrapped legend
            for (int i = 0; i < legend->itemCount(); ++i)
                items += legend->item(i) ? 1 : 0;
            if (items == 0 || !legend->item(0))
                return;
            const QMargins m = legend->margins();
            const int entry = legend->item(0)->minimumOuterSizeHint().height() + legend->rowSpacing();
            const int fit = std::clamp((body->rect().height() - m.top() - m.bottom()) / std::max(1, entry), 1, items);
            const int rows = fit >= items ? 0 : fit; // 0: one column
            if (legend->wrap() != rows) {
                legend->setWrap(rows);
                legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true);
                plot->replot(QCustomPlot::rpQueuedReplot);
            }
        });
    } else {
        // A single row of legend entries over the chart.
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot->legend->setWrap(4);
        auto *legendRow = new QCPLayoutGrid;
        layout->addElement(row++, 0, legendRow);
        legendRow->addElement(0, 0, plot->legend);
        legendRow->addElement(0, 1, new QCPLayoutElement(plot));
        legendRow->setColumnStretchFactor(0, 0.001);
        legendRow->setColumnStretchFactor(1, 1);
        plot->legend->setMargins(QMargins(side, look.ipx(4), side, look.ipx(6)));
        layout->addElement(row++, 0, valueTitle);
        layout->addElement(row, 0, rect);
    }
    const int bodyRow = row++;
    if (!data.denominatorNote.isEmpty() && options.noteInChart)
        layout->addElement(row++, 0, textElement(plot, data.denominatorNote, look.font(12), chartColours().mutedText,
                                                 QMargins(side, look.ipx(2), side, look.ipx(10))));
    for (int r = 0; r < layout->rowCount(); ++r)
        layout->setRowStretchFactor(r, r == bodyRow ? 1.0 : 0.001);
    plot->legend->setLayer(QStringLiteral("legend"));

    Home home;
    switch (kind) {
    case PlotKind::CareArea:
        home = buildCareArea(plot, data, look);
        break;
    case PlotKind::Adoption:
        home = buildAdoption(plot, data, look);
        break;
    case PlotKind::Share:
        home = buildShare(plot, data, look);
        break;
    }
    // The value axis's title is drawn over the chart (see above), not along the axis.
    valueTitle->setText(plot->yAxis->label());
    plot->yAxis->setLabel(QString());

    // Room under each legend entry for the descenders of its text (g, p, j).
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        plot->legend->item(i)->setMargins(QMargins(0, 0, 0, look.ipx(4)));
    plot->xAxis->setRange(home.keys);
    plot->yAxis->setRange(home.values);
    return home;
}

/// The index of the series date a key falls in: the last date at or before it (the value of a
/// step holds until the next date).
qsizetype dateIndex(const QList<QDate> &dates, double key)
{
    if (dates.isEmpty())
        return -1;
    qsizetype index = 0;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        if (dateKey(dates.at(i)) <= key)
            index = i;
        else
            break;
    }
    return index;
}

/// The read-out under the mouse: a tooltip, a line at the date (or a band behind the department).
void installHover(QCustomPlot *plot, PlotKind kind, const PlotData &data, const PlotOptions &options, const Home &home)
{
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    QCPAxisRect *rect = plot->axisRect();
    // Values stay anchored at 0: zoom and pan along the dates (or departments) only.
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    rect->setRangeZoomFactor(0.85);
    plot->setMouseTracking(true);

    plot->addLayer(QStringLiteral("highlight"), plot->layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    auto *marker = new QCPItemStraightLine(plot);
    marker->setLayer(QStringLiteral("overlay"));
    marker->setPen(QPen(chartColours().mutedText, 1, Qt::DotLine));
    marker->setVisible(false);
    marker->setSelectable(false);
    auto *band = new QCPItemRect(plot);
    band->setLayer(QStringLiteral("highlight"));
    band->setPen(Qt::NoPen);
    band->setBrush(chartColours().highlight);
    band->setVisible(false);
    band->setSelectable(false);
    band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);

    auto hide = [plot, marker, band] {
        QToolTip::hideText();
        if (marker->visible() || band->visible()) {
            marker->setVisible(false);
            band->setVisible(false);
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
    };
    QObject::connect(plot, &QCustomPlot::mouseMove, plot, [=](QMouseEvent *event) {
        if (event->buttons() != Qt::NoButton || !rect->rect().contains(event->pos())) {
            hide();
            return;
        }
        const double key = plot->xAxis->pixelToCoord(event->pos().x());
        qsizetype index = -1;
        if (kind == PlotKind::Share) {
            index = static_cast<qsizetype>(std::lround(key));
            if (index < 0 || index >= data.shares.size() || std::abs(key - static_cast<double>(index)) > 0.5)
                index = -1;
        } else {
            index = dateIndex(kind == PlotKind::CareArea ? data.careArea.dates : data.adoption.dates, key);
        }
        const QString text = index >= 0 ? plotReadout(kind, data, index, options) : QString();
        if (text.isEmpty()) {
            hide();
            return;
        }
        if (kind == PlotKind::Share) {
            const double left = static_cast<double>(index) - 0.48;
            const bool moved = !band->visible() || band->topLeft->key() != left;
            band->topLeft->setCoords(left, 0);
            band->bottomRight->setCoords(left + 0.96, 1);
            band->setVisible(true);
            if (moved)
                plot->replot(QCustomPlot::rpQueuedReplot);
        } else {
            const QList<QDate> &dates = kind == PlotKind::CareArea ? data.careArea.dates : data.adoption.dates;
            const double at = dateKey(dates.at(index));
            marker->point1->setCoords(at, 0);
            marker->point2->setCoords(at, 1);
            marker->setVisible(true);
            plot->layer(QStringLiteral("overlay"))->replot();
        }
        QToolTip::showText(event->globalPosition().toPoint(), text, plot, rect->rect());
    });
    QObject::connect(plot, &QCustomPlot::mouseDoubleClick, plot, [plot, home](QMouseEvent *) {
        plot->xAxis->setRange(home.keys);
        plot->yAxis->setRange(home.values);
        plot->replot();
    });
    plot->setStatusTip(PlotText::tr("Wheel: zoom · drag: move · double-click: show all"));
}

QString grouped(qint64 value)
{
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x00A0));
    return negative ? QStringLiteral("-") + digits : digits;
}

} // namespace

QString plotKindCode(PlotKind kind)
{
    switch (kind) {
    case PlotKind::CareArea:
        return QStringLiteral("care-area");
    case PlotKind::Adoption:
        return QStringLiteral("adoption");
    case PlotKind::Share:
        return QStringLiteral("share");
    }
    return {};
}

std::optional<PlotKind> plotKindFromCode(const QString &code)
{
    for (PlotKind kind : {PlotKind::CareArea, PlotKind::Adoption, PlotKind::Share}) {
        if (code.trimmed().compare(plotKindCode(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString plotKindTitle(PlotKind kind)
{
    switch (kind) {
    case PlotKind::CareArea:
        return PlotText::tr("Area by care type");
    case PlotKind::Adoption:
        return PlotText::tr("Departments that have adopted");
    case PlotKind::Share:
        return PlotText::tr("Nature-friendly share of the green area");
    }
    return {};
}

QString formatSquareMetres(double m2)
{
    return grouped(std::llround(m2)) + QStringLiteral(" m²");
}

QString plotReadout(PlotKind kind, const PlotData &data, qsizetype index, const PlotOptions &options)
{
    const QLocale locale(options.language);
    QStringList lines;
    switch (kind) {
    case PlotKind::CareArea: {
        const CareAreaSeries &s = data.careArea;
        if (index < 0 || index >= s.dates.size())
            return {};
        lines << isoDate(s.dates.at(index));
        for (qsizetype c = s.careTypes.size() - 1; c >= 0; --c) {
            const double area = c < s.areaM2.size() && index < s.areaM2.at(c).size() ? s.areaM2.at(c).at(index) : 0.0;
            if (area <= 0)
                continue;
            const QString name = c < data.careTypeLooks.size() && !data.careTypeLooks.at(c).name.isEmpty()
                                     ? data.careTypeLooks.at(c).name
                                     : s.careTypes.at(c);
            lines << PlotText::tr("%1: %2").arg(name, formatSquareMetres(area));
        }
        lines << PlotText::tr("Total: %1").arg(formatSquareMetres(s.totalAt(index)));
        break;
    }
    case PlotKind::Adoption: {
        const AdoptionSeries &s = data.adoption;
        if (index < 0 || index >= s.dates.size() || index >= s.adopted.size() || index >= s.departments.size())
            return {};
        const int adopted = s.adopted.at(index);
        const int all = s.departments.at(index);
        lines << isoDate(s.dates.at(index));
        lines << PlotText::tr("%1 of %2 departments have adopted").arg(locale.toString(adopted), locale.toString(all));
        if (all > 0)
            lines << PlotText::tr("%1 of the departments").arg(percentText(100.0 * adopted / all, locale));
        break;
    }
    case PlotKind::Share: {
        if (index < 0 || index >= data.shares.size())
            return {};
        const ShareBar &bar = data.shares.at(index);
        auto share = [&locale](double nature, double green) {
            if (green <= 0)
                return PlotText::tr("no green area");
            return PlotText::tr("%1 (%2 of %3)")
                .arg(percentText(100.0 * nature / green, locale), grouped(std::llround(nature)),
                     formatSquareMetres(green));
        };
        lines << bar.label;
        lines << PlotText::tr("Today: %1").arg(share(bar.natureToday, bar.greenToday));
        lines << (bar.hasProposal ? PlotText::tr("With the proposal: %1").arg(share(bar.natureProposal, bar.greenProposal))
                                  : PlotText::tr("No proposal yet"));
        break;
    }
    }
    return lines.join(QLatin1Char('\n'));
}

QWidget *createPlotWidget(PlotKind kind, const PlotData &data, const PlotOptions &options, QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    Look look;
    look.locale = QLocale(options.language);
    const Home home = build(plot, kind, data, options, look);
    installHover(plot, kind, data, options, home);
    plot->setMinimumSize(320, 240);
    plot->replot();
    return plot;
}

Result<void> drawPlot(PlotKind kind, const PlotData &data, const PlotOptions &options, QPainter &painter, const QRectF &rect)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return makeError(PlotText::tr("Drawing a chart needs a QApplication."));
    const QSize size(std::max(200, qRound(rect.width())), std::max(150, qRound(rect.height())));
    QCustomPlot plot;
    plot.resize(size);
    Look look;
    look.scale = scaleFor(size);
    look.locale = QLocale(options.language);
    build(&plot, kind, data, options, look);
    QPicture picture;
    QCPPainter recorder;
    if (!recorder.begin(&picture))
        return makeError(PlotText::tr("The chart cannot be drawn."));
    recorder.setMode(QCPPainter::pmVectorized);
    recorder.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&recorder, size.width(), size.height());
    recorder.end();
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / size.width(), rect.height() / size.height());
    painter.drawPicture(QPointF(0, 0), picture);
    painter.restore();
    return {};
}

Result<void> exportPlot(PlotKind kind, const PlotData &data, const PlotOptions &options, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf") && suffix != QLatin1String("svg"))
        return makeError(PlotText::tr("%1: cannot write charts of type \"%2\"; use .png, .pdf or .svg")
                             .arg(path, suffix));
    const QSize size = options.size;
    if (size.width() < 200 || size.height() < 150 || size.width() > 20000 || size.height() > 20000)
        return makeError(PlotText::tr("%1: a chart must be 200 x 150 to 20000 x 20000 pixels, not %2 x %3")
                             .arg(path)
                             .arg(size.width())
                             .arg(size.height()));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return makeError(PlotText::tr("%1: drawing a chart needs a QApplication").arg(path));

    QCustomPlot plot;
    plot.resize(size);
    Look look;
    look.scale = scaleFor(size);
    look.locale = QLocale(options.language);
    build(&plot, kind, data, options, look);
    const QString title = options.title.isEmpty() ? plotKindTitle(kind) : options.title;
    const int w = size.width();
    const int h = size.height();
    // Into a temporary file beside `path`, every write checked, renamed into place when whole: a
    // failed export (a full disk) leaves no file, and an existing file stays as it was.
    if (suffix == QLatin1String("png")) {
        QImage image = plot.toPixmap(w, h, 1.0).toImage();
        const int dotsPerMetre = qRound(96 / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        return writePng(image, path); // the map's PNG writer: atomic, and quiet about failures
    }
    return writeFileAtomically(path, [&](QIODevice &device, QString &reason) {
        reason = PlotText::tr("%1: cannot draw the chart.").arg(path);
        QCPPainter painter;
        if (suffix == QLatin1String("pdf")) {
            // As QCustomPlot::savePdf draws it (a page of w x h points at screen resolution), but
            // onto the device, which reports every failed write.
            QPdfWriter pdf(&device);
            pdf.setCreator(QStringLiteral("Engdrift"));
            pdf.setTitle(title);
            pdf.setResolution(96);
            pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(w, h), QPageSize::Point, QString(), QPageSize::ExactMatch),
                                          QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
            if (!painter.begin(&pdf))
                return false;
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            painter.setWindow(QRect(0, 0, w, h));
            plot.toPainter(&painter, w, h);
            return painter.end();
        }
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(title);
        svg.setDescription(data.subtitle);
        if (!painter.begin(&svg))
            return false;
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot.toPainter(&painter, w, h);
        return painter.end();
    });
}

} // namespace engdrift::plots
