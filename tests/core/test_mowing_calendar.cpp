// The season calendar: cuts spread over the weeks of their months, hours per week adding up to the
// zones' hours, and the warnings: a hay cut in May, hay left lying too long, a week over capacity.

#include "analysis/mowing_calendar.h"
#include "analysis/mowing_workload.h"
#include "mowing_fixture.h"

using namespace engdrift;
using namespace engdrift::test;

namespace {

class MowingCalendarTest : public MowingFixture
{
protected:
    MowingZones zones()
    {
        auto z = mowingZones(MapSnapshot(*store, {}, kMowAt), kMowDept, QStringLiteral("en"));
        EXPECT_TRUE(z.ok());
        return z.ok() ? *z : MowingZones();
    }

    /// The fixture with a hay meadow (hoeslaet) of 1000 m² at (300,0)-(340,25).
    MowingZones withHayMeadow()
    {
        auto tx = store->begin();
        EXPECT_TRUE(tx.ok());
        addArea(QStringLiteral("hoeslaet"), 300, 0, 340, 25);
        EXPECT_TRUE(tx->commit().ok());
        return zones();
    }

    static const MowingZone &hayZone(const MowingZones &z)
    {
        for (const MowingZone &zone : z.zones) {
            if (zone.careType == QLatin1String("hoeslaet"))
                return zone;
        }
        static const MowingZone none;
        ADD_FAILURE() << "no hay zone";
        return none;
    }

    static QList<CalendarWarning> ofKind(const MowingCalendar &c, CalendarWarningKind kind)
    {
        QList<CalendarWarning> found;
        for (const CalendarWarning &w : c.warnings) {
            if (w.kind == kind)
                found << w;
        }
        return found;
    }
};

} // namespace

TEST_F(MowingCalendarTest, CutsAreSpreadOverTheWeeksOfTheirMonths)
{
    const MowingZones z = zones();
    const MowingAssumptions a;
    const MowingCalendar calendar = mowingCalendar(z, store->catalogue(), a, 2024);
    ASSERT_EQ(calendar.weeks.size(), 52); // 2024 has 52 ISO weeks
    EXPECT_EQ(calendar.weeks.first().monday, QDate(2024, 1, 1));
    // Meadow (zone 3): 2 cuts in June and September. June 2024 has the Thursdays of weeks 23-26,
    // September those of weeks 36-39: 8 weeks, each cut in the middle of its half (the 3rd and the
    // 7th week: weeks 25 and 38).
    EXPECT_EQ(weeksOfMonths(2024, {6, 9}), (QList<int>{23, 24, 25, 26, 36, 37, 38, 39}));
    QList<int> meadowWeeks;
    int lawnCuts = 0;
    double hours = 0;
    for (const CalendarWeek &week : calendar.weeks) {
        for (const CalendarEntry &e : week.entries) {
            if (e.zoneNumber == 3)
                meadowWeeks << week.week;
            if (e.zoneNumber == 1) {
                ++lawnCuts;
                EXPECT_GE(week.monday.addDays(3).month(), 4);
                EXPECT_LE(week.monday.addDays(3).month(), 10);
            }
        }
        hours += week.hours;
    }
    EXPECT_EQ(meadowWeeks, (QList<int>{25, 38}));
    EXPECT_EQ(lawnCuts, 18);
    double zoneHours = 0;
    for (const MowingZone &zone : z.zones)
        zoneHours += zoneWorkload(zone, store->catalogue(), a).hours;
    EXPECT_NEAR(hours, zoneHours, 1e-9) << "the weeks add up to the zones' hours a year";
    EXPECT_TRUE(calendar.warnings.isEmpty());
}

TEST_F(MowingCalendarTest, AHayCutInMayIsWarnedAbout)
{
    const MowingZones z = withHayMeadow();
    ASSERT_EQ(z.zones.size(), 5);
    const MowingZone &hay = hayZone(z);
    EXPECT_EQ(hay.number, 3) << "after the two lawn zones, before the meadow (the catalogue's order)";
    EXPECT_NEAR(hay.areaM2, 1000.0, 1e-6);
    EXPECT_EQ(hay.regime.removalDaysMin, 7);
    EXPECT_EQ(hay.regime.removalDaysMax, 14);
    const MowingAssumptions a;
    // As the regime plans it: September, hay removed a week later, no warning.
    const MowingCalendar planned = mowingCalendar(z, store->catalogue(), a, 2024);
    EXPECT_TRUE(planned.warnings.isEmpty());
    // Overridden into May (week 20: Thursday 16 May).
    ZoneSeasonOverride may;
    may.zoneNumber = hay.number;
    may.cutWeeks = {20};
    const MowingCalendar moved = mowingCalendar(z, store->catalogue(), a, 2024, {may});
    const auto outside = ofKind(moved, CalendarWarningKind::OutsideMonths);
    ASSERT_EQ(outside.size(), 1);
    EXPECT_EQ(outside.first().zoneNumber, hay.number);
    EXPECT_EQ(outside.first().week, 20);
    EXPECT_TRUE(outside.first().message.contains(QStringLiteral("week 20"))) << outside.first().message.toStdString();
    EXPECT_TRUE(ofKind(moved, CalendarWarningKind::HayLeftTooLong).isEmpty());
    // Its hay is removed in week 21 (7 days after the cut).
    bool removal = false;
    for (const CalendarEntry &e : moved.weeks[20].entries)
        removal = removal || (e.zoneNumber == hay.number && e.removal);
    EXPECT_TRUE(removal);
}

TEST_F(MowingCalendarTest, HayLeftLyingTooLongIsWarnedAbout)
{
    const MowingZones z = withHayMeadow();
    ZoneSeasonOverride late;
    late.zoneNumber = hayZone(z).number;
    late.removalDays = 21;
    const MowingCalendar calendar = mowingCalendar(z, store->catalogue(), MowingAssumptions(), 2024, {late});
    const auto warnings = ofKind(calendar, CalendarWarningKind::HayLeftTooLong);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().message.contains(QStringLiteral("21 days"))) << warnings.first().message.toStdString();
    late.removalDays = 14; // the longest the regime allows
    EXPECT_TRUE(ofKind(mowingCalendar(z, store->catalogue(), MowingAssumptions(), 2024, {late}),
                       CalendarWarningKind::HayLeftTooLong)
                    .isEmpty());
}

TEST_F(MowingCalendarTest, AWeekOverTheCrewsCapacityIsWarnedAbout)
{
    const MowingZones z = zones();
    MowingAssumptions a;
    // A cut of each: lawn 1 0.32 ha × 2 × 1.33 = 0.8512 h, lawn 2 0.1064 h, the path 0.002 h
    // (together 0.9596 h at most in a week); the meadow 5900 m² / 3200 = 1.84375 h (weeks 25, 38).
    a.crewHoursPerWeek = 3;
    EXPECT_TRUE(ofKind(mowingCalendar(z, store->catalogue(), a, 2024), CalendarWarningKind::OverCapacity).isEmpty());
    a.crewHoursPerWeek = 1;
    const auto over = ofKind(mowingCalendar(z, store->catalogue(), a, 2024), CalendarWarningKind::OverCapacity);
    ASSERT_EQ(over.size(), 2);
    EXPECT_EQ(over[0].week, 25);
    EXPECT_EQ(over[1].week, 38);
    EXPECT_EQ(over[0].zoneNumber, 0);
}
