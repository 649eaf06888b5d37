#pragma once
// ZoneVersion: one dated version of a department's mowing zone as the operator has fixed it: its
// number, its name and its regime overridden for a season. Temporal like the areas and paths
// (zone_id for life; valid_from/valid_to; history never overwritten; planned versions possible
// with status proposed, though nothing plans zones yet).
//
// The zones themselves are derived from the map (analysis/mowing_zones.h); a stored zone carries
// the shape it had when it was stored, so that a derived zone can be matched to it at a later date
// (the rule is in analysis/mowing_zone_match.h). A department has no stored zones until its first
// zone edit (edit/mowing_zone_edits.h) stores them all.

#include "catalogue/catalogue.h"
#include "model/area_version.h"
#include "model/department.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace engdrift {

/// A zone's name is at most this many characters (a crew's list and a map label must hold it).
inline constexpr int kZoneNameMaxLength = 60;
/// The seasons an override may be for.
inline constexpr int kFirstSeason = 1900;
inline constexpr int kLastSeason = 2200;

/// One season's change to a zone's regime: each field given replaces the catalogue's.
struct RegimeOverride
{
    std::optional<int> cutsPerYear;
    std::optional<QList<int>> months;
    std::optional<double> cutHeightMinCm;
    std::optional<double> cutHeightMaxCm;
    std::optional<Clippings> clippings;
    std::optional<int> removalDaysMin;
    std::optional<int> removalDaysMax;
    std::optional<QString> equipment;

    bool isEmpty() const;
    /// `base` with the fields given here in place of its own.
    MowingRegime appliedTo(const MowingRegime &base) const;
    bool operator==(const RegimeOverride &) const = default;
};

/// A zone's overrides by season (year).
using SeasonOverrides = QMap<int, RegimeOverride>;

/// The overrides as the store keeps them: JSON keyed by season, e.g.
/// {"2025": {"cuts_per_year": 1, "months": [9], "clippings": "collected", "removal_days": [7, 14]}};
/// empty text for none.
QString seasonOverridesToJson(const SeasonOverrides &overrides);
/// Reads what seasonOverridesToJson() wrote; an error sentence for anything else.
Result<SeasonOverrides> seasonOverridesFromJson(const QString &json);

/// Checks one season's override on its own and applied to `base` (the zone's catalogue regime):
/// the season, cuts 0-60, months 1-12 and different, cut heights 0-100 cm (the lower first),
/// removal days 0-120 (the earliest first, only for clippings that are collected), known
/// equipment, and months for a regime that cuts. A sentence for people otherwise.
Result<void> checkRegimeOverride(int season, const RegimeOverride &override, const MowingRegime &base);

struct ZoneVersion
{
    qint64 fid = 0;
    qint64 zoneId = 0; ///< stable identity of the zone across versions
    QDate validFrom;
    QDate validTo;     ///< invalid = open (still valid)
    DepartmentKey department;
    int number = 0;    ///< 1.., unique among the department's zones at any date
    QString name;      ///< empty: the derived name ("Eng 2")
    QString careType;  ///< the regime's code: a care type, or "mown_path" / "safety_edge"
    AreaStatus status = AreaStatus::Current;
    std::optional<qint64> proposalId;
    SeasonOverrides overrides;
    double areaM2 = 0; ///< of its shape (a MultiPolygon in the project CRS)
    QString note;
    QString changedBy;   ///< who wrote this version (the store's editor name); empty: unknown (older rows)
    QDateTime changedAt; ///< when it was written (UTC); invalid: unknown
    QString closedBy;   ///< who ended it (set valid_to; schema 8); empty: open, or unknown (older rows)
    QDateTime closedAt; ///< when it was ended (UTC); invalid: open, or unknown

    bool isValidAt(const QDate &date) const
    {
        return validFrom <= date && (!validTo.isValid() || date < validTo);
    }
};

} // namespace engdrift
