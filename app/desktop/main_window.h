#pragma once
// MainWindow: the desktop program. The map in the middle with the time slider under it; the
// departments and the legend on the left; the selection's properties on the right; coordinates,
// scale and a busy indicator in the status bar. Menus and a tool bar for files, editing tools,
// views and the language.
//
// Its code is split by subject: main_window.cpp (the window, its panels and how they are wired),
// main_window_actions.cpp (actions, menus, tool bar and their texts), main_window_project.cpp
// (new, open, save, recent, sample, import), main_window_edit.cpp (edits and the drawing tools,
// select by care type), main_window_views.cpp (dates, zoom, proposal view, background),
// main_window_departments.cpp (the Department menu), main_window_export.cpp (the map to a picture
// or drawing, and its data for other GIS), main_window_report.cpp (the adoption report) and
// main_window_mowing.cpp (the Mowing menu: zones on the map, the mowing plan, its assumptions).

#include "edit/edit_conflicts.h"
#include "layout/layout_page.h"
#include "map/map_snapshot.h"
#include "report/adoption_report.h"
#include "model/department.h"
#include "model/path_version.h"
#include "util/result.h"
#include "zone_edit_dialog.h"

#include <QMainWindow>
#include <QPointer>

class QTimer;

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QToolButton;

namespace engdrift {
struct AreaShape;
struct MowingAssumptions;
struct NatureResult;
}

namespace engdrift::gui {

class CareTypeChooser;
class ChartsPanel;
class DepartmentTree;
class ImportDialog;
class LegendWidget;
class ManualDialog;
class MapCanvas;
class MapTool;
class MowingAssumptionsDialog;
class MowingPanel;
class ZoneEditDialog;
class PointsTool;
class ProjectDocument;
class PropertiesPanel;
class ReportDialog;
class RectangleTool;
class SelectTool;
class StartPanel;
class TimeSlider;
class VertexTool;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    /// Shows the map as a proposal plans it and makes edits plan in it (nullopt: today's map).
    void setProposal(const std::optional<qint64> &proposalId, const QString &name = QString());
    ~MainWindow() override;

    /// Opens a project; offers unsaved edits of a crashed session back (unless `askRecovery` is false).
    bool openProject(const QString &path, bool askRecovery = true);
    bool newProject(const QString &path);
    bool saveProject();
    ProjectDocument *document() const { return m_document.get(); }
    MapCanvas *canvas() const { return m_canvas; }
    PropertiesPanel *properties() const { return m_properties; }
    DepartmentTree *departments() const { return m_tree; }
    TimeSlider *timeSlider() const { return m_timeSlider; }
    ChartsPanel *charts() const { return m_charts; }
    LegendWidget *legend() const { return m_legend; }
    /// Opens the import dialog (non-modal) and returns it.
    ImportDialog *showImportDialog();
    /// Opens the manual (Help menu, F1; non-modal) and returns it.
    ManualDialog *showManual();
    /// Opens a fresh copy of the installed sample project (sampleCopyFolder(), unless set here).
    bool openSampleProject();
    void setSampleCopyFolder(const QString &folder) { m_sampleCopyFolder = folder; }
    StartPanel *startPanel() const { return m_startPanel; }
    /// Writes the map as it is shown to a file (PNG, JPEG, PDF or SVG by its extension; a name
    /// without one gets defaultSuffix), on a background thread; mapExported tells when it is done.
    /// False (with the reason reported) when the name is not one Engdrift can write.
    bool exportMap(const QString &path, const QString &defaultSuffix = QStringLiteral("png"));
    /// Writes what the map shows (its date, the proposal of the proposal view, unsaved edits) of the
    /// departments `filter` lets through to a file for other GIS (.gpkg, .shp, .geojson; see
    /// io/vector_export.h), on a background thread with progress and cancel; gisDataExported tells
    /// when it is done. `overwrite`: replace files of the same names. False (with the reason
    /// reported) when the name is not one Engdrift can write.
    bool exportGisData(const QString &path, const MapFilter &filter = {}, bool overwrite = false);
    /// Writes the vote sheet of the chosen department as the map shows it (its date, the proposal
    /// of the proposal view, unsaved edits) to `path` (.pdf, .png, .svg; A4 when the name ends in
    /// -a4); false with the error reported when it cannot.
    bool writeVoteSheet(const QString &path, std::optional<LayoutRequest> request = std::nullopt);
    /// File → Adoption report…: the dialog (window-modal); when accepted it writes the report.
    ReportDialog *showReportDialog();
    /// Writes the adoption report of the saved project to `path` (.pdf with the charts, .csv or
    /// .xlsx by its name) in the background with progress and cancel; reportWritten tells when it
    /// is done. False (with the reason reported) when the name is not one Engdrift can write.
    bool writeAdoptionReport(const QString &path, const ReportQuery &query);
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /// Mowing > Mowing plan…: the panel of the chosen department, with its zones on the map.
    void showMowingPlan();
    MowingPanel *mowingPanel() const;
    QDockWidget *mowingDock() const;
    /// Mowing > Show mowing zones.
    void setMowingZonesShown(bool shown);
    /// Mowing > Assumptions…: the dialog (window-modal); when accepted the assumptions are saved.
    MowingAssumptionsDialog *showMowingAssumptions();
    /// Stores the assumptions in the project (one transaction) and gathers the plan again.
    bool saveMowingAssumptions(const MowingAssumptions &assumptions);
    /// The mowing plan's zone table menu: the dialog for a change to zone `number` (none for
    /// clearing a season's change, which is applied at once).
    ZoneEditDialog *showZoneEdit(ZoneEdit::Kind kind, int number);
    /// Writes a change to a zone (refused while there are unsaved edits); the plan refreshes.
    bool applyZoneEdit(const ZoneEdit &edit);
    /// Writes a department's zones as the map shows them (.csv, .gpkg, .geojson) in the background
    /// with progress; mowingZonesExported tells when it is done.
    bool exportMowingZones(const QString &path, const DepartmentKey &department, int season);

    /// The tools, for tests and scripting.
    enum class Tool { Select, BoxSelect, PolygonSelect, ZoomBox, Draw, Split, Vertices, Path };
    void setTool(Tool tool);
    PointsTool *drawTool() const { return m_drawTool.get(); }
    PointsTool *polygonTool() const { return m_polygonTool.get(); }
    PointsTool *splitTool() const { return m_splitTool.get(); }
    PointsTool *pathTool() const { return m_pathTool.get(); }
    VertexTool *vertexTool() const { return m_vertexTool.get(); }

    /// Edits from the UI (also used by tests): each reports its error in a message box unless
    /// `quiet`, and returns whether it worked.
    bool retagSelection(const QString &careType, const QDate &from);
    bool mergeSelection(const QDate &from);
    bool retireSelection(const QDate &from);
    bool splitSelection(const QList<QPointF> &line, const QDate &from);
    bool addAreaFromRing(const QList<QPointF> &ring, const QDate &from);
    bool reshapeArea(qint64 areaId, const QList<QList<QPointF>> &rings, const QDate &from);
    /// A mown path (or safety edge) along the line, as wide and of the kind chosen in the tool bar.
    bool addPathFromLine(const QList<QPointF> &line, const QDate &from);
    /// Ends a mown path on the date (in the proposal view: drops it from the proposal).
    bool endPath(qint64 pathId, const QDate &from);
    void setPathWidth(double metres);
    void setPathKind(PathKind kind);
    void setQuiet(bool quiet) { m_quiet = quiet; }
    QString lastError() const { return m_lastError; }
    /// What the libraries said about the last error (shown below its sentence); may be empty.
    QString lastErrorDetail() const { return m_lastErrorDetail; }

    void zoomToDepartment(const DepartmentKey &key);
    void zoomToSelection();
    void zoomToAll();
    /// Centres the map on an area (and zooms out to show it whole when it does not fit the view).
    void showArea(qint64 areaId);

    /// View > Nature value: the map coloured by units per ha with the networks, isolated patches,
    /// links and suggested lawns (main_window_nature.cpp).
    void setNatureViewShown(bool shown);
    bool natureViewShown() const;
    /// The figures the nature value view shows now (nullptr: off, or not computed yet).
    std::shared_ptr<const NatureResult> natureView() const;

    /// Selects the areas of a care type at the map date: in the department chosen in the tree, or
    /// in the map view when none is chosen. Selecting is not an edit (nothing to undo). Returns
    /// how many are selected now.
    int selectByCareType(const QString &careType, bool addToSelection = false);
    /// Opens the chooser of Edit > Select by care type (window-modal) and returns it.
    CareTypeChooser *showCareTypeChooser();

signals:
    /// An export started by exportMap() ended: the file is whole (ok) or was not written.
    void mapExported(const QString &path, bool ok);
    /// An export started by exportGisData() ended: its files are whole (ok) or none was written.
    void gisDataExported(const QString &path, bool ok);
    /// A report started by writeAdoptionReport() ended: the file is whole (ok) or was not written.
    void reportWritten(const QString &path, bool ok);
    /// An export started by exportMowingZones() ended.
    void mowingZonesExported(const QString &path, bool ok);
    /// The nature value view's figures were computed (ok) or could not be (the reason is shown).
    void natureViewUpdated(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    /// main_window_mowing.cpp: the Mowing menu and the mowing plan's panel.
    void createMowing();
    void retranslateMowing();
    void setMowingDocument(ProjectDocument *document);
    void updateMowingActive();
    void exportMowingZonesFile();
    /// main_window_nature.cpp: the nature value view.
    void createNature();
    void retranslateNature();
    /// Computes the view's figures again in the background (the date, the department or the
    /// proposal changed, or the project was saved).
    void updateNature();
    void showUnitsFormula(const QSet<qint64> &ids);
    /// Object names for the actions and menus the manual names.
    void nameActions();
    void retranslate();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    bool maybeSave();
    /// Asks what to keep of an area someone else changed (ConflictDialog); nothing: decide later.
    std::optional<ConflictChoice> askConflict(const AreaConflict &conflict, int index, int count);
    std::optional<ConflictChoice> askConflict(const PathConflict &conflict, int index, int count);
    /// Asks the name the user's edits are recorded with (setting editor/name).
    void askEditorName();
    void updateTitle();
    void updateUndoTexts();
    /// The path tool's button says the kind and width it draws.
    void updatePathOptions();
    PathKind pathKind() const;
    void loadPanels();
    /// The start panel says what to do first while there is no project or it has no areas.
    void updateStartPanel();
    /// The time slider runs from the project's first date to its last (or today) and on into the
    /// years a plan may need; gathered in the background, with the unsaved edits' dates.
    void updateDateRange();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void reportError(const QString &message);
    void reportError(const Error &error);
    /// The end of a long task in the background (an export, a report): its message in the status
    /// bar and, unless quiet, in a box titled `title`.
    void reportTaskDone(const QString &title, const QString &message);
    /// Its failure: a cancel is said in the status bar (`cancelledText`), an error is reported.
    void reportTaskFailure(bool cancelled, const QString &cancelledText, const Error &error);
    bool performEdit(const QString &what, const std::function<bool()> &edit);
    void exportMapImage();
    /// main_window_export.cpp: asks what to export (when a department is chosen) and where.
    void exportGisDataFile();
    /// main_window_print.cpp: the vote sheet to a file or the printer, the atlas to a PDF.
    void exportVoteSheet();
    void printVoteSheet();
    void exportAtlasFile();
    std::optional<LayoutRequest> voteSheetRequest();
    void setBackground(const QString &source);
    void showAdoptionRecord();
    /// The department dialogs (Department menu and the tree's context menu).
    void showDepartmentDialog(bool newDepartment);
    void showStartDateDialog();
    void deleteChosenDepartment();
    void showProposals();
    void showPathMenu(const QPointF &pixel);
    QList<qint64> chartedAreas() const;
    /// The areas select by care type chooses from, and where they are ("in department …").
    QList<AreaShape> selectableAreas(QString *where = nullptr) const;
    std::optional<DepartmentKey> chosenDepartment();
    std::optional<DepartmentKey> departmentForNewArea(const QList<QPointF> &ring) const;

    std::unique_ptr<ProjectDocument> m_document;
    MapCanvas *m_canvas = nullptr;
    StartPanel *m_startPanel = nullptr;
    std::optional<bool> m_projectHasData; ///< areas or paths, saved or not (unknown until counted)
    QString m_sampleCopyFolder;
    TimeSlider *m_timeSlider = nullptr;
    DepartmentTree *m_tree = nullptr;
    LegendWidget *m_legend = nullptr;
    PropertiesPanel *m_properties = nullptr;
    ChartsPanel *m_charts = nullptr;
    QDockWidget *m_bottomDock = nullptr;
    QTimer *m_chartsTimer = nullptr;
    QTimer *m_panelsTimer = nullptr;
    bool m_panelsPending = false; ///< the tree and legend wait for the first map
    quint64 m_dateRangeGeneration = 0;
    QLabel *m_coordinates = nullptr;
    QLabel *m_scale = nullptr;
    QLabel *m_busy = nullptr;
    QPointer<ImportDialog> m_importDialog;
    QPointer<ManualDialog> m_manual;

    std::unique_ptr<SelectTool> m_selectTool;
    std::unique_ptr<RectangleTool> m_boxTool;
    std::unique_ptr<PointsTool> m_polygonTool;
    std::unique_ptr<RectangleTool> m_zoomTool;
    std::unique_ptr<PointsTool> m_drawTool;
    std::unique_ptr<PointsTool> m_splitTool;
    std::unique_ptr<VertexTool> m_vertexTool;
    std::unique_ptr<PointsTool> m_pathTool;
    QDoubleSpinBox *m_pathWidth = nullptr;
    QActionGroup *m_pathKinds = nullptr; ///< a path through grass or a safety edge
    QLabel *m_pathWidthLabel = nullptr;
    QToolButton *m_pathOptionsButton = nullptr; ///< the kind and width, one button with a menu
    QAction *m_pathOptions = nullptr;           ///< the button in the tool bar

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QDockWidget *m_leftDock = nullptr;
    QDockWidget *m_rightDock = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_editorNameAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_voteSheetAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_atlasAction = nullptr;
    QAction *m_gisExportAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_retireAction = nullptr;
    QAction *m_selectByCareAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomAllAction = nullptr;
    QAction *m_zoomDeptAction = nullptr;
    QAction *m_zoomSelectionAction = nullptr;
    QAction *m_danishAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_manualAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_adoptionAction = nullptr;
    QAction *m_proposalsAction = nullptr;
    QAction *m_proposalViewAction = nullptr;
    QAction *m_newDepartmentAction = nullptr;
    QAction *m_editDepartmentAction = nullptr;
    QAction *m_correctStartAction = nullptr;
    QAction *m_deleteDepartmentAction = nullptr;
    QMenu *m_departmentMenu = nullptr;
    QMenu *m_mowingMenu = nullptr;
    QDockWidget *m_mowingDock = nullptr;
    MowingPanel *m_mowing = nullptr;
    QAction *m_showZonesAction = nullptr;
    QAction *m_mowingPlanAction = nullptr;
    QAction *m_mowingAssumptionsAction = nullptr;
    QAction *m_exportZonesAction = nullptr;
    QAction *m_natureViewAction = nullptr;
    QTimer *m_natureTimer = nullptr;
    quint64 m_natureGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_natureCancel;
    QLabel *m_proposalLabel = nullptr;
    std::optional<qint64> m_activeProposal;
    QString m_activeProposalName;
    QAction *m_backgroundFileAction = nullptr;
    QAction *m_backgroundSourceAction = nullptr;
    QAction *m_noBackgroundAction = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QHash<Tool, QAction *> m_toolActions;

    QString m_language = QStringLiteral("da");
    bool m_quiet = false;
    QString m_lastError;
    QString m_lastErrorDetail;
};

} // namespace engdrift::gui
