// A project file is data only: a trigger or view someone added to the sample project never acts
// on Engdrift's writes (it is removed when the project is opened for writing, and the CLI says so
// on stderr), and a project whose contents disagree with themselves is reported.

#include "test_support.h"

#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace engdrift;
using test::runCli;

namespace {

/// Runs SQL on the project with SQLite, as a person with the sqlite3 shell would.
/// Runs SQL on the project's SQLite database as a person would, through a connection that has
/// GeoPackage's SQL functions (GDAL's: the R-tree triggers of the areas call them), so that
/// updates of the areas work as they do in QGIS's or GDAL's SQL window.
void sqlOn(const QString &path, const char *sql)
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                              nullptr, nullptr));
    ASSERT_TRUE(ds) << path.toStdString();
    auto *db = static_cast<sqlite3 *>(ds->GetInternalHandle("SQLITE_HANDLE"));
    ASSERT_TRUE(db);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const std::string text = message ? message : "";
    sqlite3_free(message);
    ASSERT_EQ(rc, SQLITE_OK) << sql << ": " << text;
}

qint64 countOf(const QString &project, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(project.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return n;
}

class CliHostile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = dir.filePath(QStringLiteral("sample.engdrift.gpkg"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), project));
        QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    }
    QTemporaryDir dir;
    QString project;
};

} // namespace

TEST_F(CliHostile, ATriggerAddedToTheProjectNeverRunsOnEngdriftsWrites)
{
    ASSERT_EQ(countOf(project, "SELECT count(*) FROM areas"), 425);
    sqlOn(project, "CREATE TRIGGER evil AFTER INSERT ON adoption_events BEGIN DELETE FROM areas WHERE fid>100; END");
    sqlOn(project, "CREATE VIEW sneaky AS SELECT fid, care_type FROM areas");

    // Reading lists them and changes nothing.
    auto info = runCli({QStringLiteral("info"), project});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.err.contains(QLatin1String("\"evil\""))) << info.err.toStdString();
    EXPECT_TRUE(info.err.contains(QLatin1String("\"sneaky\""))) << info.err.toStdString();
    EXPECT_EQ(countOf(project, "SELECT count(*) FROM sqlite_master WHERE name IN ('evil', 'sneaky')"), 2);

    auto adopt = runCli({QStringLiteral("adopt"), project, QStringLiteral("--org"), QStringLiteral("123"),
                         QStringLiteral("--dept"), QStringLiteral("001"), QStringLiteral("--event"),
                         QStringLiteral("proposed"), QStringLiteral("--date"), QStringLiteral("2027-01-10")});
    ASSERT_EQ(adopt.exitCode, 0) << adopt.err.toStdString();
    EXPECT_TRUE(adopt.out.contains(QLatin1String("Recorded"))) << adopt.out.toStdString();
    EXPECT_TRUE(adopt.err.contains(QLatin1String("warning:"))) << adopt.err.toStdString();
    EXPECT_TRUE(adopt.err.contains(QLatin1String("trigger \"evil\" on table \"adoption_events\""))) << adopt.err.toStdString();
    EXPECT_TRUE(adopt.err.contains(QLatin1String("view \"sneaky\""))) << adopt.err.toStdString();
    EXPECT_EQ(countOf(project, "SELECT count(*) FROM areas"), 425);
    EXPECT_EQ(countOf(project, "SELECT count(*) FROM sqlite_master WHERE name IN ('evil', 'sneaky')"), 0);
    // GeoPackage's own triggers stay.
    EXPECT_EQ(countOf(project, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_areas_geom_%'"), 6);

    // Once removed, nothing more to say.
    auto again = runCli({QStringLiteral("info"), project});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_FALSE(again.err.contains(QLatin1String("warning:"))) << again.err.toStdString();
}

TEST_F(CliHostile, ATriggerNamedLikeGeoPackagesOwnThatWritesElsewhereIsRemoved)
{
    sqlOn(project, "CREATE TRIGGER rtree_adoption_events_geom_insert AFTER INSERT ON adoption_events BEGIN "
                   "DELETE /* hidden */ FROM \"areas\" WHERE fid > 100; END");
    auto adopt = runCli({QStringLiteral("adopt"), project, QStringLiteral("--org"), QStringLiteral("123"),
                         QStringLiteral("--dept"), QStringLiteral("001"), QStringLiteral("--event"),
                         QStringLiteral("proposed"), QStringLiteral("--date"), QStringLiteral("2027-01-10")});
    ASSERT_EQ(adopt.exitCode, 0) << adopt.err.toStdString();
    EXPECT_TRUE(adopt.err.contains(QLatin1String("rtree_adoption_events_geom_insert"))) << adopt.err.toStdString();
    EXPECT_EQ(countOf(project, "SELECT count(*) FROM areas"), 425);
}

TEST_F(CliHostile, AGeographicProjectCrsIsRefused)
{
    sqlOn(project, "UPDATE meta SET value = 'EPSG:4326' WHERE key = 'crs'");
    auto info = runCli({QStringLiteral("info"), project});
    EXPECT_NE(info.exitCode, 0);
    EXPECT_TRUE(info.err.contains(QLatin1String("EPSG:4326"))) << info.err.toStdString();
    auto stats = runCli({QStringLiteral("stats"), project});
    EXPECT_NE(stats.exitCode, 0);
}

TEST_F(CliHostile, ACareTypeMissingFromTheCatalogueIsReportedAndCounted)
{
    const qint64 before = countOf(project, "SELECT count(*) FROM areas WHERE care_type = 'blomstereng'");
    ASSERT_GT(before, 0);
    sqlOn(project, "UPDATE areas SET care_type = 'mystery' WHERE care_type = 'blomstereng'");
    auto stats = runCli({QStringLiteral("stats"), project, QStringLiteral("--by"), QStringLiteral("care-type"),
                         QStringLiteral("--csv")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    EXPECT_TRUE(stats.out.contains(QLatin1String("mystery"))) << stats.out.toStdString();
    // Reading commands count them; a write and `check` say why (the full audit reads every version).
    auto check = runCli({QStringLiteral("check"), project});
    EXPECT_NE(check.exitCode, 0);
    EXPECT_TRUE(check.out.contains(QLatin1String("\"mystery\""))) << check.out.toStdString();
    auto tag = runCli({QStringLiteral("adopt"), project, QStringLiteral("--org"), QStringLiteral("123"), QStringLiteral("--dept"),
                       QStringLiteral("001"), QStringLiteral("--event"), QStringLiteral("proposed"), QStringLiteral("--date"),
                       QStringLiteral("2027-01-10")});
    EXPECT_TRUE(tag.err.contains(QLatin1String("\"mystery\""))) << tag.err.toStdString();
}

TEST_F(CliHostile, AProposalWithAnUnknownStatusIsReported)
{
    sqlOn(project, "UPDATE proposals SET status = 'approved-ish' WHERE fid = 1");
    auto info = runCli({QStringLiteral("info"), project});
    EXPECT_TRUE(info.err.contains(QLatin1String("approved-ish"))) << info.err.toStdString();
    EXPECT_TRUE(info.err.contains(QLatin1String("proposal 1"))) << info.err.toStdString();
}
