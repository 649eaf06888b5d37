#include "proposals_dialog.h"

#include "error_text.h"
#include "date_field.h"
#include "edit/proposals.h"
#include "project_document.h"
#include "util/dates.h"
#include "widget_colours.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace engdrift::gui {

ProposalsDialog::ProposalsDialog(ProjectDocument *document, const DepartmentKey &department, QWidget *parent)
    : QDialog(parent), m_document(document), m_department(department)
{
    setWindowTitle(tr("Proposals – department %1").arg(department.toString()));
    resize(680, 420);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Proposal"), tr("Status"), tr("Made"), tr("Converted")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *row = new QHBoxLayout;
    auto *create = new QPushButton(tr("New…"), this);
    auto *show = new QPushButton(tr("Show and edit on the map"), this);
    auto *adopted = new QPushButton(tr("Adopted"), this);
    auto *rejected = new QPushButton(tr("Rejected"), this);
    auto *carry = new QPushButton(tr("Carry out…"), this);
    carry->setObjectName(QStringLiteral("carryOut"));
    for (QPushButton *b : {create, show, adopted, rejected, carry})
        row->addWidget(b);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *today = buttons->addButton(tr("Back to today's map"), QDialogButtonBox::ResetRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(today, &QPushButton::clicked, this, [this] { emit showProposal(std::nullopt, QString()); });
    connect(create, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New proposal"), tr("Name of the proposal:"), QLineEdit::Normal,
                                                   tr("Nature-friendly outdoor areas %1").arg(QDate::currentDate().year()), &ok);
        if (!ok)
            return;
        auto created = createProposal(m_document->store(), m_department, name, QDate::currentDate());
        if (!created.ok()) {
            m_message->setText(errorText(created.error()));
            return;
        }
        reload();
        emit showProposal(created->id, created->name);
    });
    connect(show, &QPushButton::clicked, this, [this] {
        if (auto id = currentProposal())
            emit showProposal(*id, m_table->item(m_table->currentRow(), 0)->text());
    });
    connect(adopted, &QPushButton::clicked, this, [this] { setStatus(ProposalStatus::Adopted); });
    connect(rejected, &QPushButton::clicked, this, [this] { setStatus(ProposalStatus::Rejected); });
    connect(carry, &QPushButton::clicked, this, &ProposalsDialog::carryOut);
    reload();
}

std::optional<qint64> ProposalsDialog::currentProposal() const
{
    const int row = m_table->currentRow();
    if (row < 0)
        return std::nullopt;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void ProposalsDialog::reload()
{
    auto proposals = m_document->store().proposals(m_department);
    m_table->setRowCount(0);
    if (!proposals.ok()) {
        m_message->setText(errorText(proposals.error()));
        return;
    }
    m_table->setRowCount(static_cast<int>(proposals->size()));
    for (int r = 0; r < proposals->size(); ++r) {
        const Proposal &p = proposals->at(r);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.id);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(proposalStatusName(p.status)));
        m_table->setItem(r, 2, new QTableWidgetItem(isoDate(p.created)));
        m_table->setItem(r, 3, new QTableWidgetItem(isoDate(p.conversionDate)));
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(m_table->rowCount() - 1);
    m_message->setText(proposals->isEmpty() ? tr("No proposals yet. \"New…\" drafts one beside the current map.") : QString());
}

void ProposalsDialog::setStatus(ProposalStatus status)
{
    const auto id = currentProposal();
    if (!id)
        return;
    if (auto done = setProposalStatus(m_document->store(), *id, status); !done.ok()) {
        m_message->setText(errorText(done.error()));
        return;
    }
    m_message->setText(tr("Record the meeting and its votes in the adoption record too (Department menu)."));
    reload();
}

void ProposalsDialog::carryOut()
{
    const auto id = currentProposal();
    if (!id)
        return;
    if (m_document->isModified()) {
        m_message->setText(tr("Save your edits before a proposal is carried out."));
        return;
    }
    QDialog ask(this);
    ask.setWindowTitle(tr("Carry out the proposal"));
    auto *layout = new QVBoxLayout(&ask);
    layout->addWidget(new QLabel(tr("From which date does the proposal become the current state?"), &ask));
    auto *date = new DateField(QDate::currentDate(), &ask);
    date->setObjectName(QStringLiteral("conversionDate"));
    layout->addWidget(date);
    auto *problem = new QLabel(&ask);
    problem->setWordWrap(true);
    problem->setStyleSheet(textColourStyleSheet(uiColours().errorText));
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, [&ask, date, problem] {
        if (date->checkDate())
            ask.accept();
        else
            problem->setText(date->errorText());
    });
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    auto report = implementProposal(m_document->store(), *id, date->date());
    if (!report.ok()) {
        m_message->setText(errorText(report.error()));
        return;
    }
    m_message->setText(tr("Carried out from %1: %2 areas got their planned care type, %3 new areas, %4 mown paths.")
                           .arg(isoDate(date->date()))
                           .arg(report->retagged)
                           .arg(report->added)
                           .arg(report->paths));
    reload();
    emit showProposal(std::nullopt, QString());
    emit changed();
}

} // namespace engdrift::gui
