// engdrift-cli render --extent: the rectangle given is drawn exactly (to its edges, widened only to
// the picture's shape, as QGIS does), and the picture can be georeferenced: a world file beside a
// PNG, or a GeoTIFF with the project's CRS and geotransform (read back with GDAL).

#include "cli_test_project.h"
#include "test_support.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTextStream>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <gtest/gtest.h>

#include <memory>

using namespace engdrift;
using test::makeProject;
using test::runCli;

namespace {

test::CliResult render(const QString &project, const QString &out, const QString &size, const QStringList &extra = {})
{
    return runCli(QStringList{QStringLiteral("render"), project, QStringLiteral("--out"), out, QStringLiteral("--size"),
                              size, QStringLiteral("--at"), QStringLiteral("2026-06-01"), QStringLiteral("--no-labels")} +
                  extra);
}

/// Expects the world file at `path` to place pixels of `size` m with the centre of the top-left
/// one at (x, y).
void expectWorldFile(const QString &path, double size, double x, double y)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text)) << path.toStdString();
    QList<double> values;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty())
            values << line.toDouble();
    }
    ASSERT_EQ(values.size(), 6);
    EXPECT_NEAR(values[0], size, 1e-9); // x pixel size
    EXPECT_DOUBLE_EQ(values[1], 0.0);   // no rotation
    EXPECT_DOUBLE_EQ(values[2], 0.0);
    EXPECT_NEAR(values[3], -size, 1e-9); // y pixel size, north up
    EXPECT_NEAR(values[4], x, 1e-6);
    EXPECT_NEAR(values[5], y, 1e-6);
}

bool isBackground(QRgb p)
{
    // The map's background, #fbfaf6.
    return std::abs(qRed(p) - 0xfb) + std::abs(qGreen(p) - 0xfa) + std::abs(qBlue(p) - 0xf6) < 12;
}

} // namespace

TEST(CliRender, TheExtentIsDrawnExactlyAndTheWorldFileSaysWhere)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    // The block's own rectangle, 0.1 m a pixel: the same shape as the picture.
    const QString png = dir.filePath(QStringLiteral("block.png"));
    auto r = render(project, png, QStringLiteral("600x450"),
                    {QStringLiteral("--extent"), QStringLiteral("699000,6171000,699060,6171045"), QStringLiteral("--world-file")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // 60 m / 600 pixels, 45 m / 450 pixels; the centre of the top-left pixel.
    expectWorldFile(dir.filePath(QStringLiteral("block.pgw")), 0.1, 699000.05, 6171044.95);

    // The block fills the picture to its edges; the hole is exactly where it is on the ground
    // (pixels 100-200 across, 50-150 down).
    const QImage image(png);
    ASSERT_EQ(image.size(), QSize(600, 450));
    for (const QPoint p : {QPoint(1, 80), QPoint(598, 80), QPoint(300, 1), QPoint(300, 380), QPoint(97, 100),
                           QPoint(203, 100), QPoint(150, 47), QPoint(150, 153)})
        EXPECT_FALSE(isBackground(image.pixel(p))) << p.x() << "," << p.y();
    for (const QPoint p : {QPoint(103, 53), QPoint(197, 53), QPoint(103, 147), QPoint(197, 147), QPoint(150, 100)})
        EXPECT_TRUE(isBackground(image.pixel(p))) << p.x() << "," << p.y();
}

TEST(CliRender, AnExtentOfAnotherShapeIsCentredAtTheScaleOfItsTighterSide)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    // 60 x 45 m in 800 x 450 pixels: 0.1 m a pixel from the height, 80 m across, 10 m each side.
    const QString jpg = dir.filePath(QStringLiteral("wide.jpg"));
    auto r = render(project, jpg, QStringLiteral("800x450"),
                    {QStringLiteral("--extent"), QStringLiteral("699000,6171000,699060,6171045"), QStringLiteral("--world-file")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    expectWorldFile(dir.filePath(QStringLiteral("wide.jgw")), 0.1, 698990.05, 6171044.95);
    const QImage image(jpg);
    ASSERT_EQ(image.size(), QSize(800, 450));
    EXPECT_TRUE(isBackground(image.pixel(40, 200)));   // west of the block
    EXPECT_FALSE(isBackground(image.pixel(110, 200))); // the block's west edge is at pixel 100
    EXPECT_TRUE(isBackground(image.pixel(760, 200)));  // east of the block (its edge at 700)
}

TEST(CliRender, AGeoTiffHasTheProjectCrsAndTheGeotransform)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString tif = dir.filePath(QStringLiteral("block.tif"));
    const QString png = dir.filePath(QStringLiteral("block.png"));
    const QStringList extent{QStringLiteral("--extent"), QStringLiteral("699000,6171000,699060,6171045")};
    auto r = render(project, tif, QStringLiteral("600x450"), extent);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(render(project, png, QStringLiteral("600x450"), extent).exitCode, 0);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("block.tfw")))); // only when asked for

    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(tif.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    ASSERT_TRUE(ds) << "GDAL cannot open " << tif.toStdString();
    EXPECT_EQ(ds->GetRasterXSize(), 600);
    EXPECT_EQ(ds->GetRasterYSize(), 450);
    EXPECT_EQ(ds->GetRasterCount(), 3);
    double gt[6] = {};
    ASSERT_EQ(ds->GetGeoTransform(gt), CE_None);
    EXPECT_NEAR(gt[0], 699000.0, 1e-6);
    EXPECT_NEAR(gt[1], 0.1, 1e-9);
    EXPECT_DOUBLE_EQ(gt[2], 0.0);
    EXPECT_NEAR(gt[3], 6171045.0, 1e-6);
    EXPECT_DOUBLE_EQ(gt[4], 0.0);
    EXPECT_NEAR(gt[5], -0.1, 1e-9);
    const OGRSpatialReference *srs = ds->GetSpatialRef();
    ASSERT_TRUE(srs);
    OGRSpatialReference epsg;
    epsg.importFromEPSG(25832);
    EXPECT_TRUE(srs->IsSame(&epsg)) << srs->GetName();

    // The same pixels as the PNG.
    const QImage image(png);
    for (const QPoint p : {QPoint(150, 100), QPoint(300, 300), QPoint(500, 100)}) {
        GByte rgb[3] = {};
        int bands[3] = {1, 2, 3};
        ASSERT_EQ(ds->RasterIO(GF_Read, p.x(), p.y(), 1, 1, rgb, 1, 1, GDT_Byte, 3, bands, 3, 3, 1, nullptr), CE_None);
        const QRgb expected = image.pixel(p);
        EXPECT_EQ(rgb[0], qRed(expected)) << p.x() << "," << p.y();
        EXPECT_EQ(rgb[1], qGreen(expected));
        EXPECT_EQ(rgb[2], qBlue(expected));
    }
}

TEST(CliRender, AnUnknownPictureTypeIsAUsageError)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    auto r = render(project, dir.filePath(QStringLiteral("map.xyz")), QStringLiteral("100x100"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral(".tif"))) << r.err.toStdString();
}
