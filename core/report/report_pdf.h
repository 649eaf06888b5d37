#pragma once
// The adoption report as a PDF: A4 portrait pages drawn with QPainter on a QPdfWriter (vector, text
// selectable): the title and period with the key figures, the adoption and care-area charts, a
// totals table per organisation, the department table (split over as many pages as it needs, its
// header repeated on each), the care types' m² and the method note; every page has a footer with
// its number out of how many.
//
// Tables are measured before anything is drawn: column widths fit the widest cell, long names wrap
// inside their column, a row never straddles two pages, and no text is cut or drawn over another.
//
// Charts come from the program's chart code (app/plots), which core does not link: the caller
// hands in a ReportCharts (without one, the charts' places say where to find them).
//
// The file is written under a temporary name and renamed into place when whole
// (util/atomic_file.h): a failed export leaves no file, and an earlier one stays as it was.
//
// Threads: the thread of the store the charts read (charts drawn by QCustomPlot: the GUI thread),
// or any thread with RecordedReportCharts recorded beforehand.

#include "report/adoption_report.h"
#include "util/result.h"

#include <QDate>
#include <QPicture>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace engdrift {

class ProjectStore;

/// Draws the charts of the report; implemented by app/plots.
class ReportCharts
{
public:
    enum class Chart { Adoption, CareArea };
    virtual ~ReportCharts() = default;
    /// Draws `chart` of the report's series (AdoptionReport::adoption, careArea) into `rect`
    /// (units of 1/96 inch) of `painter`.
    virtual Result<void> drawChart(QPainter &painter, const QRectF &rect, Chart chart, const AdoptionReport &report,
                                   const ProjectStore &store) const = 0;
};

/// The charts drawn beforehand and replayed into the report: the chart code (QCustomPlot) draws
/// only on the GUI thread, the PDF may then be written on any. Each chart is recorded at the size
/// the PDF gives it (reportChartSize()) as a QPicture, an immutable value any thread may replay.
class RecordedReportCharts final : public ReportCharts
{
public:
    /// Records both charts of `report`, drawn by `charts` (on the thread `charts` needs).
    static Result<RecordedReportCharts> record(const ReportCharts &charts, const AdoptionReport &report,
                                               const ProjectStore &store);
    /// Replays the recorded chart into `rect` (scaled when it is not the recorded size).
    Result<void> drawChart(QPainter &painter, const QRectF &rect, Chart chart, const AdoptionReport &report,
                           const ProjectStore &store) const override;

private:
    QPicture m_adoption;
    QPicture m_careArea;
};

/// The size a chart gets in the report's PDF, in units of 1/96 inch.
QSizeF reportChartSize();

/// Progress of writing the PDF: pages done of all. Return false to cancel (nothing is written).
using ReportPdfProgress = std::function<bool(int page, int pages)>;

struct ReportPdfOptions
{
    const ReportCharts *charts = nullptr; ///< null: the charts are left out with a note
    QDate printed = QDate::currentDate(); ///< the date the report says it was made
    ReportPdfProgress progress;
};

/// Writes the report to `path` as a PDF in the program's language; returns the number of pages.
Result<int> writeReportPdf(const ProjectStore &store, const AdoptionReport &report, const QString &path,
                           const ReportPdfOptions &options = {});

} // namespace engdrift
