// Mown paths: lines mown through long grass, dated like the areas. Added and ended in an edit
// session (undo, save in the one transaction, crash recovery), planned in a proposal and mown from
// the conversion date when the proposal is carried out; bad lines are refused with a message.

#include "edit/edit_session.h"
#include "edit/proposals.h"
#include "store/project_store.h"
#include "test_support.h"
#include "util/dates.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

const QDate kStart(2019, 1, 1);
const QDate kMown(2024, 5, 1);
const QDate kEnded(2025, 9, 1);
const DepartmentKey kDept{12, 5};

Geometry line(const QString &wkt)
{
    auto g = Geometry::fromWkt(wkt);
    EXPECT_TRUE(g.ok()) << g.errorMessage().toStdString();
    return g.ok() ? std::move(*g) : Geometry();
}

class Paths : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, {}}).ok());
        ASSERT_TRUE(store->saveDepartment({kDept, QStringLiteral("Parken"), {}, 0, {}}).ok());
        AreaVersion a;
        a.department = kDept;
        a.careType = QStringLiteral("eng");
        a.validFrom = kStart;
        ASSERT_TRUE(store->areaLayer().insert(a, Geometry::rectangle(QRectF(699000, 6171000, 100, 50)).toMultiPolygon()).ok());
        ASSERT_TRUE(tx->commit().ok());
    }

    /// Stored path versions of any status, "id kind from to status width length".
    QStringList storedRows()
    {
        ProjectStore::PathQuery q;
        q.status.reset();
        auto rows = store->paths(q);
        EXPECT_TRUE(rows.ok());
        QStringList lines;
        for (const PathVersion &v : *rows)
            lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(v.pathId)
                         .arg(pathKindCode(v.kind), isoDate(v.validFrom), isoDate(v.validTo),
                              v.status == AreaStatus::Current ? QStringLiteral("current") : QStringLiteral("proposed"))
                         .arg(v.widthM)
                         .arg(v.lengthM);
        return lines;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
};

} // namespace

TEST_F(Paths, AddSaveAndReadBackWithLength)
{
    EditSession session(*store);
    // An L through the meadow: 60 m + 30 m.
    auto added = session.addPath(line(QStringLiteral("LINESTRING(699010 6171010, 699070 6171010, 699070 6171040)")),
                                 kDept, PathKind::MownPath, 1.5, kMown);
    ASSERT_TRUE(added.ok()) << added.errorMessage().toStdString();
    EXPECT_TRUE(session.isModified());
    auto before = session.pathsAt(kMown.addDays(-1));
    auto on = session.pathsAt(kMown);
    ASSERT_TRUE(before.ok() && on.ok());
    EXPECT_TRUE(before->isEmpty());
    ASSERT_EQ(on->size(), 1);
    EXPECT_DOUBLE_EQ(on->first().version.lengthM, 90.0);

    auto saved = session.save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_EQ(saved->versionsInserted, 1);
    EXPECT_FALSE(session.isModified());
    EXPECT_EQ(storedRows(), QStringList{QStringLiteral("1 mown_path 2024-05-01  current 1.5 90")});

    // Reopened from disk: the line is there, a (multi)line in the project CRS.
    store.reset();
    auto reopened = openStore(path, OpenMode::ReadWrite);
    ASSERT_TRUE(reopened.ok()) << reopened.errorMessage().toStdString();
    store = std::move(*reopened);
    ProjectStore::PathQuery q;
    q.at = kMown;
    auto rows = store->paths(q);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    auto geometry = store->pathGeometry(rows->first().fid);
    ASSERT_TRUE(geometry.ok()) << geometry.errorMessage().toStdString();
    EXPECT_TRUE(geometry->isLineal());
    EXPECT_DOUBLE_EQ(geometry->length(), 90.0);
    // Found by its extent.
    q.bounds = QRectF(699060, 6171030, 20, 20);
    EXPECT_EQ(store->paths(q)->size(), 1);
    q.bounds = QRectF(698000, 6170000, 20, 20);
    EXPECT_EQ(store->paths(q)->size(), 0);
}

TEST_F(Paths, EndingKeepsTheHistoryAndUndoRestores)
{
    {
        EditSession session(*store);
        ASSERT_TRUE(session.addPath(line(QStringLiteral("LINESTRING(699010 6171010, 699090 6171010)")), kDept,
                                    PathKind::SafetyEdge, 1.0, kMown)
                        .ok());
        ASSERT_TRUE(session.save().ok());
    }
    EditSession session(*store);
    auto ended = session.endPaths({1}, kEnded);
    ASSERT_TRUE(ended.ok()) << ended.errorMessage().toStdString();
    EXPECT_EQ(session.pathsAt(kEnded)->size(), 0);
    EXPECT_EQ(session.pathsAt(kEnded.addDays(-1))->size(), 1);
    session.apply(*ended, false); // undo
    EXPECT_EQ(session.pathsAt(kEnded)->size(), 1);
    session.apply(*ended, true); // redo
    EXPECT_EQ(session.pathsAt(kEnded)->size(), 0);
    // Ending it again on the same day is refused: it is not mown then.
    EXPECT_FALSE(session.endPaths({1}, kEnded).ok());
    ASSERT_TRUE(session.save().ok());
    EXPECT_EQ(storedRows(), QStringList{QStringLiteral("1 safety_edge 2024-05-01 2025-09-01 current 1 80")});
}

TEST_F(Paths, BadLinesAreRefusedWithAMessage)
{
    EditSession session(*store);
    auto polygon = session.addPath(Geometry::rectangle(QRectF(699000, 6171000, 10, 10)), kDept, PathKind::MownPath, 1.5, kMown);
    EXPECT_FALSE(polygon.ok());
    EXPECT_TRUE(polygon.errorMessage().contains(QStringLiteral("line"))) << polygon.errorMessage().toStdString();
    EXPECT_FALSE(session.addPath(line(QStringLiteral("LINESTRING(699010 6171010, 699010.1 6171010)")), kDept,
                                 PathKind::MownPath, 1.5, kMown)
                     .ok());
    auto wide = session.addPath(line(QStringLiteral("LINESTRING(699010 6171010, 699050 6171010)")), kDept,
                                PathKind::MownPath, 25, kMown);
    EXPECT_FALSE(wide.ok());
    EXPECT_TRUE(wide.errorMessage().contains(QStringLiteral("25"))) << wide.errorMessage().toStdString();
    EXPECT_FALSE(session.addPath(line(QStringLiteral("LINESTRING(699010 6171010, 699050 6171010)")), kDept,
                                 PathKind::MownPath, 1.5, QDate())
                     .ok());
    auto unknown = session.addPath(line(QStringLiteral("LINESTRING(699010 6171010, 699050 6171010)")), {12, 99},
                                   PathKind::MownPath, 1.5, kMown);
    EXPECT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.errorMessage().contains(QStringLiteral("12-99")) || unknown.errorMessage().contains(QStringLiteral("99")))
        << unknown.errorMessage().toStdString();
    EXPECT_FALSE(session.isModified());
}

TEST_F(Paths, CrashRecoveryKeepsUnsavedPaths)
{
    const QString base = QStringLiteral("2024-05-01T10:00:00Z");
    EditSession session(*store);
    ASSERT_TRUE(session.addPath(line(QStringLiteral("LINESTRING(699010 6171020, 699090 6171020)")), kDept,
                                PathKind::MownPath, 2.0, kMown)
                    .ok());
    const QByteArray json = session.serialize(base);
    EditSession restored(*store);
    auto ok = restored.restore(json, base);
    ASSERT_TRUE(ok.ok()) << ok.errorMessage().toStdString();
    EXPECT_TRUE(restored.isModified());
    auto shapes = restored.pathsAt(kMown);
    ASSERT_TRUE(shapes.ok());
    ASSERT_EQ(shapes->size(), 1);
    EXPECT_DOUBLE_EQ(shapes->first().version.widthM, 2.0);
    ASSERT_TRUE(restored.save().ok());
    EXPECT_EQ(storedRows(), QStringList{QStringLiteral("1 mown_path 2024-05-01  current 2 80")});
}

TEST_F(Paths, PlannedInAProposalAndMownFromTheConversion)
{
    auto created = createProposal(*store, kDept, QStringLiteral("Stier 2025"), kMown);
    ASSERT_TRUE(created.ok());
    const qint64 proposalId = created->id;
    EditSession session(*store);
    session.setProposal(proposalId);
    ASSERT_TRUE(session.addPath(line(QStringLiteral("LINESTRING(699010 6171025, 699090 6171025)")), kDept,
                                PathKind::MownPath, 1.5, kMown)
                    .ok());
    EXPECT_EQ(session.pathsAt(kMown)->size(), 1); // as the proposal plans it
    session.setProposal(std::nullopt);
    EXPECT_EQ(session.pathsAt(kMown)->size(), 0); // not on today's map
    session.setProposal(proposalId);
    ASSERT_TRUE(session.save().ok());
    EXPECT_EQ(storedRows(), QStringList{QStringLiteral("1 mown_path 2024-05-01  proposed 1.5 80")});

    // A proposal that plans only paths can be carried out.
    ASSERT_TRUE(setProposalStatus(*store, proposalId, ProposalStatus::Adopted).ok());
    const QDate conversion(2025, 5, 1);
    auto report = implementProposal(*store, proposalId, conversion);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->paths, 1);
    EXPECT_EQ(report->added + report->retagged, 0);
    EditSession view(*store);
    EXPECT_EQ(view.pathsAt(conversion.addDays(-1))->size(), 0);
    EXPECT_EQ(view.pathsAt(conversion)->size(), 1);
    EXPECT_EQ(storedRows().size(), 2); // the planned version stays for the record

    // Dropping a planned path in a new draft deletes the planned version, not history.
    auto second = createProposal(*store, kDept, QStringLiteral("Flere stier"), conversion);
    ASSERT_TRUE(second.ok());
    EditSession draft(*store);
    draft.setProposal(second->id);
    auto added = draft.addPath(line(QStringLiteral("LINESTRING(699010 6171040, 699090 6171040)")), kDept,
                               PathKind::MownPath, 1.5, conversion);
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(draft.save().ok());
    EXPECT_EQ(storedRows().size(), 3);
    EditSession redraft(*store);
    redraft.setProposal(second->id);
    auto planned = redraft.pathsAt(conversion);
    ASSERT_TRUE(planned.ok());
    qint64 plannedId = 0;
    for (const PathShape &s : *planned)
        if (s.version.status == AreaStatus::Proposed)
            plannedId = s.version.pathId;
    ASSERT_NE(plannedId, 0);
    ASSERT_TRUE(redraft.endPaths({plannedId}, conversion).ok());
    ASSERT_TRUE(redraft.save().ok());
    EXPECT_EQ(storedRows().size(), 2);
}
