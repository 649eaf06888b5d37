// The map renderer against reference pictures of the sample project at four scales: the three
// estates, one department, a close-up with labels, and the overview. A pixel counts as different
// when a colour channel differs by more than kChannelTolerance; up to kMaxDifferentShare of the
// pixels may differ (font hinting). On failure the actual picture and a diff picture are written
// next to the test and named in the failure. ENGDRIFT_UPDATE_REFERENCES=1 rewrites the references.

#include "crs/coordinate_transform.h"
#include "render/map_renderer.h"
#include "store/project_store.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

constexpr int kChannelTolerance = 40;
constexpr double kMaxDifferentShare = 0.004;

struct RenderCase
{
    const char *name;
    // The view: the extent of a department (dept > 0), of everything (dept 0), or a window.
    int dept;
    double zoom; ///< 1 = the whole extent; 5 = a fifth of its width, around its centre
    double overviewUnitsPerPixel;
};

std::ostream &operator<<(std::ostream &os, const RenderCase &c)
{
    return os << c.name;
}

QString referencePath(const char *name)
{
    return QStringLiteral(ENGDRIFT_RENDER_REFERENCE_DIR "/%1.png").arg(QString::fromLatin1(name));
}

/// Compares two pictures; returns the share of pixels that differ and fills `diff` (red = differs).
double compare(const QImage &actual, const QImage &expected, QImage &diff)
{
    const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
    const QImage b = expected.convertToFormat(QImage::Format_ARGB32);
    diff = QImage(a.size(), QImage::Format_ARGB32);
    qint64 different = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        auto *pd = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const bool differs = std::abs(qRed(pa[x]) - qRed(pb[x])) > kChannelTolerance ||
                                 std::abs(qGreen(pa[x]) - qGreen(pb[x])) > kChannelTolerance ||
                                 std::abs(qBlue(pa[x]) - qBlue(pb[x])) > kChannelTolerance;
            different += differs ? 1 : 0;
            const int grey = qGray(pb[x]) / 3 + 170;
            pd[x] = differs ? qRgb(255, 0, 0) : qRgb(grey, grey, grey);
        }
    }
    return double(different) / (double(a.width()) * a.height());
}

} // namespace

class RenderReference : public ::testing::TestWithParam<RenderCase>
{
};

TEST_P(RenderReference, MatchesTheReferencePicture)
{
    const RenderCase c = GetParam();
    auto store = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    QRectF extent;
    auto departments = (*store)->departments();
    ASSERT_TRUE(departments.ok());
    for (const Department &d : *departments) {
        if (c.dept == 0 || d.key.deptNo == c.dept)
            extent |= d.extent;
    }
    ASSERT_FALSE(extent.isNull());
    const QPointF centre = extent.center();
    extent.setSize(extent.size() / c.zoom);
    extent.moveCenter(centre);
    RenderOptions options;
    options.view = MapView::fitting(extent, QSize(800, 600), 24);
    options.at = QDate(2026, 6, 1);
    options.language = QStringLiteral("da");
    options.overviewUnitsPerPixel = c.overviewUnitsPerPixel;
    RenderStats stats;
    auto image = MapRenderer(**store, MapStyle((*store)->catalogue())).renderImage(options, nullptr, &stats);
    ASSERT_TRUE(image.ok()) << image.errorMessage().toStdString();
    EXPECT_EQ(stats.overview, c.overviewUnitsPerPixel < 1.0);
    EXPECT_GT(stats.overview ? stats.departmentsDrawn : stats.areasDrawn, 0);

    const QString reference = referencePath(c.name);
    if (qEnvironmentVariableIsSet("ENGDRIFT_UPDATE_REFERENCES")) {
        ASSERT_TRUE(image->save(reference)) << reference.toStdString();
        GTEST_SKIP() << "reference rewritten: " << reference.toStdString();
    }
    const QImage expected(reference);
    ASSERT_FALSE(expected.isNull()) << "no reference picture " << reference.toStdString()
                                    << " (ENGDRIFT_UPDATE_REFERENCES=1 makes it)";
    ASSERT_EQ(image->size(), expected.size());
    QImage diff;
    const double share = compare(*image, expected, diff);
    if (share > kMaxDifferentShare) {
        const QString actualPath = QDir::current().absoluteFilePath(QStringLiteral("%1-actual.png").arg(QString::fromLatin1(c.name)));
        const QString diffPath = QDir::current().absoluteFilePath(QStringLiteral("%1-diff.png").arg(QString::fromLatin1(c.name)));
        image->save(actualPath);
        diff.save(diffPath);
        FAIL() << c.name << ": " << share * 100 << " % of the pixels differ (at most " << kMaxDifferentShare * 100
               << " % may); actual " << actualPath.toStdString() << ", diff " << diffPath.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Sample, RenderReference,
                         ::testing::Values(RenderCase{"estates", 0, 1.0, 4.0}, RenderCase{"department", 1, 1.0, 4.0},
                                           RenderCase{"closeup", 1, 4.0, 4.0}, RenderCase{"overview", 0, 1.0, 0.5}),
                         [](const ::testing::TestParamInfo<RenderCase> &param) { return std::string(param.param.name); });

TEST(Render, ADifferentDateDrawsADifferentMap)
{
    // The sample converts lawns to meadow in 2021-2026: the map of 2020 is greener.
    auto store = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto dept = (*store)->department({123, 1});
    ASSERT_TRUE(dept.ok() && dept->has_value());
    RenderOptions options;
    options.view = MapView::fitting((**dept).extent, QSize(400, 300), 10);
    options.labels = false;
    options.decorations = false;
    MapRenderer renderer(**store, MapStyle((*store)->catalogue()));
    options.at = QDate(2020, 1, 1);
    auto before = renderer.renderImage(options);
    options.at = QDate(2026, 6, 1);
    auto after = renderer.renderImage(options);
    ASSERT_TRUE(before.ok() && after.ok());
    QImage diff;
    EXPECT_GT(compare(*before, *after, diff), 0.05);
}

TEST(Render, CancelledRenderStopsEarly)
{
    auto store = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto departments = (*store)->departments();
    ASSERT_TRUE(departments.ok());
    QRectF all;
    for (const Department &d : *departments)
        all |= d.extent;
    RenderOptions options;
    options.view = MapView::fitting(all, QSize(400, 300), 10);
    std::atomic_bool cancel{true};
    RenderStats stats;
    auto image = MapRenderer(**store, MapStyle((*store)->catalogue())).renderImage(options, &cancel, &stats);
    ASSERT_TRUE(image.ok());
    EXPECT_TRUE(stats.cancelled);
    EXPECT_LT(stats.areasDrawn, 100);
}

namespace {

/// A GeoTIFF in EPSG:4326 of one colour, covering `extent` (in EPSG:25832) with a margin.
QString writeBackground(const QString &path, const QRectF &extent, QRgb colour)
{
    auto utm = Crs::fromUserInput(QStringLiteral("EPSG:25832"));
    auto wgs = Crs::fromUserInput(QStringLiteral("EPSG:4326"));
    auto ct = CoordinateTransform::create(*utm, *wgs);
    const auto geo = ct->transformBounds(extent.adjusted(-200, -200, 200, 200));
    if (!geo)
        return QStringLiteral("cannot transform");
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    const int w = 400, h = 300;
    std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), w, h, 3, GDT_Byte, nullptr));
    if (!ds)
        return QStringLiteral("cannot create");
    double gt[6] = {geo->left(), geo->width() / w, 0, geo->bottom(), 0, -geo->height() / h};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    ds->SetSpatialRef(&srs);
    std::vector<unsigned char> band(static_cast<size_t>(w) * h);
    const int values[] = {qRed(colour), qGreen(colour), qBlue(colour)};
    for (int b = 0; b < 3; ++b) {
        std::fill(band.begin(), band.end(), static_cast<unsigned char>(values[b]));
        if (ds->GetRasterBand(b + 1)->RasterIO(GF_Write, 0, 0, w, h, band.data(), w, h, GDT_Byte, 0, 0) != CE_None)
            return QStringLiteral("cannot write");
    }
    return {};
}

double shareOfColour(const QImage &image, QRgb colour)
{
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            n += std::abs(qRed(p) - qRed(colour)) < 12 && std::abs(qGreen(p) - qGreen(colour)) < 12 &&
                         std::abs(qBlue(p) - qBlue(colour)) < 12
                     ? 1
                     : 0;
        }
    return double(n) / (double(image.width()) * image.height());
}

} // namespace

TEST(Render, BackgroundRasterInAnotherCrsShowsThroughTheGaps)
{
    auto store = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto dept = (*store)->department({123, 1});
    ASSERT_TRUE(dept.ok() && dept->has_value());
    QTemporaryDir dir;
    const QString tif = dir.filePath(QStringLiteral("ortho.tif"));
    const QRgb blue = qRgb(10, 120, 250);
    ASSERT_EQ(writeBackground(tif, (**dept).extent, blue), QString());
    RenderOptions options;
    options.view = MapView::fitting((**dept).extent, QSize(400, 300), 30);
    options.labels = false;
    options.decorations = false;
    options.at = QDate(2026, 6, 1);
    MapRenderer renderer(**store, MapStyle((*store)->catalogue()));
    auto plain = renderer.renderImage(options);
    ASSERT_TRUE(plain.ok());
    EXPECT_LT(shareOfColour(*plain, blue), 0.001);
    options.background = tif;
    RenderStats stats;
    auto withBackground = renderer.renderImage(options, nullptr, &stats);
    ASSERT_TRUE(withBackground.ok());
    EXPECT_TRUE(stats.backgroundError.isEmpty()) << stats.backgroundError.toStdString();
    // The margin around the estate and the buildings' holes show the picture.
    EXPECT_GT(shareOfColour(*withBackground, blue), 0.10);

    options.background = dir.filePath(QStringLiteral("missing.tif"));
    auto missing = renderer.renderImage(options, nullptr, &stats);
    ASSERT_TRUE(missing.ok()); // the map is drawn anyway
    EXPECT_TRUE(stats.backgroundError.contains(QStringLiteral("missing.tif"))) << stats.backgroundError.toStdString();
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the labels
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
