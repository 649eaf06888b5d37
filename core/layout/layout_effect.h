#pragma once
// LayoutEffect: the "estimated effect" block of the vote sheet: the hours of outdoor care, the
// CO2 and the cost a year of a department today and with its proposal, estimated with the
// project's mowing assumptions (analysis/mowing_workload.h), and those assumptions in a few words
// so that the sheet says what the figures rest on; and the department's nature value today and
// with the proposal (biodiversity units, green factor, connectivity: analysis/nature.h) with a
// line of its method.
//
// Threads: reads the store it is given, on that store's thread; the result is a plain value.

#include "analysis/mowing_workload.h"
#include "analysis/nature.h"
#include "store/project_store.h"
#include "util/result.h"

#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace engdrift {

struct LayoutEffect
{
    WorkloadFigures today;
    WorkloadFigures proposal; ///< the same as today when the page has no proposal
    /// The assumptions behind the figures, in one paragraph in the page's language: the cuts and
    /// rates of the grass on the maps, fuel, CO2 and the price of an hour.
    QString assumptions;
    /// The department's nature value (natureFigures() of the page's maps, its unsaved edits
    /// included, as the workload above counts them) today and with the proposal (the same as today
    /// without one).
    NatureFigures natureToday;
    NatureFigures natureProposal;
    double linkDistanceM = kDefaultLinkDistanceM;
    /// The method in one short line in the page's language: the units' formula and D.
    QString natureMethod;
};

/// The nature value's method in one line for a printed page, in `language`.
QString describeNatureMethod(double linkDistanceM, const QString &language);

/// The assumptions behind the workload of the care types (and path kinds) `codes`, in one
/// paragraph in `language`: the cuts and rates of the grass, other care, fuel, CO2 and money.
QString describeWorkloadAssumptions(const Catalogue &catalogue, const MowingAssumptions &assumptions,
                                    const QSet<QString> &codes, const QString &language);

/// The effect for a department at `at`: today's map (with `edits`) and the map of `proposalId`.
Result<LayoutEffect> gatherLayoutEffect(const ProjectStore &store, const DepartmentKey &department, const QDate &at,
                                        const std::shared_ptr<const EditOverlay> &edits,
                                        const std::optional<qint64> &proposalId, const QString &language);

} // namespace engdrift
