// The map renderer against reference pictures of the sample project at four scales: the three
// estates, one department, a close-up with labels, and the estates from far away (most areas a
// dot of a pixel or two). A pixel counts as different
// when a colour channel differs by more than kChannelTolerance; up to kMaxDifferentShare of the
// pixels may differ (font hinting). On failure the actual picture and a diff picture are written
// next to the test and named in the failure. ENGDRIFT_UPDATE_REFERENCES=1 rewrites the references.

#include "crs/coordinate_transform.h"
#include "render/map_renderer.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
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
};

std::ostream &operator<<(std::ostream &os, const RenderCase &c)
{
    return os << c.name;
}

QString referencePath(const char *name)
{
    return QStringLiteral(ENGDRIFT_RENDER_REFERENCE_DIR "/%1.png").arg(QString::fromLatin1(name));
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
    RenderStats stats;
    auto image = MapRenderer(**store, MapStyle((*store)->catalogue())).renderImage(options, nullptr, &stats);
    ASSERT_TRUE(image.ok()) << image.errorMessage().toStdString();
    EXPECT_GT(stats.areasDrawn, 0);

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
    const double share = test::differingShare(*image, expected, kChannelTolerance, &diff);
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
                         ::testing::Values(RenderCase{"estates", 0, 1.0}, RenderCase{"department", 1, 1.0},
                                           RenderCase{"closeup", 1, 4.0}, RenderCase{"far", 0, 0.25}),
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
    EXPECT_GT(test::differingShare(*before, *after, kChannelTolerance, &diff), 0.05);
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

/// The sample's three estates at `unitsPerPixel`, 800 x 600, without labels and decorations.
RenderOptions sampleView(ProjectStore &store, double unitsPerPixel)
{
    QRectF all;
    if (auto departments = store.departments(); departments.ok()) {
        for (const Department &d : *departments)
            all |= d.extent;
    }
    RenderOptions options;
    options.view = MapView(all.center(), unitsPerPixel, QSize(800, 600));
    options.at = QDate(2026, 6, 1);
    options.labels = false;
    options.decorations = false;
    return options;
}

/// Of the pixels drawn (not background) in either picture: the share that differ by more than
/// kChannelTolerance in a colour channel, and the share drawn in both (coverage agreement, as a
/// GIS compares two maps). Colours are compared as the eye sees them at the size of a dot: each
/// pixel as the mean of the 2 x 2 block it starts (a hatched area a few pixels wide is a texture,
/// its dot the texture's mean colour); coverage pixel by pixel.
std::pair<double, double> differenceAndCoverage(const QImage &a, const QImage &b, QRgb background)
{
    qint64 both = 0, either = 0, differ = 0;
    auto drawn = [background](QRgb p) {
        return std::abs(qRed(p) - qRed(background)) + std::abs(qGreen(p) - qGreen(background)) +
                   std::abs(qBlue(p) - qBlue(background)) >
               40;
    };
    auto mean = [](const QImage &image, int x, int y, int (*channel)(QRgb)) {
        const int x1 = std::min(x + 1, image.width() - 1), y1 = std::min(y + 1, image.height() - 1);
        return (channel(image.pixel(x, y)) + channel(image.pixel(x1, y)) + channel(image.pixel(x, y1)) +
                channel(image.pixel(x1, y1))) /
               4;
    };
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const bool da = drawn(a.pixel(x, y)), db = drawn(b.pixel(x, y));
            both += da && db ? 1 : 0;
            either += da || db ? 1 : 0;
            if (!(da || db))
                continue;
            using Channel = int (*)(QRgb);
            for (Channel channel : {Channel(qRed), Channel(qGreen), Channel(qBlue)}) {
                if (std::abs(mean(a, x, y, channel) - mean(b, x, y, channel)) > kChannelTolerance) {
                    ++differ;
                    break;
                }
            }
        }
    return {either ? double(differ) / double(either) : 0.0, either ? double(both) / double(either) : 1.0};
}

} // namespace

// Level of detail: an area smaller than RenderOptions::dotPixels on screen is drawn as a dot
// that leaves what its polygon would. The same view drawn just below the switch (every area a
// polygon) and just above it (the small ones dots) must look the same: of the pixels drawn, few
// differ, and the same pixels are drawn. Checked at 2, 4 and 8 m a pixel, where a fifth, half and
// three quarters of the sample's areas are under the switch, and at 30 m a pixel, where nearly all
// are far under it (there the polygons under half a pixel vanish, the dots do not: only the
// coverage is compared).
TEST(Render, TheLevelOfDetailSwitchIsInvisible)
{
    auto store = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    MapRenderer renderer(**store, MapStyle((*store)->catalogue()));
    const QRgb background = MapStyle((*store)->catalogue()).background().rgb();
    struct Scale
    {
        double unitsPerPixel, maxDiffering, minCoverage;
    };
    for (const Scale scale : {Scale{2.0, 0.03, 0.99}, Scale{4.0, 0.06, 0.99}, Scale{8.0, 0.10, 0.99}, Scale{30.0, 1.0, 0.9}}) {
        RenderOptions options = sampleView(**store, scale.unitsPerPixel);
        options.dotPixels = 0; // below the switch: every area is a polygon
        RenderStats polygonStats, dotStats;
        auto polygons = renderer.renderImage(options, nullptr, &polygonStats);
        options.dotPixels = RenderOptions().dotPixels; // above it
        auto dots = renderer.renderImage(options, nullptr, &dotStats);
        ASSERT_TRUE(polygons.ok() && dots.ok());
        EXPECT_EQ(polygonStats.areasAsDots, 0);
        EXPECT_GT(dotStats.areasAsDots, dotStats.areasDrawn / 5) << scale.unitsPerPixel << " m a pixel";
        // As polygons, the areas under half a pixel vanish (their outlines thin to a point); as
        // dots they all leave their colour.
        EXPECT_GE(dotStats.areasDrawn, polygonStats.areasDrawn);
        const auto [differ, coverage] = differenceAndCoverage(*polygons, *dots, background);
        if (qEnvironmentVariableIsSet("ENGDRIFT_KEEP_PICTURES")) {
            polygons->save(QStringLiteral("lod-%1-polygons.png").arg(scale.unitsPerPixel));
            dots->save(QStringLiteral("lod-%1-dots.png").arg(scale.unitsPerPixel));
        }
        EXPECT_LE(differ, scale.maxDiffering)
            << scale.unitsPerPixel << " m a pixel: " << differ * 100 << " % of the pixels drawn differ ("
            << dotStats.areasAsDots << " of " << dotStats.areasDrawn << " areas are dots)";
        EXPECT_GE(coverage, scale.minCoverage) << scale.unitsPerPixel << " m a pixel: coverage agreement " << coverage;
    }
}

// Far away the small areas are found through the indexes, department by department, from the
// departments' stored extents. Extents that are wrong (here: all of them) must not lose an area:
// the picture is the same.
TEST(Render, FarAwayNoAreaIsLostWhenADepartmentsExtentIsWrong)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("sample.engdrift.gpkg"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), copy));
    std::optional<RenderOptions> options; // the view from the right extents, kept
    auto render = [&options](const QString &path) {
        auto store = openStore(path, OpenMode::ReadOnly);
        EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
        if (!options)
            options = sampleView(**store, 30.0);
        RenderStats stats;
        auto image = MapRenderer(**store, MapStyle((*store)->catalogue())).renderImage(*options, nullptr, &stats);
        EXPECT_TRUE(image.ok());
        EXPECT_GT(stats.areasAsDots, stats.areasDrawn / 2);
        return std::make_pair(image.ok() ? *image : QImage(), stats.areasDrawn);
    };
    const auto [right, rightCount] = render(copy);
    {
        GDALAllRegister();
        std::unique_ptr<GDALDataset> ds(GDALDataset::Open(copy.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        ds->ExecuteSQL("UPDATE departments SET ext_min_x = 0, ext_min_y = 0, ext_max_x = 1, ext_max_y = 1", nullptr,
                       nullptr);
    }
    const auto [wrong, wrongCount] = render(copy);
    EXPECT_EQ(wrongCount, rightCount);
    ASSERT_EQ(wrong.size(), right.size());
    int worst = 0;
    for (int y = 0; y < right.height(); ++y)
        for (int x = 0; x < right.width(); ++x) {
            const QRgb a = right.pixel(x, y), b = wrong.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                              std::abs(qBlue(a) - qBlue(b))});
        }
    EXPECT_LE(worst, 2); // the same dots, summed in another order
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
