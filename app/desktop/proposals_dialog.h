#pragma once
// ProposalsDialog: a department's proposals. A new proposal is a draft beside the current map;
// "Show and edit" puts the map in proposal view, where setting care types and drawing areas plan
// them in the proposal; the meeting's decision marks it adopted or rejected (a rejected proposal
// stays for the record); "Carry out" makes an adopted proposal the current state from its
// conversion date.

#include "model/adoption.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace engdrift::gui {

class ProjectDocument;

class ProposalsDialog : public QDialog
{
    Q_OBJECT
public:
    ProposalsDialog(ProjectDocument *document, const DepartmentKey &department, QWidget *parent = nullptr);
    std::optional<qint64> currentProposal() const;

signals:
    /// Show the proposal on the map and plan in it (nullopt: back to today's map).
    void showProposal(std::optional<qint64> proposalId, const QString &name);
    /// The project changed (a proposal carried out).
    void changed();

private:
    void reload();
    void setStatus(ProposalStatus status);
    void carryOut();

    ProjectDocument *m_document;
    DepartmentKey m_department;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace engdrift::gui
