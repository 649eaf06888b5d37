// engdrift-cli end to end: exit codes, one-line errors, JSON shapes, and a whole session
// (new → import → areas → tag → areas at dates → stats); adoption, proposals, timeline, plots.

#include "edit/edit_session.h"
#include "edit/proposals.h"
#include "store/project_store.h"
#include "cli_test_project.h"
#include "test_support.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;
using test::makeProject;
using test::runCli;

namespace {

QJsonObject json(const test::CliResult &r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.object();
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
    EXPECT_EQ(i.value(QStringLiteral("schema_version")).toInt(), ProjectStore::schemaVersion());
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
    EXPECT_TRUE(csvBefore.out.startsWith(
        QStringLiteral("area_id,org_no,dept_no,care_type,care_type_code,area_m2,valid_from,source_fid\n")));
    EXPECT_TRUE(csvBefore.out.contains(QStringLiteral("1,12,005,Utility lawn,brugsplaene,1000,2019-01-01,0")))
        << csvBefore.out.toStdString();
    auto csvAfter = runCli({QStringLiteral("areas"), project, QStringLiteral("--at"), QStringLiteral("2023-05-01"),
                            QStringLiteral("--csv")});
    EXPECT_TRUE(csvAfter.out.contains(QStringLiteral("1,12,005,Flower meadow,blomstereng,1000,2023-05-01,0")))
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

TEST(Cli, AdoptRecordsEventsAndRefusesBadVotes)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QStringList dept{QStringLiteral("--org"), QStringLiteral("12"), QStringLiteral("--dept"), QStringLiteral("005")};

    auto proposed = runCli(QStringList{QStringLiteral("adopt"), project} + dept +
                           QStringList{QStringLiteral("--event"), QStringLiteral("proposed"), QStringLiteral("--date"),
                                       QStringLiteral("2023-01-10"), QStringLiteral("--note"), QStringLiteral("forslag")});
    ASSERT_EQ(proposed.exitCode, 0) << proposed.err.toStdString();
    EXPECT_EQ(proposed.out.trimmed(), QStringLiteral("Recorded: proposed 2023-01-10 for department 12-005"));

    auto adopted = runCli(QStringList{QStringLiteral("adopt"), project} + dept +
                          QStringList{QStringLiteral("--event"), QStringLiteral("adopted"), QStringLiteral("--date"),
                                      QStringLiteral("2023-03-15"), QStringLiteral("--body"),
                                      QStringLiteral("department_meeting"), QStringLiteral("--for"), QStringLiteral("48"),
                                      QStringLiteral("--against"), QStringLiteral("12"), QStringLiteral("--blank"),
                                      QStringLiteral("3"), QStringLiteral("--households"), QStringLiteral("72"),
                                      QStringLiteral("--minutes"), QStringLiteral("referat.pdf")});
    ASSERT_EQ(adopted.exitCode, 0) << adopted.err.toStdString();
    EXPECT_EQ(adopted.out.trimmed(), QStringLiteral("Recorded: adopted 2023-03-15 for department 12-005 (48 for, 12 "
                                                    "against, 3 blank; 72 households)"));

    const QString before = test::snapshot(project);
    auto tooMany = runCli(QStringList{QStringLiteral("adopt"), project} + dept +
                          QStringList{QStringLiteral("--event"), QStringLiteral("meeting"), QStringLiteral("--date"),
                                      QStringLiteral("2023-03-01"), QStringLiteral("--for"), QStringLiteral("100"),
                                      QStringLiteral("--against"), QStringLiteral("40"), QStringLiteral("--blank"),
                                      QStringLiteral("10"), QStringLiteral("--households"), QStringLiteral("72")});
    EXPECT_EQ(tooMany.exitCode, 1);
    EXPECT_EQ(tooMany.err.count(QLatin1Char('\n')), 1) << tooMany.err.toStdString();
    EXPECT_TRUE(tooMany.err.contains(QStringLiteral("12-005"))) << tooMany.err.toStdString();
    EXPECT_TRUE(tooMany.err.contains(QStringLiteral("at most two votes per household (144)"))) << tooMany.err.toStdString();
    EXPECT_TRUE(tooMany.out.isEmpty());

    auto badKind = runCli(QStringList{QStringLiteral("adopt"), project} + dept +
                          QStringList{QStringLiteral("--event"), QStringLiteral("voted"), QStringLiteral("--date"),
                                      QStringLiteral("2023-03-01")});
    EXPECT_EQ(badKind.exitCode, 2);
    auto noDate = runCli(QStringList{QStringLiteral("adopt"), project} + dept +
                         QStringList{QStringLiteral("--event"), QStringLiteral("meeting")});
    EXPECT_EQ(noDate.exitCode, 2);
    auto badCount = runCli(QStringList{QStringLiteral("adopt"), project} + dept +
                           QStringList{QStringLiteral("--event"), QStringLiteral("meeting"), QStringLiteral("--date"),
                                       QStringLiteral("2023-03-01"), QStringLiteral("--for"), QStringLiteral("many")});
    EXPECT_EQ(badCount.exitCode, 2);
    EXPECT_EQ(test::snapshot(project), before);

    auto events = runCli({QStringLiteral("adoption"), project, QStringLiteral("--json")});
    ASSERT_EQ(events.exitCode, 0) << events.err.toStdString();
    const QJsonObject e = json(events);
    EXPECT_EQ(e.value(QStringLiteral("count")).toInt(), 2);
    const QJsonArray rows = e.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject second = rows.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("event")).toString(), QStringLiteral("adopted"));
    EXPECT_EQ(second.value(QStringLiteral("date")).toString(), QStringLiteral("2023-03-15"));
    EXPECT_EQ(second.value(QStringLiteral("body")).toString(), QStringLiteral("department_meeting"));
    EXPECT_EQ(second.value(QStringLiteral("votes_for")).toInt(), 48);
    EXPECT_EQ(second.value(QStringLiteral("households")).toInt(), 72);
    EXPECT_EQ(second.value(QStringLiteral("minutes_ref")).toString(), QStringLiteral("referat.pdf"));
    EXPECT_TRUE(rows.at(0).toObject().value(QStringLiteral("votes_for")).isNull());
}

TEST(Cli, AdoptionAtADateCountsAdoptedOfExisting)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir); // 12-005 from 2019-01-01
    // A second department whose areas begin in 2024.
    const QString source = dir.filePath(QStringLiteral("second.geojson"));
    ASSERT_EQ(test::writeVectorFile(source, QStringLiteral("GeoJSON"), 25832,
                                    {{QStringLiteral("POLYGON((699100 6171000,699140 6171000,699140 6171025,699100 "
                                                     "6171025,699100 6171000))"),
                                      {{QStringLiteral("kode"), 102000}}}}),
              QString());
    auto imported = runCli({QStringLiteral("import"), project, source, QStringLiteral("--org"), QStringLiteral("12"),
                            QStringLiteral("--dept"), QStringLiteral("006"), QStringLiteral("--care-field"),
                            QStringLiteral("kode"), QStringLiteral("--valid-from"), QStringLiteral("2024-01-01")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    for (const QStringList &event : {QStringList{QStringLiteral("proposed"), QStringLiteral("2023-01-10")},
                                     QStringList{QStringLiteral("adopted"), QStringLiteral("2023-03-15")}}) {
        auto r = runCli({QStringLiteral("adopt"), project, QStringLiteral("--org"), QStringLiteral("12"),
                         QStringLiteral("--dept"), QStringLiteral("5"), QStringLiteral("--event"), event.at(0),
                         QStringLiteral("--date"), event.at(1)});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    auto early = runCli({QStringLiteral("adoption"), project, QStringLiteral("--at"), QStringLiteral("2023-06-01"),
                         QStringLiteral("--json")});
    ASSERT_EQ(early.exitCode, 0) << early.err.toStdString();
    const QJsonObject a = json(early);
    EXPECT_EQ(a.value(QStringLiteral("at")).toString(), QStringLiteral("2023-06-01"));
    EXPECT_EQ(a.value(QStringLiteral("adopted")).toInt(), 1);
    EXPECT_EQ(a.value(QStringLiteral("departments")).toInt(), 1); // 12-006 did not exist yet
    const QJsonArray rows = a.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("org_no")).toInt(), 12);
    EXPECT_EQ(first.value(QStringLiteral("dept_no")).toString(), QStringLiteral("005"));
    EXPECT_EQ(first.value(QStringLiteral("first_area")).toString(), QStringLiteral("2019-01-01"));
    EXPECT_EQ(first.value(QStringLiteral("status")).toString(), QStringLiteral("adopted"));
    EXPECT_EQ(first.value(QStringLiteral("since")).toString(), QStringLiteral("2023-03-15"));
    EXPECT_EQ(first.value(QStringLiteral("description")).toString(), QStringLiteral("Adopted 2023-03-15"));
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not_proposed"));

    auto later = runCli({QStringLiteral("adoption"), project, QStringLiteral("--at"), QStringLiteral("2024-06-01")});
    ASSERT_EQ(later.exitCode, 0) << later.err.toStdString();
    EXPECT_TRUE(later.out.contains(QStringLiteral("1 of 2 department"))) << later.out.toStdString();
    EXPECT_TRUE(later.out.contains(QStringLiteral("(50.0 %)"))) << later.out.toStdString();

    auto one = runCli({QStringLiteral("adoption"), project, QStringLiteral("--org"), QStringLiteral("12"),
                       QStringLiteral("--dept"), QStringLiteral("6"), QStringLiteral("--at"), QStringLiteral("2024-06-01"),
                       QStringLiteral("--json")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const QJsonObject o = json(one);
    EXPECT_EQ(o.value(QStringLiteral("adopted")).toInt(), 0);
    EXPECT_EQ(o.value(QStringLiteral("departments")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("rows")).toArray().size(), 1);

    auto unknown = runCli({QStringLiteral("adoption"), project, QStringLiteral("--org"), QStringLiteral("12"),
                           QStringLiteral("--dept"), QStringLiteral("9"), QStringLiteral("--at"),
                           QStringLiteral("2024-06-01")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err.count(QLatin1Char('\n')), 1) << unknown.err.toStdString();
}

TEST(Cli, TimelineJsonShapeAndValues)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir); // 1000 m² brugsplaene, 500 m² eng, 1100 m² busket from 2019-01-01
    auto tagged = runCli({QStringLiteral("tag"), project, QStringLiteral("--area"), QStringLiteral("1"),
                          QStringLiteral("--care-type"), QStringLiteral("eng"), QStringLiteral("--from"),
                          QStringLiteral("2021-05-01")});
    ASSERT_EQ(tagged.exitCode, 0) << tagged.err.toStdString();

    auto r = runCli({QStringLiteral("timeline"), project, QStringLiteral("--from"), QStringLiteral("2018-06-15"),
                     QStringLiteral("--to"), QStringLiteral("2022-01-01"), QStringLiteral("--step"), QStringLiteral("year"),
                     QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("from")).toString(), QStringLiteral("2018-06-15"));
    EXPECT_EQ(o.value(QStringLiteral("to")).toString(), QStringLiteral("2022-01-01"));
    EXPECT_EQ(o.value(QStringLiteral("step")).toString(), QStringLiteral("year"));
    EXPECT_TRUE(o.contains(QStringLiteral("department")));
    EXPECT_TRUE(o.value(QStringLiteral("department")).isNull());
    const QJsonArray dates = o.value(QStringLiteral("dates")).toArray();
    EXPECT_EQ(dates, (QJsonArray{QStringLiteral("2018-06-15"), QStringLiteral("2019-01-01"), QStringLiteral("2020-01-01"),
                                 QStringLiteral("2021-01-01"), QStringLiteral("2022-01-01")}));

    // One row per date and care type (catalogue order), zeros included.
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 15);
    auto row = [&rows](int i) { return rows.at(i).toObject(); };
    EXPECT_EQ(row(0).keys(), (QStringList{QStringLiteral("area_m2"), QStringLiteral("care_type"), QStringLiteral("date")}));
    EXPECT_EQ(row(0).value(QStringLiteral("date")).toString(), QStringLiteral("2018-06-15"));
    EXPECT_EQ(row(0).value(QStringLiteral("care_type")).toString(), QStringLiteral("brugsplaene"));
    EXPECT_DOUBLE_EQ(row(0).value(QStringLiteral("area_m2")).toDouble(), 0);
    EXPECT_EQ(row(1).value(QStringLiteral("care_type")).toString(), QStringLiteral("eng"));
    EXPECT_EQ(row(2).value(QStringLiteral("care_type")).toString(), QStringLiteral("busket"));
    EXPECT_EQ(row(3).value(QStringLiteral("date")).toString(), QStringLiteral("2019-01-01"));
    EXPECT_DOUBLE_EQ(row(3).value(QStringLiteral("area_m2")).toDouble(), 1000);
    EXPECT_DOUBLE_EQ(row(4).value(QStringLiteral("area_m2")).toDouble(), 500);
    EXPECT_DOUBLE_EQ(row(5).value(QStringLiteral("area_m2")).toDouble(), 1100);
    EXPECT_EQ(row(12).value(QStringLiteral("date")).toString(), QStringLiteral("2022-01-01"));
    EXPECT_DOUBLE_EQ(row(12).value(QStringLiteral("area_m2")).toDouble(), 0);    // brugsplaene
    EXPECT_DOUBLE_EQ(row(13).value(QStringLiteral("area_m2")).toDouble(), 1500); // eng
    EXPECT_DOUBLE_EQ(row(14).value(QStringLiteral("area_m2")).toDouble(), 1100); // busket

    // Per date the total and the nature-friendly share of the green area, with both numbers.
    const QJsonArray totals = o.value(QStringLiteral("totals")).toArray();
    ASSERT_EQ(totals.size(), 5);
    const QJsonObject before = totals.at(0).toObject();
    EXPECT_EQ(before.value(QStringLiteral("date")).toString(), QStringLiteral("2018-06-15"));
    EXPECT_DOUBLE_EQ(before.value(QStringLiteral("total_area_m2")).toDouble(-1), 0);
    EXPECT_DOUBLE_EQ(before.value(QStringLiteral("green_area_m2")).toDouble(-1), 0);
    EXPECT_DOUBLE_EQ(before.value(QStringLiteral("nature_friendly_area_m2")).toDouble(-1), 0);
    EXPECT_TRUE(before.value(QStringLiteral("nature_friendly_share")).isNull());
    const QJsonObject y2019 = totals.at(1).toObject();
    EXPECT_DOUBLE_EQ(y2019.value(QStringLiteral("total_area_m2")).toDouble(), 2600);
    EXPECT_DOUBLE_EQ(y2019.value(QStringLiteral("green_area_m2")).toDouble(), 2600);
    EXPECT_DOUBLE_EQ(y2019.value(QStringLiteral("nature_friendly_area_m2")).toDouble(), 500);
    EXPECT_DOUBLE_EQ(y2019.value(QStringLiteral("nature_friendly_share")).toDouble(), 0.1923);
    const QJsonObject y2022 = totals.at(4).toObject();
    EXPECT_EQ(y2022.value(QStringLiteral("date")).toString(), QStringLiteral("2022-01-01"));
    EXPECT_DOUBLE_EQ(y2022.value(QStringLiteral("total_area_m2")).toDouble(), 2600);
    EXPECT_DOUBLE_EQ(y2022.value(QStringLiteral("nature_friendly_area_m2")).toDouble(), 1500);
    EXPECT_DOUBLE_EQ(y2022.value(QStringLiteral("nature_friendly_share")).toDouble(), 0.5769);

    // One department: named in the output.
    auto dept = runCli({QStringLiteral("timeline"), project, QStringLiteral("--org"), QStringLiteral("12"),
                        QStringLiteral("--dept"), QStringLiteral("005"), QStringLiteral("--from"),
                        QStringLiteral("2021-01-01"), QStringLiteral("--to"), QStringLiteral("2021-12-31"),
                        QStringLiteral("--step"), QStringLiteral("month"), QStringLiteral("--json")});
    ASSERT_EQ(dept.exitCode, 0) << dept.err.toStdString();
    const QJsonObject d = json(dept);
    const QJsonObject key = d.value(QStringLiteral("department")).toObject();
    EXPECT_EQ(key.value(QStringLiteral("org_no")).toInt(), 12);
    EXPECT_EQ(key.value(QStringLiteral("dept_no")).toString(), QStringLiteral("005"));
    EXPECT_EQ(d.value(QStringLiteral("dates")).toArray().size(), 12);
    EXPECT_EQ(d.value(QStringLiteral("rows")).toArray().size(), 36);
    const QJsonObject may = d.value(QStringLiteral("totals")).toArray().at(4).toObject();
    EXPECT_EQ(may.value(QStringLiteral("date")).toString(), QStringLiteral("2021-05-01"));
    EXPECT_DOUBLE_EQ(may.value(QStringLiteral("nature_friendly_area_m2")).toDouble(), 1500);
    const QJsonObject april = d.value(QStringLiteral("totals")).toArray().at(3).toObject();
    EXPECT_DOUBLE_EQ(april.value(QStringLiteral("nature_friendly_area_m2")).toDouble(), 500);

    // A selection of areas: the lawn that became meadow and the shrubbery.
    auto some = runCli({QStringLiteral("timeline"), project, QStringLiteral("--area"), QStringLiteral("1,3"),
                        QStringLiteral("--from"), QStringLiteral("2021-01-01"), QStringLiteral("--to"),
                        QStringLiteral("2022-01-01"), QStringLiteral("--step"), QStringLiteral("year"),
                        QStringLiteral("--json")});
    ASSERT_EQ(some.exitCode, 0) << some.err.toStdString();
    const QJsonArray someTotals = json(some).value(QStringLiteral("totals")).toArray();
    ASSERT_EQ(someTotals.size(), 2);
    EXPECT_DOUBLE_EQ(someTotals.at(0).toObject().value(QStringLiteral("total_area_m2")).toDouble(), 2100);
    EXPECT_DOUBLE_EQ(someTotals.at(0).toObject().value(QStringLiteral("nature_friendly_area_m2")).toDouble(), 0);
    EXPECT_DOUBLE_EQ(someTotals.at(1).toObject().value(QStringLiteral("nature_friendly_area_m2")).toDouble(), 1000);
    auto badArea = runCli({QStringLiteral("timeline"), project, QStringLiteral("--area"), QStringLiteral("x"),
                           QStringLiteral("--from"), QStringLiteral("2021-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2022-01-01"), QStringLiteral("--step"), QStringLiteral("year")});
    EXPECT_EQ(badArea.exitCode, 2);
}

TEST(Cli, TimelineCsvAndUsageErrors)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    auto csv = runCli({QStringLiteral("timeline"), project, QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                       QStringLiteral("--to"), QStringLiteral("2021-12-31"), QStringLiteral("--step"),
                       QStringLiteral("quarter"), QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 4 * 3) << csv.out.toStdString();
    EXPECT_EQ(lines.at(0), QStringLiteral("date,care_type,care_type_code,area_m2,total_area_m2,green_area_m2,"
                                          "nature_friendly_area_m2,nature_friendly_share"));
    EXPECT_EQ(lines.at(1), QStringLiteral("2021-01-01,Utility lawn,brugsplaene,1000,2600,2600,500,0.1923"));
    EXPECT_EQ(lines.at(8), QStringLiteral("2021-07-01,Meadow,eng,500,2600,2600,500,0.1923"));
    EXPECT_EQ(lines.at(12), QStringLiteral("2021-10-01,Shrubbery,busket,1100,2600,2600,500,0.1923"));

    auto text = runCli({QStringLiteral("timeline"), project, QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                        QStringLiteral("--to"), QStringLiteral("2021-12-31"), QStringLiteral("--step"),
                        QStringLiteral("year")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Nature-friendly m²"))) << text.out.toStdString();

    const QStringList base{QStringLiteral("timeline"), project};
    auto usage = [&](const QStringList &extra, const QString &expected) {
        auto r = runCli(base + extra);
        EXPECT_EQ(r.exitCode, 2) << extra.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(expected)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    };
    const QString from = QStringLiteral("--from"), to = QStringLiteral("--to"), step = QStringLiteral("--step");
    usage({from, QStringLiteral("2021-01-01"), to, QStringLiteral("2022-01-01")}, QStringLiteral("--step"));
    usage({from, QStringLiteral("2021-01-01"), to, QStringLiteral("2022-01-01"), step, QStringLiteral("week")},
          QStringLiteral("week"));
    usage({from, QStringLiteral("2022-01-01"), to, QStringLiteral("2021-01-01"), step, QStringLiteral("month")},
          QStringLiteral("--from"));
    usage({from, QStringLiteral("2021-02-30"), to, QStringLiteral("2022-01-01"), step, QStringLiteral("month")},
          QStringLiteral("2021-02-30"));
    usage({from, QStringLiteral("2021-01-01"), to, QStringLiteral("2022-13-01"), step, QStringLiteral("month")},
          QStringLiteral("2022-13-01"));
    usage({to, QStringLiteral("2022-01-01"), step, QStringLiteral("month")}, QStringLiteral("--from"));
    usage({from, QStringLiteral("2021-01-01"), step, QStringLiteral("month")}, QStringLiteral("--to"));
    usage({from, QStringLiteral("2021-01-01"), to, QStringLiteral("2022-01-01"), step, QStringLiteral("month"),
           QStringLiteral("--json"), QStringLiteral("--csv")},
          QStringLiteral("--json"));
    usage({from, QStringLiteral("2021-01-01"), to, QStringLiteral("2022-01-01"), step, QStringLiteral("month"),
           QStringLiteral("--org"), QStringLiteral("12")},
          QStringLiteral("--dept"));

    // Bad input: exit 1, one line.
    auto unknownDept = runCli(base + QStringList{from, QStringLiteral("2021-01-01"), to, QStringLiteral("2022-01-01"), step,
                                                 QStringLiteral("month"), QStringLiteral("--org"), QStringLiteral("12"),
                                                 QStringLiteral("--dept"), QStringLiteral("9")});
    EXPECT_EQ(unknownDept.exitCode, 1);
    EXPECT_EQ(unknownDept.err.count(QLatin1Char('\n')), 1) << unknownDept.err.toStdString();
    EXPECT_TRUE(unknownDept.err.contains(QStringLiteral("12-009"))) << unknownDept.err.toStdString();
    auto missing = runCli({QStringLiteral("timeline"), dir.filePath(QStringLiteral("none.engdrift.gpkg")), from,
                           QStringLiteral("2021-01-01"), to, QStringLiteral("2022-01-01"), step, QStringLiteral("year")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1) << missing.err.toStdString();

    EXPECT_EQ(runCli({QStringLiteral("timeline"), QStringLiteral("--help")}).exitCode, 0);
    EXPECT_TRUE(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("timeline PROJECT")));
}

TEST(Cli, PlotWritesAChartOfTheRequestedSize)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString png = dir.filePath(QStringLiteral("care.png"));
    auto care = runCli({QStringLiteral("plot"), project, QStringLiteral("--kind"), QStringLiteral("care-area"),
                        QStringLiteral("--from"), QStringLiteral("2019-01-01"), QStringLiteral("--to"),
                        QStringLiteral("2024-01-01"), QStringLiteral("--step"), QStringLiteral("quarter"),
                        QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("900x540")});
    if (care.exitCode == 1 && care.err.contains(QStringLiteral("without charts")))
        GTEST_SKIP() << "engdrift-cli was built without the charts (ENGDRIFT_BUILD_APP=OFF)";
    ASSERT_EQ(care.exitCode, 0) << care.err.toStdString();
    EXPECT_TRUE(care.out.contains(png)) << care.out.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(900, 540));

    // The other kinds and formats, with their defaults (today, the whole period).
    const QString pdf = dir.filePath(QStringLiteral("adoption.pdf"));
    auto adoption = runCli({QStringLiteral("plot"), project, QStringLiteral("--kind"), QStringLiteral("adoption"),
                            QStringLiteral("--out"), pdf});
    ASSERT_EQ(adoption.exitCode, 0) << adoption.err.toStdString();
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdfFile.read(5), QByteArray("%PDF-"));
    const QString svg = dir.filePath(QStringLiteral("share.svg"));
    auto share = runCli({QStringLiteral("plot"), project, QStringLiteral("--kind"), QStringLiteral("share"),
                         QStringLiteral("--org"), QStringLiteral("12"), QStringLiteral("--dept"), QStringLiteral("005"),
                         QStringLiteral("--at"), QStringLiteral("2024-01-01"), QStringLiteral("--out"), svg,
                         QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(share.exitCode, 0) << share.err.toStdString();
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().contains("005")) << "the department on the axis";

    // Usage errors: exit 2, nothing written.
    const QString bad = dir.filePath(QStringLiteral("bad.png"));
    auto usage = [&](const QStringList &extra, const QString &expected) {
        auto r = runCli(QStringList{QStringLiteral("plot"), project} + extra);
        EXPECT_EQ(r.exitCode, 2) << extra.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(expected)) << r.err.toStdString();
    };
    const QString kind = QStringLiteral("--kind"), out = QStringLiteral("--out");
    usage({kind, QStringLiteral("pie"), out, bad}, QStringLiteral("pie"));
    usage({kind, QStringLiteral("adoption"), out, bad, QStringLiteral("--area"), QStringLiteral("1")}, QStringLiteral("--area"));
    usage({out, bad}, QStringLiteral("--kind"));
    usage({kind, QStringLiteral("share")}, QStringLiteral("--out"));
    usage({kind, QStringLiteral("share"), out, dir.filePath(QStringLiteral("chart.gif"))}, QStringLiteral("gif"));
    usage({kind, QStringLiteral("share"), out, bad, QStringLiteral("--size"), QStringLiteral("big")},
          QStringLiteral("--size"));
    usage({kind, QStringLiteral("share"), out, bad, QStringLiteral("--from"), QStringLiteral("2020-01-01")},
          QStringLiteral("--from"));
    usage({kind, QStringLiteral("adoption"), out, bad, QStringLiteral("--org"), QStringLiteral("12"),
           QStringLiteral("--dept"), QStringLiteral("005")},
          QStringLiteral("--org"));
    usage({kind, QStringLiteral("care-area"), out, bad, QStringLiteral("--step"), QStringLiteral("week")},
          QStringLiteral("week"));
    EXPECT_FALSE(QFileInfo::exists(bad));

    // Bad input: exit 1, one line.
    auto noFolder = runCli({QStringLiteral("plot"), project, kind, QStringLiteral("share"), out,
                            dir.filePath(QStringLiteral("missing/chart.png"))});
    EXPECT_EQ(noFolder.exitCode, 1);
    // (Qt may add a warning of its own when XDG_RUNTIME_DIR is not set: count our lines.)
    EXPECT_EQ(noFolder.err.count(QStringLiteral("engdrift-cli: ")), 1) << noFolder.err.toStdString();
    EXPECT_TRUE(noFolder.err.contains(QStringLiteral("missing"))) << noFolder.err.toStdString();
    EXPECT_TRUE(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("plot PROJECT")));
}

TEST(Cli, ProposalsListAndRenderAsPlanned)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    {
        // Plan: the lawn (area 1, 1000 m²) becomes meadow, and a 40 m mown path through it.
        auto store = openStore(project, OpenMode::ReadWrite);
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
        auto proposal = createProposal(**store, {12, 5}, QStringLiteral("Forslag 2026"), QDate(2026, 3, 1));
        ASSERT_TRUE(proposal.ok()) << proposal.errorMessage().toStdString();
        EditSession session(**store);
        session.setProposal(proposal->id);
        ASSERT_TRUE(session.retag({1}, QStringLiteral("eng"), QDate(2026, 3, 1)).ok());
        auto line = Geometry::fromWkt(QStringLiteral("LINESTRING(699000 6171012, 699040 6171012)"));
        ASSERT_TRUE(line.ok());
        ASSERT_TRUE(session.addPath(*line, {12, 5}, PathKind::MownPath, 1.5, QDate(2026, 3, 1)).ok());
        auto saved = session.save();
        ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    }
    auto listed = runCli({QStringLiteral("proposals"), project, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray rows = json(listed).value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_EQ(row.value(QStringLiteral("dept_no")).toString(), QStringLiteral("005"));
    EXPECT_EQ(row.value(QStringLiteral("planned_areas")).toInt(), 1);
    EXPECT_DOUBLE_EQ(row.value(QStringLiteral("planned_m2")).toDouble(), 1000.0);
    EXPECT_EQ(row.value(QStringLiteral("planned_paths")).toInt(), 1);
    EXPECT_DOUBLE_EQ(row.value(QStringLiteral("planned_path_m")).toDouble(), 40.0);

    // The map as planned differs from today's where the lawn and the path are.
    auto render = [&](const QStringList &extra) {
        const QString png = dir.filePath(QStringLiteral("map%1.png").arg(extra.size()));
        auto r = runCli(QStringList{QStringLiteral("render"), project, QStringLiteral("--out"), png, QStringLiteral("--size"),
                                    QStringLiteral("600x400"), QStringLiteral("--at"), QStringLiteral("2026-06-01"),
                                    QStringLiteral("--no-labels")} +
                        extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QImage(png);
    };
    const QImage today = render({});
    const QImage planned = render({QStringLiteral("--proposal"), QStringLiteral("1")});
    ASSERT_FALSE(today.isNull());
    ASSERT_EQ(today.size(), planned.size());
    int differing = 0;
    for (int y = 0; y < today.height(); y += 4)
        for (int x = 0; x < today.width(); x += 4)
            differing += today.pixel(x, y) != planned.pixel(x, y) ? 1 : 0;
    EXPECT_GT(differing, 500) << "about a third of the map is the planned meadow";

    auto missing = runCli({QStringLiteral("render"), project, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png")),
                           QStringLiteral("--proposal"), QStringLiteral("7")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("proposal 7"))) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    auto bad = runCli({QStringLiteral("render"), project, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png")),
                       QStringLiteral("--proposal"), QStringLiteral("seven")});
    EXPECT_EQ(bad.exitCode, 2);
}

TEST(Cli, AdoptAPastDecisionNamesItsProposalAndRefusesADuplicate)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    qint64 proposalId = 0;
    {
        auto store = openStore(project, OpenMode::ReadWrite);
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
        auto proposal = createProposal(**store, {12, 5}, QStringLiteral("Blomstereng"), QDate(2022, 11, 1));
        ASSERT_TRUE(proposal.ok()) << proposal.errorMessage().toStdString();
        proposalId = proposal->id;
    }
    const QStringList dept{QStringLiteral("--org"), QStringLiteral("12"), QStringLiteral("--dept"), QStringLiteral("005")};
    const QStringList vote{QStringLiteral("--event"), QStringLiteral("adopted"), QStringLiteral("--date"),
                           QStringLiteral("2023-03-15"), QStringLiteral("--for"), QStringLiteral("48"),
                           QStringLiteral("--against"), QStringLiteral("12"), QStringLiteral("--households"),
                           QStringLiteral("72")};
    // A decision made before the program was used, without a proposal event: recorded, and said.
    auto past = runCli(QStringList{QStringLiteral("adopt"), project} + dept + vote);
    ASSERT_EQ(past.exitCode, 0) << past.err.toStdString();
    EXPECT_TRUE(past.out.startsWith(QStringLiteral("Recorded: adopted 2023-03-15 for department 12-005")))
        << past.out.toStdString();
    EXPECT_EQ(past.err.trimmed(), QStringLiteral("engdrift-cli: note: Department 12-005: adopted on 2023-03-15 has no "
                                                 "proposal on record before it"));

    // The same decision again is a duplicate: refused with the department and the date.
    const QString before = test::snapshot(project);
    auto duplicate = runCli(QStringList{QStringLiteral("adopt"), project} + dept + vote);
    EXPECT_EQ(duplicate.exitCode, 1);
    EXPECT_TRUE(duplicate.err.contains(QStringLiteral("12-005: adopted on 2023-03-15"))) << duplicate.err.toStdString();
    EXPECT_TRUE(duplicate.err.contains(QStringLiteral("already in the record"))) << duplicate.err.toStdString();
    EXPECT_EQ(test::snapshot(project), before);

    // A rejection that names the proposal: no note, and the proposal is rejected.
    auto rejected = runCli(QStringList{QStringLiteral("adopt"), project} + dept +
                           QStringList{QStringLiteral("--event"), QStringLiteral("rejected"), QStringLiteral("--date"),
                                       QStringLiteral("2022-12-01"), QStringLiteral("--proposal"),
                                       QString::number(proposalId)});
    ASSERT_EQ(rejected.exitCode, 0) << rejected.err.toStdString();
    EXPECT_TRUE(rejected.err.isEmpty()) << rejected.err.toStdString();
    EXPECT_TRUE(rejected.out.contains(QStringLiteral("\"Blomstereng\" is now rejected"))) << rejected.out.toStdString();
    auto listed = runCli({QStringLiteral("proposals"), project, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(json(listed).value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("rejected"));

    auto unknown = runCli(QStringList{QStringLiteral("adopt"), project} + dept +
                          QStringList{QStringLiteral("--event"), QStringLiteral("postponed"), QStringLiteral("--date"),
                                      QStringLiteral("2022-12-02"), QStringLiteral("--proposal"), QStringLiteral("99")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("proposal 99"))) << unknown.err.toStdString();
}

TEST(Cli, ImportAgainIsRefusedAndAnImportCanBeListedAndUndone)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir); // fkg.geojson into 12-005, import 1
    const QString source = dir.filePath(QStringLiteral("fkg.geojson"));
    const QStringList into{QStringLiteral("--org"), QStringLiteral("12"), QStringLiteral("--dept"), QStringLiteral("005"),
                           QStringLiteral("--care-field"), QStringLiteral("kode"), QStringLiteral("--valid-from"),
                           QStringLiteral("2019-01-01")};

    const QString before = test::snapshot(project);
    auto again = runCli(QStringList{QStringLiteral("import"), project, source} + into);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.err.count(QLatin1Char('\n')), 1) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("fkg.geojson was already imported into 12-005 on %1, 3 areas")
                                       .arg(QDate::currentDate().toString(Qt::ISODate))))
        << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("--again"))) << again.err.toStdString();
    EXPECT_EQ(test::snapshot(project), before);

    auto forced = runCli(QStringList{QStringLiteral("import"), project, source} + into + QStringList{QStringLiteral("--again")});
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(forced.out.contains(QStringLiteral("unimport"))) << forced.out.toStdString();

    auto listed = runCli({QStringLiteral("imports"), project, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray rows = json(listed).value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject second = rows.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("id")).toInt(), 2);
    EXPECT_EQ(second.value(QStringLiteral("source")).toString(), QStringLiteral("fkg.geojson"));
    EXPECT_EQ(second.value(QStringLiteral("dept_no")).toString(), QStringLiteral("005"));
    EXPECT_EQ(second.value(QStringLiteral("areas")).toInt(), 3);
    EXPECT_EQ(second.value(QStringLiteral("valid_from")).toString(), QStringLiteral("2019-01-01"));
    EXPECT_TRUE(second.value(QStringLiteral("undone_at")).isNull());

    auto undone = runCli({QStringLiteral("unimport"), project, QStringLiteral("--import"), QStringLiteral("2")});
    ASSERT_EQ(undone.exitCode, 0) << undone.err.toStdString();
    EXPECT_EQ(undone.out.trimmed(), QStringLiteral("Undid import 2 (fkg.geojson): deleted 3 area versions"));
    auto areas = runCli({QStringLiteral("areas"), project, QStringLiteral("--json")});
    EXPECT_EQ(json(areas).value(QStringLiteral("count")).toInt(), 3);

    // An import whose areas were edited since stays.
    auto tagged = runCli({QStringLiteral("tag"), project, QStringLiteral("--area"), QStringLiteral("1"),
                          QStringLiteral("--care-type"), QStringLiteral("eng"), QStringLiteral("--from"),
                          QStringLiteral("2024-05-01")});
    ASSERT_EQ(tagged.exitCode, 0) << tagged.err.toStdString();
    const QString edited = test::snapshot(project);
    auto refused = runCli({QStringLiteral("unimport"), project, QStringLiteral("--import"), QStringLiteral("1")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("cannot be undone"))) << refused.err.toStdString();
    EXPECT_EQ(test::snapshot(project), edited);
    EXPECT_EQ(runCli({QStringLiteral("unimport"), project, QStringLiteral("--import"), QStringLiteral("x")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("unimport"), project}).exitCode, 2);
}

TEST(Cli, ImportTakesStartDatesFromAFieldAndNamesANewDepartment)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    const QString source = dir.filePath(QStringLiteral("dated.gpkg"));
    ASSERT_EQ(test::writeVectorFile(
                  source, QStringLiteral("GPKG"), 25832,
                  {{QStringLiteral("POLYGON((699000 6171000,699040 6171000,699040 6171025,699000 6171025,699000 6171000))"),
                    {{QStringLiteral("fra"), QStringLiteral("2018-04-01")}}},
                   {QStringLiteral("POLYGON((699040 6171000,699060 6171000,699060 6171025,699040 6171025,699040 6171000))"),
                    {{QStringLiteral("fra"), QString()}}}}),
              QString());
    auto imported = runCli({QStringLiteral("import"), project, source, QStringLiteral("--org"), QStringLiteral("12"),
                            QStringLiteral("--dept"), QStringLiteral("007"), QStringLiteral("--care-type"),
                            QStringLiteral("brugsplaene"), QStringLiteral("--valid-from"), QStringLiteral("2020-01-01"),
                            QStringLiteral("--valid-from-field"), QStringLiteral("fra"), QStringLiteral("--dept-name"),
                            QStringLiteral("Parken")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    auto areas = runCli({QStringLiteral("areas"), project, QStringLiteral("--at"), QStringLiteral("2018-06-01"),
                         QStringLiteral("--json")});
    EXPECT_EQ(json(areas).value(QStringLiteral("count")).toInt(), 1);
    areas = runCli({QStringLiteral("areas"), project, QStringLiteral("--at"), QStringLiteral("2020-01-01"),
                    QStringLiteral("--json")});
    EXPECT_EQ(json(areas).value(QStringLiteral("count")).toInt(), 2);
    auto store = openStore(project, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ((*(*store)->department({12, 7}))->name, QStringLiteral("Parken"));
    EXPECT_EQ(runCli({QStringLiteral("import"), project, source, QStringLiteral("--org-field"), QStringLiteral("a"),
                      QStringLiteral("--dept-field"), QStringLiteral("b"), QStringLiteral("--dept-name"), QStringLiteral("X")})
                  .exitCode,
              2);
}

TEST(Cli, DepartmentNamedListedCorrectedAndDeleted)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir); // 12-005, three areas from 2019-01-01
    const QStringList dept{QStringLiteral("--org"), QStringLiteral("12"), QStringLiteral("--dept"), QStringLiteral("005")};
    auto named = runCli(QStringList{QStringLiteral("department"), project} + dept +
                        QStringList{QStringLiteral("--name"), QStringLiteral("Stationsparken"), QStringLiteral("--address"),
                                    QStringLiteral("Stationsvej 1, 2640 Hedehusene"), QStringLiteral("--homes"),
                                    QStringLiteral("212")});
    ASSERT_EQ(named.exitCode, 0) << named.err.toStdString();
    EXPECT_EQ(named.out.trimmed(), QStringLiteral("Saved department 12-005 Stationsparken"));
    auto created = runCli({QStringLiteral("department"), project, QStringLiteral("--org"), QStringLiteral("12"),
                           QStringLiteral("--dept"), QStringLiteral("9"), QStringLiteral("--name"), QStringLiteral("Nyt byggeri")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(created.out.trimmed(), QStringLiteral("Created department 12-009 Nyt byggeri"));

    auto listed = runCli({QStringLiteral("department"), project, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray rows = json(listed).value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("dept_no")).toString(), QStringLiteral("005"));
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(), QStringLiteral("Stationsparken"));
    EXPECT_EQ(first.value(QStringLiteral("address")).toString(), QStringLiteral("Stationsvej 1, 2640 Hedehusene"));
    EXPECT_EQ(first.value(QStringLiteral("homes")).toInt(), 212);
    EXPECT_EQ(first.value(QStringLiteral("first_area")).toString(), QStringLiteral("2019-01-01"));
    EXPECT_EQ(first.value(QStringLiteral("areas")).toInt(), 3);
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("areas")).toInt(), 0);

    // The start moves earlier; recorded and shown.
    auto corrected = runCli(QStringList{QStringLiteral("department"), project} + dept +
                            QStringList{QStringLiteral("--correct-start"), QStringLiteral("2016-04-01"), QStringLiteral("--note"),
                                        QStringLiteral("from the estate's records")});
    ASSERT_EQ(corrected.exitCode, 0) << corrected.err.toStdString();
    EXPECT_EQ(corrected.out.trimmed(),
              QStringLiteral("Department 12-005 now starts on 2016-04-01 instead of 2019-01-01 (3 area versions moved)"));
    auto areas = runCli({QStringLiteral("areas"), project, QStringLiteral("--at"), QStringLiteral("2017-01-01"),
                         QStringLiteral("--json")});
    EXPECT_EQ(json(areas).value(QStringLiteral("count")).toInt(), 3);
    auto shown = runCli(QStringList{QStringLiteral("department"), project} + dept);
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("from 2019-01-01 to 2016-04-01 (3 area versions): from the estate's records")))
        << shown.out.toStdString();

    // A used department is kept; an empty one goes. Bad input changes nothing.
    const QString before = test::snapshot(project);
    auto kept = runCli(QStringList{QStringLiteral("department"), project} + dept + QStringList{QStringLiteral("--delete")});
    EXPECT_EQ(kept.exitCode, 1);
    EXPECT_TRUE(kept.err.contains(QStringLiteral("12-005 cannot be deleted"))) << kept.err.toStdString();
    auto noName = runCli(QStringList{QStringLiteral("department"), project} + dept +
                         QStringList{QStringLiteral("--name"), QStringLiteral(" ")});
    EXPECT_EQ(noName.exitCode, 1);
    EXPECT_EQ(noName.err.trimmed(), QStringLiteral("engdrift-cli: Department 12-005 needs a name."));
    EXPECT_EQ(runCli(QStringList{QStringLiteral("department"), project} + dept +
                     QStringList{QStringLiteral("--homes"), QStringLiteral("many")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli(QStringList{QStringLiteral("department"), project} + dept +
                     QStringList{QStringLiteral("--delete"), QStringLiteral("--name"), QStringLiteral("X")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("department"), project, QStringLiteral("--delete")}).exitCode, 2);
    EXPECT_EQ(test::snapshot(project), before);
    auto deleted = runCli({QStringLiteral("department"), project, QStringLiteral("--org"), QStringLiteral("12"),
                           QStringLiteral("--dept"), QStringLiteral("009"), QStringLiteral("--delete")});
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_EQ(json(runCli({QStringLiteral("department"), project, QStringLiteral("--json")})).value(QStringLiteral("count")).toInt(),
              1);
}

TEST(Cli, ConditionIsRecordedFromADateAndSignificancePerDepartment)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString before = test::snapshot(project);
    auto bad = runCli({QStringLiteral("condition"), project, QStringLiteral("--area"), QStringLiteral("1"),
                       QStringLiteral("--condition"), QStringLiteral("splendid"), QStringLiteral("--from"),
                       QStringLiteral("2023-05-01")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("splendid"))) << bad.err.toStdString();
    auto missingArea = runCli({QStringLiteral("condition"), project, QStringLiteral("--area"), QStringLiteral("1,77"),
                               QStringLiteral("--condition"), QStringLiteral("good"), QStringLiteral("--from"),
                               QStringLiteral("2023-05-01")});
    EXPECT_EQ(missingArea.exitCode, 1);
    EXPECT_TRUE(missingArea.err.contains(QStringLiteral("77"))) << missingArea.err.toStdString();
    auto tooEarly = runCli({QStringLiteral("condition"), project, QStringLiteral("--area"), QStringLiteral("1"),
                            QStringLiteral("--condition"), QStringLiteral("good"), QStringLiteral("--from"),
                            QStringLiteral("2001-01-01")});
    EXPECT_EQ(tooEarly.exitCode, 1);
    EXPECT_TRUE(tooEarly.err.contains(QStringLiteral("does not exist on 2001-01-01"))) << tooEarly.err.toStdString();
    EXPECT_EQ(test::snapshot(project), before) << "a refused change writes nothing";

    auto good = runCli({QStringLiteral("condition"), project, QStringLiteral("--area"), QStringLiteral("1,3"),
                        QStringLiteral("--condition"), QStringLiteral("fairly_good"), QStringLiteral("--from"),
                        QStringLiteral("2023-05-01")});
    ASSERT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_TRUE(good.out.contains(QStringLiteral("2 area"))) << good.out.toStdString();
    auto back = runCli({QStringLiteral("condition"), project, QStringLiteral("--area"), QStringLiteral("3"),
                        QStringLiteral("--condition"), QStringLiteral("default"), QStringLiteral("--from"),
                        QStringLiteral("2024-01-01")});
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();

    auto significance = runCli({QStringLiteral("department"), project, QStringLiteral("--org"), QStringLiteral("12"),
                                QStringLiteral("--dept"), QStringLiteral("5"), QStringLiteral("--name"),
                                QStringLiteral("Parken"), QStringLiteral("--significance"), QStringLiteral("high")});
    ASSERT_EQ(significance.exitCode, 0) << significance.err.toStdString();
    auto badSignificance = runCli({QStringLiteral("department"), project, QStringLiteral("--org"), QStringLiteral("12"),
                                   QStringLiteral("--dept"), QStringLiteral("5"), QStringLiteral("--significance"),
                                   QStringLiteral("vital")});
    EXPECT_EQ(badSignificance.exitCode, 2);
    auto listed = runCli({QStringLiteral("department"), project, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(json(listed).value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("significance")).toString(),
              QStringLiteral("high"));

    auto store = openStore(project, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    AreaQuery all;
    all.at.reset();
    all.ids = {1, 3};
    all.ordered = true;
    auto versions = (*store)->areas(all);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 5); // 1: before and after; 3: before, after, back to the default
    EXPECT_EQ(versions->at(0).validTo, QDate(2023, 5, 1));
    EXPECT_EQ(versions->at(0).condition, std::nullopt);
    EXPECT_EQ(versions->at(1).condition, std::optional(HabitatCondition::FairlyGood));
    EXPECT_EQ(versions->at(3).condition, std::optional(HabitatCondition::FairlyGood));
    EXPECT_EQ(versions->at(4).validFrom, QDate(2024, 1, 1));
    EXPECT_EQ(versions->at(4).condition, std::nullopt);
    auto dept = (*store)->department(DepartmentKey{12, 5});
    ASSERT_TRUE(dept.ok() && dept->has_value());
    EXPECT_EQ((*dept)->strategicSignificance, StrategicSignificance::High);
}
