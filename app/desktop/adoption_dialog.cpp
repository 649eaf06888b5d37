#include "adoption_dialog.h"

#include "error_text.h"
#include "analysis/adoption.h"
#include "date_field.h"
#include "project_document.h"
#include "util/dates.h"
#include "widget_colours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace engdrift::gui {

AdoptionDialog::AdoptionDialog(ProjectDocument *document, const DepartmentKey &department, QWidget *parent)
    : QDialog(parent), m_document(document), m_department(department)
{
    QString name = department.toString();
    if (auto dept = document->store().department(department); dept.ok() && dept->has_value() && !(**dept).name.isEmpty())
        name = department.deptText() + QLatin1Char(' ') + (**dept).name;
    setWindowTitle(tr("Adoption record – %1").arg(name));
    resize(820, 620);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_status);

    m_events = new QTableWidget(this);
    m_events->setColumnCount(6);
    m_events->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Body"), tr("Votes (for / against / blank; households)"),
                                         tr("Proposal"), tr("Note")});
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->verticalHeader()->hide();
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_events, 1);
    m_delete = new QPushButton(tr("Delete the chosen event"), this);
    layout->addWidget(m_delete, 0, Qt::AlignRight);

    auto *formBox = new QGroupBox(tr("New event"), this);
    auto *form = new QFormLayout(formBox);
    m_kind = new QComboBox(formBox);
    m_kind->setObjectName(QStringLiteral("eventKind"));
    for (AdoptionEventKind k : {AdoptionEventKind::Proposed, AdoptionEventKind::Analysis, AdoptionEventKind::Meeting,
                                AdoptionEventKind::Adopted, AdoptionEventKind::Rejected, AdoptionEventKind::Postponed,
                                AdoptionEventKind::Implemented, AdoptionEventKind::Withdrawn})
        m_kind->addItem(kindName(k), static_cast<int>(k));
    m_date = new DateField(QDate::currentDate(), formBox);
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_body = new QComboBox(formBox);
    for (MeetingBody b : {MeetingBody::DepartmentMeeting, MeetingBody::ExtraordinaryMeeting, MeetingBody::BoardDecision})
        m_body->addItem(bodyName(b), static_cast<int>(b));
    auto *votes = new QHBoxLayout;
    auto spin = [formBox](const QString &prefix) {
        auto *s = new QSpinBox(formBox);
        s->setRange(0, 100000);
        s->setPrefix(prefix);
        return s;
    };
    m_for = spin(tr("for "));
    m_against = spin(tr("against "));
    m_blank = spin(tr("blank "));
    m_households = spin(tr("households "));
    for (QSpinBox *s : {m_for, m_against, m_blank, m_households})
        votes->addWidget(s);
    m_note = new QLineEdit(formBox);
    m_minutes = new QLineEdit(formBox);
    m_minutes->setPlaceholderText(tr("a link or a file name"));
    m_proposal = new QComboBox(formBox);
    m_proposal->setObjectName(QStringLiteral("eventProposal"));
    m_proposal->setToolTip(tr("The proposal the meeting decided on; its status follows the decision"));
    form->addRow(tr("Event"), m_kind);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Body"), m_body);
    form->addRow(tr("Votes"), votes);
    form->addRow(tr("Proposal"), m_proposal);
    form->addRow(tr("Minutes"), m_minutes);
    form->addRow(tr("Note"), m_note);
    layout->addWidget(formBox);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(textColourStyleSheet(uiColours().errorText));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *record = buttons->addButton(tr("Record"), QDialogButtonBox::ActionRole);
    record->setObjectName(QStringLiteral("recordEvent"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(record, &QPushButton::clicked, this, [this] { recordFromForm(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateVoteFields(); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int row = m_events->currentRow();
        if (row < 0)
            return;
        const qint64 id = m_events->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (QMessageBox::question(this, windowTitle(), tr("Delete this event from the record?")) != QMessageBox::Yes)
            return;
        deleteEvent(id);
    });
    updateVoteFields();
    reloadProposals();
    reload();
}

void AdoptionDialog::reloadProposals()
{
    const QVariant chosen = m_proposal->currentData();
    m_proposal->clear();
    m_proposalNames.clear();
    m_proposal->addItem(tr("(none on record)"), QVariant());
    auto proposals = m_document->store().proposals(m_department);
    if (!proposals.ok()) {
        m_message->setText(errorText(proposals.error()));
        return;
    }
    for (const Proposal &p : *proposals) {
        m_proposal->addItem(tr("%1 (%2, %3)").arg(p.name, isoDate(p.created), proposalStatusName(p.status)),
                            QVariant::fromValue<qint64>(p.id));
        m_proposalNames.insert(p.id, p.name);
    }
    const int index = chosen.isValid() ? m_proposal->findData(chosen) : 0;
    m_proposal->setCurrentIndex(index >= 0 ? index : 0);
}

bool AdoptionDialog::setFormProposal(const std::optional<qint64> &proposalId)
{
    const int index = proposalId ? m_proposal->findData(QVariant::fromValue<qint64>(*proposalId)) : 0;
    if (index < 0)
        return false;
    m_proposal->setCurrentIndex(index);
    return true;
}

void AdoptionDialog::showOutcome(const Result<AdoptionChangeReport> &outcome)
{
    m_messageIsError = !outcome.ok();
    m_message->setStyleSheet(textColourStyleSheet(m_messageIsError ? uiColours().errorText : uiColours().warningText));
    if (!outcome.ok()) {
        m_message->setText(errorText(outcome.error()));
        return;
    }
    QStringList lines = outcome->warnings;
    if (outcome->proposalId && outcome->proposalStatus) {
        reloadProposals(); // the status shown beside the name changed
        const QString name = m_proposalNames.value(*outcome->proposalId, QString::number(*outcome->proposalId));
        lines << tr("The proposal \"%1\" is now %2.").arg(name, proposalStatusName(*outcome->proposalStatus));
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
}

bool AdoptionDialog::deleteEvent(qint64 eventId)
{
    auto removed = removeAdoptionEvent(m_document->store(), m_department, eventId);
    showOutcome(removed);
    if (!removed.ok())
        return false;
    reload();
    emit recorded();
    return true;
}

void AdoptionDialog::updateVoteFields()
{
    const bool meeting = isMeetingEvent(static_cast<AdoptionEventKind>(m_kind->currentData().toInt()));
    for (QWidget *w : {static_cast<QWidget *>(m_body), static_cast<QWidget *>(m_for), static_cast<QWidget *>(m_against),
                       static_cast<QWidget *>(m_blank), static_cast<QWidget *>(m_households)})
        w->setEnabled(meeting);
}

void AdoptionDialog::setForm(AdoptionEventKind kind, const QDate &date, MeetingBody body, const std::optional<Votes> &votes,
                             const QString &note)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_date->setDate(date);
    if (body != MeetingBody::None)
        m_body->setCurrentIndex(m_body->findData(static_cast<int>(body)));
    const Votes v = votes.value_or(Votes{});
    m_for->setValue(v.votesFor);
    m_against->setValue(v.votesAgainst);
    m_blank->setValue(v.votesBlank);
    m_households->setValue(v.households);
    m_note->setText(note);
}

bool AdoptionDialog::recordFromForm()
{
    if (!m_date->checkDate()) {
        m_message->setText(m_date->errorText());
        return false;
    }
    AdoptionEvent event;
    event.department = m_department;
    event.kind = static_cast<AdoptionEventKind>(m_kind->currentData().toInt());
    event.date = m_date->date();
    if (isMeetingEvent(event.kind)) {
        event.body = static_cast<MeetingBody>(m_body->currentData().toInt());
        if (m_households->value() > 0 || m_for->value() + m_against->value() + m_blank->value() > 0)
            event.votes = Votes{m_for->value(), m_against->value(), m_blank->value(), m_households->value()};
    }
    event.note = m_note->text().trimmed();
    event.minutesRef = m_minutes->text().trimmed();
    if (m_proposal->currentData().isValid())
        event.proposalId = m_proposal->currentData().toLongLong();
    auto recorded = recordAdoptionEvent(m_document->store(), event);
    showOutcome(recorded);
    if (!recorded.ok())
        return false;
    m_note->clear();
    reload();
    emit this->recorded();
    return true;
}

QString AdoptionDialog::message() const
{
    return m_message->text();
}

int AdoptionDialog::eventCount() const
{
    return m_events->rowCount();
}

void AdoptionDialog::reload()
{
    auto events = m_document->store().adoptionEvents(m_department);
    m_events->setRowCount(0);
    if (!events.ok()) {
        m_message->setText(errorText(events.error()));
        return;
    }
    m_status->setText(describeStatus(adoptionStatusAt(*events, QDate::currentDate())));
    m_events->setRowCount(static_cast<int>(events->size()));
    for (int row = 0; row < events->size(); ++row) {
        const AdoptionEvent &e = events->at(row);
        auto *date = new QTableWidgetItem(isoDate(e.date));
        date->setData(Qt::UserRole, e.id);
        m_events->setItem(row, 0, date);
        m_events->setItem(row, 1, new QTableWidgetItem(kindName(e.kind)));
        m_events->setItem(row, 2, new QTableWidgetItem(e.body == MeetingBody::None ? QString() : bodyName(e.body)));
        m_events->setItem(row, 3,
                          new QTableWidgetItem(e.votes ? tr("%1 / %2 / %3; %4")
                                                             .arg(e.votes->votesFor)
                                                             .arg(e.votes->votesAgainst)
                                                             .arg(e.votes->votesBlank)
                                                             .arg(e.votes->households)
                                                       : QString()));
        QString proposal;
        if (e.proposalId)
            proposal = m_proposalNames.value(*e.proposalId, QString::number(*e.proposalId));
        m_events->setItem(row, 4, new QTableWidgetItem(proposal));
        m_events->setItem(row, 5, new QTableWidgetItem(e.note));
    }
}

} // namespace engdrift::gui
