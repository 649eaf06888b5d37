#include "report_dialog.h"

#include "date_field.h"
#include "report/report_tables.h"
#include "util/dates.h"
#include "widget_colours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace engdrift::gui {

ReportDialog::ReportDialog(const QList<Organisation> &organisations, const QDate &to, const QString &folder,
                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Adoption report"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each department's adoption status and decision at the end of the period, its "
                                "nature-friendly share and the change since the start, with totals per "
                                "organisation. A PDF to print has the charts; CSV and XLSX hold the figures."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("reportOrganisation"));
    m_organisation->addItem(tr("All organisations"));
    for (const Organisation &o : organisations) {
        const QString name = o.name.isEmpty() ? tr("Organisation %1").arg(o.orgNo) : QStringLiteral("%1 %2").arg(o.orgNo).arg(o.name);
        m_organisation->addItem(name, o.orgNo);
    }
    form->addRow(tr("Organisation"), m_organisation);
    m_from = new DateField(to.addYears(-1), this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new DateField(to, this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(QDir(folder).filePath(tr("adoption-report.pdf")), this);
    m_file->setObjectName(QStringLiteral("reportFile"));
    m_file->setMinimumWidth(360);
    m_file->setToolTip(tr("The name says the format: .pdf, .csv or .xlsx"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &ReportDialog::chooseFile);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    form->addRow(tr("File"), fileRow);
    layout->addLayout(form);

    auto *unsavedRow = new QHBoxLayout;
    m_unsaved = new QLabel(tr("The report shows the saved project; save first to include your edits."), this);
    m_unsaved->setWordWrap(true);
    m_unsaved->setStyleSheet(textColourStyleSheet(uiColours().warningText));
    m_save = new QPushButton(tr("Save now"), this);
    m_save->setObjectName(QStringLiteral("reportSave"));
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::saveRequested);
    unsavedRow->addWidget(m_unsaved, 1);
    unsavedRow->addWidget(m_save);
    layout->addLayout(unsavedRow);
    setUnsavedEdits(false);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(textColourStyleSheet(uiColours().errorText));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->addButton(tr("Write the report"), QDialogButtonBox::AcceptRole);
    write->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ReportDialog::setUnsavedEdits(bool unsaved)
{
    m_unsaved->setVisible(unsaved);
    m_save->setVisible(unsaved);
}

ReportQuery ReportDialog::query() const
{
    ReportQuery query;
    query.from = m_from->date();
    query.to = m_to->date();
    if (const QVariant org = m_organisation->currentData(); org.isValid())
        query.organisation = org.toInt();
    return query;
}

QString ReportDialog::path() const
{
    return m_file->text().trimmed();
}

void ReportDialog::chooseFile()
{
    const QString pdf = tr("PDF documents (*.pdf)");
    const QString csv = tr("CSV tables (*.csv)");
    const QString xlsx = tr("Excel workbooks (*.xlsx)");
    const QString suffix = QFileInfo(path()).suffix().toLower();
    QString filter = suffix == QLatin1String("csv") ? csv : suffix == QLatin1String("xlsx") ? xlsx : pdf;
    QString chosen = QFileDialog::getSaveFileName(this, tr("Adoption report"), path(),
                                                  QStringList{pdf, csv, xlsx}.join(QStringLiteral(";;")), &filter);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += filter == csv ? QStringLiteral(".csv") : filter == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".pdf");
    m_file->setText(chosen);
    m_confirmed = chosen;
}

void ReportDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ReportDialog::accept()
{
    if (!m_from->checkDate()) {
        showProblem(tr("From: %1").arg(m_from->errorText()));
        return;
    }
    if (!m_to->checkDate()) {
        showProblem(tr("To: %1").arg(m_to->errorText()));
        return;
    }
    if (m_from->date() > m_to->date()) {
        showProblem(tr("The period must not end before it starts: %1 is after %2.")
                        .arg(isoDate(m_from->date()), isoDate(m_to->date())));
        return;
    }
    if (path().isEmpty()) {
        showProblem(tr("Give the file to write."));
        return;
    }
    if (auto format = reportFormatOf(path()); !format.ok()) {
        showProblem(format.errorMessage());
        return;
    }
    if (QFileInfo(path()).isDir()) {
        showProblem(tr("%1 is a folder; give a file name.").arg(path()));
        return;
    }
    if (QFileInfo::exists(path()) && path() != m_confirmed &&
        QMessageBox::question(this, tr("Adoption report"), tr("%1 exists. Replace it?").arg(path()),
                              QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    showProblem(QString());
    QDialog::accept();
}

} // namespace engdrift::gui
