// engdrift-gen check: draws estates from consecutive seeds, checks each tiling with GEOS and
// prints what they hold (counts, areas, care types, time), to tune and test the generator.

#include "modes.h"

#include "estate_generator.h"
#include "random.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <string>

namespace engdrift::gen {

int runCheck(const CheckOptions &options)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    struct Total
    {
        long count = 0;
        double areaM2 = 0;
        long estates = 0;
    };
    std::map<std::string, Total> byCare;
    long areas = 0, minAreas = -1, maxAreas = 0, failures = 0, homes = 0;
    double outdoor = 0, minOutdoor = -1, maxOutdoor = 0, buildings = 0;
    qint64 generateNs = 0, checkNs = 0;
    QElapsedTimer timer;
    for (int i = 0; i < options.count; ++i) {
        EstateOptions eo;
        eo.seed = Random::derive(options.seed, static_cast<std::uint64_t>(i));
        eo.originX = 700000;
        eo.originY = 6170000;
        timer.start();
        const Estate estate = generateEstate(eo);
        generateNs += timer.nsecsElapsed();
        timer.start();
        const auto checked = checkEstate(estate);
        checkNs += timer.nsecsElapsed();
        if (!checked.ok()) {
            ++failures;
            err << "estate " << i << " (seed " << eo.seed << "): " << checked.errorMessage() << '\n';
        }
        const long n = static_cast<long>(estate.areas.size());
        areas += n;
        minAreas = minAreas < 0 ? n : std::min(minAreas, n);
        maxAreas = std::max(maxAreas, n);
        outdoor += estate.outdoorAreaM2;
        minOutdoor = minOutdoor < 0 ? estate.outdoorAreaM2 : std::min(minOutdoor, estate.outdoorAreaM2);
        maxOutdoor = std::max(maxOutdoor, estate.outdoorAreaM2);
        buildings += estate.buildingAreaM2;
        homes += estate.homes;
        std::map<std::string, bool> seen;
        for (const EstateArea &a : estate.areas) {
            Total &t = byCare[a.careType];
            ++t.count;
            t.areaM2 += a.areaM2;
            if (!seen[a.careType]) {
                seen[a.careType] = true;
                ++t.estates;
            }
        }
    }
    const double n = options.count;
    out << "estates " << options.count << ", failed checks " << failures << '\n';
    out << "areas per estate: mean " << QString::number(areas / n, 'f', 1) << ", min " << minAreas << ", max "
        << maxAreas << '\n';
    out << "outdoor m² per estate: mean " << QString::number(outdoor / n, 'f', 0) << ", min "
        << QString::number(minOutdoor, 'f', 0) << ", max " << QString::number(maxOutdoor, 'f', 0) << '\n';
    out << "building m² per estate: mean " << QString::number(buildings / n, 'f', 0) << ", homes mean "
        << QString::number(static_cast<double>(homes) / n, 'f', 1) << '\n';
    out << "time per estate: generate " << QString::number(static_cast<double>(generateNs) / n / 1e6, 'f', 2)
        << " ms, check " << QString::number(static_cast<double>(checkNs) / n / 1e6, 'f', 2) << " ms\n";
    out << "care type          areas/estate   m²/estate   share of estates\n";
    for (const auto &[care, t] : byCare) {
        out << QString::fromStdString(care).leftJustified(18) << QString::number(t.count / n, 'f', 2).rightJustified(13)
            << QString::number(t.areaM2 / n, 'f', 0).rightJustified(12)
            << QString::number(100.0 * static_cast<double>(t.estates) / n, 'f', 0).rightJustified(14) << " %\n";
    }
    return failures == 0 ? 0 : 1;
}

} // namespace engdrift::gen
