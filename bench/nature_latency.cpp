// engdrift-nature-bench: how long one department's nature figures take inside the program (units,
// green factor, networks and suggestions of the department and its neighbours within D, grown
// until its networks are complete: analysis/nature.h), as the map view and the vote sheet ask for
// them.
//
//   engdrift-nature-bench PROJECT [--sample N] [--distance M]
//
// For N departments spread evenly over the project (default 50), the best of three runs of
// natureFigures() for the department; prints the median, the 90th percentile and the largest, and
// the most areas a run read.

#include "analysis/nature.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace engdrift;
using Clock = std::chrono::steady_clock;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: engdrift-nature-bench PROJECT [--sample N] [--distance M]\n");
        return 2;
    }
    const QString project = args.at(1);
    int sample = 50;
    double distance = kDefaultLinkDistanceM;
    for (int i = 2; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--sample"))
            sample = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--distance"))
            distance = args.at(i + 1).toDouble();
    }
    auto store = openStore(project, OpenMode::ReadOnly);
    if (!store.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    auto departments = (*store)->departments();
    if (!departments.ok() || departments->isEmpty()) {
        std::fprintf(stderr, "no departments\n");
        return 1;
    }
    std::vector<double> times;
    qsizetype mostAreas = 0;
    const qsizetype n = departments->size();
    for (int s = 0; s < sample && s < n; ++s) {
        const DepartmentKey key = departments->at(s * n / std::min<qsizetype>(sample, n)).key;
        NatureQuery query;
        query.at = QDate::currentDate();
        query.department = key;
        query.linkDistanceM = distance;
        double best = 1e300;
        for (int run = 0; run < 3; ++run) {
            const auto start = Clock::now();
            auto result = natureFigures(**store, query);
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            if (!result.ok()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(key.toString()), qPrintable(result.errorMessage()));
                return 1;
            }
            best = std::min(best, ms);
            qsizetype read = 0;
            for (const NatureNetwork &network : std::as_const(result->networks))
                read += network.patches.size();
            mostAreas = std::max(mostAreas, read);
        }
        times.push_back(best);
    }
    std::sort(times.begin(), times.end());
    const auto at = [&times](double q) { return times[std::min(times.size() - 1, static_cast<size_t>(q * times.size()))]; };
    std::printf("nature one department (%zu departments, D = %g m): median %.1f ms, p90 %.1f ms, max %.1f ms; "
                "most patches read %lld\n",
                times.size(), distance, at(0.5), at(0.9), times.back(), static_cast<long long>(mostAreas));
    return 0;
}
