#pragma once
// Export for other GIS: what the map shows (a MapSnapshot: the stored versions, the unsaved edits
// and, in the proposal view, the proposal's planned versions, at one date), of one department, one
// organisation or all, written through GDAL as GeoPackage, Shapefile or GeoJSON, with the care
// types' names and colours as attributes.
//
// Two layers: `areas` (multipolygons) and `paths` (the mown paths and safety edges, lines).
//   - GeoPackage (.gpkg): one file with the layers `areas` and `paths` and QGIS's layer_styles
//     table holding Engdrift's style of each (style/qgis_style.h), so QGIS opens it in Engdrift's
//     colours.
//   - Shapefile (.shp) and GeoJSON (.geojson or .json): the file named holds the areas; the paths
//     go beside it as NAME_paths.shp / NAME_paths.geojson. A Shapefile's text is UTF-8 (a .cpg
//     says so), its CRS in a .prj, and a NAME.qml beside each .shp gives QGIS Engdrift's style.
// Both layers are always written, the paths' even when the view has none, so a file set always
// has the same parts.
//
// CRS: GeoPackage and Shapefile in the project CRS; GeoJSON in EPSG:4326 longitude/latitude as
// RFC 7946 asks (reprojected with the project's PROJ wrappers, crs/), or in the project CRS when
// asked (keepProjectCrs; GDAL then writes the CRS into the file, which RFC 7946 does not know).
//
// The attributes (names of at most 10 characters, the same in every format, so a Shapefile's are
// those of the others; the QGIS styles read care_type, status, area_m2, valid_from, valid_to, kind
// and width_m):
//   areas: area_id, org_no, dept_no ("005"), dept_name, care_type (code), care_name (in the chosen
//          language), care_group (the group's name; only when the catalogue has groups), fill and
//          outline (#RRGGBB, from styles/symbology.json), area_m2 (planar, in the project CRS, as
//          stored), valid_from, valid_to (empty: still valid), status (current or proposed: the
//          project's codes; proposed = planned in the proposal), proposal (its id when planned),
//          view_date (the date of the map exported)
//   paths: path_id, org_no, dept_no, dept_name, kind (mown_path or safety_edge), kind_name,
//          width_m, length_m, fill and outline (the band and its edge), valid_from, valid_to,
//          status, proposal, view_date
//
// Whole or nothing: everything is written into a temporary folder beside the target and moved into
// place at the end (util/file_set.h); a failure or a cancel leaves no file, and the message is one
// sentence naming the file. An existing file is replaced only when asked (overwrite); then the old
// Shapefile's other parts (a spatial index .qix, ...) go too.
//
// Threads: on the snapshot's store's thread; progress is called on it.

#include "map/map_snapshot.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace engdrift {

enum class VectorFormat { GeoPackage, Shapefile, GeoJson };

/// The format a file name asks for by its extension (.gpkg, .shp, .geojson or .json); another is
/// an error sentence that names the extensions.
Result<VectorFormat> vectorFormatOf(const QString &path);

/// The files an export to `path` writes (the one named first), and for a Shapefile the other files
/// of the old one that a replacing export removes. Empty for an extension that is not a format.
QStringList vectorExportFiles(const QString &path);
/// The first of those files that exists already (empty: none).
QString existingExportFile(const QString &path);

/// Progress: features written and the number there will be (about: the count is the map's before
/// the export reads it). Return false to cancel.
using VectorExportProgress = std::function<bool(qint64 done, qint64 total)>;

struct VectorExportOptions
{
    QString language = QStringLiteral("da"); ///< "da" or "en": the names of care types and kinds of path
    bool overwrite = false;                  ///< replace existing files of the same names
    bool keepProjectCrs = false;             ///< GeoJSON in the project CRS instead of EPSG:4326
    VectorExportProgress progress;
};

struct VectorExportResult
{
    VectorFormat format = VectorFormat::GeoPackage;
    QStringList files; ///< every file written, the one named first
    QString pathsFile; ///< the file that holds the paths (the one named, for a GeoPackage)
    qint64 areas = 0;
    qint64 paths = 0;
    double areaM2 = 0;  ///< the sum of area_m2
    double lengthM = 0; ///< the sum of length_m
    QString crs;        ///< the CRS of the coordinates written ("EPSG:4326", the project's)
};

/// Writes the areas and paths the snapshot shows that pass `filter` to `path`.
Result<VectorExportResult> exportVectorData(const MapSnapshot &snapshot, const MapFilter &filter, const QString &path,
                                            const VectorExportOptions &options = {});

} // namespace engdrift
