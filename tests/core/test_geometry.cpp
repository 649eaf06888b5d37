// Geometry through GEOS: areas, validity and repair.

#include "geometry/geometry.h"

#include <gtest/gtest.h>

using namespace engdrift;

namespace {
Geometry wkt(const char *text)
{
    auto g = Geometry::fromWkt(QString::fromLatin1(text));
    EXPECT_TRUE(g.ok()) << text;
    return g.ok() ? std::move(g).value() : Geometry();
}
} // namespace

TEST(Geometry, PlanarAreaWithHoles)
{
    const Geometry g = wkt("POLYGON((0 0,100 0,100 50,0 50,0 0),(10 10,20 10,20 20,10 20,10 10))");
    EXPECT_DOUBLE_EQ(g.area(), 5000.0 - 100.0);
    EXPECT_TRUE(g.isValid());
    EXPECT_TRUE(g.isPolygonal());
    EXPECT_EQ(g.envelope(), QRectF(0, 0, 100, 50));
}

TEST(Geometry, RepairsASelfIntersectingPolygon)
{
    // A bow tie: two triangles of 50 m² each that touch in (5 5).
    const Geometry bowtie = wkt("POLYGON((0 0,10 10,10 0,0 10,0 0))");
    EXPECT_FALSE(bowtie.isValid());
    EXPECT_TRUE(bowtie.invalidReason().contains(QStringLiteral("Self-intersection"))) << bowtie.invalidReason().toStdString();
    auto fixed = bowtie.makeValidPolygonal();
    ASSERT_TRUE(fixed.ok());
    EXPECT_TRUE(fixed->isValid());
    EXPECT_EQ(fixed->geometryType(), QStringLiteral("MultiPolygon"));
    EXPECT_EQ(fixed->numGeometries(), 2);
    EXPECT_NEAR(fixed->area(), 50.0, 1e-9);
}

TEST(Geometry, RepairKeepsOnlyThePolygonalPart)
{
    // A polygon with a spike: make-valid gives a polygon plus a line; only the polygon is kept.
    const Geometry spiky = wkt("POLYGON((0 0,10 0,10 10,10 20,10 10,0 10,0 0))");
    EXPECT_FALSE(spiky.isValid());
    auto fixed = spiky.makeValidPolygonal();
    ASSERT_TRUE(fixed.ok());
    EXPECT_TRUE(fixed->isPolygonal());
    EXPECT_NEAR(fixed->area(), 100.0, 1e-9);
}

TEST(Geometry, OverlappingPartsOfAMultiPolygonAreDissolved)
{
    const Geometry overlapping = wkt("MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((5 0,15 0,15 10,5 10,5 0)))");
    EXPECT_FALSE(overlapping.isValid());
    auto fixed = overlapping.makeValidPolygonal();
    ASSERT_TRUE(fixed.ok());
    EXPECT_TRUE(fixed->isValid());
    EXPECT_NEAR(fixed->area(), 150.0, 1e-9);
}

TEST(Geometry, LinesHaveNoPolygonalPart)
{
    const Geometry line = wkt("LINESTRING(0 0,10 10)");
    EXPECT_TRUE(line.polygonalPart().isEmpty());
    EXPECT_FALSE(line.isPolygonal());
}

TEST(Geometry, WkbRoundTrip)
{
    const Geometry g = wkt("MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)))");
    auto back = Geometry::fromWkb(g.toWkb());
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->equalsExact(g));
    EXPECT_FALSE(Geometry::fromWkb(QByteArray("\x01\x03\x00", 3)).ok());
    EXPECT_FALSE(Geometry::fromWkt(QStringLiteral("POLYGON((0 0, 1 1")).ok());
}
