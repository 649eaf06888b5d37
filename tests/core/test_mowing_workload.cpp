// Mowing workload: hours, fuel, CO2 and cost equal the numbers worked out by hand from the
// fixture (mowing_fixture.h) and the default assumptions; the baselines; converting lawn to meadow.

#include "analysis/mowing_workload.h"
#include "mowing_fixture.h"

using namespace engdrift;
using namespace engdrift::test;

namespace {

// Utility lawn: 18 cuts, 2 h/ha/cut, trimming +0.33, 9 l/ha/cut (the catalogue's figures).
double lawnHours(double m2) { return m2 / 10000 * 18 * 2.0 * 1.33; }
double lawnFuel(double m2) { return m2 / 10000 * 18 * 9; }
// Meadow (eng): 2 cuts, cut and collected at 3,200 m² an hour, 10 l/ha/cut.
double meadowHours(double m2) { return m2 * 2 / 3200; }
double meadowFuel(double m2) { return m2 / 10000 * 2 * 10; }
// Mown path: 10 cuts; hours and fuel from the general figures (2 h, 9 l), no trimming.
double pathHours(double m2) { return m2 / 10000 * 10 * 2.0; }
double pathFuel(double m2) { return m2 / 10000 * 10 * 9; }
// Hedge: 150 h/ha/year.
double hedgeHours(double m2) { return m2 / 10000 * 150; }

class MowingWorkload : public MowingFixture
{
protected:
    WorkloadReport gather(const MapContent &content = {}, const QDate &at = kMowAt)
    {
        WorkloadRequest request;
        request.at = at;
        request.content = content;
        auto report = gatherWorkload(*store, request);
        EXPECT_TRUE(report.ok()) << (report.ok() ? std::string() : report.errorMessage().toStdString());
        return report.ok() ? *report : WorkloadReport();
    }
};

} // namespace

TEST_F(MowingWorkload, HoursFuelCo2AndCostAreTheHandComputedOnes)
{
    const WorkloadReport report = gather();
    ASSERT_EQ(report.departments.size(), 1);
    const DepartmentWorkload &d = report.departments.first();
    const double hours = lawnHours(3600) + meadowHours(5900) + pathHours(100) + hedgeHours(600);
    const double fuel = lawnFuel(3600) + meadowFuel(5900) + pathFuel(100);
    EXPECT_NEAR(d.figures.hours, hours, 1e-9);
    EXPECT_NEAR(d.figures.hours, 17.2368 + 3.6875 + 0.2 + 9.0, 1e-9); // the same, as numbers
    EXPECT_NEAR(d.figures.fuelLitres, 58.32 + 11.8 + 0.9, 1e-9);
    EXPECT_NEAR(d.figures.fuelLitres, fuel, 1e-9);
    EXPECT_NEAR(d.figures.co2Kg, fuel * 2.4, 1e-9);
    EXPECT_NEAR(d.figures.costDkk, hours * 450, 1e-6);
    EXPECT_NEAR(d.figures.mownM2, 3600 + 5900 + 100, 1e-6);
    EXPECT_NEAR(d.figures.areaM2, 3600 + 6000 + 600 + 800, 1e-6);
    // Totals per organisation and overall.
    EXPECT_NEAR(report.organisations.value(12).hours, hours, 1e-9);
    EXPECT_NEAR(report.total.hours, hours, 1e-9);
    // Baseline: all grass (3600 + 5900 + 100 m²) as utility lawn, the hedge as it is.
    EXPECT_NEAR(d.allLawn.hours, lawnHours(9600) + hedgeHours(600), 1e-9);
    EXPECT_NEAR(d.allLawn.fuelLitres, lawnFuel(9600), 1e-9);
    EXPECT_FALSE(d.beforeProposal) << "no proposal: no such baseline";
}

TEST_F(MowingWorkload, TheProjectsAssumptionsAreUsedAndListed)
{
    MowingAssumptions a;
    ASSERT_TRUE(a.set(QStringLiteral("dkk_per_hour"), QStringLiteral("500"), store->catalogue()).ok());
    ASSERT_TRUE(a.set(QStringLiteral("dkk_per_m2"), QStringLiteral("0.5"), store->catalogue()).ok());
    ASSERT_TRUE(a.set(QStringLiteral("kg_co2_per_litre"), QStringLiteral("2.5"), store->catalogue()).ok());
    ASSERT_TRUE(a.set(QStringLiteral("brugsplaene.hours_per_ha_per_cut"), QStringLiteral("3"), store->catalogue()).ok());
    EXPECT_FALSE(a.set(QStringLiteral("dkk_per_hour"), QStringLiteral("lots"), store->catalogue()).ok());
    EXPECT_FALSE(a.set(QStringLiteral("nosuch.hours_per_ha_per_cut"), QStringLiteral("1"), store->catalogue()).ok());
    EXPECT_FALSE(a.set(QStringLiteral("eng.colour"), QStringLiteral("1"), store->catalogue()).ok());
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(saveMowingAssumptions(*store, a).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    const WorkloadReport report = gather();
    ASSERT_EQ(report.departments.size(), 1);
    const DepartmentWorkload &d = report.departments.first();
    const double lawn = 3600.0 / 10000 * 18 * 3.0 * 1.33;
    const double hours = lawn + meadowHours(5900) + pathHours(100) + hedgeHours(600);
    const double fuel = lawnFuel(3600) + meadowFuel(5900) + pathFuel(100);
    EXPECT_NEAR(d.figures.hours, hours, 1e-9);
    EXPECT_NEAR(d.figures.co2Kg, fuel * 2.5, 1e-9);
    EXPECT_NEAR(d.figures.costDkk, hours * 500 + (3600 + 5900 + 100) * 0.5, 1e-6);
    // The output lists what it used, and where each figure came from.
    auto row = [&](const QString &key) {
        for (const AssumptionRow &r : report.assumptionRows) {
            if (r.key == key)
                return r;
        }
        return AssumptionRow{};
    };
    EXPECT_EQ(row(QStringLiteral("dkk_per_hour")).value, 500);
    EXPECT_EQ(row(QStringLiteral("dkk_per_hour")).source, QStringLiteral("project"));
    EXPECT_EQ(row(QStringLiteral("scythe_m2_per_hour")).source, QStringLiteral("default"));
    EXPECT_EQ(row(QStringLiteral("brugsplaene.hours_per_ha_per_cut")).value, 3);
    EXPECT_EQ(row(QStringLiteral("brugsplaene.hours_per_ha_per_cut")).source, QStringLiteral("project"));
    EXPECT_EQ(row(QStringLiteral("eng.fuel_l_per_ha_per_cut")).source, QStringLiteral("catalogue"));
    EXPECT_EQ(row(QStringLiteral("mown_path.hours_per_ha_per_cut")).source, QStringLiteral("default"));
    EXPECT_TRUE(row(QStringLiteral("prydplaene.hours_per_ha_per_cut")).key.isEmpty()) << "not on the map: not listed";
}

TEST_F(MowingWorkload, ConvertingLawnToMeadowLowersTheCutsAndTheHoursByTheHandComputedAmount)
{
    const double before = gather().departments.first().figures.hours;
    const qint64 proposalId = planLawnCAsMeadow();
    MapContent content;
    content.proposalId = proposalId;
    const WorkloadReport report = gather(content);
    ASSERT_EQ(report.departments.size(), 1);
    const DepartmentWorkload &d = report.departments.first();
    // 400 m² go from 18 machine cuts to 2 cut-and-collect cuts.
    const double change = meadowHours(400) - lawnHours(400);
    EXPECT_NEAR(change, 0.25 - 1.9152, 1e-9);
    EXPECT_NEAR(d.figures.hours - before, change, 1e-9);
    EXPECT_NEAR(d.figures.fuelLitres, lawnFuel(3200) + meadowFuel(6300) + pathFuel(100), 1e-9);
    // The baseline before the proposal is the map without it.
    ASSERT_TRUE(d.beforeProposal);
    EXPECT_EQ(d.baselineProposalId, proposalId);
    EXPECT_NEAR(d.beforeProposal->hours, before, 1e-9);
    // Carried out on 2024-06-01: later, the map at 2024-05-31 is the baseline.
    ASSERT_TRUE(setProposalStatus(*store, proposalId, ProposalStatus::Adopted).ok());
    ASSERT_TRUE(implementProposal(*store, proposalId, QDate(2024, 6, 1)).ok());
    const WorkloadReport later = gather({}, QDate(2024, 8, 1));
    const DepartmentWorkload &after = later.departments.first();
    EXPECT_NEAR(after.figures.hours - before, change, 1e-9);
    ASSERT_TRUE(after.beforeProposal);
    EXPECT_EQ(after.baselineDate, QDate(2024, 5, 31));
    EXPECT_NEAR(after.beforeProposal->hours, before, 1e-9);
}

TEST_F(MowingWorkload, OneOrganisationOrDepartmentOnly)
{
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({13, QStringLiteral("Andre")}).ok());
        ASSERT_TRUE(store->saveDepartment({DepartmentKey{13, 1}, QStringLiteral("Vest"), {}, 10, {}}).ok());
        AreaVersion a;
        a.department = DepartmentKey{13, 1};
        a.careType = QStringLiteral("brugsplaene");
        a.validFrom = kMowFrom;
        ASSERT_TRUE(store->areaLayer().insert(a, rect(500, 0, 600, 100)).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    WorkloadRequest request;
    request.at = kMowAt;
    request.organisation = 13;
    auto report = gatherWorkload(*store, request);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->departments.size(), 1);
    EXPECT_EQ(report->departments.first().department, (DepartmentKey{13, 1}));
    EXPECT_NEAR(report->total.hours, lawnHours(10000), 1e-9);
    request.organisation.reset();
    auto all = gatherWorkload(*store, request);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->departments.size(), 2);
    EXPECT_EQ(all->organisations.size(), 2);
}

TEST_F(MowingWorkload, DepartmentsWithPathsAreWorkedOnInParallelWithTheSameResult)
{
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({14, QStringLiteral("Mange")}).ok());
        for (int d = 1; d <= 10; ++d) {
            const DepartmentKey key{14, d};
            ASSERT_TRUE(store->saveDepartment({key, QStringLiteral("Afd %1").arg(d), {}, 10, {}}).ok());
            AreaVersion a;
            a.department = key;
            a.careType = QStringLiteral("eng");
            a.validFrom = kMowFrom;
            const double x = 1000 + 200 * d;
            ASSERT_TRUE(store->areaLayer().insert(a, rect(x, 0, x + 100, 100)).ok());
            PathVersion p;
            p.department = key;
            p.validFrom = kMowFrom;
            p.widthM = d; // d m wide, 100 m long: d × 100 m² of path
            auto line = Geometry::lineString({QPointF(699000 + x, 6171050), QPointF(699000 + x + 100, 6171050)});
            ASSERT_TRUE(line.ok());
            ASSERT_TRUE(store->pathLayer().insert(p, *line).ok());
        }
        ASSERT_TRUE(tx->commit().ok());
    }
    WorkloadRequest request;
    request.at = kMowAt;
    request.organisation = 14;
    request.threads = 1;
    auto one = careAreas(*store, request);
    ASSERT_TRUE(one.ok()) << one.errorMessage().toStdString();
    request.threads = 2;
    int lastDone = -1, lastTotal = -1;
    request.progress = [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
        return true;
    };
    auto two = careAreas(*store, request);
    ASSERT_TRUE(two.ok()) << two.errorMessage().toStdString();
    EXPECT_EQ(lastDone, 10);
    EXPECT_EQ(lastTotal, 10);
    ASSERT_EQ(two->size(), 10);
    for (int d = 1; d <= 10; ++d) {
        const auto m2 = two->value(DepartmentKey{14, d});
        EXPECT_NEAR(m2.value(QStringLiteral("mown_path")), 100.0 * d, 1e-6) << d;
        EXPECT_NEAR(m2.value(QStringLiteral("eng")), 10000.0 - 100.0 * d, 1e-6) << d;
        EXPECT_EQ(m2, one->value(DepartmentKey{14, d})) << d;
    }
    // Cancelled through the progress: an error, no result.
    request.progress = [](int, int) { return false; };
    EXPECT_FALSE(careAreas(*store, request).ok());
}
