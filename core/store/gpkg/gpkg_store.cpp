#include "store/gpkg/gpkg_store.h"

#include "store/gpkg/gpkg_store_p.h"
#include "store/gpkg/gpkg_check.h"
#include "store/area_stream.h"

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

#include <algorithm>
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
    if (!zoneTable->bind())
        return makeError(ProjectStoreText::tr("%1 is damaged: the mowing_zones table is missing or lacks a column.").arg(path));
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
      pathTable(std::make_unique<GpkgTemporalTable<PathVersion>>(*this, "paths", "path_id")),
      zoneTable(std::make_unique<GpkgTemporalTable<ZoneVersion>>(*this, "mowing_zones", "zone_id"))
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
    d->zoneTable.reset();
    d->ds.reset();
    if (wal) // the file at rest is one plain GeoPackage again, unless another program still has it
        store_detail::restoreRollbackJournal(d->path);
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

std::unique_ptr<AreaStream> GpkgStore::areaStream() const
{
    if (auto stream = openGpkgAreaStream(d->path))
        return stream;
    return AreaStream::throughStore(*this);
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

ZoneLayer &GpkgStore::zoneLayer()
{
    return *d->zoneTable;
}

const ZoneLayer &GpkgStore::zoneLayer() const
{
    return *d->zoneTable;
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
    d->zoneTable->transactionChanged();
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
    d->zoneTable->transactionChanged();
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
    d->zoneTable->transactionChanged();
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
    auto loaded = bulkLoadGpkgRtree(db, QStringLiteral("areas"), QStringLiteral("geom"));
    if (!loaded.ok())
        return makeError(ProjectStoreText::tr("%1: cannot rebuild the spatial index of the areas: %2")
                             .arg(d->path, loaded.errorMessage()));
    if (sqlite3_exec(db, d->rtreeInsertTrigger.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ProjectStoreText::tr("%1: cannot rebuild the spatial index of the areas: %2")
                             .arg(d->path, QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

Result<QList<CheckFinding>> GpkgStore::checkStorage() const
{
    return checkGpkgFile(d->path);
}

Result<QStringList> GpkgStore::rebuildDerived(const QList<CheckFinding> &findings)
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok.error();
    QStringList rebuilt;
    sqlite3 *db = d->sqliteHandle();
    bool extents = false;
    for (const QString &table : gpkgIndexedTables()) {
        const bool needed = std::any_of(findings.begin(), findings.end(), [&](const CheckFinding &f) {
            return f.repairable && f.check == QLatin1String("spatial-index") && f.table == table;
        });
        if (!needed)
            continue;
        if (auto loaded = bulkLoadGpkgRtree(db, table, QStringLiteral("geom")); !loaded.ok())
            return makeError(ProjectStoreText::tr("%1: cannot rebuild the spatial index of %2: %3")
                                 .arg(d->path, table, loaded.errorMessage()),
                             loaded.errorDetail());
        rebuilt << ProjectStoreText::tr("rebuilt the spatial index of %1 from the table").arg(table);
        extents = extents || table == QLatin1String("areas"); // the extents are read from it
    }
    extents = extents || std::any_of(findings.begin(), findings.end(), [](const CheckFinding &f) {
                  return f.repairable && f.check == QLatin1String("extent");
              });
    if (extents) {
        auto departments = d->readDepartments(QString());
        if (!departments.ok())
            return departments.error();
        for (const Department &department : *departments) {
            if (auto ok = d->recomputeExtent(department.key); !ok.ok())
                return ok.error();
        }
        rebuilt << ProjectStoreText::tr("recomputed the extents of %n department(s) from their areas", nullptr,
                                        static_cast<int>(departments->size()));
    }
    return rebuilt;
}

} // namespace engdrift
