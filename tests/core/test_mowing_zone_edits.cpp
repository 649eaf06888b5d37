// Mowing zones stored with history (edit/mowing_zone_edits.h, analysis/mowing_zone_match.h): a
// rename or renumber holds from its date, numbers stay unique, a season's override changes the
// calendar and the workload of that season only (hand-computed), zones keep their numbers when
// the areas under them change, and a refused or conflicting change writes nothing. On the
// department of mowing_fixture.h: 1 lawn A+B 3200 m², 2 lawn C 400 m², 3 meadow 5900 m²
// (cut and collected twice, June and September), 4 the mown path 100 m².

#include "analysis/mowing_calendar.h"
#include "analysis/mowing_workload.h"
#include "analysis/mowing_zones.h"
#include "edit/mowing_zone_edits.h"
#include "edit/tagging.h"
#include "mowing_fixture.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace engdrift;
using namespace engdrift::test;

namespace {

const QDate kLater(2024, 7, 1);

class MowingZoneEdits : public MowingFixture
{
protected:
    MowingZones zonesAt(const QDate &date, int season = 0)
    {
        auto zones = mowingZones(MapSnapshot(*store, {}, date), kMowDept, QStringLiteral("en"), season);
        EXPECT_TRUE(zones.ok()) << (zones.ok() ? std::string() : zones.errorMessage().toStdString());
        return zones.ok() ? *zones : MowingZones();
    }

    static const MowingZone *numbered(const MowingZones &zones, int number)
    {
        for (const MowingZone &z : zones.zones) {
            if (z.number == number)
                return &z;
        }
        return nullptr;
    }

    qsizetype storedVersions()
    {
        VersionQuery all;
        all.status.reset();
        auto list = store->zoneLayer().versions(all);
        EXPECT_TRUE(list.ok());
        return list.ok() ? list->size() : -1;
    }

    static RegimeOverride oneCutInSeptember()
    {
        RegimeOverride o;
        o.cutsPerYear = 1;
        o.months = QList<int>{9};
        return o;
    }
};

} // namespace

TEST_F(MowingZoneEdits, ARenameHoldsFromItsDateAndTheFirstEditStoresEveryZone)
{
    EXPECT_EQ(storedVersions(), 0);
    ASSERT_TRUE(renameMowingZone(*store, kMowDept, kMowAt, 2, QStringLiteral("Legepladsen")).ok());
    EXPECT_EQ(storedVersions(), 4) << "the department's four zones";
    const MowingZones now = zonesAt(kMowAt);
    ASSERT_EQ(now.zones.size(), 4);
    for (const MowingZone &z : now.zones)
        EXPECT_GT(z.zoneId, 0) << z.number;
    EXPECT_EQ(numbered(now, 2)->name, QStringLiteral("Legepladsen"));
    EXPECT_TRUE(numbered(now, 2)->named);
    EXPECT_EQ(numbered(now, 1)->name, QStringLiteral("Utility lawn 1"));
    const MowingZones before = zonesAt(kMowAt.addDays(-1));
    EXPECT_EQ(numbered(before, 2)->name, QStringLiteral("Utility lawn 2")) << "the map the day before";
    EXPECT_EQ(numbered(before, 2)->zoneId, 0);

    // Renamed again later: the first name stays in history; an empty name gives the derived one.
    ASSERT_TRUE(renameMowingZone(*store, kMowDept, kLater, 2, QString()).ok());
    EXPECT_EQ(numbered(zonesAt(kMowAt), 2)->name, QStringLiteral("Legepladsen"));
    EXPECT_EQ(numbered(zonesAt(kLater), 2)->name, QStringLiteral("Utility lawn 2"));
    EXPECT_EQ(storedVersions(), 5) << "one new version; the unchanged zones were not written again";
}

TEST_F(MowingZoneEdits, RenumberingSwapsWithTheHolderAndKeepsNumbersUnique)
{
    ASSERT_TRUE(renumberMowingZone(*store, kMowDept, kMowAt, 1, 3).ok());
    MowingZones zones = zonesAt(kMowAt);
    ASSERT_EQ(zones.zones.size(), 4);
    EXPECT_EQ(numbered(zones, 3)->careType, QStringLiteral("brugsplaene"));
    EXPECT_NEAR(numbered(zones, 3)->areaM2, 3200.0, 1e-6);
    EXPECT_EQ(numbered(zones, 1)->careType, QStringLiteral("eng")) << "the holder of 3 took 1";
    EXPECT_EQ(zones.zones.first().number, 1) << "ordered by number";
    // A free number is taken as it is.
    ASSERT_TRUE(renumberMowingZone(*store, kMowDept, kLater, 2, 9).ok());
    zones = zonesAt(kLater);
    QList<int> numbers;
    for (const MowingZone &z : zones.zones)
        numbers << z.number;
    EXPECT_EQ(numbers, (QList<int>{1, 3, 4, 9}));
    EXPECT_EQ(numbered(zones, 9)->name, QStringLiteral("Utility lawn 2"));

    const qsizetype written = storedVersions();
    EXPECT_FALSE(renumberMowingZone(*store, kMowDept, kLater, 7, 2).ok()) << "no zone 7";
    auto zero = renumberMowingZone(*store, kMowDept, kLater, 1, 0);
    ASSERT_FALSE(zero.ok());
    EXPECT_TRUE(zero.errorMessage().contains(QStringLiteral("1 or more"))) << zero.errorMessage().toStdString();
    EXPECT_EQ(storedVersions(), written);
}

TEST_F(MowingZoneEdits, AnOverrideChangesTheCalendarAndWorkloadOfItsSeasonOnly)
{
    ASSERT_TRUE(setMowingZoneOverride(*store, kMowDept, kMowAt, 3, 2024, oneCutInSeptember()).ok());
    const MowingZones season2024 = zonesAt(kMowAt, 2024);
    const MowingZone *meadow = numbered(season2024, 3);
    ASSERT_TRUE(meadow);
    EXPECT_TRUE(meadow->overridden);
    EXPECT_EQ(meadow->regime.cutsPerYear, 1);
    EXPECT_EQ(meadow->regime.months, (QList<int>{9}));
    EXPECT_EQ(meadow->regime.equipment, QStringLiteral("cut_and_collect")) << "what the override does not name stays";
    const MowingZones season2025 = zonesAt(kMowAt, 2025); // kept: `next` points into it
    const MowingZone *next = numbered(season2025, 3);
    ASSERT_TRUE(next);
    EXPECT_FALSE(next->overridden);
    EXPECT_EQ(next->regime.cutsPerYear, 2);

    // Cut and collected: 5900 m² × cuts / 3200 m² an hour.
    const MowingAssumptions a;
    EXPECT_NEAR(zoneWorkload(*meadow, store->catalogue(), a).hours, 5900.0 / 3200.0, 1e-9);
    EXPECT_NEAR(zoneWorkload(*next, store->catalogue(), a).hours, 2 * 5900.0 / 3200.0, 1e-9);

    // The calendar of 2024 cuts the meadow once, in September; that of 2025 twice.
    auto cutsOfZone3 = [](const MowingCalendar &calendar) {
        QList<int> months;
        for (const CalendarWeek &w : calendar.weeks) {
            for (const CalendarEntry &e : w.entries) {
                if (e.zoneNumber == 3 && !e.removal)
                    months << w.monday.addDays(3).month();
            }
        }
        return months;
    };
    EXPECT_EQ(cutsOfZone3(mowingCalendar(season2024, store->catalogue(), a, 2024)), (QList<int>{9}));
    EXPECT_EQ(cutsOfZone3(mowingCalendar(zonesAt(kMowAt, 2025), store->catalogue(), a, 2025)), (QList<int>{6, 9}));

    // The department's workload: one cut less of 0.59 ha, in 2024 only.
    WorkloadRequest request;
    request.at = kMowAt;
    request.department = kMowDept;
    request.season = 2024;
    auto with = gatherWorkload(*store, request);
    request.season = 2025;
    auto without = gatherWorkload(*store, request);
    ASSERT_TRUE(with.ok() && without.ok());
    const DepartmentWorkload &w = with->departments.first();
    const DepartmentWorkload &wo = without->departments.first();
    EXPECT_TRUE(w.overridden);
    EXPECT_FALSE(wo.overridden);
    EXPECT_NEAR(wo.figures.hours - w.figures.hours, 5900.0 / 3200.0, 1e-9);
    EXPECT_NEAR(wo.figures.fuelLitres - w.figures.fuelLitres, 0.59 * 10, 1e-9);
    EXPECT_NEAR(wo.figures.co2Kg - w.figures.co2Kg, 0.59 * 10 * 2.4, 1e-9);
    EXPECT_NEAR(wo.figures.costDkk - w.figures.costDkk, 5900.0 / 3200.0 * 450, 1e-6);
    EXPECT_NEAR(w.figures.areaM2, wo.figures.areaM2, 1e-9);
    EXPECT_NEAR(w.allLawn.hours, wo.allLawn.hours, 1e-9) << "the baseline is not overridden";

    // Cleared, the season is as the catalogue says again.
    ASSERT_TRUE(clearMowingZoneOverride(*store, kMowDept, kLater, 3, 2024).ok());
    EXPECT_FALSE(numbered(zonesAt(kLater, 2024), 3)->overridden);
    EXPECT_TRUE(numbered(zonesAt(kMowAt, 2024), 3)->overridden) << "history keeps it";
    EXPECT_FALSE(clearMowingZoneOverride(*store, kMowDept, kLater, 3, 2024).ok()) << "nothing left to clear";
}

TEST_F(MowingZoneEdits, ZonesKeepTheirNumbersWhenTheAreasUnderThemChange)
{
    ASSERT_TRUE(renumberMowingZone(*store, kMowDept, kMowAt, 1, 5).ok()); // 5 is free: lawn A+B is 5
    const QDate edit(2024, 6, 1);
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        // Lawn A shrinks to (0,0)-(50,35): the lawn zone is 2950 m², most of the stored 3200.
        AreaQuery q;
        q.ids = {1};
        q.at = edit;
        const AreaVersion a = store->areas(q)->first();
        std::vector<AreaLayer::Successor> next;
        next.push_back({a, rect(0, 0, 50, 35)});
        next.front().version.validTo = a.validTo;
        ASSERT_TRUE(store->areaLayer().supersede(a.fid, edit, next, a.validTo).ok());
        // Lawn C becomes meadow: not next to D, so a meadow zone of its own; a new zone.
        ASSERT_TRUE(tagAreas(*store, {{3}, QStringLiteral("eng"), edit, {}}).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    const MowingZones zones = zonesAt(kLater);
    ASSERT_EQ(zones.zones.size(), 4);
    EXPECT_EQ(numbered(zones, 5)->careType, QStringLiteral("brugsplaene"));
    EXPECT_NEAR(numbered(zones, 5)->areaM2, 2950.0, 1e-6);
    EXPECT_GT(numbered(zones, 5)->zoneId, 0);
    EXPECT_EQ(numbered(zones, 3)->careType, QStringLiteral("eng"));
    EXPECT_NEAR(numbered(zones, 3)->areaM2, 5900.0, 1e-6);
    EXPECT_EQ(numbered(zones, 4)->careType, QStringLiteral("mown_path"));
    const MowingZone *c = numbered(zones, 6);
    ASSERT_TRUE(c) << "after the largest stored number";
    EXPECT_EQ(c->careType, QStringLiteral("eng"));
    EXPECT_EQ(c->zoneId, 0);
    EXPECT_FALSE(numbered(zones, 2)) << "lawn C's zone is not on the map any more";

    // The next edit brings the store in line: C's zone ends, the meadow C is stored as 6, the
    // lawn's new shape is written, and the old map still reads as it did.
    ASSERT_TRUE(renameMowingZone(*store, kMowDept, kLater, 6, QStringLiteral("Ny eng")).ok());
    const MowingZones stored = zonesAt(kLater);
    EXPECT_EQ(numbered(stored, 6)->name, QStringLiteral("Ny eng"));
    EXPECT_GT(numbered(stored, 6)->zoneId, 0);
    VersionQuery open;
    open.at = kLater;
    EXPECT_EQ(store->zoneLayer().versions(open)->size(), 4);
    EXPECT_EQ(numbered(zonesAt(kMowAt), 2)->careType, QStringLiteral("brugsplaene"));
}

TEST_F(MowingZoneEdits, RefusedChangesSayWhyAndWriteNothing)
{
    const QString longName(kZoneNameMaxLength + 1, QLatin1Char('x'));
    EXPECT_FALSE(renameMowingZone(*store, kMowDept, kMowAt, 1, longName).ok());
    EXPECT_FALSE(renameMowingZone(*store, kMowDept, kMowAt, 8, QStringLiteral("x")).ok());
    EXPECT_FALSE(renameMowingZone(*store, DepartmentKey{12, 6}, kMowAt, 1, QStringLiteral("x")).ok()) << "no zones";
    RegimeOverride o = oneCutInSeptember();
    auto past = setMowingZoneOverride(*store, kMowDept, kMowAt, 3, 2023, o);
    ASSERT_FALSE(past.ok());
    EXPECT_TRUE(past.errorMessage().contains(QStringLiteral("2023"))) << past.errorMessage().toStdString();
    o.cutsPerYear = -1;
    auto negative = setMowingZoneOverride(*store, kMowDept, kMowAt, 3, 2024, o);
    ASSERT_FALSE(negative.ok());
    EXPECT_TRUE(negative.errorMessage().contains(QStringLiteral("-1"))) << negative.errorMessage().toStdString();
    o.cutsPerYear = 1;
    o.months = QList<int>{9, 13};
    EXPECT_FALSE(setMowingZoneOverride(*store, kMowDept, kMowAt, 3, 2024, o).ok());
    o.months.reset();
    o.clippings = Clippings::Left; // hay left to lie 7-14 days needs clippings that are collected
    o.removalDaysMin = 7;
    o.removalDaysMax = 14;
    EXPECT_FALSE(setMowingZoneOverride(*store, kMowDept, kMowAt, 3, 2024, o).ok());
    EXPECT_FALSE(setMowingZoneOverride(*store, kMowDept, kMowAt, 3, 2024, RegimeOverride()).ok());
    EXPECT_FALSE(setMowingZoneOverride(*store, kMowDept, kMowAt, 3, 2300, oneCutInSeptember()).ok());
    EXPECT_EQ(storedVersions(), 0);

    store.reset();
    auto readOnly = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(readOnly.ok());
    auto refused = renameMowingZone(**readOnly, kMowDept, kMowAt, 1, QStringLiteral("x"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("read-only"))) << refused.errorMessage().toStdString();
}

TEST_F(MowingZoneEdits, AZoneVersionChangedSinceItWasReadIsAConflictAndNothingIsWritten)
{
    ASSERT_TRUE(storeMowingZones(*store, kMowDept, kMowAt).ok());
    VersionQuery q;
    q.at = kMowAt;
    const ZoneVersion read = store->zoneLayer().versions(q)->first(); // open, as this writer read it
    {
        auto other = openStore(path, OpenMode::ReadWrite);
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE(renameMowingZone(**other, kMowDept, kLater, read.number, QStringLiteral("Andens navn")).ok());
    }
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    auto shape = store->zoneLayer().geometry(read.fid);
    ASSERT_TRUE(shape.ok());
    std::vector<ZoneLayer::Successor> next;
    ZoneVersion renamed = read;
    renamed.name = QStringLiteral("Mit navn");
    next.push_back({renamed, std::move(shape).value()});
    auto done = store->zoneLayer().supersede(read.fid, QDate(2024, 6, 1), next, read.validTo);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().kind, ErrorKind::Conflict);
    tx->rollback();
    EXPECT_EQ(storedVersions(), 5) << "four stored, one renamed by the other writer";
    EXPECT_EQ(numbered(zonesAt(QDate(2024, 6, 1)), read.number)->name, numbered(zonesAt(kMowAt), read.number)->name);
    EXPECT_EQ(numbered(zonesAt(kLater), read.number)->name, QStringLiteral("Andens navn"));
}

TEST_F(MowingZoneEdits, AVersionFourProjectGainsTheZonesTableWhenUpgraded)
{
    store.reset();
    {
        std::unique_ptr<GDALDataset> ds(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
        ASSERT_TRUE(ds);
        for (int i = 0; i < ds->GetLayerCount(); ++i) {
            if (QString::fromUtf8(ds->GetLayer(i)->GetName()) == QLatin1String("mowing_zones")) {
                ASSERT_EQ(ds->DeleteLayer(i), OGRERR_NONE);
                break;
            }
        }
        ds->ExecuteSQL("UPDATE meta SET value = '4' WHERE key = 'schema_version'", nullptr, nullptr);
    }
    auto readOnly = openStore(path, OpenMode::ReadOnly);
    ASSERT_FALSE(readOnly.ok());
    EXPECT_TRUE(readOnly.errorMessage().contains(QStringLiteral("version 4"))) << readOnly.errorMessage().toStdString();
    auto upgraded = openStore(path, OpenMode::ReadWrite);
    ASSERT_TRUE(upgraded.ok()) << upgraded.errorMessage().toStdString();
    store = std::move(upgraded).value();
    EXPECT_EQ(store->summary(kMowAt)->schemaVersion, ProjectStore::schemaVersion());
    EXPECT_EQ(storedVersions(), 0);
    EXPECT_EQ(zonesAt(kMowAt).zones.size(), 4) << "the derived zones, as before";
    ASSERT_TRUE(renameMowingZone(*store, kMowDept, kMowAt, 1, QStringLiteral("Græsplænen")).ok());
    store.reset();
    auto reread = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(reread.ok()) << reread.errorMessage().toStdString();
    auto zones = mowingZones(MapSnapshot(**reread, {}, kMowAt), kMowDept, QStringLiteral("en"));
    ASSERT_TRUE(zones.ok());
    EXPECT_EQ(zones->zones.first().name, QStringLiteral("Græsplænen"));
}
