#pragma once
// DepartmentDialog: a department's name, address and number of homes; creates a new department
// or edits one (its numbers stay), and deletes an empty one. StartDateDialog: corrects the start
// date of a department's first area versions (a data-entry error, such as areas imported as from
// today), recorded as a correction. Both write through core (edit/departments.h) in one
// transaction and show a refusal in the dialog.

#include "model/department.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QComboBox;
class QSpinBox;

namespace engdrift::gui {

class DateField;
class ProjectDocument;

class DepartmentDialog : public QDialog
{
    Q_OBJECT
public:
    /// `department` unset: a new department.
    DepartmentDialog(ProjectDocument *document, const std::optional<DepartmentKey> &department, QWidget *parent = nullptr);

    /// Fills the form (for tests and scripting).
    void setForm(const DepartmentKey &key, const QString &name, const QString &address, int homes);
    /// For tests and scripting: choose the strategic significance.
    void setSignificance(StrategicSignificance significance);
    /// What Save does; false with the reason shown.
    bool save();
    /// What Delete does after asking; false with the reason shown.
    bool deleteDepartment();
    QString message() const;
    std::optional<DepartmentKey> department() const { return m_department; }

signals:
    void changed(const std::optional<engdrift::DepartmentKey> &key); ///< saved (the key) or deleted (nullopt)

private:
    ProjectDocument *m_document;
    std::optional<DepartmentKey> m_department;
    QSpinBox *m_org = nullptr;
    QSpinBox *m_dept = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_homes = nullptr;
    QComboBox *m_significance = nullptr; ///< the biodiversity metric's strategic significance
    QLabel *m_message = nullptr;
    QPushButton *m_delete = nullptr;
};

class StartDateDialog : public QDialog
{
    Q_OBJECT
public:
    StartDateDialog(ProjectDocument *document, const DepartmentKey &department, QWidget *parent = nullptr);

    void setForm(const QDate &newStart, const QString &note = {});
    /// What Correct does; false with the reason shown.
    bool apply();
    QString message() const;

signals:
    void corrected();

private:
    ProjectDocument *m_document;
    DepartmentKey m_department;
    QLabel *m_current = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace engdrift::gui
