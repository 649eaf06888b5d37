#pragma once
// ProjectStore: an Engdrift project, stored in a GDAL vector dataset.
//
// The default store is one GeoPackage file (*.engdrift.gpkg) that also opens in QGIS and ogrinfo:
// tables meta, organisations, departments, areas (temporal, with a spatial index), care_types and
// adoption_events (see docs/architecture.md). The implementation talks to the dataset only through
// GDAL, so a PostGIS database reached through GDAL's PostgreSQL driver can hold the same schema.
//
// Threads: a ProjectStore belongs to the thread that opened it. A worker that needs the data opens
// its own ProjectStore on the same path.
//
// Writing: every write happens inside a Transaction (begin() ... commit()). A Transaction that is
// destroyed without commit() rolls back, so a failed operation leaves the project exactly as it was.
// Write methods called outside a transaction fail.

#include "catalogue/catalogue.h"
#include "crs/crs.h"
#include "geometry/geometry.h"
#include "model/adoption.h"
#include "model/import_batch.h"
#include "model/area_version.h"
#include "model/path_version.h"
#include "model/department.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class OGRGeometry;

namespace engdrift {

enum class OpenMode { ReadOnly, ReadWrite };

/// Which area versions a query returns.
struct AreaQuery
{
    std::optional<QDate> at;                  ///< only versions valid at this date; unset = all versions
    std::optional<DepartmentKey> department;  ///< only this department
    std::optional<AreaStatus> status = AreaStatus::Current;
    QList<qint64> areaIds;                    ///< only these areas (empty = all)
    std::optional<QRectF> bounds;             ///< only areas whose bounding box meets this rectangle
    bool ordered = true;                      ///< by area_id and valid_from; false is faster
    std::optional<qint64> proposalId;         ///< only the versions of this proposal
    std::optional<qint64> importId;           ///< only the versions this import wrote
};

enum class AreaGrouping { Department, CareType, DepartmentAndCareType };

/// A sum of areas for one group.
struct AreaTotal
{
    DepartmentKey department; ///< zero when not grouped by department
    QString careType;         ///< empty when not grouped by care type
    double areaM2 = 0;
    qint64 count = 0;
};

/// A sum of areas for one care type and validity interval (ProjectStore::areaIntervalTotals).
struct AreaIntervalTotal
{
    QString careType;
    QDate validFrom;
    QDate validTo; ///< invalid = still valid (open)
    double areaM2 = 0;
    qint64 count = 0;
};

/// The dates a project's data span (ProjectStore::dateSpan).
struct DateSpan
{
    QDate first; ///< the earliest valid_from of any area or path version (invalid: no data)
    QDate last;  ///< the latest valid_from or valid_to of any version
};

struct ProjectSummary
{
    int schemaVersion = 0;
    QString crs;
    QString catalogueId;
    qint64 organisations = 0;
    qint64 departments = 0;
    qint64 areas = 0;        ///< areas valid at `at`
    qint64 areaVersions = 0; ///< rows in the areas table, all versions
    double totalAreaM2 = 0;  ///< of the areas valid at `at`
    QDate at;
    QDateTime created;
    QDateTime modified;
    QRectF extent;           ///< of all area versions, in the project CRS
};

class ProjectStore
{
public:
    /// The schema version this program writes. Older projects are migrated on open for writing;
    /// newer ones are refused.
    static int schemaVersion();

    /// Creates a new project file. Refuses to overwrite an existing file.
    static Result<std::unique_ptr<ProjectStore>> create(const QString &path, const Crs &crs,
                                                        const Catalogue &catalogue);
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path, OpenMode mode);

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString path() const;
    const Crs &crs() const;
    const Catalogue &catalogue() const;
    bool isWritable() const;

    /// An open write transaction. Roll back by destroying it without commit().
    class Transaction
    {
    public:
        Transaction(Transaction &&other) noexcept;
        Transaction &operator=(Transaction &&) = delete;
        ~Transaction();
        Result<void> commit();
        void rollback();

    private:
        friend class ProjectStore;
        explicit Transaction(ProjectStore *store) : m_store(store) {}
        ProjectStore *m_store = nullptr;
    };
    Result<Transaction> begin();
    bool inTransaction() const;

    // --- organisations and departments
    Result<QList<Organisation>> organisations() const;
    Result<QList<Department>> departments() const;
    /// The departments whose extent meets `bounds`.
    Result<QList<Department>> departments(const QRectF &bounds) const;
    Result<std::optional<Department>> department(const DepartmentKey &key) const;
    /// Inserts or updates (by number).
    Result<void> saveOrganisation(const Organisation &organisation);
    /// Inserts or updates (by key); the organisation must exist.
    Result<void> saveDepartment(const Department &department);
    /// Deletes the department row (check first that nothing refers to it: edit/departments.h).
    Result<void> deleteDepartment(const DepartmentKey &key);
    /// Deletes an organisation that has no departments left.
    Result<void> deleteOrganisation(int orgNo);
    /// What refers to a department: area versions (any status), path versions, adoption events and
    /// proposals, counted.
    struct DepartmentUse
    {
        qint64 areaVersions = 0;
        qint64 pathVersions = 0;
        qint64 adoptionEvents = 0;
        qint64 proposals = 0;
        bool isEmpty() const { return areaVersions + pathVersions + adoptionEvents + proposals == 0; }
    };
    Result<DepartmentUse> departmentUse(const DepartmentKey &key) const;

    // --- areas
    /// The area_id the next new area gets.
    Result<qint64> nextAreaId();
    /// Writes a new version (it must end, if it ends, after the day it begins). Computes its area from the geometry (which must be a valid polygon or
    /// multipolygon in the project CRS) and sets version.fid and version.areaM2.
    Result<void> insertAreaVersion(AreaVersion &version, const Geometry &geometry);
    /// The same, for a GDAL geometry already in the project CRS; areaM2 must be set by the caller.
    Result<void> insertAreaVersion(AreaVersion &version, OGRGeometry *geometry);
    /// For inserting many areas at once: the spatial index of the areas is dropped now and rebuilt in
    /// one pass by endBulkInsert(), which is much faster than updating it row by row. Both happen
    /// inside the open transaction; a rollback restores the index as it was.
    Result<void> beginBulkInsert();
    Result<void> endBulkInsert();
    /// Closes a version: it stops being valid at validTo, which must be after the day it begins.
    Result<void> closeAreaVersion(qint64 fid, const QDate &validTo);
    /// Removes a current version that a change on the very day it begins replaces (a second change
    /// on one date replaces the first): a version is never of zero length, and one that was never
    /// valid is not history. Nothing else removes a current version.
    Result<void> retractAreaVersion(qint64 fid);
    /// Moves the start of a current version (a correction of a data-entry error: edit/departments.h
    /// checks that no version becomes empty or overlaps another).
    Result<void> setAreaVersionStart(qint64 fid, const QDate &validFrom);

    // --- import batches and corrections (store/import_store.cpp)
    /// Writes the batch row (sets batch.id); until finishImportBatch() every area version written in
    /// this transaction belongs to it.
    Result<void> beginImportBatch(ImportBatch &batch);
    /// Writes the batch's counts and what it created, and ends the tagging of new versions.
    Result<void> finishImportBatch(const ImportBatch &batch);
    /// The imports, oldest first (undone ones too).
    Result<QList<ImportBatch>> importBatches() const;
    Result<std::optional<ImportBatch>> importBatch(qint64 id) const;
    /// Deletes every area version the import wrote and marks the batch undone (undoneAt); the
    /// departments it touched get their extent back from the areas they still have. Check first
    /// that the rows were not edited since (io/import_batches.h).
    Result<void> deleteImportBatchAreas(ImportBatch &batch);
    /// Per department: how many areas (current versions) came from this source file.
    Result<QList<SourceImportSummary>> importedFrom(const QString &source) const;
    /// Records a correction (sets correction.id).
    Result<void> saveCorrection(Correction &correction);
    Result<QList<Correction>> corrections(const std::optional<DepartmentKey> &department = std::nullopt) const;

    using AreaVisitor = std::function<bool(const AreaVersion &, const Geometry *)>;
    /// Calls visit for each matching version (ordered by area_id, valid_from) until it returns false.
    /// The geometry is read only when withGeometry is true.
    Result<void> forEachArea(const AreaQuery &query, bool withGeometry, const AreaVisitor &visit) const;
    Result<QList<AreaVersion>> areas(const AreaQuery &query) const;
    Result<Geometry> areaGeometry(qint64 fid) const;
    /// Sums of area and counts, grouped, ordered by department then care type.
    Result<QList<AreaTotal>> areaTotals(const AreaQuery &query, AreaGrouping grouping) const;
    /// Sums of area and counts per care type and validity interval, ordered by care type, valid_from
    /// and valid_to: one pass over the covering index, for the timeline (store/timeline_store.cpp).
    /// query.at and query.bounds are ignored.
    Result<QList<AreaIntervalTotal>> areaIntervalTotals(const AreaQuery &query) const;
    /// The first and last dates of the areas and paths, current or planned (for the time slider):
    /// one pass over the covering index of the areas.
    Result<DateSpan> dateSpan() const;

    Result<ProjectSummary> summary(const QDate &at) const;
    /// When the project was last saved (the meta "modified" stamp, ISO 8601 UTC).
    Result<QString> modifiedStamp() const;

    // --- adoption events (store/adoption_store.cpp); check them with analysis/adoption.h first
    /// The events of one department, or of all, ordered by department, date and id.
    Result<QList<AdoptionEvent>> adoptionEvents(const std::optional<DepartmentKey> &department = std::nullopt) const;
    /// Inserts (id 0; sets id) or updates an event.
    Result<void> saveAdoptionEvent(AdoptionEvent &event);
    Result<void> deleteAdoptionEvent(qint64 id);
    /// The date of the department's first area version (invalid if it has none).
    Result<QDate> departmentStart(const DepartmentKey &department) const;

    // --- paths: mown paths and edges (store/path_store.cpp); temporal like the areas
    struct PathQuery
    {
        std::optional<QDate> at;
        std::optional<DepartmentKey> department;
        std::optional<AreaStatus> status = AreaStatus::Current;
        std::optional<qint64> proposalId;
        std::optional<QRectF> bounds;
        QList<qint64> pathIds;
    };
    using PathVisitor = std::function<bool(const PathVersion &, const Geometry *)>;
    Result<void> forEachPath(const PathQuery &query, bool withGeometry, const PathVisitor &visit) const;
    Result<QList<PathVersion>> paths(const PathQuery &query) const;
    Result<qint64> nextPathId();
    /// Writes a new path version; the geometry is a (multi)line in the project CRS; sets fid and
    /// lengthM (planar metres).
    Result<void> insertPathVersion(PathVersion &version, const Geometry &line);
    Result<void> closePathVersion(qint64 fid, const QDate &validTo);
    /// Removes a current path version that a change on the day it begins replaces (as
    /// retractAreaVersion).
    Result<void> retractPathVersion(qint64 fid);
    Result<Geometry> pathGeometry(qint64 fid) const;
    /// Deletes a planned (status proposed) path version.
    Result<void> deleteProposedPath(qint64 fid);

    // --- proposals (store/proposal_store.cpp)
    Result<QList<Proposal>> proposals(const std::optional<DepartmentKey> &department = std::nullopt) const;
    Result<std::optional<Proposal>> proposal(qint64 id) const;
    /// Inserts (id 0; sets id) or updates a proposal.
    Result<void> saveProposal(Proposal &proposal);
    /// Deletes a planned (status proposed) area version: drafts change, history does not.
    Result<void> deleteProposedVersion(qint64 fid);
    /// Changes the care type and note of a planned (status proposed) version in place.
    Result<void> updateProposedVersion(const AreaVersion &version);

    /// The GDAL dataset behind the store, for the code in core that streams into it.
    void *gdalDataset() const;

private:
    ProjectStore();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace engdrift
