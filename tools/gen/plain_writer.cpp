// PlainWriter (see plain_writer.h): a plain GeoPackage written through GDAL's C++ API.

#include "plain_writer.h"

#include "util/gdal_error_scope.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace engdrift::gen {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("engdrift::gen::PlainWriter", text);
}

Error gdalError(const QString &path, const QString &what, const GdalErrorScope &errors)
{
    const QString detail = errors.failureText();
    return makeError(detail.isEmpty() ? QStringLiteral("%1: %2").arg(path, what)
                                      : QStringLiteral("%1: %2: %3").arg(path, what, detail));
}

OGRLinearRing *toOgrRing(const Ring &ring)
{
    auto *out = new OGRLinearRing;
    out->setNumPoints(static_cast<int>(ring.size()), FALSE);
    for (std::size_t i = 0; i < ring.size(); ++i)
        out->setPoint(static_cast<int>(i), ring[i].x, ring[i].y);
    return out;
}

} // namespace

OGRGeometry *toOgrMultiPolygon(const Polygon &polygon)
{
    auto *poly = new OGRPolygon;
    for (const Ring &ring : polygon.rings)
        poly->addRingDirectly(toOgrRing(ring));
    auto *multi = new OGRMultiPolygon;
    multi->addGeometryDirectly(poly);
    return multi;
}

struct PlainWriter::Impl
{
    QString path;
    GDALDatasetUniquePtr ds;
    OGRLayer *layer = nullptr;
    std::unique_ptr<OGRFeature> feature;
    int orgField = -1, deptField = -1, careField = -1;
    bool inTransaction = false;
    bool finished = false;
};

Result<std::unique_ptr<PlainWriter>> PlainWriter::create(const QString &path, int epsg)
{
    GDALAllRegister();
    if (QFileInfo::exists(path))
        return makeError(tr("%1 exists already.").arg(path));
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return makeError(tr("This GDAL has no GeoPackage driver."));
    GdalErrorScope errors;
    auto writer = std::unique_ptr<PlainWriter>(new PlainWriter);
    writer->d = std::make_unique<Impl>();
    Impl &d = *writer->d;
    d.path = path;
    d.ds.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!d.ds)
        return gdalError(path, tr("cannot create the file"), errors);
    OGRSpatialReference srs;
    if (srs.importFromEPSG(epsg) != OGRERR_NONE)
        return gdalError(path, tr("unknown CRS EPSG:%1").arg(epsg), errors);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char *const options[] = {"FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", nullptr};
    d.layer = d.ds->CreateLayer("areas", &srs, wkbMultiPolygon, const_cast<char **>(options));
    if (!d.layer)
        return gdalError(path, tr("cannot create the layer areas"), errors);
    OGRFieldDefn org("org_no", OFTInteger);
    OGRFieldDefn dept("dept_no", OFTInteger);
    OGRFieldDefn care("care_type", OFTString);
    if (d.layer->CreateField(&org) != OGRERR_NONE || d.layer->CreateField(&dept) != OGRERR_NONE ||
        d.layer->CreateField(&care) != OGRERR_NONE)
        return gdalError(path, tr("cannot create the fields"), errors);
    OGRFeatureDefn *defn = d.layer->GetLayerDefn();
    d.orgField = defn->GetFieldIndex("org_no");
    d.deptField = defn->GetFieldIndex("dept_no");
    d.careField = defn->GetFieldIndex("care_type");
    d.feature.reset(OGRFeature::CreateFeature(defn));
    if (d.ds->StartTransaction(FALSE) != OGRERR_NONE)
        return gdalError(path, tr("cannot start a transaction"), errors);
    d.inTransaction = true;
    return writer;
}

PlainWriter::~PlainWriter()
{
    if (!d || d->finished)
        return;
    GdalErrorScope errors; // nothing to report: the file is being abandoned
    if (d->inTransaction && d->ds)
        d->ds->RollbackTransaction();
    d->feature.reset();
    d->ds.reset();
    QFile::remove(d->path);
}

Result<void> PlainWriter::write(int orgNo, int deptNo, const char *careType, const Polygon &polygon)
{
    GdalErrorScope errors;
    OGRFeature &f = *d->feature;
    f.SetFID(OGRNullFID);
    f.SetField(d->orgField, orgNo);
    f.SetField(d->deptField, deptNo);
    f.SetField(d->careField, careType);
    f.SetGeometryDirectly(toOgrMultiPolygon(polygon));
    if (d->layer->CreateFeature(&f) != OGRERR_NONE || errors.hasFailure())
        return gdalError(d->path, tr("cannot write an area"), errors);
    return {};
}

Result<void> PlainWriter::finish()
{
    GdalErrorScope errors;
    if (d->ds->CommitTransaction() != OGRERR_NONE || errors.hasFailure())
        return gdalError(d->path, tr("cannot commit"), errors);
    d->inTransaction = false;
    d->feature.reset();
    d->ds.reset(); // closing writes the spatial index
    if (errors.hasFailure())
        return gdalError(d->path, tr("cannot close"), errors);
    d->finished = true;
    return {};
}

} // namespace engdrift::gen
