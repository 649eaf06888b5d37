#pragma once
// The checks that a project's contents agree with themselves, through the ProjectStore interface
// (so every backend gets them). What is found is reported, never used silently:
// - a care type that areas use but the project's catalogue does not have (its areas are counted
//   under their own code in statistics, analysis/statistics.h, but the catalogue cannot say
//   whether they are green or nature-friendly);
// - two versions of one area valid on one date (a current version that begins before the one
//   before it ended);
// - a proposal whose status this program does not know (the store refuses to read it as another);
// - an area version whose habitat condition is not a known code (store/stored_biodiversity.h: the
//   store refuses to read it, so the map, statistics and nature value of its date fail).
// A geographic CRS in meta is refused by the store itself when it opens the project.

#include "store/project_store.h"
#include "util/result.h"

#include <QStringList>

namespace engdrift {

struct ProjectAudit
{
    QStringList unknownCareTypes;   ///< one sentence per care type: code, versions, where
    QStringList overlappingVersions;///< one sentence per area with overlapping versions (at most 20, then a count)
    QStringList unknownConditions;  ///< one sentence per unknown condition code: code, versions, the first areas
    QStringList unreadable;         ///< what could not be read (e.g. a proposal with an unknown status)
    QStringList warnings() const { return unknownCareTypes + overlappingVersions + unknownConditions + unreadable; }
    bool isClean() const { return warnings().isEmpty(); }
};

/// How much an audit reads.
enum class AuditDepth {
    Quick, ///< the small tables only (proposals, adoption events): for every open
    Full,  ///< also every area version (about a second at 1,000,000 areas): before writes, `check`, the desktop
};

/// Runs the checks on `store`. Fails only when the store cannot be read at all.
Result<ProjectAudit> auditProject(const ProjectStore &store, AuditDepth depth = AuditDepth::Full);

/// Audits an open store and adds what it finds to openWarnings(store) (store/open_warnings.h).
/// A store that cannot be read at all adds nothing: what the program reads next fails with its own
/// sentence. For the programs, right after openStore().
void addAuditWarnings(ProjectStore &store, AuditDepth depth = AuditDepth::Full);

} // namespace engdrift
