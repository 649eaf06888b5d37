#include "io/import_batches.h"

#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace engdrift {
namespace {

struct ImportBatchText
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatches)
};

QString listIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (int i = 0; i < ids.size() && i < 8; ++i)
        parts << QString::number(ids.at(i));
    if (ids.size() > 8)
        parts << QStringLiteral("…");
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<QList<PreviousImport>> previousImports(const ProjectStore &store, const QString &sourcePath,
                                              const std::optional<DepartmentKey> &department)
{
    auto summaries = store.importedFrom(QFileInfo(sourcePath).fileName());
    if (!summaries.ok())
        return summaries.error();
    QList<PreviousImport> list;
    for (const SourceImportSummary &s : *summaries) {
        if (department && s.department != *department)
            continue;
        PreviousImport p;
        p.department = s.department;
        p.areas = s.areas;
        p.date = s.firstValidFrom;
        p.importId = s.importId;
        if (s.importId) {
            auto batch = store.importBatch(*s.importId);
            if (!batch.ok())
                return batch.error();
            if (batch->has_value() && (**batch).importedAt.isValid())
                p.date = (**batch).importedAt.toLocalTime().date();
        }
        list << p;
    }
    return list;
}

QString describePreviousImport(const QString &sourcePath, const PreviousImport &previous)
{
    return ImportBatchText::tr("%1 was already imported into %2 on %3, %n area(s)", "", static_cast<int>(previous.areas))
        .arg(QFileInfo(sourcePath).fileName(), previous.department.toString(), isoDate(previous.date));
}

Result<UndoImportReport> undoImport(ProjectStore &store, qint64 importId)
{
    auto found = store.importBatch(importId);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(ImportBatchText::tr("There is no import %1 in the project.").arg(importId));
    ImportBatch batch = **found;
    if (batch.isUndone())
        return makeError(ImportBatchText::tr("Import %1 (%2) was undone already, on %3.")
                             .arg(importId)
                             .arg(batch.source, isoDate(batch.undoneAt.toLocalTime().date())));

    auto tx = store.begin();
    if (!tx.ok())
        return tx.error();
    // The rows the import wrote.
    AreaQuery mine;
    mine.status = std::nullopt;
    mine.importId = importId;
    mine.ordered = false;
    auto written = store.areas(mine);
    if (!written.ok())
        return written.error();
    QSet<qint64> fids;
    QSet<qint64> areaIds;
    QSet<DepartmentKey> departments;
    QList<qint64> changed;
    for (const AreaVersion &v : *written) {
        fids.insert(v.fid);
        areaIds.insert(v.areaId);
        departments.insert(v.department);
        if (v.validTo.isValid() && !changed.contains(v.areaId))
            changed << v.areaId; // closed: a later version took over
    }
    // Any other version of those areas, or an area made from them, is an edit since the import.
    for (const DepartmentKey &key : departments) {
        AreaQuery all;
        all.status = std::nullopt;
        all.department = key;
        all.ordered = false;
        auto versions = store.areas(all);
        if (!versions.ok())
            return versions.error();
        for (const AreaVersion &v : *versions) {
            if (fids.contains(v.fid))
                continue;
            if (areaIds.contains(v.areaId) && !changed.contains(v.areaId))
                changed << v.areaId;
            for (qint64 parent : v.lineage) {
                if (areaIds.contains(parent) && !changed.contains(parent))
                    changed << parent;
            }
        }
    }
    if (!changed.isEmpty())
        return makeError(ImportBatchText::tr("Import %1 (%2) cannot be undone: its areas were changed since (area %3); "
                                             "nothing was deleted.")
                             .arg(importId)
                             .arg(batch.source, listIds(changed)));

    UndoImportReport report;
    report.areaVersionsDeleted = written->size();
    if (auto deleted = store.deleteImportBatchAreas(batch); !deleted.ok())
        return deleted.error();
    for (const DepartmentKey &key : batch.departmentsCreated) {
        auto dept = store.department(key);
        if (!dept.ok())
            return dept.error();
        if (!dept->has_value())
            continue;
        auto use = store.departmentUse(key);
        if (!use.ok())
            return use.error();
        if (!use->isEmpty())
            continue; // something else came to it since: it stays
        if (auto ok = store.deleteDepartment(key); !ok.ok())
            return ok.error();
        report.departmentsDeleted << key;
    }
    for (int orgNo : batch.organisationsCreated) {
        auto departmentsLeft = store.departments();
        if (!departmentsLeft.ok())
            return departmentsLeft.error();
        const bool used = std::any_of(departmentsLeft->cbegin(), departmentsLeft->cend(),
                                      [orgNo](const Department &d) { return d.key.orgNo == orgNo; });
        if (used)
            continue;
        if (auto ok = store.deleteOrganisation(orgNo); !ok.ok())
            return ok.error();
        report.organisationsDeleted << orgNo;
    }
    if (auto committed = tx->commit(); !committed.ok())
        return committed.error();
    report.batch = batch;
    return report;
}

} // namespace engdrift
