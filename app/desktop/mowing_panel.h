#pragma once
// MowingPanel: the mowing plan of one department (Mowing > Mowing plan…): its numbered zones in
// a table (number, name, regime, cuts a year, months, cut height, clippings, equipment, m², hours
// a year; sortable; choosing a row shows the zone on the map), the season calendar as a chart and
// as a table of weeks, its warnings in plain words, and the workload (hours, fuel, CO2, cost,
// today against the baselines) as estimates with the assumptions they come from beside them.
//
// The zones are those of the map as the canvas shows it: its date, its unsaved edits and the
// proposal of the proposal view (ProjectDocument::mapContent). refresh() gathers them on a thread
// of the background pool with a store of its own; the GUI never waits. The season is a year of
// its own (a spin box), at first the year of the map's date.

#include "analysis/mowing_calendar.h"
#include "analysis/mowing_workload.h"
#include "model/department.h"
#include "util/result.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace engdrift::gui {

class ProjectDocument;

/// What the panel shows, gathered in the background.
struct MowingViewData
{
    DepartmentKey department;
    QString departmentName;
    QDate at;
    int season = 0;
    std::shared_ptr<const MowingZones> zones;
    QList<WorkloadFigures> zoneFigures; ///< one per zone
    MowingCalendar calendar;
    DepartmentWorkload workload;        ///< the department's figures with the baselines
    QList<AssumptionRow> assumptions;
};

/// Gathers the panel's data on the calling thread (with a store of that thread).
Result<MowingViewData> gatherMowingView(const ProjectStore &store, const DepartmentKey &department, const QDate &at,
                                        int season, const MapContent &content, const QString &language);

class MowingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MowingPanel(QWidget *parent = nullptr);
    ~MowingPanel() override;

    /// The project (nullptr: none); fills the list of departments.
    void setDocument(ProjectDocument *document);
    /// The department shown (the one chosen in the department tree).
    void setDepartment(const std::optional<DepartmentKey> &department);
    std::optional<DepartmentKey> department() const { return m_department; }
    /// The date of the map; the season follows its year until it is set.
    void setDate(const QDate &date);
    int season() const;
    void setSeason(int season);
    void setLanguage(const QString &language);
    /// Gathers again (a moment later; several calls make one gathering).
    void refresh();
    /// Whether it gathers at all: while neither the panel nor the zones on the map are shown, no.
    void setActive(bool active);

    bool isBusy() const { return m_busy; }
    /// The data shown (empty zones before the first gathering or after a failed one).
    const MowingViewData &data() const { return m_data; }
    std::shared_ptr<const MowingZones> zones() const { return m_data.zones; }
    QTableWidget *zoneTable() const { return m_zoneTable; }
    QTableWidget *weekTable() const { return m_weekTable; }
    QWidget *calendarChart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The warnings as listed, in plain words.
    QStringList warnings() const;
    /// The workload and its assumptions as shown (HTML).
    QString workloadHtml() const;
    QString statusText() const;
    /// Chooses a zone's row (and shows the zone on the map).
    void selectZone(int number);

signals:
    /// New zones (or none) for the map.
    void zonesChanged(std::shared_ptr<const engdrift::MowingZones> zones);
    /// The zones chosen in the table.
    void zonesHighlighted(const QSet<int> &numbers);
    /// A zone's row was double-clicked: show it (its bounds in the project CRS).
    void zoneActivated(const QRectF &bounds);
    /// The user chose another department in the panel's list.
    void departmentChosen(const engdrift::DepartmentKey &key);
    void assumptionsRequested();
    /// The zone table's menu: change zone `number` (kind: ZoneEdit::Kind as a number).
    void zoneEditRequested(int kind, int number);
    void exportRequested();
    /// The data of the last gathering is shown (or its error).
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void gather();
    void showData(const MowingViewData &data);
    void showCalendar();
    void setStatus(const QString &text);
    void fillDepartments();
    // mowing_tables.cpp: the tables and texts.
    void fillZoneTable();
    void fillWeekTable();
    void fillWarnings();
    void fillWorkload();
    void fillLegend();

    QPointer<ProjectDocument> m_document;
    std::optional<DepartmentKey> m_department;
    QDate m_date;
    bool m_seasonSet = false;
    QString m_language = QStringLiteral("da");
    bool m_active = false;
    bool m_busy = false;
    quint64 m_generation = 0;
    MowingViewData m_data;

    QComboBox *m_departments = nullptr;
    QLabel *m_departmentLabel = nullptr;
    QLabel *m_seasonLabel = nullptr;
    QSpinBox *m_season = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_assumptionsButton = nullptr;
    QPushButton *m_exportButton = nullptr; ///< a menu: the calendar, the zones
    QAction *m_exportCalendar = nullptr;
    QAction *m_exportZones = nullptr;
    QWidget *m_legend = nullptr; ///< the zone classes on the map: swatch and name
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_zoneTable = nullptr;
    QScrollArea *m_chartArea = nullptr;
    QWidget *m_chart = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_warningsTitle = nullptr;
    QTableWidget *m_weekTable = nullptr;
    QTextBrowser *m_workload = nullptr;
    QTextBrowser *m_assumptions = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace engdrift::gui
