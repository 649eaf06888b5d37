// File → Adoption report…: the dialog (organisation, period, file), its refusals, the note and the
// save button for unsaved edits; the report written in the background as PDF (its charts drawn on
// the GUI thread, recorded and replayed into the pages: the same pages as drawn directly), CSV and
// XLSX; the action in the File menu and the manual.

#include "date_field.h"
#include "plot_data.h"
#include "report/adoption_report.h"
#include "report/report_pdf.h"
#include "report_charts.h"
#include "report_dialog.h"
#include "test_support.h"
#include "window_fixture.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>

#include <gdal_priv.h>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

const QDate kFrom(2021, 1, 1);

class ReportDialogs : public test::SampleWindow
{
protected:
    ReportQuery period(const std::optional<int> &organisation = std::nullopt) const
    {
        ReportQuery query;
        query.from = kFrom;
        query.to = kDate;
        query.organisation = organisation;
        return query;
    }

    /// Writes through the window and waits until it says it is done; returns whether it wrote.
    bool write(const QString &name, const ReportQuery &query)
    {
        QSignalSpy done(window.get(), &MainWindow::reportWritten);
        if (!window->writeAdoptionReport(dir.filePath(name), query))
            return false;
        EXPECT_TRUE(done.wait(60000));
        return !done.isEmpty() && done.first().at(1).toBool();
    }

    /// Page `page` of a PDF as a picture (pdftoppm, 50 dpi).
    QImage pageOf(const QString &pdf, int page)
    {
        const QString prefix = dir.filePath(QFileInfo(pdf).completeBaseName() + QStringLiteral("-page"));
        bool ok = false;
        test::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
                                                    QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                    QString::number(page), QStringLiteral("-singlefile"), pdf, prefix},
                      &ok);
        EXPECT_TRUE(ok) << pdf.toStdString();
        return QImage(prefix + QStringLiteral(".png"));
    }

    static int pageCount(const QString &pdf)
    {
        bool ok = false;
        const QString info = test::runTool(QStringLiteral("pdfinfo"), {pdf}, &ok);
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return pages.hasMatch() ? pages.captured(1).toInt() : 0;
    }
};

} // namespace

TEST_F(ReportDialogs, ThePdfHasTheChartsAsTheyAreDrawnDirectly)
{
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(write(QStringLiteral("report.pdf"), period())) << window->lastError().toStdString();
    bool ok = false;
    const QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &ok);
    ASSERT_TRUE(ok);
    for (const QString &expected : {QStringLiteral("Adoption report"), QStringLiteral("Departments that have adopted"),
                                    QStringLiteral("Area by care type"), QStringLiteral("Stationsparken")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << " is missing";
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("3 departments")))
        << window->statusBar()->currentMessage().toStdString();

    // The same report drawn here, the charts live: the same pages.
    auto report = gatherAdoptionReport(window->document()->store(), [&] {
        ReportQuery query = period();
        query.chartDates = *plots::plotDates(window->document()->store(), std::nullopt, kFrom, kDate);
        return query;
    }());
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    const QString direct = dir.filePath(QStringLiteral("direct.pdf"));
    const plots::PlotReportCharts charts;
    ReportPdfOptions options;
    options.charts = &charts;
    auto pages = writeReportPdf(window->document()->store(), *report, direct, options);
    ASSERT_TRUE(pages.ok()) << pages.errorMessage().toStdString();
    ASSERT_EQ(pageCount(pdf), *pages);
    const QImage written = pageOf(pdf, 1);
    const QImage drawn = pageOf(direct, 1);
    ASSERT_FALSE(written.isNull());
    // Text may sit a fraction of a pixel apart; a chart missing or misplaced is far more.
    EXPECT_LT(test::differingShare(written, drawn, 32), 0.006) << "the recorded charts differ from the live ones";
    const QString bare = dir.filePath(QStringLiteral("bare.pdf"));
    ASSERT_TRUE(writeReportPdf(window->document()->store(), *report, bare).ok());
    EXPECT_GT(test::differingShare(pageOf(bare, 1), drawn, 32), 0.02) << "without its charts, the page is another";
}

TEST_F(ReportDialogs, CsvAndXlsxHoldTheFiguresOfOneOrganisation)
{
    ASSERT_TRUE(write(QStringLiteral("report.csv"), period(123))) << window->lastError().toStdString();
    QFile csv(dir.filePath(QStringLiteral("report.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(table.startsWith(QStringLiteral("row,org_no,organisation,dept_no,department,"))) << table.toStdString();
    EXPECT_EQ(table.count(QStringLiteral("\ndepartment,123,")), 3) << table.toStdString();

    ASSERT_TRUE(write(QStringLiteral("report.xlsx"), period())) << window->lastError().toStdString();
    GDALAllRegister();
    GDALDatasetUniquePtr workbook(GDALDataset::Open(dir.filePath(QStringLiteral("report.xlsx")).toUtf8().constData(),
                                                    GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(workbook);
    EXPECT_EQ(workbook->GetLayerCount(), 5); // Departments, Organisations, Care types, Nature, About
    EXPECT_TRUE(workbook->GetLayerByName("Nature"));

    // A name of another kind: refused, the formats named, nothing written.
    EXPECT_FALSE(window->writeAdoptionReport(dir.filePath(QStringLiteral("report.docx")), period()));
    EXPECT_TRUE(window->lastError().contains(QStringLiteral(".pdf, .csv or .xlsx"))) << window->lastError().toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("report.docx"))));
}

TEST_F(ReportDialogs, TheDialogChecksWhatItIsGivenAndWritesTheReport)
{
    ReportDialog *dialog = window->showReportDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->toField()->date(), kDate); // the map's date
    EXPECT_EQ(dialog->fromField()->date(), kDate.addYears(-1));
    EXPECT_FALSE(dialog->saveButton()->isVisibleTo(dialog)) << "nothing unsaved";
    ASSERT_EQ(dialog->organisationBox()->count(), 2);
    EXPECT_EQ(dialog->organisationBox()->itemText(1), QStringLiteral("123 Boligselskabet Hedehusene"));
    test::grabForReview(dialog, QStringLiteral("report-dialog"));

    // A period that ends before it starts, and a name of another kind: said, the dialog stays.
    dialog->fromField()->setDate(QDate(2026, 7, 1));
    dialog->fileEdit()->setText(dir.filePath(QStringLiteral("r.pdf")));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->problemLabel()->text().contains(QStringLiteral("2026-07-01 is after 2026-06-01")))
        << dialog->problemLabel()->text().toStdString();
    dialog->fromField()->setDate(kFrom);
    dialog->fileEdit()->setText(dir.filePath(QStringLiteral("r.docx")));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->problemLabel()->text().contains(QStringLiteral(".pdf, .csv or .xlsx")))
        << dialog->problemLabel()->text().toStdString();

    // One organisation, as CSV.
    QSignalSpy done(window.get(), &MainWindow::reportWritten);
    dialog->organisationBox()->setCurrentIndex(1);
    dialog->fileEdit()->setText(dir.filePath(QStringLiteral("r.csv")));
    dialog->accept();
    ASSERT_TRUE(done.wait(60000));
    EXPECT_TRUE(done.first().at(1).toBool()) << window->lastError().toStdString();
    EXPECT_EQ(done.first().at(0).toString(), dir.filePath(QStringLiteral("r.csv")));
    QFile csv(dir.filePath(QStringLiteral("r.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("organisation,123,Boligselskabet Hedehusene,"));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("r.pdf"))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("r.docx"))));
}

TEST_F(ReportDialogs, UnsavedEditsAreSaidAndCanBeSavedFirst)
{
    auto areas = window->document()->session().areasAt(kDate, std::nullopt, DepartmentKey{123, 1});
    ASSERT_TRUE(areas.ok() && !areas->isEmpty());
    window->canvas()->setSelection({areas->first().version.areaId});
    ASSERT_TRUE(window->retagSelection(QStringLiteral("blomstereng"), kDate)) << window->lastError().toStdString();
    ASSERT_TRUE(window->document()->isModified());
    ReportDialog *dialog = window->showReportDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->saveButton()->isVisibleTo(dialog));
    test::grabForReview(dialog, QStringLiteral("report-dialog-unsaved"));
    dialog->saveButton()->click();
    EXPECT_FALSE(window->document()->isModified());
    EXPECT_FALSE(dialog->saveButton()->isVisibleTo(dialog));
    dialog->reject();
}

TEST_F(ReportDialogs, TheActionIsInTheFileMenuAndTheManual)
{
    test::expectInFileMenuAndManual(*window, QStringLiteral("adoptionReport"), QStringLiteral("Adoption report"),
                                    QStringLiteral("Vedtagelsesrapport"));
}
