#pragma once
// ProjectStore: an Engdrift project, wherever it is kept: the interface every backend implements.
//
// The default store is one GeoPackage file (*.engdrift.gpkg, store/gpkg/) that also opens in QGIS
// and ogrinfo: tables meta, organisations, departments, areas, paths and mowing_zones (temporal, with
// spatial indexes), care_types, adoption_events, proposals, imports and corrections (see
// docs/architecture.md). openStore() picks the backend from the location: a file path is a
// GeoPackage; a `postgresql://` URI or `PG:` string will be a PostGIS database. Nothing in this
// interface is of GDAL, OGR or SQLite: core talks to every backend the same way, and one test
// suite runs against each (tests/core/test_store_backends.cpp).
//
// The temporal tables are TemporalLayers (store/temporal_layer.h): areaLayer(), pathLayer() and
// zoneLayer().
// Their supersede() is the only way a current version is closed.
//
// Threads: a ProjectStore belongs to the thread that opened it. A worker that needs the data opens
// its own ProjectStore on the same location.
//
// Writing: every write happens inside a Transaction (begin() ... commit()). A Transaction that is
// destroyed without commit() rolls back, so a failed operation leaves the project exactly as it was.
// Write methods called outside a transaction fail. begin() takes the store's write lock at once,
// so what is read inside a transaction stays true until it ends.

#include "catalogue/catalogue.h"
#include "crs/crs.h"
#include "geometry/geometry.h"
#include "model/adoption.h"
#include "model/import_batch.h"
#include "model/area_version.h"
#include "model/path_version.h"
#include "model/department.h"
#include "store/check_finding.h"
#include "store/temporal_layer.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace engdrift {

class AreaStream;

enum class OpenMode { ReadOnly, ReadWrite };

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

/// Two current versions of one area valid on one date (ProjectStore::areaOverlaps): an area's
/// first version (by valid_from, then row) that begins before an earlier one has ended, and that
/// earlier version (of those before it, the one that reaches furthest, the first such).
struct AreaOverlap
{
    qint64 areaId = 0;
    DepartmentKey department; ///< the later version's
    qint64 laterFid = 0;
    QDate laterFrom;          ///< a date on which both are valid
    qint64 earlierFid = 0;
    QDate earlierFrom;
    QDate earlierTo;          ///< invalid = open
};

/// The areas whose current versions overlap in time: how many, and the first of them by area id.
struct AreaOverlaps
{
    qint64 areas = 0;
    QList<AreaOverlap> first;
};

/// A code in the areas' condition column that is not a condition this program knows
/// (ProjectStore::unknownAreaConditions): reading those versions fails.
struct UnknownAreaCondition
{
    QString code;
    qint64 versions = 0;      ///< the versions (any status) that have it
    qint64 areas = 0;         ///< the areas of those versions
    QList<qint64> areaIds;    ///< the first of those areas, by id
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

    virtual ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    /// Where the project is: a file path, or a database connection (without its password).
    virtual QString path() const = 0;
    virtual const Crs &crs() const = 0;
    virtual const Catalogue &catalogue() const = 0;
    virtual bool isWritable() const = 0;

    /// Who edits through this store: every area, path and zone version written records the name
    /// (changed_by) and the time (changed_at, UTC). By default ENGDRIFT_USER, else the operating
    /// system's user name with the host; the desktop sets the user's preference. Empty: the default.
    void setEditorName(const QString &name);
    QString editorName() const { return areaLayer().editorName(); }

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
    /// A transaction of its own, unless one is open: then nothing, and the caller's commits (for
    /// an operation that may run alone or as a step of a larger one).
    Result<std::optional<Transaction>> beginUnlessOpen();
    virtual bool inTransaction() const = 0;

    // --- the temporal tables
    virtual AreaLayer &areaLayer() = 0;
    virtual const AreaLayer &areaLayer() const = 0;
    virtual PathLayer &pathLayer() = 0;
    virtual const PathLayer &pathLayer() const = 0;
    /// The mowing zones as the operator fixed them (numbers, names, season overrides; written by
    /// edit/mowing_zone_edits.h, read by analysis/mowing_zones.h).
    virtual ZoneLayer &zoneLayer() = 0;
    virtual const ZoneLayer &zoneLayer() const = 0;

    // --- organisations and departments
    virtual Result<QList<Organisation>> organisations() const = 0;
    virtual Result<QList<Department>> departments() const = 0;
    /// The departments whose extent meets `bounds`.
    virtual Result<QList<Department>> departments(const QRectF &bounds) const = 0;
    virtual Result<std::optional<Department>> department(const DepartmentKey &key) const = 0;
    /// Inserts or updates (by number).
    virtual Result<void> saveOrganisation(const Organisation &organisation) = 0;
    /// Inserts or updates (by key); the organisation must exist.
    virtual Result<void> saveDepartment(const Department &department) = 0;
    /// Deletes the department row (check first that nothing refers to it: edit/departments.h).
    virtual Result<void> deleteDepartment(const DepartmentKey &key) = 0;
    /// Deletes an organisation that has no departments left.
    virtual Result<void> deleteOrganisation(int orgNo) = 0;
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
    virtual Result<DepartmentUse> departmentUse(const DepartmentKey &key) const = 0;
    /// The date of the department's first area version (invalid if it has none).
    virtual Result<QDate> departmentStart(const DepartmentKey &department) const = 0;

    // --- areas
    using AreaVisitor = AreaLayer::Visitor;
    /// Reading shortcuts through areaLayer().
    Result<void> forEachArea(const AreaQuery &query, bool withGeometry, const AreaVisitor &visit) const
    {
        return areaLayer().forEach(query, withGeometry, visit);
    }
    Result<QList<AreaVersion>> areas(const AreaQuery &query) const { return areaLayer().versions(query); }
    Result<Geometry> areaGeometry(qint64 fid) const { return areaLayer().geometry(fid); }
    /// For inserting many areas at once: the spatial index of the areas may be dropped now and
    /// rebuilt in one pass by endBulkInsert(), which is much faster than updating it row by row.
    /// Both happen inside the open transaction; a rollback restores the index as it was.
    virtual Result<void> beginBulkInsert() = 0;
    virtual Result<void> endBulkInsert() = 0;
    /// Moves the start of a current version (a correction of a data-entry error: edit/departments.h
    /// checks that no version becomes empty or overlaps another).
    virtual Result<void> setAreaVersionStart(qint64 fid, const QDate &validFrom) = 0;
    /// Sums of area and counts, grouped, ordered by department then care type.
    virtual Result<QList<AreaTotal>> areaTotals(const AreaQuery &query, AreaGrouping grouping) const = 0;
    /// Sums of area and counts per care type and validity interval, ordered by care type, valid_from
    /// and valid_to: one pass, for the timeline. query.at and query.bounds are ignored.
    virtual Result<QList<AreaIntervalTotal>> areaIntervalTotals(const AreaQuery &query) const = 0;
    /// The first and last dates of the areas and paths, current or planned (for the time slider).
    virtual Result<DateSpan> dateSpan() const = 0;
    /// The areas with two current versions valid on one date (store/project_audit.h reports
    /// them), counted, with the first `limit` (at least 1) by area id; one query in the database.
    virtual Result<AreaOverlaps> areaOverlaps(int limit) const = 0;
    /// The codes in the areas' condition column that are not a known condition
    /// (store/stored_biodiversity.h; NULL and empty are the care type's default), by code, each with
    /// its versions counted and the first `limit` (at least 1) of their areas by id; one query in the
    /// database (store/project_audit.h reports them, as reading such a version fails).
    virtual Result<QList<UnknownAreaCondition>> unknownAreaConditions(int limit) const = 0;

    /// The fastest way this store has to read the areas a map draws (store/area_stream.h), for the
    /// calling thread (the store's); the default reads through forEachArea.
    virtual std::unique_ptr<AreaStream> areaStream() const;

    virtual Result<ProjectSummary> summary(const QDate &at) const = 0;
    /// When the project was last saved (the meta "modified" stamp, ISO 8601 UTC).
    virtual Result<QString> modifiedStamp() const = 0;

    // --- paths: mown paths and edges, temporal like the areas
    using PathQuery = engdrift::PathQuery;
    using PathVisitor = PathLayer::Visitor;
    Result<void> forEachPath(const PathQuery &query, bool withGeometry, const PathVisitor &visit) const
    {
        return pathLayer().forEach(query, withGeometry, visit);
    }
    Result<QList<PathVersion>> paths(const PathQuery &query) const { return pathLayer().versions(query); }
    Result<Geometry> pathGeometry(qint64 fid) const { return pathLayer().geometry(fid); }

    // --- import batches and corrections
    /// Writes the batch row (sets batch.id); until finishImportBatch() every area version written in
    /// this transaction belongs to it.
    virtual Result<void> beginImportBatch(ImportBatch &batch) = 0;
    /// Writes the batch's counts and what it created, and ends the tagging of new versions.
    virtual Result<void> finishImportBatch(const ImportBatch &batch) = 0;
    /// The imports, oldest first (undone ones too).
    virtual Result<QList<ImportBatch>> importBatches() const = 0;
    virtual Result<std::optional<ImportBatch>> importBatch(qint64 id) const = 0;
    /// Deletes every area version the import wrote and marks the batch undone (undoneAt); the
    /// departments it touched get their extent back from the areas they still have. Check first
    /// that the rows were not edited since (io/import_batches.h).
    virtual Result<void> deleteImportBatchAreas(ImportBatch &batch) = 0;
    /// Per department: how many areas (current versions) came from this source file.
    virtual Result<QList<SourceImportSummary>> importedFrom(const QString &source) const = 0;
    /// Records a correction (sets correction.id).
    virtual Result<void> saveCorrection(Correction &correction) = 0;
    virtual Result<QList<Correction>> corrections(const std::optional<DepartmentKey> &department = std::nullopt) const = 0;

    // --- adoption events; check them with analysis/adoption.h first
    /// The events of one department, or of all, ordered by department, date and id.
    virtual Result<QList<AdoptionEvent>> adoptionEvents(const std::optional<DepartmentKey> &department = std::nullopt) const = 0;
    /// Inserts (id 0; sets id) or updates an event.
    virtual Result<void> saveAdoptionEvent(AdoptionEvent &event) = 0;
    virtual Result<void> deleteAdoptionEvent(qint64 id) = 0;

    // --- project settings: small values kept with the project (e.g. the mowing assumptions of
    // analysis/mowing_assumptions.h, as JSON). Keys are lower-case words, digits, '_' and '.'.
    /// The value stored under `key`, or nothing when the project has none.
    virtual Result<std::optional<QString>> setting(const QString &key) const = 0;
    /// Stores `value` under `key`, replacing what was there (inside a transaction).
    virtual Result<void> saveSetting(const QString &key, const QString &value) = 0;

    // --- proposals
    virtual Result<QList<Proposal>> proposals(const std::optional<DepartmentKey> &department = std::nullopt) const = 0;
    virtual Result<std::optional<Proposal>> proposal(qint64 id) const = 0;
    /// Inserts (id 0; sets id) or updates a proposal.
    virtual Result<void> saveProposal(Proposal &proposal) = 0;

    // --- checks of the storage itself (store/project_check.h runs them with its own checks)
    /// What the backend can check below the interface: its database's integrity, its schema, its
    /// spatial indexes against their tables. The default: nothing (this backend has no checks of
    /// its own).
    virtual Result<QList<CheckFinding>> checkStorage() const;
    /// Rebuilds, inside the open transaction, what `findings` (of checkStorage() and
    /// store/project_check.h) show to be out of step with the tables and can be rebuilt from them
    /// (the findings with `repairable`: spatial indexes, department extents). Returns what it
    /// rebuilt, in words. The default rebuilds nothing.
    virtual Result<QStringList> rebuildDerived(const QList<CheckFinding> &findings);
    // --- copying a project whole (store/project_copy.h), from any backend to any other. Reading
    // what the methods above do not give, and writing rows exactly as another store holds them:
    // with their ids (which must be free), unchecked (they were checked when first written).
    // The temporal tables have TemporalLayer::insertCopy for the same.
    /// Every project setting (setting()), by key.
    virtual Result<QMap<QString, QString>> settings() const = 0;
    /// When the project was made: the meta "created" stamp (ISO 8601 UTC) as stored.
    virtual Result<QString> createdStamp() const = 0;
    /// Replaces the "created" stamp (inside a transaction). ("modified" is the time of each commit.)
    virtual Result<void> saveCreatedStamp(const QString &stamp) = 0;
    /// Sets a department's stored extent (Department::extent; a null rectangle: none) inside a
    /// transaction; area versions written in the same transaction still grow it at the commit.
    virtual Result<void> saveDepartmentExtent(const DepartmentKey &key, const QRectF &extent) = 0;
    virtual Result<void> insertProposalCopy(const Proposal &proposal) = 0;
    virtual Result<void> insertAdoptionEventCopy(const AdoptionEvent &event) = 0;
    /// The batch row as it is (counts, what it created, undone or not); it opens no batch: the area
    /// versions copied with insertCopy carry their importId.
    virtual Result<void> insertImportBatchCopy(const ImportBatch &batch) = 0;
    virtual Result<void> insertCorrectionCopy(const Correction &correction) = 0;

protected:
    ProjectStore() = default;
    friend QStringList openWarnings(const ProjectStore &store);
    friend void addOpenWarnings(const ProjectStore &store, const QStringList &warnings);
    /// Starts a write transaction holding the store's write lock.
    virtual Result<void> startTransaction() = 0;
    virtual Result<void> commitTransaction() = 0;
    virtual void rollbackTransaction() = 0;

private:
    mutable QStringList m_openWarnings; ///< store/open_warnings.h
};

/// True when `location` names a database (`postgresql://`, `postgres://` or `PG:`), not a file.
bool isDatabaseLocation(const QString &location);
/// A location as it may be shown and remembered (recent projects, recovery files): a file's
/// absolute path, or a database location without its password.
QString displayLocation(const QString &location);

/// Opens a project: a file path is a GeoPackage. ReadOnly never changes the project (but may
/// recover it after an interrupted write; see store/gpkg/sqlite_file.h).
Result<std::unique_ptr<ProjectStore>> openStore(const QString &location, OpenMode mode);
/// The backend's checks of a project that cannot be opened (ProjectStore::checkStorage() without
/// an open store: a damaged file, a missing table): what it can tell, or nothing.
Result<QList<CheckFinding>> checkStorageAt(const QString &location);
/// Creates a new project at `location` (refuses to replace anything there) and opens it for writing.
Result<std::unique_ptr<ProjectStore>> createStore(const QString &location, const Crs &crs, const Catalogue &catalogue);

} // namespace engdrift
