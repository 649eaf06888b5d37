#pragma once
// QGIS's layer_styles table in a project: the default style of `areas` and `paths` (QML and SLD,
// made by style/qgis_style.h), so QGIS opens the project's layers in Engdrift's colours.
//
// GDAL's GeoPackage driver does not make the table; QGIS makes it when it saves a style into a
// GeoPackage, and this makes it the same way (the same columns and widths, FID "id", registered
// in gpkg_contents as attributes), so QGIS reads and adds to it as to its own.

#include "catalogue/catalogue.h"
#include "style/symbology.h"
#include "util/result.h"

#include <QString>

class GDALDataset;

namespace engdrift::schema {

/// Creates layer_styles when missing and writes Engdrift's style of each layer (replacing the row
/// Engdrift wrote before; rows a user saved from QGIS stay). Engdrift's row is the layer's default
/// unless the user chose another default in QGIS. Inside the caller's transaction. `language`
/// ("da" or "en") names the categories in QGIS's legend. Also writes the styles of an export for
/// other GIS (io/vector_export.h), whose layers have the same names and fields the styles use.
Result<void> writeQgisLayerStyles(GDALDataset &ds, const Catalogue &catalogue, const Symbology &symbology,
                                  const QString &now, const QString &language = QStringLiteral("da"));

} // namespace engdrift::schema
