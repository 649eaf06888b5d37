#pragma once
// CheckFinding: one thing wrong in a project, found by a check (store/project_check.h) or by a
// backend's own checks of its storage (ProjectStore::checkStorage()).

#include <QDate>
#include <QList>
#include <QString>

namespace engdrift {

struct CheckFinding
{
    /// What kind of check found it: "open", "schema", "integrity", "spatial-index", "geometry",
    /// "temporal", "proposal", "department", "extent".
    QString check;
    QString table;    ///< the table (or layer) it is in; empty for the whole project
    qint64 fid = 0;   ///< the row; 0 when it is not about one row
    qint64 id = 0;    ///< the area, path, zone or department id of that row; 0 when none
    QDate validFrom;  ///< the version's dates, when it is about a version
    QDate validTo;
    QString message;  ///< what is wrong, for people (translated)
    /// The store can rebuild it from the tables (ProjectStore::rebuildDerived()); otherwise a
    /// person has to decide (an invalid shape, overlapping versions, a damaged file).
    bool repairable = false;
};

} // namespace engdrift
