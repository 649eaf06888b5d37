#pragma once
// The nature figures for other GIS (analysis/nature.h), written through GDAL as layers:
//   patches     (multipolygons: the union of each patch's areas) patch, network, areas, area_m2,
//               links, isolated, departments ("12-005 12-006")
//   networks    (a multipolygon per network) network, patches, area_m2, departments
//   links       (lines between the two nearest points) patch_a, patch_b, network, distance_m
//   suggestions (the lawns) rank, area_id, org_no, dept_no ("005"), care_type, lawn_m2,
//               networks ("3 7"), connected_m2
// Only the networks of the result's scope (NatureResult::scopeNetworks) with their patches and links.
//   - GeoPackage (.gpkg): the four layers in one file, in the project CRS, and the table
//     "nature_method" (one row: the method text, D, the date and the proposal).
//   - GeoJSON (.geojson or .json): NAME.geojson holds the patches, NAME_networks.geojson,
//     NAME_links.geojson and NAME_suggestions.geojson beside it, in EPSG:4326 (RFC 7946),
//     reprojected with PROJ (crs/), the method in each collection's "description".
// Whole or nothing (util/file_set.h): a failure leaves no file. Existing files are replaced only
// when asked.

#include "analysis/nature.h"
#include "crs/crs.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace engdrift {

/// The files writing to `path` makes, the one named first (empty for another extension).
QStringList natureLayerFiles(const QString &path);

/// Writes the layers; returns the files written, the one named first.
Result<QStringList> writeNatureLayers(const NatureResult &result, const Crs &crs, const QString &path, bool overwrite = false);

} // namespace engdrift
