// Nature value (analysis/nature.h): biodiversity units with their formula, the green factor, the
// patches, links and networks for insects, and the lawns whose conversion would join networks.
// Every expected number is worked out by hand in the comments. Coordinates: metres east of 699000
// and north of 6171000 (EPSG:25832).

#include "analysis/nature.h"
#include "edit/edit_session.h"
#include "edit/proposals.h"
#include "store/project_store.h"
#include "test_support.h"
#include "util/translations.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace engdrift;

namespace {

const DepartmentKey kDeptA{12, 5};
const DepartmentKey kDeptB{12, 6};
const DepartmentKey kDeptC{13, 1};
const QDate kFrom(2020, 1, 1);
const QDate kAt(2024, 6, 1);

Geometry rect(double x0, double y0, double x1, double y1)
{
    return Geometry::rectangle(QRectF(699000 + x0, 6171000 + y0, x1 - x0, y1 - y0)).toMultiPolygon();
}

/// An in-memory map for the pure computation.
class MapBuilder
{
public:
    MapBuilder &add(const DepartmentKey &dept, const QString &care, double x0, double y0, double x1,
                    double y1, std::optional<HabitatCondition> condition = std::nullopt)
    {
        NatureArea area;
        area.areaId = ++m_next;
        area.department = dept;
        area.careType = care;
        area.condition = condition;
        const Geometry g = rect(x0, y0, x1, y1);
        area.areaM2 = g.area();
        area.wkb = g.toWkb();
        input.areas << area;
        return *this;
    }
    NatureResult compute()
    {
        input.at = kAt;
        auto result = computeNature(input, Catalogue::builtIn());
        EXPECT_TRUE(result.ok()) << result.errorMessage().toStdString();
        return result.ok() ? *result : NatureResult();
    }
    NatureInput input;

private:
    qint64 m_next = 0;
};

const NatureFigures *figuresOf(const NatureResult &result, const DepartmentKey &key)
{
    for (const NatureFigures &f : result.departments) {
        if (f.department == key)
            return &f;
    }
    return nullptr;
}

} // namespace

TEST(Nature, UnitsAndTheirFormula)
{
    MapBuilder map;
    // 1: a 0.42 ha utility lawn (distinctiveness 2), default condition poor (1), significance low
    //    (1.00): 0.42 × 2 × 1 × 1.00 = 0.84 units.
    map.add(kDeptA, QStringLiteral("brugsplaene"), 0, 0, 70, 60);
    // 2: a 0.42 ha meadow (eng: 4), recorded moderate (2): 0.42 × 4 × 2 × 1.00 = 3.36 units.
    map.add(kDeptA, QStringLiteral("eng"), 0, 100, 70, 160, HabitatCondition::Moderate);
    // 3: the same lawn in a department of high significance, recorded fairly poor (1.5):
    //    0.42 × 2 × 1.5 × 1.15 = 1.449 units.
    map.add(kDeptB, QStringLiteral("brugsplaene"), 1000, 0, 1070, 60, HabitatCondition::FairlyPoor);
    Department b;
    b.key = kDeptB;
    b.strategicSignificance = StrategicSignificance::High;
    map.input.departments.insert(kDeptB, b);
    const NatureResult result = map.compute();
    ASSERT_EQ(result.areas.size(), 3);
    EXPECT_NEAR(result.areas[0].formula.units, 0.84, 1e-9);
    EXPECT_FALSE(result.areas[0].formula.conditionRecorded);
    EXPECT_EQ(result.areas[0].formula.condition, HabitatCondition::Poor);
    EXPECT_NEAR(result.areas[1].formula.units, 3.36, 1e-9);
    EXPECT_NEAR(result.areas[2].formula.units, 1.449, 1e-9);
    EXPECT_EQ(result.areas[2].formula.significance, StrategicSignificance::High);

    installTranslations(QStringLiteral("en"));
    EXPECT_EQ(unitsFormulaText(result.areas[1].formula, QStringLiteral("en")),
              QStringLiteral("0.42 ha × 4 (medium) × 2 (moderate) × 1.00 = 3.36 units"));
    EXPECT_EQ(unitsFormulaText(result.areas[0].formula, QStringLiteral("en")),
              QStringLiteral("0.42 ha × 2 (low) × 1 (poor) × 1.00 = 0.84 units"));
    EXPECT_EQ(unitsFormulaText(result.areas[2].formula, QStringLiteral("en")),
              QStringLiteral("0.42 ha × 2 (low) × 1.5 (fairly poor) × 1.15 = 1.45 units"));

    // Department A: 0.84 + 3.36 = 4.20; organisation 12 (A and B): 4.20 + 1.449 = 5.649.
    ASSERT_EQ(result.departments.size(), 2);
    EXPECT_NEAR(figuresOf(result, kDeptA)->units, 4.2, 1e-9);
    ASSERT_EQ(result.organisations.size(), 1);
    EXPECT_NEAR(result.organisations[0].units, 5.649, 1e-9);
    EXPECT_NEAR(result.total.units, 5.649, 1e-9);
}

TEST(Nature, GreenFactorCountsEveryMappedArea)
{
    MapBuilder map;
    map.add(kDeptA, QStringLiteral("brugsplaene"), 0, 0, 70, 60);        // 4200 m² × 0.5 = 2100
    map.add(kDeptA, QStringLiteral("eng"), 0, 100, 50, 120);             // 1000 m² × 1.0 = 1000
    map.add(kDeptA, QStringLiteral("fast_belaegning"), 100, 0, 140, 20); //  800 m² × 0   =    0
    map.add(kDeptA, QStringLiteral("no_such_type"), 200, 0, 210, 10);    // left out, with a warning
    const NatureResult result = map.compute();
    const NatureFigures *a = figuresOf(result, kDeptA);
    ASSERT_TRUE(a);
    // (2100 + 1000 + 0) / (4200 + 1000 + 800) = 3100 / 6000
    EXPECT_NEAR(a->green.numeratorM2, 3100.0, 1e-6);
    EXPECT_NEAR(a->green.denominatorM2, 6000.0, 1e-6);
    ASSERT_TRUE(a->green.factor());
    EXPECT_NEAR(*a->green.factor(), 3100.0 / 6000.0, 1e-12);
    EXPECT_EQ(a->areas, 3);
    EXPECT_EQ(result.unknownAreas, 1);
    EXPECT_EQ(result.unknownCareTypes, QStringList{QStringLiteral("no_such_type")});
    EXPECT_EQ(result.warnings.size(), 1);
}

TEST(Nature, TouchingAreasAreOnePatch)
{
    MapBuilder map;
    map.add(kDeptA, QStringLiteral("eng"), 0, 0, 10, 10);
    map.add(kDeptA, QStringLiteral("blomstereng"), 10, 0, 20, 10); // shares an edge
    map.add(kDeptB, QStringLiteral("eng"), 20.01, 0, 30, 10);      // a 1 cm sliver, other department
    map.add(kDeptA, QStringLiteral("eng"), 20.2, 20, 30, 30);      // 10 m away: another patch
    const NatureResult result = map.compute();
    ASSERT_EQ(result.patches.size(), 2);
    EXPECT_EQ(result.patches[0].areaIds, (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(result.patches[0].departments, (QList<DepartmentKey>{kDeptA, kDeptB}));
    EXPECT_NEAR(result.patches[0].areaM2, 299.9, 1e-6);
    ASSERT_EQ(result.links.size(), 1);
    EXPECT_NEAR(result.links[0].distanceM, 10.0, 1e-9);
    EXPECT_EQ(result.networks.size(), 1);
}

TEST(Nature, PatchesAtMostDApartAreOneNetwork)
{
    for (const DepartmentKey &second : {kDeptA, kDeptB}) {
        for (double gap : {149.0, 151.0}) {
            MapBuilder map;
            map.add(kDeptA, QStringLiteral("eng"), 0, 0, 10, 10);
            map.add(second, QStringLiteral("eng"), 10 + gap, 0, 20 + gap, 10);
            const NatureResult result = map.compute();
            SCOPED_TRACE(QStringLiteral("%1 m, %2").arg(gap).arg(second.toString()).toStdString());
            ASSERT_EQ(result.patches.size(), 2);
            const bool linked = gap <= 150.0;
            EXPECT_EQ(result.networks.size(), linked ? 1 : 2);
            EXPECT_EQ(result.links.size(), linked ? 1 : 0);
            const NatureFigures *a = figuresOf(result, kDeptA);
            ASSERT_TRUE(a);
            if (linked) {
                EXPECT_NEAR(result.links[0].distanceM, gap, 1e-9);
                EXPECT_NEAR(result.links[0].pointA.x(), 699010.0, 1e-9);
                EXPECT_NEAR(result.links[0].pointB.x(), 699010.0 + gap, 1e-9);
            }
            // Department A's own figures: with the second patch in A, its networks and isolated
            // patches count both; in B only A's one patch.
            const int ownPatches = second == kDeptA ? 2 : 1;
            EXPECT_EQ(a->connectivity.patches, ownPatches);
            EXPECT_EQ(a->connectivity.networks, linked ? 1 : ownPatches);
            EXPECT_EQ(a->connectivity.isolatedPatches, linked ? 0 : ownPatches);
            // Share in the largest network: all of A's in one network (linked or one patch), else
            // 100 of 200 m².
            EXPECT_NEAR(a->connectivity.natureFriendlyM2, 100.0 * ownPatches, 1e-9);
            EXPECT_NEAR(*a->connectivity.largestShare(), linked || ownPatches == 1 ? 1.0 : 0.5, 1e-12);
        }
    }
}

TEST(Nature, SpanningLinksLeaveOutTheLongestOfACycle)
{
    MapBuilder map;
    map.add(kDeptA, QStringLiteral("eng"), 0, 0, 10, 10);    // 1
    map.add(kDeptA, QStringLiteral("eng"), 110, 0, 120, 10); // 2: 100 m from 1
    map.add(kDeptA, QStringLiteral("eng"), 50, 125, 60,
            135); // 3: √(40² + 115²) ≈ 121.8 m from 1, √(50² + 115²) ≈ 125.4 m from 2
    map.add(kDeptA, QStringLiteral("eng"), 1000, 0, 1010, 10); // 4
    map.add(kDeptA, QStringLiteral("eng"), 1060, 0, 1070, 10); // 5: 50 m from 4
    const NatureResult result = map.compute();
    ASSERT_EQ(result.links.size(), 4); // 1-2, 1-3, 2-3, 4-5
    EXPECT_NEAR(result.links[1].distanceM, std::hypot(40.0, 115.0), 1e-9);
    EXPECT_NEAR(result.links[2].distanceM, std::hypot(50.0, 115.0), 1e-9);
    EXPECT_EQ(result.spanningLinks, (QList<int>{0, 1, 3})); // 2-3, the longest of the triangle, left out
    EXPECT_EQ(result.networks.size(), 2);
}

TEST(Nature, SuggestsTheLawnThatJoinsTwoNetworks)
{
    MapBuilder map;
    map.add(kDeptA, QStringLiteral("eng"), 0, 0, 10, 10);            // 1: network of 100 m²
    map.add(kDeptB, QStringLiteral("eng"), 310, 0, 330, 10);         // 2: 300 m away, 200 m²
    map.add(kDeptA, QStringLiteral("brugsplaene"), 100, 0, 220, 10); // 3: 90 m from both: joins them
    map.add(kDeptA, QStringLiteral("brugsplaene"), 0, 100, 10, 110); // 4: 90 m from 1 only
    map.add(kDeptA, QStringLiteral("eng"), 2000, 0, 2010, 10);       // 5: far away, alone
    const NatureResult result = map.compute();
    EXPECT_EQ(result.networks.size(), 3);
    ASSERT_EQ(result.suggestions.size(), 1);
    const NatureSuggestion &s = result.suggestions[0];
    EXPECT_EQ(s.areaId, 3);
    EXPECT_EQ(s.rank, 1);
    EXPECT_EQ(s.department, kDeptA);
    EXPECT_EQ(s.networks.size(), 2);
    EXPECT_NEAR(s.connectedM2, 300.0, 1e-9); // 100 + 200
    EXPECT_NEAR(s.lawnM2, 1200.0, 1e-9);
    EXPECT_TRUE(result.shapes.contains(3));
}

TEST(Nature, AGridLargeEnoughForSeveralThreadsGivesTheHandCountedNetworks)
{
    // 70 rows of 70 meadows 10 × 10 m (4,900 nature-friendly areas: computeNature works on more
    // than one thread from 4,000). In a row the meadows are 150 m apart centre to centre: gaps of
    // 140 m, linked; the rows 170 m apart: gaps of 160 m, not linked. A 2 × 10 m strip touches
    // each row's first meadow (one patch of two areas, 138 m from the second meadow). Between rows
    // r and r + 1 of even r, a lawn of department A (70 m from row r, 80 m from row r + 1) joins
    // their networks; department B's lawn in each row (40 m from its meadow 33, 160 m from the
    // next row) is near one network only.
    MapBuilder map;
    constexpr int kRows = 70, kColumns = 70;
    for (int r = 0; r < kRows; ++r) {
        const double y = r * 170.0;
        for (int c = 0; c < kColumns; ++c)
            map.add(r % 2 ? kDeptB : kDeptA, QStringLiteral("eng"), c * 150.0, y, c * 150.0 + 10, y + 10);
        map.add(r % 2 ? kDeptB : kDeptA, QStringLiteral("eng"), 10, y, 12, y + 10); // touches meadow 0
        if (r % 2 == 0 && r + 1 < kRows)
            map.add(kDeptA, QStringLiteral("brugsplaene"), 3000, y + 80, 3010, y + 90);
        map.add(kDeptB, QStringLiteral("brugsplaene"), 5000, y, 5010, y + 10);
    }
    const NatureResult result = map.compute();
    ASSERT_EQ(result.patches.size(), kRows * kColumns);
    ASSERT_EQ(result.networks.size(), kRows);
    ASSERT_EQ(result.links.size(), kRows * (kColumns - 1));
    for (const NatureLink &link : result.links) {
        ASSERT_LT(link.patchA, link.patchB);
        // Meadow 0's strip reaches x = 12: 138 m to meadow 1; the others 140 m.
        const double expected = std::abs(link.pointA.x() - 699012.0) < 1e-9 ? 138.0 : 140.0;
        ASSERT_NEAR(link.distanceM, expected, 1e-9);
        ASSERT_NEAR(link.pointB.x() - link.pointA.x(), expected, 1e-9);
    }
    for (qsizetype i = 1; i < result.links.size(); ++i) {
        const NatureLink &x = result.links[i - 1], &y = result.links[i];
        ASSERT_TRUE(x.patchA < y.patchA || (x.patchA == y.patchA && x.patchB < y.patchB)) << i;
    }
    int isolated = 0, twoAreaPatches = 0;
    for (const NaturePatch &p : result.patches) {
        isolated += p.isolated() ? 1 : 0;
        twoAreaPatches += p.areaIds.size() == 2 ? 1 : 0;
        EXPECT_EQ(p.links, (p.areaIds.size() == 2 ||
                            std::abs(p.bounds.right() - 699000 - 10 - 150.0 * (kColumns - 1)) < 1e-9)
                               ? 1
                               : 2)
            << p.id;
    }
    EXPECT_EQ(isolated, 0);
    EXPECT_EQ(twoAreaPatches, kRows);
    for (const NatureNetwork &n : result.networks) {
        EXPECT_EQ(n.patches.size(), kColumns);
        EXPECT_NEAR(n.areaM2, kColumns * 100.0 + 20.0, 1e-6);
    }
    // The lawns between rows 0-1, 2-3, ... join two networks each: 35 suggestions, all of
    // department A, each connecting 2 × 7,020 m²; department B's lawns none.
    ASSERT_EQ(result.suggestions.size(), kRows / 2);
    for (const NatureSuggestion &s : result.suggestions) {
        EXPECT_EQ(s.department, kDeptA);
        EXPECT_EQ(s.networks.size(), 2);
        EXPECT_NEAR(s.connectedM2, 2 * (kColumns * 100.0 + 20.0), 1e-6);
    }
    const NatureFigures *a = figuresOf(result, kDeptA);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->connectivity.networks, kRows / 2);
    EXPECT_EQ(a->connectivity.patches, kRows / 2 * kColumns);
    EXPECT_NEAR(*a->connectivity.largestShare(), 1.0 / (kRows / 2), 1e-12);
}

TEST(Nature, SuggestionsRankedByTheAreaTheyConnect)
{
    MapBuilder map;
    map.add(kDeptA, QStringLiteral("eng"), 0, 0, 10, 10);            // 1: 100 m²
    map.add(kDeptA, QStringLiteral("eng"), 300, 0, 310, 10);         // 2: 100 m²
    map.add(kDeptA, QStringLiteral("eng"), 0, 300, 30, 310);         // 3: 300 m²
    map.add(kDeptA, QStringLiteral("brugsplaene"), 100, 0, 210, 10); // 4: joins 1 and 2: 200 m²
    map.add(kDeptA, QStringLiteral("brugsplaene"), 0, 100, 10, 210); // 5: joins 1 and 3: 400 m²
    map.add(kDeptA, QStringLiteral("brugsplaene"), 0, 120, 5, 190);  // 6: also 1 and 3, smaller lawn
    const NatureResult result = map.compute();
    ASSERT_EQ(result.suggestions.size(), 3);
    EXPECT_EQ(result.suggestions[0].areaId, 6); // 400 m², the smaller lawn first
    EXPECT_EQ(result.suggestions[1].areaId, 5);
    EXPECT_EQ(result.suggestions[2].areaId, 4);
    EXPECT_EQ(result.suggestions[2].rank, 3);
}

namespace {

/// A project (GeoPackage) with three departments:
///   dept 12-005: 1 eng (0,0)-(10,10) 100 m²; 2 brugsplaene (0,20)-(100,170) 15000 m²;
///                3 eng (0,300)-(10,310) 100 m²
///   dept 12-006: 4 eng (140,0)-(150,10); 5 eng (280,0)-(290,10)   (a chain 130 m apart from 1)
///   dept 13-001: 6 eng (5000,0)-(5010,10), alone
/// Networks: {1, 4, 5} (300 m²), {3} alone, {6} alone. Lawn 2 is 10 m from 1 and 130 m from 3:
/// it would join {1, 4, 5} and {3} (400 m²).
class NatureStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        store = test::newProject(dir.filePath(QStringLiteral("nature.engdrift.gpkg")));
        ASSERT_TRUE(store);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, QStringLiteral("Øst")}).ok());
        ASSERT_TRUE(store->saveOrganisation({13, QStringLiteral("Vest")}).ok());
        for (const DepartmentKey &key : {kDeptA, kDeptB, kDeptC})
            ASSERT_TRUE(store->saveDepartment({key, key.toString(), {}, 10, {}}).ok());
        add(kDeptA, QStringLiteral("eng"), 0, 0, 10, 10);
        add(kDeptA, QStringLiteral("brugsplaene"), 0, 20, 100, 170);
        add(kDeptA, QStringLiteral("eng"), 0, 300, 10, 310);
        add(kDeptB, QStringLiteral("eng"), 140, 0, 150, 10);
        add(kDeptB, QStringLiteral("eng"), 280, 0, 290, 10);
        add(kDeptC, QStringLiteral("eng"), 5000, 0, 5010, 10);
        ASSERT_TRUE(tx->commit().ok());
    }

    void add(const DepartmentKey &dept, const QString &care, double x0, double y0, double x1, double y1)
    {
        AreaVersion a;
        a.department = dept;
        a.careType = care;
        a.validFrom = kFrom;
        ASSERT_TRUE(store->areaLayer().insert(a, rect(x0, y0, x1, y1)).ok());
    }

    NatureResult figures(const NatureQuery &query)
    {
        auto result = natureFigures(*store, query);
        EXPECT_TRUE(result.ok()) << result.errorMessage().toStdString();
        return result.ok() ? *result : NatureResult();
    }

    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store;
};

void expectSameFigures(const NatureFigures &a, const NatureFigures &b)
{
    EXPECT_EQ(a.department, b.department);
    EXPECT_EQ(a.areas, b.areas);
    EXPECT_DOUBLE_EQ(a.units, b.units);
    EXPECT_DOUBLE_EQ(a.green.numeratorM2, b.green.numeratorM2);
    EXPECT_DOUBLE_EQ(a.green.denominatorM2, b.green.denominatorM2);
    EXPECT_EQ(a.connectivity.networks, b.connectivity.networks);
    EXPECT_EQ(a.connectivity.patches, b.connectivity.patches);
    EXPECT_EQ(a.connectivity.isolatedPatches, b.connectivity.isolatedPatches);
    EXPECT_DOUBLE_EQ(a.connectivity.largestM2, b.connectivity.largestM2);
    EXPECT_DOUBLE_EQ(a.connectivity.natureFriendlyM2, b.connectivity.natureFriendlyM2);
}

} // namespace

TEST_F(NatureStore, OneDepartmentEqualsTheWholeProject)
{
    NatureQuery all;
    all.at = kAt;
    const NatureResult whole = figures(all);
    EXPECT_EQ(whole.networks.size(), 3);
    NatureQuery one = all;
    one.department = kDeptA;
    const NatureResult dept = figures(one);
    ASSERT_EQ(dept.departments.size(), 1);
    const NatureFigures *inWhole = figuresOf(whole, kDeptA);
    ASSERT_TRUE(inWhole);
    expectSameFigures(dept.departments[0], *inWhole);
    // Stores give the defaults until conditions are recorded: 1 and 3 eng moderate
    // (0.01 × 4 × 2 = 0.08 each), 2 lawn poor (1.5 × 2 × 1 = 3.0): 3.16 units.
    EXPECT_NEAR(dept.departments[0].units, 3.16, 1e-9);
    // (100 + 15000 × 0.5 + 100) / 15200
    EXPECT_NEAR(*dept.departments[0].green.factor(), 7700.0 / 15200.0, 1e-12);
    EXPECT_EQ(dept.departments[0].connectivity.networks, 2);
    EXPECT_EQ(dept.departments[0].connectivity.isolatedPatches, 1);
    EXPECT_NEAR(*dept.departments[0].connectivity.largestShare(), 0.5, 1e-12);
    // The network of area 1 reaches area 5, 280 m east: beyond D of the department, read as it grew.
    const int largest = dept.departments[0].connectivity.largestNetwork;
    ASSERT_GE(largest, 0);
    EXPECT_NEAR(dept.networks[largest].areaM2, 300.0, 1e-9);
    ASSERT_EQ(dept.suggestions.size(), 1);
    ASSERT_EQ(whole.suggestions.size(), 1);
    EXPECT_EQ(dept.suggestions[0].areaId, 2);
    EXPECT_NEAR(dept.suggestions[0].connectedM2, 400.0, 1e-9);
    EXPECT_DOUBLE_EQ(dept.suggestions[0].connectedM2, whole.suggestions[0].connectedM2);
    // An organisation: the same as its departments in the whole run.
    NatureQuery org = all;
    org.organisation = 12;
    const NatureResult byOrg = figures(org);
    ASSERT_EQ(byOrg.departments.size(), 2);
    for (const NatureFigures &f : byOrg.departments)
        expectSameFigures(f, *figuresOf(whole, f.department));
}

TEST_F(NatureStore, ProgressRisesToTheEndAndACancelStops)
{
    NatureQuery query;
    query.at = kAt;
    QList<double> fractions;
    query.progress = [&fractions](double fraction, qint64) {
        fractions << fraction;
        return true;
    };
    ASSERT_TRUE(natureFigures(*store, query).ok());
    ASSERT_FALSE(fractions.isEmpty());
    for (qsizetype i = 1; i < fractions.size(); ++i)
        EXPECT_LE(fractions[i - 1], fractions[i]) << "step " << i;
    EXPECT_GE(fractions.first(), 0.6); // six areas: reading reports nothing, the computation the last 40 %
    EXPECT_DOUBLE_EQ(fractions.last(), 1.0);

    int calls = 0;
    query.progress = [&calls](double, qint64) { return ++calls < 3; };
    auto cancelled = natureFigures(*store, query);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.errorMessage().contains(QStringLiteral("cancelled"))) << cancelled.errorMessage().toStdString();
    EXPECT_EQ(calls, 3);
}

TEST_F(NatureStore, AProposalChangesUnitsAndNetworks)
{
    auto proposal = createProposal(*store, kDeptA, QStringLiteral("Eng"), kAt);
    ASSERT_TRUE(proposal.ok()) << proposal.errorMessage().toStdString();
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        AreaVersion planned;
        planned.areaId = 2;
        planned.department = kDeptA;
        planned.careType = QStringLiteral("eng");
        planned.validFrom = kAt;
        planned.status = AreaStatus::Proposed;
        planned.proposalId = proposal->id;
        ASSERT_TRUE(store->areaLayer().insert(planned, rect(0, 20, 100, 170)).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    NatureQuery query;
    query.at = kAt;
    query.department = kDeptA;
    query.proposalId = proposal->id;
    const NatureResult planned = figures(query);
    ASSERT_EQ(planned.departments.size(), 1);
    const NatureFigures &a = planned.departments[0];
    // The lawn as meadow: 1.5 × 4 × 2 = 12, with 0.08 + 0.08: 12.16 units; one network of all.
    EXPECT_NEAR(a.units, 12.16, 1e-9);
    EXPECT_EQ(a.connectivity.networks, 1);
    EXPECT_EQ(a.connectivity.isolatedPatches, 0);
    EXPECT_NEAR(*a.connectivity.largestShare(), 1.0, 1e-12);
    EXPECT_TRUE(planned.suggestions.isEmpty());
    // (100 + 15000 + 100) / 15200
    EXPECT_NEAR(*a.green.factor(), 1.0, 1e-12);
}

TEST_F(NatureStore, UnitsOverTime)
{
    auto series = careUnitsTimeline(*store, {QDate(2019, 1, 1), kAt}, kDeptA);
    ASSERT_TRUE(series.ok()) << series.errorMessage().toStdString();
    // Nothing before 2020; at kAt: brugsplaene 3.0, eng 0.16.
    EXPECT_EQ(series->careTypes, (QStringList{QStringLiteral("brugsplaene"), QStringLiteral("eng")}));
    EXPECT_NEAR(series->totalAt(0), 0.0, 1e-12);
    EXPECT_NEAR(series->totalAt(1), 3.16, 1e-9);
}

TEST_F(NatureStore, UnitsOverTimeWithUnsavedEditsEqualTheUnitsAfterSavingThem)
{
    const QList<QDate> dates{QDate(2019, 1, 1), QDate(2021, 6, 1), kAt, QDate(2030, 1, 1)};
    const QDate from(2022, 1, 1);
    // Unsaved: lawn 2 (12-005) becomes meadow, and meadow 6 (13-001) a lawn, from 2022.
    EditSession session(*store);
    ASSERT_TRUE(session.retag({2}, QStringLiteral("eng"), from).ok());
    ASSERT_TRUE(session.retag({6}, QStringLiteral("brugsplaene"), from).ok());
    const std::shared_ptr<const EditOverlay> overlay = session.overlay();

    struct Scope
    {
        std::optional<DepartmentKey> department;
        std::optional<int> organisation;
    };
    const QList<Scope> scopes{{kDeptA, std::nullopt}, {kDeptB, std::nullopt}, {std::nullopt, 12}, {std::nullopt, 13}, {}};
    QList<CareUnitsSeries> edited;
    for (const Scope &scope : scopes) {
        auto saved = careUnitsTimeline(*store, dates, scope.department, scope.organisation);
        ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
        auto withEdits = careUnitsTimeline(*store, dates, scope.department, scope.organisation, overlay);
        ASSERT_TRUE(withEdits.ok()) << withEdits.errorMessage().toStdString();
        // Before 2022 the edits change nothing.
        for (qsizetype i : {0, 1})
            EXPECT_NEAR(withEdits->totalAt(i), saved->totalAt(i), 1e-9);
        edited << *withEdits;
    }
    // 12-005 at kAt: the 1.5 ha lawn (2 × poor 1 = 3 units) as meadow (4 × moderate 2 = 12), and the
    // two meadows' 0.16: 12.16 units, as the proposal that plans the same (above) has it.
    EXPECT_NEAR(edited[0].totalAt(2), 12.16, 1e-9);
    EXPECT_NEAR(edited[0].totalAt(3), 12.16, 1e-9);
    // 13-001: the 0.01 ha meadow (0.08 units) as lawn (0.02).
    EXPECT_NEAR(edited[3].totalAt(2), 0.02, 1e-9);
    // 12-006 is not edited.
    EXPECT_NEAR(edited[1].totalAt(2), 0.16, 1e-9);

    // The units of the saved project afterwards are the units the overlay showed before.
    auto report = session.save();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    ASSERT_FALSE(session.isModified());
    for (qsizetype s = 0; s < scopes.size(); ++s) {
        auto after = careUnitsTimeline(*store, dates, scopes[s].department, scopes[s].organisation);
        ASSERT_TRUE(after.ok()) << after.errorMessage().toStdString();
        EXPECT_EQ(after->careTypes, edited[s].careTypes) << "scope " << s;
        ASSERT_EQ(after->units.size(), edited[s].units.size());
        for (qsizetype c = 0; c < after->units.size(); ++c) {
            for (qsizetype i = 0; i < dates.size(); ++i)
                EXPECT_NEAR(after->units[c][i], edited[s].units[c][i], 1e-9) << "scope " << s << " care " << c << " date " << i;
        }
        // And they are the nature figures' units at each date.
        for (qsizetype i = 0; i < dates.size(); ++i) {
            NatureQuery query;
            query.at = dates[i];
            query.department = scopes[s].department;
            query.organisation = scopes[s].organisation;
            const NatureResult result = figures(query);
            EXPECT_NEAR(result.total.units, edited[s].totalAt(i), 1e-9) << "scope " << s << " date " << i;
        }
    }
}

TEST_F(NatureStore, FiguresWithUnsavedEditsEqualTheFiguresAfterSavingThem)
{
    EditSession session(*store);
    ASSERT_TRUE(session.retag({2}, QStringLiteral("eng"), kAt).ok());
    NatureQuery query;
    query.at = kAt;
    query.department = kDeptA;
    const NatureResult saved = figures(query);
    query.overlay = session.overlay();
    const NatureResult edited = figures(query);
    ASSERT_EQ(saved.departments.size(), 1);
    ASSERT_EQ(edited.departments.size(), 1);
    EXPECT_NEAR(saved.departments[0].units, 3.16, 1e-9);
    EXPECT_NEAR(edited.departments[0].units, 12.16, 1e-9);
    EXPECT_TRUE(edited.suggestions.isEmpty());
    ASSERT_TRUE(session.save().ok());
    query.overlay.reset();
    const NatureResult after = figures(query);
    ASSERT_EQ(after.departments.size(), 1);
    expectSameFigures(after.departments[0], edited.departments[0]);
}
