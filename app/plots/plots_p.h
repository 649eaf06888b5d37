#pragma once
// The parts the charts are made of, shared by the files of engdrift_plots: the words of the charts,
// their colours and sizes, the date axis, how axes, legends and texts look, and the body of each
// kind of chart (plot_care_area.cpp, plot_adoption.cpp, plot_share.cpp). plots.cpp lays a chart
// out around its body and shows or writes it. Not a public API: plots.h holds no QCustomPlot type,
// this header does.

#include "plots.h"

#include "style/symbology.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>

namespace engdrift::plots {

struct PlotText
{
    Q_DECLARE_TR_FUNCTIONS(Plots)
};

namespace plot_detail {

/// Calm colours (styles/symbology.json, "charts"): dark grey text, light grid, muted series colours.
const ChartColours &chartColours();

inline constexpr double kDaySeconds = 86400.0;

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

double scaleFor(const QSize &size);
/// The look of a chart of `size` pixels in a language's number formats.
Look lookFor(const QSize &size, const QString &language);

QString percentText(double percent, const QLocale &locale);

double dateKey(const QDate &date);

/// Date ticks labelled by what the step shows (years, months or days), as many as the width of the
/// axis has room for. `widthShare`: the part of the plot's width the axis takes until it is laid
/// out (a legend beside it takes the rest); `tickSpacing`: pixels per label.
QSharedPointer<QCPAxisTicker> dateTicker(QCustomPlot *plot, double widthShare, double tickSpacing);

/// The ranges the chart opens with, to go back to on a double click.
struct Home
{
    QCPRange keys;
    QCPRange values;
};

/// The keys of a time series plus one more step after the last date, so that the last value of a
/// step line shows as a step and not only as a jump at the very end.
QVector<double> stepKeys(const QList<QDate> &dates);

void styleAxis(QCPAxis *axis, const Look &look, const QString &label);

void styleLegend(QCPLegend *legend, const Look &look);

QCPTextElement *textElement(QCustomPlot *plot, const QString &text, const QFont &font, const QColor &colour,
                            const QMargins &margins);

/// The chart's title and (when there is one) its subtitle in the rows of the plot's layout from
/// `row` on; returns the next row.
int addTitles(QCustomPlot *plot, int row, const QString &title, const QString &subtitle, const Look &look);
/// The legend as one row of entries (wrapped after four) in `row` of the plot's layout.
void addLegendRow(QCustomPlot *plot, int row, const Look &look);

/// "No data" in the middle of an empty chart.
void showEmpty(QCustomPlot *plot, const Look &look, const QString &text);

/// Lays a chart out at the size of `rect` (`build` fills it) and draws it there, as vector drawing.
/// `scale` sizes its texts and lines (0: as lookFor() gives for the size).
Result<void> drawBuilt(QPainter &painter, const QRectF &rect, const QString &language,
                       const std::function<void(QCustomPlot *, const Look &)> &fill, double scale = 0);
/// Lays a chart out at `size` (`build` fills it) and writes it to `path` (.png, .pdf, .svg).
Result<void> exportBuilt(const QString &path, const QSize &size, const QString &language, const QString &title,
                         const QString &description, const std::function<void(QCustomPlot *, const Look &)> &fill);
/// Records the laid-out chart (`size` pixels) and replays it into `rect` of `painter`: vector
/// drawing on any device.
Result<void> drawRecorded(QCustomPlot &plot, const QSize &size, QPainter &painter, const QRectF &rect);
/// Whether `path` names a chart file (.png, .pdf, .svg) of a size that can be written, here.
Result<void> checkExport(const QString &path, const QSize &size);
/// Writes the laid-out chart to `path` (checked by checkExport), whole or not at all.
Result<void> writePlotFile(QCustomPlot &plot, const QSize &size, const QString &path, const QString &title,
                           const QString &description);

/// The body of each kind of chart: its axes, series and value labels, in `plot`'s axis rect. The
/// ranges it returns are the ones the chart opens with.
Home buildCareArea(QCustomPlot *plot, const PlotData &data, const Look &look);
Home buildCareUnits(QCustomPlot *plot, const PlotData &data, const Look &look);
/// The dates along the key axis of a time chart (CareArea, CareUnits, Adoption).
const QList<QDate> &seriesDates(PlotKind kind, const PlotData &data);
Home buildAdoption(QCustomPlot *plot, const PlotData &data, const Look &look);
Home buildShare(QCustomPlot *plot, const PlotData &data, const Look &look);

} // namespace plot_detail
} // namespace engdrift::plots
