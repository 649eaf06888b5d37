// Mowing zones: neighbours of one regime dissolve into one numbered zone; a mown path's band is a
// zone of its own and is taken out of the meadow it crosses (areas worked out by hand).

#include "analysis/mowing_zones.h"
#include "analysis/mowing_workload.h"
#include "mowing_fixture.h"

using namespace engdrift;
using namespace engdrift::test;

namespace {

class MowingZonesTest : public MowingFixture
{
protected:
    MowingZones zonesNow(const MapContent &content = {})
    {
        auto zones = mowingZones(MapSnapshot(*store, content, kMowAt), kMowDept, QStringLiteral("en"));
        EXPECT_TRUE(zones.ok()) << (zones.ok() ? std::string() : zones.errorMessage().toStdString());
        return zones.ok() ? *zones : MowingZones();
    }
};

} // namespace

TEST_F(MowingZonesTest, NeighboursOfOneRegimeDissolveIntoNumberedZones)
{
    const MowingZones zones = zonesNow();
    ASSERT_EQ(zones.zones.size(), 4);
    // Lawn A+B (west), lawn C, the meadow, the mown path: by regime, then west to east.
    const MowingZone &lawn = zones.zones[0];
    EXPECT_EQ(lawn.number, 1);
    EXPECT_EQ(lawn.careType, QStringLiteral("brugsplaene"));
    EXPECT_EQ(lawn.name, QStringLiteral("Utility lawn 1"));
    EXPECT_NEAR(lawn.areaM2, 3200.0, 1e-6);
    EXPECT_EQ(lawn.areaIds, (QList<qint64>{1, 2}));
    auto merged = Geometry::fromWkb(lawn.wkb);
    ASSERT_TRUE(merged.ok());
    EXPECT_TRUE(merged->isValid());
    EXPECT_EQ(merged->geometryType(), QStringLiteral("MultiPolygon"));
    EXPECT_EQ(merged->numGeometries(), 1) << "A and B touch: one polygon";
    EXPECT_EQ(zones.zones[1].number, 2);
    EXPECT_EQ(zones.zones[1].name, QStringLiteral("Utility lawn 2"));
    EXPECT_NEAR(zones.zones[1].areaM2, 400.0, 1e-6);
    EXPECT_EQ(zones.zones[2].careType, QStringLiteral("eng"));
    EXPECT_EQ(zones.zones[2].regime.cutsPerYear, 2);
    EXPECT_EQ(zones.zones[2].regime.equipment, QStringLiteral("cut_and_collect"));
    EXPECT_EQ(zones.zones[3].careType, QStringLiteral("mown_path"));
    EXPECT_TRUE(zones.zones[3].isPath);
    EXPECT_EQ(zones.zones[3].pathIds, (QList<qint64>{1}));
    EXPECT_EQ(zones.zones[3].regime.cutsPerYear, 10) << "the catalogue's path_care";
    // The hedge and the paved surface are not zones, but their m² are counted.
    EXPECT_NEAR(zones.careM2.value(QStringLiteral("haek")), 600.0, 1e-6);
    EXPECT_NEAR(zones.careM2.value(QStringLiteral("fast_belaegning")), 800.0, 1e-6);
    EXPECT_NEAR(zones.mownM2(), 3200.0 + 400.0 + 6000.0, 1e-6);
}

TEST_F(MowingZonesTest, APathBandIsTakenOutOfTheMeadowItCrosses)
{
    const MowingZones zones = zonesNow();
    ASSERT_EQ(zones.zones.size(), 4);
    // 2 m wide × 50 m long = 100 m², out of the meadow's 6000 m².
    EXPECT_NEAR(zones.zones[3].areaM2, 100.0, 1e-6);
    EXPECT_NEAR(zones.zones[2].areaM2, 5900.0, 1e-6);
    EXPECT_NEAR(zones.careM2.value(QStringLiteral("eng")), 5900.0, 1e-6);
    EXPECT_NEAR(zones.careM2.value(QStringLiteral("mown_path")), 100.0, 1e-6);
}

TEST_F(MowingZonesTest, APathAcrossTwoAreasIsClippedToTheGrassAndASafetyEdgeYieldsToIt)
{
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        // From inside lawn A (x 10) across the paved F (x 80-100) to... F is not grass: 1.5 m wide,
        // y 10, x 60-90: 20 m on lawn B (x 60-80) and 10 m on the paving, which is not mown.
        addPath(PathKind::MownPath, 1.5, {{60, 10}, {90, 10}});
        // A safety edge 1 m wide along y 70 from x 10 to 30: overlaps the mown path (x 20-70,
        // y 69-71) for x 20-30, where the path counts: 10 m × 1 m remain (x 10-20, y 69.5-70.5).
        addPath(PathKind::SafetyEdge, 1.0, {{10, 70}, {30, 70}});
        ASSERT_TRUE(tx->commit().ok());
    }
    const MowingZones zones = zonesNow();
    EXPECT_NEAR(zones.careM2.value(QStringLiteral("mown_path")), 100.0 + 30.0, 1e-6);
    EXPECT_NEAR(zones.careM2.value(QStringLiteral("safety_edge")), 10.0, 1e-6);
    EXPECT_NEAR(zones.careM2.value(QStringLiteral("brugsplaene")), 3600.0 - 30.0, 1e-6);
    EXPECT_NEAR(zones.careM2.value(QStringLiteral("eng")), 6000.0 - 100.0 - 10.0, 1e-6);
    EXPECT_NEAR(zones.careM2.value(QStringLiteral("fast_belaegning")), 800.0, 1e-6) << "paving is not cut";
    // The sums the workload reads (no dissolve) agree with the zones.
    WorkloadRequest request;
    request.at = kMowAt;
    auto sums = careAreas(*store, request);
    ASSERT_TRUE(sums.ok()) << sums.errorMessage().toStdString();
    const auto quick = sums->value(kMowDept);
    for (auto it = zones.careM2.cbegin(); it != zones.careM2.cend(); ++it)
        EXPECT_NEAR(quick.value(it.key()), it.value(), 1e-6) << it.key().toStdString();
}

TEST_F(MowingZonesTest, NumbersStayWhenNothingChanges)
{
    const MowingZones first = zonesNow();
    const MowingZones second = zonesNow();
    ASSERT_EQ(first.zones.size(), second.zones.size());
    for (qsizetype i = 0; i < first.zones.size(); ++i) {
        EXPECT_EQ(first.zones[i].number, second.zones[i].number);
        EXPECT_EQ(first.zones[i].areaIds, second.zones[i].areaIds);
        EXPECT_EQ(first.zones[i].wkb, second.zones[i].wkb);
    }
}

TEST_F(MowingZonesTest, AProposalsPlanChangesTheZones)
{
    const qint64 proposalId = planLawnCAsMeadow();
    MapContent content;
    content.proposalId = proposalId;
    const MowingZones zones = zonesNow(content);
    ASSERT_EQ(zones.zones.size(), 4);
    EXPECT_NEAR(zones.zones[0].areaM2, 3200.0, 1e-6);
    EXPECT_EQ(zones.zones[1].careType, QStringLiteral("eng"));
    EXPECT_EQ(zones.zones[2].careType, QStringLiteral("eng")) << "C is not next to D: a zone of its own";
    EXPECT_NEAR(zones.zones[1].areaM2 + zones.zones[2].areaM2, 5900.0 + 400.0, 1e-6);
}
