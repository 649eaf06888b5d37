#pragma once
// Nature value: biodiversity units, the green factor (biofaktor) and the connectivity of
// nature-friendly patches for insects, per area, department and organisation, at a date or as a
// proposal would leave the map.
//
// The method (natureMethodText() says it in words, for exports):
// - Units (the UK statutory biodiversity metric, DOMAIN.md): units = area (ha) × distinctiveness
//   (the care type's, catalogue) × condition (recorded per area version; unset: the care type's
//   default, catalogue) × strategic significance (the department's). Area is the planar m² in the
//   project CRS as stored (AreaVersion::areaM2) / 10,000.
// - Green factor of a department: Σ area × biofaktor (numerator) / Σ area (denominator) over every
//   mapped area of the department whose care type the catalogue knows, sealed and other grey
//   surfaces included (their biofaktor is 0, they lower the factor): the factor describes the
//   department's whole outdoor ground, not only its green part.
// - Patches: nature-friendly areas (CareType::natureFriendly) that touch or overlap, merged across
//   department borders. "Touch" is a distance of at most kPatchTouchToleranceM (5 cm): digitised
//   neighbours often leave slivers of a few millimetres between them (the same tolerance as the
//   mowing zones' neighbours, analysis/mowing_zones.h).
// - Links: two patches are linked when the shortest distance between them is at most D
//   (linkDistanceM, default 150 m: Hofmann et al. 2020, J. Hymenoptera Res. 77, mean foraging
//   flights of wild bees of 73-121 m, flower patches no more than 150 m apart), across department
//   borders too. Networks are the connected components of patches and links; an isolated patch is
//   a patch without a link (a network of one patch).
// - Per department (organisation): its networks are the networks holding any of its
//   nature-friendly area; its isolated patches the isolated patches holding any of it; its largest
//   network the one of its networks holding the most of its nature-friendly m² (ties: the network
//   with more m² in all, then the lower network id); the share is the department's (organisation's)
//   nature-friendly m² in that network (numerator) / all its nature-friendly m² (denominator).
// - Suggestions: a lawn area (care type group "lawn" and not nature-friendly) of a department whose
//   conversion to a nature-friendly type would join two or more networks: the networks with a patch
//   at most D from the lawn. The area it connects is the sum of the m² of those networks. Ranked per
//   department by that area (largest first; ties: the smaller lawn first, then the lower area id).
// - Areas of care types the catalogue does not know are left out of every figure and counted in a
//   warning.
//
// Layers: computeNature() is pure (no store): it takes the areas with their shapes, the departments
// and D. loadNatureInput() reads them from a store: the whole project (streamed, with progress), or
// one department with every area within D of it, growing until each network that touches the
// department is complete, so that a department's figures equal those of the whole-project run.
//
// Threads: computeNature() uses the calling thread and, for large inputs, one more (each with its
// own GEOS context); the loaders read the store on its thread. Results are values any thread may
// hold.

#include "analysis/series.h"
#include "catalogue/catalogue.h"
#include "map/map_shapes.h"
#include "model/biodiversity.h"
#include "model/department.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace engdrift {

class ProjectStore;

/// The default largest distance between linked patches (m).
inline constexpr double kDefaultLinkDistanceM = 150.0;
/// Nature-friendly areas this close (m) are one patch.
inline constexpr double kPatchTouchToleranceM = 0.05;

/// Progress: the fraction done (negative: unknown) and the areas handled so far; return false to
/// cancel (the operation then fails with a message that says so).
using NatureProgress = std::function<bool(double fraction, qint64 count)>;

/// The numbers of one area's units, as they go into the formula.
struct UnitsFormula
{
    double hectares = 0;
    int distinctiveness = 0;  ///< 0, 2, 4, 6, 8 (band: distinctivenessCode())
    HabitatCondition condition = HabitatCondition::Moderate;
    bool conditionRecorded = false; ///< false: the care type's default condition
    StrategicSignificance significance = StrategicSignificance::Low;
    double units = 0; ///< hectares × distinctiveness × conditionScore × significanceScore
};

/// "0.42 ha × 4 (medium) × 2 (moderate) × 1.00 = 3.36 units" in the installed language (tr()),
/// numbers as `language` writes them ("da" or "en"; empty: the installed one).
QString unitsFormulaText(const UnitsFormula &formula, const QString &language = QString());

/// One area's figures.
struct AreaNature
{
    qint64 areaId = 0;
    DepartmentKey department;
    QString careType;
    bool planned = false; ///< the proposal's planned version
    double areaM2 = 0;
    UnitsFormula formula;
    double biofaktor = 0;
    bool natureFriendly = false;
    int patch = -1; ///< index into NatureResult::patches (nature-friendly areas only)
    QRectF bounds;  ///< the shape's bounding box (null: no shape read)
};

/// Σ area × biofaktor / Σ area.
struct GreenFactor
{
    double numeratorM2 = 0;   ///< Σ area × biofaktor
    double denominatorM2 = 0; ///< Σ area
    std::optional<double> factor() const
    {
        return denominatorM2 > 0 ? std::optional<double>(numeratorM2 / denominatorM2) : std::nullopt;
    }
};

/// The connectivity figures of a department or organisation.
struct NetworkFigures
{
    int networks = 0;        ///< networks holding any of its nature-friendly area
    int patches = 0;         ///< patches holding any of it
    int isolatedPatches = 0; ///< of those, patches without a link
    int largestNetwork = -1; ///< index into NatureResult::networks; -1: no nature-friendly area
    double largestM2 = 0;    ///< its nature-friendly m² in the largest network (numerator)
    double natureFriendlyM2 = 0; ///< all its nature-friendly m² (denominator)
    std::optional<double> largestShare() const
    {
        return natureFriendlyM2 > 0 ? std::optional<double>(largestM2 / natureFriendlyM2) : std::nullopt;
    }
};

/// The figures of a department, an organisation (department.deptNo unused, orgNo set) or all.
struct NatureFigures
{
    DepartmentKey department;
    StrategicSignificance significance = StrategicSignificance::Low; ///< departments only
    qint64 areas = 0;  ///< areas counted (known care types)
    double areaM2 = 0;
    double units = 0;
    QHash<QString, double> unitsByCareType;
    GreenFactor green;
    NetworkFigures connectivity;
};

/// Nature-friendly areas that touch or overlap (across departments).
struct NaturePatch
{
    int id = 0;                 ///< its index in NatureResult::patches
    int network = -1;           ///< index into NatureResult::networks
    QList<qint64> areaIds;      ///< sorted
    QList<DepartmentKey> departments; ///< sorted
    double areaM2 = 0;
    QRectF bounds;
    bool isolated() const { return links == 0; }
    int links = 0;              ///< how many links it has
};

/// Two patches at most D apart: the shortest distance and the two points that realise it.
struct NatureLink
{
    int patchA = 0; ///< patchA < patchB
    int patchB = 0;
    double distanceM = 0;
    QPointF pointA;
    QPointF pointB;
};

/// A connected component of patches and links.
struct NatureNetwork
{
    int id = 0;          ///< its index in NatureResult::networks
    QList<int> patches;  ///< sorted
    double areaM2 = 0;   ///< its patches' m²
    QList<DepartmentKey> departments; ///< sorted
    QRectF bounds;
};

/// A lawn whose conversion would join two or more networks.
struct NatureSuggestion
{
    int rank = 0;          ///< 1, 2, ... within its department
    qint64 areaId = 0;
    DepartmentKey department;
    QString careType;
    double lawnM2 = 0;
    QList<int> networks;   ///< the networks it would join, sorted
    double connectedM2 = 0; ///< the m² of those networks
    QRectF bounds;
};

/// One area of the map as the figures read it: a compact record (a national project has a
/// million of them in memory at once).
struct NatureArea
{
    qint64 areaId = 0;
    DepartmentKey department;
    QString careType;
    bool planned = false; ///< the proposal's planned version (status Proposed)
    std::optional<HabitatCondition> condition; ///< unset: the care type's default
    double areaM2 = 0;
    /// The shape (WKB, project CRS). Only nature-friendly areas' and lawns' are read: the others
    /// go into units and the green factor by their m².
    QByteArray wkb;

    static NatureArea of(const AreaVersion &version, const QByteArray &wkb = QByteArray());
};

/// What computeNature() is given: the map's areas with their shapes (project CRS).
struct NatureInput
{
    QDate at;
    std::optional<qint64> proposalId;
    double linkDistanceM = kDefaultLinkDistanceM;
    QList<NatureArea> areas;                     ///< the map's areas
    QHash<DepartmentKey, Department> departments; ///< for the strategic significance (missing: low)
    /// The figures asked for: one department, one organisation, or (both unset) all. Patches,
    /// links and networks are those that hold nature-friendly area of these; the other areas only
    /// complete the networks.
    std::optional<DepartmentKey> department;
    std::optional<int> organisation;
};

struct NatureResult
{
    QDate at;
    std::optional<qint64> proposalId;
    double linkDistanceM = kDefaultLinkDistanceM;
    QList<AreaNature> areas;            ///< the areas in scope, by area id
    QList<NatureFigures> departments;   ///< in scope, by key
    QList<NatureFigures> organisations; ///< in scope, by number
    NatureFigures total;                ///< of the scope
    QList<NaturePatch> patches;         ///< every patch computed (ids are indexes)
    QList<NatureLink> links;            ///< by patchA, patchB
    /// The links that hold each network together: a minimum spanning forest of the patches
    /// (Kruskal: shortest first; ties by patchA, patchB), as indexes into links. The map draws
    /// these; in a dense estate every patch is within D of every other.
    QList<int> spanningLinks;
    QList<NatureNetwork> networks;      ///< every network computed (ids are indexes)
    QList<int> scopeNetworks;           ///< the networks holding nature-friendly area of the scope
    QList<NatureSuggestion> suggestions; ///< by department, then rank
    QStringList unknownCareTypes;       ///< codes left out, sorted
    qint64 unknownAreas = 0;            ///< areas left out
    QStringList warnings;               ///< in words (the unknown care types)
    /// The shapes of the patches' areas and of the suggested lawns (WKB, project CRS), by area id:
    /// for drawing and exporting.
    QHash<qint64, QByteArray> shapes;
};

/// Computes everything of the method from the input (no store). Fails only on a shape that cannot
/// be read or on cancel.
Result<NatureResult> computeNature(const NatureInput &input, const Catalogue &catalogue,
                                   const NatureProgress &progress = {});

/// The progress to give computeNature() after loadNatureInput() reported to `progress`: reading
/// counts for the first 60 %, the computation for the rest.
NatureProgress progressAfterReading(const NatureProgress &progress);

/// The method in words (the formulas, the defaults, D, the definitions above), in the installed
/// language: exports carry it.
QString natureMethodText(double linkDistanceM);

/// A patch's or a network's shape: the union of its areas (a valid MultiPolygon, WKB).
Result<QByteArray> patchShape(const NatureResult &result, int patch);
Result<QByteArray> networkShape(const NatureResult &result, int network);

/// What to read from a store.
struct NatureQuery
{
    QDate at;                                ///< the map at this date
    std::optional<qint64> proposalId;        ///< the map as this proposal would leave it
    /// The unsaved edits the map shows over the stored versions (null: the stored map only).
    std::shared_ptr<const EditOverlay> overlay;
    std::optional<DepartmentKey> department; ///< one department (with its neighbours within D)
    std::optional<int> organisation;         ///< one organisation (with its neighbours within D)
    double linkDistanceM = kDefaultLinkDistanceM;
    /// Keep every area's shape, not only the nature-friendly areas' and the lawns' (the map view
    /// fills every area; the figures need only those). A scope's read keeps them all anyway.
    bool allShapes = false;
    NatureProgress progress;
};

/// Reads the map (the stored current versions at query.at with the unsaved edits of query.overlay
/// over them; with a proposal, its planned versions in place of the current ones, as
/// map/map_snapshot.h shows them) for the scope asked: all of
/// it, or the scope's areas and every area within D of them, repeated until no new
/// nature-friendly area is within D of what has been read.
Result<NatureInput> loadNatureInput(const ProjectStore &store, const NatureQuery &query);

/// loadNatureInput() then computeNature().
Result<NatureResult> natureFigures(const ProjectStore &store, const NatureQuery &query);

/// Units by care type at each date (for charts), of all, one department or one organisation.
struct CareUnitsSeries
{
    QList<QDate> dates;
    QStringList careTypes;      ///< catalogue codes, in catalogue order, only those that occur
    QList<QList<double>> units; ///< units[care][date]
    double totalAt(qsizetype dateIndex) const;
};

/// With `overlay`, the unsaved edits count as the map shows them: an edited area's edited history
/// in place of its stored versions (null: the saved project).
Result<CareUnitsSeries> careUnitsTimeline(const ProjectStore &store, const QList<QDate> &dates,
                                          const std::optional<DepartmentKey> &department = std::nullopt,
                                          const std::optional<int> &organisation = std::nullopt,
                                          const std::shared_ptr<const EditOverlay> &overlay = nullptr);

} // namespace engdrift
