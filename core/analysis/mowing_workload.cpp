#include "analysis/mowing_workload.h"

#include "store/project_store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace engdrift {
namespace {

struct WorkloadText
{
    Q_DECLARE_TR_FUNCTIONS(MowingWorkload)
};

using CareM2 = QMap<QString, double>;

/// Takes the bands of a department's paths out of the grass they cross (read from the map) and
/// counts them under their kind.
Result<void> clipDepartment(const MapSnapshot &snapshot, const DepartmentKey &department, const QList<PathShape> &paths,
                            CareM2 &m2)
{
    using namespace mowing_detail;
    auto bands = pathBands(paths);
    if (!bands.ok())
        return bands.error();
    if (bands->isEmpty())
        return {};
    const Catalogue &catalogue = snapshot.store().catalogue();
    std::optional<Error> failure;
    auto read = snapshot.forEachArea(MapFilter{bands->bounds, department}, [&](const AreaVersion &v, const Geometry &g, bool) {
        const CareType *type = catalogue.find(v.careType);
        if (!type || !type->mowing)
            return true;
        auto clipped = clipArea(g, *bands);
        if (!clipped.ok()) {
            failure = clipped.error();
            return false;
        }
        for (int k = 0; k < 2; ++k) {
            if (clipped->pieces[k].isNull())
                continue;
            const double a = clipped->pieces[k].area();
            m2[v.careType] -= a;
            m2[pathKindCodeOf(k)] += a;
        }
        return true;
    });
    if (failure)
        return *failure;
    return read;
}

/// The proposal a department's "before" baseline is about: the one shown, else its latest carried
/// out by `at`, else its latest adopted.
std::optional<Proposal> baselineProposal(const QList<Proposal> &proposals, const WorkloadRequest &request)
{
    std::optional<Proposal> implemented, adopted;
    for (const Proposal &p : proposals) {
        if (request.content.proposalId && p.id == *request.content.proposalId)
            return p;
        if (p.status == ProposalStatus::Implemented && p.conversionDate.isValid() && p.conversionDate <= request.at)
            implemented = p;
        else if (p.status == ProposalStatus::Adopted)
            adopted = p;
    }
    return implemented ? implemented : adopted;
}

/// What the zones' overrides for the season change in each department's figures: for every zone
/// whose regime is overridden, its workload under the override less its workload under the
/// catalogue's regime. Only departments with a stored override for the season are derived.
Result<QHash<DepartmentKey, WorkloadFigures>> overrideCorrections(const ProjectStore &store, const WorkloadRequest &request,
                                                                  int season, const MowingAssumptions &assumptions)
{
    VersionQuery query;
    query.at = request.at;
    query.department = request.department;
    query.organisation = request.organisation;
    query.ordered = false;
    QSet<DepartmentKey> departments;
    auto read = store.zoneLayer().forEach(query, false, [&](const ZoneVersion &v, const Geometry *) {
        if (v.overrides.contains(season))
            departments.insert(v.department);
        return true;
    });
    if (!read.ok())
        return read.error();
    QHash<DepartmentKey, WorkloadFigures> corrections;
    const MapSnapshot snapshot(store, request.content, request.at);
    const Catalogue &catalogue = store.catalogue();
    for (const DepartmentKey &department : departments) {
        auto zones = mowingZones(snapshot, department, QString(), season);
        if (!zones.ok())
            return zones.error();
        WorkloadFigures delta;
        for (const MowingZone &zone : zones->zones) {
            const CareType *type = careOrPathType(catalogue, zone.careType);
            if (!zone.overridden || !type)
                continue;
            WorkloadFigures base = careWorkload(*type, zone.areaM2, assumptions);
            WorkloadFigures now = zoneWorkload(zone, catalogue, assumptions);
            now.areaM2 = 0; // the m² stay; only the work changes
            base.areaM2 = 0;
            delta.add(now);
            delta.add(WorkloadFigures{0, -base.mownM2, -base.hours, -base.fuelLitres, -base.co2Kg, -base.costDkk});
        }
        corrections.insert(department, delta);
    }
    return corrections;
}

} // namespace

void WorkloadFigures::add(const WorkloadFigures &other)
{
    areaM2 += other.areaM2;
    mownM2 += other.mownM2;
    hours += other.hours;
    fuelLitres += other.fuelLitres;
    co2Kg += other.co2Kg;
    costDkk += other.costDkk;
}

WorkloadFigures careWorkload(const CareType &type, double m2, const MowingAssumptions &assumptions)
{
    return regimeWorkload(type, type.mowing, m2, assumptions);
}

WorkloadFigures regimeWorkload(const CareType &type, const std::optional<MowingRegime> &regime, double m2,
                               const MowingAssumptions &assumptions)
{
    WorkloadFigures w;
    w.areaM2 = m2;
    const CareFigures f = assumptions.figures(type);
    const double ha = m2 / 10000.0;
    const MowingMethod method = regime ? mowingMethod(*regime) : MowingMethod::None;
    const double cuts = regime ? regime->cutsPerYear : 0;
    switch (method) {
    case MowingMethod::Machine:
        w.hours = ha * cuts * f.hoursPerHaPerCut * (1 + f.trimFactor);
        w.fuelLitres = ha * cuts * f.fuelLitresPerHaPerCut;
        break;
    case MowingMethod::CutAndCollect:
        w.hours = m2 * cuts / assumptions.cutAndCollectM2PerHour;
        w.fuelLitres = ha * cuts * f.fuelLitresPerHaPerCut;
        break;
    case MowingMethod::Scythe:
        w.hours = m2 * cuts / assumptions.scytheM2PerHour;
        break;
    case MowingMethod::None:
        w.hours = ha * f.hoursPerHaPerYear;
        break;
    }
    if (method != MowingMethod::None)
        w.mownM2 = m2;
    w.co2Kg = w.fuelLitres * assumptions.kgCo2PerLitre;
    w.costDkk = w.hours * assumptions.dkkPerHour + w.mownM2 * assumptions.dkkPerM2;
    return w;
}

WorkloadFigures zoneWorkload(const MowingZone &zone, const Catalogue &catalogue, const MowingAssumptions &assumptions)
{
    const CareType *type = careOrPathType(catalogue, zone.careType);
    return type ? regimeWorkload(*type, type->mowing ? std::optional(zone.regime) : std::nullopt, zone.areaM2, assumptions)
                : WorkloadFigures{zone.areaM2};
}

WorkloadFigures workloadOf(const CareM2 &careM2, const Catalogue &catalogue, const MowingAssumptions &assumptions)
{
    WorkloadFigures total;
    for (auto it = careM2.cbegin(); it != careM2.cend(); ++it) {
        const CareType *type = careOrPathType(catalogue, it.key());
        total.add(type ? careWorkload(*type, it.value(), assumptions) : WorkloadFigures{it.value()});
    }
    return total;
}

CareM2 allGrassAsLawn(const CareM2 &careM2, const Catalogue &catalogue)
{
    const QString lawn = QStringLiteral("brugsplaene");
    CareM2 result;
    for (auto it = careM2.cbegin(); it != careM2.cend(); ++it) {
        const CareType *type = careOrPathType(catalogue, it.key());
        result[type && type->mowing ? lawn : it.key()] += it.value();
    }
    return result;
}

Result<QMap<DepartmentKey, CareM2>> careAreas(const ProjectStore &store, const WorkloadRequest &request)
{
    const MapSnapshot snapshot(store, request.content, request.at);
    auto totals = snapshot.areaTotals(AreaGrouping::DepartmentAndCareType, request.department);
    if (!totals.ok())
        return totals.error();
    QMap<DepartmentKey, CareM2> result;
    for (const AreaTotal &t : *totals) {
        if (request.organisation && t.department.orgNo != *request.organisation)
            continue;
        result[t.department][t.careType] += t.areaM2;
    }
    auto paths = snapshot.paths(MapFilter{std::nullopt, request.department});
    if (!paths.ok())
        return paths.error();
    QMap<DepartmentKey, QList<PathShape>> byDepartment;
    for (const PathShape &p : *paths) {
        if (result.contains(p.version.department))
            byDepartment[p.version.department] << p;
    }
    const QList<DepartmentKey> keys = byDepartment.keys();
    const int total = static_cast<int>(result.size());
    std::atomic_int done = total - static_cast<int>(keys.size());
    std::atomic_bool cancelled = false;
    auto report = [&] {
        const int now = ++done;
        if (request.progress && !request.progress(now, total))
            cancelled = true;
    };
    if (request.progress && !request.progress(done, total))
        cancelled = true;

    int threads = request.threads > 0 ? request.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    threads = std::min(threads, static_cast<int>(keys.size() / 4)); // a few departments: not worth a store each
    std::vector<CareM2> clipped(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        clipped[i] = result.value(keys[i]);
    std::optional<Error> failure;
    std::mutex failureMutex;
    if (threads <= 1) {
        for (qsizetype i = 0; i < keys.size() && !cancelled; ++i) {
            if (auto ok = clipDepartment(snapshot, keys[i], byDepartment.value(keys[i]), clipped[i]); !ok.ok())
                return ok.error();
            report();
        }
    } else {
        std::atomic_int next = 0;
        auto work = [&] {
            auto own = openStore(store.path(), OpenMode::ReadOnly);
            if (!own.ok()) {
                std::lock_guard lock(failureMutex);
                failure = own.error();
                cancelled = true;
                return;
            }
            const MapSnapshot mine(**own, request.content, request.at);
            for (int i = next++; i < keys.size() && !cancelled; i = next++) {
                if (auto ok = clipDepartment(mine, keys[i], byDepartment.value(keys[i]), clipped[i]); !ok.ok()) {
                    std::lock_guard lock(failureMutex);
                    failure = ok.error();
                    cancelled = true;
                    return;
                }
                report();
            }
        };
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t)
            workers.emplace_back(work);
        for (std::thread &w : workers)
            w.join();
    }
    if (failure)
        return *failure;
    if (cancelled)
        return makeError(WorkloadText::tr("The workload was cancelled."));
    for (qsizetype i = 0; i < keys.size(); ++i)
        result[keys[i]] = clipped[i];
    return result;
}

Result<WorkloadReport> gatherWorkload(const ProjectStore &store, const WorkloadRequest &request)
{
    WorkloadReport report;
    report.at = request.at;
    report.proposalId = request.content.proposalId;
    auto assumptions = readMowingAssumptions(store);
    if (!assumptions.ok())
        return assumptions.error();
    report.assumptions = *assumptions;
    report.season = request.season > 0 ? request.season : request.at.year();
    auto corrections = overrideCorrections(store, request, report.season, report.assumptions);
    if (!corrections.ok())
        return corrections.error();
    auto areas = careAreas(store, request);
    if (!areas.ok())
        return areas.error();
    auto proposals = store.proposals(request.department);
    if (!proposals.ok())
        return proposals.error();
    QHash<DepartmentKey, QList<Proposal>> byDepartment;
    for (const Proposal &p : *proposals)
        byDepartment[p.department] << p;
    const Catalogue &catalogue = store.catalogue();
    QSet<QString> used;
    for (auto it = areas->cbegin(); it != areas->cend(); ++it) {
        DepartmentWorkload d;
        d.department = it.key();
        d.careM2 = it.value();
        d.figures = workloadOf(d.careM2, catalogue, report.assumptions);
        if (auto c = corrections->constFind(d.department); c != corrections->cend()) {
            d.figures.add(*c);
            d.overridden = true;
        }
        d.allLawn = workloadOf(allGrassAsLawn(d.careM2, catalogue), catalogue, report.assumptions);
        if (const auto proposal = baselineProposal(byDepartment.value(d.department), request)) {
            WorkloadRequest before;
            before.department = d.department;
            before.content = request.content;
            before.content.proposalId.reset();
            const bool carriedOut = proposal->status == ProposalStatus::Implemented && proposal->conversionDate.isValid() &&
                                    proposal->conversionDate <= request.at;
            before.at = carriedOut ? proposal->conversionDate.addDays(-1) : request.at;
            before.threads = 1;
            auto beforeAreas = careAreas(store, before);
            if (!beforeAreas.ok())
                return beforeAreas.error();
            const CareM2 beforeM2 = beforeAreas->value(d.department);
            d.beforeProposal = workloadOf(beforeM2, catalogue, report.assumptions);
            d.baselineProposalId = proposal->id;
            d.baselineDate = before.at;
            for (auto c = beforeM2.cbegin(); c != beforeM2.cend(); ++c)
                used.insert(c.key());
        }
        for (auto c = d.careM2.cbegin(); c != d.careM2.cend(); ++c)
            used.insert(c.key());
        report.organisations[d.department.orgNo].add(d.figures);
        report.organisationsAllLawn[d.department.orgNo].add(d.allLawn);
        report.total.add(d.figures);
        report.totalAllLawn.add(d.allLawn);
        report.departments << d;
    }
    used.insert(QStringLiteral("brugsplaene")); // the lawn baseline's figures
    QList<QString> codes;
    for (const CareType &type : catalogue.careTypes()) {
        if (used.contains(type.code))
            codes << type.code;
    }
    for (int k = 0; k < 2; ++k) {
        if (used.contains(mowing_detail::pathKindCodeOf(k)))
            codes << mowing_detail::pathKindCodeOf(k);
    }
    report.assumptionRows = report.assumptions.usedRows(catalogue, codes);
    return report;
}

} // namespace engdrift
