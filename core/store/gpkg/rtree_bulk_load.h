#pragma once
// Bulk loading of a GeoPackage spatial index (an SQLite R*Tree) in one pass.
//
// GDAL 3.6 fills a GeoPackage R-tree one row at a time (about 13 µs a row: most of an import of a
// million areas). This writes the same R-tree, packed with the Sort-Tile-Recursive algorithm, in
// the node format of SQLite's rtree module (big-endian 16-bit depth and cell count, then cells of
// a 64-bit id and four 32-bit floats rounded outwards), through the GeoPackage's own SQLite
// connection and inside its open transaction. SQLite's rtreecheck() accepts the result; the tests
// check that. GDAL 3.7 and later do the same thing internally.

#include "util/result.h"

#include <QString>

struct sqlite3;

namespace engdrift {

/// Replaces the content of the R-tree rtree_<table>_<geometryColumn> with the envelopes of every
/// non-empty geometry of the table. Runs on the caller's transaction; on failure nothing it did
/// is meant to be kept (roll the transaction back).
Result<void> bulkLoadGpkgRtree(sqlite3 *db, const QString &table, const QString &geometryColumn);

} // namespace engdrift
