// The nature value view of the desktop program on a small project made for it: two networks of two
// linked meadows each, a lawn between them that would join them, and an isolated meadow. The map
// in the view is checked by its pixels (a patch's outline in its network's colour, the two
// networks apart, the link line between two patches, the suggested lawn's outline, the isolated
// patch's hatch), the legend by its entries, and the units chart by its stacked series: one per
// care type, whose top equals the total units core computes at each date. An unsaved tag change
// (the lawn to meadow) changes the view's figures and colours, the units chart and the vote sheet's
// nature value before it is saved, by the units reckoned by hand.
//
// With ENGDRIFT_GRAB_DIR set, the test writes the window as PNG files there.

#include "analysis/nature.h"
#include "charts_panel.h"
#include "layout/layout_tables.h"
#include "legend_widget.h"
#include "plots.h"
#include "render/nature_painter.h"
#include "style/symbology.h"
#include "test_support.h"
#include "window_fixture.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <cmath>
#include <qcustomplot.h>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

const DepartmentKey kDept{12, 5};
const QDate kFrom(2020, 1, 1);
const QDate kChange(2023, 5, 1);
const QDate kAt(2024, 6, 1);
constexpr double kX = 699000, kY = 6171000;

Geometry rect(double x0, double y0, double x1, double y1)
{
    return Geometry::rectangle(QRectF(kX + x0, kY + y0, x1 - x0, y1 - y0)).toMultiPolygon();
}

/// Is `actual` within `tolerance` of `expected` in each channel?
bool near(const QColor &actual, const QColor &expected, int tolerance = 40)
{
    return std::abs(actual.red() - expected.red()) <= tolerance &&
           std::abs(actual.green() - expected.green()) <= tolerance &&
           std::abs(actual.blue() - expected.blue()) <= tolerance;
}

class NatureView : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("nature.engdrift.gpkg"));
        {
            auto store = test::newProject(path);
            ASSERT_TRUE(store);
            m_store = store.get();
            auto tx = store->begin();
            ASSERT_TRUE(tx.ok());
            ASSERT_TRUE(store->saveOrganisation({12, QStringLiteral("Øst")}).ok());
            ASSERT_TRUE(store->saveDepartment({kDept, QStringLiteral("Engen"), {}, 10, {}}).ok());
            // Network A: two meadows 60 m apart; network B: two more, 260 m east of A.
            add(QStringLiteral("eng"), 0, 0, 40, 40);
            add(QStringLiteral("eng"), 100, 0, 140, 40);
            add(QStringLiteral("eng"), 400, 0, 440, 40);
            add(QStringLiteral("eng"), 500, 0, 540, 40);
            // The lawn between them: 60 m from A and from B.
            add(QStringLiteral("brugsplaene"), 200, 0, 340, 40);
            // An isolated meadow, 360 m north of A; a lawn until kChange (the units timeline moves).
            add(QStringLiteral("brugsplaene"), 0, 400, 40, 440, kChange);
            add(QStringLiteral("eng"), 0, 400, 40, 440, {}, kChange);
            ASSERT_TRUE(tx->commit().ok());
            m_store = nullptr;
        }
        window = std::make_unique<MainWindow>();
        window->setQuiet(true);
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(window->openProject(path, false)) << window->lastError().toStdString();
        window->setLanguage(QStringLiteral("en"));
        window->timeSlider()->setDate(kAt);
        window->canvas()->zoomToExtent(QRectF(kX - 60, kY - 150, 660, 650)); // clear of the scale bar
        test::settle(*window);
    }
    void TearDown() override
    {
        window.reset();
        ProjectDocument::dropRecovery(path);
    }

    void add(const QString &care, double x0, double y0, double x1, double y1, QDate to = {},
             QDate from = kFrom)
    {
        AreaVersion a;
        a.department = kDept;
        a.careType = care;
        a.validFrom = from;
        a.validTo = to;
        ASSERT_TRUE(m_store);
        auto inserted = m_store->areaLayer().insert(a, rect(x0, y0, x1, y1));
        ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
    }

    /// Switches the view on and waits for its figures and the map drawn with them.
    std::shared_ptr<const NatureResult> showNature()
    {
        QSignalSpy updated(window.get(), &MainWindow::natureViewUpdated);
        window->setNatureViewShown(true);
        EXPECT_TRUE(updated.count() > 0 || updated.wait(20000));
        EXPECT_FALSE(updated.isEmpty() || !updated.last().at(0).toBool());
        test::settle(*window, 300);
        return window->natureView();
    }

    /// The map's pixel at a map point.
    QColor pixelAt(const QPointF &map) const
    {
        const QPointF p = window->canvas()->view().mapToPixel().map(map);
        // The pixel whose square holds the point: a line through it covers it whole.
        return window->canvas()->mapImage().pixelColor(
            QPoint(int(std::floor(p.x())), int(std::floor(p.y()))));
    }

    /// How many of the pixels along a map segment (every 2 m) are near `colour`, of how many.
    std::pair<int, int> alongSegment(const QPointF &a, const QPointF &b, const QColor &colour) const
    {
        const int steps = std::max(2, int(QLineF(a, b).length() / 2));
        int hits = 0;
        for (int i = 1; i < steps; ++i)
            hits += near(pixelAt(a + (b - a) * (double(i) / steps)), colour) ? 1 : 0;
        return {hits, steps - 1};
    }

    /// Shows the charts (they gather while shown) and waits for them; returns the units chart's plot.
    QCustomPlot *unitsChart()
    {
        ChartsPanel *charts = window->charts();
        auto *dock = window->findChild<QAction *>(QStringLiteral("charts"));
        EXPECT_TRUE(dock);
        if (dock && !dock->isChecked())
            dock->trigger();
        QTest::qWait(400);
        waitForCharts();
        QWidget *chart = charts->chart(plots::PlotKind::CareUnits);
        auto *plot = chart ? chart->findChild<QCustomPlot *>() : nullptr;
        return plot ? plot : qobject_cast<QCustomPlot *>(chart);
    }

    void waitForCharts()
    {
        ChartsPanel *charts = window->charts();
        QElapsedTimer timer;
        timer.start();
        while ((charts->isBusy() || !charts->chart(plots::PlotKind::CareUnits)) && timer.elapsed() < 20000)
            QTest::qWait(20);
    }

    /// The lawn between the two networks, (200, 0)-(340, 40): 0.56 ha.
    qint64 lawnBetweenNetworks() const
    {
        auto areas = window->document()->session().areasAt(kAt);
        EXPECT_TRUE(areas.ok());
        for (const AreaShape &a : areas.ok() ? *areas : QList<AreaShape>()) {
            if (a.version.careType == QLatin1String("brugsplaene") && std::abs(a.bounds.left() - (kX + 200)) < 0.01)
                return a.version.areaId;
        }
        ADD_FAILURE() << "no lawn at x 200";
        return 0;
    }

    /// Tags that lawn as meadow (eng) from the map's date, unsaved.
    void lawnToMeadow()
    {
        window->canvas()->setSelection({lawnBetweenNetworks()});
        ASSERT_TRUE(window->retagSelection(QStringLiteral("eng"), kAt)) << window->lastError().toStdString();
        ASSERT_TRUE(window->document()->isModified());
    }

    /// The units the lawn gains as meadow, by hand from the catalogue: 140 m × 40 m = 0.56 ha;
    /// lawn (brugsplaene) distinctiveness 2 × condition poor 1, meadow (eng) 4 × moderate 2; the
    /// department's significance low, 1.
    static constexpr double kUnitsGained = 0.56 * (4 * 2.0 - 2 * 1.0) * 1.0;

    void expectCatalogueAsReckoned() const
    {
        const Catalogue &catalogue = window->document()->store().catalogue();
        const CareType *lawn = catalogue.find(QStringLiteral("brugsplaene"));
        const CareType *meadow = catalogue.find(QStringLiteral("eng"));
        ASSERT_TRUE(lawn && meadow);
        EXPECT_EQ(lawn->distinctiveness, 2);
        EXPECT_EQ(conditionScore(lawn->defaultCondition), 1.0);
        EXPECT_EQ(meadow->distinctiveness, 4);
        EXPECT_EQ(conditionScore(meadow->defaultCondition), 2.0);
        EXPECT_TRUE(meadow->natureFriendly);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
    ProjectStore *m_store = nullptr;
};

} // namespace

TEST_F(NatureView, DrawsNetworksLinksIsolatedPatchesAndTheSuggestedLawn)
{
    auto nature = showNature();
    ASSERT_TRUE(nature);
    test::grabForReview(window.get(), QStringLiteral("nature_view"));
    const NatureColours &colours = Symbology::active().nature();
    // What core found (the fixture's shape): two linked pairs, one isolated meadow, one lawn.
    ASSERT_EQ(nature->links.size(), 2);
    ASSERT_EQ(nature->suggestions.size(), 1);
    const QPointF o(kX, kY);

    // Each patch's outline is in its network's colour, and the two networks differ.
    auto networkOf = [&](double x) {
        for (const AreaNature &a : nature->areas)
            if (a.patch >= 0 && std::abs(nature->patches.at(a.patch).bounds.left() - (kX + x)) < 0.01)
                return nature->patches.at(a.patch).network;
        return -1;
    };
    const int networkA = networkOf(0), networkB = networkOf(400);
    ASSERT_GE(networkA, 0);
    ASSERT_GE(networkB, 0);
    ASSERT_NE(networkA, networkB);
    ASSERT_NE(colours.networkColour(networkA), colours.networkColour(networkB));
    for (const auto &[x, network] : {std::pair{0.0, networkA}, std::pair{100.0, networkA},
                                     std::pair{400.0, networkB}, std::pair{500.0, networkB}}) {
        // The bottom edge of the patch (no label nears it).
        const auto [hits, of] =
            alongSegment(o + QPointF(x + 5, 0), o + QPointF(x + 35, 0), colours.networkColour(network));
        EXPECT_GT(hits, of * 3 / 4) << "patch at x " << x;
        const auto [other, of2] =
            alongSegment(o + QPointF(x + 5, 0), o + QPointF(x + 35, 0),
                         colours.networkColour(network == networkA ? networkB : networkA));
        EXPECT_EQ(other, 0) << "patch at x " << x << " of " << of2;
    }
    // The link lines: the middle of each segment between its nearest points is the link's colour.
    for (const NatureLink &link : nature->links) {
        const QPointF middle = (link.pointA + link.pointB) / 2;
        EXPECT_TRUE(near(pixelAt(middle), colours.link)) << pixelAt(middle).name().toStdString();
        const auto [hits, of] = alongSegment(link.pointA + (link.pointB - link.pointA) * 0.2,
                                             link.pointA + (link.pointB - link.pointA) * 0.8, colours.link);
        EXPECT_GT(hits, of * 3 / 4);
    }
    // The suggested lawn's dashed outline: the dashes along its bottom edge are the suggestion's
    // colour (a dash, then a gap), and nothing of it is drawn where there is no lawn.
    const auto [dashes, of] = alongSegment(o + QPointF(210, 0), o + QPointF(330, 0), colours.suggestion);
    EXPECT_GT(dashes, of / 4);
    EXPECT_LT(dashes, of);
    EXPECT_EQ(alongSegment(o + QPointF(150, -20), o + QPointF(390, -20), colours.suggestion).first, 0);
    // Its inside is its units per ha on the ramp, over the lawn's own fill.
    for (const AreaNature &a : nature->areas) {
        if (a.areaId != nature->suggestions.first().areaId)
            continue;
        const QColor ramp = colours.rampColour(unitsPerHectare(a));
        const CareSymbol *lawn = Symbology::active().careSymbol(QStringLiteral("brugsplaene"));
        ASSERT_TRUE(lawn);
        constexpr double opacity = 0.85; // NaturePaintOptions::fillOpacity
        const QColor expected =
            QColor::fromRgbF(float(ramp.redF() * opacity + lawn->fill.redF() * (1 - opacity)),
                             float(ramp.greenF() * opacity + lawn->fill.greenF() * (1 - opacity)),
                             float(ramp.blueF() * opacity + lawn->fill.blueF() * (1 - opacity)));
        const QColor actual = pixelAt(o + QPointF(220, 30));
        EXPECT_TRUE(near(actual, expected, 12))
            << actual.name().toStdString() << " " << expected.name().toStdString();
    }
    // The isolated meadow is hatched: both its hatch colour and its fill show inside it.
    int hatch = 0;
    for (double y = 405; y < 435; y += 0.5)
        hatch += near(pixelAt(o + QPointF(20, y)), colours.isolatedHatch, 60) ? 1 : 0;
    EXPECT_GT(hatch, 0);
    EXPECT_LT(hatch, 60);
    // The legend lists the view with its symbols and counts.
    QTreeWidgetItem *legend = window->legend()->natureItem();
    ASSERT_TRUE(legend);
    EXPECT_EQ(legend->childCount(), colours.ramp.size() + 4);
    // Off again: the map loses the view.
    window->setNatureViewShown(false);
    test::settle(*window, 300);
    EXPECT_FALSE(window->natureView());
    EXPECT_FALSE(window->legend()->natureItem());
    const NatureLink &first = nature->links.first();
    EXPECT_FALSE(near(pixelAt((first.pointA + first.pointB) / 2), colours.link));
}

TEST_F(NatureView, FollowsTheDate)
{
    auto before = showNature();
    ASSERT_TRUE(before);
    window->timeSlider()->setDate(kChange.addDays(-10));
    QSignalSpy updated(window.get(), &MainWindow::natureViewUpdated);
    ASSERT_TRUE(updated.wait(20000));
    auto after = window->natureView();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->at, kChange.addDays(-10));
    // The isolated meadow was a lawn then: one patch fewer.
    EXPECT_EQ(after->patches.size() + 1, before->patches.size());
}

TEST_F(NatureView, UnitsChartStacksOneSeriesPerCareTypeSummingToTheTotal)
{
    ChartsPanel *charts = window->charts();
    QCustomPlot *plot = unitsChart();
    ASSERT_TRUE(plot);
    const CareUnitsSeries &series = charts->data(plots::PlotKind::CareUnits).careUnits;
    // The fixture has meadows and lawns: one stacked series for each.
    EXPECT_EQ(QSet<QString>(series.careTypes.cbegin(), series.careTypes.cend()),
              (QSet<QString>{QStringLiteral("eng"), QStringLiteral("brugsplaene")}));
    ASSERT_EQ(plot->graphCount(), series.careTypes.size());
    ASSERT_GE(series.dates.size(), 2);
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    bool changed = false;
    for (qsizetype i = 0; i < series.dates.size(); ++i) {
        NatureQuery query;
        query.at = series.dates.at(i);
        auto figures = natureFigures(**store, query);
        ASSERT_TRUE(figures.ok()) << figures.errorMessage().toStdString();
        // The top of the stack is the sum of the care types, and that is core's total.
        const QCPGraph *top = plot->graph(plot->graphCount() - 1);
        ASSERT_GT(top->data()->size(), i);
        EXPECT_NEAR(top->data()->at(int(i))->value, figures->total.units, 1e-6)
            << series.dates.at(i).toString().toStdString();
        double sum = 0;
        for (qsizetype c = 0; c < series.careTypes.size(); ++c)
            sum += series.units.at(c).at(i);
        EXPECT_NEAR(sum, figures->total.units, 1e-6);
        changed = changed || std::abs(series.totalAt(i) - series.totalAt(0)) > 1e-9;
    }
    EXPECT_TRUE(changed) << "the lawn that became a meadow changes the units";
    test::grabForReview(charts, QStringLiteral("nature_units_chart"));
}

TEST_F(NatureView, FollowsAnUnsavedTagChange)
{
    expectCatalogueAsReckoned();
    auto before = showNature();
    ASSERT_TRUE(before);
    ASSERT_EQ(before->suggestions.size(), 1);
    const QPointF inLawn(kX + 220, kY + 30);
    const QColor lawnPixel = pixelAt(inLawn);

    QSignalSpy updated(window.get(), &MainWindow::natureViewUpdated);
    lawnToMeadow();
    ASSERT_TRUE(updated.wait(20000));
    ASSERT_TRUE(updated.last().at(0).toBool());
    test::settle(*window, 300);
    auto after = window->natureView();
    ASSERT_TRUE(after);
    EXPECT_TRUE(window->document()->isModified()) << "the figures are of the unsaved edit";
    // The lawn is a meadow now: it joins the two networks, and there is no lawn left to suggest.
    EXPECT_NEAR(after->total.units - before->total.units, kUnitsGained, 1e-9);
    EXPECT_TRUE(after->suggestions.isEmpty());
    EXPECT_EQ(after->scopeNetworks.size() + 1, before->scopeNetworks.size());
    // Its colour on the map is its new units per ha on the ramp, over the meadow's fill.
    const NatureColours &colours = Symbology::active().nature();
    const CareSymbol *meadow = Symbology::active().careSymbol(QStringLiteral("eng"));
    ASSERT_TRUE(meadow);
    const QColor ramp = colours.rampColour(4 * 2.0);
    constexpr double opacity = 0.85; // NaturePaintOptions::fillOpacity
    const QColor expected = QColor::fromRgbF(float(ramp.redF() * opacity + meadow->fill.redF() * (1 - opacity)),
                                             float(ramp.greenF() * opacity + meadow->fill.greenF() * (1 - opacity)),
                                             float(ramp.blueF() * opacity + meadow->fill.blueF() * (1 - opacity)));
    const QColor meadowPixel = pixelAt(inLawn);
    EXPECT_TRUE(near(meadowPixel, expected, 12)) << meadowPixel.name().toStdString() << " " << expected.name().toStdString();
    EXPECT_FALSE(near(meadowPixel, lawnPixel, 12)) << lawnPixel.name().toStdString();
    test::grabForReview(window.get(), QStringLiteral("nature_view_unsaved_edit"));

    // Undo: the figures are those of the saved map again.
    updated.clear();
    window->document()->undoStack()->undo();
    ASSERT_TRUE(updated.wait(20000));
    auto undone = window->natureView();
    ASSERT_TRUE(undone);
    EXPECT_NEAR(undone->total.units, before->total.units, 1e-9);
    EXPECT_EQ(undone->suggestions.size(), 1);
}

TEST_F(NatureView, UnitsChartFollowsAnUnsavedTagChange)
{
    ChartsPanel *charts = window->charts();
    QCustomPlot *plot = unitsChart();
    ASSERT_TRUE(plot);
    const CareUnitsSeries before = charts->data(plots::PlotKind::CareUnits).careUnits;
    ASSERT_GE(before.dates.size(), 2);
    ASSERT_GE(before.dates.last(), kAt);
    const qsizetype last = before.dates.size() - 1;
    const double topBefore = plot->graph(plot->graphCount() - 1)->data()->at(int(last))->value;

    QSignalSpy refreshed(charts, &ChartsPanel::refreshed);
    lawnToMeadow();
    ASSERT_TRUE(refreshed.wait(20000));
    waitForCharts();
    plot = unitsChart();
    ASSERT_TRUE(plot);
    const CareUnitsSeries after = charts->data(plots::PlotKind::CareUnits).careUnits;
    ASSERT_EQ(after.dates, before.dates);
    EXPECT_TRUE(window->document()->isModified());
    // The last value (today, after the change) gains exactly the lawn's units as meadow.
    EXPECT_NEAR(after.totalAt(last) - before.totalAt(last), kUnitsGained, 1e-9);
    const double topAfter = plot->graph(plot->graphCount() - 1)->data()->at(int(last))->value;
    EXPECT_NEAR(topAfter - topBefore, kUnitsGained, 1e-9);
    // Before the change's date, nothing moves.
    EXPECT_NEAR(after.totalAt(0), before.totalAt(0), 1e-9);
    // And it is what the nature figures of the edited map say.
    NatureQuery query;
    query.at = after.dates.at(last);
    query.overlay = window->document()->mapContent().overlay;
    auto figures = natureFigures(window->document()->store(), query);
    ASSERT_TRUE(figures.ok()) << figures.errorMessage().toStdString();
    EXPECT_NEAR(after.totalAt(last), figures->total.units, 1e-9);
}

TEST_F(NatureView, TheVoteSheetsNatureValueCountsAnUnsavedTagChange)
{
    NatureQuery query;
    query.at = kAt;
    query.department = kDept;
    auto saved = natureFigures(window->document()->store(), query);
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    ASSERT_EQ(saved->departments.size(), 1);
    const double unitsBefore = saved->departments.first().units;

    lawnToMeadow(); // the lawn stays selected: the sheet is of its department
    const QString pdf = dir.filePath(QStringLiteral("vote.pdf"));
    ASSERT_TRUE(window->writeVoteSheet(pdf)) << window->lastError().toStdString();
    bool ok = false;
    const QString text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &ok);
    ASSERT_TRUE(ok) << "pdftotext (poppler-utils)";
    const QString language = window->language();
    const QString edited = natureUnitsText(unitsBefore + kUnitsGained, language);
    const QString stored = natureUnitsText(unitsBefore, language);
    ASSERT_NE(edited, stored);
    // The units of the edited map, today and (without a proposal) with the proposal.
    EXPECT_EQ(text.count(edited), 2) << edited.toStdString() << " in " << text.toStdString();
    EXPECT_FALSE(text.contains(stored)) << stored.toStdString() << " in " << text.toStdString();
    // The lawn now joins the two networks: the networks row says 2 (and the isolated meadow 1).
    static const QRegularExpression networks(QStringLiteral("Networks of nature-friendly patches\\s+(\\d+)\\s+(\\d+)"));
    const QRegularExpressionMatch m = networks.match(text);
    ASSERT_TRUE(m.hasMatch()) << text.toStdString();
    EXPECT_EQ(m.captured(1), QStringLiteral("2"));
    EXPECT_EQ(m.captured(2), QStringLiteral("2"));
}

TEST(NaturePainter, DrawsTheLinksThatHoldEachNetworkTogetherNotEveryPair)
{
    // Three patches, each within D of the others (a triangle of links 100, 120 and 140 m long), and
    // a fourth pair apart: the spanning tree of the triangle is its two shortest links, plus the
    // pair's one link.
    NatureResult nature;
    for (int i = 0; i < 5; ++i) {
        NaturePatch patch;
        patch.id = i;
        patch.network = i < 3 ? 0 : 1;
        patch.links = 1;
        nature.patches << patch;
    }
    auto link = [](int a, int b, double distance, QPointF pa, QPointF pb) {
        NatureLink l;
        l.patchA = a;
        l.patchB = b;
        l.distanceM = distance;
        l.pointA = pa;
        l.pointB = pb;
        return l;
    };
    nature.links = {link(0, 1, 100, {10, 10}, {110, 10}), link(0, 2, 140, {10, 20}, {10, 160}),
                    link(1, 2, 120, {110, 20}, {110, 140}), link(3, 4, 50, {200, 10}, {250, 10})};
    nature.spanningLinks = {
        0, 2, 3}; // as computeNature() finds them (Nature.SpanningLinksLeaveOutTheLongestOfACycle)
    QImage image(300, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    NaturePaintOptions options; // map = pixels
    const NaturePaintResult drawn = drawNature(painter, nature, options);
    painter.end();
    EXPECT_EQ(drawn.linksDrawn, 3);
    const QColor linkColour = Symbology::active().nature().link;
    auto isLink = [&](int x, int y) {
        const QColor c = image.pixelColor(x, y);
        return std::abs(c.red() - linkColour.red()) + std::abs(c.green() - linkColour.green()) +
                   std::abs(c.blue() - linkColour.blue()) <
               40;
    };
    EXPECT_TRUE(isLink(60, 10));  // 0-1, 100 m: drawn
    EXPECT_TRUE(isLink(110, 80)); // 1-2, 120 m: drawn
    EXPECT_FALSE(isLink(10, 90)); // 0-2, 140 m: the triangle's longest, left out
    EXPECT_TRUE(isLink(225, 10)); // 3-4: the other network's link
}
