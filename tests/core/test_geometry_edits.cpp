// The geometry behind the editing tools: snapping, overlaps, clipping, splitting, merging and
// polygons drawn point by point.

#include "edit/geometry_edits.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

Geometry wkt(const QString &text)
{
    auto g = Geometry::fromWkt(text);
    EXPECT_TRUE(g.ok()) << text.toStdString();
    return g.ok() ? std::move(g).value() : Geometry();
}

Geometry rect(double x, double y, double w, double h)
{
    return Geometry::rectangle(QRectF(x, y, w, h));
}

QList<const Geometry *> pointers(const std::vector<Geometry> &geometries)
{
    QList<const Geometry *> list;
    for (const Geometry &g : geometries)
        list << &g;
    return list;
}

} // namespace

TEST(GeometryEdits, SnapClosesASmallGapToTheNeighboursVertices)
{
    std::vector<Geometry> neighbours;
    neighbours.push_back(rect(0, 0, 10, 10));
    const Geometry drawn = rect(10.3, 0, 9.7, 10); // 0.3 m gap to the neighbour

    auto loose = snapTo(drawn, pointers(neighbours), 0.2);
    ASSERT_TRUE(loose.ok()) << loose.errorMessage().toStdString();
    EXPECT_NEAR(loose->area(), 97.0, 1e-9) << "0.3 m is beyond a 0.2 m tolerance";

    auto snapped = snapTo(drawn, pointers(neighbours), 0.5);
    ASSERT_TRUE(snapped.ok()) << snapped.errorMessage().toStdString();
    EXPECT_TRUE(snapped->isValid());
    EXPECT_NEAR(snapped->area(), 100.0, 1e-9);
    EXPECT_DOUBLE_EQ(snapped->envelope().left(), 10.0);
    EXPECT_NEAR(overlapAreas(*snapped, pointers(neighbours)).value(0), 0.0, 1e-9);
}

TEST(GeometryEdits, SnapMovesVerticesOntoANeighboursEdge)
{
    // The drawn vertices lie 0.3 m from the middle of the neighbour's edge, far from its corners.
    std::vector<Geometry> neighbours;
    neighbours.push_back(rect(0, 0, 10, 10));
    auto snapped = snapTo(rect(10.3, 2, 9.7, 6), pointers(neighbours), 0.5);
    ASSERT_TRUE(snapped.ok()) << snapped.errorMessage().toStdString();
    EXPECT_DOUBLE_EQ(snapped->envelope().left(), 10.0);
    EXPECT_NEAR(snapped->area(), 60.0, 1e-9);
    EXPECT_TRUE(snapped->isValid());
}

TEST(GeometryEdits, SnapWithoutNeighboursOrToleranceKeepsTheShape)
{
    const Geometry drawn = rect(10.3, 0, 9.7, 10);
    auto none = snapTo(drawn, {}, 0.5);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->equalsExact(drawn));
    std::vector<Geometry> neighbours;
    neighbours.push_back(rect(0, 0, 10, 10));
    auto zero = snapTo(drawn, pointers(neighbours), 0.0);
    ASSERT_TRUE(zero.ok());
    EXPECT_TRUE(zero->equalsExact(drawn));
}

TEST(GeometryEdits, SnapThatCollapsesTheShapeIsAnError)
{
    // A thin triangle whose every vertex is within 0.5 m of the neighbour's edge collapses onto it.
    std::vector<Geometry> neighbours;
    neighbours.push_back(rect(0, 0, 10, 10));
    auto collapsed = snapTo(wkt(QStringLiteral("POLYGON((10.2 2,10.3 5,10.2 8,10.2 2))")), pointers(neighbours), 0.5);
    ASSERT_FALSE(collapsed.ok());
    EXPECT_TRUE(collapsed.errorMessage().contains(QStringLiteral("Nothing is left"))) << collapsed.errorMessage().toStdString();
}

TEST(GeometryEdits, OverlapAreasPerNeighbour)
{
    std::vector<Geometry> neighbours;
    neighbours.push_back(rect(0, 0, 10, 10));  // overlapped 2 x 10
    neighbours.push_back(rect(10, 0, 10, 10)); // overlapped 2 x 10
    neighbours.push_back(rect(12, 0, 5, 10));  // only touches
    neighbours.push_back(rect(100, 0, 5, 5));  // far away
    const QList<double> overlaps = overlapAreas(rect(8, 0, 4, 10), pointers(neighbours));
    ASSERT_EQ(overlaps.size(), 4);
    EXPECT_NEAR(overlaps.at(0), 20.0, 1e-9);
    EXPECT_NEAR(overlaps.at(1), 20.0, 1e-9);
    EXPECT_DOUBLE_EQ(overlaps.at(2), 0.0);
    EXPECT_DOUBLE_EQ(overlaps.at(3), 0.0);
}

TEST(GeometryEdits, ClipAwayCutsTheNeighboursOut)
{
    std::vector<Geometry> neighbours;
    neighbours.push_back(rect(0, 0, 10, 10));
    neighbours.push_back(rect(20, 0, 10, 10));
    auto clipped = clipAway(rect(5, 0, 20, 10), pointers(neighbours));
    ASSERT_TRUE(clipped.ok()) << clipped.errorMessage().toStdString();
    EXPECT_TRUE(clipped->isValid());
    EXPECT_TRUE(clipped->isPolygonal());
    EXPECT_NEAR(clipped->area(), 100.0, 1e-9);
    EXPECT_EQ(clipped->envelope(), QRectF(10, 0, 10, 10));

    auto nothing = clipAway(rect(1, 1, 5, 5), pointers(neighbours));
    ASSERT_TRUE(nothing.ok());
    EXPECT_TRUE(nothing->isEmpty());
}

TEST(GeometryEdits, SplitPolygonAlongALine)
{
    auto pieces = splitPolygon(rect(0, 0, 10, 10), wkt(QStringLiteral("LINESTRING(4 -1,4 11)")));
    ASSERT_TRUE(pieces.ok()) << pieces.errorMessage().toStdString();
    ASSERT_EQ(pieces->size(), 2u);
    QList<double> areas{pieces->at(0).area(), pieces->at(1).area()};
    std::sort(areas.begin(), areas.end());
    EXPECT_NEAR(areas.at(0), 40.0, 1e-9);
    EXPECT_NEAR(areas.at(1), 60.0, 1e-9);
}

TEST(GeometryEdits, SplitKeepsHolesAsHoles)
{
    // 20 x 10 with a 4 x 2 hole in the middle; the hole must not turn into a piece.
    const Geometry withHole = wkt(QStringLiteral("POLYGON((0 0,20 0,20 10,0 10,0 0),(8 4,12 4,12 6,8 6,8 4))"));

    auto beside = splitPolygon(withHole, wkt(QStringLiteral("LINESTRING(4 -1,4 11)")));
    ASSERT_TRUE(beside.ok()) << beside.errorMessage().toStdString();
    ASSERT_EQ(beside->size(), 2u);
    QList<double> areas{beside->at(0).area(), beside->at(1).area()};
    std::sort(areas.begin(), areas.end());
    EXPECT_NEAR(areas.at(0), 40.0, 1e-9);
    EXPECT_NEAR(areas.at(1), 160.0 - 8.0, 1e-9) << "the piece around the hole keeps the hole";

    auto through = splitPolygon(withHole, wkt(QStringLiteral("LINESTRING(10 -1,10 11)")));
    ASSERT_TRUE(through.ok()) << through.errorMessage().toStdString();
    ASSERT_EQ(through->size(), 2u);
    EXPECT_NEAR(through->at(0).area(), 96.0, 1e-9);
    EXPECT_NEAR(through->at(1).area(), 96.0, 1e-9);
    for (const Geometry &piece : *through)
        EXPECT_TRUE(piece.isValid());
}

TEST(GeometryEdits, SplitRefusesALineThatDoesNotCutThrough)
{
    const Geometry square = rect(0, 0, 10, 10);
    auto dangling = splitPolygon(square, wkt(QStringLiteral("LINESTRING(5 -1,5 5)")));
    ASSERT_FALSE(dangling.ok());
    EXPECT_TRUE(dangling.errorMessage().contains(QStringLiteral("does not cut"))) << dangling.errorMessage().toStdString();
    auto outside = splitPolygon(square, wkt(QStringLiteral("LINESTRING(20 -1,20 11)")));
    EXPECT_FALSE(outside.ok());
    auto notALine = splitPolygon(square, rect(2, 2, 1, 1));
    EXPECT_FALSE(notALine.ok());
}

TEST(GeometryEdits, MergeTouchingPolygonsGivesOnePolygon)
{
    std::vector<Geometry> parts;
    parts.push_back(rect(0, 0, 10, 10));
    parts.push_back(rect(10, 0, 5, 10));
    parts.push_back(rect(0, 10, 5, 5));
    auto merged = mergePolygons(pointers(parts));
    ASSERT_TRUE(merged.ok()) << merged.errorMessage().toStdString();
    EXPECT_EQ(merged->geometryType(), QStringLiteral("Polygon"));
    EXPECT_NEAR(merged->area(), 175.0, 1e-9);
    EXPECT_TRUE(merged->isValid());
}

TEST(GeometryEdits, MergeRefusesPolygonsThatDoNotTouch)
{
    std::vector<Geometry> parts;
    parts.push_back(rect(0, 0, 10, 10));
    parts.push_back(rect(10.5, 0, 5, 10));
    auto merged = mergePolygons(pointers(parts));
    ASSERT_FALSE(merged.ok());
    EXPECT_TRUE(merged.errorMessage().contains(QStringLiteral("do not touch"))) << merged.errorMessage().toStdString();

    std::vector<Geometry> corner; // touching in one point only is not one polygon either
    corner.push_back(rect(0, 0, 10, 10));
    corner.push_back(rect(10, 10, 5, 5));
    EXPECT_FALSE(mergePolygons(pointers(corner)).ok());
}

TEST(GeometryEdits, PolygonFromRingClosesTheRing)
{
    auto open = polygonFromRing({{0, 0}, {10, 0}, {10, 10}, {0, 10}});
    ASSERT_TRUE(open.ok()) << open.errorMessage().toStdString();
    EXPECT_NEAR(open->area(), 100.0, 1e-9);
    EXPECT_EQ(open->geometryType(), QStringLiteral("Polygon"));

    // Closed already, with a double click: the same polygon.
    auto closed = polygonFromRing({{0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
    ASSERT_TRUE(closed.ok()) << closed.errorMessage().toStdString();
    EXPECT_TRUE(closed->equalsExact(*open));
}

TEST(GeometryEdits, PolygonFromRingRefusesTooFewPointsAndCrossings)
{
    auto two = polygonFromRing({{0, 0}, {10, 0}, {0, 0}, {10, 0}});
    ASSERT_FALSE(two.ok());
    EXPECT_TRUE(two.errorMessage().contains(QStringLiteral("three"))) << two.errorMessage().toStdString();

    auto bowtie = polygonFromRing({{0, 0}, {10, 10}, {10, 0}, {0, 10}});
    ASSERT_FALSE(bowtie.ok());
    EXPECT_TRUE(bowtie.errorMessage().contains(QStringLiteral("crosses itself"))) << bowtie.errorMessage().toStdString();
    EXPECT_TRUE(bowtie.errorMessage().contains(QStringLiteral("Self-intersection"))) << "GEOS's reason is quoted";
}
