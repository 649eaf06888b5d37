// The charts' look shared by every kind: colours, sizes, the date axis, axes, legends and texts.

#include "plots_p.h"

#include <QPointer>

namespace engdrift::plots::plot_detail {
namespace {

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

} // namespace

const ChartColours &chartColours()
{
    return Symbology::active().charts();
}

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

QSharedPointer<QCPAxisTicker> dateTicker(QCustomPlot *plot, double widthShare, double tickSpacing)
{
    return QSharedPointer<QCPAxisTicker>(new DateTicker(plot, widthShare, tickSpacing));
}

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

int addTitles(QCustomPlot *plot, int row, const QString &title, const QString &subtitle, const Look &look)
{
    const int side = look.ipx(16);
    QCPLayoutGrid *layout = plot->plotLayout();
    layout->addElement(row++, 0, textElement(plot, title, look.font(21, true), chartColours().text,
                                             QMargins(side, look.ipx(12), side, look.ipx(2))));
    if (!subtitle.isEmpty())
        layout->addElement(row++, 0, textElement(plot, subtitle, look.font(14), chartColours().mutedText,
                                                 QMargins(side, 0, side, look.ipx(4))));
    return row;
}

void addLegendRow(QCustomPlot *plot, int row, const Look &look)
{
    const int side = look.ipx(16);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(4);
    auto *legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(row, 0, legendRow);
    legendRow->addElement(0, 0, plot->legend);
    legendRow->addElement(0, 1, new QCPLayoutElement(plot));
    legendRow->setColumnStretchFactor(0, 0.001);
    legendRow->setColumnStretchFactor(1, 1);
    plot->legend->setMargins(QMargins(side, look.ipx(4), side, look.ipx(6)));
}

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

} // namespace engdrift::plots::plot_detail
