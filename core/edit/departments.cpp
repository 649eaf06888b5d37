#include "edit/departments.h"

#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace engdrift {
namespace {

struct DepartmentText
{
    Q_DECLARE_TR_FUNCTIONS(Departments)
};

constexpr int kMostHomes = 100000;

} // namespace

Result<void> saveDepartmentDetails(ProjectStore &store, const Department &department, bool mayCreate)
{
    const DepartmentKey &key = department.key;
    if (!key.isValid())
        return makeError(DepartmentText::tr("%1 is not a department number (organisation number above 0, department "
                                            "000-999).")
                             .arg(key.toString()));
    const QString name = department.name.trimmed();
    if (name.isEmpty())
        return makeError(DepartmentText::tr("Department %1 needs a name.").arg(key.toString()));
    if (department.homes < 0 || department.homes > kMostHomes)
        return makeError(DepartmentText::tr("Department %1: %2 homes is not a number of homes (0-%3).")
                             .arg(key.toString())
                             .arg(department.homes)
                             .arg(kMostHomes));
    auto existing = store.department(key);
    if (!existing.ok())
        return existing.error();
    if (!existing->has_value() && !mayCreate)
        return makeError(DepartmentText::tr("Department %1 is not in the project.").arg(key.toString()));
    auto tx = store.begin();
    if (!tx.ok())
        return tx.error();
    if (!existing->has_value()) {
        auto organisations = store.organisations();
        if (!organisations.ok())
            return organisations.error();
        const bool known = std::any_of(organisations->cbegin(), organisations->cend(),
                                       [&key](const Organisation &o) { return o.orgNo == key.orgNo; });
        if (!known) {
            if (auto saved = store.saveOrganisation(Organisation{key.orgNo, QString()}); !saved.ok())
                return saved;
        }
    }
    Department d = existing->has_value() ? **existing : Department{};
    d.key = key;
    d.name = name;
    d.address = department.address.trimmed();
    d.homes = department.homes;
    d.strategicSignificance = department.strategicSignificance;
    if (auto saved = store.saveDepartment(d); !saved.ok())
        return saved;
    return tx->commit();
}

Result<void> deleteEmptyDepartment(ProjectStore &store, const DepartmentKey &key)
{
    auto existing = store.department(key);
    if (!existing.ok())
        return existing.error();
    if (!existing->has_value())
        return makeError(DepartmentText::tr("Department %1 is not in the project.").arg(key.toString()));
    auto use = store.departmentUse(key);
    if (!use.ok())
        return use.error();
    if (!use->isEmpty()) {
        QStringList held;
        if (use->areaVersions > 0)
            held << DepartmentText::tr("%n area version(s)", "", static_cast<int>(use->areaVersions));
        if (use->pathVersions > 0)
            held << DepartmentText::tr("%n path version(s)", "", static_cast<int>(use->pathVersions));
        if (use->adoptionEvents > 0)
            held << DepartmentText::tr("%n adoption event(s)", "", static_cast<int>(use->adoptionEvents));
        if (use->proposals > 0)
            held << DepartmentText::tr("%n proposal(s)", "", static_cast<int>(use->proposals));
        return makeError(DepartmentText::tr("Department %1 cannot be deleted: it has %2. Only a department without "
                                            "areas, paths, adoption events and proposals can be deleted.")
                             .arg(key.toString(), held.join(QStringLiteral(", "))));
    }
    auto tx = store.begin();
    if (!tx.ok())
        return tx.error();
    if (auto deleted = store.deleteDepartment(key); !deleted.ok())
        return deleted;
    return tx->commit();
}

Result<StartCorrection> correctDepartmentStart(ProjectStore &store, const DepartmentKey &key, const QDate &newStart,
                                               const QString &note)
{
    const QString dept = key.toString();
    if (!newStart.isValid())
        return makeError(DepartmentText::tr("Department %1: give the date its areas start.").arg(dept));
    auto existing = store.department(key);
    if (!existing.ok())
        return existing.error();
    if (!existing->has_value())
        return makeError(DepartmentText::tr("Department %1 is not in the project.").arg(dept));

    AreaQuery query;
    query.department = key;
    auto versions = store.areas(query); // current versions, by area and date
    if (!versions.ok())
        return versions.error();
    if (versions->isEmpty())
        return makeError(DepartmentText::tr("Department %1 has no areas, so it has no start date to correct.").arg(dept));
    QDate oldStart;
    for (const AreaVersion &v : *versions) {
        if (!oldStart.isValid() || v.validFrom < oldStart)
            oldStart = v.validFrom;
    }
    if (newStart == oldStart)
        return makeError(DepartmentText::tr("Department %1 starts on %2 already.").arg(dept, isoDate(oldStart)));

    // The first versions: those that begin on the department's first date.
    QList<AreaVersion> first;
    QList<qint64> areaIds;
    for (const AreaVersion &v : *versions) {
        if (v.validFrom == oldStart) {
            first << v;
            areaIds << v.areaId;
        }
    }
    QStringList problems;
    constexpr int kMostNamed = 5;
    for (const AreaVersion &v : first) {
        if (v.validTo.isValid() && v.validTo <= newStart && problems.size() < kMostNamed)
            problems << DepartmentText::tr("area %1 would have no time left: its first version ends on %2")
                            .arg(v.areaId)
                            .arg(isoDate(v.validTo));
    }
    // Every other current version of those areas (in any department) must stay clear of them.
    AreaQuery same;
    same.ids = areaIds;
    auto related = store.areas(same);
    if (!related.ok())
        return related.error();
    QHash<qint64, QList<AreaVersion>> byArea;
    for (const AreaVersion &v : *related)
        byArea[v.areaId] << v;
    for (const AreaVersion &v : first) {
        const QDate to = v.validTo;
        for (const AreaVersion &other : byArea.value(v.areaId)) {
            if (other.fid == v.fid)
                continue;
            const bool overlaps = (!other.validTo.isValid() || newStart < other.validTo) &&
                                  (!to.isValid() || other.validFrom < to);
            if (overlaps && problems.size() < kMostNamed)
                problems << DepartmentText::tr("area %1 would overlap its version from %2")
                                .arg(v.areaId)
                                .arg(isoDate(other.validFrom));
        }
    }
    if (newStart > oldStart) {
        auto events = store.adoptionEvents(key);
        if (!events.ok())
            return events.error();
        for (const AdoptionEvent &e : *events) {
            if (e.date < newStart) {
                problems << DepartmentText::tr("the adoption record has %1 on %2, before the new start")
                                .arg(kindName(e.kind), isoDate(e.date));
                break;
            }
        }
    }
    if (!problems.isEmpty())
        return makeError(DepartmentText::tr("Department %1: its areas cannot start on %2 instead of %3: %4.")
                             .arg(dept, isoDate(newStart), isoDate(oldStart), problems.join(QStringLiteral("; "))));

    auto tx = store.begin();
    if (!tx.ok())
        return tx.error();
    for (const AreaVersion &v : first) {
        if (auto moved = store.setAreaVersionStart(v.fid, newStart); !moved.ok())
            return moved.error();
    }
    StartCorrection correction;
    correction.oldStart = oldStart;
    correction.newStart = newStart;
    correction.versionsMoved = first.size();
    correction.record.department = key;
    correction.record.kind = QStringLiteral("start_date");
    correction.record.oldValue = isoDate(oldStart);
    correction.record.newValue = isoDate(newStart);
    correction.record.rows = first.size();
    correction.record.note = note.trimmed();
    if (auto saved = store.saveCorrection(correction.record); !saved.ok())
        return saved.error();
    if (auto committed = tx->commit(); !committed.ok())
        return committed.error();
    return correction;
}

} // namespace engdrift
