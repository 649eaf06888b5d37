#pragma once
// The QGIS styles of a project's layers, made from the symbology (styles/) and the project's
// catalogue, so QGIS draws `areas` and `paths` as Engdrift does:
//   - areas: a categorized fill on care_type, one category per care type in the catalogue's
//     order, with Engdrift's fill, outline and hatching (QGIS line-pattern and point-pattern
//     fills), planned versions (status 'proposed') outlined with dashes; labels with the care
//     type's name and m² (Danish or English as QGIS runs) when they fit;
//   - paths: lines by kind, as wide as width_m in map units, with their edge, planned ones dashed.
// Both layers carry temporal properties on valid_from / valid_to (QGIS's temporal controller then
// shows the map at a date, valid_from <= D < valid_to) and draw newer versions over older ones.
//
// qgisQml() is a QGIS 3 layer style (.qml), qgisSld() an OGC SLD 1.1 / SE document. Pure
// functions of their arguments; any thread.

#include "catalogue/catalogue.h"
#include "style/symbology.h"

#include <QString>
#include <optional>
#include <vector>

namespace engdrift {

enum class QgisLayer { Areas, Paths };

/// "areas" or "paths": the table the style is for.
QString qgisLayerName(QgisLayer layer);
std::optional<QgisLayer> qgisLayerFromName(const QString &name);
/// The geometry column of Engdrift's tables.
inline QString qgisGeometryColumn()
{
    return QStringLiteral("geom");
}

/// A kind of path's name ("mown_path", "safety_edge") in Danish or English, as the styles' legend
/// and the exports for other GIS (io/vector_export.h) say it.
QString pathKindLabel(const QString &code, const QString &language);

/// The style's name and description in the project's layer_styles table.
QString qgisStyleName();
QString qgisStyleDescription(QgisLayer layer);

/// The style as QGIS 3 QML. `language` ("da" or "en") names the categories in the legend.
QString qgisQml(QgisLayer layer, const Catalogue &catalogue, const Symbology &symbology,
                const QString &language);
/// The style as SLD 1.1 (Symbology Encoding), one Rule per care type (or path kind).
QString qgisSld(QgisLayer layer, const Catalogue &catalogue, const Symbology &symbology,
                const QString &language);

/// Engdrift's row of one layer in QGIS's layer_styles table, whichever database holds the table
/// (a GeoPackage: store/gpkg/qgis_layer_styles.h; PostgreSQL: store/postgis/pg_layer_styles.cpp).
/// The row is named qgisStyleName() and is the layer's default unless the user chose another.
struct QgisLayerStyle
{
    QgisLayer layer;
    QString table;          ///< f_table_name
    QString geometryColumn; ///< f_geometry_column
    QString qml;            ///< styleQML
    QString sld;            ///< styleSLD
    QString description;
};

/// The rows of `areas` and `paths`, in that order.
std::vector<QgisLayerStyle> qgisLayerStyles(const Catalogue &catalogue, const Symbology &symbology,
                                            const QString &language);

} // namespace engdrift
