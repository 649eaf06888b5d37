#pragma once
// Plain series for the plots and the timeline output: no store, no GUI; safe to copy between
// threads.

#include "model/department.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace engdrift {

enum class TimeStep { Month, Quarter, Year };

/// The dates from `from` to `to` (both included when on a step) at `step`: the first of each month,
/// quarter or year, starting with `from` itself.
QList<QDate> stepDates(const QDate &from, const QDate &to, TimeStep step);

/// Area by care type at each date (m², planar).
struct CareAreaSeries
{
    QList<QDate> dates;
    QStringList careTypes;      ///< catalogue codes, in catalogue order, only those that occur
    QList<QList<double>> areaM2; ///< areaM2[care][date]
    double totalAt(qsizetype dateIndex) const;
};

/// How many departments had adopted the concept at each date, out of how many.
struct AdoptionSeries
{
    QList<QDate> dates;
    QList<int> adopted;     ///< adopted (or implemented) and not withdrawn at the date
    QList<int> departments; ///< the denominator: departments that existed at the date
};

/// A department's nature-friendly share of its green area, today and with its proposal.
struct ShareBar
{
    DepartmentKey department;
    QString label;              ///< "005 Nørrebro"
    double greenToday = 0;      ///< m²
    double natureToday = 0;     ///< m²
    double greenProposal = 0;   ///< m² (equal to today when there is no proposal)
    double natureProposal = 0;  ///< m²
    bool hasProposal = false;
};

} // namespace engdrift
