// MainWindow: the edits of the Edit menu, the properties panel and the drawing tools (care type,
// merge, retire, split, draw, reshape, mown paths), and selecting by care type.

#include "main_window.h"

#include "care_type_table.h"
#include "department_tree.h"
#include "edit/geometry_edits.h"
#include "map_canvas.h"
#include "map_tools.h"
#include "project_document.h"
#include "properties_panel.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>

namespace engdrift::gui {

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

} // namespace engdrift::gui
