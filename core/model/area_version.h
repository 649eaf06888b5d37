#pragma once
// AreaVersion: one dated version of an area of the outdoor grounds.
//
// An area keeps its area_id for life. Every change closes the current version (sets valid_to)
// and opens a new one from the same date; the map at date D is every version with
// valid_from <= D < valid_to (valid_to unset = still valid).

#include "model/biodiversity.h"
#include "model/department.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace engdrift {

enum class AreaStatus { Current, Proposed };

/// The status as every store and export writes it: "current" or "proposed".
inline const char *areaStatusCode(AreaStatus status)
{
    return status == AreaStatus::Proposed ? "proposed" : "current";
}

struct AreaVersion
{
    qint64 fid = 0;    ///< the row of this version in the store (0 before it is written)
    qint64 areaId = 0; ///< stable identity of the area across versions
    QDate validFrom;
    QDate validTo;     ///< invalid = open (still valid)
    DepartmentKey department;
    QString careType;
    AreaStatus status = AreaStatus::Current;
    std::optional<qint64> proposalId;
    QList<qint64> lineage; ///< the areas this one came from (after a split or merge)
    QString note;
    /// The habitat condition recorded for this version; unset = the care type's default in the
    /// catalogue (CareType::defaultCondition). A change of condition is dated like any other edit.
    std::optional<HabitatCondition> condition;
    double areaM2 = 0;     ///< planar area in the project CRS
    QString source;        ///< where the geometry came from (file name)
    QString sourceFid;     ///< the feature id in that source
    QString changedBy;     ///< who wrote this version (the store's editor name); empty: unknown (older rows)
    QDateTime changedAt;   ///< when it was written (UTC); invalid: unknown
    QString closedBy;     ///< who ended it (set valid_to; schema 8); empty: open, or unknown (older rows)
    QDateTime closedAt;   ///< when it was ended (UTC); invalid: open, or unknown
    /// The import batch that wrote this version (read from the store; a new version gets the batch
    /// open in its transaction, whatever this says; only TemporalLayer::insertCopy writes it).
    std::optional<qint64> importId;

    bool isValidAt(const QDate &date) const
    {
        return validFrom <= date && (!validTo.isValid() || date < validTo);
    }
};

} // namespace engdrift
