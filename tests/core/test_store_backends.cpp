// The store interface, one suite for every backend: round trips, transactions, the temporal layer
// (ids, supersede with its conflict check, planned versions) and two writers at once, against the
// GeoPackage backend and the PostGIS backend (a fresh database for each test on the server that
// ENGDRIFT_TEST_PG names; scripts/pg-test-cluster starts one, scripts/run-tests always does, and
// with ENGDRIFT_REQUIRE_PG=1 a missing server fails test_store_postgis instead of being skipped).
// What is particular to one backend stays in its own tests (test_store.cpp, test_store_postgis.cpp).

#include "analysis/mowing_assumptions.h"
#include "edit/condition.h"
#include "edit/tagging.h"
#include "store/project_audit.h"
#include "store/project_store.h"
#include "pg_test_database.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <ostream>
#include <thread>

using namespace engdrift;

namespace {

/// A backend under test: where a new project goes.
struct Backend
{
    const char *name;
    /// A location for a new, empty project (a file in `dir` for file backends).
    std::function<QString(const QTemporaryDir &dir, const QString &name)> location;
    /// A database server backend: each test gets a fresh database (test::PgTestDatabase).
    bool database = false;
};

void PrintTo(const Backend &backend, std::ostream *os)
{
    *os << backend.name;
}

const Backend kBackends[] = {
    {"GeoPackage", [](const QTemporaryDir &dir, const QString &name) { return dir.filePath(name + QStringLiteral(".engdrift.gpkg")); }},
    {"PostGIS", nullptr, true},
};

Geometry square(double x, double y, double size)
{
    return Geometry::rectangle(QRectF(x, y, size, size)).toMultiPolygon();
}

Geometry line(double x0, double y0, double x1, double y1)
{
    return std::move(Geometry::lineString({QPointF(x0, y0), QPointF(x1, y1)})).value();
}

const DepartmentKey kDept{12, 5};
const QDate k2019(2019, 1, 1);
const QDate k2022(2022, 5, 1);
const QDate k2024(2024, 5, 1);

class StoreBackend : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (GetParam().database) {
            if (test::pgTestServer().isEmpty()) {
                ASSERT_FALSE(test::pgRequired()) << "ENGDRIFT_REQUIRE_PG=1 but ENGDRIFT_TEST_PG is not set";
                GTEST_SKIP() << "no PostgreSQL server for the tests (set ENGDRIFT_TEST_PG; scripts/pg-test-cluster)";
            }
            m_database = std::make_unique<test::PgTestDatabase>();
            ASSERT_TRUE(m_database->ok()) << m_database->error().toStdString();
            m_location = m_database->location();
        } else {
            m_location = GetParam().location(m_dir, QStringLiteral("p"));
        }
        auto created = createStore(m_location, Crs::defaultProjectCrs(), Catalogue::builtIn());
        ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
        store = std::move(created).value();
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, QStringLiteral("Boligselskabet Øst")}).ok());
        ASSERT_TRUE(store->saveDepartment({kDept, QStringLiteral("Nørreparken"), QStringLiteral("Parkvej 1"), 120, {}}).ok());
        for (int i = 0; i < 2; ++i) {
            AreaVersion a;
            a.department = kDept;
            a.careType = i == 0 ? QStringLiteral("brugsplaene") : QStringLiteral("eng");
            a.validFrom = k2019;
            ASSERT_TRUE(store->areaLayer().insert(a, square(699000 + 30 * i, 6171000, 30 - 10 * i)).ok());
        }
        ASSERT_TRUE(tx->commit().ok());
    }

    std::unique_ptr<ProjectStore> reopen(OpenMode mode) const
    {
        auto opened = openStore(m_location, mode);
        EXPECT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

    QList<AreaVersion> history(const ProjectStore &s, qint64 areaId) const
    {
        AreaQuery q;
        q.ids = {areaId};
        q.status.reset();
        auto found = s.areas(q);
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : QList<AreaVersion>();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::PgTestDatabase> m_database; ///< dropped after the stores are closed
    QString m_location;
    std::unique_ptr<ProjectStore> store;
};

} // namespace

TEST_P(StoreBackend, CreateAndReopenRoundTrip)
{
    store.reset();
    auto s = reopen(OpenMode::ReadOnly);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->crs().authId(), QStringLiteral("EPSG:25832"));
    EXPECT_EQ(s->catalogue().id(), Catalogue::builtIn().id());
    auto dept = s->department(kDept);
    ASSERT_TRUE(dept.ok() && dept->has_value());
    EXPECT_EQ((**dept).name, QStringLiteral("Nørreparken"));
    EXPECT_EQ((**dept).homes, 120);
    EXPECT_EQ((**dept).extent, QRectF(699000, 6171000, 50, 30));
    auto areas = s->areas(AreaQuery{});
    ASSERT_TRUE(areas.ok());
    ASSERT_EQ(areas->size(), 2);
    EXPECT_EQ(areas->at(0).areaId, 1);
    EXPECT_EQ(areas->at(1).areaId, 2);
    EXPECT_DOUBLE_EQ(areas->at(0).areaM2, 900.0);
    EXPECT_DOUBLE_EQ(areas->at(1).areaM2, 400.0);
    auto geometry = s->areaGeometry(areas->at(1).fid);
    ASSERT_TRUE(geometry.ok());
    EXPECT_EQ(geometry->envelope(), QRectF(699030, 6171000, 20, 20));
    AreaQuery inBox;
    inBox.bounds = QRectF(699035, 6171005, 1, 1);
    auto near = s->areas(inBox);
    ASSERT_TRUE(near.ok());
    ASSERT_EQ(near->size(), 1);
    EXPECT_EQ(near->first().areaId, 2);
}

TEST_P(StoreBackend, WritesNeedATransactionAndWriteAccess)
{
    EXPECT_FALSE(store->saveOrganisation({13, QStringLiteral("x")}).ok());
    AreaVersion a;
    a.department = kDept;
    a.careType = QStringLiteral("eng");
    a.validFrom = k2019;
    EXPECT_FALSE(store->areaLayer().insert(a, square(0, 0, 1)).ok());
    EXPECT_FALSE(store->areaLayer().newId().ok());
    auto readOnly = reopen(OpenMode::ReadOnly);
    ASSERT_TRUE(readOnly);
    EXPECT_FALSE(readOnly->begin().ok());
}

TEST_P(StoreBackend, ARolledBackTransactionWritesNothing)
{
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        AreaVersion a;
        a.department = kDept;
        a.careType = QStringLiteral("busket");
        a.validFrom = k2022;
        ASSERT_TRUE(store->areaLayer().insert(a, square(0, 0, 5)).ok());
        ASSERT_TRUE(store->saveDepartment({{12, 7}, QStringLiteral("Ny"), {}, 3, {}}).ok());
        std::vector<AreaLayer::Successor> none;
        ASSERT_TRUE(store->areaLayer().supersede(history(*store, 1).first().fid, k2022, none, QDate()).ok());
    }
    auto s = reopen(OpenMode::ReadOnly);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->areas(AreaQuery{})->size(), 2);
    EXPECT_FALSE(history(*s, 1).first().validTo.isValid());
    EXPECT_FALSE(s->department({12, 7})->has_value());
}

TEST_P(StoreBackend, RefusesBadVersionsAndDepartments)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    auto orphan = store->saveDepartment({{99, 1}, QStringLiteral("x"), {}, 0, {}});
    ASSERT_FALSE(orphan.ok());
    EXPECT_TRUE(orphan.errorMessage().contains(QStringLiteral("99")));
    AreaVersion a;
    a.department = kDept;
    a.careType = QStringLiteral("not_a_type");
    a.validFrom = k2022;
    EXPECT_FALSE(store->areaLayer().insert(a, square(0, 0, 1)).ok());
    a.careType = QStringLiteral("eng");
    a.validTo = k2022;
    EXPECT_FALSE(store->areaLayer().insert(a, square(0, 0, 1)).ok()) << "a version of zero length";
    a.validTo = QDate();
    EXPECT_FALSE(store->areaLayer().insert(a, line(0, 0, 5, 5)).ok()) << "an area needs a polygon";
    PathVersion p;
    p.department = kDept;
    p.validFrom = k2022;
    p.widthM = 25;
    EXPECT_FALSE(store->pathLayer().insert(p, line(0, 0, 5, 5)).ok()) << "wider than 20 m";
    p.widthM = 2;
    EXPECT_FALSE(store->pathLayer().insert(p, square(0, 0, 1)).ok()) << "a path needs a line";
}

TEST_P(StoreBackend, NewIdsComeFromInsideTheTransactionAndNeverRepeat)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    auto first = store->areaLayer().newId();
    auto second = store->areaLayer().newId();
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(*first, 3);
    EXPECT_EQ(*second, 4);
    AreaVersion a;
    a.department = kDept;
    a.careType = QStringLiteral("eng");
    a.validFrom = k2022;
    a.areaId = 10; // an id given by the caller moves the counter past it
    ASSERT_TRUE(store->areaLayer().insert(a, square(0, 0, 2)).ok());
    EXPECT_EQ(*store->areaLayer().newId(), 11);
    auto path = store->pathLayer().newId();
    ASSERT_TRUE(path.ok());
    EXPECT_EQ(*path, 1);
    tx->rollback();
    // After a rollback the ids given out are free again: they are read anew in the next one.
    auto again = store->begin();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*store->areaLayer().newId(), 3);
}

TEST_P(StoreBackend, TwoWritersNeverGiveOutTheSameId)
{
    // A second connection, as a second program would have: while one writes, the other waits for
    // it (or is refused) and then reads the ids the first one used.
    auto other = reopen(OpenMode::ReadWrite);
    ASSERT_TRUE(other);
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    AreaVersion a;
    a.department = kDept;
    a.careType = QStringLiteral("eng");
    a.validFrom = k2022;
    ASSERT_TRUE(store->areaLayer().insert(a, square(0, 0, 2)).ok());
    EXPECT_EQ(a.areaId, 3);
    ASSERT_TRUE(tx->commit().ok());
    auto otherTx = other->begin();
    ASSERT_TRUE(otherTx.ok()) << otherTx.errorMessage().toStdString();
    AreaVersion b = a;
    b.areaId = 0;
    b.fid = 0; // a row number given is kept (a copy of a project): a new row has none
    ASSERT_TRUE(other->areaLayer().insert(b, square(10, 0, 2)).ok());
    EXPECT_EQ(b.areaId, 4);
    ASSERT_TRUE(otherTx->commit().ok());
}

TEST_P(StoreBackend, ASecondWriterWaitsWhileOneWrites)
{
    // The first transaction holds the write lock from begin(): a second program's begin() waits
    // until it ends and then gives out the next id, not the same one.
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    AreaVersion a;
    a.department = kDept;
    a.careType = QStringLiteral("eng");
    a.validFrom = k2022;
    ASSERT_TRUE(store->areaLayer().insert(a, square(0, 0, 2)).ok());
    qint64 otherId = 0;
    qint64 waitedMs = 0;
    QString otherError;
    std::thread second([&] {
        auto other = openStore(m_location, OpenMode::ReadWrite);
        if (!other.ok()) {
            otherError = other.errorMessage();
            return;
        }
        QElapsedTimer timer;
        timer.start();
        auto otherTx = (*other)->begin();
        waitedMs = timer.elapsed();
        if (!otherTx.ok()) {
            otherError = otherTx.errorMessage();
            return;
        }
        AreaVersion b = a;
        b.areaId = 0;
        b.fid = 0;
        if (auto inserted = (*other)->areaLayer().insert(b, square(10, 0, 2)); !inserted.ok())
            otherError = inserted.errorMessage();
        else if (auto committed = otherTx->commit(); !committed.ok())
            otherError = committed.errorMessage();
        otherId = b.areaId;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    ASSERT_TRUE(tx->commit().ok());
    second.join();
    ASSERT_TRUE(otherError.isEmpty()) << otherError.toStdString();
    EXPECT_EQ(a.areaId, 3);
    EXPECT_EQ(otherId, 4);
    EXPECT_GE(waitedMs, 250) << "the second writer began while the first one wrote";
}

TEST_P(StoreBackend, SupersedeClosesOneVersionAndOpensItsSuccessorsInOneStep)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    const AreaVersion old = history(*store, 1).first();
    std::vector<AreaLayer::Successor> next;
    AreaVersion meadow = old;
    meadow.careType = QStringLiteral("eng");
    next.push_back({meadow, square(699000, 6171000, 30)});
    ASSERT_TRUE(store->areaLayer().supersede(old.fid, k2022, next, QDate()).ok());
    EXPECT_GT(next.front().version.fid, old.fid);
    EXPECT_EQ(next.front().version.validFrom, k2022);
    EXPECT_EQ(next.front().version.areaId, 1);
    ASSERT_TRUE(tx->commit().ok());
    const QList<AreaVersion> h = history(*store, 1);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h.at(0).careType, QStringLiteral("brugsplaene"));
    EXPECT_EQ(h.at(0).validTo, k2022);
    EXPECT_EQ(h.at(1).careType, QStringLiteral("eng"));
    EXPECT_EQ(h.at(1).validFrom, k2022);
    EXPECT_FALSE(h.at(1).validTo.isValid());
}

TEST_P(StoreBackend, SupersedeOfAVersionThatChangedSinceItWasReadIsAConflict)
{
    const AreaVersion read = history(*store, 1).first(); // open, as this writer read it
    {
        // Someone else tags the area in the meantime.
        auto other = reopen(OpenMode::ReadWrite);
        ASSERT_TRUE(other);
        ASSERT_TRUE(tagAreas(*other, {{1}, QStringLiteral("eng"), k2024, {}}).ok());
    }
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    std::vector<AreaLayer::Successor> next;
    AreaVersion flowers = read;
    flowers.careType = QStringLiteral("blomstereng");
    next.push_back({flowers, square(699000, 6171000, 30)});
    auto superseded = store->areaLayer().supersede(read.fid, k2022, next, read.validTo);
    ASSERT_FALSE(superseded.ok());
    EXPECT_EQ(superseded.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(superseded.errorMessage().contains(QStringLiteral("2024-05-01"))) << superseded.errorMessage().toStdString();
    tx->rollback();
    const QList<AreaVersion> h = history(*store, 1);
    ASSERT_EQ(h.size(), 2) << "nothing of the refused change was written";
    EXPECT_EQ(h.at(1).careType, QStringLiteral("eng"));

    // Read again, the same change goes through.
    auto again = store->begin();
    ASSERT_TRUE(again.ok());
    const AreaVersion now = h.at(0);
    std::vector<AreaLayer::Successor> retry;
    AreaVersion flowers2 = now;
    flowers2.careType = QStringLiteral("blomstereng");
    retry.push_back({flowers2, square(699000, 6171000, 30)});
    retry.front().version.validTo = now.validTo;
    ASSERT_TRUE(store->areaLayer().supersede(now.fid, k2022, retry, now.validTo).ok());
    ASSERT_TRUE(again->commit().ok());
    EXPECT_EQ(history(*store, 1).size(), 3);
}

TEST_P(StoreBackend, SupersedeOfARowThatIsGoneIsAConflict)
{
    const AreaVersion read = history(*store, 2).first();
    {
        auto other = reopen(OpenMode::ReadWrite);
        ASSERT_TRUE(other);
        auto tx = other->begin();
        ASSERT_TRUE(tx.ok());
        std::vector<AreaLayer::Successor> none;
        ASSERT_TRUE(other->areaLayer().supersede(read.fid, k2019, none, QDate()).ok()); // gone on its first day
        ASSERT_TRUE(tx->commit().ok());
    }
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    std::vector<AreaLayer::Successor> none;
    auto superseded = store->areaLayer().supersede(read.fid, k2022, none, QDate());
    ASSERT_FALSE(superseded.ok());
    EXPECT_EQ(superseded.error().kind, ErrorKind::Conflict);
}

TEST_P(StoreBackend, SupersedeRefusesADateOutsideTheVersion)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    const AreaVersion old = history(*store, 1).first();
    std::vector<AreaLayer::Successor> none;
    auto before = store->areaLayer().supersede(old.fid, QDate(2018, 6, 1), none, QDate());
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.error().kind, ErrorKind::Failure);
}

TEST_P(StoreBackend, PlannedVersionsChangeInPlaceAndAreDeletedButHistoryIsNot)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    AreaVersion plan = history(*store, 2).first();
    plan.fid = 0;
    plan.status = AreaStatus::Proposed;
    plan.proposalId = 1;
    plan.validFrom = k2024;
    ASSERT_TRUE(store->areaLayer().insert(plan, square(699030, 6171000, 20)).ok());
    plan.careType = QStringLiteral("blomstereng");
    plan.note = QStringLiteral("sået 2024");
    ASSERT_TRUE(store->areaLayer().updatePlanned(plan).ok());
    auto read = store->areaLayer().version(plan.fid);
    ASSERT_TRUE(read.ok() && read->has_value());
    EXPECT_EQ((*read)->careType, QStringLiteral("blomstereng"));
    EXPECT_EQ((*read)->note, QStringLiteral("sået 2024"));

    const AreaVersion current = history(*store, 1).first();
    EXPECT_FALSE(store->areaLayer().deletePlanned(current.fid).ok()) << "history is never deleted";
    AreaVersion changed = current;
    changed.careType = QStringLiteral("eng");
    EXPECT_FALSE(store->areaLayer().updatePlanned(changed).ok()) << "history is not changed in place";
    std::vector<AreaLayer::Successor> none;
    EXPECT_FALSE(store->areaLayer().supersede(plan.fid, k2024.addDays(10), none, QDate()).ok())
        << "a plan is not superseded";
    ASSERT_TRUE(store->areaLayer().deletePlanned(plan.fid).ok());
    ASSERT_TRUE(tx->commit().ok());
    auto gone = store->areaLayer().version(plan.fid);
    ASSERT_TRUE(gone.ok());
    EXPECT_FALSE(gone->has_value());
}

TEST_P(StoreBackend, PathsAreTemporalLikeTheAreas)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    PathVersion p;
    p.department = kDept;
    p.validFrom = k2022;
    p.widthM = 1.5;
    ASSERT_TRUE(store->pathLayer().insert(p, line(699000, 6171000, 699030, 6171040)).ok());
    EXPECT_EQ(p.pathId, 1);
    EXPECT_DOUBLE_EQ(p.lengthM, 50.0);
    std::vector<PathLayer::Successor> next;
    PathVersion wider = p;
    wider.widthM = 3;
    next.push_back({wider, line(699000, 6171000, 699030, 6171040)});
    ASSERT_TRUE(store->pathLayer().supersede(p.fid, k2024, next, QDate()).ok());
    ASSERT_TRUE(tx->commit().ok());
    PathQuery at;
    at.at = QDate(2025, 1, 1);
    auto now = store->paths(at);
    ASSERT_TRUE(now.ok());
    ASSERT_EQ(now->size(), 1);
    EXPECT_DOUBLE_EQ(now->first().widthM, 3.0);
    at.at = QDate(2023, 1, 1);
    EXPECT_DOUBLE_EQ(store->paths(at)->first().widthM, 1.5);
}

TEST_P(StoreBackend, MowingZonesAreTemporalWithTheirNumbersNamesAndOverrides)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    ZoneVersion z;
    z.department = kDept;
    z.validFrom = k2022;
    z.number = 3;
    z.name = QStringLiteral("Engen ved søen");
    z.careType = QStringLiteral("eng");
    RegimeOverride once;
    once.cutsPerYear = 1;
    once.months = QList<int>{9};
    once.clippings = Clippings::Collected;
    once.removalDaysMin = 7;
    once.removalDaysMax = 10;
    once.cutHeightMinCm = 8;
    once.equipment = QStringLiteral("finger_bar_mower");
    z.overrides.insert(2024, once);
    ASSERT_TRUE(store->zoneLayer().insert(z, square(699000, 6171000, 40)).ok());
    EXPECT_EQ(z.zoneId, 1);
    EXPECT_DOUBLE_EQ(z.areaM2, 1600.0);
    ZoneVersion bad = z;
    bad.zoneId = 0;
    bad.careType = QStringLiteral("fast_belaegning"); // not mown: not a zone
    EXPECT_FALSE(store->zoneLayer().insert(bad, square(699000, 6171000, 40)).ok());
    bad.careType = QStringLiteral("eng");
    bad.number = 0;
    EXPECT_FALSE(store->zoneLayer().insert(bad, square(699000, 6171000, 40)).ok());
    std::vector<ZoneLayer::Successor> next;
    ZoneVersion renamed = z;
    renamed.name.clear();
    renamed.number = 1;
    next.push_back({renamed, square(699000, 6171000, 40)});
    ASSERT_TRUE(store->zoneLayer().supersede(z.fid, k2024, next, QDate()).ok());
    ASSERT_TRUE(tx->commit().ok());

    store.reset();
    auto s = reopen(OpenMode::ReadOnly);
    ASSERT_TRUE(s);
    VersionQuery at;
    at.at = QDate(2023, 1, 1);
    auto then = s->zoneLayer().versions(at);
    ASSERT_TRUE(then.ok()) << then.errorMessage().toStdString();
    ASSERT_EQ(then->size(), 1);
    const ZoneVersion &read = then->first();
    EXPECT_EQ(read.zoneId, 1);
    EXPECT_EQ(read.department, kDept);
    EXPECT_EQ(read.number, 3);
    EXPECT_EQ(read.name, QStringLiteral("Engen ved søen"));
    EXPECT_EQ(read.careType, QStringLiteral("eng"));
    EXPECT_EQ(read.validTo, k2024);
    EXPECT_EQ(read.overrides, z.overrides);
    EXPECT_DOUBLE_EQ(read.areaM2, 1600.0);
    at.at = QDate(2025, 1, 1);
    auto now = s->zoneLayer().versions(at);
    ASSERT_TRUE(now.ok());
    ASSERT_EQ(now->size(), 1);
    EXPECT_EQ(now->first().number, 1);
    EXPECT_TRUE(now->first().name.isEmpty());
    EXPECT_EQ(now->first().overrides, z.overrides);
    at.bounds = QRectF(699100, 6171100, 10, 10);
    EXPECT_TRUE(s->zoneLayer().versions(at)->isEmpty()) << "the spatial filter reads the zones' R-tree";
}

TEST_P(StoreBackend, SettingsAndTheMowingAssumptionsAreKeptWithTheProject)
{
    auto none = store->setting(QStringLiteral("mowing_assumptions"));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    auto defaults = readMowingAssumptions(*store);
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults->dkkPerHour, 450);
    EXPECT_FALSE(store->saveSetting(QStringLiteral("x"), QStringLiteral("1")).ok()) << "outside a transaction";
    MowingAssumptions a;
    ASSERT_TRUE(a.set(QStringLiteral("dkk_per_hour"), QStringLiteral("512.5"), store->catalogue()).ok());
    ASSERT_TRUE(a.set(QStringLiteral("crew_hours_per_week"), QStringLiteral("74"), store->catalogue()).ok());
    ASSERT_TRUE(a.set(QStringLiteral("eng.fuel_l_per_ha_per_cut"), QStringLiteral("12"), store->catalogue()).ok());
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(saveMowingAssumptions(*store, a).ok());
        EXPECT_FALSE(store->saveSetting(QStringLiteral("Bad Key"), QStringLiteral("1")).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    {
        auto tx = store->begin(); // a rolled-back change is not kept
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(saveMowingAssumptions(*store, MowingAssumptions()).ok());
    }
    store.reset();
    auto s = reopen(OpenMode::ReadOnly);
    ASSERT_TRUE(s);
    auto read = readMowingAssumptions(*s);
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_EQ(*read, a);
    EXPECT_EQ(read->dkkPerHour, 512.5);
    EXPECT_EQ(read->crewHoursPerWeek, 74);
    const CareType *eng = s->catalogue().find(QStringLiteral("eng"));
    ASSERT_TRUE(eng);
    EXPECT_EQ(read->figures(*eng).fuelLitresPerHaPerCut, 12);
    EXPECT_EQ(read->figures(*eng).hoursPerHaPerCut, 3.1) << "the catalogue's, not replaced";
    EXPECT_EQ(s->summary(k2024)->schemaVersion, ProjectStore::schemaVersion()) << "no schema change";
}

TEST_P(StoreBackend, AdoptionEventsProposalsAndCorrectionsRoundTrip)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    Proposal proposal{0, kDept, QStringLiteral("Mere eng"), k2022, ProposalStatus::Draft, QDate(), QStringLiteral("udkast")};
    ASSERT_TRUE(store->saveProposal(proposal).ok());
    EXPECT_GT(proposal.id, 0);
    AdoptionEvent proposed;
    proposed.department = kDept;
    proposed.date = k2022;
    proposed.kind = AdoptionEventKind::Proposed;
    proposed.proposalId = proposal.id;
    ASSERT_TRUE(store->saveAdoptionEvent(proposed).ok());
    AdoptionEvent adopted;
    adopted.department = kDept;
    adopted.date = k2022.addDays(30);
    adopted.kind = AdoptionEventKind::Adopted;
    adopted.body = MeetingBody::DepartmentMeeting;
    adopted.votes = Votes{40, 3, 1, 30};
    adopted.minutesRef = QStringLiteral("referat-2022.pdf");
    adopted.note = QStringLiteral("vedtaget");
    ASSERT_TRUE(store->saveAdoptionEvent(adopted).ok());
    adopted.note = QStringLiteral("vedtaget med stort flertal");
    ASSERT_TRUE(store->saveAdoptionEvent(adopted).ok()) << "an update";
    proposal.status = ProposalStatus::Adopted;
    proposal.conversionDate = k2024;
    ASSERT_TRUE(store->saveProposal(proposal).ok());
    Correction correction{0, kDept, QStringLiteral("start_date"), QStringLiteral("2019-01-01"), QStringLiteral("2018-06-01"), 2, {}, {}};
    ASSERT_TRUE(store->saveCorrection(correction).ok());
    EXPECT_GT(correction.id, 0);
    EXPECT_FALSE(store->deleteAdoptionEvent(proposed.id + adopted.id + 100).ok()) << "no such event";
    ASSERT_TRUE(tx->commit().ok());

    auto s = reopen(OpenMode::ReadOnly);
    ASSERT_TRUE(s);
    auto events = s->adoptionEvents(kDept);
    ASSERT_TRUE(events.ok()) << events.errorMessage().toStdString();
    ASSERT_EQ(events->size(), 2);
    EXPECT_EQ(events->at(0).kind, AdoptionEventKind::Proposed);
    EXPECT_EQ(events->at(0).proposalId, proposal.id);
    EXPECT_EQ(events->at(0).body, MeetingBody::None);
    EXPECT_FALSE(events->at(0).votes.has_value());
    EXPECT_EQ(events->at(1).id, adopted.id);
    EXPECT_EQ(events->at(1).body, MeetingBody::DepartmentMeeting);
    ASSERT_TRUE(events->at(1).votes.has_value());
    EXPECT_EQ(*events->at(1).votes, (Votes{40, 3, 1, 30}));
    EXPECT_EQ(events->at(1).note, QStringLiteral("vedtaget med stort flertal"));
    EXPECT_EQ(events->at(1).minutesRef, QStringLiteral("referat-2022.pdf"));
    EXPECT_EQ(s->adoptionEvents(DepartmentKey{12, 6})->size(), 0);
    auto read = s->proposal(proposal.id);
    ASSERT_TRUE(read.ok() && read->has_value());
    EXPECT_EQ((**read).status, ProposalStatus::Adopted);
    EXPECT_EQ((**read).conversionDate, k2024);
    EXPECT_EQ((**read).note, QStringLiteral("udkast"));
    EXPECT_EQ(s->proposals(std::nullopt)->size(), 1);
    EXPECT_FALSE(s->proposal(proposal.id + 1)->has_value());
    auto corrections = s->corrections(kDept);
    ASSERT_TRUE(corrections.ok());
    ASSERT_EQ(corrections->size(), 1);
    EXPECT_EQ(corrections->first().newValue, QStringLiteral("2018-06-01"));
    EXPECT_EQ(corrections->first().rows, 2);
    EXPECT_TRUE(corrections->first().madeAt.isValid());

    auto writer = reopen(OpenMode::ReadWrite);
    auto del = writer->begin();
    ASSERT_TRUE(del.ok());
    ASSERT_TRUE(writer->deleteAdoptionEvent(proposed.id).ok());
    ASSERT_TRUE(del->commit().ok());
    EXPECT_EQ(writer->adoptionEvents(std::nullopt)->size(), 1);
}

TEST_P(StoreBackend, ImportBatchesAreRecordedAndUndoneExactly)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    ImportBatch batch;
    batch.source = QStringLiteral("fkg.geojson");
    batch.sourcePath = QStringLiteral("/data/fkg.geojson");
    batch.layer = QStringLiteral("fkg");
    batch.department = DepartmentKey{12, 6};
    batch.validFrom = k2022;
    batch.departmentsCreated = {DepartmentKey{12, 6}};
    ASSERT_TRUE(store->saveDepartment({{12, 6}, QStringLiteral("Sønderparken"), {}, 0, {}}).ok());
    ASSERT_TRUE(store->beginImportBatch(batch).ok());
    EXPECT_GT(batch.id, 0);
    for (int i = 0; i < 3; ++i) {
        AreaVersion a;
        a.department = {12, 6};
        a.careType = QStringLiteral("eng");
        a.validFrom = k2022;
        a.source = batch.source;
        a.sourceFid = QString::number(i);
        ASSERT_TRUE(store->areaLayer().insert(a, square(700000 + 20 * i, 6172000, 10)).ok());
    }
    batch.areas = 3;
    batch.areaM2 = 300;
    ASSERT_TRUE(store->finishImportBatch(batch).ok());
    AreaVersion after; // written after the batch: not one of its rows
    after.department = {12, 6};
    after.careType = QStringLiteral("eng");
    after.validFrom = k2022;
    ASSERT_TRUE(store->areaLayer().insert(after, square(700100, 6172000, 10)).ok());
    ASSERT_TRUE(tx->commit().ok());

    auto batches = store->importBatches();
    ASSERT_TRUE(batches.ok());
    ASSERT_EQ(batches->size(), 1);
    EXPECT_EQ(batches->first().areas, 3);
    EXPECT_EQ(batches->first().departmentsCreated, (QList<DepartmentKey>{DepartmentKey{12, 6}}));
    EXPECT_EQ(batches->first().validFrom, k2022);
    EXPECT_FALSE(batches->first().isUndone());
    AreaQuery ofBatch;
    ofBatch.importId = batch.id;
    EXPECT_EQ(store->areas(ofBatch)->size(), 3);
    auto from = store->importedFrom(batch.source);
    ASSERT_TRUE(from.ok());
    ASSERT_EQ(from->size(), 1);
    EXPECT_EQ(from->first().areas, 3);
    EXPECT_EQ(from->first().firstValidFrom, k2022);
    EXPECT_EQ(from->first().importId, batch.id);
    EXPECT_EQ((**store->department({12, 6})).extent, QRectF(700000, 6172000, 110, 10));

    auto undo = store->begin();
    ASSERT_TRUE(undo.ok());
    ImportBatch undone = batches->first();
    ASSERT_TRUE(store->deleteImportBatchAreas(undone).ok());
    ASSERT_TRUE(undo->commit().ok());
    EXPECT_TRUE(undone.isUndone());
    EXPECT_EQ(store->areas(ofBatch)->size(), 0);
    AreaQuery dept6;
    dept6.department = DepartmentKey{12, 6};
    EXPECT_EQ(store->areas(dept6)->size(), 1) << "the row written after the batch stays";
    EXPECT_EQ((**store->department({12, 6})).extent, QRectF(700100, 6172000, 10, 10)) << "the extent of what is left";
    auto stored = store->importBatch(batch.id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_TRUE((**stored).isUndone());
    EXPECT_FALSE(store->importBatch(batch.id + 1)->has_value());
}

TEST_P(StoreBackend, SumsDatesDepartmentsAndTheSummary)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(tagAreas(*store, {{1}, QStringLiteral("eng"), k2022, {}}).ok());
    ASSERT_TRUE(store->saveOrganisation({13, QStringLiteral("Vest")}).ok());
    ASSERT_TRUE(store->saveDepartment({{13, 1}, QStringLiteral("Vestparken"), {}, 5, {}}).ok());
    PathVersion p;
    p.department = kDept;
    p.validFrom = QDate(2018, 3, 1);
    p.validTo = QDate(2025, 1, 1);
    p.widthM = 1;
    ASSERT_TRUE(store->pathLayer().insert(p, line(699000, 6171000, 699010, 6171000)).ok());
    ASSERT_TRUE(tx->commit().ok());

    AreaQuery at2024;
    at2024.at = k2024;
    auto byCare = store->areaTotals(at2024, AreaGrouping::CareType);
    ASSERT_TRUE(byCare.ok());
    ASSERT_EQ(byCare->size(), 1);
    EXPECT_EQ(byCare->first().careType, QStringLiteral("eng"));
    EXPECT_DOUBLE_EQ(byCare->first().areaM2, 1300.0);
    EXPECT_EQ(byCare->first().count, 2);
    AreaQuery at2020;
    at2020.at = QDate(2020, 1, 1);
    auto both = store->areaTotals(at2020, AreaGrouping::DepartmentAndCareType);
    ASSERT_TRUE(both.ok());
    ASSERT_EQ(both->size(), 2);
    EXPECT_EQ(both->at(0).department, kDept);
    EXPECT_EQ(both->at(0).careType, QStringLiteral("brugsplaene"));
    EXPECT_DOUBLE_EQ(both->at(0).areaM2, 900.0);
    auto byDept = store->areaTotals(at2020, AreaGrouping::Department);
    ASSERT_TRUE(byDept.ok());
    ASSERT_EQ(byDept->size(), 1);
    EXPECT_TRUE(byDept->first().careType.isEmpty());
    EXPECT_DOUBLE_EQ(byDept->first().areaM2, 1300.0);

    auto intervals = store->areaIntervalTotals(AreaQuery{});
    ASSERT_TRUE(intervals.ok());
    ASSERT_EQ(intervals->size(), 3);
    EXPECT_EQ(intervals->at(0).careType, QStringLiteral("brugsplaene"));
    EXPECT_EQ(intervals->at(0).validTo, k2022);
    EXPECT_EQ(intervals->at(1).careType, QStringLiteral("eng"));
    EXPECT_EQ(intervals->at(1).validFrom, k2019);
    EXPECT_FALSE(intervals->at(1).validTo.isValid());
    EXPECT_DOUBLE_EQ(intervals->at(1).areaM2, 400.0);
    EXPECT_EQ(intervals->at(2).validFrom, k2022);
    EXPECT_DOUBLE_EQ(intervals->at(2).areaM2, 900.0);

    auto span = store->dateSpan();
    ASSERT_TRUE(span.ok());
    EXPECT_EQ(span->first, QDate(2018, 3, 1)) << "the path begins first";
    EXPECT_EQ(span->last, QDate(2025, 1, 1));

    auto summary = store->summary(k2024);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->schemaVersion, ProjectStore::schemaVersion());
    EXPECT_EQ(summary->organisations, 2);
    EXPECT_EQ(summary->departments, 2);
    EXPECT_EQ(summary->areas, 2);
    EXPECT_EQ(summary->areaVersions, 3);
    EXPECT_DOUBLE_EQ(summary->totalAreaM2, 1300.0);
    EXPECT_EQ(summary->extent, QRectF(699000, 6171000, 50, 30));
    EXPECT_EQ(summary->crs, QStringLiteral("EPSG:25832"));
    EXPECT_FALSE(store->modifiedStamp()->isEmpty());

    auto use = store->departmentUse(kDept);
    ASSERT_TRUE(use.ok());
    EXPECT_EQ(use->areaVersions, 3);
    EXPECT_EQ(use->pathVersions, 1);
    EXPECT_TRUE(store->departmentUse({13, 1})->isEmpty());
    EXPECT_EQ(*store->departmentStart(kDept), k2019);
    EXPECT_EQ(store->departments(QRectF(699040, 6171010, 5, 5))->size(), 1);
    EXPECT_EQ(store->departments(QRectF(0, 0, 5, 5))->size(), 0);
    EXPECT_EQ(store->organisations()->size(), 2);

    auto fix = store->begin();
    ASSERT_TRUE(fix.ok());
    const qint64 first = history(*store, 2).first().fid;
    EXPECT_FALSE(store->setAreaVersionStart(history(*store, 1).first().fid, k2024).ok()) << "would end before it begins";
    ASSERT_TRUE(store->setAreaVersionStart(first, QDate(2018, 6, 1)).ok());
    EXPECT_FALSE(store->deleteOrganisation(13).ok()) << "it still has a department";
    ASSERT_TRUE(store->deleteDepartment({13, 1}).ok());
    ASSERT_TRUE(store->deleteOrganisation(13).ok());
    EXPECT_FALSE(store->deleteDepartment({13, 1}).ok()) << "gone";
    ASSERT_TRUE(fix->commit().ok());
    EXPECT_EQ(*store->departmentStart(kDept), QDate(2018, 6, 1));
    EXPECT_EQ(store->organisations()->size(), 1);
    EXPECT_FALSE(store->department({13, 1})->has_value());
}

TEST_P(StoreBackend, VersionsThatOverlapInTimeAreFoundInOneQueryAndNamedByTheAudit)
{
    // Rows written as a damaged project (or another program) may hold them: insertCopy checks nothing.
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    const Geometry shape = square(699100, 6171100, 10);
    auto put = [&](qint64 fid, qint64 areaId, const QDate &from, const QDate &to, AreaStatus status = AreaStatus::Current) {
        AreaVersion v;
        v.fid = fid;
        v.areaId = areaId;
        v.department = kDept;
        v.careType = QStringLiteral("eng");
        v.validFrom = from;
        v.validTo = to;
        v.status = status;
        v.areaM2 = 100;
        ASSERT_TRUE(store->areaLayer().insertCopy(v, shape.toWkb(), shape.envelope()).ok());
    };
    const QDate open;
    put(1001, 101, QDate(2020, 1, 1), open); // a second open version from 2021-06-01
    put(1002, 101, QDate(2021, 6, 1), open);
    put(1003, 102, QDate(2019, 1, 1), QDate(2022, 1, 1)); // two inside it: the first is named
    put(1004, 102, QDate(2020, 1, 1), QDate(2020, 6, 1));
    put(1005, 102, QDate(2021, 1, 1), open);
    put(1006, 103, QDate(2019, 1, 1), QDate(2020, 1, 1)); // one after the other: no overlap
    put(1007, 103, QDate(2020, 1, 1), open);
    put(1008, 103, QDate(2020, 6, 1), open, AreaStatus::Proposed); // planned: not a second current version
    put(1009, 104, QDate(2020, 1, 1), QDate(2021, 1, 1)); // the same start: the later row is the second
    put(1010, 104, QDate(2020, 1, 1), QDate(2020, 6, 1));
    for (int i = 0; i < 23; ++i) { // more than the audit names
        put(2000 + 2 * i, 200 + i, QDate(2019, 1, 1), open);
        put(2001 + 2 * i, 200 + i, QDate(2023, 1, 1), open);
    }
    ASSERT_TRUE(tx->commit().ok());

    auto overlaps = store->areaOverlaps(3);
    ASSERT_TRUE(overlaps.ok()) << overlaps.errorMessage().toStdString() << " " << overlaps.errorDetail().toStdString();
    EXPECT_EQ(overlaps->areas, 26);
    ASSERT_EQ(overlaps->first.size(), 3);
    const AreaOverlap &nested = overlaps->first.at(1);
    EXPECT_EQ(nested.areaId, 102);
    EXPECT_EQ(nested.department, kDept);
    EXPECT_EQ(nested.laterFid, 1004);
    EXPECT_EQ(nested.laterFrom, QDate(2020, 1, 1));
    EXPECT_EQ(nested.earlierFid, 1003);
    EXPECT_EQ(nested.earlierFrom, QDate(2019, 1, 1));
    EXPECT_EQ(nested.earlierTo, QDate(2022, 1, 1));
    EXPECT_FALSE(overlaps->first.at(0).earlierTo.isValid()) << "open";
    EXPECT_EQ(overlaps->first.at(2).laterFid, 1010);

    auto audit = auditProject(*store);
    ASSERT_TRUE(audit.ok()) << audit.errorMessage().toStdString();
    const QStringList &found = audit->overlappingVersions;
    ASSERT_EQ(found.size(), 21) << found.join(QLatin1Char('\n')).toStdString();
    const QString twice = QStringLiteral(" The map and statistics at such a date count the area twice.");
    EXPECT_TRUE(found.at(0).endsWith(QStringLiteral(": area 101 (department 12-005) has two versions valid on 2021-06-01: "
                                                    "row 1001 (from 2020-01-01 to open) and row 1002 (from 2021-06-01).") + twice))
        << found.at(0).toStdString();
    EXPECT_TRUE(found.at(1).endsWith(QStringLiteral(": area 102 (department 12-005) has two versions valid on 2020-01-01: "
                                                    "row 1003 (from 2019-01-01 to 2022-01-01) and row 1004 (from 2020-01-01).") + twice))
        << found.at(1).toStdString();
    EXPECT_TRUE(found.at(2).endsWith(QStringLiteral(": area 104 (department 12-005) has two versions valid on 2020-01-01: "
                                                    "row 1009 (from 2020-01-01 to 2021-01-01) and row 1010 (from 2020-01-01).") + twice))
        << found.at(2).toStdString();
    EXPECT_TRUE(found.at(19).contains(QStringLiteral(": area 216 ")));
    EXPECT_TRUE(found.at(20).endsWith(QStringLiteral(": 6 more area(s) have versions that overlap in time."))) << found.at(20).toStdString();
    EXPECT_FALSE(found.join(QLatin1Char('\n')).contains(QStringLiteral("area 103 ")));
}

// --- the biodiversity metric's recorded words: condition per area version, significance per department

TEST_P(StoreBackend, ConditionAndSignificanceAreStoredAndReadBackAndNullStaysNull)
{
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        AreaVersion a;
        a.department = kDept;
        a.careType = QStringLiteral("eng");
        a.validFrom = k2019;
        a.condition = HabitatCondition::FairlyGood;
        ASSERT_TRUE(store->areaLayer().insert(a, square(699100, 6171000, 10)).ok());
        Department d{kDept, QStringLiteral("Nørreparken"), QStringLiteral("Parkvej 1"), 120, {}};
        d.strategicSignificance = StrategicSignificance::Medium;
        ASSERT_TRUE(store->saveDepartment(d).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    store.reset();
    auto again = reopen(OpenMode::ReadOnly);
    ASSERT_TRUE(again);
    EXPECT_EQ(history(*again, 1).first().condition, std::nullopt) << "unset stays unset (the care type's default)";
    EXPECT_EQ(history(*again, 2).first().condition, std::nullopt);
    EXPECT_EQ(history(*again, 3).first().condition, std::optional(HabitatCondition::FairlyGood));
    auto dept = again->department(kDept);
    ASSERT_TRUE(dept.ok() && dept->has_value());
    EXPECT_EQ((*dept)->strategicSignificance, StrategicSignificance::Medium);
}

TEST_P(StoreBackend, AConditionChangeClosesTheVersionAtItsDateAndTaggingResetsIt)
{
    auto changed = setAreaCondition(*store, {{1, 2}, HabitatCondition::Good, k2022});
    ASSERT_TRUE(changed.ok()) << changed.errorMessage().toStdString();
    EXPECT_EQ(changed->changed, 2);
    auto same = setAreaCondition(*store, {{1}, HabitatCondition::Good, k2022});
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same->unchanged, 1);
    const QList<AreaVersion> versions = history(*store, 1);
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[0].validTo, k2022);
    EXPECT_EQ(versions[0].condition, std::nullopt);
    EXPECT_EQ(versions[1].validFrom, k2022);
    EXPECT_EQ(versions[1].condition, std::optional(HabitatCondition::Good));
    EXPECT_EQ(versions[1].careType, versions[0].careType);
    // The timeline follows: before the date the default counts, after it the condition recorded.
    const Catalogue &catalogue = store->catalogue();
    const CareType *lawn = catalogue.find(QStringLiteral("brugsplaene"));
    ASSERT_TRUE(lawn);
    AreaQuery before;
    before.ids = {1};
    before.at = QDate(2021, 1, 1);
    AreaQuery after = before;
    after.at = QDate(2023, 1, 1);
    EXPECT_EQ(effectiveCondition(store->areas(before)->first(), catalogue), lawn->defaultCondition);
    EXPECT_EQ(effectiveCondition(store->areas(after)->first(), catalogue), HabitatCondition::Good);
    // An impossible date: the area did not exist yet; nothing written.
    auto early = setAreaCondition(*store, {{1}, HabitatCondition::Poor, QDate(2010, 1, 1)});
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.errorMessage().contains(QStringLiteral("does not exist on 2010-01-01"))) << early.errorMessage().toStdString();
    EXPECT_EQ(history(*store, 1).size(), 2);
    // A new care type is a new habitat: its default condition.
    ASSERT_TRUE(tagAreas(*store, {{1}, QStringLiteral("eng"), k2024, {}}).ok());
    const QList<AreaVersion> tagged = history(*store, 1);
    ASSERT_EQ(tagged.size(), 3);
    EXPECT_EQ(tagged[1].condition, std::optional(HabitatCondition::Good));
    EXPECT_EQ(tagged[2].careType, QStringLiteral("eng"));
    EXPECT_EQ(tagged[2].condition, std::nullopt);
    // Back to the default from a date.
    ASSERT_TRUE(setAreaCondition(*store, {{2}, std::nullopt, k2024}).ok());
    EXPECT_EQ(history(*store, 2).last().condition, std::nullopt);
    EXPECT_EQ(history(*store, 2).size(), 3);
}

TEST_P(StoreBackend, UnknownConditionAndSignificanceCodesAreRefusedOnReadNamingTheRow)
{
    const qint64 fid = history(*store, 2).first().fid;
    const qint64 versions = history(*store, 2).size();
    store.reset();
    const QString badArea = QStringLiteral("UPDATE areas SET condition = 'splendid' WHERE area_id = 2");
    const QString badDept = QStringLiteral("UPDATE departments SET strategic_significance = 'vital'");
    if (GetParam().database) {
        test::pgQuery(badArea, m_database->name());
        test::pgQuery(badDept, m_database->name());
    } else {
        GDALDatasetUniquePtr ds(GDALDataset::Open(m_location.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        for (const QString &sql : {badArea, badDept})
            ds->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    }
    auto again = reopen(OpenMode::ReadOnly);
    ASSERT_TRUE(again);
    AreaQuery every;
    auto areas = again->areas(every);
    ASSERT_FALSE(areas.ok());
    EXPECT_TRUE(areas.errorMessage().contains(QStringLiteral("row %1 (area_id 2)").arg(fid))) << areas.errorMessage().toStdString();
    EXPECT_TRUE(areas.errorMessage().contains(QStringLiteral("\"splendid\""))) << areas.errorMessage().toStdString();
    auto one = again->areaLayer().version(fid);
    EXPECT_FALSE(one.ok());
    auto departments = again->departments();
    ASSERT_FALSE(departments.ok());
    EXPECT_TRUE(departments.errorMessage().contains(QStringLiteral("department 12-005"))) << departments.errorMessage().toStdString();
    EXPECT_TRUE(departments.errorMessage().contains(QStringLiteral("\"vital\""))) << departments.errorMessage().toStdString();

    // The audit (as when the project is opened) finds them in one query and names them.
    auto found = again->unknownAreaConditions(5);
    ASSERT_TRUE(found.ok()) << found.errorMessage().toStdString();
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().code, QStringLiteral("splendid"));
    EXPECT_EQ(found->first().versions, versions);
    EXPECT_EQ(found->first().areas, 1);
    EXPECT_EQ(found->first().areaIds, (QList<qint64>{2}));
    auto audit = auditProject(*again);
    ASSERT_TRUE(audit.ok()) << audit.errorMessage().toStdString();
    ASSERT_EQ(audit->unknownConditions.size(), 1) << audit->warnings().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(audit->unknownConditions.first().contains(QStringLiteral("\"splendid\"")))
        << audit->unknownConditions.first().toStdString();
    EXPECT_TRUE(audit->unknownConditions.first().contains(QStringLiteral("(area ids 2)")))
        << audit->unknownConditions.first().toStdString();
}

TEST_P(StoreBackend, UpgradingAnOlderProjectAddsConditionSignificanceAndClosers)
{
    store.reset();
    if (GetParam().database) {
        for (const char *sql : {"ALTER TABLE areas DROP COLUMN condition, DROP COLUMN closed_by, DROP COLUMN closed_at",
                                "ALTER TABLE departments DROP COLUMN strategic_significance",
                                "UPDATE meta SET value = '6' WHERE key = 'schema_version'"})
            test::pgQuery(QString::fromLatin1(sql), m_database->name());
    } else {
        GDALDatasetUniquePtr ds(GDALDataset::Open(m_location.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        for (const char *layer : {"areas", "departments"}) {
            OGRLayer *l = ds->GetLayerByName(layer);
            ASSERT_TRUE(l);
            const char *column = QByteArray(layer) == "areas" ? "condition" : "strategic_significance";
            ASSERT_EQ(l->DeleteField(l->GetLayerDefn()->GetFieldIndex(column)), OGRERR_NONE);
        }
        OGRLayer *areas = ds->GetLayerByName("areas");
        for (const char *column : {"closed_by", "closed_at"})
            ASSERT_EQ(areas->DeleteField(areas->GetLayerDefn()->GetFieldIndex(column)), OGRERR_NONE);
        ds->ExecuteSQL("UPDATE meta SET value = '6' WHERE key = 'schema_version'", nullptr, nullptr);
    }
    // An older project is refused read-only, as before, and upgraded when opened for writing.
    EXPECT_FALSE(openStore(m_location, OpenMode::ReadOnly).ok());
    auto upgraded = reopen(OpenMode::ReadWrite);
    ASSERT_TRUE(upgraded);
    // Schema 8: ending a version records who ended it and when.
    upgraded->setEditorName(QStringLiteral("closer@upgrade"));
    {
        auto tx = upgraded->begin();
        ASSERT_TRUE(tx.ok());
        std::vector<AreaLayer::Successor> none;
        ASSERT_TRUE(upgraded->areaLayer().supersede(history(*upgraded, 2).first().fid, k2022, none, QDate()).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    upgraded.reset();
    auto again = reopen(OpenMode::ReadOnly);
    ASSERT_TRUE(again);
    EXPECT_EQ(history(*again, 1).first().condition, std::nullopt);
    EXPECT_TRUE(history(*again, 1).first().closedBy.isEmpty());
    EXPECT_EQ(history(*again, 2).first().validTo, k2022);
    EXPECT_EQ(history(*again, 2).first().closedBy, QStringLiteral("closer@upgrade"));
    EXPECT_TRUE(history(*again, 2).first().closedAt.isValid());
    auto dept = again->department(kDept);
    ASSERT_TRUE(dept.ok() && dept->has_value()) << dept.errorMessage().toStdString();
    EXPECT_EQ((*dept)->strategicSignificance, StrategicSignificance::Low);
    if (GetParam().database) {
        EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT strategic_significance FROM departments"), m_database->name()),
                  QStringLiteral("low"));
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreBackend, ::testing::ValuesIn(kBackends),
                         [](const ::testing::TestParamInfo<Backend> &param) { return std::string(param.param.name); });
