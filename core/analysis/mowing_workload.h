#pragma once
// Mowing workload: hours a year, fuel, CO2 and cost per zone, per department and per organisation,
// with two baselines: all grass as utility lawn, and the state before the department's proposal.
//
// What is counted for m² of a care type (or of a mown path's or safety edge's band), with the
// figures of MowingAssumptions::figures():
// - grass cut by machine (ride-on, cylinder, flail mower): ha × cuts × hours/ha/cut × (1 + trim);
// - cut-and-collect or hay (cut_and_collect, finger_bar_mower): m² × cuts / (m² cut and collected
//   an hour); by scythe: m² × cuts / (m² an hour);
// - care that is not mowing (hedges, beds, ...): ha × hours/ha/year; grass that is not cut: none;
// - fuel: ha × cuts × litres/ha/cut (not by scythe); CO2: litres × kg/litre;
// - cost: hours × DKK/hour + m² mown × DKK/m² a year.
// Every figure is an estimate: each result carries the assumptions it used.
//
// A season's overrides of stored zones (edit/mowing_zone_edits.h) change the department's figures:
// for each overridden zone, its workload under the override replaces that under the catalogue's
// regime (only the departments with an override for the season are derived, with geometry).
//
// The m² come from the map's sums (the covering index, no geometry), except where a department
// has mown paths or edges: there the grass they cross is read and their bands taken out (as
// mowing_zones.h does), so the sums equal the zones' m². Departments with paths are worked on in
// parallel, each thread with its own store on the same project.

#include "analysis/mowing_assumptions.h"
#include "analysis/mowing_zones.h"
#include "map/map_snapshot.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>

namespace engdrift {

struct WorkloadFigures
{
    double areaM2 = 0;
    double mownM2 = 0; ///< of areaM2, the m² cut at least once a year
    double hours = 0;
    double fuelLitres = 0;
    double co2Kg = 0;
    double costDkk = 0;
    void add(const WorkloadFigures &other);
};

/// The workload of `m2` of one care type (or path kind).
WorkloadFigures careWorkload(const CareType &type, double m2, const MowingAssumptions &assumptions);
/// The workload of `m2` of one care type (or path kind) cut as `regime` says (none: not cut).
WorkloadFigures regimeWorkload(const CareType &type, const std::optional<MowingRegime> &regime, double m2,
                               const MowingAssumptions &assumptions);
/// The workload of each zone's m² under its regime (the season's: with the zone's override).
WorkloadFigures zoneWorkload(const MowingZone &zone, const Catalogue &catalogue, const MowingAssumptions &assumptions);
/// The workload of m² by care type code (unknown codes count nothing).
WorkloadFigures workloadOf(const QMap<QString, double> &careM2, const Catalogue &catalogue,
                           const MowingAssumptions &assumptions);
/// The same m² with every grass (a care type with a mowing regime, and the paths' bands) as
/// utility lawn ("brugsplaene").
QMap<QString, double> allGrassAsLawn(const QMap<QString, double> &careM2, const Catalogue &catalogue);

struct DepartmentWorkload
{
    DepartmentKey department;
    QMap<QString, double> careM2;       ///< as MowingZones::careM2
    WorkloadFigures figures;            ///< the map as it is (with the proposal, if one is shown)
    WorkloadFigures allLawn;            ///< baseline: all grass as utility lawn
    std::optional<WorkloadFigures> beforeProposal; ///< baseline: before the department's proposal
    std::optional<qint64> baselineProposalId;
    QDate baselineDate;                 ///< the date of that baseline's map
    bool overridden = false;            ///< figures include zones whose regime is overridden this season
};

struct WorkloadRequest
{
    QDate at;
    int season = 0;         ///< the season whose zone overrides count (0: the year of `at`)
    std::optional<int> organisation;
    std::optional<DepartmentKey> department;
    MapContent content;     ///< unsaved edits and the proposal view (a proposal: its department's plan)
    int threads = 0;        ///< 0: one per core
    /// Called with (done, total) departments as they are worked on; false cancels.
    std::function<bool(int, int)> progress;
};

struct WorkloadReport
{
    QDate at;
    int season = 0;
    std::optional<qint64> proposalId;
    MowingAssumptions assumptions;
    QList<AssumptionRow> assumptionRows; ///< the general figures and the care figures used
    QList<DepartmentWorkload> departments; ///< ordered by department
    QMap<int, WorkloadFigures> organisations;
    QMap<int, WorkloadFigures> organisationsAllLawn;
    WorkloadFigures total;
    WorkloadFigures totalAllLawn;
};

/// m² by department and care type on the map (the bands of mown paths and edges taken out of
/// the grass they cross and counted under their kind).
Result<QMap<DepartmentKey, QMap<QString, double>>> careAreas(const ProjectStore &store, const WorkloadRequest &request);

/// The workload of the departments asked for, with the project's assumptions.
Result<WorkloadReport> gatherWorkload(const ProjectStore &store, const WorkloadRequest &request);

} // namespace engdrift
