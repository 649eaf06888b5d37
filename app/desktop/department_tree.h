#pragma once
// DepartmentTree: organisations and their departments, each with its adoption status and its
// nature-friendly share of the green area (numerator and denominator in the tooltip), of the map as
// it is drawn (unsaved edits, proposal view).
//
// The rows are gathered on a background thread and shown through a model, so a national project
// (thousands of departments) costs the GUI thread one model reset, not one item per department.

#include "model/department.h"

#include <QDate>
#include <QTreeView>

class QTimer;

#include <optional>

namespace engdrift::gui {

class ProjectDocument;
class DepartmentModel;

class DepartmentTree : public QTreeView
{
    Q_OBJECT
public:
    explicit DepartmentTree(QWidget *parent = nullptr);
    void setDocument(ProjectDocument *document);
    void setDate(const QDate &date);
    std::optional<DepartmentKey> currentDepartment() const;
    /// Makes the department the current row; before the tree is filled, once it is.
    void selectDepartment(const DepartmentKey &key);
    void reload();
    void retranslate();
    /// True while the rows are being gathered.
    bool isBusy() const { return m_busy; }

    int organisationCount() const;
    int departmentCount(int organisationRow) const;
    /// The text shown for a department in a column (0 name, 1 status, 2 share); empty if absent.
    QString text(const DepartmentKey &key, int column) const;

signals:
    void departmentActivated(const engdrift::DepartmentKey &key); ///< double click: zoom to it
    void departmentSelected(const std::optional<engdrift::DepartmentKey> &key);
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The width a department's whole name needs (with its indentation), from the longest name.
    void measureNames();
    /// The name column shows every name whole, and takes the room the other columns leave.
    void fitNameColumn();

    DepartmentModel *m_model = nullptr;
    ProjectDocument *m_document = nullptr;
    QDate m_date = QDate::currentDate();
    quint64 m_generation = 0;
    bool m_busy = false;
    int m_nameWidth = 0; ///< measureNames()
    QTimer *m_dateTimer = nullptr;
    std::optional<DepartmentKey> m_pendingSelection; ///< asked for before the rows arrived
};

} // namespace engdrift::gui
