// MainWindow: what the map shows. The time slider's dates, the start panel, the panels that wait
// for the first map, zooming, the proposal view and the background.

#include "main_window.h"

#include "background_task.h"
#include "department_tree.h"
#include "legend_widget.h"
#include "map_canvas.h"
#include "project_document.h"
#include "start_panel.h"
#include "time_slider.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace engdrift::gui {
namespace {

constexpr int kPlanningYears = 3; ///< how far past the last date (or today) the time slider runs

} // namespace

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

void MainWindow::loadPanels()
{
    if (!m_panelsPending)
        return;
    m_panelsPending = false;
    m_panelsTimer->stop();
    m_tree->setDocument(m_document.get());
    m_legend->setDocument(m_document.get());
}

QList<qint64> MainWindow::chartedAreas() const
{
    // The selected areas, saved or new (the charts count the unsaved edits).
    QList<qint64> ids(m_canvas->selection().cbegin(), m_canvas->selection().cend());
    std::sort(ids.begin(), ids.end());
    return ids;
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
    if (!bounds.isNull())
        m_canvas->centreOn(bounds);
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
        QSettings().setValue(QStringLiteral("background/") + displayLocation(m_document->path()), source);
}

} // namespace engdrift::gui
