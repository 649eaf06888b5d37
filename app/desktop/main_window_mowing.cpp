// MainWindow: the Mowing menu. The zones of the chosen department on the map, the mowing plan
// (the panel with the zone table, the season calendar, the warnings and the workload), the
// assumptions behind the estimates, and the zones exported for the crew's mower.

#include "main_window.h"
#include "util/file_names.h"

#include "analysis/mowing_export.h"
#include "edit/mowing_zone_edits.h"
#include "background_task.h"
#include "department_tree.h"
#include "map_canvas.h"
#include "mowing_assumptions_dialog.h"
#include "mowing_panel.h"
#include "project_document.h"
#include "task_progress.h"
#include "time_slider.h"
#include "util/dates.h"
#include "zone_edit_dialog.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace engdrift::gui {

void MainWindow::createMowing()
{
    m_mowingDock = new QDockWidget(this);
    m_mowingDock->setObjectName(QStringLiteral("mowingDock"));
    m_mowingDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                              QDockWidget::DockWidgetClosable);
    m_mowing = new MowingPanel(m_mowingDock);
    m_mowingDock->setWidget(m_mowing);
    addDockWidget(Qt::BottomDockWidgetArea, m_mowingDock);
    m_mowingDock->hide();

    m_showZonesAction = new QAction(this);
    m_showZonesAction->setObjectName(QStringLiteral("showMowingZones"));
    m_showZonesAction->setCheckable(true);
    m_showZonesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mowingPlanAction = new QAction(this);
    m_mowingPlanAction->setObjectName(QStringLiteral("mowingPlan"));
    m_mowingAssumptionsAction = new QAction(this);
    m_mowingAssumptionsAction->setObjectName(QStringLiteral("mowingAssumptions"));
    m_exportZonesAction = new QAction(this);
    m_exportZonesAction->setObjectName(QStringLiteral("exportMowingZones"));
    m_mowingMenu = new QMenu(this);
    m_mowingMenu->setObjectName(QStringLiteral("menu.mowing"));
    m_mowingMenu->addAction(m_showZonesAction);
    m_mowingMenu->addAction(m_mowingPlanAction);
    m_mowingMenu->addSeparator();
    m_mowingMenu->addAction(m_mowingAssumptionsAction);
    m_mowingMenu->addAction(m_exportZonesAction);
    menuBar()->insertMenu(m_toolsMenu->menuAction(), m_mowingMenu);

    connect(m_showZonesAction, &QAction::toggled, this, [this](bool on) {
        m_canvas->setMowingZones(on ? m_mowing->zones() : nullptr);
        updateMowingActive();
    });
    connect(m_mowingPlanAction, &QAction::triggered, this, &MainWindow::showMowingPlan);
    connect(m_mowingAssumptionsAction, &QAction::triggered, this, &MainWindow::showMowingAssumptions);
    connect(m_exportZonesAction, &QAction::triggered, this, &MainWindow::exportMowingZonesFile);
    connect(m_mowingDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        updateMowingActive();
        const int wanted = std::max(320, height() * 2 / 5);
        if (visible && !m_mowingDock->isFloating() && m_mowingDock->height() < 300)
            resizeDocks({m_mowingDock}, {wanted}, Qt::Vertical);
    });

    // The zones follow the map: its date, the chosen department, edits and the proposal view.
    connect(m_timeSlider, &TimeSlider::dateChanged, m_mowing, &MowingPanel::setDate);
    connect(m_tree, &DepartmentTree::departmentSelected, m_mowing, &MowingPanel::setDepartment);
    connect(m_mowing, &MowingPanel::departmentChosen, this, &MainWindow::zoomToDepartment);
    connect(m_mowing, &MowingPanel::zonesChanged, this, [this](std::shared_ptr<const MowingZones> zones) {
        if (m_showZonesAction->isChecked())
            m_canvas->setMowingZones(std::move(zones));
    });
    connect(m_mowing, &MowingPanel::zonesHighlighted, m_canvas, &MapCanvas::setHighlightedZones);
    connect(m_mowing, &MowingPanel::zoneActivated, m_canvas, [this](const QRectF &bounds) { m_canvas->centreOn(bounds); });
    connect(m_mowing, &MowingPanel::assumptionsRequested, this, &MainWindow::showMowingAssumptions);
    connect(m_mowing, &MowingPanel::zoneEditRequested, this,
            [this](int kind, int number) { showZoneEdit(static_cast<ZoneEdit::Kind>(kind), number); });
    connect(m_mowing, &MowingPanel::exportRequested, this, &MainWindow::exportMowingZonesFile);
    m_mowing->setDate(m_timeSlider->date());
}

void MainWindow::retranslateMowing()
{
    m_mowingMenu->setTitle(tr("&Mowing"));
    m_mowingDock->setWindowTitle(tr("Mowing plan"));
    m_showZonesAction->setText(tr("Show mowing &zones"));
    m_showZonesAction->setToolTip(tr("Draw the chosen department's mowing zones on the map, coloured by how often "
                                     "they are cut, with their numbers"));
    m_mowingPlanAction->setText(tr("Mowing &plan…"));
    m_mowingPlanAction->setToolTip(tr("The chosen department's zones, season calendar, warnings and estimated "
                                      "workload"));
    m_mowingAssumptionsAction->setText(tr("&Assumptions…"));
    m_mowingAssumptionsAction->setToolTip(tr("The figures behind every estimate of mowing hours, fuel, CO2 and cost, "
                                             "for this project"));
    m_exportZonesAction->setText(tr("&Export zones…"));
    m_exportZonesAction->setToolTip(tr("The chosen department's zones with their regimes and hours as CSV, "
                                       "GeoPackage or GeoJSON (for the mower's guidance)"));
}

void MainWindow::setMowingDocument(ProjectDocument *document)
{
    m_mowing->setDocument(document);
    if (document) {
        connect(document, &ProjectDocument::contentChanged, m_mowing, &MowingPanel::refresh);
        connect(document, &ProjectDocument::modifiedChanged, m_mowing, &MowingPanel::refresh);
    }
}

void MainWindow::updateMowingActive()
{
    m_mowing->setActive(m_mowingDock->isVisible() || m_showZonesAction->isChecked());
}

MowingPanel *MainWindow::mowingPanel() const
{
    return m_mowing;
}

QDockWidget *MainWindow::mowingDock() const
{
    return m_mowingDock;
}

void MainWindow::setMowingZonesShown(bool shown)
{
    m_showZonesAction->setChecked(shown);
}

void MainWindow::showMowingPlan()
{
    m_mowing->setDepartment(m_tree->currentDepartment());
    m_mowingDock->show();
    m_mowingDock->raise();
    m_showZonesAction->setChecked(true); // the numbers of the table on the map
    updateMowingActive();
    if (!m_document)
        statusBar()->showMessage(tr("Open a project to plan its mowing."), 8000);
    else if (!m_tree->currentDepartment())
        statusBar()->showMessage(tr("Choose a department in the list to see its mowing plan."), 8000);
}

MowingAssumptionsDialog *MainWindow::showMowingAssumptions()
{
    if (!m_document)
        return nullptr;
    auto current = readMowingAssumptions(m_document->store());
    if (!current.ok()) {
        reportError(current.error());
        return nullptr;
    }
    auto *dialog = new MowingAssumptionsDialog(*current, m_document->store().catalogue(), m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto edited = dialog->assumptions(); edited.ok())
            saveMowingAssumptions(*edited);
    });
    dialog->show();
    return dialog;
}

bool MainWindow::saveMowingAssumptions(const MowingAssumptions &assumptions)
{
    if (!m_document)
        return false;
    ProjectStore &store = m_document->store();
    auto tx = store.begin();
    if (!tx.ok()) {
        reportError(tx.error());
        return false;
    }
    if (auto saved = engdrift::saveMowingAssumptions(store, assumptions); !saved.ok()) {
        reportError(saved.error());
        return false;
    }
    if (auto committed = tx->commit(); !committed.ok()) {
        reportError(committed.error());
        return false;
    }
    statusBar()->showMessage(tr("The mowing assumptions are saved in the project."), 5000);
    m_mowing->refresh();
    return true;
}

ZoneEditDialog *MainWindow::showZoneEdit(ZoneEdit::Kind kind, int number)
{
    const auto zones = m_mowing->zones();
    const auto department = m_mowing->department();
    if (!m_document || !zones || !department)
        return nullptr;
    const auto zone = std::find_if(zones->zones.cbegin(), zones->zones.cend(),
                                   [number](const MowingZone &z) { return z.number == number; });
    if (zone == zones->zones.cend())
        return nullptr;
    const QDate from = m_mowing->data().at.isValid() ? m_mowing->data().at : QDate::currentDate();
    if (kind == ZoneEdit::Kind::ClearOverride) {
        ZoneEdit edit;
        edit.kind = kind;
        edit.department = *department;
        edit.number = number;
        edit.from = from;
        edit.season = m_mowing->season();
        applyZoneEdit(edit);
        return nullptr;
    }
    auto *dialog = new ZoneEditDialog(kind, *department, *zone, m_mowing->season(), from, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto edit = dialog->edit(); edit.ok())
            applyZoneEdit(*edit);
    });
    dialog->show();
    return dialog;
}

bool MainWindow::applyZoneEdit(const ZoneEdit &edit)
{
    if (!m_document)
        return false;
    // A zone edit is written at once and derives the zones from the saved map: unsaved edits of
    // the areas would give other zones than the ones shown.
    if (m_document->isModified()) {
        reportError(tr("Save the unsaved edits first: a change to a mowing zone is saved in the project at once, "
                       "and the zones come from the saved map."));
        return false;
    }
    ProjectStore &store = m_document->store();
    Result<void> done;
    switch (edit.kind) {
    case ZoneEdit::Kind::Rename:
        done = renameMowingZone(store, edit.department, edit.from, edit.number, edit.name);
        break;
    case ZoneEdit::Kind::Renumber:
        done = renumberMowingZone(store, edit.department, edit.from, edit.number, edit.newNumber);
        break;
    case ZoneEdit::Kind::Override:
        done = setMowingZoneOverride(store, edit.department, edit.from, edit.number, edit.season, edit.regime);
        break;
    case ZoneEdit::Kind::ClearOverride:
        done = clearMowingZoneOverride(store, edit.department, edit.from, edit.number, edit.season);
        break;
    }
    if (!done.ok()) {
        reportError(done.error());
        return false;
    }
    statusBar()->showMessage(tr("Zone %1 is changed from %2 on and saved in the project.")
                                 .arg(edit.number)
                                 .arg(isoDate(edit.from)),
                             8000);
    m_mowing->refresh();
    return true;
}

void MainWindow::exportMowingZonesFile()
{
    if (!m_document)
        return;
    const auto key = m_mowing->department() ? m_mowing->department() : m_tree->currentDepartment();
    if (!key) {
        reportError(tr("Choose a department whose zones to export."));
        return;
    }
    const QString csv = tr("CSV table of the zones (*.csv)");
    const QString gpkg = tr("GeoPackage (*.gpkg)");
    const QString geojson = tr("GeoJSON, longitude and latitude (*.geojson *.json)");
    QString chosen = geojson;
    const QString folder = QFileInfo(m_document->path()).absolutePath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export mowing zones"),
        QDir(folder).filePath(safeFileName(tr("mowing-zones-%1-%2").arg(key->toString()).arg(m_mowing->season()),
                                            QStringLiteral(".geojson"))),
        QStringList{geojson, gpkg, csv}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosen == csv ? QStringLiteral(".csv") : chosen == gpkg ? QStringLiteral(".gpkg") : QStringLiteral(".geojson");
    exportMowingZones(path, *key, m_mowing->season());
}

bool MainWindow::exportMowingZones(const QString &path, const DepartmentKey &department, int season)
{
    if (!m_document)
        return false;
    if (auto format = mowingPlanFormatOf(path); !format.ok()) {
        reportError(format.error());
        return false;
    }
    // The zones of the map as it is shown: its date, the unsaved edits, the proposal view.
    const MapContent content = m_document->mapContent();
    const QDate at = m_canvas->date();
    const TaskProgress progress(this, tr("Exporting the mowing zones…"));
    m_busy->setText(tr("exporting…"));
    runInBackground<int>(
        m_document->path(), this,
        [department, at, season, content, path, progress](const ProjectStore &store) -> Result<int> {
            auto plan = gatherMowingPlan(store, department, at, season, content);
            if (!plan.ok())
                return plan.error();
            if (progress.cancelled())
                return makeError(QString());
            if (auto written = writeMowingPlan(*plan, path); !written.ok())
                return written.error();
            return static_cast<int>(plan->zones.zones.size());
        },
        [this, path, progress](const Result<int> &written) {
            progress.close();
            m_busy->clear();
            if (!written.ok()) {
                reportTaskFailure(progress.cancelled(), tr("The export was cancelled; nothing was written."),
                                  written.error());
                emit mowingZonesExported(path, false);
                return;
            }
            reportTaskDone(tr("Export mowing zones"), tr("Wrote %n zone(s) to %1.", nullptr, *written)
                                                          .arg(QDir::toNativeSeparators(path)));
            emit mowingZonesExported(path, true);
        });
    return true;
}

} // namespace engdrift::gui
