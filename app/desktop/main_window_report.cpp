// MainWindow: File → Adoption report…: the report of the saved project over a period, as a PDF to
// print (with the charts) or as CSV or XLSX figures, written in the background with progress and
// cancel. The figures are gathered on a thread of their own; for a PDF the two charts are then
// drawn here (the chart code draws on the GUI thread only), recorded, and the pages written in
// the background again.

#include "main_window.h"

#include "background_task.h"
#include "map_canvas.h"
#include "plot_data.h"
#include "project_document.h"
#include "report/report_pdf.h"
#include "report/report_tables.h"
#include "report_charts.h"
#include "report_dialog.h"
#include "task_progress.h"

#include <QFileInfo>
#include <QLabel>

#include <memory>

namespace engdrift::gui {

ReportDialog *MainWindow::showReportDialog()
{
    if (!m_document)
        return nullptr;
    auto organisations = m_document->store().organisations();
    if (!organisations.ok()) {
        reportError(organisations.error());
        return nullptr;
    }
    auto *dialog = new ReportDialog(*organisations, m_canvas->renderOptions().at,
                                    QFileInfo(m_document->path()).absolutePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUnsavedEdits(m_document->isModified());
    connect(dialog, &ReportDialog::saveRequested, this, [this, dialog] {
        saveProject();
        dialog->setUnsavedEdits(m_document && m_document->isModified());
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { writeAdoptionReport(dialog->path(), dialog->query()); });
    dialog->open();
    return dialog;
}

bool MainWindow::writeAdoptionReport(const QString &path, const ReportQuery &query)
{
    if (!m_document)
        return false;
    const auto format = reportFormatOf(path);
    if (!format.ok()) {
        reportError(format.error());
        return false;
    }
    const TaskProgress progress(this, tr("Writing the adoption report…"));
    auto finish = [this, path, progress](const Result<QString> &said) {
        progress.close();
        m_busy->clear();
        if (!said.ok()) {
            reportTaskFailure(progress.cancelled(), tr("The report was cancelled; nothing was written."), said.error());
            emit reportWritten(path, false);
            return;
        }
        reportTaskDone(tr("Adoption report"), *said);
        emit reportWritten(path, true);
    };
    auto written = [path](const AdoptionReport &report, int pages) {
        QString what = tr("%n department(s)", nullptr, report.totals.departments);
        if (pages > 0)
            what += QStringLiteral(", ") + tr("%n page(s)", nullptr, pages);
        return tr("Wrote the adoption report (%1, %2) to %3.").arg(report.coverage, what, path);
    };
    m_busy->setText(tr("writing the report…"));
    const bool pdf = *format == ReportFormat::Pdf;
    const ReportFormat kind = *format;
    runInBackground<AdoptionReport>(
        m_document->path(), this,
        [query, pdf, kind, path, progress](const ProjectStore &store) -> Result<AdoptionReport> {
            ReportQuery asked = query;
            if (pdf) {
                auto dates = plots::plotDates(store, std::nullopt, asked.from, asked.to);
                if (!dates.ok())
                    return dates.error();
                asked.chartDates = std::move(dates).value();
            }
            auto report = gatherAdoptionReport(store, asked, [progress](int done, int total) {
                return progress.report(done, total);
            });
            if (!report.ok() || pdf)
                return report;
            auto tables = kind == ReportFormat::Csv ? writeReportCsv(*report, path) : writeReportXlsx(*report, path);
            if (!tables.ok())
                return tables.error();
            return report;
        },
        [this, pdf, path, progress, finish, written](const Result<AdoptionReport> &gathered) {
            if (!gathered.ok()) {
                finish(gathered.error());
                return;
            }
            if (!pdf) {
                finish(written(*gathered, 0));
                return;
            }
            // The charts are drawn here, recorded, and replayed into the pages in the background.
            const plots::PlotReportCharts charts;
            auto recorded = RecordedReportCharts::record(charts, *gathered, m_document->store());
            if (!recorded.ok()) {
                finish(recorded.error());
                return;
            }
            auto report = std::make_shared<const AdoptionReport>(*gathered);
            auto shown = std::make_shared<const RecordedReportCharts>(std::move(recorded).value());
            runInBackground<int>(
                m_document->path(), this,
                [report, shown, path, progress](const ProjectStore &store) {
                    ReportPdfOptions options;
                    options.charts = shown.get();
                    options.progress = [progress](int page, int pages) { return progress.report(page, pages); };
                    return writeReportPdf(store, *report, path, options);
                },
                [report, finish, written](const Result<int> &pages) {
                    if (!pages.ok())
                        finish(pages.error());
                    else
                        finish(written(*report, *pages));
                });
        });
    return true;
}

} // namespace engdrift::gui
