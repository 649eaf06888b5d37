// MainWindow: the project file. New, open (with the unsaved edits of a crashed session), save,
// the recent projects and the sample; the document taking its place in the window; imports, each
// one step to undo.

#include "main_window.h"
#include "store/open_warnings.h"

#include "conflict_dialog.h"

#include "department_tree.h"
#include "import_command.h"
#include "import_dialog.h"
#include "legend_widget.h"
#include "map_canvas.h"
#include "map_tools.h"
#include "project_document.h"
#include "properties_panel.h"
#include "sample_project.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace engdrift::gui {
namespace {

constexpr int kMaxRecent = 8;

} // namespace

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    m_canvas->setDocument(nullptr);
    m_tree->setDocument(nullptr);
    m_legend->setDocument(nullptr);
    m_properties->setDocument(nullptr);
    m_document = std::move(document);
    ProjectDocument *doc = m_document.get();
    if (doc) {
        QUndoStack *undo = doc->undoStack();
        disconnect(m_undoAction, nullptr, nullptr, nullptr);
        disconnect(m_redoAction, nullptr, nullptr, nullptr);
        connect(m_undoAction, &QAction::triggered, undo, &QUndoStack::undo);
        connect(m_redoAction, &QAction::triggered, undo, &QUndoStack::redo);
        connect(undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
        connect(undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
        connect(undo, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
        connect(undo, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
        connect(doc, &ProjectDocument::modifiedChanged, this, [this] {
            updateTitle();
            m_chartsTimer->start(); // a save changes what the charts read
        });
        connect(doc, &ProjectDocument::contentChanged, this, [this] {
            // The panels count what the map shows: the unsaved edits and the proposal view too.
            m_properties->reload();
            m_legend->reload();
            m_tree->reload();
            m_chartsTimer->start();
            updateDateRange();
            if (m_canvas->tool() == m_vertexTool.get())
                m_vertexTool->reload();
        });
    }
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    updateUndoTexts();
    m_activeProposal.reset();
    m_proposalViewAction->setChecked(false);
    m_proposalViewAction->setEnabled(false);
    m_proposalLabel->clear();
    m_canvas->setProposal(std::nullopt);
    m_canvas->setDocument(doc);
    m_projectHasData.reset();
    updateStartPanel();
    m_panelsPending = doc != nullptr;
    if (doc)
        m_panelsTimer->start();
    updateDateRange();
    m_properties->setDocument(doc);
    setMowingDocument(doc);
    if (doc) // the view shows the map with its unsaved edits: an edit, undo or save changes it
        connect(doc, &ProjectDocument::contentChanged, m_natureTimer, qOverload<>(&QTimer::start));
    updateNature();
    m_properties->setLanguage(m_language);
    m_legend->setLanguage(m_language);
    m_properties->setSelection({}, m_canvas->date());
    for (QAction *a : {m_saveAction, m_importAction, m_exportAction, m_zoomAllAction, m_zoomDeptAction,
                       m_selectByCareAction, m_newDepartmentAction, m_editDepartmentAction, m_correctStartAction, m_deleteDepartmentAction})
        a->setEnabled(doc != nullptr);
    m_mergeAction->setEnabled(false);
    m_retireAction->setEnabled(false);
    m_zoomSelectionAction->setEnabled(false);
    updateTitle();
}

bool MainWindow::openSampleProject()
{
    if (!maybeSave())
        return false;
    auto copy = copySampleProject(installedSampleProject(),
                                  m_sampleCopyFolder.isEmpty() ? sampleCopyFolder() : m_sampleCopyFolder);
    if (!copy.ok()) {
        reportError(copy.error());
        return false;
    }
    if (!openProject(*copy))
        return false;
    statusBar()->showMessage(tr("Opened a copy of the sample project: %1").arg(QDir::toNativeSeparators(*copy)), 15000);
    return true;
}

bool MainWindow::openProject(const QString &path, bool askRecovery)
{
    auto document = ProjectDocument::open(path);
    if (!document.ok()) {
        reportError(document.error());
        return false;
    }
    std::unique_ptr<ProjectDocument> doc = std::move(document).value();
    if (ProjectDocument::hasRecovery(path)) {
        const bool restore = askRecovery &&
                             QMessageBox::question(this, tr("Unsaved edits"),
                                                   tr("Engdrift was closed without saving the edits to %1. Take them "
                                                      "back?")
                                                       .arg(QFileInfo(path).fileName()),
                                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
        if (restore) {
            if (auto restored = doc->restoreRecovery(); !restored.ok()) {
                // Not offered again at the next start; kept aside for whoever wants to look.
                const QString aside = ProjectDocument::setRecoveryAside(path);
                reportError(rephrased(restored.error(),
                                      restored.errorMessage() + QStringLiteral("\n\n") +
                                          (aside.isEmpty()
                                               ? tr("The unsaved edits have been dropped.")
                                               : tr("The unsaved edits are kept in %1; they will not be offered again.")
                                                     .arg(QDir::toNativeSeparators(aside)))));
            }
        } else if (askRecovery && !ProjectDocument::dropRecovery(path)) {
            reportError(tr("The unsaved edits you declined cannot be deleted: %1")
                            .arg(QDir::toNativeSeparators(ProjectDocument::recoveryPath(path))));
        }
    }
    const QStringList warnings = openWarnings(doc->store());
    setDocument(std::move(doc));
    addRecent(path);
    if (!warnings.isEmpty()) {
        // Not modal: the project is open and usable; the user reads this beside it.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The project needs attention"),
                                    tr("%1 was opened, but:").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
        box->setInformativeText(warnings.join(QStringLiteral("\n\n")));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("openWarnings"));
        box->open();
        statusBar()->showMessage(tr("The project needs attention: %n warning(s) when it was opened.", "", int(warnings.size())),
                                 15000);
    }
    m_canvas->setBackground(
        QSettings().value(QStringLiteral("background/") + displayLocation(path)).toString());
    return true;
}

bool MainWindow::newProject(const QString &path)
{
    auto document = ProjectDocument::create(path, Crs::defaultProjectCrs());
    if (!document.ok()) {
        reportError(document.error());
        return false;
    }
    setDocument(std::move(document).value());
    addRecent(path);
    return true;
}

bool MainWindow::saveProject()
{
    if (!m_document)
        return false;
    auto report = m_document->save();
    if (!report.ok()) {
        reportError(rephrased(report.error(),
                              tr("The project was not saved; it is as it was before, and your edits are still here.") +
                                  QStringLiteral("\n\n") + report.errorMessage()));
        return false;
    }
    int inserted = report->versionsInserted;
    // Areas and paths someone else changed since they were read here: the rest is saved; each of
    // these is settled by the user (nothing is overwritten without asking) and saved again.
    while (!report->conflicts.isEmpty() || !report->pathConflicts.isEmpty()) {
        const QList<AreaConflict> conflicts = report->conflicts;
        const QList<PathConflict> pathConflicts = report->pathConflicts;
        const int count = static_cast<int>(conflicts.size() + pathConflicts.size());
        int index = 0;
        bool saveAgain = false;
        auto settle = [&](const std::optional<ConflictChoice> &choice, auto resolve) {
            ++index;
            if (!choice)
                return; // decided later: the edit stays unsaved
            if (auto resolved = resolve(*choice); !resolved.ok()) {
                reportError(resolved.error());
                return;
            }
            saveAgain |= *choice != ConflictChoice::KeepTheirs;
        };
        for (const AreaConflict &c : conflicts)
            settle(askConflict(c, index, count), [&](ConflictChoice choice) { return m_document->resolveConflict(c.areaId, choice); });
        for (const PathConflict &c : pathConflicts)
            settle(askConflict(c, index, count),
                   [&](ConflictChoice choice) { return m_document->resolvePathConflict(c.pathId, choice); });
        if (!saveAgain)
            break;
        report = m_document->save();
        if (!report.ok()) {
            reportError(rephrased(report.error(), tr("Your edits of the changed areas were not saved; they are still "
                                                     "here.") +
                                                      QStringLiteral("\n\n") + report.errorMessage()));
            return false;
        }
        inserted += report->versionsInserted;
    }
    if (m_document->isModified()) {
        const EditSession &session = m_document->session();
        const auto pending = static_cast<int>(session.conflicts().size());
        const auto pendingPaths = static_cast<int>(session.pathConflicts().size());
        QStringList summary;
        QStringList notSaved;
        if (pending > 0 || pendingPaths == 0) {
            summary << conflictSummary(session.conflicts());
            notSaved << tr("%n area(s) changed by someone else are not saved yet", "", pending);
        }
        if (pendingPaths > 0) {
            summary << pathConflictSummary(session.pathConflicts());
            notSaved << tr("%n path(s) changed by someone else are not saved yet", "", pendingPaths);
        }
        m_lastError = summary.join(QLatin1Char('\n'));
        statusBar()->showMessage(tr("Saved: %n new version(s); ", "", inserted) + notSaved.join(QStringLiteral("; ")), 15000);
        return false;
    }
    statusBar()->showMessage(tr("Saved: %n new version(s)", "", inserted), 5000);
    return true;
}

void MainWindow::askEditorName()
{
    QSettings settings;
    const QString current = settings.value(QStringLiteral("editor/name")).toString();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Your name for edits"),
        tr("The name your saved edits are recorded with, so that others editing the project see who changed an "
           "area (empty: %1).")
            .arg(AreaLayer::defaultEditorName()),
        QLineEdit::Normal, current, &ok);
    if (!ok)
        return;
    settings.setValue(QStringLiteral("editor/name"), name.trimmed());
    if (m_document)
        m_document->store().setEditorName(name.trimmed());
}

std::optional<ConflictChoice> MainWindow::askConflict(const AreaConflict &conflict, int index, int count)
{
    ConflictDialog dialog(conflict, index, count, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

std::optional<ConflictChoice> MainWindow::askConflict(const PathConflict &conflict, int index, int count)
{
    ConflictDialog dialog(conflict, index, count, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved edits"),
                                              tr("Save the edits to %1?").arg(QFileInfo(m_document->path()).fileName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveProject();
    m_document->discardEdits();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Engdrift"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(QStringLiteral("%1[*] – Engdrift").arg(QFileInfo(m_document->path()).fileName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    // A database is remembered without its password (libpq finds it in ~/.pgpass or a service).
    const QString absolute = displayLocation(path);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(isDatabaseLocation(path) ? path : QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openProject(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

ImportDialog *MainWindow::showImportDialog()
{
    if (!m_document)
        return nullptr;
    if (m_importDialog) {
        m_importDialog->raise();
        return m_importDialog;
    }
    m_importDialog = new ImportDialog(m_document.get(), m_tree->currentDepartment(), this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &ImportDialog::imported, this, [this](const ImportReport &report) {
        if (!m_document)
            return;
        // Undo removes what the import added (it is its own transaction, so it is its own step).
        m_document->undoStack()->push(new ImportCommand(
            *m_document, report.importId,
            tr("import of %1 (%n area(s))", "", static_cast<int>(report.areasImported)).arg(report.source),
            [this](const QString &error) {
                if (error.isEmpty())
                    statusBar()->showMessage(tr("The import was undone."), 5000);
                else
                    reportError(error);
            }));
        m_document->storeChangedOutside();
        zoomToAll();
    });
    m_importDialog->show();
    return m_importDialog;
}

} // namespace engdrift::gui
