#pragma once
// AdoptionDialog: a department's adoption record. Lists its events (proposal, analysis, meetings
// and their outcomes with the votes, conversion, withdrawal) and records new ones; every event is
// checked (dates in order, votes only at a meeting, at most two per household, not before the
// department exists) and written at once in its own transaction, or refused with the reason.

#include "model/adoption.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace engdrift::gui {

class ProjectDocument;

class AdoptionDialog : public QDialog
{
    Q_OBJECT
public:
    AdoptionDialog(ProjectDocument *document, const DepartmentKey &department, QWidget *parent = nullptr);

    /// Records the event the form describes (what the Record button does); false with the reason
    /// shown in the dialog when it is refused.
    bool recordFromForm();
    /// Fills the form (for tests and scripting).
    void setForm(AdoptionEventKind kind, const QDate &date, MeetingBody body, const std::optional<Votes> &votes,
                 const QString &note = {});
    QString message() const;
    int eventCount() const;

signals:
    void recorded();

private:
    void reload();
    void updateVoteFields();

    ProjectDocument *m_document;
    DepartmentKey m_department;
    QLabel *m_status = nullptr;
    QTableWidget *m_events = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_body = nullptr;
    QSpinBox *m_for = nullptr;
    QSpinBox *m_against = nullptr;
    QSpinBox *m_blank = nullptr;
    QSpinBox *m_households = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_minutes = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace engdrift::gui
