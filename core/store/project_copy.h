#pragma once
// Copying a project whole from one location to another (a GeoPackage file, a PostGIS database),
// through the ProjectStore interface only, so it works between any two backends.
//
// Lossless: every version of every area, path and mowing zone (fid, id, dates, status, proposal,
// lineage, note, source, measure, import batch and the shape's WKB as stored), the organisations,
// the departments with their extents, proposals, adoption events, import batches and corrections
// with their ids, the project settings, the catalogue, the CRS and the "created" stamp. The
// "modified" stamp is the time of the copy (it is the time of the last write). QGIS's
// layer_styles rows are not copied: the new project, a file or a database, makes Engdrift's
// defaults again from styles/.
//
// Streaming: the rows are read one at a time and written as they come (the areas with the
// destination's bulk insert), so memory stays small at any size. All is written in one
// transaction of the destination: a failure or a cancel writes nothing. A file destination is made
// under a hidden temporary name beside it and renamed into place only when whole; an existing
// destination is never replaced.

#include "store/project_store.h"
#include "util/result.h"

#include <QString>

#include <functional>

namespace engdrift {

/// What a copy wrote.
struct ProjectCopyCounts
{
    qint64 organisations = 0;
    qint64 departments = 0;
    qint64 areaVersions = 0;
    qint64 pathVersions = 0;
    qint64 zoneVersions = 0;
    qint64 proposals = 0;
    qint64 adoptionEvents = 0;
    qint64 importBatches = 0;
    qint64 corrections = 0;
    qint64 settings = 0;
};

/// Called now and then with the share done (0-1; the areas dominate) and the rows copied so far;
/// returning false cancels the copy (nothing is written).
using ProjectCopyProgress = std::function<bool(double fraction, qint64 rows)>;

/// Copies the project at `source` to `destination`, which must not hold a project yet.
Result<ProjectCopyCounts> copyProject(const QString &source, const QString &destination,
                                      const ProjectCopyProgress &progress = {});

/// Copies the content of `source` into `destination`, a new project made with the source's CRS and
/// catalogue, inside the destination's open transaction (the caller commits).
Result<ProjectCopyCounts> copyProjectContent(const ProjectStore &source, ProjectStore &destination,
                                             const ProjectCopyProgress &progress = {});

} // namespace engdrift
