#pragma once
// ReportDialog: File → Adoption report…: what the adoption report covers (all organisations or
// one, the period from and to) and where it goes (a .pdf to print, or the figures as .csv or
// .xlsx, by the file name). The report reads the saved project: with unsaved edits the dialog
// says so and offers to save first.
//
// OK checks the dates, their order and the file name, and says what is wrong beside the buttons
// without closing; a file that exists is replaced only when the person agrees (the file chooser
// asks itself). The main window writes the report when the dialog is accepted.

#include "model/department.h"
#include "report/adoption_report.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace engdrift::gui {

class DateField;

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `to`: the end of the period offered (the map's date); the start is a year before it.
    /// `folder`: where the file is offered.
    ReportDialog(const QList<Organisation> &organisations, const QDate &to, const QString &folder, QWidget *parent = nullptr);

    /// Shows (or hides) the note that the report shows the saved project, with a button to save.
    void setUnsavedEdits(bool unsaved);

    /// What was asked for (valid after accept()).
    ReportQuery query() const;
    QString path() const;

    QComboBox *organisationBox() const { return m_organisation; }
    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }
    QLineEdit *fileEdit() const { return m_file; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }

    void accept() override;

signals:
    /// The person asked to save the project before the report is made.
    void saveRequested();

private:
    void chooseFile();
    void showProblem(const QString &problem);

    QComboBox *m_organisation = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_unsaved = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_problem = nullptr;
    QString m_confirmed; ///< the file the chooser has already asked about replacing
};

} // namespace engdrift::gui
