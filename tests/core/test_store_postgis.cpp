// What is particular to the PostGIS backend: its locations (URI, PG: conninfo, service names) and
// the masking of passwords, the guard that CI never skips PostGIS silently, creating in a database
// that is not empty, row numbers given by the caller, and two connections that supersede one row.
// The interface itself is tested for every backend in test_store_backends.cpp.

#include "edit/tagging.h"
#include "pg_test_database.h"
#include "store/postgis/pg_connection.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace engdrift;

namespace {

const DepartmentKey kDept{12, 5};
const QDate k2019(2019, 1, 1);
const QDate k2022(2022, 5, 1);
const QString kPassword = QStringLiteral("s3cret-Pw9");

Geometry square(double x, double y, double size)
{
    return Geometry::rectangle(QRectF(x, y, size, size)).toMultiPolygon();
}

/// `location` with user:password in its URI (or password= in its conninfo).
QString withPassword(const QString &location)
{
    if (location.startsWith(QLatin1String("PG:")))
        return location + QStringLiteral(" password=") + kPassword;
    QUrl url(location);
    url.setPassword(kPassword);
    return url.toString();
}

class PostgisStore : public test::PostgisTest
{
protected:
    std::unique_ptr<ProjectStore> createWithArea()
    {
        auto created = createStore(m_database.location(), Crs::defaultProjectCrs(), Catalogue::builtIn());
        EXPECT_TRUE(created.ok()) << created.errorMessage().toStdString() << " " << created.errorDetail().toStdString();
        if (!created.ok())
            return nullptr;
        auto store = std::move(created).value();
        auto tx = store->begin();
        EXPECT_TRUE(tx.ok());
        EXPECT_TRUE(store->saveOrganisation({12, QStringLiteral("Boligselskabet Øst")}).ok());
        EXPECT_TRUE(store->saveDepartment({kDept, QStringLiteral("Nørreparken"), {}, 10, {}}).ok());
        AreaVersion a;
        a.department = kDept;
        a.careType = QStringLiteral("brugsplaene");
        a.validFrom = k2019;
        EXPECT_TRUE(store->areaLayer().insert(a, square(699000, 6171000, 30)).ok());
        EXPECT_TRUE(tx->commit().ok());
        return store;
    }
};

} // namespace

TEST(PostgisRequired, TheRequiredTestServerAnswersAndHasPostgis)
{
    // CI runs with ENGDRIFT_REQUIRE_PG=1 (scripts/run-tests): then the PostGIS tests must run, on a
    // server that answers and can give each test a database with PostGIS.
    if (!test::pgRequired())
        GTEST_SKIP() << "ENGDRIFT_REQUIRE_PG is not 1";
    ASSERT_FALSE(test::pgTestServer().isEmpty()) << "ENGDRIFT_REQUIRE_PG=1 but ENGDRIFT_TEST_PG is not set";
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT 1")), QStringLiteral("1"));
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'")),
              QStringLiteral("1"));
}

TEST(PgLocation, ReadsUrisConninfoAndServiceNamesAndNeverShowsThePassword)
{
    EXPECT_TRUE(PgLocation::isDatabaseLocation(QStringLiteral("postgresql://h/db")));
    EXPECT_TRUE(PgLocation::isDatabaseLocation(QStringLiteral("postgres://h/db")));
    EXPECT_TRUE(PgLocation::isDatabaseLocation(QStringLiteral("PG:dbname=x")));
    EXPECT_FALSE(PgLocation::isDatabaseLocation(QStringLiteral("/tmp/p.engdrift.gpkg")));

    auto uri = PgLocation::parse(QStringLiteral("postgresql://anna:%1@db.example.dk:5433/parker").arg(kPassword));
    ASSERT_TRUE(uri.ok()) << uri.errorMessage().toStdString();
    EXPECT_EQ(uri->display, QStringLiteral("postgresql://anna@db.example.dk:5433/parker"));
    EXPECT_EQ(uri->password, kPassword);
    EXPECT_TRUE(uri->conninfo.contains(kPassword)) << "libpq is given the password";

    auto query = PgLocation::parse(QStringLiteral("postgres://anna@db.example.dk/parker?password=%1&sslmode=require").arg(kPassword));
    ASSERT_TRUE(query.ok());
    EXPECT_FALSE(query->display.contains(kPassword)) << query->display.toStdString();
    EXPECT_TRUE(query->display.contains(QStringLiteral("sslmode=require")));

    auto gdal = PgLocation::parse(QStringLiteral("PG:dbname=parker host=db.example.dk port=5433 user=anna password=%1").arg(kPassword));
    ASSERT_TRUE(gdal.ok());
    EXPECT_FALSE(gdal->display.contains(kPassword));
    EXPECT_TRUE(gdal->display.startsWith(QStringLiteral("PG:")));
    EXPECT_TRUE(gdal->display.contains(QStringLiteral("dbname=parker")));
    EXPECT_TRUE(gdal->display.contains(QStringLiteral("host=db.example.dk")));
    EXPECT_EQ(gdal->conninfo, QStringLiteral("dbname=parker host=db.example.dk port=5433 user=anna password=%1").arg(kPassword));

    auto quoted = PgLocation::parse(QStringLiteral("PG:dbname='park og eng' password='a b'"));
    ASSERT_TRUE(quoted.ok());
    EXPECT_EQ(quoted->display, QStringLiteral("PG:dbname='park og eng'"));
    EXPECT_EQ(quoted->password, QStringLiteral("a b"));

    auto service = PgLocation::parse(QStringLiteral("PG:service=engdrift"));
    ASSERT_TRUE(service.ok());
    EXPECT_EQ(service->display, QStringLiteral("PG:service=engdrift"));
    auto serviceUri = PgLocation::parse(QStringLiteral("postgresql:///?service=engdrift"));
    ASSERT_TRUE(serviceUri.ok());
    EXPECT_TRUE(serviceUri->display.contains(QStringLiteral("service=engdrift")));

    const QString masked = gdal->masked(QStringLiteral("failed for %1 and %2").arg(kPassword, QString::fromUtf8(QUrl::toPercentEncoding(kPassword))));
    EXPECT_FALSE(masked.contains(kPassword));

    auto bad = PgLocation::parse(QStringLiteral("PG:dbname=x password=%1 nonsense").arg(kPassword));
    ASSERT_FALSE(bad.ok());
    EXPECT_FALSE(bad.errorMessage().contains(kPassword));
    EXPECT_FALSE(bad.errorDetail().contains(kPassword));
}

TEST(PgLocation, AFailedConnectionNamesTheDatabaseWithoutItsPassword)
{
    // Nothing listens on port 1.
    const QString location = QStringLiteral("postgresql://anna:%1@127.0.0.1:1/parker?connect_timeout=2").arg(kPassword);
    auto opened = openStore(location, OpenMode::ReadOnly);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.errorMessage().contains(QStringLiteral("postgresql://anna@127.0.0.1:1/parker"))) << opened.errorMessage().toStdString();
    EXPECT_FALSE(opened.errorMessage().contains(kPassword));
    EXPECT_FALSE(opened.errorDetail().contains(kPassword));
    auto gdal = createStore(QStringLiteral("PG:host=127.0.0.1 port=1 dbname=parker password=%1 connect_timeout=2").arg(kPassword),
                            Crs::defaultProjectCrs(), Catalogue::builtIn());
    ASSERT_FALSE(gdal.ok());
    EXPECT_FALSE(gdal.errorMessage().contains(kPassword));
    EXPECT_FALSE(gdal.errorDetail().contains(kPassword));
}

TEST_F(PostgisStore, APasswordInTheLocationIsNeverShownNorStored)
{
    // The test server trusts its users: a password given is accepted and ignored.
    const QString location = withPassword(m_database.location());
    auto created = createStore(location, Crs::defaultProjectCrs(), Catalogue::builtIn());
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    EXPECT_FALSE((*created)->path().contains(kPassword)) << (*created)->path().toStdString();
    EXPECT_FALSE((*created)->path().isEmpty());
    {
        auto tx = (*created)->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE((*created)->saveOrganisation({12, QStringLiteral("x")}).ok());
        auto orphan = (*created)->saveDepartment({{99, 1}, QStringLiteral("x"), {}, 0, {}});
        ASSERT_FALSE(orphan.ok());
        EXPECT_FALSE(orphan.errorMessage().contains(kPassword));
        ASSERT_TRUE(tx->commit().ok());
    }
    const QString stored = test::pgQuery(QStringLiteral("SELECT string_agg(key || '=' || coalesce(value, ''), ' ') FROM meta"), m_database.name());
    EXPECT_FALSE(stored.startsWith(QLatin1String("ERROR"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(kPassword));
    // A failing statement's error carries the location, masked.
    auto again = createStore(location, Crs::defaultProjectCrs(), Catalogue::builtIn());
    ASSERT_FALSE(again.ok());
    EXPECT_FALSE(again.errorMessage().contains(kPassword));
    EXPECT_FALSE(again.errorDetail().contains(kPassword));
}

TEST_F(PostgisStore, OpensThroughAConninfoAndAServiceName)
{
    ASSERT_TRUE(createWithArea());
    auto byConninfo = openStore(m_database.conninfoLocation(), OpenMode::ReadOnly);
    ASSERT_TRUE(byConninfo.ok()) << byConninfo.errorMessage().toStdString() << " " << m_database.conninfoLocation().toStdString();
    EXPECT_EQ((*byConninfo)->areas(AreaQuery{})->size(), 1);

    // A pg_service.conf of our own (libpq reads PGSERVICEFILE).
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("pg_service.conf")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QString section = QStringLiteral("[engdrift_test]\n");
    for (const QString &pair : m_database.conninfoLocation().mid(3).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        section += pair + QLatin1Char('\n');
    file.write(section.toUtf8());
    file.close();
    const QByteArray previous = qgetenv("PGSERVICEFILE");
    qputenv("PGSERVICEFILE", file.fileName().toUtf8());
    auto byService = openStore(QStringLiteral("PG:service=engdrift_test"), OpenMode::ReadOnly);
    auto byServiceUri = openStore(QStringLiteral("postgresql:///?service=engdrift_test"), OpenMode::ReadOnly);
    if (previous.isNull())
        qunsetenv("PGSERVICEFILE");
    else
        qputenv("PGSERVICEFILE", previous);
    ASSERT_TRUE(byService.ok()) << byService.errorMessage().toStdString() << " " << byService.errorDetail().toStdString();
    EXPECT_EQ((*byService)->path(), QStringLiteral("PG:service=engdrift_test"));
    EXPECT_EQ((*byService)->areas(AreaQuery{})->size(), 1);
    ASSERT_TRUE(byServiceUri.ok()) << byServiceUri.errorMessage().toStdString();
    EXPECT_EQ((*byServiceUri)->areas(AreaQuery{})->size(), 1);
}

TEST_F(PostgisStore, CreateRefusesADatabaseWithAProjectAndOpenChecksTheSchema)
{
    auto empty = openStore(m_database.location(), OpenMode::ReadOnly);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.errorMessage().contains(QStringLiteral("no Engdrift project"))) << empty.errorMessage().toStdString();
    ASSERT_TRUE(createWithArea());
    auto twice = createStore(m_database.location(), Crs::defaultProjectCrs(), Catalogue::builtIn());
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.errorMessage().contains(QStringLiteral("already"))) << twice.errorMessage().toStdString();
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) FROM areas"), m_database.name()), QStringLiteral("1")) << "nothing replaced";
    // The geometry columns are typed with the project's SRID and have GiST indexes.
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT Find_SRID('public', 'areas', 'geom')"), m_database.name()), QStringLiteral("25832"));
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%USING gist (geom)%'"), m_database.name()),
              QStringLiteral("4"));

    const QString newer = QString::number(ProjectStore::schemaVersion() + 1);
    ASSERT_EQ(test::pgQuery(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(newer), m_database.name()), QString());
    auto refused = openStore(m_database.location(), OpenMode::ReadWrite);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("newer"))) << refused.errorMessage().toStdString();
    // Version 4 never existed in a database: it cannot be upgraded there.
    ASSERT_EQ(test::pgQuery(QStringLiteral("UPDATE meta SET value = '4' WHERE key = 'schema_version'"), m_database.name()), QString());
    auto old = openStore(m_database.location(), OpenMode::ReadWrite);
    ASSERT_FALSE(old.ok());
    EXPECT_TRUE(old.errorMessage().contains(QStringLiteral("cannot upgrade"))) << old.errorMessage().toStdString();
}

TEST_F(PostgisStore, ARowNumberGivenIsKeptAndTheSequenceMovesPastIt)
{
    auto store = createWithArea();
    ASSERT_TRUE(store);
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    AreaVersion given;
    given.department = kDept;
    given.careType = QStringLiteral("eng");
    given.validFrom = k2022;
    given.fid = 100; // a copied row keeps its number (TemporalLayer::insertCopy)
    given.areaId = 100;
    given.areaM2 = 25;
    const Geometry shape = square(0, 0, 5);
    ASSERT_TRUE(store->areaLayer().insertCopy(given, shape.toWkb(), shape.envelope()).ok());
    auto stored = store->areaLayer().version(100);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->areaId, 100);
    AreaVersion fresh = given;
    fresh.fid = 0;
    fresh.areaId = 0;
    ASSERT_TRUE(store->areaLayer().insert(fresh, square(10, 0, 5)).ok());
    EXPECT_GT(fresh.fid, 100) << "a new row after a given number in the same transaction";
    ASSERT_TRUE(tx->commit().ok());
    auto again = store->begin();
    ASSERT_TRUE(again.ok());
    AreaVersion later = fresh;
    later.fid = 0;
    later.areaId = 0;
    ASSERT_TRUE(store->areaLayer().insert(later, square(20, 0, 5)).ok());
    EXPECT_GT(later.fid, fresh.fid);
    AreaVersion taken = given; // fid 100 is taken: refused
    taken.areaId = 101;
    auto refused = store->areaLayer().insertCopy(taken, shape.toWkb(), shape.envelope());
    EXPECT_FALSE(refused.ok());
}

TEST_F(PostgisStore, TheSecondOfTwoConnectionsSupersedingOneRowGetsAConflictAndWritesNothing)
{
    auto first = createWithArea();
    ASSERT_TRUE(first);
    auto opened = openStore(m_database.location(), OpenMode::ReadWrite);
    ASSERT_TRUE(opened.ok());
    auto &second = *opened;
    // Both read the same open version.
    const AreaVersion readByFirst = first->areas(AreaQuery{})->first();
    const AreaVersion readBySecond = second->areas(AreaQuery{})->first();
    ASSERT_EQ(readByFirst.fid, readBySecond.fid);
    {
        auto tx = first->begin();
        ASSERT_TRUE(tx.ok());
        std::vector<AreaLayer::Successor> next;
        AreaVersion meadow = readByFirst;
        meadow.careType = QStringLiteral("eng");
        next.push_back({meadow, square(699000, 6171000, 30)});
        ASSERT_TRUE(first->areaLayer().supersede(readByFirst.fid, k2022, next, readByFirst.validTo).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    const QString rowsBefore = test::pgQuery(QStringLiteral("SELECT count(*) || ':' || string_agg(coalesce(valid_to::text, '-'), ',' ORDER BY fid) FROM areas"),
                                             m_database.name());
    auto tx = second->begin();
    ASSERT_TRUE(tx.ok());
    std::vector<AreaLayer::Successor> next;
    AreaVersion flowers = readBySecond;
    flowers.careType = QStringLiteral("blomstereng");
    next.push_back({flowers, square(699000, 6171000, 30)});
    auto superseded = second->areaLayer().supersede(readBySecond.fid, k2022, next, readBySecond.validTo);
    ASSERT_FALSE(superseded.ok());
    EXPECT_EQ(superseded.error().kind, ErrorKind::Conflict);
    tx->rollback();
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) || ':' || string_agg(coalesce(valid_to::text, '-'), ',' ORDER BY fid) FROM areas"),
                            m_database.name()),
              rowsBefore);
    EXPECT_EQ(rowsBefore, QStringLiteral("2:2022-05-01,-"));
}

TEST_F(PostgisStore, AReaderIsNotBlockedByAWriter)
{
    auto store = createWithArea();
    ASSERT_TRUE(store);
    auto reader = openStore(m_database.location(), OpenMode::ReadOnly);
    ASSERT_TRUE(reader.ok());
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    AreaVersion a;
    a.department = kDept;
    a.careType = QStringLiteral("eng");
    a.validFrom = k2022;
    ASSERT_TRUE(store->areaLayer().insert(a, square(0, 0, 5)).ok());
    auto seen = (*reader)->areas(AreaQuery{});
    ASSERT_TRUE(seen.ok());
    EXPECT_EQ(seen->size(), 1) << "the uncommitted row is not seen";
    EXPECT_FALSE((*reader)->begin().ok()) << "read-only";
    ASSERT_TRUE(tx->commit().ok());
    EXPECT_EQ((*reader)->areas(AreaQuery{})->size(), 2);
}

// --- bulk inserts: rows go through COPY

namespace {

/// A new current area of the department (its fid and id given by the store).
AreaVersion newArea()
{
    AreaVersion a;
    a.department = kDept;
    a.careType = QStringLiteral("eng");
    a.validFrom = k2022;
    return a;
}

/// Every field of a version as text, to compare two versions at once.
QString fieldsOf(const AreaVersion &v)
{
    QStringList lineage;
    for (qint64 id : v.lineage)
        lineage << QString::number(id);
    return QStringList{QString::number(v.fid), QString::number(v.areaId), v.validFrom.toString(Qt::ISODate),
                       v.validTo.toString(Qt::ISODate), v.department.toString(), QString::number(static_cast<int>(v.status)),
                       QString::number(v.proposalId.value_or(-1)), v.careType, lineage.join(QLatin1Char(',')), v.note,
                       QString::number(v.areaM2, 'g', 17), v.source, v.sourceFid, v.changedBy, v.changedAt.toString(Qt::ISODate),
                       v.closedBy, v.closedAt.toString(Qt::ISODate), QString::number(v.importId.value_or(-1))}
        .join(QStringLiteral(" | "));
}

/// A version with every field set, text holding what COPY must escape.
AreaVersion fullVersion(qint64 fid, const QString &note)
{
    AreaVersion v;
    v.fid = fid;
    v.areaId = fid + 1000;
    v.validFrom = k2019;
    v.validTo = k2022;
    v.department = kDept;
    v.careType = QStringLiteral("eng");
    v.status = AreaStatus::Current;
    v.lineage = {7, 8};
    v.note = note;
    v.areaM2 = 123.25;
    v.source = QStringLiteral("kilde\\fil.shp");
    v.sourceFid = QStringLiteral("\\N");
    v.changedBy = QStringLiteral("Søren\tÅ");
    v.changedAt = QDateTime::fromString(QStringLiteral("2023-04-05T06:07:08Z"), Qt::ISODate);
    v.closedBy = QStringLiteral("bo\\driften \"B\"");
    v.closedAt = QDateTime::fromString(QStringLiteral("2024-01-02T03:04:05Z"), Qt::ISODate);
    v.importId = std::nullopt;
    return v;
}

} // namespace

TEST_F(PostgisStore, ABulkCopyKeepsEveryFieldGeometryAndAwkwardTextAndReadsInsideSeeTheRows)
{
    auto created = createStore(m_database.location(), Crs::defaultProjectCrs(), Catalogue::builtIn());
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    auto store = std::move(created).value();
    const QStringList notes{QStringLiteral("tab\there"), QStringLiteral("two\nlines\r\nand CR"), QStringLiteral("back\\slash \\N \\."),
                            QStringLiteral("\\N"), QStringLiteral("Æblehaven — øst ✓"), QString()};
    // A polygon is written as a multipolygon of one part, as ST_Multi does with an INSERT.
    const Geometry polygon = Geometry::rectangle(QRectF(699000, 6171000, 40, 20));
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, QStringLiteral("Øst")}).ok());
        ASSERT_TRUE(store->saveDepartment({kDept, QStringLiteral("Nørreparken"), {}, 10, {}}).ok());
        ASSERT_TRUE(store->beginBulkInsert().ok());
        for (int i = 0; i < notes.size(); ++i) {
            const QByteArray wkb = i == 0 ? polygon.toWkb() : square(699000 + 50 * i, 6171000, 30).toWkb();
            const QRectF bounds = i == 0 ? polygon.envelope() : square(699000 + 50 * i, 6171000, 30).envelope();
            auto ok = store->areaLayer().insertCopy(fullVersion(i + 1, notes[i]), wkb, bounds);
            ASSERT_TRUE(ok.ok()) << ok.errorMessage().toStdString() << " " << ok.errorDetail().toStdString();
        }
        // A read inside the bulk insert sees the rows written before it.
        auto seen = store->areaLayer().version(3);
        ASSERT_TRUE(seen.ok()) << seen.errorMessage().toStdString() << " " << seen.errorDetail().toStdString();
        ASSERT_TRUE(seen->has_value());
        EXPECT_EQ((*seen)->note, notes[2]);
        AreaQuery all;
        all.status.reset();
        auto rows = store->areas(all);
        ASSERT_TRUE(rows.ok());
        EXPECT_EQ(rows->size(), notes.size());
        ASSERT_TRUE(store->endBulkInsert().ok());
        auto committed = tx->commit();
        ASSERT_TRUE(committed.ok()) << committed.errorMessage().toStdString() << " " << committed.errorDetail().toStdString();
    }
    auto reopened = openStore(m_database.location(), OpenMode::ReadOnly);
    ASSERT_TRUE(reopened.ok());
    for (int i = 0; i < notes.size(); ++i) {
        auto read = (*reopened)->areaLayer().version(i + 1);
        ASSERT_TRUE(read.ok() && read->has_value()) << i;
        EXPECT_EQ(fieldsOf(**read), fieldsOf(fullVersion(i + 1, notes[i]))) << i;
        auto geometry = (*reopened)->areaGeometry(i + 1);
        ASSERT_TRUE(geometry.ok());
        const QByteArray expectedWkb = i == 0 ? polygon.toMultiPolygon().toWkb() : square(699000 + 50 * i, 6171000, 30).toWkb();
        EXPECT_EQ(geometry->toWkb(), expectedWkb) << i;
    }
    // The indexes dropped for the copy into the empty table are back, and the table has statistics.
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'areas'"), m_database.name()),
              QStringLiteral("7"));
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE relname = 'areas'"), m_database.name()),
              QString::number(notes.size()));
}

TEST_F(PostgisStore, ABulkImportGivesEveryNewRowItsOwnFidAndGrowsTheDepartmentsExtent)
{
    auto store = createWithArea();
    ASSERT_TRUE(store);
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(store->beginBulkInsert().ok());
    QSet<qint64> fids;
    constexpr int kRows = 5000; // more than one block of fids
    for (int i = 0; i < kRows; ++i) {
        AreaVersion a = newArea();
        if (i == 100) { // a row with its number amid new ones: the new ones come after it
            AreaVersion given = a;
            given.fid = 90000;
            given.areaId = 90000;
            const Geometry shape = square(0, 0, 5);
            ASSERT_TRUE(store->areaLayer().insertCopy(given, shape.toWkb(), shape.envelope()).ok());
            fids.insert(given.fid);
        }
        ASSERT_TRUE(store->areaLayer().insert(a, square(700000 + i, 6172000, 10)).ok());
        ASSERT_GT(a.fid, 0);
        if (i > 100) {
            EXPECT_GT(a.fid, 90000);
        }
        fids.insert(a.fid);
    }
    EXPECT_EQ(fids.size(), kRows + 1) << "every fid is set and unique";
    auto committed = tx->commit();
    ASSERT_TRUE(committed.ok()) << committed.errorMessage().toStdString() << " " << committed.errorDetail().toStdString();
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(DISTINCT fid) FROM areas"), m_database.name()), QString::number(kRows + 2));
    auto dept = store->department(kDept);
    ASSERT_TRUE(dept.ok() && dept->has_value());
    EXPECT_TRUE((*dept)->extent.contains(QRectF(0, 0, 5, 5)));
    EXPECT_TRUE((*dept)->extent.contains(QRectF(700000 + kRows - 1, 6172000, 10, 10)));
    // The table was not empty: its indexes were kept.
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'areas'"), m_database.name()),
              QStringLiteral("7"));
    // After the commit, new rows outside a bulk insert come after those.
    auto again = store->begin();
    ASSERT_TRUE(again.ok());
    AreaVersion later = newArea();
    ASSERT_TRUE(store->areaLayer().insert(later, square(1, 1, 5)).ok());
    EXPECT_FALSE(fids.contains(later.fid));
    ASSERT_TRUE(again->commit().ok());
}

TEST_F(PostgisStore, AFailingRowInABulkCopyGivesAClearErrorAndLeavesTheProjectAsItWas)
{
    createWithArea();
    const QString location = withPassword(m_database.location());
    auto opened = openStore(location, OpenMode::ReadWrite);
    ASSERT_TRUE(opened.ok());
    auto &store = **opened;
    const QString before = test::pgQuery(QStringLiteral("SELECT count(*) || ' ' || max(fid) FROM areas"), m_database.name());
    Result<void> failed;
    {
        auto tx = store.begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store.beginBulkInsert().ok());
        const Geometry shape = square(0, 0, 5);
        for (qint64 fid : {50, 51, 1, 52}) { // fid 1 is taken
            AreaVersion v = fullVersion(fid, QStringLiteral("x"));
            if (auto ok = store.areaLayer().insertCopy(v, shape.toWkb(), shape.envelope()); !ok.ok()) {
                failed = ok;
                break;
            }
        }
        if (failed.ok())
            failed = store.endBulkInsert();
        if (failed.ok())
            failed = tx->commit();
    }
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.errorMessage().contains(QLatin1String("areas"))) << failed.errorMessage().toStdString();
    EXPECT_TRUE(failed.errorMessage().contains(QLatin1String("the row with fid 1 was refused")))
        << failed.errorMessage().toStdString();
    EXPECT_TRUE(failed.errorMessage().contains(store.path())) << failed.errorMessage().toStdString();
    EXPECT_FALSE(failed.errorMessage().contains(kPassword));
    EXPECT_FALSE(failed.errorDetail().contains(kPassword));
    EXPECT_TRUE(failed.errorDetail().contains(QLatin1String("fid"))) << failed.errorDetail().toStdString();
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) || ' ' || max(fid) FROM areas"), m_database.name()), before);
    // The store is usable again.
    auto tx = store.begin();
    ASSERT_TRUE(tx.ok());
    AreaVersion a = newArea();
    ASSERT_TRUE(store.areaLayer().insert(a, square(5, 5, 5)).ok());
    ASSERT_TRUE(tx->commit().ok());
}

TEST_F(PostgisStore, ARowRefusedDeepInABulkCopyIsNamedByItsFid)
{
    auto store = createWithArea();
    ASSERT_TRUE(store);
    // Rows enough for several chunks of the COPY (the refused one is sent long after the first
    // ones); the row at index 4000 repeats the fid of the row at index 50, so only a right count
    // of the COPY's lines names it.
    const QString note(300, QLatin1Char('n'));
    const Geometry shape = square(0, 0, 5);
    Result<void> failed;
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->beginBulkInsert().ok());
        for (qint64 i = 0; i < 5000 && failed.ok(); ++i) {
            AreaVersion v = fullVersion(i == 4000 ? 150 : 100 + i, note);
            failed = store->areaLayer().insertCopy(v, shape.toWkb(), shape.envelope());
        }
        if (failed.ok())
            failed = store->endBulkInsert();
    }
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.errorMessage().contains(QLatin1String("the row with fid 150 was refused")))
        << failed.errorMessage().toStdString();
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) FROM areas"), m_database.name()), QStringLiteral("1"));
}
