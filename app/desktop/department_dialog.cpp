#include "department_dialog.h"

#include "edit/condition.h"

#include "error_text.h"
#include "date_field.h"
#include "edit/departments.h"
#include "project_document.h"
#include "util/dates.h"
#include "widget_colours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLocale>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace engdrift::gui {
namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(textColourStyleSheet(uiColours().errorText));
    return label;
}

} // namespace

DepartmentDialog::DepartmentDialog(ProjectDocument *document, const std::optional<DepartmentKey> &department,
                                   QWidget *parent)
    : QDialog(parent), m_document(document), m_department(department)
{
    setWindowTitle(department ? tr("Department %1").arg(department->toString()) : tr("New department"));
    resize(520, 260);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *numbers = new QHBoxLayout;
    m_org = new QSpinBox(this);
    m_org->setRange(1, 999999);
    m_org->setPrefix(tr("org. "));
    m_dept = new QSpinBox(this);
    m_dept->setRange(0, 999);
    m_dept->setPrefix(tr("dept. "));
    numbers->addWidget(m_org);
    numbers->addWidget(m_dept);
    numbers->addStretch(1);
    form->addRow(tr("Number"), numbers);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("departmentName"));
    form->addRow(tr("Name"), m_name);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("street, postcode and town"));
    form->addRow(tr("Address"), m_address);
    m_homes = new QSpinBox(this);
    m_homes->setRange(0, 100000);
    form->addRow(tr("Homes"), m_homes);
    m_significance = new QComboBox(this);
    m_significance->setObjectName(QStringLiteral("strategicSignificance"));
    const QString significanceTip = tr("How much the department's location matters for nature, a multiplier of its "
                                       "biodiversity units: high inside a plan's green structure (e.g. the municipal "
                                       "plan), medium where nature is desirable but not planned for, else low.");
    for (StrategicSignificance s : {StrategicSignificance::Low, StrategicSignificance::Medium, StrategicSignificance::High}) {
        m_significance->addItem(tr("%1 (%2)").arg(significanceName(s), QLocale().toString(significanceScore(s), 'f', 2)),
                                significanceCode(s));
        m_significance->setItemData(m_significance->count() - 1, significanceTip, Qt::ToolTipRole);
    }
    m_significance->setToolTip(significanceTip);
    form->addRow(tr("Strategic significance"), m_significance);
    layout->addLayout(form);
    m_message = errorLabel(this);
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete department"), QDialogButtonBox::DestructiveRole);
    m_delete->setVisible(department.has_value());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, windowTitle(), tr("Delete department %1 from the project?").arg(m_department->toString())) !=
            QMessageBox::Yes)
            return;
        if (deleteDepartment())
            accept();
    });

    if (department) {
        m_org->setValue(department->orgNo);
        m_dept->setValue(department->deptNo);
        m_org->setEnabled(false); // a department is known by its numbers: they do not change
        m_dept->setEnabled(false);
        if (auto existing = document->store().department(*department); existing.ok() && existing->has_value()) {
            m_name->setText((**existing).name);
            m_address->setText((**existing).address);
            m_homes->setValue((**existing).homes);
            setSignificance((**existing).strategicSignificance);
        }
    } else if (auto all = document->store().departments(); all.ok() && !all->isEmpty()) {
        m_org->setValue(all->last().key.orgNo); // the organisation the project works with; the number is typed
    }
}

void DepartmentDialog::setForm(const DepartmentKey &key, const QString &name, const QString &address, int homes)
{
    if (!m_department) {
        m_org->setValue(key.orgNo);
        m_dept->setValue(key.deptNo);
    }
    m_name->setText(name);
    m_address->setText(address);
    m_homes->setValue(homes);
}

void DepartmentDialog::setSignificance(StrategicSignificance significance)
{
    m_significance->setCurrentIndex(m_significance->findData(significanceCode(significance)));
}

bool DepartmentDialog::save()
{
    Department d;
    d.key = m_department.value_or(DepartmentKey{m_org->value(), m_dept->value()});
    d.name = m_name->text();
    d.address = m_address->text();
    d.homes = m_homes->value();
    d.strategicSignificance = significanceFromCode(m_significance->currentData().toString()).value_or(StrategicSignificance::Low);
    if (!m_department) {
        // A new one must be new: editing goes through the department's own dialog.
        if (auto existing = m_document->store().department(d.key); existing.ok() && existing->has_value()) {
            m_message->setText(tr("Department %1 is in the project already (%2).").arg(d.key.toString(), (**existing).name));
            return false;
        }
    }
    auto saved = saveDepartmentDetails(m_document->store(), d, !m_department);
    if (!saved.ok()) {
        m_message->setText(errorText(saved.error()));
        return false;
    }
    m_message->clear();
    m_department = d.key;
    emit changed(d.key);
    return true;
}

bool DepartmentDialog::deleteDepartment()
{
    if (!m_department)
        return false;
    auto deleted = deleteEmptyDepartment(m_document->store(), *m_department);
    if (!deleted.ok()) {
        m_message->setText(errorText(deleted.error()));
        return false;
    }
    m_message->clear();
    m_department.reset();
    emit changed(std::nullopt);
    return true;
}

QString DepartmentDialog::message() const
{
    return m_message->text();
}

StartDateDialog::StartDateDialog(ProjectDocument *document, const DepartmentKey &department, QWidget *parent)
    : QDialog(parent), m_document(document), m_department(department)
{
    setWindowTitle(tr("Correct start date – %1").arg(department.toString()));
    resize(560, 260);
    auto *layout = new QVBoxLayout(this);
    m_current = new QLabel(this);
    m_current->setWordWrap(true);
    layout->addWidget(m_current);
    auto *form = new QFormLayout;
    auto first = document->store().departmentStart(department);
    const QDate start = first.ok() ? *first : QDate();
    m_date = new DateField(start.isValid() ? start : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("startDate"));
    form->addRow(tr("The areas start on"), m_date);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("why, e.g. \"imported as from the import day\""));
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    auto *explain = new QLabel(tr("This corrects a data-entry error: the department's first area versions get the new "
                                  "start date, earlier or later, as long as none of them becomes empty or overlaps a "
                                  "later version. The correction is recorded."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_message = errorLabel(this);
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *correct = buttons->addButton(tr("Correct"), QDialogButtonBox::AcceptRole);
    correct->setObjectName(QStringLiteral("correctStart"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(correct, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    m_current->setText(start.isValid() ? tr("The areas of department %1 start on %2.").arg(department.toString(), isoDate(start))
                                       : tr("Department %1 has no areas yet.").arg(department.toString()));
    correct->setEnabled(start.isValid());
}

void StartDateDialog::setForm(const QDate &newStart, const QString &note)
{
    m_date->setDate(newStart);
    m_note->setText(note);
}

bool StartDateDialog::apply()
{
    if (!m_date->checkDate()) {
        m_message->setText(m_date->errorText());
        return false;
    }
    auto moved = correctDepartmentStart(m_document->store(), m_department, m_date->date(), m_note->text());
    if (!moved.ok()) {
        m_message->setText(errorText(moved.error()));
        return false;
    }
    m_message->clear();
    m_current->setText(tr("The areas of department %1 start on %2.").arg(m_department.toString(), isoDate(moved->newStart)));
    emit corrected();
    return true;
}

QString StartDateDialog::message() const
{
    return m_message->text();
}

} // namespace engdrift::gui
