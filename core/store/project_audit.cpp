// The checks that a project's contents agree with themselves (project_audit.h).

#include "store/project_audit.h"

#include "store/open_warnings.h"

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

    // Two current versions of one area valid on one date.
    AreaQuery current;
    current.at.reset();
    current.status = AreaStatus::Current;
    current.ordered = true;
    struct Span
    {
        qint64 areaId = 0;
        qint64 fid = 0;
        QDate from, to;
    };
    // Ordered by id and valid_from: an area's versions come one after the other, so comparing each
    // with the one before finds every overlap without holding the table (1,000,000 areas).
    Span before;
    qint64 reported = 0; ///< the area last named (one sentence an area)
    int overlaps = 0;
    auto read = store.forEachArea(current, false, [&](const AreaVersion &v, const Geometry *) {
        const Span after{v.areaId, v.fid, v.validFrom, v.validTo};
        // "before" is valid until its valid_to (open: for ever); "after" begins at its valid_from.
        if (before.areaId == after.areaId && reported != after.areaId && !(before.to.isValid() && before.to <= after.from)) {
            reported = after.areaId;
            ++overlaps;
            if (overlaps <= kMaxOverlapsNamed) {
                audit.overlappingVersions
                    << AuditText::tr("%1: area %2 (department %3) has two versions valid on %4: row %5 (from %6 to %7) "
                                     "and row %8 (from %9). The map and statistics at such a date count the area twice.")
                           .arg(where)
                           .arg(after.areaId)
                           .arg(v.department.toString())
                           .arg(after.from.toString(Qt::ISODate))
                           .arg(before.fid)
                           .arg(before.from.toString(Qt::ISODate),
                                before.to.isValid() ? before.to.toString(Qt::ISODate) : AuditText::tr("open"))
                           .arg(after.fid)
                           .arg(after.from.toString(Qt::ISODate));
            }
        }
        // An open version overlaps everything after it; keep the one that reaches furthest.
        const bool reachesFurther = before.to.isValid() && (!after.to.isValid() || after.to > before.to);
        if (before.areaId != after.areaId || reachesFurther)
            before = after;
        return true;
    });
    // A row the store refuses (a habitat condition it does not know) is named, as an unreadable
    // proposal is, and the audit goes on.
    if (!read.ok())
        audit.unreadable << read.errorMessage();
    if (overlaps > kMaxOverlapsNamed)
        audit.overlappingVersions << AuditText::tr("%1: %n more area(s) have versions that overlap in time.", "",
                                                   overlaps - kMaxOverlapsNamed)
                                         .arg(where);
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
