#pragma once
// projectDump: everything a project holds, read through the ProjectStore interface only, as sorted
// lines of text, so two projects in any two backends can be compared (a copy with its original).
//
// Compared: the CRS (authority id and WKT), the catalogue (id and JSON as stored), the "created"
// stamp, the schema version, organisations, departments (with their extents to 0.1 mm), every
// version of every area, path and mowing zone, current and planned, open and closed (fid, id,
// dates, department, fields, measure, import batch, and the shape's WKB as hex, byte for byte),
// proposals, adoption events, import batches, corrections and project settings, with their ids.
// Not compared: the "modified" stamp (the time of the last write) and what only a GeoPackage
// holds (QGIS's layer_styles).

#include "store/project_store.h"

#include <QStringList>

namespace engdrift::test {

/// The dump of an open project; on a read failure, a line that says so (so a comparison fails).
QStringList projectDump(const ProjectStore &store);

/// The lines of `a` that are not in `b` and the reverse, each prefixed "- " / "+ " (at most
/// `limit` of them): empty when the dumps are equal. For a readable test failure.
QString dumpDifference(const QStringList &a, const QStringList &b, int limit = 40);

} // namespace engdrift::test
