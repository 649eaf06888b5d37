// The charts' layout in a low, docked panel, read from QCustomPlot's own layout: the title and the
// value axis's title do not overlap, the adoption chart's "3 of 3 departments" stays inside its
// axis, the care-type legend does not run its entries into each other, and the date labels stand
// apart however narrow the axis is beside the legend.

#include "plots.h"

#include <qcustomplot.h>

#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace engdrift;
using namespace engdrift::plots;

namespace {

/// Three departments, all three adopted at the end; two care types; one share bar.
PlotData lowData()
{
    PlotData data;
    const QList<QDate> dates = {QDate(2019, 1, 1), QDate(2022, 1, 1), QDate(2026, 1, 1)};
    data.adoption.dates = dates;
    data.adoption.adopted = {0, 1, 3};
    data.adoption.departments = {3, 3, 3};
    data.careArea.dates = dates;
    for (int i = 0; i < 11; ++i) {
        data.careArea.careTypes << QStringLiteral("type%1").arg(i);
        data.careArea.areaM2 << QList<double>{1000.0, 1000.0, 1000.0};
        data.careTypeLooks << CareTypeLook{QStringLiteral("Care type number %1").arg(i), QColor(40 + 15 * i, 140, 90)};
    }
    ShareBar bar;
    bar.department = {12, 5};
    bar.label = QStringLiteral("005 Nørrebro");
    bar.greenToday = 8400;
    bar.natureToday = 1020;
    bar.greenProposal = 8400;
    bar.natureProposal = 1020;
    data.shares = {bar};
    data.subtitle = QStringLiteral("All departments · 2019-01-01 to 2026-01-01");
    data.denominatorNote = QStringLiteral("A note on what the numbers count.");
    return data;
}

/// A chart as small as it is docked under the map of a 1280 x 800 window, drawn.
std::unique_ptr<QCustomPlot> lowChart(PlotKind kind, const QSize &size = QSize(620, 250), bool note = false)
{
    PlotOptions options;
    options.language = QStringLiteral("en");
    options.noteInChart = note; // the charts panel shows it beside the chart
    std::unique_ptr<QCustomPlot> plot(qobject_cast<QCustomPlot *>(createPlotWidget(kind, lowData(), options)));
    EXPECT_TRUE(plot);
    if (!plot)
        return plot;
    plot->resize(size);
    plot->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(plot.get()));
    plot->replot(QCustomPlot::rpImmediateRefresh);
    plot->replot(QCustomPlot::rpImmediateRefresh); // a second pass, as after a queued replot
    return plot;
}

QCPTextElement *textElement(QCustomPlot *plot, const QString &text)
{
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        auto *t = qobject_cast<QCPTextElement *>(element);
        if (t && t->text() == text)
            return t;
    }
    return nullptr;
}

/// Where the value axis's title is drawn: its own text element, or turned up the axis's side.
QRect valueAxisTitleRect(QCustomPlot *plot, const QString &title)
{
    if (QCPTextElement *element = textElement(plot, title))
        return element->outerRect();
    QCPAxis *axis = plot->yAxis;
    if (axis->label() != title)
        return {};
    const QFontMetrics metrics(axis->labelFont());
    const QRect rect = plot->axisRect()->rect();
    const int length = metrics.horizontalAdvance(title);
    return QRect(plot->axisRect()->outerRect().left(), rect.center().y() - length / 2, metrics.height(), length);
}

} // namespace

TEST(PlotLayout, TitleAndValueAxisTitleDoNotOverlapInALowChart)
{
    const std::pair<PlotKind, QString> kinds[] = {{PlotKind::CareArea, QStringLiteral("Area (m²)")},
                                                  {PlotKind::Adoption, QStringLiteral("Departments")},
                                                  {PlotKind::Share, QStringLiteral("Share of the green area (%)")}};
    for (const auto &[kind, axisTitle] : kinds) {
        for (const int height : {200, 250, 320}) {
            for (const bool note : {false, true}) {
                const std::string where = plotKindCode(kind).toStdString() + " " + std::to_string(height) +
                                          (note ? " with the note" : "");
                auto plot = lowChart(kind, QSize(620, height), note);
                ASSERT_TRUE(plot);
                const QRect axis = valueAxisTitleRect(plot.get(), axisTitle);
                ASSERT_FALSE(axis.isEmpty()) << where;
                EXPECT_TRUE(plot->rect().contains(axis)) << where;
                // Nor with the subtitle and the legend over the chart.
                for (const QString &text : {plotKindTitle(kind), lowData().subtitle}) {
                    QCPTextElement *element = textElement(plot.get(), text);
                    ASSERT_TRUE(element) << where;
                    EXPECT_FALSE(element->outerRect().intersects(axis))
                        << where << ": " << text.toStdString() << " " << element->outerRect().top() << "-"
                        << element->outerRect().bottom() << ", axis title " << axis.top() << "-" << axis.bottom();
                }
            }
        }
    }
}

TEST(PlotLayout, AdoptionCountStaysInsideALowChart)
{
    for (const QSize &size : {QSize(620, 250), QSize(620, 400), QSize(1200, 700)}) {
        auto plot = lowChart(PlotKind::Adoption, size);
        ASSERT_TRUE(plot);
        QCPItemText *count = nullptr;
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto *text = qobject_cast<QCPItemText *>(plot->item(i));
            if (text && text->text() == QStringLiteral("3 of 3 departments"))
                count = text;
        }
        ASSERT_TRUE(count);
        const QRect axis = plot->axisRect()->rect();
        const QPointF topLeft = count->topLeft->pixelPosition();
        const QPointF bottomRight = count->bottomRight->pixelPosition();
        EXPECT_GE(topLeft.y(), axis.top()) << size.height();
        EXPECT_LE(bottomRight.y(), axis.bottom() + 1) << size.height();
        EXPECT_GE(topLeft.x(), axis.left()) << size.height();
    }
}

TEST(PlotLayout, CareTypeLegendEntriesDoNotOverlapInALowChart)
{
    auto plot = lowChart(PlotKind::CareArea);
    ASSERT_TRUE(plot);
    QCPLegend *legend = plot->legend;
    QList<QRect> entries; // (a legend in columns has empty cells)
    for (int i = 0; i < legend->itemCount(); ++i)
        if (legend->item(i))
            entries << legend->item(i)->rect();
    ASSERT_EQ(entries.size(), 11);
    for (const QString &text : {plotKindTitle(PlotKind::CareArea), lowData().subtitle}) {
        QCPTextElement *element = textElement(plot.get(), text);
        ASSERT_TRUE(element);
        EXPECT_FALSE(element->outerRect().intersects(legend->outerRect())) << text.toStdString();
        EXPECT_GE(element->outerRect().height(), static_cast<QCPLayoutElement *>(element)->minimumOuterSizeHint().height()) << text.toStdString();
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        EXPECT_TRUE(plot->rect().contains(entries[i])) << i;
        for (qsizetype j = i + 1; j < entries.size(); ++j)
            EXPECT_FALSE(entries[i].intersects(entries[j])) << i << " and " << j;
    }
}

TEST(PlotLayout, DateLabelsDoNotRunIntoEachOtherInALowChart)
{
    for (PlotKind kind : {PlotKind::CareArea, PlotKind::Adoption}) {
        for (const QSize &size : {QSize(620, 250), QSize(900, 300), QSize(1200, 700)}) {
            const std::string where = plotKindCode(kind).toStdString() + " " + std::to_string(size.width());
            auto plot = lowChart(kind, size);
            ASSERT_TRUE(plot);
            QCPAxis *axis = plot->xAxis;
            const QVector<double> ticks = axis->tickVector();
            const QVector<QString> labels = axis->tickVectorLabels();
            ASSERT_EQ(ticks.size(), labels.size());
            EXPECT_GE(ticks.size(), 2) << where;
            const QFontMetrics metrics(axis->tickLabelFont());
            const int gap = metrics.horizontalAdvance(QLatin1Char(' '));
            for (qsizetype i = 1; i < ticks.size(); ++i) {
                auto width = [&](qsizetype k) {
                    int widest = 0;
                    for (const QString &line : labels[k].split(QLatin1Char('\n')))
                        widest = std::max(widest, metrics.horizontalAdvance(line));
                    return widest;
                };
                const double apart = axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]);
                EXPECT_GE(apart, (width(i - 1) + width(i)) / 2.0 + gap)
                    << where << ": " << labels[i - 1].toStdString() << " and " << labels[i].toStdString();
            }
        }
    }
}
