// GpkgStore: a new project file made under a temporary name and renamed into place when whole;
// opening one (recovery of an interrupted write, schema check and migration).

#include "store/gpkg/gpkg_store.h"

#include "store/gpkg/gpkg_store_p.h"
#include "store/gpkg/gpkg_files.h"

#include "geometry/geos_context.h"
#include "store/gpkg/foreign_schema.h"
#include "store/open_warnings.h"
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
using namespace gpkg_files;

namespace gpkg_files {

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

} // namespace gpkg_files

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
    if (store_detail::isOnNetworkFileSystem(path) && !store_detail::networkWritesAllowed())
        return store_detail::refusedOnNetworkShare(path, true);
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
    if (mode == OpenMode::ReadWrite && store_detail::isOnNetworkFileSystem(path) && !store_detail::networkWritesAllowed())
        return store_detail::refusedOnNetworkShare(path, false);
    // A write that was killed half-way may have left a journal that must be rolled back before
    // anyone can read; a reader does that itself when it may (store/sqlite_file.h).
    const store_detail::Recovery recovery =
        mode == OpenMode::ReadOnly ? store_detail::recoverInterruptedWrite(path) : store_detail::Recovery::NotNeeded;

    // A project is data only: triggers and views that are not GeoPackage's own go before anything
    // is written (a migration, GDAL's own bookkeeping), and a reader only reports them
    // (store/gpkg/foreign_schema.h).
    auto foreign = store_detail::removeForeignSchemaObjects(path, mode == OpenMode::ReadWrite);
    if (!foreign.ok())
        return foreign.error();

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
    addOpenWarnings(*store, foreign.value());
    // Functions called from the schema are held to a few harmless ones; a reader never writes.
    store_detail::guardGdalConnection(store->d->sqliteHandle());
    if (mode == OpenMode::ReadOnly)
        sqlite3_exec(store->d->sqliteHandle(), "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
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
            return makeError(ProjectStoreText::tr("%1 uses project schema version %2; open it once for writing (in Engdrift, or with "
                                "engdrift-cli upgrade) to upgrade it to version %3.")
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
    // The two descriptions of the CRS in meta must be one CRS.
    if (!meta->crs.isEmpty() && !meta->crsWkt.isEmpty()) {
        auto named = Crs::fromUserInput(meta->crs);
        if (named.ok() && named->isGeographic() && !crs->isGeographic())
            crs = std::move(named); // refused as geographic below, which says more than "they differ"
        else if (named.ok() && !named->authId().isEmpty() && !crs->authId().isEmpty() && named->authId() != crs->authId())
            return makeError(ProjectStoreText::tr("%1: the project's meta table disagrees with itself: crs says %2, crs_wkt "
                                                  "describes %3. Engdrift does not guess which is right.")
                                 .arg(path, named->authId(), crs->authId()));
    }
    // Areas are planar m² in the project CRS: a project whose meta says it is geographic (degrees)
    // would measure every new area as a fraction of a square degree.
    if (crs->isGeographic())
        return makeError(ProjectStoreText::tr("%1: the project's coordinate reference system is %2, a geographic CRS in "
                                              "degrees, but a project keeps its areas in planar m² of a projected CRS in "
                                              "metres (for Denmark EPSG:25832). The project's meta table (crs, crs_wkt) "
                                              "has been changed; Engdrift does not open it.")
                             .arg(path, crs->displayName()));
    if (!crs->isValid())
        return makeError(ProjectStoreText::tr("%1: the project has no coordinate reference system in its meta table (crs, "
                                              "crs_wkt).")
                             .arg(path));
    store->d->crs = crs.value();
    auto catalogue = Catalogue::fromJson(meta->catalogueJson, ProjectStoreText::tr("stored in %1").arg(QFileInfo(path).fileName()));
    if (!catalogue.ok())
        return catalogue.error();
    store->d->catalogue = std::move(catalogue).value();
    if (auto bound = store->d->bindLayers(); !bound.ok())
        return bound.error();
    // The areas' geometry column must be in the project CRS.
    if (const OGRSpatialReference *srs = store->d->areas->GetSpatialRef()) {
        const char *authority = srs->GetAuthorityName(nullptr);
        const char *code = srs->GetAuthorityCode(nullptr);
        if (authority && code && !store->d->crs.authId().isEmpty()) {
            const QString layerCrs = QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
            if (layerCrs.compare(store->d->crs.authId(), Qt::CaseInsensitive) != 0)
                return makeError(ProjectStoreText::tr("%1: the project disagrees with itself: its meta table says the "
                                                      "project CRS is %2, but the areas are stored in %3.")
                                     .arg(path, store->d->crs.authId(), layerCrs));
        }
    }
    return std::unique_ptr<ProjectStore>(std::move(store));
}


} // namespace engdrift
