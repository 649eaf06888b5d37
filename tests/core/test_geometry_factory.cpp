// Geometry built from points at full double precision: polygons with holes and lines, back out
// bit for bit; bad outlines refused with a reason.

#include "geometry/geometry.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace engdrift;

namespace {

// Coordinates no decimal rounding keeps: sub-millimetre digits and a binary tail.
const QList<QPointF> kOuter{{701234.123456789, 6171234.987654321},
                            {701264.000000001, 6171234.5 + 1.0 / 3.0},
                            {701263.777777777, 6171270.1 + std::sqrt(2.0) * 1e-6},
                            {701233.3333333333, 6171269.0000000007}};
const QList<QPointF> kHole{{701240.1234567, 6171240.7654321},
                           {701250.000000002, 6171240.5 + 1.0 / 7.0},
                           {701245.3 + 1e-9, 6171255.55555555}};

} // namespace

TEST(GeometryFactory, PolygonKeepsEveryBit)
{
    auto polygon = Geometry::polygon({kOuter, kHole});
    ASSERT_TRUE(polygon.ok()) << polygon.errorMessage().toStdString();
    EXPECT_TRUE(polygon->isValid());
    EXPECT_EQ(polygon->geometryType(), QStringLiteral("Polygon"));
    // Through WKB, as the store keeps it, and back.
    auto again = Geometry::fromWkb(polygon->toWkb());
    ASSERT_TRUE(again.ok());
    const QList<QList<QPointF>> rings = again->rings();
    ASSERT_EQ(rings.size(), 2);
    ASSERT_EQ(rings[0].size(), kOuter.size());
    ASSERT_EQ(rings[1].size(), kHole.size());
    for (qsizetype i = 0; i < kOuter.size(); ++i) {
        EXPECT_EQ(rings[0][i].x(), kOuter[i].x()) << i;
        EXPECT_EQ(rings[0][i].y(), kOuter[i].y()) << i;
    }
    for (qsizetype i = 0; i < kHole.size(); ++i) {
        EXPECT_EQ(rings[1][i].x(), kHole[i].x()) << i;
        EXPECT_EQ(rings[1][i].y(), kHole[i].y()) << i;
    }
}

TEST(GeometryFactory, AClosedRingIsNotClosedTwice)
{
    QList<QPointF> closed = kOuter;
    closed << kOuter.first();
    auto polygon = Geometry::polygon({closed});
    ASSERT_TRUE(polygon.ok()) << polygon.errorMessage().toStdString();
    EXPECT_EQ(polygon->numPoints(), kOuter.size() + 1);
    EXPECT_EQ(polygon->rings().value(0), kOuter);
}

TEST(GeometryFactory, LineKeepsEveryBit)
{
    auto line = Geometry::lineString(kOuter);
    ASSERT_TRUE(line.ok()) << line.errorMessage().toStdString();
    EXPECT_TRUE(line->isLineal());
    auto again = Geometry::fromWkb(line->toWkb());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->points(), kOuter);
}

TEST(GeometryFactory, RefusesOutlinesWithoutEnoughPoints)
{
    auto none = Geometry::polygon({});
    EXPECT_FALSE(none.ok());
    auto two = Geometry::polygon({{QPointF(0, 0), QPointF(10, 0), QPointF(0, 0)}});
    ASSERT_FALSE(two.ok());
    EXPECT_TRUE(two.errorMessage().contains(QStringLiteral("three"))) << two.errorMessage().toStdString();
    auto hole = Geometry::polygon({kOuter, {QPointF(701240, 6171240), QPointF(701241, 6171241)}});
    ASSERT_FALSE(hole.ok());
    EXPECT_TRUE(hole.errorMessage().contains(QStringLiteral("2"))) << hole.errorMessage().toStdString();
    auto nan = Geometry::polygon({{QPointF(0, 0), QPointF(10, 0), QPointF(std::nan(""), 5)}});
    ASSERT_FALSE(nan.ok());
    auto point = Geometry::lineString({QPointF(1, 1), QPointF(1, 1)});
    ASSERT_FALSE(point.ok());
    auto infinite = Geometry::lineString({QPointF(1, 1), QPointF(INFINITY, 1)});
    ASSERT_FALSE(infinite.ok());
}

TEST(GeometryFactory, RingsOfOtherShapes)
{
    auto multi = Geometry::fromWkt(QStringLiteral("MULTIPOLYGON(((0 0,1 0,1 1,0 0)))"));
    ASSERT_TRUE(multi.ok());
    EXPECT_EQ(multi->rings().value(0), (QList<QPointF>{{0, 0}, {1, 0}, {1, 1}}));
    auto two = Geometry::fromWkt(QStringLiteral("MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))"));
    EXPECT_TRUE(two->rings().isEmpty()); // several parts: no single outline
    auto line = Geometry::fromWkt(QStringLiteral("LINESTRING(0 0,1 1)"));
    EXPECT_TRUE(line->rings().isEmpty());
    EXPECT_TRUE(multi->points().isEmpty());
}
