#pragma once
// Import of a foreign vector file into a project's areas.
//
// Streams the chosen layer feature by feature (memory does not grow with the file): reprojects to
// the project CRS with PROJ, linearizes curves, drops Z/M, keeps only the polygonal part, repairs
// invalid polygons with GEOS (make valid), and writes the areas in one transaction. Everything it
// skips or changes is counted in the report, with the source feature ids. If the import fails or
// is cancelled, the project is exactly as before.

#include "catalogue/care_mapping.h"
#include "model/department.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace engdrift {

class ProjectStore;

struct ImportOptions
{
    QString sourcePath;
    QString layer;                          ///< empty: the only (polygonal) layer
    std::optional<DepartmentKey> department; ///< every area into this department ...
    QString orgField;                       ///< ... or the department from these fields
    QString deptField;
    QString careType;                       ///< every area gets this care type ...
    QString careField;                      ///< ... or it comes from this field
    QString careMapFile;                    ///< optional CSV value,care_type for careField
    QString assumeCrs;                      ///< CRS for a source that declares none
    QDate validFrom;                        ///< date the imported areas are valid from (default: today)
    QString validFromField;                 ///< a date field of the source giving each area's start
                                            ///< (empty or not a date: validFrom)
    QString departmentName;                 ///< the name of `department` when the import creates it
};

/// What happened to the features of the source, by kind.
enum class ImportNote {
    NullGeometry,     ///< skipped: no geometry
    EmptyGeometry,    ///< skipped: empty geometry or no area
    NotPolygon,       ///< skipped: point or line
    Unrepairable,     ///< skipped: invalid and nothing polygonal left after repair
    BadDepartment,    ///< skipped: department field value is not a department number
    Repaired,         ///< imported after GEOS make-valid
    PartsDropped,     ///< imported: non-polygon parts of a collection dropped
    CurvesLinearized, ///< imported: arcs turned into line segments
    ZmDropped,        ///< imported: Z or M values dropped
    SurfaceFlattened, ///< imported: a 3D surface (TIN, polyhedral) flattened to polygons
    ClosedLineAsArea, ///< imported: a closed polyline of a CAD drawing taken as the outline of an area
    UnmappedCareType, ///< imported as the unknown care type: the value is not in the mapping
    TextNotUtf8,      ///< imported: a text value was not UTF-8 and was read as Latin-1
    NoStartDate,      ///< imported from the start date given: the date field is empty or not a date
};

struct ImportNoteCount
{
    qint64 count = 0;
    QStringList sampleFids; ///< the first source feature ids, for the message
};

struct ImportReport
{
    QString source;
    QString layer;
    QString sourceCrs;
    qint64 featuresRead = 0;
    qint64 areasImported = 0;
    double areaM2 = 0;
    QMap<ImportNote, ImportNoteCount> notes;
    QMap<QString, qint64> unmappedValues;    ///< care field value → count
    QList<DepartmentKey> departmentsCreated;
    qint64 firstAreaId = 0;
    qint64 lastAreaId = 0;
    qint64 importId = 0;        ///< the import batch (ProjectStore::importBatch), to undo it
    QDate validFrom;            ///< the start date given (or today)
    QDate earliestStart;        ///< the earliest start of the imported areas

    qint64 skipped() const;
    /// One line per note, e.g. "3 features skipped: not a polygon (fid 4, 7, 9)".
    QStringList describe() const;
};

/// Progress: fraction done 0..1 (negative when the total is unknown) and features read so far.
/// Return false to cancel.
using ImportProgress = std::function<bool(double fraction, qint64 featuresRead)>;

Result<ImportReport> importVectorFile(ProjectStore &store, const ImportOptions &options,
                                      const ImportProgress &progress = {});

} // namespace engdrift
