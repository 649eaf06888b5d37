// MainWindow: the vote sheet of the chosen department to a file (PDF, PNG, SVG) or, through a
// print preview, to the printer; the atlas of the departments to a PDF, with progress and cancel.
// Pages say what the map shows: its date, the proposal of the proposal view, the unsaved edits.

#include "main_window.h"
#include "util/file_names.h"

#include "background_task.h"
#include "department_tree.h"
#include "layout/layout_atlas.h"
#include "layout/layout_export.h"
#include "layout_charts.h"
#include "map_canvas.h"
#include "project_document.h"
#include "task_progress.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>


namespace engdrift::gui {

std::optional<LayoutRequest> MainWindow::voteSheetRequest()
{
    if (!m_document)
        return std::nullopt;
    const auto key = chosenDepartment();
    if (!key)
        return std::nullopt;
    const RenderOptions shown = m_canvas->renderOptions();
    LayoutRequest request;
    request.department = *key;
    request.at = shown.at;
    request.proposalId = shown.proposalId; // unset: the department's newest draft or adopted proposal
    request.language = m_language;
    request.edits = shown.overlay;
    return request;
}

void MainWindow::exportVoteSheet()
{
    const auto request = voteSheetRequest();
    if (!request)
        return;
    const QString pdf = tr("PDF documents (*.pdf)");
    const QString png = tr("PNG pictures, 300 dpi (*.png)");
    const QString svg = tr("SVG drawings (*.svg)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the vote sheet"),
                                                safeFileName(tr("vote-sheet-%1").arg(request->department.toString()), QStringLiteral(".pdf")),
                                                QStringList{pdf, png, svg}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == png ? QStringLiteral(".png") : filter == svg ? QStringLiteral(".svg") : QStringLiteral(".pdf");
    if (writeVoteSheet(path, *request))
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

bool MainWindow::writeVoteSheet(const QString &path, std::optional<LayoutRequest> request)
{
    if (!request)
        request = voteSheetRequest();
    if (!request)
        return false;
    if (auto format = layoutFormatOf(path); !format.ok()) {
        reportError(format.error());
        return false;
    }
    // A3 unless the name asks for A4.
    const QString layoutName = QFileInfo(path).completeBaseName().endsWith(QStringLiteral("-a4"), Qt::CaseInsensitive)
                                   ? QStringLiteral("vote-a4")
                                   : QStringLiteral("vote-a3");
    auto layout = LayoutTemplate::named(layoutName);
    if (!layout.ok()) {
        reportError(layout.error());
        return false;
    }
    // Charts are drawn by widgets: on this thread. A vote sheet is quick (well under a second).
    const plots::PlotLayoutCharts charts;
    LayoutExportOptions options;
    options.charts = &charts;
    auto page = gatherLayoutPage(m_document->store(), *request);
    if (!page.ok()) {
        reportError(page.error());
        return false;
    }
    if (auto written = exportLayout(m_document->store(), *layout, {*page}, path, options); !written.ok()) {
        reportError(written.error());
        return false;
    }
    return true;
}

void MainWindow::printVoteSheet()
{
    const auto request = voteSheetRequest();
    if (!request)
        return;
    auto page = gatherLayoutPage(m_document->store(), *request);
    if (!page.ok()) {
        reportError(page.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A3));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Vote sheet %1").arg(request->department.toString()));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the vote sheet"));
    const LayoutPage sheet = *page;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, sheet](QPrinter *target) {
        // The layout follows the paper: A4 paper gets the A4 sheet.
        const bool a4 = target->pageLayout().pageSize().id() == QPageSize::A4;
        auto layout = LayoutTemplate::named(a4 ? QStringLiteral("vote-a4") : QStringLiteral("vote-a3"));
        if (!layout.ok()) {
            reportError(layout.error());
            return;
        }
        target->setPageOrientation(layout->pageLayout().orientation());
        const plots::PlotLayoutCharts charts;
        QPainter painter;
        if (!painter.begin(target)) {
            reportError(tr("The printer could not be started."));
            return;
        }
        if (auto drawn = LayoutEngine(m_document->store(), &charts).drawPage(painter, *layout, sheet); !drawn.ok())
            reportError(drawn.error());
        painter.end();
    });
    preview.exec();
}

void MainWindow::exportAtlasFile()
{
    if (!m_document)
        return;
    const RenderOptions shown = m_canvas->renderOptions();
    AtlasRequest request;
    request.page.at = shown.at;
    request.page.language = m_language;
    QString scope = tr("all departments");
    if (auto key = m_tree->currentDepartment()) {
        request.organisation = key->orgNo;
        scope = tr("organisation %1").arg(key->orgNo);
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export an atlas (%1)").arg(scope),
                                                      tr("atlas.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".pdf") : path;
    const TaskProgress progress(this, tr("Drawing the atlas…"));
    runInBackground<AtlasResult>(
        m_document->path(), this,
        [request, file, progress](const ProjectStore &store) -> Result<AtlasResult> {
            auto layout = LayoutTemplate::named(QStringLiteral("map-a3"));
            if (!layout.ok())
                return layout.error();
            LayoutExportOptions options; // map pages have no charts: drawn on all cores
            options.cancel = progress.cancelFlag();
            options.progress = [progress](int done, int total) { return progress.report(done, total); };
            return exportAtlas(store, *layout, request, file, options);
        },
        [this, file, progress](const Result<AtlasResult> &written) {
            progress.close();
            if (!written.ok()) {
                reportError(written.error());
                return;
            }
            statusBar()->showMessage(tr("Wrote %1: %n department page(s)", nullptr, written->departmentPages).arg(file), 8000);
        });
}

} // namespace engdrift::gui
