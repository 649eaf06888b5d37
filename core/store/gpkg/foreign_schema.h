#pragma once
// Triggers and views in a project file that are not GeoPackage's own: a project is data only.
//
// A trigger runs SQL on Engdrift's own writes (a trigger added to adoption_events could delete
// areas whenever an event is recorded), and a view can stand where a layer is read. GeoPackage's
// own triggers are kept: the R-tree triggers GDAL creates (rtree_<table>_<column>_insert,
// _update1..7, _delete: they write only to rtree_<table>_<column>), GDAL's feature-count triggers
// (trigger_insert_feature_count_<table>, trigger_delete_feature_count_<table>: only
// gpkg_ogr_contents) and the constraint triggers of the GeoPackage specification and its
// extensions (gpkg_tile_matrix_*, gpkg_metadata_*, gpkg_metadata_reference_*, fgpkg_* and fgsi_*
// of the geometry type and SRS id trigger extensions: they only RAISE). A trigger whose name says
// it is GeoPackage's but whose body writes anywhere else is foreign. The specification defines no
// views, so every view is foreign.
//
// Opened for writing, the project's foreign triggers and views are dropped (with their rows in
// gpkg_contents, gpkg_geometry_columns, gpkg_ogr_contents and gpkg_extensions) before GDAL opens
// it; opened read-only, nothing is written and they are only reported. Not a public API.

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace engdrift::store_detail {

struct ForeignSchemaObject
{
    QString type;  ///< "trigger" or "view"
    QString name;
    QString table; ///< the table a trigger is on
};

/// The triggers and views of the database on `db` that are not GeoPackage's own.
Result<QList<ForeignSchemaObject>> findForeignSchemaObjects(sqlite3 *db);

/// Whether a trigger named `name` on `table` with the SQL `sql` is one of GeoPackage's own (see above).
bool isGeoPackageTrigger(const QString &name, const QString &table, const QString &sql);

/// Opens the project file at `path` with SQLite (before GDAL does), finds its foreign triggers and
/// views and, when `drop` is set, drops them in one transaction. Returns one warning sentence per
/// object, naming it.
Result<QStringList> removeForeignSchemaObjects(const QString &path, bool drop);

/// Hardens a connection Engdrift opens itself on a project: SQL functions named in the schema
/// (triggers, views, defaults, indexes) may only be innocuous ones (trusted_schema off), and the
/// schema cannot be corrupted by direct writes (SQLITE_DBCONFIG_DEFENSIVE).
void hardenConnection(sqlite3 *db);

/// Hardens GDAL's connection under a GpkgStore. trusted_schema cannot be off there: GDAL 3.6
/// registers its ST_* functions without SQLITE_INNOCUOUS, so GeoPackage's own R-tree triggers would
/// fail ("unsafe use of ST_IsEmpty()"). Instead an authorizer refuses, when a statement is
/// prepared, any function called from inside a trigger or view except the few GeoPackage's own
/// triggers use and SQLite's plain scalar ones (GDAL's other functions, e.g. CreateSpatialIndex,
/// cannot be reached from the schema); and SQLITE_DBCONFIG_DEFENSIVE is on.
void guardGdalConnection(sqlite3 *db);

} // namespace engdrift::store_detail
