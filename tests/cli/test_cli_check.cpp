// engdrift-cli check [--repair] [--json]: a sound project is clean; a damaged spatial index or a
// department extent is found, named and rebuilt by --repair without changing a version; what a
// person must decide (an invalid shape, overlapping versions, a planned version without its
// proposal, a version that ends before it begins, a missing table) is found, named with its table,
// row, id and dates, and left as it is.

#include "crash_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace engdrift;
using namespace engdrift::crashtest;

namespace {

void sql(const QString &project, const QStringList &statements)
{
    const QString error = runSql(project, statements);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
}

QJsonObject checkJson(const QString &project, int *exitCode, QStringList extra = {})
{
    const ProcessResult r = run(cliPath(), QStringList{QStringLiteral("check"), project, QStringLiteral("--json")} + extra);
    *exitCode = r.exitCode;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

/// The findings of `check` (from the JSON), as "check|table|fid|id|from|to|repairable" lines.
QStringList findingsOf(const QJsonObject &report)
{
    QStringList lines;
    for (const QJsonValue &v : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                     .arg(f.value(QStringLiteral("check")).toString(), f.value(QStringLiteral("table")).toString())
                     .arg(f.value(QStringLiteral("fid")).toInteger())
                     .arg(f.value(QStringLiteral("id")).toInteger())
                     .arg(f.value(QStringLiteral("valid_from")).toString(), f.value(QStringLiteral("valid_to")).toString())
                     .arg(f.value(QStringLiteral("repairable")).toBool() ? 1 : 0);
    }
    return lines;
}

class Check : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString source = m_dir.filePath(QStringLiteral("squares.gpkg"));
        writeSquares(source, 400);
        m_project = m_dir.filePath(QStringLiteral("p.engdrift.gpkg"));
        ASSERT_EQ(run(cliPath(), {QStringLiteral("new"), m_project}).exitCode, 0);
        const ProcessResult imported = run(cliPath(), {QStringLiteral("import"), m_project, source, QStringLiteral("--org"), QStringLiteral("12"),
                                             QStringLiteral("--dept"), QStringLiteral("001"), QStringLiteral("--care-field"),
                                             QStringLiteral("kode"), QStringLiteral("--valid-from"), QStringLiteral("2020-01-01")});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        // Some history: areas 1-10 retagged from 2023-05-01.
        const ProcessResult tagged = run(cliPath(), {QStringLiteral("tag"), m_project, QStringLiteral("--area"), QStringLiteral("1,2,3,4,5,6,7,8,9,10"),
                                           QStringLiteral("--care-type"), QStringLiteral("blomstereng"), QStringLiteral("--from"),
                                           QStringLiteral("2023-05-01")});
        ASSERT_EQ(tagged.exitCode, 0) << tagged.err.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_project;
};

} // namespace

TEST_F(Check, ASoundProjectIsClean)
{
    const ProcessResult text = run(cliPath(), {QStringLiteral("check"), m_project});
    EXPECT_EQ(text.exitCode, 0) << text.out.toStdString() << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("no problems found (410 area versions"))) << text.out.toStdString();
    int code = -1;
    const QJsonObject json = checkJson(m_project, &code);
    EXPECT_EQ(code, 0);
    EXPECT_TRUE(json.value(QStringLiteral("clean")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("area_versions")).toInteger(), 410);
    EXPECT_EQ(json.value(QStringLiteral("departments")).toInteger(), 1);
    // --repair on a sound project changes nothing.
    const QString before = fileDigest(m_project);
    const ProcessResult repair = run(cliPath(), {QStringLiteral("check"), m_project, QStringLiteral("--repair")});
    EXPECT_EQ(repair.exitCode, 0) << repair.out.toStdString() << repair.err.toStdString();
    EXPECT_TRUE(repair.out.contains(QStringLiteral("Nothing to rebuild."))) << repair.out.toStdString();
    EXPECT_EQ(fileDigest(m_project), before);
}

TEST_F(Check, ADamagedSpatialIndexAndExtentAreFoundAndRebuilt)
{
    const QString rows = storeDigest(m_project);
    ASSERT_FALSE(rows.isEmpty());
    // Row 5 gone from the index, row 7's box moved, a box for a row that does not exist, and the
    // department's extent shrunk.
    sql(m_project, {QStringLiteral("DELETE FROM rtree_areas_geom WHERE id = 5"),
                    QStringLiteral("UPDATE rtree_areas_geom SET minx = minx + 100, maxx = maxx + 100 WHERE id = 7"),
                    QStringLiteral("INSERT INTO rtree_areas_geom VALUES (9999, 1, 2, 3, 4)"),
                    QStringLiteral("UPDATE departments SET ext_max_x = ext_min_x + 5")});
    int code = -1;
    const QJsonObject found = checkJson(m_project, &code);
    EXPECT_EQ(code, 1);
    const QStringList findings = findingsOf(found);
    EXPECT_TRUE(findings.contains(QStringLiteral("spatial-index|areas|5|0|||1"))) << findings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(findings.contains(QStringLiteral("spatial-index|areas|7|0|||1"))) << findings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(findings.contains(QStringLiteral("spatial-index|areas|9999|0|||1"))) << findings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(findings.contains(QStringLiteral("extent|departments|0|0|||1"))) << findings.join(QLatin1Char('\n')).toStdString();
    for (const QString &f : findings)
        EXPECT_TRUE(f.endsWith(QStringLiteral("|1"))) << "only repairable findings here: " << f.toStdString();
    const ProcessResult text = run(cliPath(), {QStringLiteral("check"), m_project});
    EXPECT_TRUE(text.out.contains(QStringLiteral("areas, row 5: the row is missing from the spatial index rtree_areas_geom")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("4 problems found, 4 of them repairable"))) << text.out.toStdString();

    const ProcessResult repair = run(cliPath(), {QStringLiteral("check"), m_project, QStringLiteral("--repair")});
    EXPECT_EQ(repair.exitCode, 0) << repair.out.toStdString() << repair.err.toStdString();
    EXPECT_TRUE(repair.out.contains(QStringLiteral("Repaired: rebuilt the spatial index of areas from the table"))) << repair.out.toStdString();
    EXPECT_TRUE(repair.out.contains(QStringLiteral("Repaired: recomputed the extent of 1 department from its areas"))) << repair.out.toStdString();
    EXPECT_FALSE(repair.out.contains(QStringLiteral("spatial index of paths"))) << "only what was found is rebuilt";
    EXPECT_EQ(checkJson(m_project, &code).value(QStringLiteral("clean")).toBool(), true);
    EXPECT_EQ(code, 0);
    EXPECT_EQ(storeDigest(m_project), rows) << "the repair changed no row";
    // The rebuilt index finds the areas: the map at a point of row 5's square.
    const ProcessResult areas = run(cliPath(), {QStringLiteral("areas"), m_project, QStringLiteral("--at"), QStringLiteral("2024-01-01"),
                                      QStringLiteral("--csv")});
    EXPECT_EQ(areas.out.count(QLatin1Char('\n')), 401);
}

TEST_F(Check, WhatAPersonMustDecideIsNamedAndLeftAlone)
{
    // Area 1: its 2020 version reopened (two current versions valid from 2023-05-01); area 20's
    // version ends on the day it begins; area 30 is a bowtie; area 40 planned in proposal 77, which
    // does not exist.
    sql(m_project, {QStringLiteral("UPDATE areas SET valid_to = NULL WHERE area_id = 1 AND valid_from = '2020-01-01'"),
                    QStringLiteral("UPDATE areas SET valid_to = valid_from WHERE area_id = 20"),
                    QStringLiteral("UPDATE areas SET geom = AsGPB(ST_GeomFromText('POLYGON((700000 6170000,700010 6170010,700010 "
                                   "6170000,700000 6170010,700000 6170000))', (SELECT srs_id FROM gpkg_geometry_columns WHERE "
                                   "table_name = 'areas'))) WHERE area_id = 30"),
                    QStringLiteral("UPDATE areas SET status = 'proposed', proposal_id = 77 WHERE area_id = 40")});
    const QString rows = storeDigest(m_project);
    ASSERT_FALSE(rows.isEmpty());
    int code = -1;
    const QStringList findings = findingsOf(checkJson(m_project, &code));
    EXPECT_EQ(code, 1);
    const QString all = findings.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QRegularExpression(QStringLiteral("temporal\\|areas\\|\\d+\\|1\\|2023-05-01\\|\\|0")))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("temporal|areas|20|20|2020-01-01|2020-01-01|0"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("geometry|areas|30|30|2020-01-01||0"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("proposal|areas|40|40|2020-01-01||0"))) << all.toStdString();
    const ProcessResult text = run(cliPath(), {QStringLiteral("check"), m_project});
    EXPECT_TRUE(text.out.contains(QStringLiteral("area 1 has two current versions valid on 2023-05-01"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("the shape is not valid: Self-intersection"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("belongs to proposal 77, which does not exist"))) << text.out.toStdString();

    const ProcessResult repair = run(cliPath(), {QStringLiteral("check"), m_project, QStringLiteral("--repair")});
    EXPECT_EQ(repair.exitCode, 1) << repair.out.toStdString();
    EXPECT_TRUE(repair.out.contains(QStringLiteral("Nothing to rebuild."))) << repair.out.toStdString();
    EXPECT_TRUE(repair.out.contains(QStringLiteral("Not repaired (for a person to decide):"))) << repair.out.toStdString();
    EXPECT_EQ(storeDigest(m_project), rows) << "nothing was changed";
}

TEST_F(Check, AMissingTableIsNamedWhenTheProjectDoesNotOpen)
{
    sql(m_project, {QStringLiteral("DROP TABLE corrections")});
    int code = -1;
    const QJsonObject report = checkJson(m_project, &code);
    EXPECT_EQ(code, 1);
    const QStringList findings = findingsOf(report);
    EXPECT_TRUE(findings.contains(QStringLiteral("schema|corrections|0|0|||0"))) << findings.join(QLatin1Char('\n')).toStdString();
}
