// MainWindow: the nature value view. The map coloured by biodiversity units per ha, the networks of
// nature-friendly patches each in its own colour, isolated patches hatched, the links between
// patches and the suggested lawns with their rank (render/nature_painter.h); the legend lists the
// ramp and the symbols. The figures (analysis/nature.h) are computed on a background thread for the
// department chosen in the tree (with its neighbours within the link distance) or, with none
// chosen, for the whole project, at the map's date and with the proposal when the proposal view is
// on, over the map the canvas shows: the unsaved edits (the session's overlay, an immutable value
// the worker takes along to its own store) are in them, and each edit, undo or save computes them
// again.

#include "analysis/nature.h"
#include "background_task.h"
#include "department_tree.h"
#include "legend_widget.h"
#include "main_window.h"
#include "map_canvas.h"
#include "project_document.h"
#include "store/area_stream.h"
#include "store/project_store.h"
#include "time_slider.h"

#include <QAction>
#include <QCursor>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>

#include <algorithm>
#include <atomic>
#include <memory>

namespace engdrift::gui {
namespace {

/// The figures of a query with the shapes of every area read (the view fills them all, not only
/// the patches' and the suggested lawns').
Result<NatureResult> natureWithShapes(const ProjectStore &store, NatureQuery query)
{
    // The whole project: every area's shape up to this many area versions; beyond, only the
    // nature-friendly areas and the lawns are drawn (a national project's other shapes would take
    // half a gigabyte more). A department's view always reads them all.
    constexpr qint64 kAllShapesUpTo = 300000;
    if (!query.department && !query.organisation) {
        const auto stream = store.areaStream();
        query.allShapes = stream && stream->sizeHint() > 0 && stream->sizeHint() <= kAllShapesUpTo;
    }
    auto input = loadNatureInput(store, query);
    if (!input.ok())
        return input.error();
    auto result = computeNature(*input, store.catalogue(), progressAfterReading(query.progress));
    if (!result.ok())
        return result.error();
    for (const NatureArea &area : input->areas)
        if (!result->shapes.contains(area.areaId))
            result->shapes.insert(area.areaId, area.wkb);
    return result;
}

} // namespace

void MainWindow::createNature()
{
    m_natureViewAction = new QAction(this);
    m_natureViewAction->setObjectName(QStringLiteral("natureView"));
    m_natureViewAction->setCheckable(true);
    m_natureViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_viewMenu->insertAction(m_bottomDock->toggleViewAction(), m_natureViewAction);

    // One computation for a burst of changes (dragging the time slider).
    m_natureTimer = new QTimer(this);
    m_natureTimer->setSingleShot(true);
    m_natureTimer->setInterval(150);
    connect(m_natureTimer, &QTimer::timeout, this, &MainWindow::updateNature);
    connect(m_natureViewAction, &QAction::toggled, this, [this] { updateNature(); });
    connect(m_timeSlider, &TimeSlider::dateChanged, m_natureTimer, qOverload<>(&QTimer::start));
    connect(m_tree, &DepartmentTree::departmentSelected, m_natureTimer, qOverload<>(&QTimer::start));
    connect(m_proposalViewAction, &QAction::toggled, m_natureTimer, qOverload<>(&QTimer::start));
    connect(m_canvas, &MapCanvas::selectionChanged, this, &MainWindow::showUnitsFormula);
}

void MainWindow::retranslateNature()
{
    m_natureViewAction->setText(tr("&Nature value"));
    m_natureViewAction->setToolTip(tr(
        "Colour the map by biodiversity units per ha, draw the networks of nature-friendly patches each in "
        "its colour, hatch the isolated patches, draw the links and outline the lawns suggested to join "
        "networks (Ctrl+Shift+N)"));
    if (m_natureViewAction->isChecked())
        m_legend->setNature(m_canvas->nature());
}

void MainWindow::setNatureViewShown(bool shown)
{
    m_natureViewAction->setChecked(shown);
}

bool MainWindow::natureViewShown() const
{
    return m_natureViewAction->isChecked();
}

std::shared_ptr<const NatureResult> MainWindow::natureView() const
{
    return m_canvas->nature();
}

void MainWindow::updateNature()
{
    m_natureTimer->stop();
    const quint64 generation = ++m_natureGeneration;
    if (m_natureCancel)
        *m_natureCancel = true; // the running computation is of no use any more
    m_natureCancel.reset();
    if (!m_document || !m_natureViewAction->isChecked()) {
        m_canvas->setNature(nullptr);
        m_legend->setNature(nullptr);
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_natureCancel = cancel;
    NatureQuery query;
    query.at = m_canvas->date();
    query.proposalId = m_canvas->proposal();
    query.overlay = m_document->mapContent().overlay; // the unsaved edits, as the map draws them
    query.department = m_tree->currentDepartment();
    // The share done in the status bar (a national project takes seconds): a whole percent at a
    // time, and only while this computation is still the one wanted.
    QPointer<MainWindow> self(this);
    auto shownPercent = std::make_shared<std::atomic_int>(-1);
    query.progress = [cancel, self, generation, shownPercent](double fraction, qint64) {
        const int percent = fraction < 0 ? -1 : std::clamp(static_cast<int>(fraction * 100.0), 0, 100);
        if (percent >= 0 && shownPercent->exchange(percent) != percent && self) {
            QMetaObject::invokeMethod(self.data(), [self, generation, percent] {
                if (self && generation == self->m_natureGeneration)
                    self->m_busy->setText(tr("nature value… %1 %").arg(percent));
            }, Qt::QueuedConnection);
        }
        return !*cancel;
    };
    m_busy->setText(tr("nature value…"));
    runInBackground<NatureResult>(
        m_document->path(), this,
        [query](const ProjectStore &store) { return natureWithShapes(store, query); },
        [this, generation](const Result<NatureResult> &result) {
            if (generation != m_natureGeneration)
                return;
            m_natureCancel.reset();
            m_busy->setText(m_canvas->isRendering() ? tr("drawing…") : QString());
            if (!result.ok()) {
                statusBar()->showMessage(
                    tr("The nature value could not be computed: %1").arg(result.error().message), 10000);
                emit natureViewUpdated(false);
                return;
            }
            auto nature = std::make_shared<const NatureResult>(*result);
            m_canvas->setNature(nature);
            m_legend->setNature(nature);
            if (!nature->warnings.isEmpty())
                statusBar()->showMessage(nature->warnings.join(QLatin1Char(' ')), 10000);
            emit natureViewUpdated(true);
        });
}

void MainWindow::showUnitsFormula(const QSet<qint64> &ids)
{
    const auto nature = m_canvas->nature();
    if (!nature || ids.size() != 1)
        return;
    const qint64 id = *ids.cbegin();
    for (const AreaNature &area : nature->areas) {
        if (area.areaId != id)
            continue;
        const QString text = tr("Area %1: %2").arg(id).arg(unitsFormulaText(area.formula, m_language));
        statusBar()->showMessage(text, 15000);
        if (m_canvas->underMouse())
            QToolTip::showText(QCursor::pos(), text, m_canvas);
        return;
    }
}

} // namespace engdrift::gui
