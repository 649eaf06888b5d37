// Coordinate transformations through PROJ, checked against coordinates computed independently
// (closed formulas and a numerically integrated meridian arc), not against PROJ itself.

#include "crs/coordinate_transform.h"
#include "crs/crs.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace engdrift;

namespace {

Crs crs(const char *text)
{
    auto result = Crs::fromUserInput(QString::fromLatin1(text));
    EXPECT_TRUE(result.ok()) << text;
    return result.ok() ? result.value() : Crs();
}

/// Length of the GRS80 meridian from the equator to latitude phi (radians), by Simpson's rule.
double meridianArc(double phi)
{
    const double a = 6378137.0;
    const double f = 1.0 / 298.257222101;
    const double e2 = f * (2 - f);
    const int n = 20000;
    const double h = phi / n;
    auto m = [&](double p) { return a * (1 - e2) / std::pow(1 - e2 * std::sin(p) * std::sin(p), 1.5); };
    double sum = m(0) + m(phi);
    for (int i = 1; i < n; ++i)
        sum += m(i * h) * (i % 2 ? 4 : 2);
    return sum * h / 3;
}

} // namespace

TEST(Crs, ReadsEpsgCodesAndKnowsTheirAreaOfUse)
{
    const Crs utm32 = crs("EPSG:25832");
    EXPECT_EQ(utm32.authId(), QStringLiteral("EPSG:25832"));
    EXPECT_FALSE(utm32.isGeographic());
    ASSERT_TRUE(utm32.areaOfUse().has_value());
    EXPECT_NEAR(utm32.areaOfUse()->west, 6.0, 0.01);
    EXPECT_NEAR(utm32.areaOfUse()->east, 12.0, 0.01);
    EXPECT_EQ(crs("25833").authId(), QStringLiteral("EPSG:25833"));
    EXPECT_TRUE(crs("EPSG:4326").isGeographic());
    EXPECT_EQ(Crs::defaultProjectCrs().authId(), QStringLiteral("EPSG:25832"));
}

TEST(Crs, RefusesUnknownSystems)
{
    for (const char *text : {"EPSG:999999", "banana", "", "+proj=nonsense"}) {
        auto result = Crs::fromUserInput(QString::fromLatin1(text));
        EXPECT_FALSE(result.ok()) << text;
    }
}

TEST(Crs, IdentifiesAWktWithoutAnIdentifier)
{
    // The WKT of EPSG:25832 without its ID, as a shapefile .prj might carry it.
    const Crs utm = crs("EPSG:25832");
    QString wkt = utm.wkt();
    const qsizetype id = wkt.lastIndexOf(QStringLiteral(",ID["));
    ASSERT_GT(id, 0);
    wkt = wkt.left(id) + QStringLiteral("]");
    auto identified = Crs::fromUserInput(wkt);
    ASSERT_TRUE(identified.ok()) << identified.errorMessage().toStdString();
    EXPECT_EQ(identified->authId(), QStringLiteral("EPSG:25832"));
}

TEST(CoordinateTransform, CentralMeridianOfUtm32FollowsTheMeridianArc)
{
    auto ct = CoordinateTransform::create(crs("EPSG:4326"), crs("EPSG:25832"));
    ASSERT_TRUE(ct.ok());
    for (double lat : {0.0, 54.5, 55.65, 57.75}) {
        auto p = ct->transform(QPointF(9.0, lat));
        ASSERT_TRUE(p.has_value());
        EXPECT_NEAR(p->x(), 500000.0, 1e-6) << lat;
        EXPECT_NEAR(p->y(), 0.9996 * meridianArc(lat * std::numbers::pi / 180.0), 0.001) << lat;
    }
    // Zone 33 has its central meridian at 15°E (Bornholm's zone).
    auto ct33 = CoordinateTransform::create(crs("EPSG:4326"), crs("EPSG:25833"));
    ASSERT_TRUE(ct33.ok());
    auto p = ct33->transform(QPointF(15.0, 55.1));
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(p->x(), 500000.0, 1e-6);
    EXPECT_NEAR(p->y(), 0.9996 * meridianArc(55.1 * std::numbers::pi / 180.0), 0.001);
}

TEST(CoordinateTransform, WebMercatorMatchesItsClosedFormula)
{
    auto ct = CoordinateTransform::create(crs("EPSG:4326"), crs("EPSG:3857"));
    ASSERT_TRUE(ct.ok());
    const double r = 6378137.0;
    const double lon = 12.2, lat = 55.65; // Hedehusene
    auto p = ct->transform(QPointF(lon, lat));
    ASSERT_TRUE(p.has_value());
    const double rad = std::numbers::pi / 180.0;
    EXPECT_NEAR(p->x(), r * lon * rad, 1e-6);
    EXPECT_NEAR(p->y(), r * std::log(std::tan(std::numbers::pi / 4 + lat * rad / 2)), 1e-6);
}

TEST(CoordinateTransform, RoundTripsBetweenZones)
{
    auto forward = CoordinateTransform::create(crs("EPSG:25832"), crs("EPSG:25833"));
    auto back = CoordinateTransform::create(crs("EPSG:25833"), crs("EPSG:25832"));
    ASSERT_TRUE(forward.ok() && back.ok());
    const QPointF start(699500.0, 6171500.0);
    auto there = forward->transform(start);
    ASSERT_TRUE(there.has_value());
    EXPECT_GT(std::abs(there->x() - start.x()), 1000.0); // really moved
    auto home = back->transform(*there);
    ASSERT_TRUE(home.has_value());
    EXPECT_NEAR(home->x(), start.x(), 1e-6);
    EXPECT_NEAR(home->y(), start.y(), 1e-6);
}

TEST(CoordinateTransform, ImpossibleCoordinatesFail)
{
    auto ct = CoordinateTransform::create(crs("EPSG:4326"), crs("EPSG:25832"));
    ASSERT_TRUE(ct.ok());
    EXPECT_FALSE(ct->transform(QPointF(12.0, 123.0)).has_value());
    double x[] = {9.0, 12.0}, y[] = {55.0, 400.0};
    EXPECT_EQ(ct->transform(x, y, 2), 1u);
    EXPECT_NEAR(x[0], 500000.0, 1e-6);
    EXPECT_EQ(x[1], HUGE_VAL);
}
