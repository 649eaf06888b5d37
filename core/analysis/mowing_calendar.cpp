#include "analysis/mowing_calendar.h"

#include "analysis/mowing_workload.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace engdrift {
namespace {

struct CalendarText
{
    Q_DECLARE_TR_FUNCTIONS(MowingCalendar)
};

/// The Monday of ISO week `week` of `season`.
QDate mondayOf(int season, int week)
{
    const QDate jan4(season, 1, 4); // always in week 1
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
}

int weeksIn(int season)
{
    return QDate(season, 12, 28).weekNumber();
}

} // namespace

QList<int> weeksOfMonths(int season, const QList<int> &months)
{
    QList<int> weeks;
    for (int w = 1; w <= weeksIn(season); ++w) {
        if (months.contains(mondayOf(season, w).addDays(3).month()))
            weeks << w;
    }
    return weeks;
}

MowingCalendar mowingCalendar(const MowingZones &zones, const Catalogue &catalogue, const MowingAssumptions &assumptions,
                              int season, const QList<ZoneSeasonOverride> &overrides)
{
    MowingCalendar calendar;
    calendar.season = season;
    calendar.crewHoursPerWeek = assumptions.crewHoursPerWeek;
    const int count = weeksIn(season);
    for (int w = 1; w <= count; ++w)
        calendar.weeks << CalendarWeek{w, mondayOf(season, w), {}, 0};

    for (const MowingZone &zone : zones.zones) {
        const MowingRegime &regime = zone.regime;
        if (regime.cutsPerYear <= 0)
            continue;
        const ZoneSeasonOverride *own = nullptr;
        for (const ZoneSeasonOverride &o : overrides) {
            if (o.zoneNumber == zone.number)
                own = &o;
        }
        QList<int> cutWeeks;
        if (own && !own->cutWeeks.isEmpty()) {
            cutWeeks = own->cutWeeks;
        } else {
            const QList<int> eligible = weeksOfMonths(season, regime.months);
            for (int i = 0; i < regime.cutsPerYear && !eligible.isEmpty(); ++i) {
                const auto index = static_cast<qsizetype>(std::floor((i + 0.5) * eligible.size() / regime.cutsPerYear));
                cutWeeks << eligible.at(std::min(index, eligible.size() - 1));
            }
        }
        const double hoursPerCut = zoneWorkload(zone, catalogue, assumptions).hours / std::max<qsizetype>(1, cutWeeks.size());
        const bool removed = regime.removalDaysMax > 0;
        const int removalDays = own && own->removalDays ? *own->removalDays : regime.removalDaysMin;
        for (int week : cutWeeks) {
            if (week < 1 || week > count)
                continue;
            CalendarWeek &cut = calendar.weeks[week - 1];
            cut.entries << CalendarEntry{zone.number, hoursPerCut, false};
            cut.hours += hoursPerCut;
            const int month = cut.monday.addDays(3).month();
            if (!regime.months.contains(month))
                calendar.warnings << CalendarWarning{
                    CalendarWarningKind::OutsideMonths, week, zone.number,
                    CalendarText::tr("Zone %1 (%2) is cut in week %3, in %4: its regime cuts only in %5.")
                        .arg(zone.number)
                        .arg(zone.name)
                        .arg(week)
                        .arg(QLocale().standaloneMonthName(month))
                        .arg([&] {
                            QStringList names;
                            for (int m : regime.months)
                                names << QLocale().standaloneMonthName(m);
                            return names.join(QStringLiteral(", "));
                        }())};
            if (removed) {
                const int removalWeek = cut.monday.addDays(3 + removalDays).weekNumber();
                if (removalWeek >= 1 && removalWeek <= count && cut.monday.addDays(3 + removalDays).year() == season)
                    calendar.weeks[removalWeek - 1].entries << CalendarEntry{zone.number, 0, true};
                if (removalDays > regime.removalDaysMax)
                    calendar.warnings << CalendarWarning{
                        CalendarWarningKind::HayLeftTooLong, week, zone.number,
                        CalendarText::tr("Zone %1 (%2): the hay cut in week %3 lies %4 days; its regime removes it after "
                                         "%5-%6 days.")
                            .arg(zone.number)
                            .arg(zone.name)
                            .arg(week)
                            .arg(removalDays)
                            .arg(regime.removalDaysMin)
                            .arg(regime.removalDaysMax)};
            }
        }
    }
    for (const CalendarWeek &week : calendar.weeks) {
        if (week.hours > assumptions.crewHoursPerWeek + 1e-9)
            calendar.warnings << CalendarWarning{
                CalendarWarningKind::OverCapacity, week.week, 0,
                CalendarText::tr("Week %1 needs %2 hours; the crew has %3 a week.")
                    .arg(week.week)
                    .arg(QLocale().toString(week.hours, 'f', 1))
                    .arg(QLocale().toString(assumptions.crewHoursPerWeek, 'f', 1))};
    }
    return calendar;
}

} // namespace engdrift
