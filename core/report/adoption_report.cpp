#include "report/adoption_report.h"

#include "analysis/timeline.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace engdrift {
namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace

void ReportTotals::add(const DepartmentReport &department)
{
    ++departments;
    if (department.counted)
        ++counted;
    if (department.isAdopted())
        ++adopted;
    if (department.countedAtFrom)
        ++countedAtFrom;
    if (department.wasAdopted())
        ++adoptedAtFrom;
    share += department.share;
    shareAtFrom += department.shareAtFrom;
}

Result<AdoptionReport> gatherAdoptionReport(const ProjectStore &store, const ReportQuery &query,
                                            const ReportProgress &progress)
{
    if (!query.from.isValid() || !query.to.isValid())
        return makeError(ReportText::tr("The report needs a start and an end date."));
    if (query.from > query.to)
        return makeError(ReportText::tr("The report starts (%1) after it ends (%2).").arg(isoDate(query.from), isoDate(query.to)));

    auto organisations = store.organisations();
    if (!organisations.ok())
        return organisations.error();
    QMap<int, Organisation> names;
    for (const Organisation &o : std::as_const(*organisations))
        names.insert(o.orgNo, o);
    if (query.organisation && !names.contains(*query.organisation))
        return makeError(ReportText::tr("%1 has no organisation %2.").arg(store.path()).arg(*query.organisation));

    auto departments = store.departments();
    if (!departments.ok())
        return departments.error();
    auto events = store.adoptionEvents();
    if (!events.ok())
        return events.error();
    QHash<DepartmentKey, QList<AdoptionEvent>> eventsOf;
    for (const AdoptionEvent &e : std::as_const(*events)) {
        if (!query.organisation || e.department.orgNo == *query.organisation)
            eventsOf[e.department] << e;
    }

    // Steps for the progress: the statistics at both dates, each department, the two series.
    const int steps = 3 + static_cast<int>(departments->size()) + (query.chartDates.isEmpty() ? 0 : 2);
    int done = 0;
    auto step = [&](int count = 1) {
        done += count;
        return !progress || progress(std::min(done, steps), steps);
    };
    const Error cancelled = makeError(ReportText::tr("The report was cancelled; nothing was written."));

    // The areas at both dates, by department and care type: one pass over the store's index each.
    auto atTo = areaStatistics(store, query.to, AreaGrouping::DepartmentAndCareType);
    if (!atTo.ok())
        return atTo.error();
    if (!step())
        return cancelled;
    auto atFrom = areaStatistics(store, query.from, AreaGrouping::DepartmentAndCareType);
    if (!atFrom.ok())
        return atFrom.error();
    if (!step())
        return cancelled;
    const Catalogue &catalogue = store.catalogue();
    const QHash<DepartmentKey, NatureShare> sharesTo = natureSharesByDepartment(catalogue, atTo->rows);
    const QHash<DepartmentKey, NatureShare> sharesFrom = natureSharesByDepartment(catalogue, atFrom->rows);

    AdoptionReport report;
    report.query = query;
    report.project = store.path();
    report.crs = store.crs().displayName();
    report.catalogue = catalogue.title(currentLanguage());
    if (!query.organisation) {
        report.coverage = ReportText::tr("All organisations");
    } else {
        const QString name = names.value(*query.organisation).name;
        report.coverage = name.isEmpty() ? ReportText::tr("Organisation %1").arg(*query.organisation)
                                         : ReportText::tr("Organisation %1 %2").arg(*query.organisation).arg(name);
    }

    // The nature value at the end date: one computation for the whole scope, since networks cross
    // department borders (a department's query would read its neighbours again and again).
    NatureQuery natureQuery;
    natureQuery.at = query.to;
    natureQuery.organisation = query.organisation;
    natureQuery.progress = [&](double, qint64) { return !progress || progress(std::min(done, steps), steps); };
    auto nature = natureFigures(store, natureQuery);
    if (!nature.ok())
        return makeError(ReportText::tr("The nature value on %1: %2").arg(isoDate(query.to), nature.errorMessage()));
    if (!step())
        return cancelled;
    QHash<DepartmentKey, NatureFigures> natureOf;
    for (const NatureFigures &f : std::as_const(nature->departments))
        natureOf.insert(f.department, f);
    QHash<int, NatureFigures> natureOfOrganisation;
    for (const NatureFigures &f : std::as_const(nature->organisations))
        natureOfOrganisation.insert(f.department.orgNo, f);
    report.natureTotal = nature->total;
    report.natureLinkDistanceM = nature->linkDistanceM;
    report.natureWarnings = nature->warnings;

    QMap<int, OrganisationReport> byOrganisation;
    int sinceStep = 0;
    for (const Department &d : std::as_const(*departments)) {
        if (++sinceStep == 64) { // a department is quick: the progress every 64
            if (!step(sinceStep))
                return cancelled;
            sinceStep = 0;
        }
        if (query.organisation && d.key.orgNo != *query.organisation)
            continue;
        DepartmentReport row;
        row.key = d.key;
        row.name = d.name;
        auto start = store.departmentStart(d.key);
        if (!start.ok())
            return start.error();
        row.firstArea = *start;
        // As adoptionSeries() counts: a department exists from its first area version.
        row.counted = row.firstArea.isValid() && row.firstArea <= query.to;
        row.countedAtFrom = row.firstArea.isValid() && row.firstArea <= query.from;
        const QList<AdoptionEvent> own = eventsOf.value(d.key);
        row.status = adoptionStatusAt(own, query.to);
        row.statusAtFrom = adoptionStatusAt(own, query.from);
        row.share = sharesTo.value(d.key);
        row.shareAtFrom = sharesFrom.value(d.key);
        row.nature = natureOf.value(d.key);
        row.nature.department = d.key;

        OrganisationReport &organisation = byOrganisation[d.key.orgNo];
        if (organisation.organisation.orgNo == 0) {
            organisation.organisation = names.value(d.key.orgNo, Organisation{d.key.orgNo, QString()});
            organisation.nature = natureOfOrganisation.value(d.key.orgNo);
        }
        organisation.totals.add(row);
        report.totals.add(row);
        organisation.departments << row;
    }
    if (!step(sinceStep))
        return cancelled;
    for (OrganisationReport &organisation : byOrganisation) {
        std::sort(organisation.departments.begin(), organisation.departments.end(),
                  [](const DepartmentReport &a, const DepartmentReport &b) { return a.key < b.key; });
        report.organisations << organisation;
    }

    // The m² of each care type at both dates, of the departments in the report.
    QHash<QString, AdoptionReport::CareRow> care;
    auto addCare = [&](const QList<AreaTotal> &rows, bool end) {
        for (const AreaTotal &t : rows) {
            if (query.organisation && t.department.orgNo != *query.organisation)
                continue;
            AdoptionReport::CareRow &row = care[t.careType];
            if (row.code.isEmpty()) {
                row.code = t.careType;
                row.name = catalogue.careTypeName(t.careType, currentLanguage());
                const CareType *ct = catalogue.find(t.careType);
                row.green = ct && ct->green;
                row.natureFriendly = row.green && ct->natureFriendly;
            }
            (end ? row.toM2 : row.fromM2) += t.areaM2;
        }
    };
    addCare(atFrom->rows, false);
    addCare(atTo->rows, true);
    for (const CareType &ct : catalogue.careTypes()) {
        if (auto it = care.find(ct.code); it != care.end()) {
            report.careTypes << *it;
            care.erase(it);
        }
    }
    QStringList unknown = care.keys(); // codes the catalogue does not know follow, sorted
    std::sort(unknown.begin(), unknown.end());
    for (const QString &code : std::as_const(unknown))
        report.careTypes << care.value(code);

    if (!query.chartDates.isEmpty()) {
        TimelineQuery timeline;
        timeline.dates = query.chartDates;
        timeline.organisation = query.organisation;
        auto careArea = careAreaTimeline(store, timeline);
        if (!careArea.ok())
            return careArea.error();
        report.careArea = std::move(careArea).value();
        if (!step())
            return cancelled;
        auto adoption = adoptionSeries(store, query.chartDates, query.organisation);
        if (!adoption.ok())
            return adoption.error();
        report.adoption = std::move(adoption).value();
        if (!step())
            return cancelled;
    }
    return report;
}

} // namespace engdrift
