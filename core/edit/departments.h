#pragma once
// Departments (afdelinger): their name, address and number of homes, deleting an empty one, and
// correcting the start date of a department's first area versions (a data-entry error, such as
// areas imported as "from today" that existed long before).
//
// Each function works in one transaction and leaves the project as it was when it refuses.

#include "model/department.h"
#include "model/import_batch.h"
#include "util/result.h"

#include <QDate>
#include <QString>

namespace engdrift {

class ProjectStore;

/// Saves a department's name, address and homes. A new department (and its organisation, if
/// missing) is created only when `mayCreate`. Refused: a bad number, an empty name, a negative
/// number of homes. The extent is kept by the store and not changed here.
Result<void> saveDepartmentDetails(ProjectStore &store, const Department &department, bool mayCreate);

/// Deletes a department that has no areas, paths, adoption events or proposals; refused (with what
/// it still has) otherwise.
Result<void> deleteEmptyDepartment(ProjectStore &store, const DepartmentKey &key);

struct StartCorrection
{
    QDate oldStart;
    QDate newStart;
    qint64 versionsMoved = 0;
    Correction record; ///< as written to the corrections table
};

/// Moves the start of the department's first area versions (those that begin on its first date,
/// the first version of their area) to `newStart`, earlier or later, and records the correction.
/// Refused when a version would become empty (it ends on or before the new start), would overlap
/// another version of its area, or when an adoption event would fall before the department exists.
Result<StartCorrection> correctDepartmentStart(ProjectStore &store, const DepartmentKey &key, const QDate &newStart,
                                               const QString &note = {});

} // namespace engdrift
