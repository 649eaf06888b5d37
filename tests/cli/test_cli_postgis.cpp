// engdrift-cli on a project in a PostGIS database (a fresh database on the ENGDRIFT_TEST_PG server):
// new, import, info, stats, areas, tag, timeline and render end to end, with the same answers as
// on a GeoPackage, and a password in the location never printed.

#include "pg_test_database.h"
#include "test_support.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

QJsonObject jsonOf(const test::CliResult &r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.object();
}

const QString kPassword = QStringLiteral("cli-s3cret");

/// Runs the same commands on a project and returns their outputs, checking that none shows the
/// password.
QStringList runAll(const QString &project, const QString &source)
{
    QStringList outputs;
    const QList<QStringList> commands{
        {QStringLiteral("new"), project},
        {QStringLiteral("import"), project, source, QStringLiteral("--org"), QStringLiteral("12"), QStringLiteral("--dept"),
         QStringLiteral("005"), QStringLiteral("--care-field"), QStringLiteral("kode"), QStringLiteral("--valid-from"),
         QStringLiteral("2019-01-01")},
        {QStringLiteral("tag"), project, QStringLiteral("--area"), QStringLiteral("1"), QStringLiteral("--care-type"),
         QStringLiteral("eng"), QStringLiteral("--from"), QStringLiteral("2022-01-01")},
        {QStringLiteral("stats"), project, QStringLiteral("--at"), QStringLiteral("2023-01-01"), QStringLiteral("--by"),
         QStringLiteral("department,care-type"), QStringLiteral("--json")},
        {QStringLiteral("areas"), project, QStringLiteral("--at"), QStringLiteral("2020-01-01"), QStringLiteral("--csv")},
        {QStringLiteral("timeline"), project, QStringLiteral("--from"), QStringLiteral("2019-01-01"), QStringLiteral("--to"),
         QStringLiteral("2023-01-01"), QStringLiteral("--step"), QStringLiteral("year"), QStringLiteral("--csv")},
    };
    for (const QStringList &args : commands) {
        auto r = test::runCli(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(r.out.contains(kPassword)) << r.out.toStdString();
        EXPECT_FALSE(r.err.contains(kPassword)) << r.err.toStdString();
        outputs << r.out;
    }
    return outputs;
}

} // namespace

TEST(CliPostgis, InfoStatsAndEditsOnADatabaseAgreeWithAGeoPackage)
{
    if (test::pgTestServer().isEmpty()) {
        ASSERT_FALSE(test::pgRequired()) << "ENGDRIFT_REQUIRE_PG=1 but ENGDRIFT_TEST_PG is not set";
        GTEST_SKIP() << "no PostgreSQL server for the tests (set ENGDRIFT_TEST_PG; scripts/pg-test-cluster)";
    }
    test::PgTestDatabase database;
    ASSERT_TRUE(database.ok()) << database.error().toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("fkg.geojson"));
    ASSERT_EQ(test::writeVectorFile(
                  source, QStringLiteral("GeoJSON"), 25832,
                  {{QStringLiteral("POLYGON((699000 6171000,699040 6171000,699040 6171025,699000 6171025,699000 6171000))"),
                    {{QStringLiteral("kode"), 102000}}},
                   {QStringLiteral("POLYGON((699040 6171000,699060 6171000,699060 6171025,699040 6171025,699040 6171000))"),
                    {{QStringLiteral("kode"), 108020}}}}),
              QString());
    // The test server trusts its users: the password is accepted and must never be shown.
    QString location = database.location();
    if (location.startsWith(QLatin1String("PG:"))) {
        location += QStringLiteral(" password=") + kPassword;
    } else {
        QUrl url(location);
        url.setPassword(kPassword);
        location = url.toString();
    }
    const QStringList onDatabase = runAll(location, source);
    const QStringList onFile = runAll(dir.filePath(QStringLiteral("p.engdrift.gpkg")), source);
    ASSERT_EQ(onDatabase.size(), onFile.size());
    for (int i = 3; i < onDatabase.size(); ++i) // stats, areas, timeline: the same answers
        EXPECT_EQ(onDatabase.at(i), onFile.at(i)) << i;
    const QJsonArray rows = jsonOf(test::runCli({QStringLiteral("stats"), location, QStringLiteral("--at"), QStringLiteral("2023-01-01"),
                                                 QStringLiteral("--by"), QStringLiteral("care-type"), QStringLiteral("--json")}))
                                .value(QStringLiteral("rows"))
                                .toArray();
    ASSERT_EQ(rows.size(), 1) << "all meadow after the tag";

    auto info = test::runCli({QStringLiteral("info"), location, QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_FALSE(info.out.contains(kPassword));
    const QJsonObject o = jsonOf(info);
    EXPECT_EQ(o.value(QStringLiteral("path")).toString(), database.location());
    EXPECT_EQ(o.value(QStringLiteral("area_versions")).toInt(), 3) << info.out.toStdString();

    const QString picture = dir.filePath(QStringLiteral("map.png"));
    auto render = test::runCli({QStringLiteral("render"), location, QStringLiteral("--out"), picture, QStringLiteral("--org"),
                                QStringLiteral("12"), QStringLiteral("--dept"), QStringLiteral("005")});
    EXPECT_EQ(render.exitCode, 0) << render.err.toStdString();
    EXPECT_FALSE(QImage(picture).isNull());
}
