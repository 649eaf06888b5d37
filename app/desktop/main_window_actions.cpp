// MainWindow: the actions, menus and tool bar, the names the manual knows them by, and their
// texts in the chosen language.

#include "main_window.h"

#include "department_tree.h"
#include "map_canvas.h"
#include "project_document.h"
#include "properties_panel.h"
#include "util/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QWidgetAction>

namespace engdrift::gui {

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        QString path = QFileDialog::getSaveFileName(this, tr("New project"), QString(), tr("Engdrift projects (*.engdrift.gpkg)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".gpkg")))
            path += QStringLiteral(".engdrift.gpkg");
        newProject(path);
    });
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                          tr("Engdrift projects (*.engdrift.gpkg *.gpkg)"));
        if (!path.isEmpty())
            openProject(path);
    });
    m_openDatabaseAction = new QAction(this);
    connect(m_openDatabaseAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        QInputDialog dialog(this);
        dialog.setWindowTitle(tr("Open database"));
        dialog.setLabelText(tr("The project's PostgreSQL/PostGIS database: a postgresql://user@host/database "
                               "address, a PG:dbname=… host=… string or PG:service=NAME (pg_service.conf). Keep "
                               "the password in ~/.pgpass or the service: Engdrift never stores it."));
        dialog.setTextValue(QStringLiteral("postgresql://"));
        // The explanation wraps at a readable width instead of stretching the dialog off the screen.
        if (auto *label = dialog.findChild<QLabel *>())
            label->setWordWrap(true);
        dialog.resize(560, dialog.sizeHint().height());
        const bool ok = dialog.exec() == QDialog::Accepted;
        const QString location = dialog.textValue().trimmed();
        if (!ok || location.isEmpty() || location == QLatin1String("postgresql://"))
            return;
        if (!isDatabaseLocation(location)) {
            reportError(tr("\"%1\" is not a database address: it begins with postgresql://, postgres:// or PG:.")
                            .arg(displayLocation(location)));
            return;
        }
        openProject(location);
    });
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveProject);
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImportDialog);
    m_exportAction = new QAction(this);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportMapImage);
    m_voteSheetAction = new QAction(this);
    connect(m_voteSheetAction, &QAction::triggered, this, &MainWindow::exportVoteSheet);
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printVoteSheet);
    m_atlasAction = new QAction(this);
    connect(m_atlasAction, &QAction::triggered, this, &MainWindow::exportAtlasFile);
    m_gisExportAction = new QAction(this);
    connect(m_gisExportAction, &QAction::triggered, this, &MainWindow::exportGisDataFile);
    m_reportAction = new QAction(this);
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::showReportDialog);
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_mergeAction = new QAction(this);
    m_mergeAction->setObjectName(QStringLiteral("mergeSelection"));
    m_mergeAction->setShortcut(QKeySequence(Qt::Key_M));
    connect(m_mergeAction, &QAction::triggered, this, [this] { mergeSelection(m_properties->fromDate()); });
    m_retireAction = new QAction(this);
    m_retireAction->setObjectName(QStringLiteral("retireSelection"));
    m_retireAction->setShortcut(QKeySequence::Delete);
    connect(m_retireAction, &QAction::triggered, this, [this] { retireSelection(m_properties->fromDate()); });
    m_editorNameAction = new QAction(this);
    m_editorNameAction->setObjectName(QStringLiteral("editorName"));
    connect(m_editorNameAction, &QAction::triggered, this, &MainWindow::askEditorName);
    m_selectByCareAction = new QAction(this);
    m_selectByCareAction->setObjectName(QStringLiteral("selectByCareType"));
    m_selectByCareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_selectByCareAction, &QAction::triggered, this, &MainWindow::showCareTypeChooser);

    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_canvas->zoomBy(1.5); });
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_canvas->zoomBy(1 / 1.5); });
    m_zoomAllAction = new QAction(this);
    m_zoomAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomAllAction, &QAction::triggered, this, &MainWindow::zoomToAll);
    m_zoomDeptAction = new QAction(this);
    connect(m_zoomDeptAction, &QAction::triggered, this, [this] {
        if (auto key = m_tree->currentDepartment())
            zoomToDepartment(*key);
    });
    m_zoomSelectionAction = new QAction(this);
    m_zoomSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_zoomSelectionAction, &QAction::triggered, this, &MainWindow::zoomToSelection);

    m_toolGroup = new QActionGroup(this);
    m_toolGroup->setExclusive(true);
    const std::pair<Tool, QKeySequence> tools[] = {
        {Tool::Select, QKeySequence(Qt::Key_V)},        {Tool::BoxSelect, QKeySequence(Qt::Key_B)},
        {Tool::PolygonSelect, QKeySequence(Qt::Key_P)}, {Tool::ZoomBox, QKeySequence(Qt::Key_Z)},
        {Tool::Draw, QKeySequence(Qt::Key_D)},          {Tool::Split, QKeySequence(Qt::Key_S)},
        {Tool::Vertices, QKeySequence(Qt::Key_E)},      {Tool::Path, QKeySequence(Qt::Key_L)}};
    for (const auto &[tool, key] : tools) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setShortcut(key);
        m_toolGroup->addAction(action);
        m_toolActions.insert(tool, action);
        const Tool t = tool;
        connect(action, &QAction::triggered, this, [this, t] { setTool(t); });
    }

    auto *languages = new QActionGroup(this);
    m_danishAction = new QAction(QStringLiteral("Dansk"), this);
    m_englishAction = new QAction(QStringLiteral("English"), this);
    for (QAction *a : {m_danishAction, m_englishAction}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    connect(m_danishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("da")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    m_adoptionAction = new QAction(this);
    connect(m_adoptionAction, &QAction::triggered, this, &MainWindow::showAdoptionRecord);
    m_newDepartmentAction = new QAction(this);
    connect(m_newDepartmentAction, &QAction::triggered, this, [this] { showDepartmentDialog(true); });
    m_editDepartmentAction = new QAction(this);
    connect(m_editDepartmentAction, &QAction::triggered, this, [this] { showDepartmentDialog(false); });
    m_correctStartAction = new QAction(this);
    connect(m_correctStartAction, &QAction::triggered, this, &MainWindow::showStartDateDialog);
    m_deleteDepartmentAction = new QAction(this);
    connect(m_deleteDepartmentAction, &QAction::triggered, this, &MainWindow::deleteChosenDepartment);
    m_proposalsAction = new QAction(this);
    connect(m_proposalsAction, &QAction::triggered, this, &MainWindow::showProposals);
    m_proposalViewAction = new QAction(this);
    m_proposalViewAction->setCheckable(true);
    m_proposalViewAction->setEnabled(false);
    connect(m_proposalViewAction, &QAction::toggled, this, [this](bool on) {
        // Toggle between today's map and the active proposal.
        m_canvas->setProposal(on ? m_activeProposal : std::nullopt);
        if (m_document)
            m_document->setProposal(on ? m_activeProposal : std::nullopt);
        m_proposalLabel->setText(on && m_activeProposal ? tr("Proposal: %1").arg(m_activeProposalName) : QString());
    });
    m_backgroundFileAction = new QAction(this);
    connect(m_backgroundFileAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Background picture"), QString(),
                                                          tr("Georeferenced pictures (*.tif *.tiff *.jp2 *.png *.vrt);;All files (*)"));
        if (!path.isEmpty())
            setBackground(path);
    });
    m_backgroundSourceAction = new QAction(this);
    connect(m_backgroundSourceAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString source = QInputDialog::getText(
            this, tr("Background map service"),
            tr("A GDAL raster source, e.g. WMS:https://… (the national orthophoto service needs your token):"),
            QLineEdit::Normal, m_canvas->background(), &ok);
        if (ok)
            setBackground(source.trimmed());
    });
    m_noBackgroundAction = new QAction(this);
    connect(m_noBackgroundAction, &QAction::triggered, this, [this] { setBackground(QString()); });
    m_manualAction = new QAction(this);
    m_manualAction->setShortcut(QKeySequence::HelpContents);
    connect(m_manualAction, &QAction::triggered, this, &MainWindow::showManual);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Engdrift"),
                           tr("<h3>Engdrift %1</h3><p>The outdoor areas of social housing, their care types and "
                              "their change towards nature-friendly grounds.</p><p>GDAL, GEOS, PROJ and Qt.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::nameActions()
{
    // The manual names the commands and keys by these names (manual_dialog.h); tests find them so.
    // (quit, mergeSelection, retireSelection and selectByCareType are named where they are made.)
    const std::pair<QObject *, const char *> named[] = {
        {m_newAction, "newProject"},       {m_openAction, "openProject"}, {m_openDatabaseAction, "openDatabase"},
        {m_saveAction, "saveProject"},     {m_importAction, "importAreas"},
        {m_exportAction, "exportMap"},     {m_voteSheetAction, "exportVoteSheet"},
        {m_printAction, "printVoteSheet"}, {m_atlasAction, "exportAtlas"},
        {m_gisExportAction, "exportGisData"}, {m_reportAction, "adoptionReport"},
        {m_undoAction, "undo"},            {m_redoAction, "redo"},
        {m_zoomInAction, "zoomIn"},        {m_zoomOutAction, "zoomOut"},
        {m_zoomAllAction, "zoomAll"},      {m_zoomDeptAction, "zoomDepartment"},
        {m_zoomSelectionAction, "zoomSelection"}, {m_adoptionAction, "adoptionRecord"},
        {m_proposalsAction, "proposals"},  {m_proposalViewAction, "proposalView"},
        {m_manualAction, "manual"},        {m_aboutAction, "about"},
        {m_bottomDock->toggleViewAction(), "charts"},
        {m_fileMenu, "menu.file"},         {m_editMenu, "menu.edit"},
        {m_viewMenu, "menu.view"},         {m_departmentMenu, "menu.department"},
        {m_toolsMenu, "menu.tools"},       {m_languageMenu, "menu.language"},
        {m_helpMenu, "menu.help"}};
    for (const auto &[object, name] : named)
        object->setObjectName(QLatin1String(name));
    const std::pair<Tool, const char *> tools[] = {
        {Tool::Select, "tool.select"}, {Tool::BoxSelect, "tool.box"}, {Tool::PolygonSelect, "tool.polygon"},
        {Tool::ZoomBox, "tool.zoomBox"}, {Tool::Draw, "tool.draw"},   {Tool::Split, "tool.split"},
        {Tool::Vertices, "tool.vertices"}, {Tool::Path, "tool.path"}};
    for (const auto &[tool, name] : tools)
        m_toolActions.value(tool)->setObjectName(QLatin1String(name));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_gisExportAction);
    m_fileMenu->addAction(m_voteSheetAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_atlasAction);
    m_fileMenu->addAction(m_reportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_selectByCareAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_mergeAction);
    m_editMenu->addAction(m_retireAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_editorNameAction);
    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *a : {m_zoomInAction, m_zoomOutAction, m_zoomAllAction, m_zoomDeptAction, m_zoomSelectionAction})
        m_viewMenu->addAction(a);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_bottomDock->toggleViewAction());
    m_viewMenu->addAction(m_backgroundFileAction);
    m_viewMenu->addAction(m_backgroundSourceAction);
    m_viewMenu->addAction(m_noBackgroundAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_danishAction);
    m_languageMenu->addAction(m_englishAction);
    m_departmentMenu = menuBar()->addMenu(QString());
    m_departmentMenu->addAction(m_adoptionAction);
    m_departmentMenu->addAction(m_proposalsAction);
    m_departmentMenu->addAction(m_proposalViewAction);
    m_departmentMenu->addAction(m_zoomDeptAction);
    m_departmentMenu->addSeparator();
    for (QAction *a : {m_newDepartmentAction, m_editDepartmentAction, m_correctStartAction, m_deleteDepartmentAction})
        m_departmentMenu->addAction(a);
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("tools"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addSeparator();
    for (Tool t : {Tool::Select, Tool::BoxSelect, Tool::PolygonSelect, Tool::ZoomBox, Tool::Draw, Tool::Split,
                   Tool::Vertices, Tool::Path}) {
        m_toolsMenu->addAction(m_toolActions.value(t));
        m_toolBar->addAction(m_toolActions.value(t));
    }
    // The mown path tool's kind and width, beside it while it is chosen: one button that says
    // them ("Sti 1,5 m") and opens a menu to change them, so that the tools keep their room at
    // 1280 pixels.
    m_pathOptionsButton = new QToolButton(m_toolBar);
    m_pathOptionsButton->setObjectName(QStringLiteral("pathOptions"));
    m_pathOptionsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *pathMenu = new QMenu(m_pathOptionsButton);
    pathMenu->setObjectName(QStringLiteral("pathOptionsMenu"));
    // Opened by hand rather than as the button's menu: the style's menu arrow would sit on the text.
    connect(m_pathOptionsButton, &QToolButton::clicked, this, [this, pathMenu] {
        pathMenu->exec(m_pathOptionsButton->mapToGlobal(QPoint(0, m_pathOptionsButton->height())));
    });
    m_pathKinds = new QActionGroup(this);
    for (PathKind kind : {PathKind::MownPath, PathKind::SafetyEdge}) {
        QAction *a = pathMenu->addAction(QString());
        a->setCheckable(true);
        a->setChecked(kind == PathKind::MownPath);
        a->setData(static_cast<int>(kind));
        m_pathKinds->addAction(a);
    }
    pathMenu->addSeparator();
    auto *widthRow = new QWidget(pathMenu);
    auto *widthLayout = new QHBoxLayout(widthRow);
    widthLayout->setContentsMargins(8, 2, 8, 2);
    m_pathWidthLabel = new QLabel(widthRow);
    m_pathWidth = new QDoubleSpinBox(widthRow);
    m_pathWidth->setObjectName(QStringLiteral("pathWidth"));
    m_pathWidth->setRange(0.5, 20.0);
    m_pathWidth->setSingleStep(0.5);
    m_pathWidth->setDecimals(1);
    m_pathWidth->setSuffix(QStringLiteral(" m"));
    m_pathWidth->setValue(QSettings().value(QStringLiteral("path/width"), 1.5).toDouble());
    widthLayout->addWidget(m_pathWidthLabel);
    widthLayout->addWidget(m_pathWidth, 1);
    auto *widthAction = new QWidgetAction(pathMenu);
    widthAction->setDefaultWidget(widthRow);
    pathMenu->addAction(widthAction);
    connect(m_pathWidth, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        QSettings().setValue(QStringLiteral("path/width"), v);
        updatePathOptions();
    });
    connect(m_pathKinds, &QActionGroup::triggered, this, &MainWindow::updatePathOptions);
    m_pathOptions = m_toolBar->addWidget(m_pathOptionsButton);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_proposalViewAction);
    m_toolBar->addAction(m_mergeAction);
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addAction(m_zoomAllAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_manualAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Recent projects"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_languageMenu->setTitle(tr("Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Tools"));
    m_leftDock->setWindowTitle(tr("Departments and legend"));
    m_bottomDock->setWindowTitle(tr("Charts"));
    m_rightDock->setWindowTitle(tr("Selection"));
    m_newAction->setText(tr("&New project…"));
    m_openAction->setText(tr("&Open…"));
    m_openDatabaseAction->setText(tr("Open &database…"));
    m_openDatabaseAction->setToolTip(tr("Open a project kept in a shared PostgreSQL/PostGIS database"));
    m_saveAction->setText(tr("&Save"));
    m_importAction->setText(tr("&Import…"));
    m_exportAction->setText(tr("Export the map…"));
    m_exportAction->setToolTip(tr("Write the map as it is shown (today or the proposal) to a PNG or JPEG picture, or a PDF or SVG drawing"));
    m_gisExportAction->setText(tr("Export the map for other GIS…"));
    m_gisExportAction->setToolTip(tr("Write the areas and mown paths the map shows (its date, the proposal, unsaved "
                                     "edits) with the care types' names and colours, as a GeoPackage, Shapefile or "
                                     "GeoJSON for QGIS and other GIS"));
    m_voteSheetAction->setText(tr("Export the vote sheet…"));
    m_voteSheetAction->setToolTip(tr("The chosen department's vote sheet: today and the proposal side by side, its legend, "
                                     "figures and share, as a PDF, PNG or SVG (A3; A4 when the name ends in -a4)"));
    m_printAction->setText(tr("&Print the vote sheet…"));
    m_printAction->setToolTip(tr("The chosen department's vote sheet in a print preview, to print"));
    m_atlasAction->setText(tr("Export an atlas…"));
    m_atlasAction->setToolTip(tr("A PDF with a map page per department (all, or the chosen department's organisation) "
                                 "after a contents page"));
    m_reportAction->setText(tr("Adoption report…"));
    m_reportAction->setToolTip(tr("Each department's adoption status, decision and nature-friendly share over a "
                                  "period, with organisation totals and charts, as a PDF to print or CSV/XLSX "
                                  "figures (from the saved project)"));
    m_quitAction->setText(tr("&Quit"));
    m_mergeAction->setText(tr("&Merge"));
    m_retireAction->setText(tr("&Retire selected areas"));
    m_editorNameAction->setText(tr("Your name for edits…"));
    m_retireAction->setToolTip(tr("The selected areas leave the map on the date set in the selection panel; their "
                               "history is kept"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_zoomAllAction->setText(tr("Zoom to &everything"));
    m_zoomDeptAction->setText(tr("Zoom to &department"));
    m_zoomSelectionAction->setText(tr("Zoom to &selection"));
    m_selectByCareAction->setText(tr("Select by &care type…"));
    m_selectByCareAction->setToolTip(tr("Select every area of a care type in the chosen department (or in the map "
                                        "view) at the map date"));
    m_manualAction->setText(tr("&Manual"));
    m_manualAction->setToolTip(tr("What Engdrift does, step by step, its keys and what the map's symbols mean"));
    m_aboutAction->setText(tr("&About Engdrift"));
    m_departmentMenu->setTitle(tr("&Department"));
    m_adoptionAction->setText(tr("Adoption record…"));
    m_proposalsAction->setText(tr("Proposals…"));
    m_proposalViewAction->setText(tr("Proposal view"));
    m_newDepartmentAction->setText(tr("New department…"));
    m_editDepartmentAction->setText(tr("Name, address and homes…"));
    m_correctStartAction->setText(tr("Correct start date…"));
    m_correctStartAction->setToolTip(tr("Move the start of the department's first areas (when they were entered as "
                                        "starting on the import day)"));
    m_deleteDepartmentAction->setText(tr("Delete department"));
    m_proposalViewAction->setToolTip(tr("Switch between today's map and the proposal; in the proposal, set care types "
                                        "and draw areas to plan them"));
    m_backgroundFileAction->setText(tr("Background picture…"));
    m_backgroundSourceAction->setText(tr("Background map service…"));
    m_noBackgroundAction->setText(tr("No background"));
    m_toolActions.value(Tool::Select)->setText(tr("Select"));
    m_toolActions.value(Tool::Select)->setToolTip(tr("Click to select (Shift adds, Ctrl toggles); drag to pan (V)"));
    m_toolActions.value(Tool::BoxSelect)->setText(tr("Box"));
    m_toolActions.value(Tool::BoxSelect)->setToolTip(tr("Select the areas in a rectangle (B)"));
    m_toolActions.value(Tool::PolygonSelect)->setText(tr("Polygon"));
    m_toolActions.value(Tool::PolygonSelect)->setToolTip(tr("Select the areas in a polygon; double-click to finish (P)"));
    m_toolActions.value(Tool::ZoomBox)->setText(tr("Zoom box"));
    m_toolActions.value(Tool::ZoomBox)->setToolTip(tr("Zoom to a rectangle (Z)"));
    m_toolActions.value(Tool::Draw)->setText(tr("Draw"));
    m_toolActions.value(Tool::Draw)->setToolTip(
        tr("Draw a new area; it snaps to neighbours' corners; double-click or Enter to finish (D)"));
    m_toolActions.value(Tool::Split)->setText(tr("Split"));
    m_toolActions.value(Tool::Split)->setToolTip(tr("Draw a line across the selected area to split it (S)"));
    m_toolActions.value(Tool::Path)->setText(tr("Mown path"));
    m_toolActions.value(Tool::Path)->setToolTip(
        tr("Draw a path mown through long grass, as wide as set beside the tool; double-click or Enter to finish; "
           "right-click a path to end it (L)"));
    m_pathKinds->actions().at(0)->setText(tr("Path through grass"));
    m_pathKinds->actions().at(1)->setText(tr("Safety edge"));
    m_pathWidthLabel->setText(tr("Width"));
    m_pathWidth->setToolTip(tr("The width of the mown path on the ground"));
    m_pathWidth->setLocale(languageLocale(m_language));
    updatePathOptions();
    m_toolActions.value(Tool::Vertices)->setText(tr("Vertices"));
    m_toolActions.value(Tool::Vertices)->setToolTip(
        tr("Move corners of the selected area; double-click an edge to add one, right-click to remove (E)"));
    updateUndoTexts();
    retranslateMowing();
    retranslateNature();
    m_danishAction->setChecked(m_language == QLatin1String("da"));
    m_englishAction->setChecked(m_language != QLatin1String("da"));
    updateTitle();
}

void MainWindow::updateUndoTexts()
{
    // The menu says what will be undone; the tool button keeps one short word, so its width does
    // not change with the edit (the whole text is in its tooltip).
    const QUndoStack *undo = m_document ? m_document->undoStack() : nullptr;
    const QString undoText = undo ? undo->undoText() : QString();
    const QString redoText = undo ? undo->redoText() : QString();
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    const QString undoKey = m_undoAction->shortcut().toString(QKeySequence::NativeText);
    const QString redoKey = m_redoAction->shortcut().toString(QKeySequence::NativeText);
    m_undoAction->setToolTip(undoText.isEmpty() ? tr("Nothing to undo") : tr("Undo: %1 (%2)").arg(undoText, undoKey));
    m_redoAction->setToolTip(redoText.isEmpty() ? tr("Nothing to redo") : tr("Redo: %1 (%2)").arg(redoText, redoKey));
}

} // namespace engdrift::gui
