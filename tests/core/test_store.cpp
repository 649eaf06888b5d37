// What is particular to the GeoPackage store: a plain GeoPackage with R-tree indexes, schema
// versions, damaged files, the bulk R-tree load. The store interface's own tests run for every
// backend in test_store_backends.cpp.

#include "store/project_store.h"
#include "test_support.h"

#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace engdrift;

namespace {

void sqlOnFile(const QString &path, const char *sql)
{
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    ASSERT_TRUE(ds);
    OGRLayer *result = ds->ExecuteSQL(sql, nullptr, nullptr);
    if (result)
        ds->ReleaseResultSet(result);
}

qint64 sqlCount(const QString &path, const char *sql)
{
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        return -1;
    OGRLayer *result = ds->ExecuteSQL(sql, nullptr, nullptr);
    if (!result)
        return -1;
    std::unique_ptr<OGRFeature> f(result->GetNextFeature());
    const qint64 n = f ? f->GetFieldAsInteger64(0) : -1;
    ds->ReleaseResultSet(result);
    return n;
}

Geometry square(double x, double y, double size)
{
    return Geometry::rectangle(QRectF(x, y, size, size)).toMultiPolygon();
}

/// A project with organisation 12, department 005 and two areas.
QString sampleProject(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    auto store = test::newProject(path);
    EXPECT_TRUE(store);
    auto tx = store->begin();
    EXPECT_TRUE(tx.ok());
    EXPECT_TRUE(store->saveOrganisation({12, QStringLiteral("Boligselskabet Øst")}).ok());
    EXPECT_TRUE(store->saveDepartment({{12, 5}, QStringLiteral("Nørreparken"), QStringLiteral("Parkvej 1"), 120, {}}).ok());
    AreaVersion a;
    a.department = {12, 5};
    a.careType = QStringLiteral("brugsplaene");
    a.validFrom = QDate(2019, 1, 1);
    EXPECT_TRUE(store->areaLayer().insert(a, square(699000, 6171000, 30)).ok());
    AreaVersion b = a;
    b.areaId = 0;
    b.careType = QStringLiteral("eng");
    EXPECT_TRUE(store->areaLayer().insert(b, square(699030, 6171000, 20)).ok());
    EXPECT_TRUE(tx->commit().ok());
    return path;
}

} // namespace

TEST(ProjectStore, IsAPlainGeoPackageWithSpatialIndexes)
{
    QTemporaryDir dir;
    const QString path = sampleProject(dir);
    EXPECT_EQ(sqlCount(path, "SELECT COUNT(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' AND "
                             "table_name IN ('areas', 'departments')"),
              2);
    EXPECT_EQ(sqlCount(path, "SELECT COUNT(*) FROM rtree_areas_geom"), 2);
    EXPECT_EQ(sqlCount(path, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'areas'"), 25832);
    EXPECT_EQ(sqlCount(path, "SELECT COUNT(*) FROM care_types"), Catalogue::builtIn().careTypes().size());
}

TEST(ProjectStore, RefusesToOverwriteAndGeographicCrs)
{
    QTemporaryDir dir;
    const QString path = sampleProject(dir);
    auto again = createStore(path, Crs::defaultProjectCrs(), Catalogue::builtIn());
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.errorMessage().contains(path));
    auto wgs = Crs::fromUserInput(QStringLiteral("EPSG:4326"));
    auto geographic = createStore(dir.filePath(QStringLiteral("g.gpkg")), *wgs, Catalogue::builtIn());
    ASSERT_FALSE(geographic.ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("g.gpkg"))));
}

TEST(ProjectStore, RolledBackTransactionLeavesTheProjectAsItWas)
{
    QTemporaryDir dir;
    const QString path = sampleProject(dir);
    const QString before = test::snapshot(path);
    {
        auto store = openStore(path, OpenMode::ReadWrite);
        ASSERT_TRUE(store.ok());
        auto tx = (*store)->begin();
        ASSERT_TRUE(tx.ok());
        AreaVersion a;
        a.department = {12, 5};
        a.careType = QStringLiteral("busket");
        a.validFrom = QDate(2020, 1, 1);
        ASSERT_TRUE((*store)->areaLayer().insert(a, square(0, 0, 5)).ok());
        ASSERT_TRUE((*store)->saveDepartment({{12, 7}, QStringLiteral("Ny"), {}, 3, {}}).ok());
        // no commit: the transaction is destroyed and rolls back
    }
    EXPECT_EQ(test::snapshot(path), before);
}

TEST(ProjectStore, RefusesANewerSchemaWithAClearMessage)
{
    QTemporaryDir dir;
    const QString path = sampleProject(dir);
    sqlOnFile(path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    const QString before = test::snapshot(path);
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        auto store = openStore(path, mode);
        ASSERT_FALSE(store.ok());
        EXPECT_TRUE(store.errorMessage().contains(QStringLiteral("newer Engdrift"))) << store.errorMessage().toStdString();
        EXPECT_TRUE(store.errorMessage().contains(QStringLiteral("99")));
        EXPECT_TRUE(store.errorMessage().contains(path));
    }
    EXPECT_EQ(test::snapshot(path), before);
}

TEST(ProjectStore, RefusesFilesThatAreNotProjects)
{
    QTemporaryDir dir;
    // A GeoPackage, but not an Engdrift project.
    const QString plain = dir.filePath(QStringLiteral("plain.gpkg"));
    ASSERT_EQ(test::writeVectorFile(plain, QStringLiteral("GPKG"), 25832,
                                    {{QStringLiteral("POLYGON((0 0,1 0,1 1,0 0))"), {}}}),
              QString());
    auto notProject = openStore(plain, OpenMode::ReadOnly);
    ASSERT_FALSE(notProject.ok());
    EXPECT_TRUE(notProject.errorMessage().contains(QStringLiteral("not an Engdrift project")))
        << notProject.errorMessage().toStdString();

    const QString text = dir.filePath(QStringLiteral("text.gpkg"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database\n");
    f.close();
    auto notGpkg = openStore(text, OpenMode::ReadOnly);
    ASSERT_FALSE(notGpkg.ok());
    EXPECT_TRUE(notGpkg.errorMessage().contains(text));

    auto missing = openStore(dir.filePath(QStringLiteral("none.gpkg")), OpenMode::ReadOnly);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("does not exist")));
}

TEST(ProjectStore, RefusesATruncatedProject)
{
    QTemporaryDir dir;
    const QString path = sampleProject(dir);
    QFile f(path);
    const qint64 size = f.size();
    ASSERT_GT(size, 4096);
    ASSERT_TRUE(f.resize(size / 3));
    auto store = openStore(path, OpenMode::ReadWrite);
    if (store.ok()) {
        // SQLite may open a truncated file; then reading must fail cleanly.
        auto areas = (*store)->areas(AreaQuery{});
        auto summary = (*store)->summary(QDate(2026, 1, 1));
        EXPECT_FALSE(areas.ok() && summary.ok());
        const QString message = areas.ok() ? summary.errorMessage() : areas.errorMessage();
        EXPECT_TRUE(message.contains(path)) << message.toStdString();
    } else {
        EXPECT_TRUE(store.errorMessage().contains(path)) << store.errorMessage().toStdString();
    }
}

namespace {

QString sqliteText(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return QStringLiteral("<cannot open>");
    sqlite3_stmt *stmt = nullptr;
    QString text = QStringLiteral("<no row>");
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    else
        text = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return text;
}

/// Inserts n small squares on a grid in one bulk transaction; commits when asked.
void bulkInsert(ProjectStore &store, int n, bool commit)
{
    auto tx = store.begin();
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(store.saveOrganisation({1, {}}).ok());
    ASSERT_TRUE(store.saveDepartment({{1, 1}, {}, {}, 0, {}}).ok());
    ASSERT_TRUE(store.beginBulkInsert().ok());
    for (int i = 0; i < n; ++i) {
        AreaVersion a;
        a.department = {1, 1};
        a.careType = QStringLiteral("brugsplaene");
        a.validFrom = QDate(2020, 1, 1);
        ASSERT_TRUE(store.areaLayer().insert(a, square(699000 + 7.0 * (i % 97), 6171000 + 5.0 * (i / 97), 3)).ok());
    }
    if (commit) {
        ASSERT_TRUE(tx->commit().ok());
    }
}

} // namespace

TEST(ProjectStore, BulkInsertBuildsAValidSpatialIndex)
{
    // 6000 entries: three levels of R-tree nodes (51 cells a node).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulk.engdrift.gpkg"));
    {
        auto store = test::newProject(path);
        ASSERT_TRUE(store);
        bulkInsert(*store, 6000, true);
        // More areas after the bulk load go through the restored trigger.
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        AreaVersion a;
        a.department = {1, 1};
        a.careType = QStringLiteral("eng");
        a.validFrom = QDate(2021, 1, 1);
        ASSERT_TRUE(store->areaLayer().insert(a, square(710000, 6180000, 10)).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    EXPECT_EQ(sqliteText(path, "SELECT rtreecheck('rtree_areas_geom')"), QStringLiteral("ok"));
    EXPECT_EQ(sqliteText(path, "SELECT COUNT(*) FROM rtree_areas_geom"), QStringLiteral("6001"));
    EXPECT_EQ(sqliteText(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'rtree_areas_geom_insert'"),
              QStringLiteral("1"));
    // The index finds what a scan finds.
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    const QRectF window(699100, 6171100, 60, 45);
    AreaQuery byIndex;
    byIndex.bounds = window;
    auto found = (*store)->areas(byIndex);
    ASSERT_TRUE(found.ok());
    int expected = 0;
    auto all = (*store)->forEachArea(AreaQuery{}, true, [&](const AreaVersion &, const Geometry *g) {
        // Boxes that touch the window count, as in the R-tree query.
        const QRectF e = g->envelope();
        expected += e.left() <= window.right() && e.right() >= window.left() && e.top() <= window.bottom() &&
                            e.bottom() >= window.top()
                        ? 1
                        : 0;
        return true;
    });
    ASSERT_TRUE(all.ok());
    EXPECT_GT(expected, 20);
    EXPECT_EQ(found->size(), expected);
    AreaQuery far;
    far.bounds = QRectF(709990, 6179990, 30, 30);
    auto farFound = (*store)->areas(far);
    ASSERT_TRUE(farFound.ok());
    ASSERT_EQ(farFound->size(), 1);
    EXPECT_EQ(farFound->first().careType, QStringLiteral("eng"));
}

TEST(ProjectStore, RolledBackBulkInsertLeavesIndexAndTriggers)
{
    QTemporaryDir dir;
    const QString path = sampleProject(dir);
    const QString before = test::snapshot(path);
    {
        auto store = openStore(path, OpenMode::ReadWrite);
        ASSERT_TRUE(store.ok());
        bulkInsert(**store, 300, false);
    }
    EXPECT_EQ(test::snapshot(path), before);
    EXPECT_EQ(sqliteText(path, "SELECT rtreecheck('rtree_areas_geom')"), QStringLiteral("ok"));
    EXPECT_EQ(sqliteText(path, "SELECT COUNT(*) FROM rtree_areas_geom"), QStringLiteral("2"));
    EXPECT_EQ(sqliteText(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'rtree_areas_geom_insert'"),
              QStringLiteral("1"));
}
