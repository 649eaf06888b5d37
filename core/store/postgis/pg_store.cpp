// PgStore: opening and creating a project in a PostGIS database, transactions and the write lock.

#include "store/postgis/pg_store.h"

#include "store/gpkg/schema.h"
#include "store/postgis/pg_store_p.h"

namespace engdrift {
namespace {

/// The key of the project's write lock (pg_advisory_xact_lock): advisory locks belong to one
/// database, and one database is one project.
constexpr const char *kWriteLockKey = "4572486010512549236";

Result<int> sridOf(const Crs &crs, const QString &location)
{
    const QString auth = crs.authId();
    if (auth.startsWith(QLatin1String("EPSG:"))) {
        bool ok = false;
        const int srid = auth.mid(5).toInt(&ok);
        if (ok && srid > 0)
            return srid;
    }
    return makeError(PgStoreText::tr("%1: a project in PostGIS needs a coordinate reference system with an EPSG code (%2 has none).")
                         .arg(location, crs.displayName()));
}

} // namespace

PgStore::Impl::Impl()
    : areaTable(std::make_unique<PgTemporalTable<AreaVersion>>(*this, "areas", "area_id")),
      pathTable(std::make_unique<PgTemporalTable<PathVersion>>(*this, "paths", "path_id")),
      zoneTable(std::make_unique<PgTemporalTable<ZoneVersion>>(*this, "mowing_zones", "zone_id"))
{
}

PgStore::Impl::~Impl() = default;

void PgStore::Impl::transactionChanged()
{
    areaTable->transactionChanged();
    pathTable->transactionChanged();
    zoneTable->transactionChanged();
}

Result<void> PgStore::Impl::writeExtents()
{
    for (auto it = grownExtents.cbegin(); it != grownExtents.cend(); ++it) {
        const QRectF &e = it.value();
        PgParams p;
        const QString minX = p.add(e.left()), minY = p.add(e.top()), maxX = p.add(e.right()), maxY = p.add(e.bottom());
        const QString sql = QStringLiteral("UPDATE departments SET ext_min_x = LEAST(COALESCE(ext_min_x, %1), %1), "
                                           "ext_min_y = LEAST(COALESCE(ext_min_y, %2), %2), "
                                           "ext_max_x = GREATEST(COALESCE(ext_max_x, %3), %3), "
                                           "ext_max_y = GREATEST(COALESCE(ext_max_y, %4), %4) "
                                           "WHERE org_no = %5 AND dept_no = %6")
                                .arg(minX + QStringLiteral("::float8"), minY + QStringLiteral("::float8"),
                                     maxX + QStringLiteral("::float8"), maxY + QStringLiteral("::float8"), p.add(it.key().orgNo),
                                     p.add(it.key().deptNo));
        if (auto ok = db->exec(sql, p, PgStoreText::tr("cannot save the extent of department %1").arg(it.key().toString()));
            !ok.ok())
            return ok.error();
    }
    grownExtents.clear();
    return {};
}

Result<void> PgStore::Impl::recomputeExtent(const DepartmentKey &key)
{
    PgParams p;
    const QString org = p.add(key.orgNo), dept = p.add(key.deptNo);
    const QString sql = QStringLiteral("UPDATE departments d SET ext_min_x = e.x0, ext_min_y = e.y0, ext_max_x = e.x1, ext_max_y = e.y1 "
                                       "FROM (SELECT ST_XMin(x) AS x0, ST_YMin(x) AS y0, ST_XMax(x) AS x1, ST_YMax(x) AS y1 FROM "
                                       "(SELECT ST_Extent(geom) AS x FROM areas WHERE org_no = %1 AND dept_no = %2) s) e "
                                       "WHERE d.org_no = %1 AND d.dept_no = %2")
                            .arg(org, dept);
    auto done = db->exec(sql, p, PgStoreText::tr("cannot save the extent of department %1").arg(key.toString()));
    if (!done.ok())
        return done.error();
    return {};
}

PgStore::PgStore() : d(std::make_unique<Impl>()) {}

PgStore::~PgStore()
{
    if (d->db)
        d->db->discardCopy();
    if (d->inTransaction && d->db)
        (void)d->db->run(QStringLiteral("ROLLBACK"), QString());
}

Result<std::unique_ptr<ProjectStore>> PgStore::create(const QString &location, const Crs &crs, const Catalogue &catalogue)
{
    auto where = PgLocation::parse(location);
    if (!where.ok())
        return where.error();
    const QString path = where->display;
    if (!crs.isValid())
        return makeError(PgStoreText::tr("%1: the project needs a coordinate reference system.").arg(path));
    if (crs.isGeographic())
        return makeError(PgStoreText::tr("%1: %2 is a geographic CRS in degrees; a project needs a projected CRS in metres "
                                         "(for Denmark EPSG:25832).")
                             .arg(path, crs.displayName()));
    auto srid = sridOf(crs, path);
    if (!srid.ok())
        return srid.error();
    auto db = PgConnection::connect(*where);
    if (!db.ok())
        return db.error();
    PgConnection &c = **db;
    if (auto ok = c.run(QStringLiteral("BEGIN"), PgStoreText::tr("cannot start a transaction")); !ok.ok())
        return ok.error();
    // Two programs making the project at once: the second waits, then finds the tables.
    if (auto ok = c.run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(QLatin1String(kWriteLockKey)),
                        PgStoreText::tr("cannot lock the project"));
        !ok.ok())
        return ok.error();
    PgParams p;
    const QString names = p.add(QLatin1Char('{') + pg_schema::tableNames().join(QLatin1Char(',')) + QLatin1Char('}'));
    auto existing = c.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY(%1::text[])")
                               .arg(names),
                           p, PgStoreText::tr("cannot read which tables the database has"));
    if (!existing.ok())
        return existing.error();
    if (existing->int64(0, 0) > 0)
        return makeError(PgStoreText::tr("The database %1 holds an Engdrift project already (or tables of the same names); "
                                         "create the project in an empty database.")
                             .arg(path));
    if (auto ok = c.run(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis"),
                        PgStoreText::tr("cannot enable PostGIS in the database (the extension must be installed, and the "
                                        "user may need the right to create it)"));
        !ok.ok())
        return ok.error();
    if (auto ok = pg_schema::create(c, *srid, crs, catalogue, nowText()); !ok.ok())
        return ok.error();
    if (auto ok = c.run(QStringLiteral("COMMIT"), PgStoreText::tr("cannot write the new project")); !ok.ok())
        return ok.error();
    db->reset();
    return open(location, OpenMode::ReadWrite);
}

Result<std::unique_ptr<ProjectStore>> PgStore::open(const QString &location, OpenMode mode)
{
    auto where = PgLocation::parse(location);
    if (!where.ok())
        return where.error();
    auto db = PgConnection::connect(*where);
    if (!db.ok())
        return db.error();
    auto store = std::unique_ptr<PgStore>(new PgStore);
    Impl &d = *store->d;
    d.db = std::move(db).value();
    d.path = where->display;
    d.writable = mode == OpenMode::ReadWrite;
    if (!d.writable) {
        if (auto ok = d.db->run(QStringLiteral("SET default_transaction_read_only = on"), PgStoreText::tr("cannot set up the connection"));
            !ok.ok())
            return ok.error();
    }
    auto hasMeta = d.db->exec(QStringLiteral("SELECT to_regclass('public.meta') IS NOT NULL"), PgStoreText::tr("cannot read the database"));
    if (!hasMeta.ok())
        return hasMeta.error();
    if (!hasMeta->boolean(0, 0))
        return makeError(PgStoreText::tr("The database %1 holds no Engdrift project (it has no meta table).").arg(d.path));
    auto meta = pg_schema::readMeta(*d.db);
    if (!meta.ok())
        return meta.error();
    bool numeric = false;
    const int version = meta->value(QStringLiteral("schema_version")).toInt(&numeric);
    if (!numeric || version < 1)
        return makeError(PgStoreText::tr("%1: the project has no schema version; it is not an Engdrift project or it is damaged.").arg(d.path));
    if (version > schema::currentVersion())
        return makeError(PgStoreText::tr("%1 was written by a newer Engdrift (project schema version %2; this program knows "
                                         "versions up to %3). Update Engdrift to open it.")
                             .arg(d.path)
                             .arg(version)
                             .arg(schema::currentVersion()));
    auto catalogue = Catalogue::fromJson(meta->value(QStringLiteral("catalogue_json")).toUtf8(),
                                         PgStoreText::tr("stored in %1").arg(d.path));
    if (!catalogue.ok())
        return catalogue.error();
    d.catalogue = std::move(catalogue).value();
    if (version < schema::currentVersion()) {
        const int lastStep = pg_schema::migrations().empty() ? 5 : pg_schema::migrations().back().to;
        if (version < 5 || lastStep != schema::currentVersion())
            return makeError(PgStoreText::tr("%1 uses project schema version %2, which this Engdrift cannot upgrade in a database "
                                             "(it knows version %3).")
                                 .arg(d.path)
                                 .arg(version)
                                 .arg(schema::currentVersion()));
        if (mode == OpenMode::ReadOnly)
            return makeError(PgStoreText::tr("%1 uses project schema version %2; open it once for writing (in Engdrift, or with "
                                             "engdrift-cli upgrade) to upgrade it to version %3.")
                                 .arg(d.path)
                                 .arg(version)
                                 .arg(schema::currentVersion()));
        auto crsText = Crs::fromUserInput(meta->value(QStringLiteral("crs")));
        auto srid = crsText.ok() ? sridOf(*crsText, d.path) : Result<int>(crsText.error());
        if (!srid.ok())
            return srid.error();
        const QString failed = PgStoreText::tr("upgrading the project from schema version %1 failed, the database is unchanged").arg(version);
        if (auto ok = d.db->run(QStringLiteral("BEGIN"), failed); !ok.ok())
            return ok.error();
        if (auto ok = d.db->run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(QLatin1String(kWriteLockKey)), failed); !ok.ok())
            return ok.error();
        if (auto ok = pg_schema::migrate(*d.db, version, *srid, d.catalogue, nowText()); !ok.ok()) {
            (void)d.db->run(QStringLiteral("ROLLBACK"), QString());
            return rephrased(ok.error(), QStringLiteral("%1 %2").arg(failed, ok.errorMessage()));
        }
        if (auto ok = d.db->run(QStringLiteral("COMMIT"), failed); !ok.ok())
            return ok.error();
    }
    const QString wkt = meta->value(QStringLiteral("crs_wkt"));
    auto crs = Crs::fromUserInput(wkt.isEmpty() ? meta->value(QStringLiteral("crs")) : wkt);
    if (!crs.ok())
        return makeError(PgStoreText::tr("%1: the project's coordinate reference system is unreadable: %2").arg(d.path, crs.errorMessage()));
    d.crs = crs.value();
    auto srid = sridOf(d.crs, d.path);
    if (!srid.ok())
        return srid.error();
    d.srid = *srid;
    return std::unique_ptr<ProjectStore>(std::move(store));
}

QString PgStore::path() const
{
    return d->path;
}

const Crs &PgStore::crs() const
{
    return d->crs;
}

const Catalogue &PgStore::catalogue() const
{
    return d->catalogue;
}

bool PgStore::isWritable() const
{
    return d->writable;
}

bool PgStore::inTransaction() const
{
    return d->inTransaction;
}

AreaLayer &PgStore::areaLayer()
{
    return *d->areaTable;
}

const AreaLayer &PgStore::areaLayer() const
{
    return *d->areaTable;
}

PathLayer &PgStore::pathLayer()
{
    return *d->pathTable;
}

const PathLayer &PgStore::pathLayer() const
{
    return *d->pathTable;
}

ZoneLayer &PgStore::zoneLayer()
{
    return *d->zoneTable;
}

const ZoneLayer &PgStore::zoneLayer() const
{
    return *d->zoneTable;
}

// --- transactions

Result<void> PgStore::startTransaction()
{
    if (!d->writable)
        return makeError(PgStoreText::tr("The project %1 is open read-only.").arg(d->path));
    if (d->inTransaction)
        return makeError(PgStoreText::tr("Internal error: a transaction on %1 is already open.").arg(d->path));
    if (auto ok = d->db->run(QStringLiteral("BEGIN"), PgStoreText::tr("cannot start a transaction")); !ok.ok())
        return ok;
    // The project's write lock, held to the end of the transaction: writers one at a time, as with
    // SQLite's write lock; readers are never blocked.
    if (auto ok = d->db->run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(QLatin1String(kWriteLockKey)),
                             PgStoreText::tr("cannot lock the project for writing"));
        !ok.ok()) {
        (void)d->db->run(QStringLiteral("ROLLBACK"), QString());
        return ok;
    }
    d->inTransaction = true;
    d->transactionChanged();
    return {};
}

void PgStore::rollbackTransaction()
{
    d->db->discardCopy(); // rows of a bulk insert not sent yet
    (void)d->db->run(QStringLiteral("ROLLBACK"), QString());
    d->inTransaction = false;
    d->importBatchId = 0;
    d->grownExtents.clear();
    d->transactionChanged();
}

Result<void> PgStore::commitTransaction()
{
    if (auto ok = endBulkInsert(); !ok.ok())
        return ok;
    if (auto ok = d->writeExtents(); !ok.ok())
        return ok;
    if (auto ok = d->areaTable->syncSequence(); !ok.ok())
        return ok;
    if (auto ok = d->pathTable->syncSequence(); !ok.ok())
        return ok;
    if (auto ok = d->zoneTable->syncSequence(); !ok.ok())
        return ok;
    if (auto ok = pg_schema::setMeta(*d->db, QStringLiteral("modified"), nowText()); !ok.ok())
        return ok;
    QStringList bulkTables;
    if (d->areaTable->bulkWritten())
        bulkTables << QString::fromLatin1(d->areaTable->table());
    if (d->pathTable->bulkWritten())
        bulkTables << QString::fromLatin1(d->pathTable->table());
    if (d->zoneTable->bulkWritten())
        bulkTables << QString::fromLatin1(d->zoneTable->table());
    if (auto ok = d->db->run(QStringLiteral("COMMIT"), PgStoreText::tr("saving failed, nothing was changed")); !ok.ok())
        return ok;
    d->inTransaction = false;
    d->importBatchId = 0;
    d->transactionChanged();
    // Many rows came at once: the planner gets their statistics, and VACUUM the visibility map that
    // index-only scans need, at once rather than when autovacuum comes by. VACUUM cannot run in a
    // transaction, so it runs after the commit; the data is saved then, so a failure here is no
    // failure of the commit (autovacuum does the same later).
    for (const QString &table : std::as_const(bulkTables))
        (void)d->db->run(QStringLiteral("VACUUM (ANALYZE) %1").arg(table), QString());
    return {};
}

Result<void> PgStore::beginBulkInsert()
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    // The areas are written through COPY until endBulkInsert() (or the commit).
    return d->areaTable->beginBulk();
}

Result<void> PgStore::endBulkInsert()
{
    if (auto ok = d->requireTransaction(); !ok.ok())
        return ok;
    return d->areaTable->endBulk();
}

} // namespace engdrift
