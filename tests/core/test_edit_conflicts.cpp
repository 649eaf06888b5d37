// Several editors on one project: who wrote each version and when (schema 6), saves of different
// areas that both land, and a conflict on one area that is refused for that area only, described
// (the area, what changed, by whom, when) and settled by keeping theirs, keeping mine or merging.
// Two ProjectStore connections on one GeoPackage file are the two editors.

#include "edit/edit_conflicts.h"
#include "edit/edit_session.h"
#include "edit/mowing_zone_edits.h"
#include "edit/tagging.h"
#include "store/project_store.h"
#include "test_support.h"
#include "util/translations.h"

#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

constexpr double X0 = 699000.0;
constexpr double Y0 = 6171000.0;
const QDate kStart(2019, 1, 1);
const QDate k2021(2021, 1, 1);
const QDate k2022(2022, 1, 1);
const DepartmentKey kDept5{12, 5};
const DepartmentKey kDept7{12, 7};
const QString kLawn = QStringLiteral("brugsplaene");
const QString kMeadow = QStringLiteral("eng");
const QString kFlowers = QStringLiteral("blomstereng");

Geometry rect(double x, double y, double w, double h)
{
    return Geometry::rectangle(QRectF(X0 + x, Y0 + y, w, h));
}

Geometry line(double x1, double y1, double x2, double y2)
{
    auto g = Geometry::fromWkt(QStringLiteral("LINESTRING(%1 %2,%3 %4)")
                                   .arg(X0 + x1, 0, 'f', 3)
                                   .arg(Y0 + y1, 0, 'f', 3)
                                   .arg(X0 + x2, 0, 'f', 3)
                                   .arg(Y0 + y2, 0, 'f', 3));
    EXPECT_TRUE(g.ok());
    return g.ok() ? std::move(g).value() : Geometry();
}

/// Areas 1 (8 x 10 m) and 2 (12 x 10 m) in 12-005 "Engparken", area 3 (10 x 10 m) in 12-007, all
/// lawn from 2019; written by "setup". Editor A is `store` ("anna@kontoret"), editor B is `other`
/// ("bo@driften"), both open on the one file.
class EditConflictTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("team.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
        store->setEditorName(QStringLiteral("setup"));
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, QStringLiteral("Boligselskabet")}).ok());
        ASSERT_TRUE(store->saveDepartment({kDept5, QStringLiteral("Engparken"), {}, 0, {}}).ok());
        ASSERT_TRUE(store->saveDepartment({kDept7, QStringLiteral("Skovbrynet"), {}, 0, {}}).ok());
        const double x[] = {0, 8, 20, 30};
        for (int i = 0; i < 3; ++i) {
            AreaVersion a;
            a.department = i < 2 ? kDept5 : kDept7;
            a.careType = kLawn;
            a.validFrom = kStart;
            ASSERT_TRUE(store->areaLayer().insert(a, rect(x[i], 0, x[i + 1] - x[i], 10)).ok());
        }
        ASSERT_TRUE(tx->commit().ok());
        store->setEditorName(QStringLiteral("anna@kontoret"));
        auto opened = openStore(path, OpenMode::ReadWrite);
        ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
        other = std::move(opened).value();
        other->setEditorName(QStringLiteral("bo@driften"));
        mine = std::make_unique<EditSession>(*store);
        theirs = std::make_unique<EditSession>(*other);
    }

    /// The current versions of an area, oldest first, as the project holds them now.
    QList<AreaVersion> versions(qint64 areaId)
    {
        AreaQuery q;
        q.ids = {areaId};
        auto list = store->areas(q);
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<AreaVersion>();
    }

    AreaVersion at(qint64 areaId, const QDate &date)
    {
        AreaQuery q;
        q.ids = {areaId};
        q.at = date;
        auto list = store->areas(q);
        EXPECT_TRUE(list.ok() && list->size() == 1) << "area " << areaId;
        return list.ok() && !list->isEmpty() ? list->first() : AreaVersion();
    }

    Geometry shapeAt(qint64 areaId, const QDate &date)
    {
        auto g = store->areaGeometry(at(areaId, date).fid);
        EXPECT_TRUE(g.ok());
        return g.ok() ? std::move(g).value() : Geometry();
    }

    /// Stores department 12-005's mowing zones from 2021 and reads the first, as an editor would.
    void readFirstZone(ZoneVersion &read)
    {
        ASSERT_TRUE(storeMowingZones(*store, kDept5, k2021).ok());
        VersionQuery q;
        q.department = kDept5;
        q.at = k2021;
        auto zones = store->zoneLayer().versions(q);
        ASSERT_TRUE(zones.ok());
        ASSERT_FALSE(zones->isEmpty());
        read = zones->first();
    }

    QString name(const QString &code) const { return store->catalogue().careTypeName(code, currentLanguage()); }
    static QString today() { return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<ProjectStore> other;
    std::unique_ptr<EditSession> mine;
    std::unique_ptr<EditSession> theirs;
    OverlapRules clip{OverlapPolicy::Clip, 0.0, 0.01};
};

} // namespace

// --- who and when

TEST_F(EditConflictTest, EveryVersionRecordsItsEditorAndTime)
{
    const AreaVersion first = at(1, kStart);
    EXPECT_EQ(first.changedBy, QStringLiteral("setup"));
    ASSERT_TRUE(first.changedAt.isValid());
    EXPECT_EQ(first.changedAt.timeSpec(), Qt::UTC);
    EXPECT_LE(qAbs(first.changedAt.secsTo(QDateTime::currentDateTimeUtc())), 120);

    ASSERT_TRUE(theirs->retag({1}, kMeadow, k2021).ok());
    ASSERT_TRUE(theirs->save().ok());
    const AreaVersion next = at(1, k2021);
    EXPECT_EQ(next.changedBy, QStringLiteral("bo@driften"));
    EXPECT_TRUE(next.changedAt.isValid());
    // The version their edit closed records who closed it and when; the open one has no closer.
    const AreaVersion closed = versions(1).first();
    EXPECT_EQ(closed.validTo, k2021);
    EXPECT_EQ(closed.changedBy, QStringLiteral("setup"));
    EXPECT_EQ(closed.closedBy, QStringLiteral("bo@driften"));
    EXPECT_EQ(closed.closedAt, next.changedAt);
    EXPECT_TRUE(next.closedBy.isEmpty());
    EXPECT_FALSE(next.closedAt.isValid());
    // The columns are in the file under the names the PostGIS schema uses too.
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    for (const char *table : {"areas", "paths", "mowing_zones"}) {
        OGRLayer *layer = ds->GetLayerByName(table);
        ASSERT_TRUE(layer) << table;
        EXPECT_GE(layer->GetLayerDefn()->GetFieldIndex("changed_by"), 0) << table;
        EXPECT_GE(layer->GetLayerDefn()->GetFieldIndex("changed_at"), 0) << table;
        EXPECT_GE(layer->GetLayerDefn()->GetFieldIndex("closed_by"), 0) << table;
        EXPECT_GE(layer->GetLayerDefn()->GetFieldIndex("closed_at"), 0) << table;
    }
    OGRLayer *rows = ds->ExecuteSQL("SELECT changed_at FROM areas WHERE area_id = 1 AND valid_from = '2021-01-01'", nullptr, nullptr);
    ASSERT_TRUE(rows);
    std::unique_ptr<OGRFeature> row(rows->GetNextFeature());
    ASSERT_TRUE(row);
    const QString stamp = QString::fromUtf8(row->GetFieldAsString(0));
    ds->ReleaseResultSet(rows);
    EXPECT_TRUE(stamp.endsWith(QLatin1Char('Z'))) << stamp.toStdString() << ": ISO 8601 in UTC";
}

TEST_F(EditConflictTest, TheEditorNameComesFromEngdriftUserByDefault)
{
    const QByteArray saved = qgetenv("ENGDRIFT_USER");
    qputenv("ENGDRIFT_USER", "karen@ejendomskontoret");
    EXPECT_EQ(AreaLayer::defaultEditorName(), QStringLiteral("karen@ejendomskontoret"));
    auto third = openStore(path, OpenMode::ReadWrite);
    ASSERT_TRUE(third.ok());
    EXPECT_EQ((*third)->editorName(), QStringLiteral("karen@ejendomskontoret"));
    (*third)->setEditorName(QString());
    EXPECT_EQ((*third)->editorName(), QStringLiteral("karen@ejendomskontoret")) << "empty: the default again";
    qunsetenv("ENGDRIFT_USER");
    EXPECT_FALSE(AreaLayer::defaultEditorName().isEmpty()) << "the system's user name and host";
    if (!saved.isNull())
        qputenv("ENGDRIFT_USER", saved);
}

TEST_F(EditConflictTest, RowsWrittenBeforeSchema6AreByAnUnknownEditor)
{
    ASSERT_TRUE(mine->retag({2}, kMeadow, k2021).ok());
    // Someone else changes area 2 with an older program that leaves changed_by and changed_at empty.
    ASSERT_TRUE(tagAreas(*other, {{2}, kFlowers, k2022, {}}).ok());
    other.reset();
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        ds->ExecuteSQL("UPDATE areas SET changed_by = NULL, changed_at = NULL WHERE area_id = 2 AND valid_from = '2022-01-01'",
                       nullptr, nullptr);
    }
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    ASSERT_EQ(saved->conflicts.size(), 1);
    const AreaConflict &c = saved->conflicts.first();
    EXPECT_TRUE(c.changedBy.isEmpty());
    EXPECT_FALSE(c.changedAt.isValid());
    EXPECT_TRUE(c.message.contains(QStringLiteral("unknown"))) << c.message.toStdString();
}

// --- two editors

TEST_F(EditConflictTest, TwoEditorsOfDifferentDepartmentsBothSave)
{
    ASSERT_TRUE(mine->retag({1, 2}, kMeadow, k2021).ok());     // department 12-005
    ASSERT_TRUE(theirs->retag({3}, kFlowers, k2021).ok());     // department 12-007
    auto theirSave = theirs->save();
    ASSERT_TRUE(theirSave.ok()) << theirSave.errorMessage().toStdString();
    EXPECT_TRUE(theirSave->conflicts.isEmpty());
    auto mySave = mine->save();
    ASSERT_TRUE(mySave.ok()) << mySave.errorMessage().toStdString();
    EXPECT_TRUE(mySave->conflicts.isEmpty());
    EXPECT_FALSE(mine->isModified());
    EXPECT_EQ(at(1, k2021).careType, kMeadow);
    EXPECT_EQ(at(2, k2021).careType, kMeadow);
    EXPECT_EQ(at(3, k2021).careType, kFlowers);
    EXPECT_EQ(at(3, k2021).changedBy, QStringLiteral("bo@driften"));
    EXPECT_EQ(at(1, k2021).changedBy, QStringLiteral("anna@kontoret"));
}

TEST_F(EditConflictTest, TwoEditorsOfDifferentAreasInOneDepartmentBothSave)
{
    ASSERT_TRUE(mine->retag({1}, kMeadow, k2021).ok());
    ASSERT_TRUE(theirs->reshape(2, rect(8, 0, 12, 8), k2021, clip).ok());
    ASSERT_TRUE(theirs->save().ok());
    auto mySave = mine->save();
    ASSERT_TRUE(mySave.ok());
    EXPECT_TRUE(mySave->conflicts.isEmpty());
    EXPECT_EQ(at(1, k2021).careType, kMeadow);
    EXPECT_NEAR(shapeAt(2, k2021).area(), 96.0, 1e-6);
}

TEST_F(EditConflictTest, OnlyTheConflictingAreaIsRefusedAndItsEditStays)
{
    ASSERT_TRUE(mine->retag({1, 2}, kMeadow, k2021).ok());
    ASSERT_TRUE(theirs->retag({2}, kFlowers, k2021).ok());
    ASSERT_TRUE(theirs->save().ok());

    auto saved = mine->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_EQ(at(1, k2021).careType, kMeadow) << "area 1 is saved";
    EXPECT_EQ(at(2, k2021).careType, kFlowers) << "theirs is not overwritten";
    ASSERT_EQ(saved->conflicts.size(), 1);
    EXPECT_EQ(saved->pendingAreaIds, QList<qint64>{2});
    EXPECT_EQ(mine->editedAreaIds(), QList<qint64>{2});
    EXPECT_TRUE(mine->isModified());
    ASSERT_EQ(mine->conflicts().size(), 1);

    const AreaConflict &c = saved->conflicts.first();
    EXPECT_EQ(c.areaId, 2);
    EXPECT_EQ(c.department, kDept5);
    EXPECT_EQ(c.departmentName, QStringLiteral("Engparken"));
    EXPECT_EQ(c.careType, kLawn);
    EXPECT_TRUE(c.theirs.careType);
    EXPECT_FALSE(c.theirs.shape);
    EXPECT_FALSE(c.theirs.ended);
    EXPECT_EQ(c.theirCareType, kFlowers);
    EXPECT_EQ(c.theirDate, k2021);
    EXPECT_TRUE(c.mine.careType);
    EXPECT_EQ(c.myCareType, kMeadow);
    EXPECT_EQ(c.changedBy, QStringLiteral("bo@driften"));
    EXPECT_FALSE(c.canMerge()) << "both changed the care type";
    for (const QString &part : {QStringLiteral("Area 2"), QStringLiteral("12-005"), QStringLiteral("Engparken"),
                                name(kLawn) + QStringLiteral(" → ") + name(kFlowers), QStringLiteral("bo@driften"),
                                today(), QStringLiteral("2021-01-01"), name(kMeadow)})
        EXPECT_TRUE(c.message.contains(part)) << "\"" << part.toStdString() << "\" missing in: " << c.message.toStdString();

    // Saving again does not write it either: the conflict stands until it is settled.
    auto again = mine->save();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->conflicts.size(), 1);
    EXPECT_EQ(at(2, k2021).careType, kFlowers);
}

TEST_F(EditConflictTest, KeepTheirsDropsMyEditOfThatArea)
{
    ASSERT_TRUE(mine->retag({1, 2}, kMeadow, k2021).ok());
    ASSERT_TRUE(theirs->retag({2}, kFlowers, k2021).ok());
    ASSERT_TRUE(theirs->save().ok());
    ASSERT_TRUE(mine->save().ok());
    auto resolved = mine->resolveConflict(2, ConflictChoice::KeepTheirs);
    ASSERT_TRUE(resolved.ok()) << resolved.errorMessage().toStdString();
    EXPECT_FALSE(mine->isModified());
    EXPECT_TRUE(mine->conflicts().isEmpty());
    EXPECT_EQ(at(2, k2021).careType, kFlowers);
    EXPECT_EQ(versions(2).size(), 2);
    EXPECT_FALSE(mine->resolveConflict(2, ConflictChoice::KeepTheirs).ok()) << "nothing left to settle";
}

TEST_F(EditConflictTest, KeepMineSupersedesTheirVersion)
{
    ASSERT_TRUE(mine->retag({2}, kMeadow, k2022).ok());
    ASSERT_TRUE(theirs->retag({2}, kFlowers, k2021).ok());
    ASSERT_TRUE(theirs->save().ok());
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->conflicts.size(), 1);
    ASSERT_TRUE(mine->resolveConflict(2, ConflictChoice::KeepMine).ok());
    auto again = mine->save();
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    EXPECT_TRUE(again->conflicts.isEmpty());
    EXPECT_FALSE(mine->isModified());
    // Their version stays in the history, mine follows it from my date.
    const QList<AreaVersion> h = versions(2);
    ASSERT_EQ(h.size(), 3);
    EXPECT_EQ(h.at(0).careType, kLawn);
    EXPECT_EQ(h.at(0).validTo, k2021);
    EXPECT_EQ(h.at(1).careType, kFlowers);
    EXPECT_EQ(h.at(1).validTo, k2022);
    EXPECT_EQ(h.at(2).careType, kMeadow);
    EXPECT_EQ(h.at(2).changedBy, QStringLiteral("anna@kontoret"));
}

TEST_F(EditConflictTest, MergeTakesTheirShapeAndMyCareType)
{
    ASSERT_TRUE(mine->retag({2}, kMeadow, k2021).ok());
    ASSERT_TRUE(theirs->reshape(2, rect(8, 0, 12, 8), k2021, clip).ok());
    ASSERT_TRUE(theirs->save().ok());
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->conflicts.size(), 1);
    const AreaConflict &c = saved->conflicts.first();
    EXPECT_TRUE(c.theirs.shape);
    EXPECT_FALSE(c.theirs.careType);
    EXPECT_TRUE(c.mine.careType);
    EXPECT_FALSE(c.mine.shape);
    EXPECT_TRUE(c.canMerge());
    EXPECT_TRUE(c.message.contains(QStringLiteral("shape changed"))) << c.message.toStdString();
    ASSERT_TRUE(mine->resolveConflict(2, ConflictChoice::Merge).ok());
    ASSERT_TRUE(mine->save().ok());
    const AreaVersion now = at(2, k2021);
    EXPECT_EQ(now.careType, kMeadow);
    EXPECT_NEAR(shapeAt(2, k2021).area(), 96.0, 1e-6) << "their shape";
    EXPECT_EQ(versions(2).size(), 2) << "their version replaced on its first day by the merged one";
}

TEST_F(EditConflictTest, MergeTakesMyShapeAndTheirCareType)
{
    ASSERT_TRUE(mine->reshape(2, rect(8, 0, 12, 8), k2022, clip).ok());
    ASSERT_TRUE(theirs->retag({2}, kFlowers, k2021).ok());
    ASSERT_TRUE(theirs->save().ok());
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->conflicts.size(), 1);
    EXPECT_TRUE(saved->conflicts.first().canMerge());
    ASSERT_TRUE(mine->resolveConflict(2, ConflictChoice::Merge).ok());
    ASSERT_TRUE(mine->save().ok());
    EXPECT_EQ(at(2, k2021).careType, kFlowers);
    EXPECT_NEAR(shapeAt(2, k2021).area(), 120.0, 1e-6);
    EXPECT_EQ(at(2, k2022).careType, kFlowers);
    EXPECT_NEAR(shapeAt(2, k2022).area(), 96.0, 1e-6) << "my shape from my date";
}

TEST_F(EditConflictTest, MergeIsRefusedWhenBothChangedTheSameThing)
{
    ASSERT_TRUE(mine->retag({2}, kMeadow, k2021).ok());
    ASSERT_TRUE(theirs->retag({2}, kFlowers, k2021).ok());
    ASSERT_TRUE(theirs->save().ok());
    ASSERT_TRUE(mine->save().ok());
    auto merged = mine->resolveConflict(2, ConflictChoice::Merge);
    ASSERT_FALSE(merged.ok());
    EXPECT_TRUE(mine->isModified());
    EXPECT_EQ(mine->conflicts().size(), 1);
}

TEST_F(EditConflictTest, ASplitByTheOtherEditorIsNamed)
{
    ASSERT_TRUE(mine->retag({2}, kMeadow, k2022).ok());
    ASSERT_TRUE(theirs->split(2, line(14, -1, 14, 11), k2021).ok());
    auto theirSave = theirs->save();
    ASSERT_TRUE(theirSave.ok());
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->conflicts.size(), 1);
    const AreaConflict &c = saved->conflicts.first();
    EXPECT_TRUE(c.theirs.ended);
    EXPECT_EQ(c.successorIds, (QList<qint64>{4, 5}));
    EXPECT_FALSE(c.canMerge());
    EXPECT_TRUE(c.message.contains(QStringLiteral("split into areas 4, 5 on 2021-01-01"))) << c.message.toStdString();
    EXPECT_TRUE(c.message.contains(QStringLiteral("bo@driften"))) << c.message.toStdString();
    // Keep mine: my care type on the two parts their split made, from my date.
    EXPECT_TRUE(c.canKeepMine());
    ASSERT_TRUE(mine->resolveConflict(2, ConflictChoice::KeepMine).ok());
    auto again = mine->save();
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    EXPECT_TRUE(again->conflicts.isEmpty());
    EXPECT_FALSE(mine->isModified());
    for (qint64 part : {4, 5}) {
        EXPECT_EQ(at(part, k2021).careType, kLawn) << part << ": theirs until my date";
        EXPECT_EQ(at(part, k2022).careType, kMeadow) << part << ": mine from my date";
        EXPECT_EQ(at(part, k2022).lineage, QList<qint64>{2}) << part;
    }
    EXPECT_EQ(versions(2).last().validTo, k2021) << "area 2 stays ended where they ended it";
    EXPECT_NEAR(shapeAt(4, k2022).area() + shapeAt(5, k2022).area(), 120.0, 1e-6) << "their outlines";
}

TEST_F(EditConflictTest, MyNewOutlineIsNotLaidOnTheirSplit)
{
    ASSERT_TRUE(mine->reshape(2, rect(8, 0, 12, 8), k2022, clip).ok());
    ASSERT_TRUE(theirs->split(2, line(14, -1, 14, 11), k2021).ok());
    ASSERT_TRUE(theirs->save().ok());
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->conflicts.size(), 1);
    EXPECT_FALSE(saved->conflicts.first().canKeepMine());
    const QString before = test::snapshot(path);
    auto kept = mine->resolveConflict(2, ConflictChoice::KeepMine);
    ASSERT_FALSE(kept.ok());
    EXPECT_TRUE(kept.errorMessage().contains(QStringLiteral("areas 4, 5"))) << kept.errorMessage().toStdString();
    EXPECT_EQ(mine->conflicts().size(), 1) << "still to settle";
    EXPECT_EQ(test::snapshot(path), before);
}

TEST_F(EditConflictTest, AnAreaRetiredBeforeMyDateLeavesNothingToKeep)
{
    ASSERT_TRUE(mine->retag({2}, kMeadow, k2022).ok());
    ASSERT_TRUE(theirs->remove({2}, k2021).ok());
    ASSERT_TRUE(theirs->save().ok());
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->conflicts.size(), 1);
    EXPECT_FALSE(saved->conflicts.first().canKeepMine());
    EXPECT_FALSE(mine->resolveConflict(2, ConflictChoice::KeepMine).ok());
    ASSERT_TRUE(mine->resolveConflict(2, ConflictChoice::KeepTheirs).ok());
    EXPECT_FALSE(mine->isModified());
}

TEST_F(EditConflictTest, AnAreaEndedByTheOtherEditorNamesWhoEndedIt)
{
    ASSERT_TRUE(mine->retag({2}, kMeadow, k2022).ok());
    // The area was written by "setup"; "bo@driften" ends it, which writes no successor.
    ASSERT_TRUE(theirs->remove({2}, k2021).ok());
    ASSERT_TRUE(theirs->save().ok());
    const AreaVersion ended = versions(2).last();
    EXPECT_EQ(ended.validTo, k2021);
    EXPECT_EQ(ended.closedBy, QStringLiteral("bo@driften"));
    ASSERT_TRUE(ended.closedAt.isValid());
    EXPECT_LE(qAbs(ended.closedAt.secsTo(QDateTime::currentDateTimeUtc())), 120);
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    ASSERT_EQ(saved->conflicts.size(), 1);
    const AreaConflict &c = saved->conflicts.first();
    EXPECT_TRUE(c.theirs.ended);
    EXPECT_TRUE(c.successorIds.isEmpty());
    EXPECT_EQ(c.changedBy, QStringLiteral("bo@driften"));
    EXPECT_EQ(c.changedAt, ended.closedAt);
    EXPECT_TRUE(c.message.contains(QStringLiteral("bo@driften"))) << c.message.toStdString();
    EXPECT_TRUE(c.message.contains(today())) << c.message.toStdString();
    EXPECT_FALSE(c.message.contains(QStringLiteral("unknown"))) << c.message.toStdString();
}

TEST_F(EditConflictTest, AZoneEndedByTheOtherEditorNamesWhoEndedIt)
{
    ZoneVersion read;
    ASSERT_NO_FATAL_FAILURE(readFirstZone(read));
    {
        auto tx = other->begin();
        ASSERT_TRUE(tx.ok());
        std::vector<ZoneLayer::Successor> none;
        ASSERT_TRUE(other->zoneLayer().supersede(read.fid, k2022, none, read.validTo).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    const Error error = describeZoneConflict(*store, read, makeConflict(QStringLiteral("changed")));
    for (const QString &part : {QStringLiteral("ended on 2022-01-01"), QStringLiteral("bo@driften"), today()})
        EXPECT_TRUE(error.message.contains(part)) << error.message.toStdString();
}

TEST_F(EditConflictTest, MySplitOfAChangedAreaStaysPendingWithItsParts)
{
    ASSERT_TRUE(mine->retag({1}, kMeadow, k2021).ok());
    auto split = mine->split(2, line(14, -1, 14, 11), k2022);
    ASSERT_TRUE(split.ok()) << split.errorMessage().toStdString();
    ASSERT_TRUE(theirs->retag({2}, kFlowers, k2021).ok());
    ASSERT_TRUE(theirs->save().ok());
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    ASSERT_EQ(saved->conflicts.size(), 1);
    EXPECT_EQ(saved->conflicts.first().areaId, 2);
    EXPECT_TRUE(saved->conflicts.first().mine.ended);
    EXPECT_EQ(saved->pendingAreaIds.size(), 3) << "area 2 and its two new parts";
    EXPECT_EQ(at(1, k2021).careType, kMeadow);
    AreaQuery all;
    all.at = k2022;
    EXPECT_EQ(store->areas(all)->size(), 3) << "the parts are not saved without the split";
    // Keep mine: the split is made on their version.
    ASSERT_TRUE(mine->resolveConflict(2, ConflictChoice::KeepMine).ok());
    auto again = mine->save();
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    EXPECT_TRUE(again->conflicts.isEmpty());
    EXPECT_FALSE(mine->isModified());
    EXPECT_EQ(store->areas(all)->size(), 4);
    EXPECT_EQ(at(2, k2021).careType, kFlowers);
    EXPECT_TRUE(versions(2).last().validTo == k2022);
}

// --- mown paths: one changed by someone else is held back, the rest saved

namespace {

/// A path through area 1 written by the other editor from 2019; its id.
qint64 addTheirPath(EditSession &theirs)
{
    auto added = theirs.addPath(line(1, 5, 7, 5), kDept5, PathKind::MownPath, 1.5, kStart);
    EXPECT_TRUE(added.ok()) << added.errorMessage().toStdString();
    auto saved = theirs.save();
    EXPECT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    return 1;
}

} // namespace

TEST_F(EditConflictTest, APathEndedByTheOtherEditorIsHeldBackAndTheRestIsSaved)
{
    const qint64 path = addTheirPath(*theirs);
    ASSERT_TRUE(mine->endPaths({path}, k2022).ok());
    ASSERT_TRUE(mine->retag({1}, kMeadow, k2021).ok());
    // The other editor ends the path a year earlier.
    EditSession later(*other);
    ASSERT_TRUE(later.endPaths({path}, k2021).ok());
    ASSERT_TRUE(later.save().ok());
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_TRUE(saved->conflicts.isEmpty());
    ASSERT_EQ(saved->pathConflicts.size(), 1);
    EXPECT_EQ(saved->pendingPathIds, QList<qint64>{path});
    EXPECT_EQ(at(1, k2021).careType, kMeadow) << "the area edit is saved";
    const PathConflict &c = saved->pathConflicts.first();
    EXPECT_EQ(c.pathId, path);
    EXPECT_EQ(c.theirEnd, k2021);
    EXPECT_EQ(c.myEnd, k2022);
    EXPECT_EQ(c.changedBy, QStringLiteral("bo@driften"));
    EXPECT_FALSE(c.mineApplies()) << "their end is earlier than mine";
    for (const QString &part : {QStringLiteral("Path %1").arg(path), QStringLiteral("Engparken"), QStringLiteral("2021-01-01"),
                                QStringLiteral("2022-01-01"), QStringLiteral("bo@driften"), today()})
        EXPECT_TRUE(c.message.contains(part)) << c.message.toStdString();
    EXPECT_TRUE(mine->isModified());
    EXPECT_EQ(mine->pathConflicts().size(), 1);
    // Nothing of mine is left to make; merge is never offered for a path.
    EXPECT_FALSE(mine->resolvePathConflict(path, ConflictChoice::KeepMine).ok());
    EXPECT_FALSE(mine->resolvePathConflict(path, ConflictChoice::Merge).ok());
    ASSERT_TRUE(mine->resolvePathConflict(path, ConflictChoice::KeepTheirs).ok());
    EXPECT_FALSE(mine->isModified());
    PathQuery q;
    q.ids = {path};
    auto stored = store->paths(q);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().validTo, k2021);
}

TEST_F(EditConflictTest, KeepMineEndsTheirPathOnMyEarlierDate)
{
    const qint64 path = addTheirPath(*theirs);
    ASSERT_TRUE(mine->endPaths({path}, k2021).ok());
    EditSession later(*other);
    ASSERT_TRUE(later.endPaths({path}, k2022).ok());
    ASSERT_TRUE(later.save().ok());
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    ASSERT_EQ(saved->pathConflicts.size(), 1);
    EXPECT_TRUE(saved->pathConflicts.first().mineApplies());
    // The held-back edit survives a crash: restored, it meets the same conflict.
    auto modified = store->modifiedStamp();
    ASSERT_TRUE(modified.ok());
    const QByteArray json = mine->serialize(*modified);
    EditSession restored(*store);
    ASSERT_TRUE(restored.restore(json, *modified).ok());
    auto again = restored.save();
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    ASSERT_EQ(again->pathConflicts.size(), 1) << "read before their end, still";
    ASSERT_TRUE(restored.resolvePathConflict(path, ConflictChoice::KeepMine).ok());
    auto last = restored.save();
    ASSERT_TRUE(last.ok()) << last.errorMessage().toStdString();
    EXPECT_TRUE(last->pathConflicts.isEmpty());
    EXPECT_FALSE(restored.isModified());
    PathQuery q;
    q.ids = {path};
    auto stored = store->paths(q);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().validTo, k2021);
    EXPECT_EQ(stored->first().closedBy, QStringLiteral("anna@kontoret"));
}

TEST_F(EditConflictTest, AKeepMineThatCannotBeMadeLeavesTheConflictAsItWas)
{
    const qint64 path = addTheirPath(*theirs);
    const QDate mid(2021, 6, 1);
    ASSERT_TRUE(mine->endPaths({path}, mid).ok());
    EditSession later(*other);
    ASSERT_TRUE(later.endPaths({path}, k2022).ok());
    ASSERT_TRUE(later.save().ok());
    auto saved = mine->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    ASSERT_EQ(saved->pathConflicts.size(), 1);
    // Before it is settled, the path is ended again, earlier than my date, and the version keep
    // mine would end is gone: keep mine fails and my edit and its conflict stay as they were.
    {
        auto tx = other->begin();
        ASSERT_TRUE(tx.ok());
        PathQuery q;
        q.ids = {path};
        auto stored = other->paths(q);
        ASSERT_TRUE(stored.ok() && stored->size() == 1);
        std::vector<PathLayer::Successor> none;
        ASSERT_TRUE(other->pathLayer().supersede(stored->first().fid, k2021, none, k2022).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    const QByteArray before = mine->serialize(QStringLiteral("x"));
    EXPECT_FALSE(mine->resolvePathConflict(path, ConflictChoice::KeepMine).ok());
    EXPECT_EQ(mine->serialize(QStringLiteral("x")), before);
    EXPECT_EQ(mine->pathConflicts().size(), 1);
    EXPECT_TRUE(mine->isModified());
}

// --- tagging and mowing zones report conflicts the same way

TEST_F(EditConflictTest, TaggingWhatWasReadRefusesAChangedArea)
{
    TagRequest request{{1, 2}, kMeadow, k2022, {}};
    QHash<qint64, AreaVersion> read;
    read.insert(1, at(1, k2022));
    read.insert(2, at(2, k2022));
    ASSERT_TRUE(tagAreas(*other, {{2}, kFlowers, k2021, {}}).ok());
    const QString before = test::snapshot(path);
    auto tagged = tagAreas(*store, request, read);
    ASSERT_FALSE(tagged.ok());
    EXPECT_EQ(tagged.error().kind, ErrorKind::Conflict);
    for (const QString &part : {QStringLiteral("Area 2"), QStringLiteral("Engparken"),
                                name(kLawn) + QStringLiteral(" → ") + name(kFlowers), QStringLiteral("bo@driften"), today()})
        EXPECT_TRUE(tagged.errorMessage().contains(part)) << tagged.errorMessage().toStdString();
    EXPECT_EQ(test::snapshot(path), before) << "nothing tagged";
    read.remove(2);
    request.areaIds = {1};
    EXPECT_TRUE(tagAreas(*store, request, read).ok()) << "area 1 is as it was read";
}

TEST_F(EditConflictTest, AZoneChangedByTheOtherEditorIsDescribed)
{
    ZoneVersion read;
    ASSERT_NO_FATAL_FAILURE(readFirstZone(read));
    ASSERT_TRUE(renameMowingZone(*other, kDept5, k2022, read.number, QStringLiteral("Ved legepladsen")).ok());
    const Error error = describeZoneConflict(*store, read, makeConflict(QStringLiteral("changed")));
    EXPECT_EQ(error.kind, ErrorKind::Conflict);
    for (const QString &part : {QStringLiteral("Mowing zone %1").arg(read.number), QStringLiteral("12-005"),
                                QStringLiteral("Ved legepladsen"), QStringLiteral("2022-01-01"), QStringLiteral("bo@driften")})
        EXPECT_TRUE(error.message.contains(part)) << error.message.toStdString();
}
