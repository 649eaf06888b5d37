#pragma once
// MowingAssumptions: the figures behind every estimate of mowing hours, fuel, CO2 and cost, kept
// per project (the setting "mowing_assumptions", JSON, through ProjectStore::setting()).
//
// The general figures are the defaults of ../shared/design/DOMAIN.md ("Workload, cost and carbon
// defaults"): 2 machine hours and 9 litres of fuel per hectare per cut, trimming adds a third,
// cut-and-collect 3,200 m² an hour, scythe 90 m² an hour, 2.4 kg CO2 a litre; DKK 450 an hour (a
// contractor's hourly rate for an operator with a machine), DKK 0 per m² (set it to add a price per
// m² mown a year, e.g. disposal of hay or a contractor's fee), and a crew of one operator full time
// (37 hours a week). A care type's own figures come from the catalogue (its "workload"); the project
// may replace any of them (`<care type>.<figure>`, e.g. "brugsplaene.hours_per_ha_per_cut"). The
// general machine figures apply where neither the project nor the catalogue gives one (the
// built-in catalogue's mown paths and safety edges take their hours and fuel from them).
//
// Every result of the workload carries the assumptions it used, so every output can list them.
// A value type, safe to copy between threads.

#include "catalogue/catalogue.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace engdrift {

class ProjectStore;

/// How a regime's grass is cut, which decides how its hours are counted (from its equipment).
enum class MowingMethod {
    None,          ///< not cut (no regime, or 0 cuts a year)
    Machine,       ///< ride-on, cylinder or flail mower: ha × cuts × hours/ha/cut × (1 + trim)
    CutAndCollect, ///< cut-and-collect or finger-bar mower with hay removed: m² × cuts / (m² an hour)
    Scythe         ///< by hand: m² × cuts / (m² an hour), no fuel
};
MowingMethod mowingMethod(const MowingRegime &regime);

/// A care type's figures as the workload uses them.
struct CareFigures
{
    double hoursPerHaPerCut = 0;
    double fuelLitresPerHaPerCut = 0;
    double trimFactor = 0;
    double hoursPerHaPerYear = 0;
};

/// One assumption as listed beside an estimate.
struct AssumptionRow
{
    QString key;         ///< e.g. "dkk_per_hour", "eng.hours_per_ha_per_cut"
    double value = 0;
    QString unit;        ///< e.g. "h/ha/cut"
    QString source;      ///< "default", "catalogue" or "project"
    QString description; ///< for people, translated
};

struct MowingAssumptions
{
    double machineHoursPerHaPerCut = 2.0;
    double fuelLitresPerHaPerCut = 9.0;
    double trimFactor = 1.0 / 3.0;
    double cutAndCollectM2PerHour = 3200;
    double scytheM2PerHour = 90;
    double kgCo2PerLitre = 2.4;
    double dkkPerHour = 450;
    double dkkPerM2 = 0;
    double crewHoursPerWeek = 37;

    /// The project's own figures for care types (replacing the catalogue's), by care type code.
    struct CareOverride
    {
        std::optional<double> hoursPerHaPerCut;
        std::optional<double> fuelLitresPerHaPerCut;
        std::optional<double> trimFactor;
        std::optional<double> hoursPerHaPerYear;
    };
    QMap<QString, CareOverride> careOverrides;

    /// The figures a care type (or path care) is counted with.
    CareFigures figures(const CareType &type) const;

    /// Sets one assumption from text ("dkk_per_hour", "eng.trim_factor", ...); an error sentence
    /// names the key and what is wrong. `catalogue` knows the care types.
    Result<void> set(const QString &key, const QString &value, const Catalogue &catalogue);
    /// Every general figure, then the figures of the care types that are cut or cared for.
    QList<AssumptionRow> rows(const Catalogue &catalogue) const;
    /// Only the general figures and the project's own care figures (what an output lists).
    QList<AssumptionRow> usedRows(const Catalogue &catalogue, const QList<QString> &careCodes) const;

    QJsonObject toJson() const;
    static Result<MowingAssumptions> fromJson(const QJsonObject &json, const QString &where);

    bool operator==(const MowingAssumptions &other) const;
};

/// The project's assumptions (the defaults when it has none stored).
Result<MowingAssumptions> readMowingAssumptions(const ProjectStore &store);
/// Stores them in the project (inside an open transaction).
Result<void> saveMowingAssumptions(ProjectStore &store, const MowingAssumptions &assumptions);

} // namespace engdrift
