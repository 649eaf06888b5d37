#pragma once
// PathVersion: one dated version of a line on the grounds: a path mown through long grass, or a
// safety edge mown along a path. Temporal like the areas (path_id for life; valid_from/valid_to);
// planned in a proposal with status proposed. Length in metres (lbm), width in metres.

#include "model/area_version.h"
#include "model/department.h"

#include <QDate>
#include <QString>

#include <optional>

namespace engdrift {

enum class PathKind { MownPath, SafetyEdge };

QString pathKindCode(PathKind kind);                       ///< "mown_path", "safety_edge"
std::optional<PathKind> pathKindFromCode(const QString &code);
QString pathKindName(PathKind kind);                       ///< for people, translated

struct PathVersion
{
    qint64 fid = 0;
    qint64 pathId = 0;
    QDate validFrom;
    QDate validTo; ///< invalid = open
    DepartmentKey department;
    PathKind kind = PathKind::MownPath;
    double widthM = 1.5;
    AreaStatus status = AreaStatus::Current;
    std::optional<qint64> proposalId;
    double lengthM = 0;
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
