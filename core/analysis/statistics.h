#pragma once
// Area statistics of a project at a date: sums of planar m² by department and/or care type, and
// the nature-friendly share of the green area (always with its numerator and denominator).
// With a MapContent, of the map as it is drawn (unsaved edits, proposal view; map/map_totals.h).

#include "map/map_totals.h"
#include "store/project_store.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace engdrift {

struct AreaStatistics
{
    QDate at;
    AreaGrouping grouping = AreaGrouping::DepartmentAndCareType;
    QList<AreaTotal> rows;
    double totalAreaM2 = 0;
    qint64 count = 0;
    double greenAreaM2 = 0;          ///< areas whose care type counts as green
    double natureFriendlyAreaM2 = 0; ///< of which nature-friendly
};

/// The nature-friendly share of a green area, with its numerator and denominator: the m² of the
/// care types the catalogue counts as green (the denominator) and of those the nature-friendly
/// ones (the numerator), as on the vote sheet.
struct NatureShare
{
    double natureFriendlyM2 = 0; ///< numerator
    double greenM2 = 0;          ///< denominator
    double totalM2 = 0;          ///< every area, green or not
    /// natureFriendlyM2 / greenM2; none without green area.
    std::optional<double> share() const
    {
        return greenM2 > 0 ? std::optional<double>(natureFriendlyM2 / greenM2) : std::nullopt;
    }
    /// Adds `m2` of `careType` by the catalogue's rule (unknown care types count in the total only).
    void add(const Catalogue &catalogue, const QString &careType, double m2);
    NatureShare &operator+=(const NatureShare &other);
};

/// The share of each department in sums grouped by department and care type.
QHash<DepartmentKey, NatureShare> natureSharesByDepartment(const Catalogue &catalogue, const QList<AreaTotal> &rows);

Result<AreaStatistics> areaStatistics(const ProjectStore &store, const QDate &at, AreaGrouping grouping,
                                      const std::optional<DepartmentKey> &department = std::nullopt,
                                      const MapContent &content = {});

} // namespace engdrift
