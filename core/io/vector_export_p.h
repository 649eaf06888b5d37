#pragma once
// What the export for other GIS (vector_export.cpp) and its layers (vector_export_layers.cpp)
// share. Not a public API.

#include "crs/coordinate_transform.h"
#include "io/vector_export.h"
#include "style/symbology.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <memory>

namespace engdrift {

class GdalErrorScope;

namespace vector_export_detail {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(VectorExport)
};

/// The attributes that follow from a care type, a department or a kind of path, looked up once:
/// names in the export's language and colours from the symbology, as UTF-8.
class ExportAttributes
{
public:
    struct Care
    {
        QByteArray code;
        QByteArray name;
        QByteArray group; ///< the group's name (empty without one)
        QByteArray fill;  ///< #RRGGBB
        QByteArray outline;
        QByteArray defaultCondition; ///< the care type's default condition code (empty: not in the catalogue)
    };
    struct Kind
    {
        QByteArray code;
        QByteArray name;
        QByteArray fill;
        QByteArray outline;
    };

    static Result<ExportAttributes> gather(const ProjectStore &store, const QString &language);

    const Care &care(const QString &code);
    const Kind &kind(PathKind kind) const { return kind == PathKind::SafetyEdge ? m_edge : m_path; }
    QByteArray departmentName(const DepartmentKey &key) const { return m_departments.value(key); }
    bool hasGroups() const { return !m_catalogue->groups().isEmpty(); }
    const Symbology &symbology() const { return *m_symbology; }

    /// The widths of the text fields of a Shapefile (bytes of UTF-8, up to 254): wide enough for
    /// every name the project has.
    int departmentNameWidth() const { return m_departmentNameWidth; }
    int careNameWidth() const { return m_careNameWidth; }

private:
    const Catalogue *m_catalogue = nullptr;
    const Symbology *m_symbology = nullptr;
    QString m_language;
    QHash<QString, Care> m_care;
    QHash<DepartmentKey, QByteArray> m_departments;
    Kind m_path;
    Kind m_edge;
    int m_departmentNameWidth = 0;
    int m_careNameWidth = 0;
};

/// The project's PROJ transformation (crs/coordinate_transform.h) as GDAL's, so that OGR
/// geometries are reprojected by the project's own wrappers.
class ProjTransform final : public OGRCoordinateTransformation
{
public:
    static Result<std::unique_ptr<ProjTransform>> create(const Crs &source, const Crs &target,
                                                         OGRSpatialReference *targetSrs);

    OGRSpatialReference *GetSourceCS() override { return &m_sourceSrs; }
    OGRSpatialReference *GetTargetCS() override { return m_targetSrs; }
    int Transform(int count, double *x, double *y, double *z, double *t, int *success) override;
    OGRCoordinateTransformation *Clone() const override { return nullptr; }
    OGRCoordinateTransformation *GetInverse() const override { return nullptr; }

private:
    ProjTransform(CoordinateTransform transform, OGRSpatialReference *targetSrs)
        : m_transform(std::move(transform)), m_targetSrs(targetSrs)
    {
    }
    CoordinateTransform m_transform;
    OGRSpatialReference m_sourceSrs;
    OGRSpatialReference *m_targetSrs;
};

/// The project CRS, or EPSG:4326 for GeoJSON, as GDAL's spatial reference (x = east / longitude).
struct TargetCrs
{
    OGRSpatialReference srs;
    Crs crs;
};
Result<TargetCrs> targetCrs(const Crs &project, bool geographic);

/// What writing the layers needs.
struct LayerContext
{
    VectorFormat format;
    const MapSnapshot &snapshot;
    const MapFilter &filter;
    ExportAttributes &attributes;
    const OGRSpatialReference &srs;
    ProjTransform *transform; ///< to EPSG:4326, or null
    QString target;           ///< the file named, for messages
    VectorExportProgress progress;
};

/// Writes the `areas` layer into `areas` and the `paths` layer into `paths` (the same dataset for
/// a GeoPackage) and counts what it wrote into `result`.
Result<void> writeLayers(LayerContext &context, GDALDataset &areas, GDALDataset &paths, VectorExportResult &result,
                         GdalErrorScope &errors);

} // namespace vector_export_detail
} // namespace engdrift
