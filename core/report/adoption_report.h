#pragma once
// AdoptionReport: what the project leader reports to the organisation's board and the
// municipality: per department its adoption status at the end of a period, the decision with its
// votes, its nature-friendly area with the numerator and denominator of the share, and the change
// of that area since the start of the period; totals per organisation and for all; and the series
// of the adoption and care-area charts over the period.
//
// The figures are the store's own: the status is adoptionStatusAt() of the department's events
// (analysis/adoption.h), the areas are areaStatistics() by department and care type at each date
// and the share follows NatureShare (analysis/statistics.h), the charts' series are
// adoptionSeries() and careAreaTimeline(), the nature value is one natureFigures() of the whole
// report's scope (networks cross department borders: a total is not a sum of departments). Departments are keyed by (organisation, department
// number), never by name. A department counts in the totals' "adopted of" from its first area
// (as in adoptionSeries): the numerator is always part of the denominator.
//
// Writers: report/report_tables.h (CSV, XLSX) and report/report_pdf.h (PDF).
//
// Threads: gatherAdoptionReport() reads the store on the store's thread; an AdoptionReport is a
// plain value any thread may hold.

#include "analysis/adoption.h"
#include "analysis/nature.h"
#include "analysis/series.h"
#include "analysis/statistics.h"
#include "model/department.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace engdrift {

class ProjectStore;

/// What a report covers.
struct ReportQuery
{
    QDate from;                      ///< the start of the period: the change is since this date
    QDate to;                        ///< the end: status and figures at this date
    std::optional<int> organisation; ///< one organisation's departments, or all
    /// The dates of the charts' series (usually from `from` to `to` in steps); empty: no series.
    QList<QDate> chartDates;
};

/// One department's line of the report.
struct DepartmentReport
{
    DepartmentKey key;
    QString name;
    QDate firstArea;            ///< the date of its first area version (invalid: none)
    bool counted = false;       ///< it had areas at the end date: in the denominators of "adopted of"
    bool countedAtFrom = false; ///< ... and at the start date
    AdoptionStatus status;      ///< at the end date
    AdoptionStatus statusAtFrom;
    NatureShare share;          ///< at the end date
    NatureShare shareAtFrom;    ///< at the start date
    NatureFigures nature;       ///< units, green factor and connectivity at the end date
    bool isAdopted() const { return counted && status.isAdopted(); }
    bool wasAdopted() const { return countedAtFrom && statusAtFrom.isAdopted(); }
    double natureChangeM2() const { return share.natureFriendlyM2 - shareAtFrom.natureFriendlyM2; }
};

/// Sums over a set of departments.
struct ReportTotals
{
    int departments = 0;       ///< listed
    int counted = 0;           ///< with areas at the end date (the denominator of `adopted`)
    int adopted = 0;           ///< adopted or carried out at the end date, among `counted`
    int countedAtFrom = 0;
    int adoptedAtFrom = 0;
    NatureShare share;
    NatureShare shareAtFrom;
    double natureChangeM2() const { return share.natureFriendlyM2 - shareAtFrom.natureFriendlyM2; }
    void add(const DepartmentReport &department);
};

/// An organisation's part of the report: its departments in number order and their totals.
struct OrganisationReport
{
    Organisation organisation;
    QList<DepartmentReport> departments;
    ReportTotals totals;
    NatureFigures nature;       ///< at the end date (its networks counted once)
};

struct AdoptionReport
{
    ReportQuery query;
    QString project;       ///< the project's location (a file path)
    QString crs;           ///< the project CRS, e.g. "EPSG:25832"
    QString catalogue;     ///< the catalogue's title in the program's language
    QString coverage;      ///< "Organisation 123 Boligselskabet Hedehusene" or "All organisations", translated
    QList<OrganisationReport> organisations; ///< in number order; only those with departments
    ReportTotals totals;   ///< of every department in the report
    NatureFigures natureTotal;  ///< the nature value of the whole report at the end date
    double natureLinkDistanceM = kDefaultLinkDistanceM; ///< D of the nature value
    QStringList natureWarnings; ///< e.g. care types the nature value left out
    CareAreaSeries careArea;  ///< the care-area chart's series (query.chartDates)
    AdoptionSeries adoption;  ///< the adoption chart's series (query.chartDates)
    /// The m² of each care type at the start and the end (catalogue order, those that occur).
    struct CareRow
    {
        QString code;
        QString name;        ///< in the program's language
        bool green = false;  ///< counts in the share's denominator
        bool natureFriendly = false; ///< ... and in its numerator
        double fromM2 = 0;
        double toM2 = 0;
    };
    QList<CareRow> careTypes;
    qsizetype departmentCount() const { return totals.departments; }
};

/// Progress of gathering a report: steps done of all (the statistics at both dates, the
/// departments, the charts' series). Return false to cancel.
using ReportProgress = std::function<bool(int done, int total)>;

/// Gathers the report. Fails, with one sentence, on dates that are not dates, a start after the
/// end, an organisation the project does not have, or a cancel.
Result<AdoptionReport> gatherAdoptionReport(const ProjectStore &store, const ReportQuery &query,
                                            const ReportProgress &progress = {});

} // namespace engdrift
