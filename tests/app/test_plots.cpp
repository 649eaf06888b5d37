// The charts (app/plots): exports of each kind to PNG, PDF and SVG (size, not blank, the axis titles
// in the text of the file), clear errors, the hover read-out, the interactive widget offscreen, and
// the data gathered from the sample project.

#include "plot_data.h"
#include "plots.h"
#ifdef ENGDRIFT_HAVE_GUI
#include "charts_panel.h"
#include "project_document.h"
#endif
#include "store/project_store.h"
#include "util/translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace engdrift;
using namespace engdrift::plots;

namespace {

/// Four care types over five years, an adoption count and three departments' shares.
PlotData syntheticData()
{
    PlotData data;
    CareAreaSeries &care = data.careArea;
    care.dates = stepDates(QDate(2019, 1, 1), QDate(2024, 1, 1), TimeStep::Quarter);
    care.careTypes = {QStringLiteral("brugsplaene"), QStringLiteral("eng"), QStringLiteral("blomstereng"),
                      QStringLiteral("belaegning")};
    const qsizetype n = care.dates.size();
    QList<double> lawn, meadow, flowers, paved;
    for (qsizetype i = 0; i < n; ++i) {
        const double moved = i < 8 ? 0.0 : i < 14 ? 2500.0 : 4200.0;
        lawn << 12000.0 - moved;
        meadow << (i < 8 ? 0.0 : 2500.0);
        flowers << (i < 14 ? 0.0 : 1700.0);
        paved << 3100.0;
    }
    care.areaM2 = {lawn, meadow, flowers, paved};
    // Units of the same areas: ha x distinctiveness x condition (lawn 2 x 1, meadows 4 x 2, paved 0).
    CareUnitsSeries &units = data.careUnits;
    units.dates = care.dates;
    units.careTypes = care.careTypes;
    const double perM2[] = {2.0 / 10000, 8.0 / 10000, 8.0 / 10000, 0.0};
    for (qsizetype c = 0; c < care.areaM2.size(); ++c) {
        QList<double> row;
        for (double m2 : care.areaM2.at(c))
            row << m2 * perM2[c];
        units.units << row;
    }
    data.careTypeLooks = {{QStringLiteral("Brugsplæne"), QColor(0x9c, 0xc9, 0x6b)},
                          {QStringLiteral("Eng"), QColor(0xe3, 0xc5, 0x6a)},
                          {QStringLiteral("Blomstereng"), QColor(0xd6, 0x8f, 0xc4)},
                          {QStringLiteral("Belægning"), QColor(0xb0, 0xb0, 0xb0)}};

    AdoptionSeries &adoption = data.adoption;
    adoption.dates = care.dates;
    for (qsizetype i = 0; i < n; ++i) {
        adoption.adopted << static_cast<int>(i * 23 / (n - 1));
        adoption.departments << (i < 4 ? 58 : 61);
    }

    ShareBar a;
    a.department = {12, 5};
    a.label = QStringLiteral("005 Nørrebro");
    a.greenToday = 8400;
    a.natureToday = 1020;
    a.greenProposal = 11760;
    a.natureProposal = 3810;
    a.hasProposal = true;
    ShareBar b;
    b.department = {12, 7};
    b.label = QStringLiteral("007 Parken");
    b.greenToday = 15000;
    b.natureToday = 6000;
    b.greenProposal = 15000;
    b.natureProposal = 6000;
    ShareBar c;
    c.department = {12, 9};
    c.label = QStringLiteral("009 Engen");
    c.greenToday = 5200;
    c.natureToday = 0;
    c.greenProposal = 5200;
    c.natureProposal = 2600;
    c.hasProposal = true;
    data.shares = {a, b, c};
    data.subtitle = QStringLiteral("Test data · 2019-01-01 to 2024-01-01");
    data.denominatorNote = QStringLiteral("Synthetic numbers.");
    return data;
}

const PlotKind kAllKinds[] = {PlotKind::CareArea, PlotKind::CareUnits, PlotKind::Adoption, PlotKind::Share};

/// The axis titles of each kind in English (the source texts).
QStringList englishAxisTitles(PlotKind kind)
{
    switch (kind) {
    case PlotKind::CareArea:
        return {QStringLiteral("Date"), QStringLiteral("Area (m²)")};
    case PlotKind::CareUnits:
        return {QStringLiteral("Date"), QStringLiteral("Biodiversity units")};
    case PlotKind::Adoption:
        return {QStringLiteral("Date"), QStringLiteral("Departments")};
    case PlotKind::Share:
        return {QStringLiteral("Department"), QStringLiteral("Share of the green area (%)")};
    }
    return {};
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

/// The text of a PDF through pdftotext (poppler-utils), with its line breaks and spaces folded.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

/// Test text with the no-break space of grouped numbers written as '_': nb("3_810 m²").
QString nb(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('_'), QChar(0x00A0));
}

bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

class Plots : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        if (qEnvironmentVariableIsSet("ENGDRIFT_KEEP_TEST_FILES")) { // to look at the charts
            dir.setAutoRemove(false);
            std::cout << "charts in " << dir.path().toStdString() << std::endl;
        }
        installTranslations(QStringLiteral("en"));
    }
    void TearDown() override { installTranslations(QStringLiteral("en")); }
    QString file(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    PlotData data = syntheticData();
};

} // namespace

TEST_F(Plots, KindCodes)
{
    for (PlotKind kind : kAllKinds) {
        EXPECT_EQ(plotKindFromCode(plotKindCode(kind)), kind);
        EXPECT_FALSE(plotKindTitle(kind).isEmpty());
    }
    EXPECT_EQ(plotKindFromCode(QStringLiteral("care-area")), PlotKind::CareArea);
    EXPECT_FALSE(plotKindFromCode(QStringLiteral("pie")).has_value());
}

TEST_F(Plots, PngOfEachKindHasTheRequestedSizeAndIsNotBlank)
{
    PlotOptions options;
    options.language = QStringLiteral("en");
    options.size = QSize(1000, 620);
    for (PlotKind kind : kAllKinds) {
        const QString path = file(plotKindCode(kind) + QStringLiteral(".png"));
        auto written = exportPlot(kind, data, options, path);
        ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
        QImage image(path);
        ASSERT_FALSE(image.isNull()) << path.toStdString();
        EXPECT_EQ(image.size(), options.size) << plotKindCode(kind).toStdString();
        EXPECT_GT(distinctColours(image), 40) << plotKindCode(kind).toStdString();
    }
    // Another size, exactly.
    options.size = QSize(640, 400);
    const QString small = file(QStringLiteral("small.png"));
    ASSERT_TRUE(exportPlot(PlotKind::Share, data, options, small).ok());
    EXPECT_EQ(QImage(small).size(), QSize(640, 400));
}

TEST_F(Plots, ManyDepartmentsAndLongPeriodsStayReadable)
{
    // 61 departments (labels turned) and 30 years of months.
    PlotData many;
    for (int i = 1; i <= 61; ++i) {
        ShareBar bar;
        bar.department = {12, i};
        bar.label = QStringLiteral("%1 Afdeling %2").arg(bar.department.deptText()).arg(i);
        bar.greenToday = 1000.0 * i;
        bar.natureToday = 10.0 * i * (i % 7);
        bar.greenProposal = bar.greenToday;
        bar.natureProposal = bar.natureToday * 2;
        bar.hasProposal = i % 3 == 0;
        many.shares << bar;
    }
    many.careArea.dates = stepDates(QDate(1995, 1, 1), QDate(2025, 1, 1), TimeStep::Month);
    many.careArea.careTypes = {QStringLiteral("brugsplaene")};
    many.careArea.areaM2 = {QList<double>(many.careArea.dates.size(), 123456.0)};
    PlotOptions options;
    options.language = QStringLiteral("da");
    for (PlotKind kind : {PlotKind::Share, PlotKind::CareArea}) {
        const QString path = file(QStringLiteral("many-") + plotKindCode(kind) + QStringLiteral(".png"));
        ASSERT_TRUE(exportPlot(kind, many, options, path).ok());
        EXPECT_EQ(QImage(path).size(), options.size);
    }
    const QString readout = plotReadout(PlotKind::Share, many, 2, options);
    EXPECT_TRUE(readout.contains(QStringLiteral("003 Afdeling 3"))) << readout.toStdString();
    EXPECT_TRUE(readout.contains(nb("6 % (180 of 3_000 m²)"))) << readout.toStdString(); // proposal: 2 x 90
}

TEST_F(Plots, EmptyDataStillExports)
{
    PlotOptions options;
    for (PlotKind kind : kAllKinds) {
        const QString path = file(QStringLiteral("empty-") + plotKindCode(kind) + QStringLiteral(".png"));
        auto written = exportPlot(kind, PlotData(), options, path);
        ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
        EXPECT_EQ(QImage(path).size(), options.size);
    }
}

TEST_F(Plots, SvgHoldsTheAxisTitlesAndTheTitle)
{
    PlotOptions options;
    options.language = QStringLiteral("en");
    for (PlotKind kind : kAllKinds) {
        const QString path = file(plotKindCode(kind) + QStringLiteral(".svg"));
        auto written = exportPlot(kind, data, options, path);
        ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
        QFile svg(path);
        ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        EXPECT_TRUE(text.startsWith(QStringLiteral("<?xml"))) << path.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("<svg")));
        for (const QString &title : englishAxisTitles(kind))
            EXPECT_TRUE(text.contains(title.toHtmlEscaped())) << plotKindCode(kind).toStdString() << ": "
                                                              << title.toStdString();
        EXPECT_TRUE(text.contains(plotKindTitle(kind).toHtmlEscaped()));
    }
}

TEST_F(Plots, PdfHoldsTheAxisTitles)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    PlotOptions options;
    options.language = QStringLiteral("en");
    for (PlotKind kind : kAllKinds) {
        const QString path = file(plotKindCode(kind) + QStringLiteral(".pdf"));
        auto written = exportPlot(kind, data, options, path);
        ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
        QFile pdf(path);
        ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
        EXPECT_TRUE(pdf.read(5) == "%PDF-");
        const QString text = pdfText(path);
        for (const QString &title : englishAxisTitles(kind))
            EXPECT_TRUE(text.contains(title)) << plotKindCode(kind).toStdString() << ": " << title.toStdString()
                                              << "\n" << text.toStdString();
        EXPECT_TRUE(text.contains(plotKindTitle(kind))) << text.toStdString();
    }
    // The adoption chart names its denominator where the line ends.
    EXPECT_TRUE(pdfText(file(QStringLiteral("adoption.pdf"))).contains(QStringLiteral("23 of 61 departments")));
}

TEST_F(Plots, DanishChartsCarryDanishTitlesAndNumbers)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    // The Danish axis titles come from the translation, which the lead fills in engdrift_da.ts; until
    // then tr() gives the English source text. What a caller passes in is Danish already: the title
    // (PlotOptions), the care type names and the subtitle (PlotData), and the numbers follow the
    // Danish locale.
    installTranslations(QStringLiteral("da"));
    PlotOptions options;
    options.language = QStringLiteral("da");
    options.title = QStringLiteral("Areal efter plejetype");
    data.subtitle = QStringLiteral("Afdeling 12-005 Nørrebro");
    const QString path = file(QStringLiteral("areal.pdf"));
    auto written = exportPlot(PlotKind::CareArea, data, options, path);
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Areal efter plejetype"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Afdeling 12-005 Nørrebro"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Blomstereng"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Belægning"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("10.000"))) << text.toStdString(); // Danish thousands separator
}

TEST_F(Plots, BadPathsGiveClearErrors)
{
    PlotOptions options;
    auto badExtension = exportPlot(PlotKind::CareArea, data, options, file(QStringLiteral("chart.bmp")));
    ASSERT_FALSE(badExtension.ok());
    EXPECT_TRUE(badExtension.errorMessage().contains(QStringLiteral("bmp"))) << badExtension.errorMessage().toStdString();
    EXPECT_TRUE(badExtension.errorMessage().contains(QStringLiteral(".png"))) << badExtension.errorMessage().toStdString();
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("chart.bmp"))));

    auto noExtension = exportPlot(PlotKind::CareArea, data, options, file(QStringLiteral("chart")));
    EXPECT_FALSE(noExtension.ok());

    auto noFolder = exportPlot(PlotKind::Share, data, options, file(QStringLiteral("missing/chart.png")));
    ASSERT_FALSE(noFolder.ok());
    EXPECT_TRUE(noFolder.errorMessage().contains(QStringLiteral("missing"))) << noFolder.errorMessage().toStdString();

    options.size = QSize(10, 10);
    auto tiny = exportPlot(PlotKind::Share, data, options, file(QStringLiteral("tiny.png")));
    EXPECT_FALSE(tiny.ok());

    // A failed export leaves nothing behind in the folder.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0)
        << QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).toStdString();
}

TEST_F(Plots, ReadoutNamesNumeratorAndDenominator)
{
    PlotOptions options;
    options.language = QStringLiteral("en");
    const QString share = plotReadout(PlotKind::Share, data, 0, options);
    EXPECT_TRUE(share.contains(QStringLiteral("005 Nørrebro"))) << share.toStdString();
    EXPECT_TRUE(share.contains(nb("12 % (1_020 of 8_400 m²)"))) << share.toStdString();
    EXPECT_TRUE(share.contains(nb("32 % (3_810 of 11_760 m²)"))) << share.toStdString();
    EXPECT_TRUE(plotReadout(PlotKind::Share, data, 1, options).contains(QStringLiteral("No proposal yet")));

    const QString care = plotReadout(PlotKind::CareArea, data, 0, options);
    EXPECT_TRUE(care.startsWith(QStringLiteral("2019-01-01"))) << care.toStdString();
    EXPECT_TRUE(care.contains(nb("Brugsplæne: 12_000 m²"))) << care.toStdString();
    EXPECT_TRUE(care.contains(nb("Total: 15_100 m²"))) << care.toStdString();
    EXPECT_FALSE(care.contains(QStringLiteral("Blomstereng"))) << "no area yet: not listed";

    const qsizetype last = data.adoption.dates.size() - 1;
    const QString adoption = plotReadout(PlotKind::Adoption, data, last, options);
    EXPECT_TRUE(adoption.contains(QStringLiteral("23 of 61 departments"))) << adoption.toStdString();

    EXPECT_TRUE(plotReadout(PlotKind::Share, data, 3, options).isEmpty());
    EXPECT_TRUE(plotReadout(PlotKind::CareArea, data, -1, options).isEmpty());
    EXPECT_EQ(formatSquareMetres(1234567.4), nb("1_234_567 m²"));
    EXPECT_EQ(formatSquareMetres(980), QStringLiteral("980 m²"));
}

TEST_F(Plots, WidgetDrawsAndShowsTheReadoutUnderTheMouse)
{
    PlotOptions options;
    options.language = QStringLiteral("en");
    for (PlotKind kind : kAllKinds) {
        std::unique_ptr<QWidget> widget(createPlotWidget(kind, data, options, nullptr));
        ASSERT_TRUE(widget);
        widget->resize(900, 560);
        widget->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(widget.get()));
        const QImage shot = widget->grab().toImage();
        EXPECT_GT(distinctColours(shot), 40) << plotKindCode(kind).toStdString();

        // Somewhere in the middle of the chart the read-out names a date or a department.
        QToolTip::hideText();
        QString tip;
        for (int x = 300; x < 700 && tip.isEmpty(); x += 40) {
            QTest::mouseMove(widget.get(), QPoint(x, 330));
            QCoreApplication::processEvents();
            if (QToolTip::isVisible())
                tip = QToolTip::text();
        }
        EXPECT_FALSE(tip.isEmpty()) << plotKindCode(kind).toStdString();
        if (qEnvironmentVariableIsSet("ENGDRIFT_KEEP_TEST_FILES")) {
            widget->grab().save(file(QStringLiteral("hover-") + plotKindCode(kind) + QStringLiteral(".png")));
            QFile text(file(QStringLiteral("hover-") + plotKindCode(kind) + QStringLiteral(".txt")));
            if (text.open(QIODevice::WriteOnly))
                text.write(tip.toUtf8());
            widget->resize(560, 340); // as small as a docked panel
            QTest::qWait(20);
            widget->grab().save(file(QStringLiteral("small-") + plotKindCode(kind) + QStringLiteral(".png")));
            widget->resize(900, 560);
        }
        if (kind == PlotKind::Share)
            EXPECT_TRUE(tip.contains(QStringLiteral(" of "))) << tip.toStdString();
        else
            EXPECT_TRUE(tip.contains(QLatin1Char('-'))) << tip.toStdString(); // a date
        QToolTip::hideText();
    }
}

#ifdef ENGDRIFT_SAMPLE_PROJECT
TEST_F(Plots, GathersTheSampleProject)
{
    auto store = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    auto dates = plotDates(**store, std::nullopt, QDate(), QDate(2026, 6, 1), TimeStep::Quarter);
    ASSERT_TRUE(dates.ok()) << dates.errorMessage().toStdString();
    EXPECT_EQ(dates->last(), QDate(2026, 6, 1));
    EXPECT_EQ(dates->first(), QDate(2019, 1, 1));

    PlotQuery query;
    query.dates = *dates;
    query.language = QStringLiteral("da");
    auto care = gatherPlotData(**store, PlotKind::CareArea, query);
    ASSERT_TRUE(care.ok()) << care.errorMessage().toStdString();
    EXPECT_FALSE(care->careArea.careTypes.isEmpty());
    ASSERT_EQ(care->careTypeLooks.size(), care->careArea.careTypes.size());
    for (const CareTypeLook &look : care->careTypeLooks) {
        EXPECT_TRUE(look.colour.isValid()) << look.name.toStdString();
        EXPECT_FALSE(look.name.isEmpty());
    }
    EXPECT_GT(care->careArea.totalAt(0), 1000.0);

    auto adoption = gatherPlotData(**store, PlotKind::Adoption, query);
    ASSERT_TRUE(adoption.ok()) << adoption.errorMessage().toStdString();
    EXPECT_EQ(adoption->adoption.dates.size(), dates->size());
    EXPECT_EQ(adoption->adoption.departments.last(), 3);

    query.at = QDate(2026, 6, 1);
    auto share = gatherPlotData(**store, PlotKind::Share, query);
    ASSERT_TRUE(share.ok()) << share.errorMessage().toStdString();
    ASSERT_EQ(share->shares.size(), 3);
    EXPECT_TRUE(share->shares.first().label.startsWith(QStringLiteral("001 "))) << share->shares.first().label.toStdString();
    for (const ShareBar &bar : share->shares) {
        EXPECT_GT(bar.greenToday, 0.0);
        EXPECT_LE(bar.natureToday, bar.greenToday);
        EXPECT_EQ(bar.greenProposal, bar.greenToday); // the proposal changes care types, not the green area
        // Only department 003 has an open proposal in the sample: three lawns planned as flower meadow.
        EXPECT_EQ(bar.hasProposal, bar.department.deptNo == 3) << bar.label.toStdString();
        if (bar.hasProposal)
            EXPECT_GT(bar.natureProposal, bar.natureToday);
        else
            EXPECT_EQ(bar.natureProposal, bar.natureToday);
    }
    query.department = DepartmentKey{123, 2};
    auto one = gatherPlotData(**store, PlotKind::Share, query);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->shares.size(), 1);
    query.department = DepartmentKey{123, 99};
    EXPECT_FALSE(gatherPlotData(**store, PlotKind::Share, query).ok());

    PlotOptions options;
    options.language = QStringLiteral("da");
    const QString path = file(QStringLiteral("sample.png"));
    ASSERT_TRUE(exportPlot(PlotKind::CareArea, *care, options, path).ok());
    EXPECT_EQ(QImage(path).size(), options.size);
}
#endif

#if defined(ENGDRIFT_SAMPLE_PROJECT) && defined(ENGDRIFT_HAVE_GUI)
TEST_F(Plots, ChartsPanelGathersInTheBackgroundAndExports)
{
    QStandardPaths::setTestModeEnabled(true); // recovery files in a test folder
    const QString path = file(QStringLiteral("sample.engdrift.gpkg"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto document = gui::ProjectDocument::open(path);
    ASSERT_TRUE(document.ok()) << document.errorMessage().toStdString();

    gui::ChartsPanel panel;
    panel.resize(900, 600);
    panel.show();
    QSignalSpy refreshed(&panel, &gui::ChartsPanel::refreshed);
    panel.refresh(document->get(), std::nullopt, QDate(2026, 6, 1));
    EXPECT_TRUE(panel.isBusy());
    ASSERT_TRUE(refreshed.wait(30000));
    EXPECT_FALSE(panel.isBusy());
    if (qEnvironmentVariableIsSet("ENGDRIFT_KEEP_TEST_FILES")) {
        for (PlotKind kind : kAllKinds) {
            panel.tabs()->setCurrentIndex(static_cast<int>(kind));
            QTest::qWait(50);
            panel.grab().save(file(QStringLiteral("panel-") + plotKindCode(kind) + QStringLiteral(".png")));
        }
    }
    for (PlotKind kind : kAllKinds)
        EXPECT_NE(panel.chart(kind), nullptr) << plotKindCode(kind).toStdString();
    EXPECT_EQ(panel.data(PlotKind::Share).shares.size(), 3);
    EXPECT_EQ(panel.data(PlotKind::CareArea).careArea.dates.first(), QDate(2019, 1, 1));
    EXPECT_EQ(panel.data(PlotKind::Adoption).adoption.departments.last(), 3);
    EXPECT_EQ(panel.tabs()->count(), static_cast<int>(std::size(kAllKinds)));

    const QString png = file(QStringLiteral("panel-share.png"));
    auto written = panel.exportChart(PlotKind::Share, png, QSize(800, 500));
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(800, 500));
    EXPECT_FALSE(panel.exportChart(PlotKind::Share, file(QStringLiteral("panel.gif"))).ok());

    // One department: its care area and share; two quick refreshes show the last one only.
    panel.refresh(document->get(), std::nullopt, QDate(2020, 1, 1));
    panel.refresh(document->get(), DepartmentKey{123, 2}, QDate(2026, 6, 1));
    ASSERT_TRUE(refreshed.wait(30000));
    QTest::qWait(200); // a stale result of the first refresh would arrive now, and must change nothing
    EXPECT_EQ(panel.data(PlotKind::Share).shares.size(), 1);
    EXPECT_TRUE(panel.data(PlotKind::CareArea).subtitle.contains(QStringLiteral("123-002")))
        << panel.data(PlotKind::CareArea).subtitle.toStdString();

    // A selection: the care area of those areas only (the series runs to today).
    AreaQuery two;
    two.at = std::max(QDate(2026, 6, 1), QDate::currentDate());
    two.department = DepartmentKey{123, 2};
    auto areas = (*document)->store().areas(two);
    ASSERT_TRUE(areas.ok());
    ASSERT_GE(areas->size(), 2);
    const QList<qint64> selected{areas->at(0).areaId, areas->at(1).areaId};
    const double selectedM2 = areas->at(0).areaM2 + areas->at(1).areaM2;
    panel.refresh(document->get(), DepartmentKey{123, 2}, QDate(2026, 6, 1), selected);
    ASSERT_TRUE(refreshed.wait(30000));
    const CareAreaSeries &series = panel.data(PlotKind::CareArea).careArea;
    ASSERT_FALSE(series.dates.isEmpty());
    EXPECT_EQ(series.dates.last(), *two.at);
    EXPECT_NEAR(series.totalAt(series.dates.size() - 1), selectedM2, 0.01);
    EXPECT_TRUE(panel.data(PlotKind::CareArea).subtitle.contains(QStringLiteral("2 selected areas")))
        << panel.data(PlotKind::CareArea).subtitle.toStdString();
    EXPECT_EQ(panel.data(PlotKind::Share).shares.size(), 1); // the share stays the department's

    panel.refresh(nullptr, std::nullopt, QDate());
    for (PlotKind kind : kAllKinds)
        EXPECT_EQ(panel.chart(kind), nullptr);
    EXPECT_FALSE(panel.exportChart(PlotKind::CareArea, file(QStringLiteral("none.png"))).ok());
}
#endif

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("engdrift-plot-tests"));
    installTranslations(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
