#pragma once
// The charts of Engdrift, drawn with QCustomPlot: area by care type over time (stacked), the
// biodiversity units by care type over time (stacked), the number
// of departments that have adopted the concept over time (a step line with its denominator), and
// the nature-friendly share of the green area per department (today and with the proposal).
//
// The same chart goes on screen (createPlotWidget: zoom with the wheel, pan by dragging, a
// read-out under the mouse, double-click to see everything again) and into files (exportPlot: PNG,
// PDF or SVG). This header holds no QCustomPlot type: including <qcustomplot.h> costs 12 s of
// compile time, so only the files of engdrift_plots that draw do (through plots_p.h).
//
// Texts come from tr() (the installed translation); PlotOptions::language picks the number and
// date formats. The caller gives the care type names in the same language (plot_data.h does).

#include "analysis/nature.h"
#include "analysis/series.h"
#include "util/result.h"

#include <QColor>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

class QPainter;
class QRectF;
class QWidget;

namespace engdrift::plots {

enum class PlotKind { CareArea, CareUnits, Adoption, Share };

/// "care-area", "care-units", "adoption", "share": the names used on the command line.
QString plotKindCode(PlotKind kind);
std::optional<PlotKind> plotKindFromCode(const QString &code);
/// "Area by care type", ...: the default title of a chart, translated.
QString plotKindTitle(PlotKind kind);

struct PlotOptions
{
    QString language = QStringLiteral("da"); ///< "da" or "en": number and date formats
    QString title;                           ///< empty: the default title of the kind
    QSize size = {1200, 700};                ///< of an export, in pixels (PDF: points)
    /// Draw PlotData::denominatorNote under the chart. A panel that shows it beside the chart
    /// (wrapped to its width) turns this off.
    bool noteInChart = true;
};

/// How a care type looks in the charts.
struct CareTypeLook
{
    QString name;  ///< in the language of the chart
    QColor colour; ///< the care type's fill (styles/); invalid: a colour of the charts' series
};

/// What the charts draw. Each kind reads its own member; the others may stay empty.
struct PlotData
{
    CareAreaSeries careArea;
    /// Biodiversity units by care type over time (stacked like the area).
    CareUnitsSeries careUnits;
    /// Parallel to careArea.careTypes (careUnits.careTypes for the units chart). Missing entries are drawn with the code as the name and a
    /// calm colour of their own.
    QList<CareTypeLook> careTypeLooks;
    AdoptionSeries adoption;
    QList<ShareBar> shares;
    /// What the data covers, under the title: "All departments · 2019-01-01 to 2026-06-01".
    QString subtitle;
    /// Under the chart, small: what the denominator is, and what the numbers leave out.
    QString denominatorNote;
};

/// An interactive chart. The widget keeps a copy of the data; to show new data, make a new one.
/// Like every function here that draws, on the GUI thread only.
QWidget *createPlotWidget(PlotKind kind, const PlotData &data, const PlotOptions &options, QWidget *parent = nullptr);

/// Writes the chart to `path`: PNG (exactly options.size pixels), PDF (options.size points) or SVG,
/// chosen by the file's extension. Needs a QApplication (QCustomPlot is a widget); works offscreen.
Result<void> exportPlot(PlotKind kind, const PlotData &data, const PlotOptions &options, const QString &path);

/// Draws the chart into `rect` of `painter` (any device: a PDF page, an image), as vector drawing
/// (it is recorded and replayed): the charts of print layouts. On the GUI thread only.
Result<void> drawPlot(PlotKind kind, const PlotData &data, const PlotOptions &options, QPainter &painter, const QRectF &rect);

/// The read-out the chart shows under the mouse for the date (CareArea, Adoption) or department
/// (Share) at `index`: several lines, with the numerator and denominator of every share. Empty
/// when the index is out of range.
QString plotReadout(PlotKind kind, const PlotData &data, qsizetype index, const PlotOptions &options);

/// Area written for people: "3 810 m²" (groups of three split by a no-break space).
QString formatSquareMetres(double m2);

} // namespace engdrift::plots
