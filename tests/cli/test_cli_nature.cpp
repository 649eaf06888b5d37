// engdrift-cli nature on the shared small project (cli_test_project.h: department 12-005 with a
// 1000 m² utility lawn, a 500 m² meadow beside it and 1100 m² of shrubbery): the JSON carries the
// hand-computed units with their formulas, the green factor and the networks; --out writes the
// layers, read back with GDAL.

#include "cli_test_project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace engdrift;
using test::runCli;

namespace {

class CliNature : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = test::makeProject(dir);
    }
    QTemporaryDir dir;
    QString project;
};

qint64 featureCount(GDALDataset &ds, const char *layer)
{
    OGRLayer *l = ds.GetLayerByName(layer);
    return l ? l->GetFeatureCount() : -1;
}

} // namespace

TEST_F(CliNature, JsonCarriesUnitsFormulasGreenFactorAndNetworks)
{
    auto r = runCli({QStringLiteral("nature"), project, QStringLiteral("--org"), QStringLiteral("12"), QStringLiteral("--dept"),
                     QStringLiteral("005"), QStringLiteral("--at"), QStringLiteral("2024-01-01"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    ASSERT_FALSE(root.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(root.value(QStringLiteral("method")).toString().contains(QStringLiteral("150 m")));
    const QJsonArray departments = root.value(QStringLiteral("departments")).toArray();
    ASSERT_EQ(departments.size(), 1);
    const QJsonObject dept = departments[0].toObject();
    EXPECT_EQ(dept.value(QStringLiteral("dept_no")).toString(), QStringLiteral("005"));
    // Lawn 0.1 ha × 2 × 1 (poor) = 0.2; meadow (eng) 0.05 × 4 × 2 (moderate) = 0.4; shrubbery
    // (busket) 0.11 × 4 × 2 = 0.88: 1.48 units.
    EXPECT_NEAR(dept.value(QStringLiteral("units")).toDouble(), 1.48, 1e-9);
    // (1000 × 0.5 + 500 × 1.0 + 1100 × 1.5) / 2600 = 2650 / 2600
    const QJsonObject green = dept.value(QStringLiteral("green_factor")).toObject();
    EXPECT_NEAR(green.value(QStringLiteral("numerator_m2")).toDouble(), 2650.0, 0.01);
    EXPECT_NEAR(green.value(QStringLiteral("denominator_m2")).toDouble(), 2600.0, 0.01);
    EXPECT_NEAR(green.value(QStringLiteral("factor")).toDouble(), 1.0192, 1e-4);
    // The meadow alone: one network, one isolated patch, all of it in the largest network.
    const QJsonObject c = dept.value(QStringLiteral("connectivity")).toObject();
    EXPECT_EQ(c.value(QStringLiteral("networks")).toInt(), 1);
    EXPECT_EQ(c.value(QStringLiteral("isolated_patches")).toInt(), 1);
    EXPECT_NEAR(c.value(QStringLiteral("largest_share")).toDouble(), 1.0, 1e-9);
    // Each area opened into its formula.
    const QJsonArray areas = root.value(QStringLiteral("areas")).toArray();
    ASSERT_EQ(areas.size(), 3);
    QStringList formulas;
    for (const QJsonValue &a : areas)
        formulas << a.toObject().value(QStringLiteral("formula")).toString();
    EXPECT_TRUE(formulas.contains(QStringLiteral("0.10 ha × 2 (low) × 1 (poor) × 1.00 = 0.20 units"))) << formulas.join(QStringLiteral("|")).toStdString();
    EXPECT_TRUE(formulas.contains(QStringLiteral("0.05 ha × 4 (medium) × 2 (moderate) × 1.00 = 0.40 units")));
    EXPECT_TRUE(root.value(QStringLiteral("suggestions")).toArray().isEmpty());
}

TEST_F(CliNature, OutWritesTheLayers)
{
    const QString gpkg = dir.filePath(QStringLiteral("nature.gpkg"));
    auto r = runCli({QStringLiteral("nature"), project, QStringLiteral("--at"), QStringLiteral("2024-01-01"),
                     QStringLiteral("--csv"), QStringLiteral("--out"), gpkg});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("org_no,dept_no,units,"))) << r.out.toStdString();
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        ASSERT_TRUE(ds);
        EXPECT_EQ(featureCount(*ds, "patches"), 1);
        EXPECT_EQ(featureCount(*ds, "networks"), 1);
        EXPECT_EQ(featureCount(*ds, "links"), 0);
        EXPECT_EQ(featureCount(*ds, "suggestions"), 0);
        EXPECT_EQ(featureCount(*ds, "nature_method"), 1);
        OGRLayer *patches = ds->GetLayerByName("patches");
        OGRFeatureUniquePtr f(patches->GetNextFeature());
        ASSERT_TRUE(f);
        EXPECT_NEAR(f->GetFieldAsDouble("area_m2"), 500.0, 1e-6);
        ASSERT_TRUE(f->GetGeometryRef());
        EXPECT_NEAR(f->GetGeometryRef()->toMultiPolygon()->get_Area(), 500.0, 1e-6);
    }
    const QString json = dir.filePath(QStringLiteral("nature.geojson"));
    r = runCli({QStringLiteral("nature"), project, QStringLiteral("--at"), QStringLiteral("2024-01-01"),
                QStringLiteral("--json"), QStringLiteral("--out"), json});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char *name : {"nature.geojson", "nature_networks.geojson", "nature_links.geojson", "nature_suggestions.geojson"})
        EXPECT_TRUE(QFile::exists(dir.filePath(QLatin1String(name)))) << name;
    GDALDatasetUniquePtr ds(GDALDataset::Open(json.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    OGRFeatureUniquePtr f(ds->GetLayer(0)->GetNextFeature());
    ASSERT_TRUE(f && f->GetGeometryRef());
    OGREnvelope e;
    f->GetGeometryRef()->getEnvelope(&e);
    EXPECT_GT(e.MinX, 8.0); // longitude: EPSG:4326
    EXPECT_LT(e.MinX, 13.0);
}
