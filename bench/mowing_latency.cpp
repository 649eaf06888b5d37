// engdrift-mowing-bench: how long a department's mowing zones, their workload and the season
// calendar take inside the program (the desktop's mowing view and the mowing plan do exactly
// this), and the zones and workload of every department of a project.
//
//   engdrift-mowing-bench PROJECT [--sample N] [--all] [--threads N]
//
// One department: for N departments spread evenly over the project (and the one with the most
// areas), the best of three runs of mowingZones + zoneWorkload of every zone + mowingCalendar;
// prints the median, the 90th percentile and the largest. --all: the zones (dissolved with GEOS)
// and the workload of every department, on --threads threads (default: one per core) each with
// its own store, with progress on stderr; prints the seconds and the number of zones.

#include "analysis/mowing_assumptions.h"
#include "analysis/mowing_calendar.h"
#include "analysis/mowing_workload.h"
#include "analysis/mowing_zones.h"
#include "map/map_snapshot.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace engdrift;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct DepartmentRun
{
    int zones = 0;
    double hours = 0;
    int weeksDue = 0; ///< calendar weeks with a cut
};

Result<DepartmentRun> runDepartment(const MapSnapshot &snapshot, const DepartmentKey &key, const MowingAssumptions &assumptions,
                                    int season, bool calendar)
{
    auto zones = mowingZones(snapshot, key, QStringLiteral("en"));
    if (!zones.ok())
        return zones.error();
    DepartmentRun run;
    run.zones = static_cast<int>(zones->zones.size());
    const Catalogue &catalogue = snapshot.store().catalogue();
    for (const MowingZone &zone : zones->zones)
        run.hours += zoneWorkload(zone, catalogue, assumptions).hours;
    if (calendar) {
        const MowingCalendar weeks = mowingCalendar(*zones, catalogue, assumptions, season);
        for (const CalendarWeek &week : weeks.weeks)
            run.weeksDue += week.hours > 0 ? 1 : 0;
    }
    return run;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "engdrift-mowing-bench: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return fail(QStringLiteral("usage: engdrift-mowing-bench PROJECT [--sample N] [--all] [--threads N]"));
    const QString path = args.takeFirst();
    int sample = 50;
    int threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    bool all = false;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--all"))
            all = true;
        else if (arg == QLatin1String("--sample") && !args.isEmpty())
            sample = std::max(1, args.takeFirst().toInt());
        else if (arg == QLatin1String("--threads") && !args.isEmpty())
            threads = std::max(1, args.takeFirst().toInt());
        else
            return fail(QStringLiteral("unknown argument %1").arg(arg));
    }
    auto store = openStore(path, OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.errorMessage());
    auto departments = (*store)->departments();
    if (!departments.ok() || departments->isEmpty())
        return fail(departments.ok() ? QStringLiteral("the project has no departments") : departments.errorMessage());
    auto assumptions = readMowingAssumptions(**store);
    if (!assumptions.ok())
        return fail(assumptions.errorMessage());
    const QDate at = QDate::currentDate();
    const int season = at.year();

    if (!all) {
        // The departments to time: spread evenly, and the one with the most areas.
        QList<DepartmentKey> keys;
        DepartmentKey largestKey = (*departments)[0].key;
        const qsizetype n = departments->size();
        for (int i = 0; i < sample && i < n; ++i)
            keys << (*departments)[i * n / std::min<qsizetype>(sample, n)].key;
        AreaQuery query;
        query.at = at;
        auto totals = (*store)->areaTotals(query, AreaGrouping::Department);
        if (totals.ok() && !totals->isEmpty()) {
            const auto largest = std::max_element(totals->cbegin(), totals->cend(),
                                                  [](const AreaTotal &a, const AreaTotal &b) { return a.count < b.count; });
            largestKey = largest->department;
            if (!keys.contains(largestKey))
                keys << largestKey;
        }
        const MapSnapshot snapshot(**store, MapContent{}, at);
        std::vector<double> times;
        double largestMs = 0;
        int zones = 0;
        for (const DepartmentKey &key : keys) {
            double best = 1e9;
            for (int rep = 0; rep < 3; ++rep) {
                const auto start = Clock::now();
                auto run = runDepartment(snapshot, key, *assumptions, season, true);
                const double ms = msSince(start);
                if (!run.ok())
                    return fail(run.errorMessage());
                best = std::min(best, ms);
                zones = std::max(zones, run->zones);
            }
            times.push_back(best);
            if (key == largestKey)
                largestMs = best;
        }
        std::sort(times.begin(), times.end());
        std::printf("one department: zones + workload + calendar over %zu departments: median %.1f ms, p90 %.1f ms, max %.1f ms; "
                    "the department with the most areas %.1f ms; up to %d zones\n",
                    times.size(), times[times.size() / 2], times[times.size() * 9 / 10], times.back(), largestMs, zones);
        return 0;
    }

    const auto start = Clock::now();
    std::atomic_int next = 0, done = 0, zoneCount = 0;
    std::atomic_bool failed = false;
    const int total = static_cast<int>(departments->size());
    auto work = [&] {
        auto own = openStore(path, OpenMode::ReadOnly);
        if (!own.ok()) {
            failed = true;
            return;
        }
        const MapSnapshot snapshot(**own, MapContent{}, at);
        for (int i = next++; i < total && !failed; i = next++) {
            auto run = runDepartment(snapshot, (*departments)[i].key, *assumptions, season, false);
            if (!run.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(run.errorMessage()));
                failed = true;
                return;
            }
            zoneCount += run->zones;
            const int now = ++done;
            if (now % std::max(1, total / 20) == 0)
                std::fprintf(stderr, "\r%d of %d departments", now, total);
        }
    };
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back(work);
    for (std::thread &w : workers)
        w.join();
    std::fprintf(stderr, "\n");
    if (failed)
        return fail(QStringLiteral("a department failed"));
    std::printf("every department: zones + workload of %d departments (%d zones) on %d threads: %.2f s\n", total,
                zoneCount.load(), threads, msSince(start) / 1000.0);
    return 0;
}
