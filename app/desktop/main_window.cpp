#include "main_window.h"

#include "background_task.h"
#include "adoption_dialog.h"
#include "care_type_table.h"
#include "charts_panel.h"
#include "department_dialog.h"
#include "department_tree.h"
#include "edit/departments.h"
#include "edit/geometry_edits.h"
#include "error_text.h"
#include "import_command.h"
#include "import_dialog.h"
#include "legend_widget.h"
#include "map_canvas.h"
#include "map_export.h"
#include "manual_dialog.h"
#include "map_tools.h"
#include "project_document.h"
#include "properties_panel.h"
#include "proposals_dialog.h"
#include "render/map_renderer.h"
#include "render/png_writer.h"
#include "sample_project.h"
#include "start_panel.h"
#include "time_slider.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace engdrift::gui {
namespace {

constexpr int kMaxRecent = 8;
constexpr int kPlanningYears = 3; ///< how far past the last date (or today) the time slider runs

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    m_language = currentLanguage();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_canvas = new MapCanvas(central);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    m_canvas->setLanguage(m_language); // the care types' names on the map, as in the panels
    m_timeSlider = new TimeSlider(central);
    m_startPanel = new StartPanel(m_canvas); // what to do first, while the map is empty
    m_startPanel->setSampleAvailable(!installedSampleProject().isEmpty());
    centralLayout->addWidget(m_canvas, 1);
    centralLayout->addWidget(m_timeSlider);
    setCentralWidget(central);

    // Left: departments over the legend.
    m_leftDock = new QDockWidget(this);
    m_leftDock->setObjectName(QStringLiteral("leftDock"));
    m_leftDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *leftSplitter = new QSplitter(Qt::Vertical, m_leftDock);
    m_tree = new DepartmentTree(leftSplitter);
    m_legend = new LegendWidget(leftSplitter);
    leftSplitter->setStretchFactor(0, 3);
    leftSplitter->setStretchFactor(1, 2);
    m_leftDock->setWidget(leftSplitter);
    addDockWidget(Qt::LeftDockWidgetArea, m_leftDock);
    m_rightDock = new QDockWidget(this);
    m_rightDock->setObjectName(QStringLiteral("rightDock"));
    m_rightDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_properties = new PropertiesPanel(m_rightDock);
    m_rightDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, m_rightDock);
    m_bottomDock = new QDockWidget(this);
    m_bottomDock->setObjectName(QStringLiteral("chartsDock"));
    m_bottomDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                              QDockWidget::DockWidgetClosable);
    m_charts = new ChartsPanel(m_bottomDock);
    m_bottomDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, m_bottomDock);
    m_bottomDock->hide(); // View menu: charts
    resizeDocks({m_leftDock, m_rightDock}, {360, 290}, Qt::Horizontal);
    // The charts follow the project, the department and the date, a moment after the last change.
    m_chartsTimer = new QTimer(this);
    m_chartsTimer->setSingleShot(true);
    m_chartsTimer->setInterval(400);
    connect(m_chartsTimer, &QTimer::timeout, this, [this] {
        if (m_bottomDock->isVisible())
            m_charts->refresh(m_document.get(), m_tree->currentDepartment(), m_canvas->date(), chartedAreas());
    });
    connect(m_bottomDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        m_chartsTimer->start();
        // Shown squeezed (a low window, or a height saved from a smaller one): room for a chart.
        const int wanted = std::max(300, height() * 2 / 5);
        if (!m_bottomDock->isFloating() && m_bottomDock->height() < 280)
            resizeDocks({m_bottomDock}, {wanted}, Qt::Vertical);
    });

    m_coordinates = new QLabel(this);
    m_scale = new QLabel(this);
    m_busy = new QLabel(this);
    m_proposalLabel = new QLabel(this);
    QFont proposalFont = m_proposalLabel->font();
    proposalFont.setBold(true);
    m_proposalLabel->setFont(proposalFont);
    statusBar()->addPermanentWidget(m_proposalLabel);
    m_busy->setMinimumWidth(90);
    statusBar()->addPermanentWidget(m_coordinates);
    statusBar()->addPermanentWidget(m_scale);
    statusBar()->addPermanentWidget(m_busy);

    m_selectTool = std::make_unique<SelectTool>(m_canvas);
    m_boxTool = std::make_unique<RectangleTool>(m_canvas, RectangleTool::Purpose::Select);
    m_polygonTool = std::make_unique<PointsTool>(m_canvas, PointsTool::Purpose::SelectPolygon);
    m_zoomTool = std::make_unique<RectangleTool>(m_canvas, RectangleTool::Purpose::Zoom);
    m_drawTool = std::make_unique<PointsTool>(m_canvas, PointsTool::Purpose::DrawArea);
    m_splitTool = std::make_unique<PointsTool>(m_canvas, PointsTool::Purpose::SplitLine);
    m_pathTool = std::make_unique<PointsTool>(m_canvas, PointsTool::Purpose::PathLine);
    m_vertexTool = std::make_unique<VertexTool>(m_canvas);

    createActions();
    createMenus();
    nameActions();
    retranslate();
    setTool(Tool::Select);
    connect(m_startPanel, &StartPanel::newProjectRequested, m_newAction, &QAction::trigger);
    connect(m_startPanel, &StartPanel::openProjectRequested, m_openAction, &QAction::trigger);
    connect(m_startPanel, &StartPanel::importRequested, this, &MainWindow::showImportDialog);
    connect(m_startPanel, &StartPanel::sampleRequested, this, &MainWindow::openSampleProject);
    updateStartPanel();

    connect(m_canvas, &MapCanvas::cursorMoved, this, [this](const QPointF &p) {
        if (!m_document)
            return;
        const QLocale locale;
        m_coordinates->setText(QStringLiteral("X %1  Y %2 (%3)")
                                   .arg(locale.toString(p.x(), 'f', 0), locale.toString(p.y(), 'f', 0),
                                        m_document->store().crs().displayName()));
    });
    connect(m_canvas, &MapCanvas::viewChanged, this, [this](const MapView &view) {
        m_scale->setText(QStringLiteral("1:%1").arg(QLocale().toString(view.scaleDenominator(), 'f', 0)));
    });
    connect(m_canvas, &MapCanvas::renderingChanged, this, [this](bool busy) {
        m_busy->setText(busy ? tr("drawing…") : QString());
        if (!busy)
            loadPanels();
    });
    connect(m_canvas, &MapCanvas::renderFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        loadPanels();
    });
    // The map first: the department tree and the legend gather their numbers (a pass over every
    // area) once the first map is drawn, not beside it on the same cores; at the latest after 2 s.
    m_panelsTimer = new QTimer(this);
    m_panelsTimer->setSingleShot(true);
    m_panelsTimer->setInterval(2000);
    connect(m_panelsTimer, &QTimer::timeout, this, &MainWindow::loadPanels);
    connect(m_canvas, &MapCanvas::selectionChanged, this, [this](const QSet<qint64> &ids) {
        m_properties->setSelection(ids, m_canvas->date());
        if (m_canvas->tool() == m_vertexTool.get())
            m_vertexTool->reload();
        const bool any = !ids.isEmpty();
        m_mergeAction->setEnabled(ids.size() >= 2);
        m_retireAction->setEnabled(any);
        m_zoomSelectionAction->setEnabled(any);
    });
    connect(m_timeSlider, &TimeSlider::dateChanged, this, [this](const QDate &date) {
        m_canvas->setDate(date);
        m_tree->setDate(date);
        m_legend->setDate(date);
        m_properties->setSelection(m_canvas->selection(), date);
    });
    connect(m_tree, &DepartmentTree::departmentActivated, this, &MainWindow::zoomToDepartment);
    // Right-click a department: what can be done with it.
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_document)
            return;
        const QModelIndex index = m_tree->indexAt(pos);
        if (index.isValid())
            m_tree->setCurrentIndex(index);
        QMenu menu(this);
        const bool onDepartment = index.isValid() && m_tree->currentDepartment().has_value();
        for (QAction *a : {m_editDepartmentAction, m_correctStartAction, m_adoptionAction, m_proposalsAction,
                           m_zoomDeptAction, m_selectByCareAction, m_deleteDepartmentAction}) {
            if (onDepartment)
                menu.addAction(a);
        }
        if (onDepartment)
            menu.addSeparator();
        menu.addAction(m_newDepartmentAction);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_tree, &DepartmentTree::departmentSelected, this, [this] { m_chartsTimer->start(); });
    connect(m_canvas, &MapCanvas::selectionChanged, this, [this] { m_chartsTimer->start(); });
    connect(m_timeSlider, &TimeSlider::dateChanged, this, [this] { m_chartsTimer->start(); });
    connect(m_tree, &DepartmentTree::departmentSelected, m_legend, &LegendWidget::setDepartment);
    connect(m_properties, &PropertiesPanel::retagRequested, this,
            [this](const QList<qint64> &, const QString &care, const QDate &from) { retagSelection(care, from); });
    connect(m_properties, &PropertiesPanel::noteRequested, this,
            [this](const QList<qint64> &ids, const QString &note, const QDate &from) {
                performEdit(tr("note"), [&] {
                    auto step = m_document->perform(m_document->session().setNote(ids, note, from));
                    if (!step.ok())
                        reportError(step.error());
                    return step.ok();
                });
            });
    connect(m_properties, &PropertiesPanel::mergeRequested, this, [this] { mergeSelection(m_properties->fromDate()); });
    connect(m_properties, &PropertiesPanel::retireRequested, this, [this] { retireSelection(m_properties->fromDate()); });
    connect(m_properties, &PropertiesPanel::splitRequested, this, [this] { setTool(Tool::Split); });
    connect(m_properties, &PropertiesPanel::areaActivated, this, &MainWindow::showArea);
    connect(m_properties, &PropertiesPanel::selectionNarrowed, m_canvas, &MapCanvas::setSelection);
    connect(m_drawTool.get(), &PointsTool::areaDrawn, this,
            [this](const QList<QPointF> &ring) { addAreaFromRing(ring, m_properties->fromDate()); });
    connect(m_splitTool.get(), &PointsTool::lineDrawn, this,
            [this](const QList<QPointF> &line) { splitSelection(line, m_properties->fromDate()); });
    connect(m_pathTool.get(), &PointsTool::lineDrawn, this,
            [this](const QList<QPointF> &line) { addPathFromLine(line, m_properties->fromDate()); });
    connect(m_pathTool.get(), &PointsTool::contextRequested, this, &MainWindow::showPathMenu);
    connect(m_polygonTool.get(), &PointsTool::failed, this, qOverload<const QString &>(&MainWindow::reportError));
    connect(m_vertexTool.get(), &VertexTool::reshaped, this,
            [this](qint64 id, const QList<QList<QPointF>> &rings) { reshapeArea(id, rings, m_properties->fromDate()); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resize(1500, 920);
    // The side panels run the whole height; the charts sit under the map, between them (after
    // restoreState: a state saved by an older version has other corners).
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    updateTitle();
}

MainWindow::~MainWindow()
{
    if (m_importDialog)
        m_importDialog->reject(); // cancels a running import
    waitForBackgroundTasks();
    m_canvas->setTool(nullptr);
    m_canvas->setDocument(nullptr);
}

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
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveProject);
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImportDialog);
    m_exportAction = new QAction(this);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportMapImage);
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
        {m_newAction, "newProject"},       {m_openAction, "openProject"},
        {m_saveAction, "saveProject"},     {m_importAction, "importAreas"},
        {m_exportAction, "exportMap"},
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
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
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
    m_saveAction->setText(tr("&Save"));
    m_importAction->setText(tr("&Import…"));
    m_exportAction->setText(tr("Export the map…"));
    m_exportAction->setToolTip(tr("Write the map as it is shown (today or the proposal) to a PNG or JPEG picture, or a PDF or SVG drawing"));
    m_quitAction->setText(tr("&Quit"));
    m_mergeAction->setText(tr("&Merge"));
    m_retireAction->setText(tr("&Retire selected areas"));
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

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    if (!installTranslations(language))
        return;
    m_language = language;
    QSettings().setValue(QStringLiteral("language"), language);
    m_canvas->setLanguage(language);
    m_legend->setLanguage(language);
    m_properties->setLanguage(language);
    retranslate();
}

void MainWindow::setTool(Tool tool)
{
    MapTool *tools[] = {m_selectTool.get(), m_boxTool.get(),   m_polygonTool.get(), m_zoomTool.get(),
                        m_drawTool.get(),   m_splitTool.get(), m_vertexTool.get(),  m_pathTool.get()};
    m_canvas->setTool(tools[static_cast<int>(tool)]);
    if (QAction *a = m_toolActions.value(tool))
        a->setChecked(true);
    m_pathOptions->setVisible(tool == Tool::Path);
    m_canvas->setFocus();
}

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

void MainWindow::updateDateRange()
{
    const quint64 generation = ++m_dateRangeGeneration;
    const QDate today = QDate::currentDate();
    if (!m_document) {
        m_timeSlider->setRange(today.addYears(-1), today.addYears(kPlanningYears));
        m_projectHasData.reset();
        updateStartPanel();
        return;
    }
    // The unsaved edits may reach beyond the saved dates (an area drawn from an earlier date).
    DateSpan edited;
    if (const auto overlay = m_document->session().overlay()) {
        auto extend = [&edited](const QDate &from, const QDate &to) {
            if (from.isValid() && (!edited.first.isValid() || from < edited.first))
                edited.first = from;
            for (const QDate &d : {from, to})
                if (d.isValid() && (!edited.last.isValid() || d > edited.last))
                    edited.last = d;
        };
        for (const AreaHistory &history : overlay->histories)
            for (const AreaShape &s : history)
                extend(s.version.validFrom, s.version.validTo);
        for (const PathHistory &history : overlay->paths)
            for (const PathShape &s : history)
                extend(s.version.validFrom, s.version.validTo);
    }
    runInBackground<DateSpan>(
        m_document->path(), this, [](const ProjectStore &store) { return store.dateSpan(); },
        [this, generation, edited, today](const Result<DateSpan> &span) {
            if (generation != m_dateRangeGeneration || !span.ok())
                return;
            QDate first = span->first, last = span->last;
            if (edited.first.isValid() && (!first.isValid() || edited.first < first))
                first = edited.first;
            if (edited.last.isValid() && (!last.isValid() || edited.last > last))
                last = edited.last;
            m_projectHasData = first.isValid(); // no areas or paths, saved or not: say what to do first
            updateStartPanel();
            if (!first.isValid()) // no data yet
                first = today.addYears(-1);
            last = std::max(last.isValid() ? last : today, today).addYears(kPlanningYears);
            m_timeSlider->setRange(std::min(first, today), last);
        });
}

void MainWindow::updateStartPanel()
{
    if (!m_document)
        m_startPanel->setMode(StartPanel::Mode::NoProject);
    else if (m_projectHasData == false)
        m_startPanel->setMode(StartPanel::Mode::EmptyProject);
    else
        m_startPanel->setMode(StartPanel::Mode::Hidden); // has data, or not known yet
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

void MainWindow::loadPanels()
{
    if (!m_panelsPending)
        return;
    m_panelsPending = false;
    m_panelsTimer->stop();
    m_tree->setDocument(m_document.get());
    m_legend->setDocument(m_document.get());
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
    setDocument(std::move(doc));
    addRecent(path);
    m_canvas->setBackground(
        QSettings().value(QStringLiteral("background/") + QFileInfo(path).absoluteFilePath()).toString());
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
    statusBar()->showMessage(tr("Saved: %n new version(s)", "", report->versionsInserted), 5000);
    return true;
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
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openProject(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::reportError(const QString &message)
{
    reportError(makeError(message));
}

void MainWindow::reportError(const Error &error)
{
    m_lastError = error.message;
    m_lastErrorDetail = error.detail;
    statusBar()->showMessage(error.message, 15000);
    if (!m_quiet)
        showError(this, QStringLiteral("Engdrift"), error);
}

bool MainWindow::performEdit(const QString &, const std::function<bool()> &edit)
{
    if (!m_document)
        return false;
    m_lastError.clear();
    return edit();
}

bool MainWindow::retagSelection(const QString &careType, const QDate &from)
{
    return performEdit(tr("care type"), [&] {
        const QSet<qint64> sel = m_canvas->selection();
        auto step = m_document->perform(m_document->session().retag(QList<qint64>(sel.cbegin(), sel.cend()), careType, from));
        if (!step.ok()) {
            reportError(step.error());
            return false;
        }
        statusBar()->showMessage(step->description, 5000);
        return true;
    });
}

bool MainWindow::mergeSelection(const QDate &from)
{
    return performEdit(tr("merge"), [&] {
        const QSet<qint64> sel = m_canvas->selection();
        auto step = m_document->perform(m_document->session().merge(QList<qint64>(sel.cbegin(), sel.cend()), from));
        if (!step.ok()) {
            reportError(step.error());
            return false;
        }
        m_canvas->setSelection(QSet<qint64>(step->createdAreaIds.cbegin(), step->createdAreaIds.cend()));
        statusBar()->showMessage(step->description, 5000);
        return true;
    });
}

bool MainWindow::retireSelection(const QDate &from)
{
    return performEdit(tr("retire"), [&] {
        const QSet<qint64> sel = m_canvas->selection();
        if (sel.isEmpty())
            return false;
        if (!m_quiet && QMessageBox::question(this, tr("Retire areas"),
                                              tr("Retire %n area(s) on %1? Their history stays in the project.", "",
                                                 static_cast<int>(sel.size()))
                                                  .arg(from.toString(Qt::ISODate))) != QMessageBox::Yes)
            return false;
        auto step = m_document->perform(m_document->session().remove(QList<qint64>(sel.cbegin(), sel.cend()), from));
        if (!step.ok()) {
            reportError(step.error());
            return false;
        }
        m_canvas->setSelection({});
        statusBar()->showMessage(step->description, 5000);
        return true;
    });
}

bool MainWindow::splitSelection(const QList<QPointF> &line, const QDate &from)
{
    return performEdit(tr("split"), [&] {
        QSet<qint64> sel = m_canvas->selection();
        if (sel.size() != 1) {
            // No single area selected: split the one under the middle of the first segment.
            if (line.size() >= 2) {
                const auto hits = m_canvas->areasAtPixel(m_canvas->view().toPixel((line[0] + line[1]) / 2));
                if (!hits.isEmpty())
                    sel = {hits.first().version.areaId};
            }
        }
        if (sel.size() != 1) {
            reportError(tr("Select the one area to split, then draw the line across it."));
            return false;
        }
        auto geometry = Geometry::lineString(line);
        if (!geometry.ok()) {
            reportError(geometry.error());
            return false;
        }
        auto step = m_document->perform(m_document->session().split(*sel.cbegin(), *geometry, from));
        if (!step.ok()) {
            reportError(step.error());
            return false;
        }
        m_canvas->setSelection(QSet<qint64>(step->createdAreaIds.cbegin(), step->createdAreaIds.cend()));
        statusBar()->showMessage(step->description, 5000);
        return true;
    });
}

std::optional<DepartmentKey> MainWindow::departmentForNewArea(const QList<QPointF> &ring) const
{
    if (auto key = m_tree->currentDepartment())
        return key;
    // The department of a neighbour the new area touches.
    for (const QPointF &p : ring) {
        const auto hits = m_canvas->areasAtPixel(m_canvas->view().toPixel(p));
        if (!hits.isEmpty())
            return hits.first().version.department;
    }
    return std::nullopt;
}

bool MainWindow::addAreaFromRing(const QList<QPointF> &ring, const QDate &from)
{
    return performEdit(tr("draw"), [&] {
        auto polygon = polygonFromRing(ring);
        if (!polygon.ok()) {
            reportError(polygon.error());
            return false;
        }
        const auto department = departmentForNewArea(ring);
        if (!department) {
            reportError(tr("Choose the department of the new area in the list of departments first."));
            return false;
        }
        OverlapRules rules;
        rules.snapTolerance = 0.25 * 10.0 * m_canvas->view().mapUnitsPerPixel(); // a few pixels
        auto step = m_document->session().addArea(*polygon, *department, m_properties->careTypeForNewArea(), from, rules);
        if (!step.ok()) {
            // An overlap: offer to cut the new area to fit.
            const auto neighbours = m_canvas->areasIn(*polygon);
            bool overlaps = false;
            for (const AreaShape &n : neighbours) {
                auto g = Geometry::fromWkb(n.wkb);
                if (g.ok() && overlapAreas(*polygon, {&g.value()}).value(0) > rules.overlapTolerance)
                    overlaps = true;
            }
            if (overlaps && (m_quiet || QMessageBox::question(this, tr("Overlap"),
                                                              step.errorMessage() + QStringLiteral("\n\n") +
                                                                  tr("Cut the new area to fit between its neighbours?")) ==
                                                QMessageBox::Yes)) {
                rules.policy = OverlapPolicy::Clip;
                step = m_document->session().addArea(*polygon, *department, m_properties->careTypeForNewArea(), from, rules);
            }
        }
        auto performed = m_document->perform(std::move(step));
        if (!performed.ok()) {
            reportError(performed.error());
            return false;
        }
        m_canvas->setSelection(QSet<qint64>(performed->createdAreaIds.cbegin(), performed->createdAreaIds.cend()));
        statusBar()->showMessage(performed->description, 5000);
        return true;
    });
}

QList<qint64> MainWindow::chartedAreas() const
{
    // The selected areas, saved or new (the charts count the unsaved edits).
    QList<qint64> ids(m_canvas->selection().cbegin(), m_canvas->selection().cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void MainWindow::setPathWidth(double metres)
{
    m_pathWidth->setValue(metres);
}

void MainWindow::setPathKind(PathKind kind)
{
    for (QAction *a : m_pathKinds->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(kind));
    updatePathOptions();
}

PathKind MainWindow::pathKind() const
{
    const QAction *checked = m_pathKinds->checkedAction();
    return checked ? static_cast<PathKind>(checked->data().toInt()) : PathKind::MownPath;
}

void MainWindow::updatePathOptions()
{
    const QString width = languageLocale(m_language).toString(m_pathWidth->value(), 'f', 1);
    const bool edge = pathKind() == PathKind::SafetyEdge;
    m_pathOptionsButton->setText((edge ? tr("Edge %1 m").arg(width) : tr("Path %1 m").arg(width)) +
                                 QStringLiteral(" ▾"));
    m_pathOptionsButton->setToolTip(edge ? tr("The Mown path tool draws a safety edge, %1 m wide; click to change")
                                               .arg(width)
                                         : tr("The Mown path tool draws a path through long grass, %1 m wide; click "
                                              "to change")
                                               .arg(width));
}

bool MainWindow::addPathFromLine(const QList<QPointF> &line, const QDate &from)
{
    return performEdit(tr("mown path"), [&] {
        auto geometry = Geometry::lineString(line);
        if (!geometry.ok()) {
            reportError(geometry.error());
            return false;
        }
        const auto department = departmentForNewArea(line);
        if (!department) {
            reportError(tr("Choose the department of the path in the list of departments first."));
            return false;
        }
        auto step = m_document->perform(
            m_document->session().addPath(*geometry, *department, pathKind(), m_pathWidth->value(), from));
        if (!step.ok()) {
            reportError(step.error());
            return false;
        }
        statusBar()->showMessage(tr("%1: %2 m long, %3 m wide")
                                     .arg(step->description,
                                          QLocale().toString(geometry->length(), 'f', 0),
                                          QLocale().toString(m_pathWidth->value(), 'f', 1)),
                                 5000);
        return true;
    });
}

bool MainWindow::endPath(qint64 pathId, const QDate &from)
{
    return performEdit(tr("end path"), [&] {
        auto step = m_document->perform(m_document->session().endPaths({pathId}, from));
        if (!step.ok()) {
            reportError(step.error());
            return false;
        }
        statusBar()->showMessage(step->description, 5000);
        return true;
    });
}

void MainWindow::showPathMenu(const QPointF &pixel)
{
    const QList<PathShape> hits = m_canvas->pathsAtPixel(pixel);
    if (hits.isEmpty())
        return;
    const PathVersion &path = hits.first().version;
    const QDate from = m_properties->fromDate();
    QMenu menu(this);
    const QString length = QLocale().toString(path.lengthM, 'f', 0);
    QAction *end = menu.addAction(path.status == AreaStatus::Proposed
                                      ? tr("Take the planned path (%1 m) out of the proposal").arg(length)
                                      : tr("End the path (%1 m) on %2").arg(length, isoDate(from)));
    if (menu.exec(m_canvas->mapToGlobal(pixel.toPoint())) == end)
        endPath(path.pathId, from);
}

bool MainWindow::reshapeArea(qint64 areaId, const QList<QList<QPointF>> &rings, const QDate &from)
{
    return performEdit(tr("reshape"), [&] {
        auto polygon = Geometry::polygon(rings); // at full precision: the corners not moved stay as stored
        if (!polygon.ok()) {
            reportError(polygon.error());
            return false;
        }
        OverlapRules rules;
        auto step = m_document->perform(m_document->session().reshape(areaId, *polygon, from, rules));
        if (!step.ok()) {
            reportError(step.error());
            m_vertexTool->reload(); // back to the outline as it is
            return false;
        }
        statusBar()->showMessage(step->description, 5000);
        return true;
    });
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

void MainWindow::zoomToDepartment(const DepartmentKey &key)
{
    if (!m_document)
        return;
    auto dept = m_document->store().department(key);
    if (!dept.ok() || !dept->has_value())
        return;
    if (!(**dept).extent.isNull())
        m_canvas->zoomToExtent((**dept).extent);
    if (m_tree->currentDepartment() != key)
        m_tree->selectDepartment(key); // the legend and the charts follow it
}

void MainWindow::zoomToSelection()
{
    QRectF extent;
    for (const AreaShape &s : m_canvas->areasIn(Geometry::rectangle(m_canvas->view().extent()))) {
        if (m_canvas->selection().contains(s.version.areaId))
            extent |= s.bounds;
    }
    if (!extent.isNull())
        m_canvas->zoomToExtent(extent.adjusted(-5, -5, 5, 5));
}

void MainWindow::showArea(qint64 areaId)
{
    if (!m_document)
        return;
    auto history = m_document->session().history(areaId);
    QRectF bounds;
    for (const AreaShape &shape : history.ok() ? *history : AreaHistory())
        if (shape.version.status == AreaStatus::Current && shape.version.isValidAt(m_canvas->date()))
            bounds = shape.bounds;
    if (bounds.isNull())
        return;
    const MapView view = m_canvas->view();
    const QRectF wanted = bounds.adjusted(-5, -5, 5, 5);
    if (wanted.width() <= view.extent().width() && wanted.height() <= view.extent().height())
        m_canvas->setView(MapView(bounds.center(), view.mapUnitsPerPixel(), view.size()));
    else
        m_canvas->zoomToExtent(wanted);
}

QList<AreaShape> MainWindow::selectableAreas(QString *where) const
{
    if (!m_document)
        return {};
    const QDate date = m_canvas->date();
    const auto department = m_tree->currentDepartment();
    if (where) {
        QString name;
        if (department) {
            if (auto d = m_document->store().department(*department); d.ok() && d->has_value())
                name = (**d).name;
        }
        *where = department ? (name.isEmpty() ? tr("in department %1 on %2").arg(department->toString(), isoDate(date))
                                              : tr("in department %1 %2 on %3")
                                                    .arg(department->toString(), name, isoDate(date)))
                            : tr("in the map view on %1").arg(isoDate(date));
    }
    auto areas = department ? m_document->session().areasAt(date, std::nullopt, department)
                            : m_document->session().areasAt(date, m_canvas->view().extent());
    return areas.ok() ? *areas : QList<AreaShape>();
}

int MainWindow::selectByCareType(const QString &careType, bool addToSelection)
{
    QSet<qint64> ids = addToSelection ? m_canvas->selection() : QSet<qint64>();
    int found = 0;
    for (const AreaShape &shape : selectableAreas()) {
        if (shape.version.careType == careType) {
            ids.insert(shape.version.areaId);
            ++found;
        }
    }
    m_canvas->setSelection(ids); // not an edit: the undo stack stays as it is
    const CareType *ct = m_document ? m_document->store().catalogue().find(careType) : nullptr;
    statusBar()->showMessage(tr("Selected %n area(s) of %1", "", found).arg(ct ? ct->name.text(m_language) : careType),
                             5000);
    return static_cast<int>(m_canvas->selection().size());
}

CareTypeChooser *MainWindow::showCareTypeChooser()
{
    if (!m_document)
        return nullptr;
    QString where;
    const QList<AreaShape> areas = selectableAreas(&where);
    auto *chooser = new CareTypeChooser(areas, m_document->store().catalogue(), m_language, where, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser] {
        if (!chooser->chosenCareType().isEmpty())
            selectByCareType(chooser->chosenCareType(), chooser->addsToSelection());
    });
    chooser->open();
    return chooser;
}

void MainWindow::zoomToAll()
{
    if (!m_document)
        return;
    QRectF extent;
    if (auto departments = m_document->store().departments(); departments.ok()) {
        for (const Department &d : *departments)
            extent |= d.extent;
    }
    if (!extent.isNull())
        m_canvas->zoomToExtent(extent);
}

std::optional<DepartmentKey> MainWindow::chosenDepartment()
{
    if (auto key = m_tree->currentDepartment())
        return key;
    // The department of the selection.
    for (const AreaShape &shape : m_canvas->areasIn(Geometry::rectangle(m_canvas->view().extent()))) {
        if (m_canvas->selection().contains(shape.version.areaId))
            return shape.version.department;
    }
    reportError(tr("Choose a department in the list of departments first."));
    return std::nullopt;
}

void MainWindow::showAdoptionRecord()
{
    if (!m_document)
        return;
    const auto key = chosenDepartment();
    if (!key)
        return;
    auto *dialog = new AdoptionDialog(m_document.get(), *key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdoptionDialog::recorded, m_tree, &DepartmentTree::reload);
    dialog->show();
}

void MainWindow::showDepartmentDialog(bool newDepartment)
{
    if (!m_document)
        return;
    std::optional<DepartmentKey> key;
    if (!newDepartment) {
        key = chosenDepartment();
        if (!key)
            return;
    }
    auto *dialog = new DepartmentDialog(m_document.get(), key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DepartmentDialog::changed, this, [this](const std::optional<DepartmentKey> &changed) {
        if (!m_document)
            return;
        m_document->storeChangedOutside();
        if (changed)
            m_tree->selectDepartment(*changed);
    });
    dialog->show();
}

void MainWindow::showStartDateDialog()
{
    if (!m_document)
        return;
    if (m_document->isModified()) {
        // The unsaved edits hold copies of the versions the correction moves.
        reportError(tr("Save or undo the unsaved edits before correcting a start date."));
        return;
    }
    const auto key = chosenDepartment();
    if (!key)
        return;
    auto *dialog = new StartDateDialog(m_document.get(), *key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StartDateDialog::corrected, this, [this] {
        if (!m_document)
            return;
        m_document->undoStack()->clear(); // steps to redo refer to the versions as they were
        m_document->storeChangedOutside();
    });
    dialog->show();
}

void MainWindow::deleteChosenDepartment()
{
    if (!m_document)
        return;
    const auto key = chosenDepartment();
    if (!key)
        return;
    if (!m_quiet && QMessageBox::question(this, tr("Delete department"),
                                          tr("Delete department %1 from the project?").arg(key->toString())) !=
                         QMessageBox::Yes)
        return;
    if (auto deleted = deleteEmptyDepartment(m_document->store(), *key); !deleted.ok()) {
        reportError(deleted.error());
        return;
    }
    m_document->storeChangedOutside();
    statusBar()->showMessage(tr("Deleted department %1").arg(key->toString()), 5000);
}

void MainWindow::showProposals()
{
    if (!m_document)
        return;
    const auto key = chosenDepartment();
    if (!key)
        return;
    auto *dialog = new ProposalsDialog(m_document.get(), *key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProposalsDialog::showProposal, this,
            [this](std::optional<qint64> id, const QString &name) { setProposal(id, name); });
    connect(dialog, &ProposalsDialog::changed, this, [this] {
        if (m_document)
            m_document->storeChangedOutside();
    });
    dialog->show();
}

ManualDialog *MainWindow::showManual()
{
    if (!m_manual) {
        m_manual = new ManualDialog(this, this);
        m_manual->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_manual->reload();
    }
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
    return m_manual;
}

void MainWindow::setProposal(const std::optional<qint64> &proposalId, const QString &name)
{
    m_activeProposal = proposalId;
    m_activeProposalName = name;
    m_proposalViewAction->setEnabled(proposalId.has_value());
    if (m_proposalViewAction->isChecked() == proposalId.has_value()) {
        // Same toggle state: apply the (new) proposal directly.
        m_canvas->setProposal(proposalId);
        if (m_document)
            m_document->setProposal(proposalId);
        m_proposalLabel->setText(proposalId ? tr("Proposal: %1").arg(name) : QString());
    } else {
        m_proposalViewAction->setChecked(proposalId.has_value());
    }
}

void MainWindow::setBackground(const QString &source)
{
    m_canvas->setBackground(source);
    if (m_document)
        QSettings().setValue(QStringLiteral("background/") + QFileInfo(m_document->path()).absoluteFilePath(), source);
}

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
