// A project file is data only, and a project that disagrees with itself is reported: triggers and
// views that are not GeoPackage's own are removed when the project is opened for writing (and
// only reported when it is read), a geographic CRS in meta is refused, the audit names unknown
// care types, overlapping versions, unknown condition codes and unknown proposal statuses; values from people and files
// are bound into SQL; file names made from data are safe.

#include "model/adoption.h"
#include "store/gpkg/foreign_schema.h"
#include "store/open_warnings.h"
#include "store/project_audit.h"
#include "store/project_store.h"
#include "test_support.h"
#include "util/file_names.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace engdrift;

namespace {

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

qint64 countOf(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return n;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Geometry square(double x, double y, double size)
{
    return Geometry::rectangle(QRectF(x, y, size, size)).toMultiPolygon();
}

/// Organisation 12, department 005, three areas (one of them in two versions) and a proposal.
QString smallProject(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    auto store = test::newProject(path);
    EXPECT_TRUE(store);
    auto tx = store->begin();
    EXPECT_TRUE(tx.ok());
    EXPECT_TRUE(store->saveOrganisation({12, QStringLiteral("Boligselskabet Øst")}).ok());
    EXPECT_TRUE(store->saveDepartment({{12, 5}, QStringLiteral("Nørreparken"), QStringLiteral("Parkvej 1"), 120, {}}).ok());
    for (int i = 0; i < 3; ++i) {
        AreaVersion a;
        a.department = {12, 5};
        a.careType = i == 2 ? QStringLiteral("eng") : QStringLiteral("brugsplaene");
        a.validFrom = QDate(2019, 1, 1);
        a.source = QStringLiteral("it's; DROP TABLE areas; --.shp");
        EXPECT_TRUE(store->areaLayer().insert(a, square(699000 + 40 * i, 6171000, 30)).ok());
    }
    Proposal p;
    p.department = {12, 5};
    p.name = QStringLiteral("Mere eng");
    p.created = QDate(2024, 3, 1);
    EXPECT_TRUE(store->saveProposal(p).ok());
    EXPECT_TRUE(tx->commit().ok());
    return path;
}

} // namespace

TEST(HostileProject, ForeignTriggersAndViewsAreRemovedWhenOpenedForWriting)
{
    QTemporaryDir dir;
    const QString path = smallProject(dir);
    sqlOn(path, "CREATE TRIGGER evil AFTER INSERT ON adoption_events BEGIN DELETE FROM areas; END");
    sqlOn(path, "CREATE VIEW sneaky AS SELECT fid FROM areas");

    auto store = openStore(path, OpenMode::ReadWrite);
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    const QString warnings = openWarnings(**store).join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QLatin1String("\"evil\""))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QLatin1String("\"sneaky\""))) << warnings.toStdString();
    EXPECT_EQ(countOf(path, "SELECT count(*) FROM sqlite_master WHERE name IN ('evil', 'sneaky')"), 0);

    // Engdrift's own write: the areas stay, and the R-tree still follows writes.
    auto tx = (*store)->begin();
    ASSERT_TRUE(tx.ok());
    AdoptionEvent event;
    event.department = {12, 5};
    event.date = QDate(2024, 3, 1);
    event.kind = AdoptionEventKind::Proposed;
    ASSERT_TRUE((*store)->saveAdoptionEvent(event).ok());
    AreaVersion a;
    a.department = {12, 5};
    a.careType = QStringLiteral("eng");
    a.validFrom = QDate(2020, 1, 1);
    ASSERT_TRUE((*store)->areaLayer().insert(a, square(700000, 6171000, 10)).ok());
    ASSERT_TRUE(tx->commit().ok());
    store->reset();
    EXPECT_EQ(countOf(path, "SELECT count(*) FROM areas"), 4);
    EXPECT_EQ(countOf(path, "SELECT count(*) FROM rtree_areas_geom"), 4);
    // GeoPackage's own triggers stay: the R-tree's and GDAL's feature counts.
    EXPECT_EQ(countOf(path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_areas_geom_%'"), 6);
    EXPECT_EQ(countOf(path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                            "'trigger_%_feature_count_areas'"),
              2);
}

TEST(HostileProject, AReadOnlyOpenReportsForeignTriggersAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = smallProject(dir);
    sqlOn(path, "CREATE TRIGGER evil AFTER INSERT ON adoption_events BEGIN DELETE FROM areas; END");
    const QByteArray before = fileHash(path);
    {
        auto store = openStore(path, OpenMode::ReadOnly);
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
        EXPECT_TRUE(openWarnings(**store).join(QLatin1Char('\n')).contains(QLatin1String("\"evil\"")));
        auto summary = (*store)->summary(QDate(2024, 1, 1));
        ASSERT_TRUE(summary.ok());
        EXPECT_EQ(summary->areas, 3);
        // A write through a read-only store is refused before it reaches the file.
        EXPECT_FALSE((*store)->begin().ok());
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(countOf(path, "SELECT count(*) FROM sqlite_master WHERE name = 'evil'"), 1);
}

TEST(HostileProject, OnlyGeoPackagesOwnTriggersAreKept)
{
    using store_detail::isGeoPackageTrigger;
    EXPECT_TRUE(isGeoPackageTrigger(
        QStringLiteral("rtree_areas_geom_insert"), QStringLiteral("areas"),
        QStringLiteral("CREATE TRIGGER \"rtree_areas_geom_insert\" AFTER INSERT ON \"areas\" WHEN (new.\"geom\" NOT NULL "
                       "AND NOT ST_IsEmpty(NEW.\"geom\")) BEGIN INSERT OR REPLACE INTO \"rtree_areas_geom\" VALUES "
                       "(NEW.\"fid\",ST_MinX(NEW.\"geom\"), ST_MaxX(NEW.\"geom\"),ST_MinY(NEW.\"geom\"), "
                       "ST_MaxY(NEW.\"geom\")); END")));
    EXPECT_TRUE(isGeoPackageTrigger(
        QStringLiteral("trigger_insert_feature_count_meta"), QStringLiteral("meta"),
        QStringLiteral("CREATE TRIGGER \"trigger_insert_feature_count_meta\" AFTER INSERT ON \"meta\" BEGIN UPDATE "
                       "gpkg_ogr_contents SET feature_count = feature_count + 1 WHERE lower(table_name) = "
                       "lower('meta'); END")));
    EXPECT_TRUE(isGeoPackageTrigger(
        QStringLiteral("gpkg_tile_matrix_zoom_level_update"), QStringLiteral("gpkg_tile_matrix"),
        QStringLiteral("CREATE TRIGGER 'gpkg_tile_matrix_zoom_level_update' BEFORE UPDATE of zoom_level ON "
                       "'gpkg_tile_matrix' FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'update on table "
                       "''gpkg_tile_matrix'' violates constraint: zoom_level cannot be less than 0') WHERE "
                       "(NEW.zoom_level < 0); END")));
    // Named like GeoPackage's, but writing elsewhere or on another table.
    EXPECT_FALSE(isGeoPackageTrigger(
        QStringLiteral("rtree_areas_geom_insert"), QStringLiteral("areas"),
        QStringLiteral("CREATE TRIGGER rtree_areas_geom_insert AFTER INSERT ON areas BEGIN INSERT OR REPLACE INTO "
                       "rtree_areas_geom VALUES (1,0,0,0,0); DELETE/**/FROM\"departments\"; END")));
    EXPECT_FALSE(isGeoPackageTrigger(QStringLiteral("rtree_areas_geom_insert"), QStringLiteral("adoption_events"),
                                     QStringLiteral("CREATE TRIGGER x AFTER INSERT ON adoption_events BEGIN SELECT 1; END")));
    EXPECT_FALSE(isGeoPackageTrigger(
        QStringLiteral("trigger_insert_feature_count_meta"), QStringLiteral("meta"),
        QStringLiteral("CREATE TRIGGER x AFTER INSERT ON meta BEGIN UPDATE areas SET care_type = 'eng'; END")));
    EXPECT_FALSE(isGeoPackageTrigger(
        QStringLiteral("gpkg_metadata_md_scope_insert"), QStringLiteral("gpkg_metadata"),
        QStringLiteral("CREATE TRIGGER x BEFORE INSERT ON gpkg_metadata BEGIN REPLACE INTO meta VALUES (1, 'a', 'b'); END")));
    EXPECT_FALSE(isGeoPackageTrigger(QStringLiteral("evil"), QStringLiteral("areas"), QStringLiteral("CREATE TRIGGER evil ...")));
}

TEST(HostileProject, AGeographicProjectCrsIsRefused)
{
    QTemporaryDir dir;
    const QString path = smallProject(dir);
    sqlOn(path, "UPDATE meta SET value = 'EPSG:4326' WHERE key = 'crs'");
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        auto store = openStore(path, mode);
        ASSERT_FALSE(store.ok());
        EXPECT_TRUE(store.errorMessage().contains(QLatin1String("EPSG:4326"))) << store.errorMessage().toStdString();
    }
    // Both descriptions geographic: refused as geographic.
    sqlOn(path, "UPDATE meta SET value = (SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 4326) "
                "WHERE key = 'crs_wkt'");
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.errorMessage().contains(QLatin1String("geographic"))) << store.errorMessage().toStdString();
    EXPECT_TRUE(store.errorMessage().contains(QLatin1String("EPSG:4326"))) << store.errorMessage().toStdString();
}

TEST(HostileProject, TheAuditNamesACareTypeTheCatalogueLacks)
{
    QTemporaryDir dir;
    const QString path = smallProject(dir);
    {
        auto store = openStore(path, OpenMode::ReadOnly);
        ASSERT_TRUE(store.ok());
        auto audit = auditProject(**store);
        ASSERT_TRUE(audit.ok());
        EXPECT_TRUE(audit->isClean()) << audit->warnings().join(QLatin1Char('\n')).toStdString();
    }
    sqlOn(path, "UPDATE areas SET care_type = 'mystery' WHERE care_type = 'eng'");
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto audit = auditProject(**store);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->unknownCareTypes.size(), 1);
    EXPECT_TRUE(audit->unknownCareTypes.first().contains(QLatin1String("\"mystery\"")));
    EXPECT_TRUE(audit->unknownCareTypes.first().contains(QLatin1String("12-005")));
}

TEST(HostileProject, TheAuditNamesVersionsThatOverlapInTime)
{
    QTemporaryDir dir;
    const QString path = smallProject(dir);
    // A second version of area 1 from 2021 while the first is still open.
    sqlOn(path, "INSERT INTO areas (geom, area_id, valid_from, valid_to, org_no, dept_no, care_type, status, area_m2) "
                "SELECT geom, area_id, '2021-06-01', NULL, org_no, dept_no, 'eng', 'current', area_m2 FROM areas "
                "WHERE area_id = 1");
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto audit = auditProject(**store);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->overlappingVersions.size(), 1) << audit->warnings().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(audit->overlappingVersions.first().contains(QLatin1String("area 1 ")));
    EXPECT_TRUE(audit->overlappingVersions.first().contains(QLatin1String("2021-06-01")));
}

TEST(HostileProject, TheAuditNamesAConditionCodeTheProgramDoesNotKnow)
{
    QTemporaryDir dir;
    const QString path = smallProject(dir);
    // Known codes and NULL are no finding.
    sqlOn(path, "UPDATE areas SET condition = 'good' WHERE area_id = 2");
    {
        auto store = openStore(path, OpenMode::ReadOnly);
        ASSERT_TRUE(store.ok());
        auto audit = auditProject(**store);
        ASSERT_TRUE(audit.ok());
        EXPECT_TRUE(audit->isClean()) << audit->warnings().join(QLatin1Char('\n')).toStdString();
    }
    // Written by hand: a code this program does not write ("Good" is not "good") on area 3, and
    // "splendid" on area 1 and on 6 more areas copied from it, one of them (121) with two versions.
    sqlOn(path, "UPDATE areas SET condition = 'Good' WHERE area_id = 3");
    sqlOn(path, "UPDATE areas SET condition = 'splendid' WHERE area_id = 1");
    auto copy = [&path](const char *areaId, const char *validFrom, const char *where) {
        const QByteArray sql = QStringLiteral("INSERT INTO areas (geom, area_id, valid_from, org_no, dept_no, care_type, "
                                              "status, area_m2, condition) SELECT geom, %1, %2, org_no, dept_no, "
                                              "care_type, status, area_m2, condition FROM areas WHERE %3")
                                   .arg(QLatin1String(areaId), QLatin1String(validFrom), QLatin1String(where))
                                   .toUtf8();
        sqlOn(path, sql.constData());
    };
    copy("area_id + 100", "valid_from", "area_id = 1");
    copy("area_id + 10", "valid_from", "area_id IN (1, 101)");
    copy("area_id + 20", "valid_from", "area_id IN (1, 101, 111)");
    sqlOn(path, "UPDATE areas SET valid_to = '2020-01-01' WHERE area_id = 121");
    copy("area_id", "'2020-01-01'", "area_id = 121");
    ASSERT_EQ(countOf(path, "SELECT count(*) FROM areas WHERE condition = 'splendid'"), 8);
    ASSERT_EQ(countOf(path, "SELECT count(DISTINCT area_id) FROM areas WHERE condition = 'splendid'"), 7);

    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto found = (*store)->unknownAreaConditions(5);
    ASSERT_TRUE(found.ok()) << found.errorMessage().toStdString();
    ASSERT_EQ(found->size(), 2);
    EXPECT_EQ(found->at(0).code, QStringLiteral("Good")); // by code
    EXPECT_EQ(found->at(0).versions, 1);
    EXPECT_EQ(found->at(0).areaIds, (QList<qint64>{3}));
    EXPECT_EQ(found->at(1).code, QStringLiteral("splendid"));
    EXPECT_EQ(found->at(1).versions, 8);
    EXPECT_EQ(found->at(1).areas, 7);
    EXPECT_EQ(found->at(1).areaIds, (QList<qint64>{1, 11, 21, 101, 111}));

    auto audit = auditProject(**store);
    ASSERT_TRUE(audit.ok()) << audit.errorMessage().toStdString();
    ASSERT_EQ(audit->unknownConditions.size(), 2) << audit->warnings().join(QLatin1Char('\n')).toStdString();
    const QString good = audit->unknownConditions.at(0);
    EXPECT_TRUE(good.contains(QLatin1String("the condition \"Good\" of 1 area version"))) << good.toStdString();
    EXPECT_TRUE(good.contains(QLatin1String("(area ids 3) is not"))) << good.toStdString();
    const QString splendid = audit->unknownConditions.at(1);
    EXPECT_TRUE(splendid.contains(QLatin1String("of 8 area version"))) << splendid.toStdString();
    EXPECT_TRUE(splendid.contains(QLatin1String("(area ids 1, 11, 21, 101, 111 and 2 more)")))
        << splendid.toStdString();
    EXPECT_TRUE(splendid.contains(QLatin1String("\"splendid\""))) << splendid.toStdString();
    EXPECT_TRUE(splendid.contains(QLatin1String("p.engdrift.gpkg"))) << splendid.toStdString();
    EXPECT_TRUE(splendid.contains(QLatin1String("fairly_good"))) << splendid.toStdString();
    // The open-time path: the warnings the programs show after opening.
    addAuditWarnings(**store);
    const QString warnings = openWarnings(**store).join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QLatin1String("\"splendid\""))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QLatin1String("\"Good\""))) << warnings.toStdString();
}

TEST(HostileProject, AnUnknownProposalStatusIsReportedNotReadAsDraft)
{
    QTemporaryDir dir;
    const QString path = smallProject(dir);
    sqlOn(path, "UPDATE proposals SET status = 'approved-ish'");
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto proposals = (*store)->proposals();
    ASSERT_FALSE(proposals.ok());
    EXPECT_TRUE(proposals.errorMessage().contains(QLatin1String("approved-ish")));
    EXPECT_TRUE(proposals.errorMessage().contains(QLatin1String("proposal 1")));
    auto audit = auditProject(**store);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->unreadable.size(), 1);
    EXPECT_TRUE(audit->unreadable.first().contains(QLatin1String("approved-ish")));
}

TEST(HostileProject, AFileNameWithQuotesIsBoundNotPasted)
{
    QTemporaryDir dir;
    const QString path = smallProject(dir);
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto from = (*store)->importedFrom(QStringLiteral("it's; DROP TABLE areas; --.shp"));
    ASSERT_TRUE(from.ok()) << from.errorMessage().toStdString();
    ASSERT_EQ(from->size(), 1);
    EXPECT_EQ(from->first().areas, 3);
    EXPECT_EQ(from->first().firstValidFrom, QDate(2019, 1, 1));
    auto none = (*store)->importedFrom(QStringLiteral("' OR 1=1 --"));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST(SafeFileName, NamesFromDataCannotLeaveTheFolderOrBreakOnWindows)
{
    EXPECT_EQ(safeFileName(QStringLiteral("../../etc/x")), QStringLiteral("_._etc_x"));
    EXPECT_EQ(safeFileName(QStringLiteral("a/b:c*"), QStringLiteral(".pdf")), QStringLiteral("a_b_c_.pdf"));
    EXPECT_EQ(safeFileName(QStringLiteral("..")), QStringLiteral("unnamed"));
    EXPECT_EQ(safeFileName(QStringLiteral(" . ")), QStringLiteral("unnamed"));
    EXPECT_EQ(safeFileName(QStringLiteral(".hidden")), QStringLiteral("hidden"));
    EXPECT_EQ(safeFileName(QStringLiteral("a\\b\nc\td\x01")), QStringLiteral("a_b_c_d_"));
    EXPECT_EQ(safeFileName(QStringLiteral("CON")), QStringLiteral("CON_"));
    EXPECT_EQ(safeFileName(QStringLiteral("nul"), QStringLiteral(".pdf")), QStringLiteral("nul_.pdf"));
    EXPECT_EQ(safeFileName(QStringLiteral("com1.txt")), QStringLiteral("com1_.txt"));
    EXPECT_EQ(safeFileName(QStringLiteral("Console")), QStringLiteral("Console"));
    EXPECT_EQ(safeFileName(QStringLiteral("Nørreparken Øst")), QStringLiteral("Nørreparken Øst"));
    // A right-to-left override cannot disguise the extension.
    EXPECT_EQ(safeFileName(QStringLiteral("report\u202Efdp.exe")), QStringLiteral("report_fdp.exe"));
    // At most 120 bytes of UTF-8 with the suffix, never half a character.
    const QString longName = safeFileName(QString(200, QChar(0x00F8)), QStringLiteral(".pdf"));
    EXPECT_LE(longName.toUtf8().size(), 120);
    EXPECT_TRUE(longName.endsWith(QLatin1String(".pdf")));
    EXPECT_EQ(QString::fromUtf8(longName.toUtf8()), longName);
    for (const QString &name : {safeFileName(QStringLiteral("../../etc/x")), safeFileName(QStringLiteral("a/b:c*"))}) {
        EXPECT_FALSE(name.contains(QLatin1Char('/')));
        EXPECT_FALSE(name.contains(QLatin1String("..")));
    }
}
