#pragma once
// What earlier imports brought, and undoing an import.
//
// An import writes its areas in one transaction and records itself as a batch (ImportBatch); every
// area version it wrote carries the batch id. Before importing, previousImports() tells whether the
// same file already went into the same department. undoImport() deletes exactly the rows of a
// batch, in one transaction, and refuses when any of them was edited since.

#include "model/import_batch.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace engdrift {

class ProjectStore;

/// A department that already holds areas from a source file.
struct PreviousImport
{
    DepartmentKey department;
    QDate date;                     ///< when it was imported (before import batches: its areas' first date)
    qint64 areas = 0;
    std::optional<qint64> importId; ///< the batch, if recorded
};

/// The departments that hold areas from the file `sourcePath` (matched by file name), only
/// `department` when given.
Result<QList<PreviousImport>> previousImports(const ProjectStore &store, const QString &sourcePath,
                                              const std::optional<DepartmentKey> &department);
/// "fkg.gpkg was already imported into 12-005 on 2026-05-01, 3 areas", translated.
QString describePreviousImport(const QString &sourcePath, const PreviousImport &previous);

struct UndoImportReport
{
    ImportBatch batch;                       ///< as it is now (undone)
    qint64 areaVersionsDeleted = 0;
    QList<DepartmentKey> departmentsDeleted; ///< created by the import and empty again
    QList<int> organisationsDeleted;
};

/// Deletes every area version import `importId` wrote, in one transaction, and the departments and
/// organisations it created if nothing else refers to them. Refused (nothing changed) when the
/// import is unknown or undone, or when any of its areas was edited since: a version closed,
/// another version of the same area (current or planned), or an area made from one (split, merge).
Result<UndoImportReport> undoImport(ProjectStore &store, qint64 importId);

} // namespace engdrift
