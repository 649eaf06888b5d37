// Reading a PostGIS project at national scale: queries read through a cursor a batch at a time
// (PgConnection::forEachRow), the renderer's area stream on a connection of its own gives exactly
// what the GeoPackage's stream gives for the same project, and a proposal status this program does
// not know is an error there too.

#include "pg_test_database.h"
#include "store/area_stream.h"
#include "store/postgis/pg_connection.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace engdrift;

namespace {

const DepartmentKey kDept{12, 5};

class PostgisReading : public test::PostgisTest
{
protected:
    std::unique_ptr<PgConnection> connect() const
    {
        auto location = PgLocation::parse(m_database.location());
        EXPECT_TRUE(location.ok());
        if (!location.ok())
            return nullptr;
        auto db = PgConnection::connect(*location);
        EXPECT_TRUE(db.ok()) << db.errorMessage().toStdString();
        return db.ok() ? std::move(*db) : nullptr;
    }
};

/// The same project in `store`: areas of many sizes across a grid, a version closed in 2021 and
/// its successor, and a proposal's planned version.
void fill(ProjectStore &store)
{
    auto tx = store.begin();
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(store.saveOrganisation({12, QStringLiteral("Boligselskabet Øst")}).ok());
    ASSERT_TRUE(store.saveDepartment({kDept, QStringLiteral("Nørreparken"), {}, 10, {}}).ok());
    const QStringList careTypes{QStringLiteral("brugsplaene"), QStringLiteral("eng"), QStringLiteral("busket")};
    for (int i = 0; i < 60; ++i) {
        AreaVersion a;
        a.department = kDept;
        a.careType = careTypes[i % careTypes.size()];
        a.validFrom = QDate(2019, 1, 1);
        const double size = 0.5 + (i % 7) * 4.0; // some smaller than a dot at 1 m a pixel
        const Geometry shape = Geometry::rectangle(QRectF(699000 + (i % 10) * 40, 6171000 + (i / 10) * 40, size, size));
        auto inserted = store.areaLayer().insert(a, shape.toMultiPolygon());
        ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
    }
    ASSERT_TRUE(tx->commit().ok());

    auto edit = store.begin();
    ASSERT_TRUE(edit.ok());
    VersionQuery first;
    first.ids = {1};
    auto versions = store.areaLayer().versions(first);
    ASSERT_TRUE(versions.ok() && versions->size() == 1);
    std::vector<AreaLayer::Successor> next(1);
    next[0].version = versions->first();
    next[0].version.careType = QStringLiteral("eng");
    next[0].geometry = Geometry::rectangle(QRectF(699000, 6171000, 12, 12)).toMultiPolygon();
    ASSERT_TRUE(store.areaLayer().supersede(versions->first().fid, QDate(2021, 6, 1), next, QDate()).ok());
    Proposal proposal{0, kDept, QStringLiteral("Mere eng"), QDate(2022, 1, 1), ProposalStatus::Draft, QDate(), QString()};
    ASSERT_TRUE(store.saveProposal(proposal).ok());
    AreaVersion planned;
    planned.department = kDept;
    planned.careType = QStringLiteral("eng");
    planned.validFrom = QDate(2023, 1, 1);
    planned.status = AreaStatus::Proposed;
    planned.proposalId = proposal.id;
    ASSERT_TRUE(store.areaLayer().insert(planned, Geometry::rectangle(QRectF(699100, 6171100, 20, 20)).toMultiPolygon()).ok());
    ASSERT_TRUE(edit->commit().ok());
}

using Streamed = std::tuple<qint64, QByteArray, double, double, double, double, double>;

/// What a stream gives for a query, sorted: id, care type, m² and the shape's bounding box.
std::vector<Streamed> streamed(AreaStream &stream, const AreaStreamQuery &query)
{
    std::vector<Streamed> out;
    auto read = stream.forEach(query, [&](const StreamedArea &a) {
        const Geometry g = Geometry::fromWkb(QByteArray(reinterpret_cast<const char *>(a.wkb), qsizetype(a.wkbSize))).value();
        const QRectF box = g.envelope();
        out.emplace_back(a.areaId, a.careType.toByteArray(), a.areaM2, box.left(), box.top(), box.right(), box.bottom());
        return true;
    });
    EXPECT_TRUE(read.ok()) << read.errorMessage().toStdString();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_F(PostgisReading, RowsComeInBatchesWithOtherStatementsBetweenAndAStopLeavesTheConnectionClean)
{
    auto db = connect();
    ASSERT_TRUE(db);
    qint64 sum = 0;
    int rows = 0;
    int between = 0;
    auto all = db->forEachRow(QStringLiteral("SELECT g FROM generate_series(1, 10000) g ORDER BY g"), PgParams(),
                              QStringLiteral("cannot count"),
                              [&](const PgResult &r, int row) {
                                  ++rows;
                                  EXPECT_EQ(r.int64(row, 0), rows) << "in order";
                                  sum += r.int64(row, 0);
                                  if (rows % 2500 == 0) {
                                      auto other = db->exec(QStringLiteral("SELECT 41 + 1"), QStringLiteral("cannot add"));
                                      EXPECT_TRUE(other.ok());
                                      if (other.ok())
                                          between += other->int32(0, 0);
                                  }
                                  return true;
                              },
                              1000);
    ASSERT_TRUE(all.ok()) << all.errorMessage().toStdString();
    EXPECT_EQ(rows, 10000);
    EXPECT_EQ(sum, 10000LL * 10001 / 2);
    EXPECT_EQ(between, 4 * 42);

    int seen = 0;
    auto stopped = db->forEachRow(QStringLiteral("SELECT g FROM generate_series(1, 10000) g"), PgParams(),
                                  QStringLiteral("cannot count"), [&](const PgResult &, int) { return ++seen < 1500; }, 1000);
    ASSERT_TRUE(stopped.ok());
    EXPECT_EQ(seen, 1500);
    // No transaction or cursor is left behind: a new transaction begins cleanly and sees no cursor.
    auto cursors = db->exec(QStringLiteral("SELECT count(*) FROM pg_cursors WHERE name LIKE 'engdrift%'"), QStringLiteral("cannot list cursors"));
    ASSERT_TRUE(cursors.ok());
    EXPECT_EQ(cursors->int64(0, 0), 0);
    EXPECT_TRUE(db->run(QStringLiteral("BEGIN"), QStringLiteral("cannot begin")).ok());
    EXPECT_TRUE(db->run(QStringLiteral("COMMIT"), QStringLiteral("cannot commit")).ok());

    // A failing query is an error naming what failed; the connection goes on.
    auto failed = db->forEachRow(QStringLiteral("SELECT 1 / (g - 5) FROM generate_series(1, 10) g"), PgParams(),
                                 QStringLiteral("cannot divide"), [](const PgResult &, int) { return true; }, 2);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.errorMessage().contains(QLatin1String("cannot divide")));
    EXPECT_TRUE(db->exec(QStringLiteral("SELECT 1"), QStringLiteral("cannot select")).ok());
}

TEST_F(PostgisReading, BinaryRowsReadAsTheSameValuesAsTextRows)
{
    auto db = connect();
    ASSERT_TRUE(db);
    const QString sql = QStringLiteral(
        "SELECT * FROM (VALUES ('-9007199254740993'::bigint, '-2147483648'::integer, '-32768'::smallint, "
        "6171234.567890123::double precision, -1.5::real, true, '1999-12-31'::date, '\\x00ff0a5c'::bytea, 'Nørreparken'::text), "
        "(42, 7, 3, 0.1, 2.25, false, '2026-12-06', '\\x'::bytea, ''), "
        "(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)) v");
    auto text = db->execAs(sql, PgParams(), QStringLiteral("text"), false);
    auto binary = db->execAs(sql, PgParams(), QStringLiteral("binary"), true);
    ASSERT_TRUE(text.ok()) << text.errorMessage().toStdString();
    ASSERT_TRUE(binary.ok()) << binary.errorMessage().toStdString();
    ASSERT_EQ(binary->rows(), 3);
    for (int row = 0; row < 3; ++row) {
        for (int column : {0, 1, 2})
            EXPECT_EQ(binary->int64(row, column), text->int64(row, column)) << row << "," << column;
        for (int column : {3, 4})
            EXPECT_EQ(binary->real(row, column), text->real(row, column)) << row << "," << column;
        EXPECT_EQ(binary->boolean(row, 5), text->boolean(row, 5)) << row;
        EXPECT_EQ(binary->date(row, 6), text->date(row, 6)) << row;
        EXPECT_EQ(binary->bytes(row, 7), text->bytes(row, 7)) << row;
        EXPECT_EQ(binary->text(row, 8), text->text(row, 8)) << row;
        for (int column = 0; column < 9; ++column)
            EXPECT_EQ(binary->isNull(row, column), row == 2) << row << "," << column;
    }
    EXPECT_EQ(binary->int64(0, 0), Q_INT64_C(-9007199254740993));
    EXPECT_EQ(binary->real(0, 3), 6171234.567890123);
    EXPECT_EQ(binary->date(0, 6), QDate(1999, 12, 31));
    EXPECT_EQ(binary->bytes(0, 7), QByteArray::fromHex("00ff0a5c"));
    EXPECT_EQ(binary->text(0, 8), QStringLiteral("Nørreparken"));
    // Through a cursor, a batch at a time, the same.
    std::vector<qint64> ids;
    auto read = db->forEachRow(
        sql, PgParams(), QStringLiteral("rows"),
        [&](const PgResult &r, int row) {
            ids.push_back(r.int64(row, 0));
            return true;
        },
        2, true);
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_EQ(ids, (std::vector<qint64>{Q_INT64_C(-9007199254740993), 42, 0}));
}

TEST_F(PostgisReading, TheAreaStreamGivesWhatTheGeoPackagesGives)
{
    QTemporaryDir dir;
    auto gpkg = createStore(dir.filePath(QStringLiteral("p.engdrift.gpkg")), Crs::defaultProjectCrs(), Catalogue::builtIn());
    ASSERT_TRUE(gpkg.ok());
    auto pg = createStore(m_database.location(), Crs::defaultProjectCrs(), Catalogue::builtIn());
    ASSERT_TRUE(pg.ok()) << pg.errorMessage().toStdString();
    fill(**gpkg);
    fill(**pg);
    auto fromFile = (*gpkg)->areaStream();
    auto fromDatabase = (*pg)->areaStream();
    ASSERT_TRUE(fromDatabase->canOpenAnother()) << "the database's own stream, not the generic one";
    auto another = fromDatabase->openAnother();
    ASSERT_TRUE(another);

    std::vector<AreaStreamQuery> queries;
    AreaStreamQuery at2020;
    at2020.at = QDate(2020, 1, 1);
    queries.push_back(at2020);
    AreaStreamQuery at2022 = at2020;
    at2022.at = QDate(2022, 1, 1);
    queries.push_back(at2022);
    AreaStreamQuery window = at2022;
    window.bounds = QRectF(699050, 6171050, 100, 60);
    queries.push_back(window);
    AreaStreamQuery large = at2022;
    large.minSize = 6;
    large.anySizeIds = {2};
    queries.push_back(large);
    AreaStreamQuery planned;
    planned.status = AreaStatus::Proposed;
    planned.proposalId = 1;
    queries.push_back(planned);
    AreaStreamQuery anyDate;
    queries.push_back(anyDate);

    for (std::size_t i = 0; i < queries.size(); ++i) {
        const auto expected = streamed(*fromFile, queries[i]);
        EXPECT_FALSE(expected.empty()) << "query " << i;
        EXPECT_EQ(streamed(*fromDatabase, queries[i]), expected) << "query " << i;
        EXPECT_EQ(streamed(*another, queries[i]), expected) << "query " << i << " on another connection";
    }
    EXPECT_EQ(streamed(*fromDatabase, at2020).size(), 60u);
    EXPECT_LT(streamed(*fromDatabase, large).size(), 60u) << "the small ones are left out";
}

TEST_F(PostgisReading, AnUnknownProposalStatusIsAnErrorNotADraft)
{
    auto pg = createStore(m_database.location(), Crs::defaultProjectCrs(), Catalogue::builtIn());
    ASSERT_TRUE(pg.ok());
    fill(**pg);
    EXPECT_EQ(test::pgQuery(QStringLiteral("UPDATE proposals SET status = 'approved-ish'"), m_database.name()), QString());
    auto proposals = (*pg)->proposals();
    ASSERT_FALSE(proposals.ok());
    EXPECT_TRUE(proposals.errorMessage().contains(QLatin1String("approved-ish")));
    EXPECT_TRUE(proposals.errorMessage().contains(QLatin1String("proposal 1")));
    auto one = (*pg)->proposal(1);
    ASSERT_FALSE(one.ok());
    EXPECT_TRUE(one.errorMessage().contains(QLatin1String("approved-ish")));
}

TEST_F(PostgisReading, MapStreamsReuseTheirConnections)
{
    auto pg = createStore(m_database.location(), Crs::defaultProjectCrs(), Catalogue::builtIn());
    ASSERT_TRUE(pg.ok());
    fill(**pg);
    const QString backends = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1'").arg(m_database.name());
    AreaStreamQuery query;
    query.at = QDate(2022, 1, 1);
    for (int frame = 0; frame < 5; ++frame) { // a map redrawn: a stream and two more for the bands
        auto stream = (*pg)->areaStream();
        auto band1 = stream->openAnother();
        auto band2 = stream->openAnother();
        ASSERT_TRUE(band1 && band2);
        EXPECT_EQ(streamed(*band2, query).size(), 60u);
    }
    // The store's own connection and the three kept for the next frame.
    EXPECT_EQ(test::pgQuery(backends).toInt(), 4);
}
