// No version is ever of zero length: a second change on the date a version begins replaces it
// (in tagging, in the edit session and on save, and for mown paths), and the store refuses a
// version that would end on or before the day it begins.

#include "edit/edit_session.h"
#include "edit/proposals.h"
#include "edit/tagging.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

const QDate kStart(2019, 1, 1);
const QDate kMay(2026, 5, 1);
const DepartmentKey kDept{12, 5};

Geometry square(double x, double size = 10)
{
    return Geometry::rectangle(QRectF(699000 + x, 6171000, size, size));
}

Geometry pathLine(double x)
{
    auto g = Geometry::fromWkt(QStringLiteral("LINESTRING(%1 6171002,%2 6171008)").arg(699000 + x).arg(699000 + x + 5));
    EXPECT_TRUE(g.ok());
    return g.ok() ? std::move(g).value() : Geometry();
}

class ZeroLength : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("z.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, QStringLiteral("Boligselskabet")}).ok());
        ASSERT_TRUE(store->saveDepartment({kDept, QStringLiteral("Engparken"), {}, 0, {}}).ok());
        for (int i = 0; i < 3; ++i) {
            AreaVersion a;
            a.department = kDept;
            a.careType = QStringLiteral("brugsplaene");
            a.validFrom = kStart;
            ASSERT_TRUE(store->areaLayer().insert(a, square(20.0 * i)).ok());
        }
        ASSERT_TRUE(tx->commit().ok());
    }

    /// Every stored version of an area (current and planned), by date.
    QList<AreaVersion> versions(qint64 areaId)
    {
        AreaQuery q;
        q.ids = {areaId};
        q.status.reset();
        auto list = store->areas(q);
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<AreaVersion>();
    }

    /// No stored area or path version ends on or before the day it begins.
    void expectNoZeroLengthVersion()
    {
        AreaQuery all;
        all.status.reset();
        auto areas = store->areas(all);
        ASSERT_TRUE(areas.ok());
        for (const AreaVersion &v : *areas)
            EXPECT_TRUE(!v.validTo.isValid() || v.validTo > v.validFrom)
                << "area " << v.areaId << " from " << v.validFrom.toString(Qt::ISODate).toStdString() << " to "
                << v.validTo.toString(Qt::ISODate).toStdString();
        ProjectStore::PathQuery paths;
        paths.status.reset();
        auto lines = store->paths(paths);
        ASSERT_TRUE(lines.ok());
        for (const PathVersion &v : *lines)
            EXPECT_TRUE(!v.validTo.isValid() || v.validTo > v.validFrom) << "path " << v.pathId;
    }

    QString careAt(qint64 areaId, const QDate &date)
    {
        AreaQuery q;
        q.ids = {areaId};
        q.at = date;
        auto list = store->areas(q);
        EXPECT_TRUE(list.ok());
        return list.ok() && list->size() == 1 ? list->first().careType : QStringLiteral("<none>");
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
};

} // namespace

TEST_F(ZeroLength, TaggingTwiceOnOneDateReplacesTheFirstChange)
{
    ASSERT_TRUE(tagAreas(*store, {{1, 2}, QStringLiteral("eng"), kMay, {}}).ok());
    auto second = tagAreas(*store, {{1}, QStringLiteral("blomstereng"), kMay, QStringLiteral("changed our minds")});
    ASSERT_TRUE(second.ok()) << second.errorMessage().toStdString();
    EXPECT_EQ(second->changed, 1);
    const QList<AreaVersion> h = versions(1);
    ASSERT_EQ(h.size(), 2) << "one change on that date, not two";
    EXPECT_EQ(h.at(0).careType, QStringLiteral("brugsplaene"));
    EXPECT_EQ(h.at(0).validTo, kMay);
    EXPECT_EQ(h.at(1).careType, QStringLiteral("blomstereng"));
    EXPECT_EQ(h.at(1).validFrom, kMay);
    EXPECT_FALSE(h.at(1).validTo.isValid());
    EXPECT_EQ(h.at(1).note, QStringLiteral("changed our minds"));
    EXPECT_EQ(careAt(1, kMay.addDays(-1)), QStringLiteral("brugsplaene"));
    EXPECT_EQ(careAt(1, kMay), QStringLiteral("blomstereng"));
    EXPECT_EQ(careAt(2, kMay), QStringLiteral("eng"));
    expectNoZeroLengthVersion();
}

TEST_F(ZeroLength, TaggingFromTheFirstDayOfAVersionReplacesIt)
{
    // Before a later version, too: that one stays as it is.
    ASSERT_TRUE(tagAreas(*store, {{3}, QStringLiteral("eng"), kMay, {}}).ok());
    ASSERT_TRUE(tagAreas(*store, {{3}, QStringLiteral("naturgraes"), kStart, {}}).ok());
    const QList<AreaVersion> h = versions(3);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h.at(0).careType, QStringLiteral("naturgraes"));
    EXPECT_EQ(h.at(0).validFrom, kStart);
    EXPECT_EQ(h.at(0).validTo, kMay);
    EXPECT_EQ(h.at(1).careType, QStringLiteral("eng"));
    EXPECT_EQ(careAt(3, kStart), QStringLiteral("naturgraes"));
    expectNoZeroLengthVersion();
}

TEST_F(ZeroLength, TheStoreRefusesVersionsOfZeroLength)
{
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    AreaVersion v;
    v.department = kDept;
    v.careType = QStringLiteral("eng");
    v.validFrom = kMay;
    v.validTo = kMay;
    auto inserted = store->areaLayer().insert(v, square(100));
    ASSERT_FALSE(inserted.ok());
    EXPECT_TRUE(inserted.errorMessage().contains(QStringLiteral("2026-05-01"))) << inserted.errorMessage().toStdString();
    // Ending a version before it begins is refused; ending it on the day it begins takes it out
    // (it was never valid for a day) instead of leaving a version from D to D.
    const qint64 fid = versions(1).first().fid;
    std::vector<AreaLayer::Successor> none;
    auto early = store->areaLayer().supersede(fid, kStart.addDays(-1), none, QDate());
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.errorMessage().contains(QStringLiteral("2018-12-31"))) << early.errorMessage().toStdString();
    ASSERT_TRUE(store->areaLayer().supersede(fid, kStart, none, QDate()).ok());
    EXPECT_TRUE(versions(1).isEmpty());

    PathVersion p;
    p.department = kDept;
    p.validFrom = kMay;
    p.validTo = kMay;
    EXPECT_FALSE(store->pathLayer().insert(p, pathLine(0)).ok());
    p.validTo = QDate();
    ASSERT_TRUE(store->pathLayer().insert(p, pathLine(0)).ok());
    std::vector<PathLayer::Successor> noPath;
    EXPECT_FALSE(store->pathLayer().supersede(p.fid, kMay.addDays(-1), noPath, QDate()).ok());
    ASSERT_TRUE(store->pathLayer().supersede(p.fid, kMay, noPath, QDate()).ok());
    PathQuery pathQuery;
    pathQuery.ids = {p.pathId};
    pathQuery.status.reset();
    auto paths = store->paths(pathQuery);
    ASSERT_TRUE(paths.ok());
    EXPECT_TRUE(paths->isEmpty());
    expectNoZeroLengthVersion();
}

TEST_F(ZeroLength, TheEditSessionReplacesAStoredVersionChangedOnItsFirstDay)
{
    ASSERT_TRUE(tagAreas(*store, {{1, 2, 3}, QStringLiteral("eng"), kMay, {}}).ok());
    EditSession session(*store);
    // Retag, a note and a new outline, each on the day the stored version begins.
    ASSERT_TRUE(session.retag({1}, QStringLiteral("blomstereng"), kMay).ok());
    ASSERT_TRUE(session.setNote({2}, QStringLiteral("slået i juni"), kMay).ok());
    auto reshaped = session.reshape(3, square(40, 12), kMay, {OverlapPolicy::Refuse, 0.0, 0.01});
    ASSERT_TRUE(reshaped.ok()) << reshaped.errorMessage().toStdString();
    for (qint64 id : {1, 2, 3}) {
        auto h = session.history(id);
        ASSERT_TRUE(h.ok());
        ASSERT_EQ(h->size(), 2) << "area " << id << ": the change on that date replaces the first one";
        EXPECT_EQ(h->at(1).version.validFrom, kMay);
        EXPECT_FALSE(h->at(1).version.validTo.isValid());
    }
    EXPECT_EQ(session.history(1)->at(1).version.careType, QStringLiteral("blomstereng"));
    EXPECT_EQ(session.history(2)->at(1).version.note, QStringLiteral("slået i juni"));
    EXPECT_EQ(session.history(2)->at(1).version.careType, QStringLiteral("eng"));

    auto saved = session.save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    expectNoZeroLengthVersion();
    ASSERT_EQ(versions(1).size(), 2);
    EXPECT_EQ(careAt(1, kMay), QStringLiteral("blomstereng"));
    EXPECT_EQ(careAt(1, kMay.addDays(-1)), QStringLiteral("brugsplaene"));
    EXPECT_NEAR(versions(3).at(1).areaM2, 144.0, 1e-6);
    EXPECT_NEAR(versions(3).at(0).areaM2, 100.0, 1e-6);
}

TEST_F(ZeroLength, UndoBringsTheReplacedVersionBackAndSavingThenChangesNothing)
{
    ASSERT_TRUE(tagAreas(*store, {{1}, QStringLiteral("eng"), kMay, {}}).ok());
    EditSession session(*store);
    auto step = session.retag({1}, QStringLiteral("blomstereng"), kMay);
    ASSERT_TRUE(step.ok());
    session.apply(*step, false);
    auto h = session.history(1);
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 2);
    EXPECT_EQ(h->at(1).version.careType, QStringLiteral("eng"));
    ASSERT_TRUE(session.save().ok());
    EXPECT_EQ(versions(1).size(), 2);
    EXPECT_EQ(careAt(1, kMay), QStringLiteral("eng"));
}

TEST_F(ZeroLength, RemovingAnAreaOnTheDayItBeganLeavesNoVersionOfIt)
{
    ASSERT_TRUE(tagAreas(*store, {{2}, QStringLiteral("eng"), kMay, {}}).ok());
    EditSession session(*store);
    ASSERT_TRUE(session.remove({2}, kMay).ok());
    auto h = session.history(2);
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 1) << "the version from that day is gone, the lawn ends that day";
    EXPECT_EQ(h->at(0).version.validTo, kMay);
    ASSERT_TRUE(session.save().ok());
    expectNoZeroLengthVersion();
    ASSERT_EQ(versions(2).size(), 1);
    EXPECT_EQ(careAt(2, kMay), QStringLiteral("<none>"));
}

TEST_F(ZeroLength, AMownPathEndedOnItsFirstDayIsGone)
{
    EditSession session(*store);
    ASSERT_TRUE(session.addPath(pathLine(0), kDept, PathKind::MownPath, 1.5, kMay).ok());
    ASSERT_TRUE(session.save().ok());
    ProjectStore::PathQuery all;
    all.status.reset();
    auto stored = store->paths(all);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EditSession again(*store);
    ASSERT_TRUE(again.endPaths({stored->first().pathId}, kMay).ok());
    auto saved = again.save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    expectNoZeroLengthVersion();
    auto after = store->paths(all);
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->isEmpty());
}

TEST_F(ZeroLength, CarryingOutAProposalOnTheDayAVersionBeganReplacesIt)
{
    ASSERT_TRUE(tagAreas(*store, {{1}, QStringLiteral("eng"), kMay, {}}).ok());
    auto proposal = createProposal(*store, kDept, QStringLiteral("Blomster"), QDate(2026, 1, 1));
    ASSERT_TRUE(proposal.ok()) << proposal.errorMessage().toStdString();
    EditSession session(*store);
    session.setProposal(proposal->id);
    ASSERT_TRUE(session.retag({1}, QStringLiteral("blomstereng"), kMay).ok());
    ASSERT_TRUE(session.save().ok());
    ASSERT_TRUE(setProposalStatus(*store, proposal->id, ProposalStatus::Adopted).ok());
    auto done = implementProposal(*store, proposal->id, kMay);
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    expectNoZeroLengthVersion();
    EXPECT_EQ(careAt(1, kMay), QStringLiteral("blomstereng"));
    EXPECT_EQ(careAt(1, kMay.addDays(-1)), QStringLiteral("brugsplaene"));
}

TEST_F(ZeroLength, RecoveredEditsReplaceTheStoredVersionToo)
{
    ASSERT_TRUE(tagAreas(*store, {{1}, QStringLiteral("eng"), kMay, {}}).ok());
    auto stamp = store->modifiedStamp();
    ASSERT_TRUE(stamp.ok());
    QByteArray json;
    {
        EditSession session(*store);
        ASSERT_TRUE(session.retag({1}, QStringLiteral("blomstereng"), kMay).ok());
        json = session.serialize(*stamp);
    }
    EditSession recovered(*store);
    auto restored = recovered.restore(json, *stamp);
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    ASSERT_EQ(recovered.history(1)->size(), 2);
    ASSERT_TRUE(recovered.save().ok());
    expectNoZeroLengthVersion();
    EXPECT_EQ(versions(1).size(), 2);
    EXPECT_EQ(careAt(1, kMay), QStringLiteral("blomstereng"));
}
