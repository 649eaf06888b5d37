#pragma once
// The GeoPackage backend's checks of its file (ProjectStore::checkStorage()): SQLite's
// integrity_check and foreign_key_check, the schema (tables, columns, R-tree triggers, the schema
// version), and each R-tree spatial index against its table (the same rows, the same bounding
// boxes within float precision). Read on a read-only SQLite connection of its own, so it also
// runs on a project that GDAL cannot open. Not a public API (store/ only).

#include "store/check_finding.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace engdrift {

/// The temporal tables with an R-tree on their column `geom` (areas, paths, mowing_zones).
QStringList gpkgIndexedTables();

Result<QList<CheckFinding>> checkGpkgFile(const QString &path);

} // namespace engdrift
