// Print layouts on the sample project: the vote sheet as PDF (page size and count, the department,
// the proposal and the figures as text, vector only), as PNG (pixel size for the resolution, not
// blank) and SVG (well-formed), against a reference picture, and broken templates refused with a
// message that names the file and the element.

#include "analysis/mowing_assumptions.h"
#include "analysis/mowing_workload.h"
#include "layout/layout_export.h"
#include "map/map_snapshot.h"
#include "store/project_store.h"
#include "test_support.h"
#include "util/translations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

const DepartmentKey kDept{123, 3}; // Kornmarken: a draft proposal turns lawns into flower meadow
const QDate kAt(2026, 6, 1);

LayoutRequest voteRequest(const QString &language = QStringLiteral("da"))
{
    installTranslations(language); // the program's words on the page follow its language
    LayoutRequest request;
    request.department = kDept;
    request.at = kAt;
    request.meetingDate = QDate(2026, 9, 15);
    request.printed = QDate(2026, 6, 2);
    request.language = language;
    return request;
}

class Layouts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
        ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        store = std::move(opened).value();
        ASSERT_TRUE(dir.isValid());
    }

    LayoutPage page(const LayoutRequest &request = voteRequest())
    {
        auto gathered = gatherLayoutPage(*store, request);
        EXPECT_TRUE(gathered.ok()) << gathered.errorMessage().toStdString();
        return gathered.ok() ? *gathered : LayoutPage();
    }

    QString write(const QString &layoutName, const QString &file, const LayoutRequest &request = voteRequest(), int dpi = 300)
    {
        auto layout = LayoutTemplate::named(layoutName);
        EXPECT_TRUE(layout.ok()) << layout.errorMessage().toStdString();
        const QString path = dir.filePath(file);
        LayoutExportOptions options;
        options.dpi = dpi;
        auto written = exportLayout(*store, *layout, {page(request)}, path, options);
        EXPECT_TRUE(written.ok()) << written.errorMessage().toStdString();
        return path;
    }

    std::unique_ptr<ProjectStore> store;
    QTemporaryDir dir;
};

} // namespace

TEST_F(Layouts, TheVoteSheetPageHoldsTheFiguresOfTheMaps)
{
    const LayoutPage p = page();
    ASSERT_TRUE(p.proposal);
    EXPECT_EQ(p.department.name, QStringLiteral("Kornmarken"));
    // The figures are the map's: the snapshot of today and of the proposal, care type by care type.
    const MapSnapshot today(*store, MapContent{}, kAt);
    const MapSnapshot planned(*store, MapContent{nullptr, p.proposal->id}, kAt);
    auto todayTotals = today.areaTotals(AreaGrouping::CareType, kDept);
    auto plannedTotals = planned.areaTotals(AreaGrouping::CareType, kDept);
    ASSERT_TRUE(todayTotals.ok() && plannedTotals.ok());
    double todaySum = 0, plannedSum = 0, rowsToday = 0, rowsPlanned = 0;
    for (const AreaTotal &t : *todayTotals)
        todaySum += t.areaM2;
    for (const AreaTotal &t : *plannedTotals)
        plannedSum += t.areaM2;
    for (const LayoutCareRow &row : p.careRows) {
        rowsToday += row.todayM2;
        rowsPlanned += row.proposalM2;
    }
    EXPECT_NEAR(rowsToday, todaySum, 1e-6);
    EXPECT_NEAR(rowsPlanned, plannedSum, 1e-6);
    EXPECT_GT(p.shareProposal.natureM2, p.shareToday.natureM2) << "the proposal turns lawn into meadow";
    EXPECT_NEAR(p.shareToday.greenM2, p.shareProposal.greenM2, 1e-6) << "the green area stays";
    EXPECT_TRUE(p.fill(QStringLiteral("{department.label}")).contains(QStringLiteral("Kornmarken")));
    EXPECT_EQ(p.fill(QStringLiteral("{meeting.date} {unknown}")), QStringLiteral("2026-09-15 {unknown}"));
}

TEST_F(Layouts, TheVoteSheetPdfIsOneA3LandscapePageWithItsTextAndNoPictures)
{
    const QString pdf = write(QStringLiteral("vote-a3"), QStringLiteral("vote.pdf"));
    bool ok = false;
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {pdf}, &ok);
    ASSERT_TRUE(ok) << "pdfinfo (poppler-utils) failed on " << pdf.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("1191 x 842 pts (A3)"))) << info.toStdString();
    const QString text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &ok);
    ASSERT_TRUE(ok);
    const LayoutPage p = page();
    for (const QString &expected :
         {QStringLiteral("Boligselskabet Hedehusene"), QStringLiteral("Kornmarken"), p.proposal->name,
          QStringLiteral("2026-09-15"), QStringLiteral("Brugsplæne"), QStringLiteral("Blomstereng"), QStringLiteral("EPSG:25832")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << " is missing from the PDF's text";
    // The share with its numerator and denominator, and every row's figures as the table prints them.
    EXPECT_TRUE(text.contains(formatLayoutNumber(p.shareProposal.natureM2, QStringLiteral("da")) + QStringLiteral(" af ") +
                              formatLayoutNumber(p.shareProposal.greenM2, QStringLiteral("da"))))
        << text.toStdString();
    for (const LayoutCareRow &row : p.careRows) {
        EXPECT_TRUE(text.contains(formatLayoutNumber(row.todayM2, QStringLiteral("da")))) << row.code.toStdString();
        EXPECT_TRUE(text.contains(formatLayoutNumber(row.proposalM2, QStringLiteral("da")))) << row.code.toStdString();
    }
    // Vector: the maps are paths, not pictures.
    const QString images = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, &ok);
    ASSERT_TRUE(ok);
    EXPECT_LE(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2) << images.toStdString(); // the header only
}

TEST_F(Layouts, TheVoteSheetReadsInEnglishToo)
{
    const QString pdf = write(QStringLiteral("vote-a4"), QStringLiteral("vote-en.pdf"), voteRequest(QStringLiteral("en")));
    bool ok = false;
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {pdf}, &ok);
    EXPECT_TRUE(info.contains(QStringLiteral("842 x 595 pts (A4)"))) << info.toStdString();
    const QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &ok);
    for (const QString &expected : {QStringLiteral("Utility lawn"), QStringLiteral("Flower meadow"), QStringLiteral("Proposal"),
                                    QStringLiteral("Department meeting")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
}

TEST_F(Layouts, APngHasThePixelsOfItsResolutionAndIsNotBlank)
{
    const QString png = write(QStringLiteral("vote-a3"), QStringLiteral("vote.png"), voteRequest(), 100);
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1654, 1169)); // 420 x 297 mm at 100 dpi
    EXPECT_NEAR(image.dotsPerMeterX(), 100 / 0.0254, 1);
    qint64 coloured = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QRgb c = image.pixel(x, y);
            coloured += (qRed(c) < 235 || qGreen(c) < 235 || qBlue(c) < 235) ? 1 : 0;
        }
    }
    const double share = double(coloured) / ((image.width() / 4.0) * (image.height() / 4.0));
    EXPECT_GT(share, 0.12) << "the maps and texts are drawn";
}

TEST_F(Layouts, AnSvgIsWellFormedAndHoldsItsText)
{
    const QString svg = write(QStringLiteral("map-a4"), QStringLiteral("map.svg"));
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    bool sawSvg = false;
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))
            sawSvg = true;
        if (xml.tokenType() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(sawSvg);
    EXPECT_TRUE(text.contains(QStringLiteral("Kornmarken")));
}

TEST_F(Layouts, TheVoteSheetLooksAsItDid)
{
    auto layout = LayoutTemplate::named(QStringLiteral("vote-a3"));
    ASSERT_TRUE(layout.ok());
    const QString png = write(QStringLiteral("vote-a3"), QStringLiteral("vote-reference.png"), voteRequest(), 60);
    const QImage actual(png);
    const QString reference = QStringLiteral(ENGDRIFT_RENDER_REFERENCE_DIR "/vote-a3.png");
    if (qEnvironmentVariableIsSet("ENGDRIFT_UPDATE_REFERENCES")) {
        ASSERT_TRUE(actual.save(reference));
        GTEST_SKIP() << "reference rewritten: " << reference.toStdString();
    }
    const QImage expected(reference);
    ASSERT_FALSE(expected.isNull()) << "no reference " << reference.toStdString() << " (ENGDRIFT_UPDATE_REFERENCES=1 makes it)";
    ASSERT_EQ(actual.size(), expected.size());
    QImage diff;
    const double share = test::differingShare(actual, expected, 40, &diff);
    if (share > 0.006) {
        const QString diffPath = QDir::current().absoluteFilePath(QStringLiteral("vote-a3-diff.png"));
        diff.save(diffPath);
        actual.save(QDir::current().absoluteFilePath(QStringLiteral("vote-a3-actual.png")));
        FAIL() << share * 100 << " % of the pixels differ; diff " << diffPath.toStdString();
    }
}

TEST_F(Layouts, TheVoteSheetEstimatesTheEffectOfTheProposalWithItsAssumptions)
{
    const LayoutPage p = page(voteRequest(QStringLiteral("en")));
    ASSERT_TRUE(p.proposal);
    auto requestFor = [](std::optional<qint64> proposal) {
        WorkloadRequest request;
        request.at = kAt;
        request.department = kDept;
        request.content = MapContent{nullptr, proposal};
        return request;
    };
    // The page's figures are the workload of its two maps.
    auto workload = [&](std::optional<qint64> proposal) {
        auto report = gatherWorkload(*store, requestFor(proposal));
        EXPECT_TRUE(report.ok() && report->departments.size() == 1);
        return report.ok() && !report->departments.isEmpty() ? report->departments.first().figures : WorkloadFigures();
    };
    const WorkloadFigures today = workload(std::nullopt), planned = workload(p.proposal->id);
    EXPECT_DOUBLE_EQ(p.effect.today.hours, today.hours);
    EXPECT_DOUBLE_EQ(p.effect.proposal.hours, planned.hours);
    EXPECT_DOUBLE_EQ(p.effect.proposal.co2Kg, planned.co2Kg);
    // Kornmarken's proposal turns utility lawn into flower meadow and mows a path through it. By
    // hand, from the m² of each map (the path's band taken out of the meadow it crosses): an m² of
    // utility lawn takes 18 cuts x 2 h/ha x (1 + 0.33) / 10,000 h a year, of flower meadow 1 cut at
    // 3,200 m² an hour, of mown path 10 cuts x 2 h/ha / 10,000; the rest of the grounds is the same
    // on both maps.
    auto m2 = [&](std::optional<qint64> proposal) {
        auto areas = careAreas(*store, requestFor(proposal));
        EXPECT_TRUE(areas.ok());
        return areas.ok() ? areas->value(kDept) : QMap<QString, double>();
    };
    const QMap<QString, double> before = m2(std::nullopt), after = m2(p.proposal->id);
    auto change = [&](const char *code) { return after.value(QString::fromLatin1(code)) - before.value(QString::fromLatin1(code)); };
    ASSERT_LT(change("brugsplaene"), -3000);
    ASSERT_GT(change("blomstereng"), 3000);
    ASSERT_GT(change("mown_path"), 10) << "the proposal's mown path";
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it.key() != QLatin1String("brugsplaene") && it.key() != QLatin1String("blomstereng") && it.key() != QLatin1String("mown_path")) {
            EXPECT_NEAR(it.value(), before.value(it.key()), 1e-6) << it.key().toStdString();
        }
    }
    const double byHand = change("brugsplaene") * 18 * 2 * 1.33 / 10000 + change("blomstereng") / 3200 +
                          change("mown_path") * 10 * 2 / 10000;
    EXPECT_NEAR(p.effect.proposal.hours - p.effect.today.hours, byHand, 1e-6);
    EXPECT_LT(p.effect.proposal.hours, p.effect.today.hours);
    EXPECT_LT(p.effect.proposal.co2Kg, p.effect.today.co2Kg);
    EXPECT_NEAR(p.effect.today.costDkk, p.effect.today.hours * 450, 1e-6) << "DKK 450 an hour and nothing per m² by default";
    // The assumptions are on the page, with the figures the estimate used.
    for (const QString &expected : {QStringLiteral("Estimates, not measurements"), QStringLiteral("Utility lawn 18 cuts a year"),
                                    QStringLiteral("Flower meadow 1 cut a year, cut and collected at 3,200 m² an hour"),
                                    QStringLiteral("2.4 kg CO₂ per litre of fuel"), QStringLiteral("DKK 450 an hour")})
        EXPECT_TRUE(p.effect.assumptions.contains(expected)) << expected.toStdString() << " in " << p.effect.assumptions.toStdString();
    const QString pdf = write(QStringLiteral("vote-a4"), QStringLiteral("vote-effect.pdf"), voteRequest(QStringLiteral("en")));
    bool ok = false;
    const QString text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &ok);
    ASSERT_TRUE(ok);
    const QString en = QStringLiteral("en");
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Hours of outdoor care\\s+%1\\s+%2\\s+−%3")
                                                     .arg(formatLayoutNumber(p.effect.today.hours, en),
                                                          formatLayoutNumber(p.effect.proposal.hours, en),
                                                          formatLayoutNumber(p.effect.today.hours - p.effect.proposal.hours, en)))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Estimates, not measurements"))) << text.toStdString();
}

TEST_F(Layouts, TheVoteSheetShowsTheNatureValueTodayAndWithTheProposal)
{
    const LayoutPage p = page(voteRequest(QStringLiteral("en")));
    ASSERT_TRUE(p.proposal);
    // The page's figures are natureFigures() of the department's two maps.
    auto figures = [&](std::optional<qint64> proposal) {
        NatureQuery query;
        query.at = kAt;
        query.proposalId = proposal;
        query.department = kDept;
        auto result = natureFigures(*store, query);
        EXPECT_TRUE(result.ok()) << result.errorMessage().toStdString();
        for (const NatureFigures &f : result.ok() ? result->departments : QList<NatureFigures>()) {
            if (f.department == kDept)
                return f;
        }
        ADD_FAILURE() << "no figures for the department";
        return NatureFigures();
    };
    const NatureFigures today = figures(std::nullopt), planned = figures(p.proposal->id);
    EXPECT_NEAR(p.effect.natureToday.units, today.units, 1e-9);
    EXPECT_NEAR(p.effect.natureProposal.units, planned.units, 1e-9);
    EXPECT_GT(planned.units, today.units) << "lawn turned into flower meadow is worth more";
    ASSERT_TRUE(today.green.factor() && planned.green.factor());
    EXPECT_GT(*planned.green.factor(), *today.green.factor());

    for (const QString &layout : {QStringLiteral("vote-a4"), QStringLiteral("vote-a3")}) {
        const QString pdf = write(layout, layout + QStringLiteral("-nature.pdf"), voteRequest(QStringLiteral("en")));
        bool ok = false;
        const QString text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &ok);
        ASSERT_TRUE(ok);
        const QString en = QStringLiteral("en");
        auto row = [&](const QString &what, const QString &a, const QString &b) {
            return QRegularExpression(QStringLiteral("%1\\s+%2\\s+%3\\s+\\+").arg(what, QRegularExpression::escape(a), QRegularExpression::escape(b)));
        };
        EXPECT_TRUE(text.contains(row(QStringLiteral("Biodiversity units"), formatLayoutNumber(today.units, en, 2),
                                      formatLayoutNumber(planned.units, en, 2))))
            << layout.toStdString() << "\n" << text.toStdString();
        EXPECT_TRUE(text.contains(row(QStringLiteral("Green factor"), formatLayoutNumber(*today.green.factor(), en, 2),
                                      formatLayoutNumber(*planned.green.factor(), en, 2))))
            << layout.toStdString() << "\n" << text.toStdString();
        EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Networks of nature-friendly patches\\s+%1\\s+%2")
                                                         .arg(today.connectivity.networks)
                                                         .arg(planned.connectivity.networks))))
            << text.toStdString();
        EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Isolated patches\\s+%1\\s+%2")
                                                         .arg(today.connectivity.isolatedPatches)
                                                         .arg(planned.connectivity.isolatedPatches))))
            << text.toStdString();
        const QString flat = text.simplified();
        EXPECT_TRUE(flat.contains(QStringLiteral("units = ha × distinctiveness × condition × strategic") /* "ﬁ" is a ligature in the PDF */)) << flat.toStdString();
        EXPECT_TRUE(flat.contains(QStringLiteral("D = 150 m"))) << flat.toStdString();
    }
}

TEST_F(Layouts, OnlyTemplatesThatShowTheEffectHaveItWorkedOut)
{
    for (const QString &name : LayoutTemplate::builtInNames()) {
        auto layout = LayoutTemplate::named(name);
        ASSERT_TRUE(layout.ok()) << name.toStdString();
        const bool expected = name.startsWith(QStringLiteral("vote-"));
        EXPECT_EQ(layout->usesEffect(), expected) << name.toStdString();
    }
    auto custom = LayoutTemplate::fromJson(R"({"format": "engdrift-layout", "version": 1, "name": "t", "page": {"size": "A4"}, "elements": [
        {"type": "text", "rect": [10, 10, 100, 10], "text": {"en": "Saves {effect.hours.today} hours"}}]})",
                                           QStringLiteral("test"));
    ASSERT_TRUE(custom.ok()) << custom.errorMessage().toStdString();
    EXPECT_TRUE(custom->usesEffect());
    // A page that does not ask for the effect leaves it at zero; one that does has the figures.
    LayoutRequest request = voteRequest(QStringLiteral("en"));
    request.withEffect = false;
    EXPECT_EQ(page(request).effect.today.hours, 0.0);
    EXPECT_GT(page(voteRequest(QStringLiteral("en"))).effect.today.hours, 0.0);
}

TEST_F(Layouts, ADepartmentWithoutAProposalSaysSoOnItsSheet)
{
    LayoutRequest request = voteRequest(QStringLiteral("en"));
    request.department = {123, 1}; // Stationsparken: its proposal was carried out, none is open
    const LayoutPage p = page(request);
    EXPECT_FALSE(p.proposal);
    const QString pdf = write(QStringLiteral("vote-a3"), QStringLiteral("none.pdf"), request);
    bool ok = false;
    const QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &ok);
    EXPECT_TRUE(text.contains(QStringLiteral("has no proposal"))) << text.toStdString();
}

TEST(LayoutTemplates, EveryBuiltInTemplateLoads)
{
    for (const QString &name : LayoutTemplate::builtInNames()) {
        auto layout = LayoutTemplate::named(name);
        ASSERT_TRUE(layout.ok()) << name.toStdString() << ": " << layout.errorMessage().toStdString();
        EXPECT_FALSE(layout->elements().isEmpty());
    }
}

TEST(LayoutTemplates, ABrokenTemplateIsRefusedNamingTheFileAndTheElement)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    auto refuse = [&](const QByteArray &json) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        auto loaded = LayoutTemplate::fromFile(path);
        EXPECT_FALSE(loaded.ok());
        return loaded.ok() ? QString() : loaded.errorMessage();
    };
    const QByteArray head = R"({"format": "engdrift-layout", "version": 1, "page": {"size": "A4"}, "elements": [)";
    QString message = refuse(head + R"({"id": "title", "type": "text", "rect": [10, 10, 50, 10], "txet": "x"}]})");
    EXPECT_TRUE(message.contains(path) && message.contains(QStringLiteral("\"title\"")) && message.contains(QStringLiteral("txet")))
        << message.toStdString();
    message = refuse(head + R"({"type": "text", "text": "x", "rect": [10, 10, 500, 10]}]})");
    EXPECT_TRUE(message.contains(QStringLiteral("element 1")) && message.contains(QStringLiteral("outside the page")))
        << message.toStdString();
    message = refuse(head + R"({"id": "m", "type": "map", "rect": [10, 10, 50, 50]}, {"id": "l", "type": "legend", "rect": [10, 70, 50, 20], "maps": ["x"]}]})");
    EXPECT_TRUE(message.contains(QStringLiteral("\"l\"")) && message.contains(QStringLiteral("\"x\""))) << message.toStdString();
    message = refuse(head + R"({"id": "logo", "type": "image", "rect": [10, 10, 20, 20], "file": "missing.png"}]})");
    EXPECT_TRUE(message.contains(QStringLiteral("\"logo\"")) && message.contains(QStringLiteral("missing.png"))) << message.toStdString();
    message = refuse(R"({"format": "engdrift-layout", "version": 1, "elements": [)");
    EXPECT_TRUE(message.contains(path) && message.contains(QStringLiteral("JSON"))) << message.toStdString();
    message = refuse(head + R"({"id": "t", "type": "wobble", "rect": [10, 10, 20, 20]}]})");
    EXPECT_TRUE(message.contains(QStringLiteral("wobble"))) << message.toStdString();
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts
    QGuiApplication::setApplicationVersion(QStringLiteral("test"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

namespace {

/// Draws a template given as JSON onto an A4-shaped picture of the fixture's page: what a user's
/// template found by fuzz_layout must do without failing (or hanging).
void expectDrawn(const ProjectStore &store, const LayoutPage &page, const QByteArray &json)
{
    auto layout = LayoutTemplate::fromJson(json, QStringLiteral("user.json"));
    ASSERT_TRUE(layout.ok()) << layout.errorMessage().toStdString();
    QImage image(210, 297, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    const LayoutEngine engine(store);
    auto drawn = engine.drawPage(painter, *layout, page);
    EXPECT_TRUE(drawn.ok()) << drawn.errorMessage().toStdString();
}

} // namespace

// Found by fuzz_layout (UBSan): a table whose font is 5 pt or less (4 is allowed) indexed an empty
// list of column widths. It is drawn.
TEST_F(Layouts, ATableInTheSmallestFontIsDrawn)
{
    expectDrawn(*store, page(), R"json({"format": "engdrift-layout", "version": 1, "name": "tiny", "page": {"size": "A4"},
        "elements": [{"type": "table", "rect": [10, 10, 90, 50], "table": "care-types", "font-size": 4}]})json");
}

// Found by fuzz_layout (a timeout in CI's run): a legend whose caption, in a large font, left no
// room for its entries looked for a smaller size that fits without end. It is drawn in 4 pt.
TEST_F(Layouts, ALegendWhoseCaptionFillsItsBoxIsDrawn)
{
    expectDrawn(*store, page(), R"json({"format": "engdrift-layout", "version": 1, "name": "full", "page": {"size": "A4"},
        "elements": [{"id": "m", "type": "map", "rect": [10, 40, 190, 150], "view": "today"},
                     {"type": "legend", "rect": [10, 10, 90, 20], "maps": ["m"], "columns": 3, "font-size": 81,
                      "text": "Care types on the maps of the green area, today and with the proposal"}]})json");
}
