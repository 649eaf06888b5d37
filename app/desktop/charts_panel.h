#pragma once
// ChartsPanel: the four charts of a project in tabs (area by care type over time, biodiversity
// units by care type over time beside it, departments adopted over time, nature-friendly share per
// department), each with buttons that export it to
// PNG, PDF or SVG. refresh() gathers the data on a thread of its own; the GUI never waits.
//
// The charts show what the map shows: the project (a worker opens its own store) with the unsaved
// edits and, in the proposal view, that proposal (ProjectDocument::mapContent). A self-contained
// widget: the main window docks it and calls refresh() when the project, its content, the
// department or the date changes.

#include "model/department.h"
#include "plots.h"
#include "util/result.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace engdrift::gui {

class ProjectDocument;

class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    /// Shows the charts of `document` (nullptr: none): the care area of the selected areas
    /// `areaIds` (if any), else of `department` (or of all); the biodiversity units by care type of
    /// `department` (or of all, the saved project); the adoption of all departments; the
    /// shares of `department` (or of all) at `date`. The time series run from the first area of the
    /// project (or department) to `date`, or to today when `date` lies before it.
    void refresh(ProjectDocument *document, std::optional<DepartmentKey> department, QDate date,
                 const QList<qint64> &areaIds = {});

    /// True while the data is being gathered.
    bool isBusy() const { return m_busy; }
    /// The chart shown in a tab, nullptr before the first refresh or after a failed one.
    QWidget *chart(plots::PlotKind kind) const;
    /// The note under a tab's chart (what its numbers count).
    QString noteText(plots::PlotKind kind) const;
    /// What the chart of a tab draws.
    const plots::PlotData &data(plots::PlotKind kind) const;
    QTabWidget *tabs() const { return m_tabs; }

    /// Writes the chart of a tab as it is shown (PNG, PDF or SVG by the extension).
    Result<void> exportChart(plots::PlotKind kind, const QString &path, const QSize &size = QSize(1200, 700)) const;

signals:
    /// The four charts show the data of the last refresh (or its error).
    void refreshed();
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Tab
    {
        QWidget *page = nullptr;
        QVBoxLayout *chartArea = nullptr;
        QWidget *chart = nullptr;
        QLabel *status = nullptr;
        QLabel *note = nullptr; ///< what the denominator is, wrapped to the panel's width
        QPushButton *png = nullptr;
        QPushButton *pdf = nullptr;
        QPushButton *svg = nullptr;
        plots::PlotData data;
        bool hasData = false;
    };
    struct Gathered;

    static int index(plots::PlotKind kind) { return static_cast<int>(kind); }
    void retranslate();
    void showCharts();
    void setStatus(const QString &text);
    void exportWithDialog(plots::PlotKind kind, const QString &suffix);
    plots::PlotOptions options() const;

    QTabWidget *m_tabs = nullptr;
    std::array<Tab, 4> m_tab;
    QPointer<ProjectDocument> m_document;
    std::optional<DepartmentKey> m_department;
    QList<qint64> m_areaIds;
    QDate m_date;
    QString m_language = QStringLiteral("da");
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace engdrift::gui
