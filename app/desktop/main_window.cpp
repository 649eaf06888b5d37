// MainWindow: the window itself. The map with the time slider, the docked panels, the status bar
// and the tools, and how their signals reach each other; the language, errors, the manual.
// The rest of MainWindow lives by subject in main_window_*.cpp (see main_window.h).

#include "main_window.h"

#include "background_task.h"
#include "charts_panel.h"
#include "department_tree.h"
#include "error_text.h"
#include "import_dialog.h"
#include "legend_widget.h"
#include "manual_dialog.h"
#include "map_canvas.h"
#include "map_tools.h"
#include "project_document.h"
#include "properties_panel.h"
#include "sample_project.h"
#include "start_panel.h"
#include "time_slider.h"
#include "util/translations.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace engdrift::gui {

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
    createMowing();
    createNature();
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
    connect(m_properties, &PropertiesPanel::conditionRequested, this,
            [this](const QList<qint64> &ids, const std::optional<HabitatCondition> &condition, const QDate &from) {
                performEdit(tr("condition"), [&] {
                    auto step = m_document->perform(m_document->session().setCondition(ids, condition, from));
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
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // The first start: a roomy window, but never larger than the screen (on a laptop's
        // 1366 x 768 the right panel would be cut off).
        QSize size(1500, 920);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.96);
        resize(size);
    }
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
    if (m_natureCancel)
        *m_natureCancel = true; // the nature value view's figures are of no use any more
    waitForBackgroundTasks();
    m_canvas->setTool(nullptr);
    m_canvas->setDocument(nullptr);
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

void MainWindow::reportTaskDone(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 8000);
    if (!m_quiet)
        QMessageBox::information(this, title, message);
}

void MainWindow::reportTaskFailure(bool cancelled, const QString &cancelledText, const Error &error)
{
    if (cancelled)
        statusBar()->showMessage(cancelledText, 8000);
    else
        reportError(error);
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

} // namespace engdrift::gui
