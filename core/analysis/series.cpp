#include "analysis/series.h"

namespace engdrift {

namespace {

/// The first day of the step that follows the one `date` lies in.
QDate nextStep(const QDate &date, TimeStep step)
{
    switch (step) {
    case TimeStep::Month:
        return QDate(date.year(), date.month(), 1).addMonths(1);
    case TimeStep::Quarter: {
        const int firstMonthOfQuarter = ((date.month() - 1) / 3) * 3 + 1;
        return QDate(date.year(), firstMonthOfQuarter, 1).addMonths(3);
    }
    case TimeStep::Year:
        return QDate(date.year() + 1, 1, 1);
    }
    return {};
}

} // namespace

QList<QDate> stepDates(const QDate &from, const QDate &to, TimeStep step)
{
    QList<QDate> dates;
    if (!from.isValid() || !to.isValid() || from > to)
        return dates;
    dates.append(from);
    for (QDate d = nextStep(from, step); d.isValid() && d <= to; d = nextStep(d, step))
        dates.append(d);
    return dates;
}

double CareAreaSeries::totalAt(qsizetype dateIndex) const
{
    if (dateIndex < 0 || dateIndex >= dates.size())
        return 0;
    double total = 0;
    for (const QList<double> &perDate : areaM2) {
        if (dateIndex < perDate.size())
            total += perDate.at(dateIndex);
    }
    return total;
}

} // namespace engdrift
