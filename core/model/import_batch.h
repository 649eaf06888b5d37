#pragma once
// ImportBatch: one import of a foreign file into the project, as recorded in the imports table.
//
// Every area version an import writes carries its batch id, so the import can be undone exactly
// (its rows deleted in one transaction) as long as none of them was edited since. A batch that
// was undone stays in the table for the record, with the time it was undone.

#include "model/department.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace engdrift {

struct ImportBatch
{
    qint64 id = 0;                            ///< row in the store (0 before it is written)
    QDateTime importedAt;                     ///< UTC
    QString source;                           ///< the file name, as in areas.source
    QString sourcePath;                       ///< the path as given
    QString layer;
    std::optional<DepartmentKey> department;  ///< when every area went into one department
    QDate validFrom;                          ///< the start date given (a date field may give others)
    QString validFromField;                   ///< the source field that gave the start dates, if any
    qint64 areas = 0;
    double areaM2 = 0;
    QList<DepartmentKey> departmentsCreated;  ///< by this import (undo deletes them when empty)
    QList<int> organisationsCreated;
    QDateTime undoneAt;                       ///< invalid: the import stands

    bool isUndone() const { return undoneAt.isValid(); }
};

/// What the areas of a department hold from one source file (ProjectStore::importedFrom).
struct SourceImportSummary
{
    DepartmentKey department;
    qint64 areas = 0;                ///< distinct areas (current versions) with that source
    QDate firstValidFrom;
    std::optional<qint64> importId;  ///< the latest import batch among them (none: imported before batches)
};

/// A correction of a data-entry error (table corrections): what was changed from what to what.
struct Correction
{
    qint64 id = 0;
    DepartmentKey department;
    QString kind;     ///< "start_date"
    QString oldValue;
    QString newValue;
    qint64 rows = 0;  ///< how many rows it changed
    QDateTime madeAt; ///< UTC
    QString note;
};

} // namespace engdrift
