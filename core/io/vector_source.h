#pragma once
// VectorSource: a foreign vector file opened through GDAL, read-only, for import.
//
// Any OGR vector format: GeoPackage, Shapefile (also zipped), GeoJSON, GML, KML, DXF, FlatGeobuf,
// OSM, CSV with a WKT column, FileGDB, ... A .zip is read in place (/vsizip/). Belongs to the
// thread that opened it.

#include "crs/crs.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class GDALDataset;
class OGRLayer;

namespace engdrift {

struct SourceField
{
    QString name;
    QString type; ///< GDAL's type name: String, Integer, Real, Date, ...
};

struct SourceLayerInfo
{
    QString name;
    QString geometryType;  ///< as declared by the layer, e.g. "Multi Polygon", "Unknown (any)"
    bool polygonal = false;
    qint64 featureCount = -1; ///< -1 when GDAL cannot tell without reading everything
    std::optional<Crs> crs;
    QList<SourceField> fields;
};

class VectorSource
{
public:
    static Result<std::unique_ptr<VectorSource>> open(const QString &path);
    ~VectorSource();

    QString path() const { return m_path; }
    /// The file name, for messages and the source column.
    QString displayName() const;
    QString driverName() const;
    QList<SourceLayerInfo> layers() const;
    /// The layer to import: the named one, or the only (polygonal) one; an error lists the choices.
    Result<OGRLayer *> chooseLayer(const QString &name) const;
    SourceLayerInfo describe(OGRLayer *layer) const;
    /// The field values (as text) of the first `rows` features of a layer, for a preview.
    QList<QStringList> sampleRows(const QString &layer, int rows) const;

private:
    VectorSource() = default;
    QString m_path;
    std::unique_ptr<GDALDataset> m_ds;
};

} // namespace engdrift
