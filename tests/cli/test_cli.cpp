// engdrift-cli end to end: exit codes, one-line errors, JSON shapes, and a whole session
// (new → import → areas → tag → areas at dates → stats).

#include "test_support.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;
using test::runCli;

namespace {

QJsonObject json(const test::CliResult &r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.object();
}

/// A project with three areas (1000 m² lawn, 500 m² meadow, 1100 m² shrubbery) in department 12-005.
QString makeProject(QTemporaryDir &dir)
{
    const QString source = dir.filePath(QStringLiteral("fkg.geojson"));
    EXPECT_EQ(test::writeVectorFile(
                  source, QStringLiteral("GeoJSON"), 25832,
                  {{QStringLiteral("POLYGON((699000 6171000,699040 6171000,699040 6171025,699000 6171025,699000 6171000))"),
                    {{QStringLiteral("kode"), 102000}}},
                   {QStringLiteral("POLYGON((699040 6171000,699060 6171000,699060 6171025,699040 6171025,699040 6171000))"),
                    {{QStringLiteral("kode"), 108020}}},
                   {QStringLiteral("POLYGON((699000 6171025,699060 6171025,699060 6171045,699000 6171045,699000 6171025),"
                                   "(699010 6171030,699020 6171030,699020 6171040,699010 6171040,699010 6171030))"),
                    {{QStringLiteral("kode"), 163000}}}}),
              QString());
    const QString project = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    auto created = runCli({QStringLiteral("new"), project});
    EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
    auto imported = runCli({QStringLiteral("import"), project, source, QStringLiteral("--org"), QStringLiteral("12"),
                            QStringLiteral("--dept"), QStringLiteral("005"), QStringLiteral("--care-field"),
                            QStringLiteral("kode"), QStringLiteral("--valid-from"), QStringLiteral("2019-01-01")});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 3 areas"))) << imported.out.toStdString();
    return project;
}

} // namespace

TEST(Cli, VersionAndUsage)
{
    auto version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("engdrift-cli ")));
    EXPECT_EQ(runCli({}).exitCode, 2);
    auto unknown = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));
    EXPECT_EQ(runCli({QStringLiteral("info")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("stats"), QStringLiteral("--help")}).exitCode, 0);
}

TEST(Cli, WholeSession)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);

    auto info = runCli({QStringLiteral("info"), project, QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    const QJsonObject i = json(info);
    EXPECT_EQ(i.value(QStringLiteral("schema_version")).toInt(), 1);
    EXPECT_EQ(i.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:25832"));
    EXPECT_EQ(i.value(QStringLiteral("departments")).toInt(), 1);
    EXPECT_EQ(i.value(QStringLiteral("areas")).toInt(), 3);
    EXPECT_NEAR(i.value(QStringLiteral("total_area_m2")).toDouble(), 2600.0, 0.01);

    auto areas = runCli({QStringLiteral("areas"), project, QStringLiteral("--json")});
    ASSERT_EQ(areas.exitCode, 0);
    const QJsonArray rows = json(areas).value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 3);
    const QJsonObject first = rows.at(0).toObject();
    for (const char *key : {"area_id", "org_no", "dept_no", "care_type", "area_m2", "valid_from", "source_fid"})
        EXPECT_TRUE(first.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(first.value(QStringLiteral("area_id")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("org_no")).toInt(), 12);
    EXPECT_EQ(first.value(QStringLiteral("dept_no")).toString(), QStringLiteral("005"));
    EXPECT_EQ(first.value(QStringLiteral("care_type")).toString(), QStringLiteral("brugsplaene"));
    EXPECT_NEAR(first.value(QStringLiteral("area_m2")).toDouble(), 1000.0, 0.01);
    EXPECT_EQ(first.value(QStringLiteral("valid_from")).toString(), QStringLiteral("2019-01-01"));

    auto tag = runCli({QStringLiteral("tag"), project, QStringLiteral("--area"), QStringLiteral("1,3"),
                       QStringLiteral("--care-type"), QStringLiteral("blomstereng"), QStringLiteral("--from"),
                       QStringLiteral("2023-05-01")});
    ASSERT_EQ(tag.exitCode, 0) << tag.err.toStdString();

    auto csvBefore = runCli({QStringLiteral("areas"), project, QStringLiteral("--at"), QStringLiteral("2023-04-30"),
                             QStringLiteral("--csv")});
    ASSERT_EQ(csvBefore.exitCode, 0);
    EXPECT_TRUE(csvBefore.out.startsWith(QStringLiteral("area_id,org_no,dept_no,care_type,area_m2,valid_from,source_fid\n")));
    EXPECT_TRUE(csvBefore.out.contains(QStringLiteral("1,12,005,brugsplaene,1000,2019-01-01,0")))
        << csvBefore.out.toStdString();
    auto csvAfter = runCli({QStringLiteral("areas"), project, QStringLiteral("--at"), QStringLiteral("2023-05-01"),
                            QStringLiteral("--csv")});
    EXPECT_TRUE(csvAfter.out.contains(QStringLiteral("1,12,005,blomstereng,1000,2023-05-01,0")))
        << csvAfter.out.toStdString();

    auto stats = runCli({QStringLiteral("stats"), project, QStringLiteral("--at"), QStringLiteral("2024-01-01"),
                         QStringLiteral("--by"), QStringLiteral("department,care-type"), QStringLiteral("--json")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QJsonObject s = json(stats);
    EXPECT_EQ(s.value(QStringLiteral("at")).toString(), QStringLiteral("2024-01-01"));
    EXPECT_NEAR(s.value(QStringLiteral("total_area_m2")).toDouble(), 2600.0, 0.01);
    const QJsonArray statRows = s.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(statRows.size(), 2);
    QMap<QString, double> byCare;
    for (const QJsonValue &row : statRows) {
        const QJsonObject r = row.toObject();
        EXPECT_EQ(r.value(QStringLiteral("org_no")).toInt(), 12);
        EXPECT_EQ(r.value(QStringLiteral("dept_no")).toString(), QStringLiteral("005"));
        EXPECT_TRUE(r.contains(QStringLiteral("count")));
        byCare.insert(r.value(QStringLiteral("care_type")).toString(), r.value(QStringLiteral("area_m2")).toDouble());
    }
    EXPECT_NEAR(byCare.value(QStringLiteral("blomstereng")), 2100.0, 0.01);
    EXPECT_NEAR(byCare.value(QStringLiteral("eng")), 500.0, 0.01);

    auto byDept = runCli({QStringLiteral("stats"), project, QStringLiteral("--at"), QStringLiteral("2020-01-01"),
                          QStringLiteral("--by"), QStringLiteral("department"), QStringLiteral("--csv")});
    ASSERT_EQ(byDept.exitCode, 0);
    EXPECT_EQ(byDept.out, QStringLiteral("org_no,dept_no,area_m2,count\n12,005,2600,3\n"));
}

TEST(Cli, BadInputIsOneLineAndExitOne)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString before = test::snapshot(project);

    auto missing = runCli({QStringLiteral("info"), dir.filePath(QStringLiteral("nope.gpkg"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.gpkg")));

    auto badTag = runCli({QStringLiteral("tag"), project, QStringLiteral("--area"), QStringLiteral("1,77"),
                          QStringLiteral("--care-type"), QStringLiteral("eng"), QStringLiteral("--from"),
                          QStringLiteral("2024-01-01")});
    EXPECT_EQ(badTag.exitCode, 1);
    EXPECT_TRUE(badTag.err.contains(QStringLiteral("77")));
    EXPECT_EQ(badTag.err.count(QLatin1Char('\n')), 1);

    auto badType = runCli({QStringLiteral("tag"), project, QStringLiteral("--area"), QStringLiteral("1"),
                           QStringLiteral("--care-type"), QStringLiteral("jungle"), QStringLiteral("--from"),
                           QStringLiteral("2024-01-01")});
    EXPECT_EQ(badType.exitCode, 1);

    auto impossibleDate = runCli({QStringLiteral("tag"), project, QStringLiteral("--area"), QStringLiteral("1"),
                                  QStringLiteral("--care-type"), QStringLiteral("eng"), QStringLiteral("--from"),
                                  QStringLiteral("2024-02-30")});
    EXPECT_EQ(impossibleDate.exitCode, 2);
    EXPECT_TRUE(impossibleDate.err.contains(QStringLiteral("2024-02-30")));

    auto noDept = runCli({QStringLiteral("import"), project, project});
    EXPECT_EQ(noDept.exitCode, 2);

    auto notGis = runCli({QStringLiteral("import"), project, QStringLiteral(ENGDRIFT_CLI_PATH), QStringLiteral("--org"),
                          QStringLiteral("12"), QStringLiteral("--dept"), QStringLiteral("5"),
                          QStringLiteral("--care-type"), QStringLiteral("eng")});
    EXPECT_EQ(notGis.exitCode, 1);
    EXPECT_TRUE(notGis.err.contains(QStringLiteral("engdrift-cli")));

    EXPECT_EQ(test::snapshot(project), before);

    auto exists = runCli({QStringLiteral("new"), project});
    EXPECT_EQ(exists.exitCode, 1);
    auto badCrs = runCli({QStringLiteral("new"), dir.filePath(QStringLiteral("x.gpkg")), QStringLiteral("--crs"),
                          QStringLiteral("EPSG:999999")});
    EXPECT_EQ(badCrs.exitCode, 1);
    EXPECT_TRUE(badCrs.err.contains(QStringLiteral("999999")));
}

TEST(Cli, EverySharedFileImportsOrIsRefusedWithinAMinute)
{
    // The default layer of each file, as a user would import it: exit 0, or exit 1 with one line.
    // The projects are in EPSG:3857 so that data from anywhere in the world can arrive.
    QTemporaryDir dir;
    QDirIterator it(test::sharedDataDir(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0, imported = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (QStringList{QStringLiteral("shx"), QStringLiteral("dbf"), QStringLiteral("prj"), QStringLiteral("cpg"),
                        QStringLiteral("gfs"), QStringLiteral("xsd")}
                .contains(suffix))
            continue;
        ++files;
        const QString project = dir.filePath(QStringLiteral("p%1.engdrift.gpkg").arg(files));
        ASSERT_EQ(runCli({QStringLiteral("new"), project, QStringLiteral("--crs"), QStringLiteral("EPSG:3857")}).exitCode, 0);
        auto r = runCli({QStringLiteral("import"), project, path, QStringLiteral("--org"), QStringLiteral("1"),
                         QStringLiteral("--dept"), QStringLiteral("1"), QStringLiteral("--care-type"),
                         QStringLiteral("brugsplaene"), QStringLiteral("--assume-crs"), QStringLiteral("EPSG:4326"),
                         QStringLiteral("--quiet")},
                        60000);
        EXPECT_FALSE(r.timedOut) << path.toStdString();
        EXPECT_FALSE(r.crashed) << path.toStdString();
        EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 1) << path.toStdString() << ": " << r.exitCode;
        if (r.exitCode == 0) {
            ++imported;
        } else {
            // One line of ours (GDAL may have printed its own warnings before it).
            const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
            EXPECT_TRUE(lines.last().startsWith(QStringLiteral("engdrift-cli: "))) << r.err.toStdString();
        }
    }
    EXPECT_GE(files, 50);
    EXPECT_GE(imported, 5);
}
