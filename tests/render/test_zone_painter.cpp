// The mowing zones drawn by render/zone_painter.h, on the sample project: every zone coloured by
// its class, every number drawn inside the picture without overlaps on a screen (and every one in
// print), the same drawing on a PDF page, and through the renderer's RenderOptions::mowingZones.

#include "analysis/mowing_zones.h"
#include "render/map_renderer.h"
#include "render/zone_painter.h"
#include "store/project_store.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

const DepartmentKey kDept{123, 1};
const QDate kAt(2026, 6, 1);

/// How many pixels of `image` are `colour` (within a few levels).
int pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= 3 && std::abs(c.green() - colour.green()) <= 3 &&
                std::abs(c.blue() - colour.blue()) <= 3)
                ++n;
        }
    }
    return n;
}

class ZonePainterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
        ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        store = std::move(opened).value();
        auto z = mowingZones(MapSnapshot(*store, {}, kAt), kDept, QStringLiteral("en"));
        ASSERT_TRUE(z.ok()) << z.errorMessage().toStdString();
        zones = std::move(z).value();
        ASSERT_GE(zones.zones.size(), 3);
        for (const MowingZone &zone : zones.zones)
            extent |= zone.bounds;
    }

    std::unique_ptr<ProjectStore> store;
    MowingZones zones;
    QRectF extent;
};

} // namespace

TEST(ZoneClasses, FollowTheCutsAYearAndThePathKinds)
{
    MowingRegime r;
    r.cutsPerYear = 18;
    EXPECT_EQ(mowingClassOf(QStringLiteral("brugsplaene"), r), MowingClass::Lawn);
    r.cutsPerYear = 5;
    EXPECT_EQ(mowingClassOf(QStringLiteral("faelledgraes"), r), MowingClass::RoughGrass);
    r.cutsPerYear = 2;
    EXPECT_EQ(mowingClassOf(QStringLiteral("eng"), r), MowingClass::Meadow);
    r.cutsPerYear = 1;
    EXPECT_EQ(mowingClassOf(QStringLiteral("hoeslaet"), r), MowingClass::Hay);
    r.cutsPerYear = 10;
    EXPECT_EQ(mowingClassOf(QStringLiteral("mown_path"), r), MowingClass::MownPath);
    EXPECT_EQ(mowingClassOf(QStringLiteral("safety_edge"), r), MowingClass::SafetyEdge);
    // Every class has a code in styles/, a symbol and a name.
    const QList<ZoneLegendEntry> all = zoneLegend(nullptr);
    ASSERT_EQ(all.size(), mowingClassCodes().size());
    QSet<QRgb> fills;
    for (const ZoneLegendEntry &e : all) {
        EXPECT_TRUE(Symbology::builtIn().mowing().classes.contains(e.code)) << e.code.toStdString();
        EXPECT_TRUE(e.symbol.fill.isValid() && e.symbol.outline.isValid());
        EXPECT_FALSE(e.name.isEmpty());
        EXPECT_FALSE(e.description.isEmpty());
        fills.insert(e.symbol.fill.rgb());
    }
    EXPECT_EQ(fills.size(), all.size()); // a colour of its own each
}

TEST_F(ZonePainterTest, DrawsEveryZoneInItsClassColourWithItsNumber)
{
    const QSize size(900, 700);
    const MapView view = MapView::fitting(extent, size, 20);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    ZonePaintOptions options;
    options.toPixel = view.mapToPixel();
    options.frame = QRectF(QPointF(0, 0), QSizeF(size));
    options.fillOpacity = 1.0;
    ZonePaintResult drawn;
    {
        QPainter painter(&image);
        drawn = drawMowingZones(painter, zones, options);
    }
    if (const QString folder = qEnvironmentVariable("ENGDRIFT_GRAB_DIR"); !folder.isEmpty())
        image.save(folder + QStringLiteral("/zones.png"));
    EXPECT_EQ(drawn.zonesDrawn, zones.zones.size());
    EXPECT_GT(drawn.numbersDrawn, 0);
    EXPECT_EQ(drawn.numbersDrawn + drawn.numbersLeftOut.size(), zones.zones.size());
    // On a screen, no two numbers overlap, and all lie in the picture.
    for (qsizetype i = 0; i < drawn.numberBoxes.size(); ++i) {
        EXPECT_TRUE(options.frame.contains(drawn.numberBoxes.at(i)));
        for (qsizetype j = i + 1; j < drawn.numberBoxes.size(); ++j)
            EXPECT_FALSE(drawn.numberBoxes.at(i).intersects(drawn.numberBoxes.at(j)));
    }
    // Each class the department has shows in its fill; the numbers' ink shows.
    for (const ZoneLegendEntry &e : zoneLegend(&zones)) {
        if (e.symbol.hatch == HatchPattern::None && e.mowingClass != MowingClass::MownPath &&
            e.mowingClass != MowingClass::SafetyEdge) {
            EXPECT_GT(pixelsOf(image, e.symbol.fill), 200) << e.code.toStdString();
        }
    }
    EXPECT_GT(pixelsOf(image, Symbology::active().mowing().numberText), 30);

    // In print every number is drawn, even where it must overlap.
    QImage small(QSize(160, 120), QImage::Format_ARGB32_Premultiplied);
    small.fill(Qt::white);
    options.toPixel = MapView::fitting(extent, small.size(), 2).mapToPixel();
    options.frame = QRectF(QPointF(0, 0), QSizeF(small.size()));
    options.everyNumber = true;
    QPainter painter(&small);
    const ZonePaintResult all = drawMowingZones(painter, zones, options);
    EXPECT_EQ(all.numbersDrawn, zones.zones.size());
}

TEST_F(ZonePainterTest, LabelPointsLieInsideTheirZones)
{
    for (const MowingZone &zone : zones.zones) {
        const auto p = zoneLabelPoint(zone, 0.05);
        ASSERT_TRUE(p) << zone.number;
        auto g = Geometry::fromWkb(zone.wkb);
        ASSERT_TRUE(g.ok());
        auto pointGeometry = Geometry::rectangle(QRectF(*p - QPointF(0.001, 0.001), QSizeF(0.002, 0.002)));
        EXPECT_TRUE(g->intersects(pointGeometry)) << zone.number;
    }
}

TEST_F(ZonePainterTest, DrawsOnAPdfPage)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(96);
        QPainter painter(&pdf);
        const QSize size(700, 500);
        ZonePaintOptions options;
        options.toPixel = MapView::fitting(extent, size, 10).mapToPixel();
        options.frame = QRectF(QPointF(0, 0), QSizeF(size));
        options.everyNumber = true;
        const ZonePaintResult drawn = drawMowingZones(painter, zones, options);
        EXPECT_EQ(drawn.numbersDrawn, zones.zones.size());
    }
    EXPECT_GT(buffer.data().size(), 2000);
    EXPECT_TRUE(buffer.data().startsWith("%PDF"));
}

TEST_F(ZonePainterTest, TheRendererDrawsThemOverTheMap)
{
    MapRenderer renderer(*store, MapStyle(store->catalogue()));
    RenderOptions options;
    options.view = MapView::fitting(extent, QSize(800, 600), 20);
    options.at = kAt;
    options.language = QStringLiteral("en");
    auto plain = renderer.renderImage(options);
    ASSERT_TRUE(plain.ok());
    options.mowingZones = std::make_shared<const MowingZones>(zones);
    options.highlightedZones = {1};
    RenderStats stats;
    auto withZones = renderer.renderImage(options, nullptr, &stats);
    ASSERT_TRUE(withZones.ok());
    EXPECT_NE(*plain, *withZones);
    if (const QString folder = qEnvironmentVariable("ENGDRIFT_GRAB_DIR"); !folder.isEmpty())
        withZones->save(folder + QStringLiteral("/zones-on-map.png"));
    EXPECT_GT(stats.labelsDrawn, 0);
}
