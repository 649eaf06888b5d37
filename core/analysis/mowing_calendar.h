#pragma once
// The season calendar of a department's mowing zones: for each ISO week of a season, which zones
// are cut (each zone's cuts spread evenly over the weeks of its regime's months: a week belongs to
// the month of its Thursday, as ISO weeks do), when hay is removed, and the estimated hours; with
// warnings for a cut outside its regime's months (a hay cut moved into May), hay left lying longer
// than its regime allows, and a week whose hours exceed the crew's capacity (the project's
// crew_hours_per_week).
//
// Each zone's regime is the one its MowingZones carry: the catalogue's with the zone's stored
// override for the season the zones were derived for (analysis/mowing_zones.h); derive them for the
// same season as the calendar. A season's moved cut weeks and later hay removal are given by the
// caller (not stored). A value type.

#include "analysis/mowing_assumptions.h"
#include "analysis/mowing_zones.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace engdrift {

/// One season's change to a zone's plan.
struct ZoneSeasonOverride
{
    int zoneNumber = 0;
    QList<int> cutWeeks;             ///< ISO weeks of the cuts (empty: as the regime spreads them)
    std::optional<int> removalDays;  ///< days from a cut until its hay is removed
};

struct CalendarEntry
{
    int zoneNumber = 0;
    double hours = 0;     ///< the cut's share of the zone's hours a year
    bool removal = false; ///< hay removed this week (its hours are counted with the cut)
};

struct CalendarWeek
{
    int week = 0;        ///< ISO week number
    QDate monday;
    QList<CalendarEntry> entries;
    double hours = 0;
};

enum class CalendarWarningKind { OutsideMonths, HayLeftTooLong, OverCapacity };

struct CalendarWarning
{
    CalendarWarningKind kind;
    int week = 0;
    int zoneNumber = 0; ///< 0 for a week over capacity
    QString message;    ///< for people, translated
};

struct MowingCalendar
{
    int season = 0;
    double crewHoursPerWeek = 0;
    QList<CalendarWeek> weeks; ///< every ISO week of the season, in order
    QList<CalendarWarning> warnings;
};

/// The ISO weeks of a year whose Thursday falls in one of `months`, in order.
QList<int> weeksOfMonths(int season, const QList<int> &months);

MowingCalendar mowingCalendar(const MowingZones &zones, const Catalogue &catalogue,
                              const MowingAssumptions &assumptions, int season,
                              const QList<ZoneSeasonOverride> &overrides = {});

} // namespace engdrift
