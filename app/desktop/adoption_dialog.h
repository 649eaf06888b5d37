#pragma once
// AdoptionDialog: a department's adoption record. Lists its events (proposal, analysis, meetings
// and their outcomes with the votes, conversion, withdrawal) and records new ones; every event is
// checked (dates in order, votes only at a meeting, at most two per household, not before the
// department exists, no duplicate) and written at once in its own transaction, or refused with the
// reason. An event can name the department's proposal it decides; that proposal's status follows.
// Deleting an event is checked the same way (core: changeAdoptionRecord()).

#include "analysis/adoption.h"
#include "model/adoption.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace engdrift::gui {

class DateField;
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
    /// Chooses the proposal the new event names (nullopt: none); false if it is not the department's.
    bool setFormProposal(const std::optional<qint64> &proposalId);
    /// Deletes the event (what the delete button does after asking); false with the reason shown.
    bool deleteEvent(qint64 eventId);
    /// The last refusal, or what was said about the last change (no proposal on record, ...).
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }
    int eventCount() const;

signals:
    void recorded();

private:
    void reload();
    void reloadProposals();
    void updateVoteFields();
    void showOutcome(const Result<AdoptionChangeReport> &outcome);

    ProjectDocument *m_document;
    DepartmentKey m_department;
    QLabel *m_status = nullptr;
    QTableWidget *m_events = nullptr;
    QComboBox *m_kind = nullptr;
    DateField *m_date = nullptr;
    QComboBox *m_body = nullptr;
    QSpinBox *m_for = nullptr;
    QSpinBox *m_against = nullptr;
    QSpinBox *m_blank = nullptr;
    QSpinBox *m_households = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_minutes = nullptr;
    QComboBox *m_proposal = nullptr;
    QHash<qint64, QString> m_proposalNames;
    bool m_messageIsError = false;
    QLabel *m_message = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace engdrift::gui
