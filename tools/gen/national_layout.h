#pragma once
// The national layout: which organisations exist, how many departments each has, what they are
// called and where their estates lie. Deterministic from a seed; no geometry.
//
// Organisations get a home town (weighted by its share of social housing); their estates sit on a
// 380 m lattice in EPSG:25832, filled in a spiral around the town's centre, so estates never
// overlap and cluster where the homes are. Organisation sizes are skewed (a few large, many
// with a handful of departments), and names repeat as they do in reality: never key on names.

#include "model/department.h"

#include <cstdint>
#include <vector>

namespace engdrift::gen {

struct NationalDepartment
{
    Department department; ///< homes is filled in later, from the estate
    std::uint64_t seed = 0;
    double centreX = 0;    ///< EPSG:25832
    double centreY = 0;
};

struct NationalLayout
{
    std::vector<Organisation> organisations;
    std::vector<NationalDepartment> departments; ///< ordered by organisation, then department number
};

/// organisations == 0 gives about 560 organisations per 7,100 departments.
NationalLayout makeNationalLayout(int departments, int organisations, std::uint64_t seed);

} // namespace engdrift::gen
