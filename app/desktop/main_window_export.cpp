// MainWindow: the map as it is shown, written to a picture or a drawing in the background; and its
// areas and mown paths for other GIS (GeoPackage, Shapefile, GeoJSON), with progress and cancel.

#include "main_window.h"
#include "util/file_names.h"

#include "background_task.h"
#include "department_tree.h"
#include "io/vector_export.h"
#include "map_canvas.h"
#include "map_export.h"
#include "project_document.h"
#include "task_progress.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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

void MainWindow::exportGisDataFile()
{
    if (!m_document)
        return;
    // What to export: everything the map shows, or (when a department is chosen) it or its
    // organisation.
    MapFilter filter;
    QString scope;
    if (const auto key = m_tree->currentDepartment()) {
        QMessageBox ask(QMessageBox::Question, tr("Export the map for other GIS"),
                        tr("Which areas and paths of the map?"), QMessageBox::Cancel, this);
        QPushButton *department = ask.addButton(tr("Department %1").arg(key->toString()), QMessageBox::AcceptRole);
        QPushButton *organisation = ask.addButton(tr("Organisation %1").arg(key->orgNo), QMessageBox::AcceptRole);
        QPushButton *all = ask.addButton(tr("Everything"), QMessageBox::AcceptRole);
        ask.setDefaultButton(department);
        ask.exec();
        if (ask.clickedButton() == department) {
            filter.department = *key;
            scope = QStringLiteral("-") + key->toString();
        } else if (ask.clickedButton() == organisation) {
            filter.organisation = key->orgNo;
            scope = QStringLiteral("-%1").arg(key->orgNo);
        } else if (ask.clickedButton() != all) {
            return;
        }
    }
    const QString gpkg = tr("GeoPackage (*.gpkg)");
    const QString shp = tr("Shapefile (*.shp)");
    const QString geojson = tr("GeoJSON, longitude and latitude (*.geojson *.json)");
    QString chosen = gpkg;
    const QString folder = QFileInfo(m_document->path()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Export the map for other GIS"),
                                                QDir(folder).filePath(safeFileName(tr("map%1").arg(scope), QStringLiteral(".gpkg"))),
                                                QStringList{gpkg, shp, geojson}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosen == shp ? QStringLiteral(".shp") : chosen == geojson ? QStringLiteral(".geojson") : QStringLiteral(".gpkg");
    // The dialog asked about the file named; its companions (NAME_paths.shp, ...) are asked here.
    QStringList others;
    for (const QString &file : vectorExportFiles(path)) {
        if (QFileInfo(file).absoluteFilePath() != QFileInfo(path).absoluteFilePath() && QFileInfo::exists(file))
            others << QFileInfo(file).fileName();
    }
    if (!others.isEmpty() && !m_quiet &&
        QMessageBox::question(this, tr("Export the map for other GIS"),
                              tr("These files beside it belong to the export and will be replaced too:\n%1")
                                  .arg(others.join(QStringLiteral(", "))),
                              QMessageBox::Ok | QMessageBox::Cancel) != QMessageBox::Ok)
        return;
    exportGisData(path, filter, true); // the file dialog has asked before replacing
}

bool MainWindow::exportGisData(const QString &path, const MapFilter &filter, bool overwrite)
{
    if (!m_document)
        return false;
    if (auto format = vectorFormatOf(path); !format.ok()) {
        reportError(format.error());
        return false;
    }
    // What the canvas shows: its date, the unsaved edits, the proposal in the proposal view.
    const RenderOptions shown = m_canvas->renderOptions();
    const MapContent content{shown.overlay, shown.proposalId};
    const QDate at = shown.at;
    VectorExportOptions options;
    options.language = m_language;
    options.overwrite = overwrite;
    const TaskProgress progress(this, tr("Exporting the map…"));
    options.progress = [progress](qint64 done, qint64 total) { return progress.report(done, total); };
    m_busy->setText(tr("exporting…"));
    runInBackground<VectorExportResult>(
        m_document->path(), this,
        [content, at, filter, path, options](const ProjectStore &store) {
            return exportVectorData(MapSnapshot(store, content, at), filter, path, options);
        },
        [this, path, progress](const Result<VectorExportResult> &written) {
            progress.close();
            m_busy->clear();
            if (!written.ok()) {
                reportTaskFailure(progress.cancelled(), tr("The export was cancelled; nothing was written."),
                                  written.error());
                emit gisDataExported(path, false);
                return;
            }
            QString message = tr("Wrote %n area(s)", nullptr, static_cast<int>(written->areas)) + QLatin1Char(' ') +
                              tr("and %n mown path(s) and edge(s) to %1.", nullptr, static_cast<int>(written->paths))
                                  .arg(QDir::toNativeSeparators(path));
            if (written->pathsFile != path)
                message += QLatin1Char(' ') + tr("The paths are in %1.").arg(QFileInfo(written->pathsFile).fileName());
            reportTaskDone(tr("Export the map for other GIS"), message);
            emit gisDataExported(path, true);
        });
    return true;
}

} // namespace engdrift::gui
