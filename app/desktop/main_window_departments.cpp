// MainWindow: the Department menu. The adoption record, name and address, the start date, deleting
// an empty department, and its proposals.

#include "main_window.h"

#include "adoption_dialog.h"
#include "department_dialog.h"
#include "department_tree.h"
#include "edit/departments.h"
#include "map_canvas.h"
#include "project_document.h"
#include "proposals_dialog.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace engdrift::gui {

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

} // namespace engdrift::gui
