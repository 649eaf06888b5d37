#include "store/gpkg/gpkg_store.h"

#include "store/gpkg/gpkg_store_p.h"

#include "geometry/geos_context.h"
#include "store/gpkg/rtree_bulk_load.h"
#include "store/gpkg/schema.h"
#include "util/dates.h"
#include "util/gdal_error_scope.h"
#include "util/gdal_init.h"
#include "util/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimeZone>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cerrno>
#include <cmath>
#include <cstdio>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace engdrift {
using namespace store_detail;

Result<void> GpkgStore::Impl::bindLayers()
{
    areas = ds->GetLayerByName("areas");
    departments = ds->GetLayerByName("departments");
    organisations = ds->GetLayerByName("organisations");
    meta = ds->GetLayerByName("meta");
    if (!areas || !departments || !organisations || !meta)
        return makeError(ProjectStoreText::tr("%1 is damaged: a table of the Engdrift schema is missing.").arg(path));
    af = AreaFields::of(areas->GetLayerDefn());
    const int all[] = {af.areaId, af.validFrom, af.validTo, af.orgNo,  af.deptNo, af.careType, af.status,
                       af.proposalId, af.lineage, af.note, af.areaM2, af.source, af.sourceFid};
    for (int i : all) {
        if (i < 0)
            return makeError(ProjectStoreText::tr("%1 is damaged: the areas table lacks a column.").arg(path));
    }
    if (!areaTable->bind())
        return makeError(ProjectStoreText::tr("%1 is damaged: the areas table lacks a column.").arg(path));
    if (!pathTable->bind())
        return makeError(ProjectStoreText::tr("%1 is damaged: the paths table is missing or lacks a column.").arg(path));
    return {};
}

Result<void> GpkgStore::Impl::executeSql(const QString &statement, const QString &what)
{
    GdalErrorScope errors;
    OGRLayer *result = ds->ExecuteSQL(statement.toUtf8().constData(), nullptr, nullptr);
    if (result)
        ds->ReleaseResultSet(result);
    if (errors.hasFailure())
        return gdalError(what, errors);
    return {};
}

Result<void> GpkgStore::Impl::writeExtents()
{
    GdalErrorScope errors;
    for (auto it = grownExtents.cbegin(); it != grownExtents.cend(); ++it) {
        departments->SetAttributeFilter(
            QStringLiteral("org_no = %1 AND dept_no = %2").arg(it.key().orgNo).arg(it.key().deptNo).toUtf8().constData());
        departments->ResetReading();
        std::unique_ptr<OGRFeature> f(departments->GetNextFeature());
        departments->SetAttributeFilter(nullptr);
        if (!f)
            continue; // areas of an unknown department are refused before they get here
        QRectF extent = it.value();
        if (f->IsFieldSetAndNotNull(f->GetFieldIndex("ext_min_x"))) {
            extent |= QRectF(QPointF(f->GetFieldAsDouble("ext_min_x"), f->GetFieldAsDouble("ext_min_y")),
                             QPointF(f->GetFieldAsDouble("ext_max_x"), f->GetFieldAsDouble("ext_max_y")));
        }
        f->SetField("ext_min_x", extent.left());
        f->SetField("ext_min_y", extent.top());
        f->SetField("ext_max_x", extent.right());
        f->SetField("ext_max_y", extent.bottom());
        if (departments->SetFeature(f.get()) != OGRERR_NONE)
            return gdalError(ProjectStoreText::tr("cannot save the extent of department %1").arg(it.key().toString()),
                             errors);
    }
    grownExtents.clear();
    return {};
}

GpkgStore::Impl::Impl()
    : areaTable(std::make_unique<GpkgTemporalTable<AreaVersion>>(*this, "areas", "area_id")),
      pathTable(std::make_unique<GpkgTemporalTable<PathVersion>>(*this, "paths", "path_id"))
{
}

GpkgStore::GpkgStore() : d(std::make_unique<Impl>()) {}
GpkgStore::~GpkgStore()
{
    if (d->inTransaction && d->ds)
        d->ds->RollbackTransaction();
    const bool wal = d->ds && d->wal;
    d->areaTable.reset(); // their cached features belong to the dataset
    d->pathTable.reset();
    d->ds.reset();
    if (wal) // the file at rest is one plain GeoPackage again, unless another program still has it
        store_detail::restoreRollbackJournal(d->path);
}

namespace {

/// A free name beside `path` for the file of a project being made: hidden, and a GeoPackage name.
QString temporaryProjectPath(const QString &path)
{
    const QFileInfo info(path);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.gpkg").arg(info.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Renames `from` to `to` unless `to` exists (then errno is EEXIST): no project is ever replaced.
bool renameWithoutReplacing(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
#endif
    // A file system without renameat2: a hard link fails when the target exists.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return true;
    }
    if (errno == EEXIST)
        return false;
    // Nor hard links (FAT, some network shares): check, then rename.
    if (QFileInfo::exists(to)) {
        errno = EEXIST;
        return false;
    }
    return ::rename(source.constData(), target.constData()) == 0;
}

} // namespace

Result<std::unique_ptr<ProjectStore>> GpkgStore::create(const QString &path, const Crs &crs,
                                                           const Catalogue &catalogue)
{
    initGdalGeoPackage();
    if (QFileInfo::exists(path))
        return makeError(ProjectStoreText::tr("%1 exists already; choose another name for the new project.").arg(path));
    if (!crs.isValid())
        return makeError(ProjectStoreText::tr("%1: the project needs a coordinate reference system.").arg(path));
    if (crs.isGeographic())
        return makeError(ProjectStoreText::tr("%1: %2 is a geographic CRS in degrees; a project needs a projected CRS in metres "
                            "(for Denmark EPSG:25832).")
                             .arg(path, crs.displayName()));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return makeError(ProjectStoreText::tr("%1 cannot be created: the folder %2 does not exist.")
                             .arg(path, QDir::toNativeSeparators(target.absolutePath())));
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return makeError(ProjectStoreText::tr("This GDAL build has no GeoPackage driver."));

    // The project is made under a temporary name beside it and renamed into place when it is
    // whole: a failed or killed creation never leaves a file that takes the name.
    const QString temporary = temporaryProjectPath(path);
    if (temporary.isEmpty())
        return makeError(ProjectStoreText::tr("%1 cannot be created: no temporary name is free in its folder.").arg(path));
    GdalErrorScope errors;
    GDALDatasetUniquePtr ds(driver->Create(temporary.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    auto fail = [&](const QString &what, const QString &technical) -> Result<std::unique_ptr<ProjectStore>> {
        sqlite3 *db = ds ? static_cast<sqlite3 *>(ds->GetInternalHandle("SQLITE_HANDLE")) : nullptr;
        // A fresh connection: any failed system call SQLite remembers belongs to this failure.
        const int osError = db ? sqlite3_system_errno(db) : 0;
        ds.reset();
        removeDatabaseFiles(temporary);
        Error error = fileError(path, FileAction::Create, ProjectStoreText::tr("%1 cannot be created: %2.").arg(path, what),
                                technical, osError);
        if (classifyFileProblem(technical, osError) == FileProblem::Unknown && store_detail::lacksRoom(path))
            error.message = describeFileProblem(FileProblem::NoSpace, FileAction::Create, path);
        return error;
    };
    if (!ds)
        return fail(ProjectStoreText::tr("the GeoPackage cannot be made"), errors.detailText());
    if (ds->StartTransaction(FALSE) != OGRERR_NONE)
        return fail(ProjectStoreText::tr("a transaction cannot be started"), errors.detailText());
    auto created = schema::createSchema(*ds, crs, catalogue, nowText());
    if (!created.ok()) {
        ds->RollbackTransaction();
        return fail(created.errorMessage(), created.errorDetail().isEmpty() ? errors.detailText() : created.errorDetail());
    }
    if (ds->CommitTransaction() != OGRERR_NONE || errors.hasFailure())
        return fail(ProjectStoreText::tr("the new project cannot be written"), errors.detailText());
    ds->FlushCache();
    if (errors.hasFailure())
        return fail(ProjectStoreText::tr("the new project cannot be written"), errors.detailText());
    ds.reset();
    if (errors.hasFailure())
        return fail(ProjectStoreText::tr("the new project cannot be written"), errors.detailText());
    if (!renameWithoutReplacing(temporary, path)) {
        const int osError = errno;
        removeDatabaseFiles(temporary);
        if (osError == EEXIST)
            return makeError(ProjectStoreText::tr("%1 exists already; choose another name for the new project.").arg(path));
        return fileError(path, FileAction::Create, ProjectStoreText::tr("%1 cannot be created.").arg(path), QString(), osError);
    }
    return GpkgStore::open(path, OpenMode::ReadWrite);
}

Result<std::unique_ptr<ProjectStore>> GpkgStore::open(const QString &path, OpenMode mode)
{
    initGdalGeoPackage();
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ProjectStoreText::tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return makeError(ProjectStoreText::tr("%1 is not a file.").arg(path));
    if (mode == OpenMode::ReadWrite && !info.isWritable())
        return makeError(ProjectStoreText::tr("%1 is read-only; Engdrift cannot write to it.").arg(path));
    // A write that was killed half-way may have left a journal that must be rolled back before
    // anyone can read; a reader does that itself when it may (store/sqlite_file.h).
    const store_detail::Recovery recovery =
        mode == OpenMode::ReadOnly ? store_detail::recoverInterruptedWrite(path) : store_detail::Recovery::NotNeeded;

    GdalErrorScope errors;
    const char *const drivers[] = {"GPKG", nullptr};
    unsigned flags = GDAL_OF_VECTOR | (mode == OpenMode::ReadWrite ? GDAL_OF_UPDATE : GDAL_OF_READONLY);
    auto store = std::unique_ptr<GpkgStore>(new GpkgStore);
    store->d->path = path;
    store->d->writable = mode == OpenMode::ReadWrite;
    store->d->ds.reset(GDALDataset::Open(path.toUtf8().constData(), flags, drivers, nullptr, nullptr));
    if (!store->d->ds) {
        const QString detail = errors.detailText();
        const FileProblem problem = classifyFileProblem(detail);
        // "attempt to write a readonly database" from a reader means a journal to roll back, not
        // a bad file.
        if ((problem == FileProblem::ReadOnly || recovery == store_detail::Recovery::NeedsWriter) &&
            store_detail::hasInterruptedWrite(path))
            return store_detail::needsRecoveryError(path, detail);
        if (detail.isEmpty())
            return makeError(ProjectStoreText::tr("%1 is not a GeoPackage (it may be damaged or of another format).").arg(path));
        return fileError(path, mode == OpenMode::ReadWrite ? FileAction::Save : FileAction::Open,
                         ProjectStoreText::tr("%1 cannot be opened as a GeoPackage.").arg(path), detail);
    }
    if (mode == OpenMode::ReadWrite)
        store->d->wal = store_detail::chooseJournal(store->d->sqliteHandle(), path);
    // Read and check the schema version, then migrate an older project when allowed to write.
    auto meta = schema::readMeta(*store->d->ds);
    if (!meta.ok())
        return rephrased(meta.error(), QStringLiteral("%1: %2").arg(path, meta.errorMessage()));
    const int version = meta->schemaVersion;
    if (version > schema::currentVersion())
        return makeError(ProjectStoreText::tr("%1 was written by a newer Engdrift (project schema version %2; this program knows "
                            "versions up to %3). Update Engdrift to open it.")
                             .arg(path)
                             .arg(version)
                             .arg(schema::currentVersion()));
    if (version < schema::currentVersion()) {
        if (mode == OpenMode::ReadOnly)
            return makeError(ProjectStoreText::tr("%1 uses project schema version %2; open it once for writing to upgrade it to "
                                "version %3.")
                                 .arg(path)
                                 .arg(version)
                                 .arg(schema::currentVersion()));
        if (store->d->ds->StartTransaction(FALSE) != OGRERR_NONE)
            return store->d->gdalError(ProjectStoreText::tr("cannot start a transaction"), errors);
        auto migrated = schema::migrate(*store->d->ds, version, nowText());
        if (!migrated.ok()) {
            store->d->ds->RollbackTransaction();
            return rephrased(migrated.error(),
                             ProjectStoreText::tr("%1: upgrading the project from schema version %2 failed, the file is unchanged: %3")
                                 .arg(path)
                                 .arg(version)
                                 .arg(migrated.errorMessage()));
        }
        if (store->d->ds->CommitTransaction() != OGRERR_NONE)
            return store->d->gdalError(ProjectStoreText::tr("cannot write the upgraded schema"), errors);
    }
    auto crs = Crs::fromUserInput(meta->crsWkt.isEmpty() ? meta->crs : meta->crsWkt);
    if (!crs.ok())
        return makeError(ProjectStoreText::tr("%1: the project's coordinate reference system is unreadable: %2")
                             .arg(path, crs.errorMessage()));
    store->d->crs = crs.value();
    auto catalogue = Catalogue::fromJson(meta->catalogueJson, ProjectStoreText::tr("stored in %1").arg(QFileInfo(path).fileName()));
    if (!catalogue.ok())
        return catalogue.error();
    store->d->catalogue = std::move(catalogue).value();
    if (auto bound = store->d->bindLayers(); !bound.ok())
        return bound.error();
    return std::unique_ptr<ProjectStore>(std::move(store));
}

QString GpkgStore::path() const
{
    return d->path;
}

const Crs &GpkgStore::crs() const
{
    return d->crs;
}

const Catalogue &GpkgStore::catalogue() const
{
    return d->catalogue;
}

bool GpkgStore::isWritable() const
{
    return d->writable;
}

AreaLayer &GpkgStore::areaLayer()
{
    return *d->areaTable;
}

const AreaLayer &GpkgStore::areaLayer() const
{
    return *d->areaTable;
}

PathLayer &GpkgStore::pathLayer()
{
    return *d->pathTable;
}

const PathLayer &GpkgStore::pathLayer() const
{
    return *d->pathTable;
}

// --- transactions

Result<void> GpkgStore::startTransaction()
{
    if (!d->writable)
        return makeError(ProjectStoreText::tr("The project %1 is open read-only.").arg(d->path));
    if (d->inTransaction)
        return makeError(ProjectStoreText::tr("Internal error: a transaction on %1 is already open.").arg(d->path));
    GdalErrorScope errors;
    if (d->ds->StartTransaction(FALSE) != OGRERR_NONE)
        return d->gdalError(ProjectStoreText::tr("cannot start a transaction"), errors);
    // Take the write lock now (SQLite begins deferred): what this transaction reads, such as the
    // largest area id, cannot change under it; another writer waits (busy timeout) or is told.
    if (sqlite3 *db = d->sqliteHandle()) {
        if (sqlite3_exec(db, "UPDATE meta SET value = value WHERE 0", nullptr, nullptr, nullptr) != SQLITE_OK) {
            Error error = store_detail::storageError(d->path, FileAction::Save, ProjectStoreText::tr("cannot start a transaction"),
                                                     QString::fromUtf8(sqlite3_errmsg(db)), db);
            d->ds->RollbackTransaction();
            return error;
        }
    }
    d->inTransaction = true;
    d->areaTable->transactionChanged();
    d->pathTable->transactionChanged();
    return {};
}

bool GpkgStore::inTransaction() const
{
    return d->inTransaction;
}

void GpkgStore::rollbackTransaction()
{
    GdalErrorScope errors; // a failing rollback has nothing more to tell the user than the original error
    d->ds->RollbackTransaction();
    d->inTransaction = false;
    d->bulkInsert = false; // the rollback brought the trigger back
    d->importBatchId = 0;
    d->grownExtents.clear();
    d->areaTable->transactionChanged();
    d->pathTable->transactionChanged();
}

Result<void> GpkgStore::commitTransaction()
{
    GdalErrorScope errors;
    if (d->bulkInsert) {
        if (auto ended = endBulkInsert(); !ended.ok())
            return ended;
    }
    if (auto extents = d->writeExtents(); !extents.ok())
        return extents;
    if (auto stamped = schema::setMetaValue(*d->ds, QStringLiteral("modified"), nowText()); !stamped.ok())
        return rephrased(stamped.error(), QStringLiteral("%1: %2").arg(d->path, stamped.errorMessage()));
    // GDAL 3.6's GeoPackage driver drops a table's feature-count triggers on its first insert or
    // delete and remembers "dropped in a transaction" past the commit; a later rollback then makes it
    // believe the triggers are back, and the next write fails on DROP TRIGGER. Putting them back
    // inside this transaction (SyncToDisk) keeps the driver's flags and the file in step.
    for (int i = 0; i < d->ds->GetLayerCount(); ++i)
        d->ds->GetLayer(i)->SyncToDisk();
    if (d->ds->CommitTransaction() != OGRERR_NONE || errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("saving failed, nothing was changed"), errors);
    d->inTransaction = false;
    d->importBatchId = 0;
    d->areaTable->transactionChanged();
    d->pathTable->transactionChanged();
    return {};
}

Result<void> GpkgStore::beginBulkInsert()
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    sqlite3 *db = d->sqliteHandle();
    if (d->bulkInsert || !db)
        return {}; // not a GeoPackage: the database maintains its own index
    // Stop the row-by-row R-tree trigger; endBulkInsert() loads the R-tree in one pass.
    sqlite3_stmt *stmt = nullptr;
    QByteArray trigger;
    if (sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'rtree_areas_geom_insert'",
                           -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        trigger = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    if (trigger.isEmpty())
        return {}; // no spatial index to maintain
    if (sqlite3_exec(db, "DROP TRIGGER \"rtree_areas_geom_insert\"", nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ProjectStoreText::tr("%1: cannot prepare the areas for a bulk insert: %2")
                             .arg(d->path, QString::fromUtf8(sqlite3_errmsg(db))));
    d->rtreeInsertTrigger = trigger;
    d->bulkInsert = true;
    return {};
}

Result<void> GpkgStore::endBulkInsert()
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!d->bulkInsert)
        return {};
    d->bulkInsert = false;
    sqlite3 *db = d->sqliteHandle();
    if (auto loaded = bulkLoadGpkgRtree(db, QStringLiteral("areas"), QStringLiteral("geom")); !loaded.ok())
        return makeError(ProjectStoreText::tr("%1: cannot rebuild the spatial index of the areas: %2")
                             .arg(d->path, loaded.errorMessage()));
    if (sqlite3_exec(db, d->rtreeInsertTrigger.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ProjectStoreText::tr("%1: cannot rebuild the spatial index of the areas: %2")
                             .arg(d->path, QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

// --- organisations and departments

Result<QList<Organisation>> GpkgStore::organisations() const
{
    GdalErrorScope errors;
    QList<Organisation> list;
    d->organisations->SetAttributeFilter(nullptr);
    d->organisations->ResetReading();
    for (auto &f : *d->organisations)
        list << Organisation{f->GetFieldAsInteger("org_no"), QString::fromUtf8(f->GetFieldAsString("name"))};
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the organisations"), errors);
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.orgNo < b.orgNo; });
    return list;
}

Result<QList<Department>> GpkgStore::departments() const
{
    return departments(QRectF());
}

Result<QList<Department>> GpkgStore::departments(const QRectF &bounds) const
{
    if (bounds.isNull())
        return d->readDepartments(QString());
    return d->readDepartments(QStringLiteral("ext_max_x >= %1 AND ext_min_x <= %2 AND ext_max_y >= %3 AND ext_min_y <= %4")
                                  .arg(bounds.left(), 0, 'g', 17)
                                  .arg(bounds.right(), 0, 'g', 17)
                                  .arg(bounds.top(), 0, 'g', 17)
                                  .arg(bounds.bottom(), 0, 'g', 17));
}

Result<QList<Department>> GpkgStore::Impl::readDepartments(const QString &filter) const
{
    GdalErrorScope errors;
    QList<Department> list;
    departments->SetAttributeFilter(filter.isEmpty() ? nullptr : filter.toUtf8().constData());
    departments->SetSpatialFilter(nullptr);
    departments->ResetReading();
    OGRFeatureDefn *defn = departments->GetLayerDefn();
    const int orgIndex = defn->GetFieldIndex("org_no");
    const int deptIndex = defn->GetFieldIndex("dept_no");
    const int nameIndex = defn->GetFieldIndex("name");
    const int addressIndex = defn->GetFieldIndex("address");
    const int homesIndex = defn->GetFieldIndex("homes");
    const int extIndex = defn->GetFieldIndex("ext_min_x");
    for (auto &f : *departments) {
        Department dept{DepartmentKey{f->GetFieldAsInteger(orgIndex), f->GetFieldAsInteger(deptIndex)},
                        QString::fromUtf8(f->GetFieldAsString(nameIndex)),
                        QString::fromUtf8(f->GetFieldAsString(addressIndex)), f->GetFieldAsInteger(homesIndex), QRectF()};
        if (extIndex >= 0 && f->IsFieldSetAndNotNull(extIndex))
            dept.extent = QRectF(QPointF(f->GetFieldAsDouble(extIndex), f->GetFieldAsDouble(extIndex + 1)),
                                 QPointF(f->GetFieldAsDouble(extIndex + 2), f->GetFieldAsDouble(extIndex + 3)));
        list << dept;
    }
    departments->SetAttributeFilter(nullptr);
    if (errors.hasFailure())
        return gdalError(ProjectStoreText::tr("cannot read the departments"), errors);
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    return list;
}

Result<std::optional<Department>> GpkgStore::department(const DepartmentKey &key) const
{
    auto found = d->readDepartments(QStringLiteral("org_no = %1 AND dept_no = %2").arg(key.orgNo).arg(key.deptNo));
    if (!found.ok())
        return found.error();
    return found->isEmpty() ? std::optional<Department>() : std::optional<Department>(found->first());
}

Result<void> GpkgStore::saveOrganisation(const Organisation &organisation)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (organisation.orgNo <= 0)
        return makeError(ProjectStoreText::tr("%1: organisation number %2 must be a positive number.").arg(d->path).arg(organisation.orgNo));
    GdalErrorScope errors;
    OGRLayer *layer = d->organisations;
    layer->SetAttributeFilter(QStringLiteral("org_no = %1").arg(organisation.orgNo).toUtf8().constData());
    layer->ResetReading();
    std::unique_ptr<OGRFeature> existing(layer->GetNextFeature());
    layer->SetAttributeFilter(nullptr);
    std::unique_ptr<OGRFeature> f = existing ? std::move(existing)
                                             : std::unique_ptr<OGRFeature>(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    f->SetField("org_no", organisation.orgNo);
    f->SetField("name", organisation.name.toUtf8().constData());
    const OGRErr err = f->GetFID() == OGRNullFID ? layer->CreateFeature(f.get()) : layer->SetFeature(f.get());
    if (err != OGRERR_NONE)
        return d->gdalError(ProjectStoreText::tr("cannot save organisation %1").arg(organisation.orgNo), errors);
    return {};
}

Result<void> GpkgStore::saveDepartment(const Department &department)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    if (!department.key.isValid())
        return makeError(ProjectStoreText::tr("%1: %2 is not a department number (organisation number above 0, department 000-999).")
                             .arg(d->path, department.key.toString()));
    GdalErrorScope errors;
    OGRLayer *orgs = d->organisations;
    orgs->SetAttributeFilter(QStringLiteral("org_no = %1").arg(department.key.orgNo).toUtf8().constData());
    orgs->ResetReading();
    const bool orgExists = std::unique_ptr<OGRFeature>(orgs->GetNextFeature()) != nullptr;
    orgs->SetAttributeFilter(nullptr);
    if (!orgExists)
        return makeError(ProjectStoreText::tr("%1: organisation %2 does not exist; add it before its departments.")
                             .arg(d->path)
                             .arg(department.key.orgNo));
    OGRLayer *layer = d->departments;
    layer->SetAttributeFilter(QStringLiteral("org_no = %1 AND dept_no = %2")
                                  .arg(department.key.orgNo)
                                  .arg(department.key.deptNo)
                                  .toUtf8()
                                  .constData());
    layer->ResetReading();
    std::unique_ptr<OGRFeature> existing(layer->GetNextFeature());
    layer->SetAttributeFilter(nullptr);
    std::unique_ptr<OGRFeature> f = existing ? std::move(existing)
                                             : std::unique_ptr<OGRFeature>(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    f->SetField("org_no", department.key.orgNo);
    f->SetField("dept_no", department.key.deptNo);
    f->SetField("name", department.name.toUtf8().constData());
    f->SetField("address", department.address.toUtf8().constData());
    f->SetField("homes", department.homes);
    const OGRErr err = f->GetFID() == OGRNullFID ? layer->CreateFeature(f.get()) : layer->SetFeature(f.get());
    if (err != OGRERR_NONE)
        return d->gdalError(ProjectStoreText::tr("cannot save department %1").arg(department.key.toString()), errors);
    return {};
}

Result<QList<AreaTotal>> GpkgStore::areaTotals(const AreaQuery &query, AreaGrouping grouping) const
{
    QString keys;
    switch (grouping) {
    case AreaGrouping::Department:
        keys = QStringLiteral("org_no, dept_no");
        break;
    case AreaGrouping::CareType:
        keys = QStringLiteral("care_type");
        break;
    case AreaGrouping::DepartmentAndCareType:
        keys = QStringLiteral("org_no, dept_no, care_type");
        break;
    }
    QString sqlText = QStringLiteral("SELECT %1, SUM(area_m2) AS area_m2, COUNT(*) AS n FROM areas").arg(keys);
    const QString filter = d->areaTable->filterTerms(query);
    if (!filter.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + filter;
    sqlText += QStringLiteral(" GROUP BY %1 ORDER BY %1").arg(keys);

    GdalErrorScope errors;
    OGRLayer *result = d->ds->ExecuteSQL(sqlText.toUtf8().constData(), nullptr, nullptr);
    if (!result)
        return d->gdalError(ProjectStoreText::tr("cannot sum the areas"), errors);
    QList<AreaTotal> totals;
    OGRFeatureDefn *defn = result->GetLayerDefn();
    const int org = defn->GetFieldIndex("org_no");
    const int dept = defn->GetFieldIndex("dept_no");
    const int care = defn->GetFieldIndex("care_type");
    const int area = defn->GetFieldIndex("area_m2");
    const int n = defn->GetFieldIndex("n");
    for (auto &f : *result) {
        AreaTotal t;
        if (org >= 0)
            t.department = DepartmentKey{f->GetFieldAsInteger(org), f->GetFieldAsInteger(dept)};
        if (care >= 0)
            t.careType = QString::fromUtf8(f->GetFieldAsString(care));
        t.areaM2 = f->GetFieldAsDouble(area);
        t.count = f->GetFieldAsInteger64(n);
        totals << t;
    }
    d->ds->ReleaseResultSet(result);
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot sum the areas"), errors);
    return totals;
}

Result<QString> GpkgStore::modifiedStamp() const
{
    auto meta = schema::readMeta(*d->ds);
    if (!meta.ok())
        return rephrased(meta.error(), QStringLiteral("%1: %2").arg(d->path, meta.errorMessage()));
    return meta->modified;
}

Result<ProjectSummary> GpkgStore::summary(const QDate &at) const
{
    auto meta = schema::readMeta(*d->ds);
    if (!meta.ok())
        return rephrased(meta.error(), QStringLiteral("%1: %2").arg(d->path, meta.errorMessage()));
    ProjectSummary s;
    s.schemaVersion = meta->schemaVersion;
    s.crs = d->crs.displayName();
    s.catalogueId = d->catalogue.id();
    s.created = QDateTime::fromString(meta->created, Qt::ISODate);
    s.modified = QDateTime::fromString(meta->modified, Qt::ISODate);
    s.at = at;
    GdalErrorScope errors;
    s.organisations = d->organisations->GetFeatureCount(TRUE);
    s.departments = d->departments->GetFeatureCount(TRUE);
    s.areaVersions = d->areas->GetFeatureCount(TRUE); // from gpkg_ogr_contents, not a scan
    AreaQuery query;
    query.at = at;
    auto totals = areaTotals(query, AreaGrouping::CareType);
    if (!totals.ok())
        return totals.error();
    for (const AreaTotal &t : *totals) {
        s.areas += t.count;
        s.totalAreaM2 += t.areaM2;
    }
    // The extent from the departments' stored extents: no scan of the areas.
    if (auto depts = departments(); depts.ok()) {
        for (const Department &dept : *depts)
            s.extent |= dept.extent;
    }
    if (errors.hasFailure())
        return d->gdalError(ProjectStoreText::tr("cannot read the project summary"), errors);
    return s;
}

} // namespace engdrift
