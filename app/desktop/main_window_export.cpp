// MainWindow: the map as it is shown, written to a picture or a drawing in the background.

#include "main_window.h"

#include "background_task.h"
#include "map_canvas.h"
#include "map_export.h"
#include "project_document.h"

#include <QFileDialog>
#include <QLabel>
#include <QStatusBar>

namespace engdrift::gui {

void MainWindow::exportMapImage()
{
    if (!m_document)
        return;
    const QString png = tr("PNG pictures (*.png)");
    const QString pdf = tr("PDF documents (*.pdf)");
    const QString svg = tr("SVG drawings (*.svg)");
    const QString jpeg = tr("JPEG pictures (*.jpg *.jpeg)");
    QString filter = png;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the map"), QString(),
                                                      QStringList{png, pdf, svg, jpeg}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    // A name without an extension gets the one of the chosen kind of file.
    const QString suffix = filter == pdf    ? QStringLiteral("pdf")
                           : filter == svg  ? QStringLiteral("svg")
                           : filter == jpeg ? QStringLiteral("jpg")
                                            : QStringLiteral("png");
    exportMap(path, suffix);
}

bool MainWindow::exportMap(const QString &path, const QString &defaultSuffix)
{
    if (!m_document)
        return false;
    auto target = mapFileTarget(path, defaultSuffix);
    if (!target.ok()) {
        reportError(target.error());
        return false;
    }
    // What the canvas shows (the date, the unsaved edits, the proposal in the proposal view);
    // pictures at twice the canvas's resolution, drawings at its size.
    RenderOptions options = m_canvas->renderOptions();
    if (!isVectorFormat(target->format))
        options.view = MapView(options.view.centre(), options.view.mapUnitsPerPixel() / 2, options.view.size() * 2);
    m_busy->setText(tr("exporting…"));
    const MapFileTarget file = *target;
    runInBackground<void>(
        m_document->path(), this,
        [options, file](const ProjectStore &store) { return writeMapFile(store, options, file); },
        [this, file](const Result<void> &written) {
            m_busy->clear();
            if (!written.ok()) {
                reportError(written.error());
                emit mapExported(file.path, false);
                return;
            }
            statusBar()->showMessage(tr("Wrote %1").arg(file.path), 5000);
            emit mapExported(file.path, true);
        });
    return true;
}

} // namespace engdrift::gui
