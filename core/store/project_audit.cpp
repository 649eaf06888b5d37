// The checks that a project's contents agree with themselves (project_audit.h).

#include "store/project_audit.h"

#include "store/open_warnings.h"
#include "store/stored_biodiversity.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace engdrift {
namespace {

struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectAudit)
};

constexpr int kMaxOverlapsNamed = 20;
constexpr int kMaxConditionAreasNamed = 5; ///< areas named per unknown condition code

} // namespace

Result<ProjectAudit> auditProject(const ProjectStore &store, AuditDepth depth)
{
    ProjectAudit audit;
    const QString where = QFileInfo(store.path()).fileName().isEmpty() ? store.path() : QFileInfo(store.path()).fileName();
    // Proposals and events: the store refuses a status it does not know, naming the row.
    if (auto proposals = store.proposals(); !proposals.ok())
        audit.unreadable << proposals.errorMessage();
    if (auto events = store.adoptionEvents(); !events.ok())
        audit.unreadable << events.errorMessage();
    // Departments: the store refuses a strategic significance it does not know, naming the department.
    if (auto departments = store.departments(); !departments.ok())
        audit.unreadable << departments.errorMessage();
    if (depth == AuditDepth::Quick)
        return audit;

    // Care types in use (every version, current or proposed) that the catalogue lacks.
    AreaQuery every;
    every.at.reset();
    every.status.reset();
    auto totals = store.areaTotals(every, AreaGrouping::DepartmentAndCareType);
    if (!totals.ok())
        return totals.error();
    struct Use
    {
        qint64 versions = 0;
        QStringList departments;
    };
    QMap<QString, Use> unknown;
    for (const AreaTotal &row : *totals) {
        if (store.catalogue().find(row.careType))
            continue;
        Use &use = unknown[row.careType];
        use.versions += row.count;
        const QString dept = row.department.toString();
        if (!use.departments.contains(dept))
            use.departments << dept;
    }
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
        audit.unknownCareTypes << AuditText::tr("%1: %n area version(s) (department(s) %2) have the care type \"%3\", "
                                                "which the project's catalogue does not have; statistics count them under "
                                                "that code, as neither green nor nature-friendly.",
                                                "", int(it->versions))
                                      .arg(where, it->departments.join(QStringLiteral(", ")), it.key());
    }

    // Two current versions of one area valid on one date: found by the store in one query
    // (1,000,000 areas are not read here), the first ones named, one sentence an area.
    auto overlaps = store.areaOverlaps(kMaxOverlapsNamed);
    if (!overlaps.ok())
        return overlaps.error();
    for (const AreaOverlap &o : overlaps->first) {
        audit.overlappingVersions
            << AuditText::tr("%1: area %2 (department %3) has two versions valid on %4: row %5 (from %6 to %7) "
                             "and row %8 (from %9). The map and statistics at such a date count the area twice.")
                   .arg(where)
                   .arg(o.areaId)
                   .arg(o.department.toString())
                   .arg(o.laterFrom.toString(Qt::ISODate))
                   .arg(o.earlierFid)
                   .arg(o.earlierFrom.toString(Qt::ISODate),
                        o.earlierTo.isValid() ? o.earlierTo.toString(Qt::ISODate) : AuditText::tr("open"))
                   .arg(o.laterFid)
                   .arg(o.laterFrom.toString(Qt::ISODate));
    }
    if (overlaps->areas > kMaxOverlapsNamed)
        audit.overlappingVersions << AuditText::tr("%1: %n more area(s) have versions that overlap in time.", "",
                                                   int(overlaps->areas - kMaxOverlapsNamed))
                                         .arg(where);

    // Conditions the program does not know: reading such a version fails, so the map of its dates
    // cannot be drawn; one query, the first areas named.
    auto conditions = store.unknownAreaConditions(kMaxConditionAreasNamed);
    if (!conditions.ok())
        return conditions.error();
    for (const UnknownAreaCondition &c : *conditions) {
        QStringList ids;
        for (qint64 id : c.areaIds)
            ids << QString::number(id);
        QString areas = ids.join(QStringLiteral(", "));
        if (c.areas > c.areaIds.size())
            areas = AuditText::tr("%1 and %n more", "", int(c.areas - c.areaIds.size())).arg(areas);
        audit.unknownConditions << AuditText::tr("%1: the condition \"%3\" of %n area version(s) (area ids %2) is not one "
                                                 "this program knows (known: %4; empty for the care type's default); "
                                                 "the version(s) cannot be read until it is corrected.",
                                                 "", int(c.versions))
                                       .arg(where, areas, c.code, knownConditionCodes());
    }
    return audit;
}

void addAuditWarnings(ProjectStore &store, AuditDepth depth)
{
    auto audit = auditProject(store, depth);
    // A project that cannot be read at all (a damaged table) fails with its own sentence where
    // the program reads it; a warning before that sentence would only bury it.
    if (!audit.ok())
        return;
    addOpenWarnings(store, audit->warnings());
}

} // namespace engdrift
