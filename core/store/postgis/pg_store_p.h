#pragma once
// The inside of PgStore, shared by the files that implement it. Not a public API.

#include "store/postgis/pg_connection.h"
#include "store/postgis/pg_store.h"
#include "store/postgis/pg_temporal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <memory>
#include <mutex>
#include <vector>

namespace engdrift {

struct PgStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

namespace pg_schema {
/// The tables this program's schema has (a database holding any of them is an Engdrift project).
const QStringList &tableNames();
/// Creates every table of the current schema (inside the caller's transaction).
Result<void> create(PgConnection &db, int srid, const Crs &crs, const Catalogue &catalogue, const QString &now);
/// The meta table as key -> value.
Result<QHash<QString, QString>> readMeta(PgConnection &db);
Result<void> setMeta(PgConnection &db, const QString &key, const QString &value);
/// One step up the schema in a database: from version `to - 1` to `to`.
struct Migration
{
    int to;
    QStringList statements; ///< SQL without parameters, run in order; %1 is the project's SRID
};
/// The steps after version 5 (the first schema of a database), in order: add one when the schema
/// changes (e.g. {6, {"ALTER TABLE areas ADD COLUMN changed_by text", ...}}).
const std::vector<Migration> &migrations();
/// Runs the steps from `fromVersion` up to the current version (inside the caller's transaction);
/// an upgraded project gets Engdrift's QGIS styles again (writeLayerStyles).
Result<void> migrate(PgConnection &db, int fromVersion, int srid, const Catalogue &catalogue, const QString &now);
/// Creates QGIS's public.layer_styles when missing and writes Engdrift's style of `areas` and
/// `paths` (style/qgis_style.h, from styles/ and `catalogue`), replacing the rows Engdrift wrote
/// before; rows of other tables, other schemas and other tools stay, and a default the user chose
/// in QGIS stays the default. Inside the caller's transaction.
Result<void> writeLayerStyles(PgConnection &db, const Catalogue &catalogue, const QString &now);
} // namespace pg_schema

class PgConnectionPool;

struct PgStore::Impl
{
    Impl();
    ~Impl();
    std::unique_ptr<PgConnection> db;
    QString path; ///< the location without its password
    Crs crs;
    Catalogue catalogue;
    int srid = 0;
    bool writable = false;
    bool inTransaction = false;
    QHash<DepartmentKey, QRectF> grownExtents; ///< departments whose extent grew in this transaction
    qint64 importBatchId = 0;                  ///< area versions written now belong to this import (0: none)
    std::unique_ptr<PgTemporalTable<AreaVersion>> areaTable;
    std::unique_ptr<PgTemporalTable<PathVersion>> pathTable;
    std::unique_ptr<PgTemporalTable<ZoneVersion>> zoneTable;
    std::shared_ptr<PgConnectionPool> streamConnections; ///< for areaStream(), made when first asked

    Result<void> requireTransaction() const
    {
        if (!writable)
            return makeError(PgStoreText::tr("The project %1 is open read-only.").arg(path));
        if (!inTransaction)
            return makeError(PgStoreText::tr("Internal error: a write to %1 outside a transaction.").arg(path));
        return {};
    }
    Result<void> writeExtents();
    /// Sets a department's extent to the bounding box of the areas it still has (none: unset).
    Result<void> recomputeExtent(const DepartmentKey &key);
    void transactionChanged();
};

/// Connections to one database for the renderer's streams, kept open between renders: opening a
/// connection costs a server process, which a map drawn in bands on several threads, redrawn as
/// a time slider moves, would pay on every frame. Thread-safe.
class PgConnectionPool
{
public:
    explicit PgConnectionPool(PgLocation location) : m_location(std::move(location)) {}
    /// An idle connection, or a new one (null when it cannot connect).
    std::unique_ptr<PgConnection> take();
    /// Keeps a connection for the next stream (a few; the rest are closed).
    void give(std::unique_ptr<PgConnection> connection);

private:
    PgLocation m_location;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
};

/// A stream of the areas for the renderer, on a connection of its own from `pool` (null when it
/// cannot connect); `path` is the location as shown.
std::unique_ptr<AreaStream> openPgAreaStream(const std::shared_ptr<PgConnectionPool> &pool, const QString &path, int srid);

inline QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace engdrift
