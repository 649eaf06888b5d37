#pragma once
// Checking a project and rebuilding what can be rebuilt (engdrift-cli check [--repair]; the
// desktop program can call the same).
//
// checkProject() opens the project read-only and reports, per finding, what is wrong and where
// (store/check_finding.h): the backend's own checks of its storage (ProjectStore::checkStorage():
// for a GeoPackage SQLite's integrity and foreign-key checks, the schema, and each spatial index
// against its table), then, through the store interface, every version of areas, paths and mowing
// zones: its shape valid by GEOS, valid_to after valid_from, no id with two current versions valid
// on one date, a planned version belonging to an existing proposal, its department existing, and
// each department's stored extent holding the boxes of its areas.
//
// repairProject() rebuilds, in one transaction, what the findings show to be out of step with the
// tables and derived from them (ProjectStore::rebuildDerived(): spatial indexes, department
// extents), then checks again. It never changes a version: an invalid shape or overlapping
// versions are reported for a person to decide.

#include "store/check_finding.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace engdrift {

class ProjectStore;

struct CheckReport
{
    QString location;
    bool opened = false; ///< the project could be opened (otherwise only the storage was checked)
    qint64 areaVersions = 0;
    qint64 pathVersions = 0;
    qint64 zoneVersions = 0;
    qint64 departments = 0;
    QList<CheckFinding> findings;
    bool clean() const { return findings.isEmpty(); }
    qint64 repairable() const;
};

/// Opens `location` read-only (which recovers an interrupted write, see openStore()) and checks it.
/// A project that cannot be opened is a finding ("open") beside what the storage checks tell.
CheckReport checkProject(const QString &location);
/// Checks an open store.
Result<CheckReport> checkStore(const ProjectStore &store);

struct RepairReport
{
    CheckReport before;
    QStringList repaired; ///< what was rebuilt, in words
    CheckReport after;    ///< the check after the repair: what could not be repaired
};

/// Checks the store (opened for writing), rebuilds what can be rebuilt in one transaction and
/// checks again. Fails (changing nothing) when the rebuild or its commit fails.
Result<RepairReport> repairProject(ProjectStore &store);

} // namespace engdrift
