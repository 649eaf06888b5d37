#pragma once
// The modes of engdrift-gen, each a function that prints its progress to stderr and returns the
// process exit status (0 success, 1 failure).

#include <QString>

#include <cstdint>

namespace engdrift::gen {

/// engdrift-gen sample: the bundled sample project from a JSON spec.
struct SampleOptions
{
    QString specPath;
    QString outPath;
    bool force = false; ///< delete an existing output first
};
int runSample(const SampleOptions &options);

/// engdrift-gen national: a national-scale project and its plain GeoPackage peers.
struct NationalOptions
{
    int departments = 7100;
    int organisations = 0; ///< 0: in proportion, about 560 for 7100 departments
    std::uint64_t seed = 1;
    QString projectPath;
    QString plain4326Path;  ///< optional
    QString plain25832Path; ///< optional
    int threads = 0;        ///< generator threads; 0: one less than the cores, at least one
    bool check = false;     ///< check every estate's tiling with GEOS (slower)
    bool force = false;
};
int runNational(const NationalOptions &options);

/// engdrift-gen check: draws estates, checks each with GEOS and prints their statistics.
struct CheckOptions
{
    int count = 100;
    std::uint64_t seed = 1;
};
int runCheck(const CheckOptions &options);

} // namespace engdrift::gen
