// EditSession: unsaved edits of area histories, undo/redo, the map with edits applied, saving in one
// transaction without overwriting history, and crash-recovery JSON.

#include "edit/edit_session.h"
#include "edit/tagging.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

constexpr double X0 = 699000.0;
constexpr double Y0 = 6171000.0;
const QDate kStart(2019, 1, 1);
const QDate k2020(2020, 1, 1);
const QDate k2021(2021, 1, 1);
const QDate k2022(2022, 1, 1);
const DepartmentKey kDept5{12, 5};
const DepartmentKey kDept7{12, 7};

QString lawn()
{
    return QStringLiteral("brugsplaene");
}
QString meadow()
{
    return QStringLiteral("eng");
}

/// A rectangle relative to the corner of the estate (x0, y0).
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

double areaOf(const AreaShape &shape)
{
    auto g = Geometry::fromWkb(shape.wkb);
    EXPECT_TRUE(g.ok());
    return g.ok() ? g->area() : -1.0;
}

bool sameHistory(const AreaHistory &a, const AreaHistory &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const AreaVersion &x = a.at(i).version;
        const AreaVersion &y = b.at(i).version;
        if (x.fid != y.fid || x.areaId != y.areaId || x.validFrom != y.validFrom || x.validTo != y.validTo ||
            x.department != y.department || x.careType != y.careType || x.status != y.status ||
            x.proposalId != y.proposalId || x.lineage != y.lineage || x.note != y.note || x.areaM2 != y.areaM2 ||
            x.source != y.source || x.sourceFid != y.sourceFid || a.at(i).wkb != b.at(i).wkb ||
            a.at(i).bounds != b.at(i).bounds)
            return false;
    }
    return true;
}

QList<qint64> idsOf(const QList<AreaShape> &shapes)
{
    QList<qint64> ids;
    for (const AreaShape &s : shapes)
        ids << s.version.areaId;
    std::sort(ids.begin(), ids.end());
    return ids;
}

const AreaShape *find(const QList<AreaShape> &shapes, qint64 areaId)
{
    for (const AreaShape &s : shapes) {
        if (s.version.areaId == areaId)
            return &s;
    }
    return nullptr;
}

/// A project with three adjacent lawns tiling 30 x 10 m: area 1 (8 x 10) and area 2 (12 x 10) in
/// department 12-005, area 3 (10 x 10) in 12-007, all from 2019-01-01.
class EditSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("edits.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, QStringLiteral("Boligselskabet")}).ok());
        ASSERT_TRUE(store->saveDepartment({kDept5, QStringLiteral("Engparken"), {}, 0, {}}).ok());
        ASSERT_TRUE(store->saveDepartment({kDept7, QStringLiteral("Skovbrynet"), {}, 0, {}}).ok());
        const double x[] = {0, 8, 20, 30};
        for (int i = 0; i < 3; ++i) {
            AreaVersion a;
            a.department = i < 2 ? kDept5 : kDept7;
            a.careType = lawn();
            a.validFrom = kStart;
            ASSERT_TRUE(store->areaLayer().insert(a, rect(x[i], 0, x[i + 1] - x[i], 10)).ok());
            ASSERT_EQ(a.areaId, i + 1);
        }
        ASSERT_TRUE(tx->commit().ok());
        session = std::make_unique<EditSession>(*store);
    }

    QList<AreaVersion> stored(qint64 areaId, ProjectStore *from = nullptr)
    {
        AreaQuery q;
        q.ids = {areaId};
        q.status.reset();
        auto list = (from ? from : store.get())->areas(q);
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<AreaVersion>();
    }

    AreaHistory historyOf(qint64 areaId)
    {
        auto h = session->history(areaId);
        EXPECT_TRUE(h.ok()) << h.errorMessage().toStdString();
        return h.ok() ? h.value() : AreaHistory();
    }

    QList<AreaShape> mapAt(const QDate &date, const std::optional<QRectF> &bounds = std::nullopt,
                           const std::optional<DepartmentKey> &department = std::nullopt)
    {
        auto shapes = session->areasAt(date, bounds, department);
        EXPECT_TRUE(shapes.ok()) << shapes.errorMessage().toStdString();
        return shapes.ok() ? shapes.value() : QList<AreaShape>();
    }

    /// Expects `result` to fail with a message containing every one of `parts`, and the session
    /// and the project to be as before.
    template <typename T>
    void expectRefused(const Result<T> &result, const QStringList &parts, const QList<qint64> &editedBefore,
                       const QString &snapshotBefore)
    {
        ASSERT_FALSE(result.ok());
        for (const QString &part : parts)
            EXPECT_TRUE(result.errorMessage().contains(part))
                << "\"" << part.toStdString() << "\" missing in: " << result.errorMessage().toStdString();
        QList<qint64> edited = session->editedAreaIds();
        std::sort(edited.begin(), edited.end());
        EXPECT_EQ(edited, editedBefore);
        EXPECT_EQ(test::snapshot(path), snapshotBefore);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<EditSession> session;
    OverlapRules refuse{OverlapPolicy::Refuse, 0.0, 0.01};
    OverlapRules clip{OverlapPolicy::Clip, 0.0, 0.01};
};

} // namespace

// --- history model (rules 1 and 2)

TEST_F(EditSessionTest, HistoryIsLoadedWholeFromTheStore)
{
    ASSERT_TRUE(tagAreas(*store, {{1}, meadow(), k2021, {}}).ok()); // a stored second version
    const AreaHistory h = historyOf(1);
    ASSERT_EQ(h.size(), 2);
    EXPECT_GT(h.at(0).version.fid, 0);
    EXPECT_GT(h.at(1).version.fid, 0);
    EXPECT_EQ(h.at(0).version.validFrom, kStart);
    EXPECT_EQ(h.at(0).version.validTo, k2021);
    EXPECT_EQ(h.at(1).version.careType, meadow());
    EXPECT_EQ(h.at(0).bounds, QRectF(X0, Y0, 8, 10));
    EXPECT_NEAR(areaOf(h.at(0)), 80.0, 1e-6);
    EXPECT_FALSE(session->isModified()) << "reading a history is no edit";

    auto missing = session->history(99);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("99")));
}

TEST_F(EditSessionTest, RetagClosesTheVersionAndOpensTheNext)
{
    const QString before = test::snapshot(path);
    auto step = session->retag({1, 2}, meadow(), k2021);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    EXPECT_FALSE(step->description.isEmpty());
    ASSERT_EQ(step->before.size(), 2);
    EXPECT_FALSE(step->before.value(1).has_value()) << "area 1 was not edited before";
    ASSERT_TRUE(step->after.value(1).has_value());
    const AreaHistory h = *step->after.value(1);
    ASSERT_EQ(h.size(), 2);
    EXPECT_GT(h.at(0).version.fid, 0);
    EXPECT_EQ(h.at(0).version.validTo, k2021);
    EXPECT_EQ(h.at(0).version.careType, lawn());
    EXPECT_EQ(h.at(1).version.fid, 0);
    EXPECT_EQ(h.at(1).version.areaId, 1);
    EXPECT_EQ(h.at(1).version.validFrom, k2021);
    EXPECT_FALSE(h.at(1).version.validTo.isValid());
    EXPECT_EQ(h.at(1).version.careType, meadow());
    EXPECT_EQ(h.at(1).wkb, h.at(0).wkb);

    EXPECT_TRUE(session->isModified());
    QList<qint64> edited = session->editedAreaIds();
    std::sort(edited.begin(), edited.end());
    EXPECT_EQ(edited, (QList<qint64>{1, 2}));
    EXPECT_TRUE(sameHistory(historyOf(1), h));
    EXPECT_EQ(test::snapshot(path), before) << "nothing is written before save()";
}

TEST_F(EditSessionTest, RetagKeepsLaterVersions)
{
    ASSERT_TRUE(tagAreas(*store, {{1}, meadow(), k2022, {}}).ok());
    auto step = session->retag({1}, QStringLiteral("blomstereng"), QDate(2020, 6, 1));
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    const AreaHistory h = historyOf(1);
    ASSERT_EQ(h.size(), 3);
    EXPECT_EQ(h.at(0).version.validTo, QDate(2020, 6, 1));
    EXPECT_EQ(h.at(1).version.careType, QStringLiteral("blomstereng"));
    EXPECT_EQ(h.at(1).version.validFrom, QDate(2020, 6, 1));
    EXPECT_EQ(h.at(1).version.validTo, k2022) << "the new version ends where the old one ended";
    EXPECT_GT(h.at(2).version.fid, 0);
    EXPECT_EQ(h.at(2).version.careType, meadow());
    EXPECT_FALSE(h.at(2).version.validTo.isValid());
}

TEST_F(EditSessionTest, ChangingAnUnsavedVersionFromItsOwnDateReplacesIt)
{
    ASSERT_TRUE(session->retag({1}, meadow(), k2021).ok());
    ASSERT_TRUE(session->retag({1}, QStringLiteral("blomstereng"), k2021).ok());
    const AreaHistory h = historyOf(1);
    ASSERT_EQ(h.size(), 2) << "no zero-length version";
    EXPECT_EQ(h.at(0).version.validTo, k2021);
    EXPECT_EQ(h.at(1).version.careType, QStringLiteral("blomstereng"));
    EXPECT_EQ(h.at(1).version.fid, 0);

    // From a later date, the unsaved version is closed like any other.
    ASSERT_TRUE(session->setNote({1}, QStringLiteral("slået juni"), k2022).ok());
    const AreaHistory later = historyOf(1);
    ASSERT_EQ(later.size(), 3);
    EXPECT_EQ(later.at(1).version.validTo, k2022);
    EXPECT_EQ(later.at(2).version.note, QStringLiteral("slået juni"));
    EXPECT_EQ(later.at(2).version.careType, QStringLiteral("blomstereng"));
}

TEST_F(EditSessionTest, ChangingAStoredVersionFromItsFirstDayReplacesIt)
{
    // A change on the day a version begins replaces it (item: no version of zero length); the
    // session shows one version, and saving retracts the stored one.
    ASSERT_TRUE(session->retag({3}, meadow(), kStart).ok());
    const AreaHistory h = historyOf(3);
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h.at(0).version.fid, 0);
    EXPECT_EQ(h.at(0).version.validFrom, kStart);
    EXPECT_EQ(h.at(0).version.careType, meadow());
    EXPECT_EQ(find(mapAt(kStart), 3)->version.careType, meadow());
    ASSERT_TRUE(session->save().ok());
    const QList<AreaVersion> versions = stored(3);
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions.at(0).validFrom, kStart);
    EXPECT_FALSE(versions.at(0).validTo.isValid());
    EXPECT_EQ(versions.at(0).careType, meadow());
}

TEST_F(EditSessionTest, RetagRefusalsChangeNothing)
{
    const QString snap = test::snapshot(path);
    expectRefused(session->retag({1}, QStringLiteral("no-such-type"), k2021), {QStringLiteral("no-such-type")}, {}, snap);
    expectRefused(session->retag({1}, meadow(), QDate(2018, 6, 1)),
                  {QStringLiteral("Area 1"), QStringLiteral("2018-06-01"), QStringLiteral("2019-01-01")}, {}, snap);
    // The care type by its name, not its code.
    auto same = session->retag({1, 2}, lawn(), k2021);
    expectRefused(same, {QStringLiteral("Nothing to change"), Catalogue::builtIn().careTypeName(lawn(), QStringLiteral("en"))},
                  {}, snap);
    EXPECT_FALSE(same.errorMessage().contains(lawn())) << same.errorMessage().toStdString();
    // All or nothing: area 1 could change, area 99 cannot.
    expectRefused(session->retag({1, 99}, meadow(), k2021), {QStringLiteral("99")}, {}, snap);
    expectRefused(session->retag({}, meadow(), k2021), {}, {}, snap);

    // An area that already has the care type is left alone; the others change.
    ASSERT_TRUE(session->retag({2}, meadow(), k2020).ok());
    auto step = session->retag({1, 2}, meadow(), k2021);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    EXPECT_EQ(step->after.keys(), QList<qint64>{1});
    EXPECT_EQ(historyOf(2).size(), 2);
}

TEST_F(EditSessionTest, SetNoteFromADate)
{
    const QString snap = test::snapshot(path);
    auto step = session->setNote({3}, QStringLiteral("kvas i hjørnet"), k2021);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    const AreaHistory h = historyOf(3);
    ASSERT_EQ(h.size(), 2);
    EXPECT_TRUE(h.at(0).version.note.isEmpty());
    EXPECT_EQ(h.at(1).version.note, QStringLiteral("kvas i hjørnet"));
    EXPECT_EQ(h.at(1).version.careType, lawn());
    expectRefused(session->setNote({3}, QStringLiteral("kvas i hjørnet"), QDate(2021, 3, 1)),
                  {QStringLiteral("Nothing to change")}, {3}, snap);
}

// --- undo and redo (rule 11)

TEST_F(EditSessionTest, ApplyUndoesAndRedoesSteps)
{
    const AreaHistory stored1 = historyOf(1);
    auto retag = session->retag({1}, meadow(), k2021);
    ASSERT_TRUE(retag.ok());
    const AreaHistory retagged = historyOf(1);
    auto add = session->addArea(rect(0, 20, 10, 10), kDept5, lawn(), k2021, refuse);
    ASSERT_TRUE(add.ok()) << add.errorMessage().toStdString();
    ASSERT_EQ(add->createdAreaIds.size(), 1);
    const qint64 newId = add->createdAreaIds.first();
    auto reshape = session->reshape(newId, rect(0, 20, 10, 12), k2022, refuse);
    ASSERT_TRUE(reshape.ok()) << reshape.errorMessage().toStdString();
    EXPECT_EQ(historyOf(newId).size(), 2);

    session->apply(*reshape, false);
    EXPECT_EQ(historyOf(newId).size(), 1);
    session->apply(*add, false);
    EXPECT_FALSE(session->history(newId).ok()) << "the new area is gone";
    EXPECT_TRUE(sameHistory(historyOf(1), retagged));
    session->apply(*retag, false);
    EXPECT_FALSE(session->isModified()) << "undone back to untouched";
    EXPECT_TRUE(sameHistory(historyOf(1), stored1));

    session->apply(*retag, true);
    session->apply(*add, true);
    session->apply(*reshape, true);
    EXPECT_TRUE(sameHistory(historyOf(1), retagged));
    ASSERT_EQ(historyOf(newId).size(), 2);
    EXPECT_NEAR(areaOf(historyOf(newId).at(1)), 120.0, 1e-6);
}

// --- the map at a date with the edits (rule 10)

TEST_F(EditSessionTest, AreasAtWithoutAndWithEdits)
{
    EXPECT_EQ(idsOf(mapAt(k2020)), (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(idsOf(mapAt(QDate(2018, 1, 1))), QList<qint64>{});
    EXPECT_EQ(idsOf(mapAt(k2020, QRectF(X0 + 1, Y0 + 1, 2, 2))), QList<qint64>{1});
    EXPECT_EQ(idsOf(mapAt(k2020, std::nullopt, kDept7)), QList<qint64>{3});

    ASSERT_TRUE(session->remove({2}, k2021).ok());
    ASSERT_TRUE(session->retag({1}, meadow(), k2021).ok());
    auto add = session->addArea(rect(0, 20, 10, 10), kDept7, lawn(), k2021, refuse);
    ASSERT_TRUE(add.ok()) << add.errorMessage().toStdString();
    const qint64 newId = add->createdAreaIds.first();

    EXPECT_EQ(idsOf(mapAt(k2020)), (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(find(mapAt(k2020), 1)->version.careType, lawn());
    const QList<AreaShape> later = mapAt(k2022);
    EXPECT_EQ(idsOf(later), (QList<qint64>{newId, 1, 3}));
    EXPECT_EQ(find(later, 1)->version.careType, meadow()) << "the edited version replaces the stored one";
    EXPECT_EQ(idsOf(mapAt(k2022, std::nullopt, kDept7)), (QList<qint64>{newId, 3}));
    EXPECT_EQ(idsOf(mapAt(k2022, QRectF(X0 + 1, Y0 + 21, 2, 2))), QList<qint64>{newId});
    EXPECT_EQ(idsOf(mapAt(k2022, QRectF(X0 + 1, Y0 + 1, 2, 2))), QList<qint64>{1});

    auto overlay = session->overlay();
    EXPECT_TRUE(overlay->overrides(1));
    EXPECT_TRUE(overlay->overrides(newId));
    EXPECT_FALSE(overlay->overrides(3));
    EXPECT_EQ(idsOf(overlay->shapesAt(k2022)), (QList<qint64>{newId, 1}));
    EXPECT_EQ(idsOf(overlay->shapesAt(k2020)), (QList<qint64>{1, 2}));
    // The overlay is a snapshot: later edits do not reach it.
    ASSERT_TRUE(session->remove({1}, k2022).ok());
    EXPECT_EQ(idsOf(overlay->shapesAt(k2022)), (QList<qint64>{newId, 1}));
    EXPECT_EQ(idsOf(session->overlay()->shapesAt(k2022)), QList<qint64>{newId});
}

// --- new areas (rule 5)

TEST_F(EditSessionTest, AddAreaRefusesOverlapsAndSaysWhichAndHowMuch)
{
    const QString snap = test::snapshot(path);
    // 13.2 x 5.5 m across the northern edge: 0.8 x 0.5 on area 1, 12 x 0.5 on area 2, 0.4 x 0.5 on area 3.
    const Geometry across = rect(7.2, 9.5, 13.2, 5.5);
    expectRefused(session->addArea(across, kDept5, lawn(), k2021, refuse),
                  {QStringLiteral("area 1 by 0.4 m²"), QStringLiteral("area 2 by 6 m²"), QStringLiteral("area 3 by 0.2 m²")},
                  {}, snap);
    // Below the tolerance an overlap counts as touching.
    OverlapRules tolerant = refuse;
    tolerant.overlapTolerance = 7.0;
    EXPECT_TRUE(session->addArea(across, kDept5, lawn(), k2021, tolerant).ok());
}

TEST_F(EditSessionTest, AddAreaClipsOverlapsAway)
{
    auto step = session->addArea(rect(7.2, 9.5, 13.2, 5.5), kDept5, meadow(), k2021, clip);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    ASSERT_EQ(step->createdAreaIds.size(), 1);
    const qint64 id = step->createdAreaIds.first();
    EXPECT_LT(id, 0);
    EXPECT_FALSE(step->before.value(id).has_value());
    const AreaHistory h = historyOf(id);
    ASSERT_EQ(h.size(), 1);
    const AreaVersion &v = h.first().version;
    EXPECT_EQ(v.fid, 0);
    EXPECT_EQ(v.areaId, id);
    EXPECT_EQ(v.department, kDept5);
    EXPECT_EQ(v.careType, meadow());
    EXPECT_EQ(v.validFrom, k2021);
    EXPECT_FALSE(v.validTo.isValid());
    EXPECT_EQ(v.status, AreaStatus::Current);
    EXPECT_NEAR(v.areaM2, 13.2 * 5.5 - 6.6, 1e-6);
    EXPECT_NEAR(areaOf(h.first()), v.areaM2, 1e-9);
    EXPECT_DOUBLE_EQ(h.first().bounds.top(), Y0 + 10.0);

    // Entirely inside area 2: nothing is left.
    const QString snap = test::snapshot(path);
    expectRefused(session->addArea(rect(10, 2, 2, 2), kDept5, lawn(), k2021, clip),
                  {QStringLiteral("Nothing is left"), QStringLiteral("2")}, {id}, snap);
}

TEST_F(EditSessionTest, AddAreaSnapsAcrossASmallGap)
{
    OverlapRules snapping = refuse;
    snapping.snapTolerance = 0.5;
    auto step = session->addArea(rect(30.3, 0, 9.7, 10), kDept7, lawn(), k2021, snapping);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    const AreaShape shape = historyOf(step->createdAreaIds.first()).first();
    EXPECT_NEAR(shape.version.areaM2, 100.0, 1e-6) << "the 0.3 m gap to area 3 is closed";
    EXPECT_DOUBLE_EQ(shape.bounds.left(), X0 + 30.0);

    session->apply(*step, false);
    auto loose = session->addArea(rect(30.3, 0, 9.7, 10), kDept7, lawn(), k2021, refuse);
    ASSERT_TRUE(loose.ok());
    EXPECT_NEAR(historyOf(loose->createdAreaIds.first()).first().version.areaM2, 97.0, 1e-6)
        << "no snapping without a tolerance";
}

TEST_F(EditSessionTest, AddAreaValidatesItsInput)
{
    const QString snap = test::snapshot(path);
    const Geometry free = rect(0, 20, 10, 10);
    expectRefused(session->addArea(free, {12, 9}, lawn(), k2021, refuse), {QStringLiteral("12-009")}, {}, snap);
    expectRefused(session->addArea(free, kDept5, QStringLiteral("asphalt"), k2021, refuse), {QStringLiteral("asphalt")},
                  {}, snap);
    expectRefused(session->addArea(line(0, 20, 10, 20), kDept5, lawn(), k2021, refuse), {QStringLiteral("LineString")},
                  {}, snap);
    auto bowtie = Geometry::fromWkt(QStringLiteral("POLYGON((%1 %2,%3 %4,%3 %2,%1 %4,%1 %2))")
                                        .arg(X0, 0, 'f', 1)
                                        .arg(Y0 + 20, 0, 'f', 1)
                                        .arg(X0 + 10, 0, 'f', 1)
                                        .arg(Y0 + 30, 0, 'f', 1));
    ASSERT_TRUE(bowtie.ok());
    expectRefused(session->addArea(*bowtie, kDept5, lawn(), k2021, refuse), {QStringLiteral("crosses itself")}, {}, snap);
    expectRefused(session->addArea(free, kDept5, lawn(), QDate(), refuse), {}, {}, snap);
}

// --- reshape (rules 4 and 6)

TEST_F(EditSessionTest, ReshapeOpensANewVersionOfTheSameArea)
{
    // Area 1 grows 5 m to the south: it overlaps its own old outline, which is no conflict.
    auto step = session->reshape(1, rect(0, -5, 8, 15), k2021, refuse);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    EXPECT_TRUE(step->createdAreaIds.isEmpty());
    const AreaHistory h = historyOf(1);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h.at(0).version.validTo, k2021);
    EXPECT_EQ(h.at(1).version.areaId, 1);
    EXPECT_EQ(h.at(1).version.careType, lawn());
    EXPECT_NEAR(h.at(1).version.areaM2, 120.0, 1e-6);
    EXPECT_NEAR(find(mapAt(k2020), 1)->version.areaM2, 80.0, 1e-6);
    EXPECT_NEAR(areaOf(*find(mapAt(k2021), 1)), 120.0, 1e-6);

    const QString snap = test::snapshot(path);
    expectRefused(session->reshape(1, rect(0, -5, 9, 15), k2022, refuse), {QStringLiteral("area 2 by 10 m²")}, {1}, snap);
    expectRefused(session->reshape(1, rect(0, -5, 8, 15), k2022, refuse), {QStringLiteral("Nothing to change")}, {1}, snap);
}

TEST_F(EditSessionTest, GeometryEditsNeedTheLastVersion)
{
    ASSERT_TRUE(tagAreas(*store, {{1, 2}, meadow(), k2022, {}}).ok());
    session = std::make_unique<EditSession>(*store);
    const QString snap = test::snapshot(path);
    const QStringList later{QStringLiteral("Area 1"), QStringLiteral("later change on 2022-01-01")};
    expectRefused(session->reshape(1, rect(0, -5, 8, 15), k2021, refuse), later, {}, snap);
    expectRefused(session->split(1, line(4, -1, 4, 11), k2021), later, {}, snap);
    expectRefused(session->merge({1, 2}, k2021), later, {}, snap);
    expectRefused(session->remove({1}, k2021), later, {}, snap);
    // A care type may still change in the past: later versions stay.
    EXPECT_TRUE(session->retag({1}, QStringLiteral("blomstereng"), k2021).ok());
    // From the last version on, geometry edits work.
    ASSERT_TRUE(session->remove({1}, QDate(2023, 1, 1)).ok());

    const QString snap2 = test::snapshot(path);
    expectRefused(session->reshape(1, rect(0, -5, 8, 15), QDate(2022, 6, 1), refuse),
                  {QStringLiteral("Area 1"), QStringLiteral("ends on 2023-01-01")}, {1}, snap2);
    expectRefused(session->reshape(1, rect(0, -5, 8, 15), QDate(2024, 1, 1), refuse),
                  {QStringLiteral("Area 1"), QStringLiteral("2024-01-01"), QStringLiteral("from 2019-01-01 until 2023-01-01")},
                  {1}, snap2);
}

// --- split, merge, remove (rules 7, 8, 9)

TEST_F(EditSessionTest, SplitEndsTheAreaAndCreatesItsPieces)
{
    ASSERT_TRUE(session->setNote({2}, QStringLiteral("bed"), k2020).ok());
    auto step = session->split(2, line(12, -1, 12, 11), k2021);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    ASSERT_EQ(step->createdAreaIds.size(), 2);
    const AreaHistory h = historyOf(2);
    ASSERT_EQ(h.size(), 2) << "no new version of the split area";
    EXPECT_EQ(h.last().version.validTo, k2021);
    QList<double> areas;
    for (qint64 id : step->createdAreaIds) {
        EXPECT_LT(id, 0);
        const AreaHistory piece = historyOf(id);
        ASSERT_EQ(piece.size(), 1);
        const AreaVersion &v = piece.first().version;
        EXPECT_EQ(v.department, kDept5);
        EXPECT_EQ(v.careType, lawn());
        EXPECT_EQ(v.note, QStringLiteral("bed"));
        EXPECT_EQ(v.lineage, QList<qint64>{2});
        EXPECT_EQ(v.validFrom, k2021);
        EXPECT_FALSE(v.validTo.isValid());
        areas << v.areaM2;
    }
    std::sort(areas.begin(), areas.end());
    EXPECT_NEAR(areas.at(0), 40.0, 1e-6);
    EXPECT_NEAR(areas.at(1), 80.0, 1e-6);
    EXPECT_EQ(idsOf(mapAt(k2021)).size(), 4);

    const QString snap = test::snapshot(path);
    QList<qint64> edited = session->editedAreaIds();
    std::sort(edited.begin(), edited.end());
    expectRefused(session->split(1, line(4, -1, 4, 5), k2021), {QStringLiteral("area 1"), QStringLiteral("does not cut")},
                  edited, snap);
}

TEST_F(EditSessionTest, SplitAnAreaWithAHole)
{
    // A 20 x 10 meadow north of the lawns around a 4 x 2 pond.
    auto ring = Geometry::fromWkt(QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2),(%5 %6,%7 %6,%7 %8,%5 %8,%5 %6))")
                                      .arg(X0, 0, 'f', 1)
                                      .arg(Y0 + 20, 0, 'f', 1)
                                      .arg(X0 + 20, 0, 'f', 1)
                                      .arg(Y0 + 30, 0, 'f', 1)
                                      .arg(X0 + 8, 0, 'f', 1)
                                      .arg(Y0 + 24, 0, 'f', 1)
                                      .arg(X0 + 12, 0, 'f', 1)
                                      .arg(Y0 + 26, 0, 'f', 1));
    ASSERT_TRUE(ring.ok());
    auto add = session->addArea(*ring, kDept5, meadow(), k2020, refuse);
    ASSERT_TRUE(add.ok()) << add.errorMessage().toStdString();
    const qint64 meadowId = add->createdAreaIds.first();
    EXPECT_NEAR(historyOf(meadowId).first().version.areaM2, 192.0, 1e-6);

    auto step = session->split(meadowId, line(10, 15, 10, 35), k2021);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    ASSERT_EQ(step->createdAreaIds.size(), 2);
    for (qint64 id : step->createdAreaIds) {
        EXPECT_NEAR(historyOf(id).first().version.areaM2, 96.0, 1e-6) << "the pond is no piece";
        EXPECT_EQ(historyOf(id).first().version.lineage, QList<qint64>{meadowId});
    }
}

TEST_F(EditSessionTest, MergeMakesOneAreaWithTheCareTypeOfTheLargest)
{
    ASSERT_TRUE(session->retag({1}, meadow(), k2020).ok()); // area 1 (80 m²) eng, area 2 (120 m²) lawn
    auto step = session->merge({1, 2}, k2021);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    ASSERT_EQ(step->createdAreaIds.size(), 1);
    const AreaHistory merged = historyOf(step->createdAreaIds.first());
    ASSERT_EQ(merged.size(), 1);
    const AreaVersion &v = merged.first().version;
    EXPECT_EQ(v.careType, lawn());
    EXPECT_EQ(v.lineage, (QList<qint64>{1, 2}));
    EXPECT_EQ(v.department, kDept5);
    EXPECT_EQ(v.validFrom, k2021);
    EXPECT_NEAR(v.areaM2, 200.0, 1e-6);
    EXPECT_EQ(historyOf(1).last().version.validTo, k2021);
    EXPECT_EQ(historyOf(2).last().version.validTo, k2021);
    EXPECT_EQ(idsOf(mapAt(k2021)), (QList<qint64>{step->createdAreaIds.first(), 3}));

    session->apply(*step, false);
    auto chosen = session->merge({2, 1}, k2021, QStringLiteral("blomstereng"));
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ(historyOf(chosen->createdAreaIds.first()).first().version.careType, QStringLiteral("blomstereng"));
}

TEST_F(EditSessionTest, MergeRefusals)
{
    auto add = session->addArea(rect(50, 0, 10, 10), kDept5, lawn(), k2020, refuse);
    ASSERT_TRUE(add.ok());
    const qint64 apart = add->createdAreaIds.first();
    const QString snap = test::snapshot(path);
    const QList<qint64> edited{apart};
    expectRefused(session->merge({1, apart}, k2021), {QStringLiteral("do not touch"), QStringLiteral("1")}, edited, snap);
    expectRefused(session->merge({2, 3}, k2021), {QStringLiteral("12-005"), QStringLiteral("12-007")}, edited, snap);
    expectRefused(session->merge({1, 1}, k2021), {QStringLiteral("two")}, edited, snap);
    expectRefused(session->merge({1, 2}, QDate(2018, 1, 1)), {QStringLiteral("2018-01-01")}, edited, snap);
}

TEST_F(EditSessionTest, RemoveEndsAreas)
{
    auto step = session->remove({1, 2}, k2021);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    EXPECT_EQ(historyOf(1).size(), 1);
    EXPECT_EQ(historyOf(1).first().version.validTo, k2021);
    EXPECT_EQ(idsOf(mapAt(k2021)), QList<qint64>{3});
    EXPECT_EQ(idsOf(mapAt(k2020)), (QList<qint64>{1, 2, 3}));

    // A new area removed on the day it begins leaves nothing behind.
    session->discard();
    auto add = session->addArea(rect(0, 20, 10, 10), kDept5, lawn(), k2021, refuse);
    ASSERT_TRUE(add.ok());
    auto gone = session->remove(add->createdAreaIds, k2021);
    ASSERT_TRUE(gone.ok());
    EXPECT_FALSE(gone->after.value(add->createdAreaIds.first()).has_value());
    EXPECT_FALSE(session->isModified());
    session->apply(*gone, false);
    EXPECT_TRUE(session->isModified());
}

// --- saving (rule 12)

TEST_F(EditSessionTest, SaveWritesEverythingAndKeepsHistory)
{
    auto nothing = session->save();
    ASSERT_TRUE(nothing.ok());
    EXPECT_EQ(nothing->versionsClosed, 0);
    EXPECT_EQ(nothing->versionsInserted, 0);

    const QList<AreaVersion> original1 = stored(1);
    ASSERT_TRUE(session->retag({1}, meadow(), k2020).ok());
    auto split = session->split(2, line(12, -1, 12, 11), k2021);
    ASSERT_TRUE(split.ok());
    // The western piece (lineage 2) merges with area 1 in 2022: lineage mixes a stored and a new id.
    qint64 west = split->createdAreaIds.at(0);
    if (historyOf(west).first().bounds.left() > X0 + 8.5)
        west = split->createdAreaIds.at(1);
    auto merge = session->merge({1, west}, k2022);
    ASSERT_TRUE(merge.ok()) << merge.errorMessage().toStdString();
    const qint64 mergedTemp = merge->createdAreaIds.first();

    auto saved = session->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_FALSE(session->isModified());
    // Closed: area 1's stored version (2020), area 2's (2021). Inserted: area 1 eng, 2 pieces, merged.
    EXPECT_EQ(saved->versionsClosed, 2);
    EXPECT_EQ(saved->versionsInserted, 4);
    ASSERT_EQ(saved->newIds.size(), 3);
    const qint64 westId = saved->newIds.value(west);
    const qint64 mergedId = saved->newIds.value(mergedTemp);
    EXPECT_GE(westId, 4);
    EXPECT_GE(mergedId, 4);

    store.reset();
    auto reopened = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(reopened.ok()) << reopened.errorMessage().toStdString();
    ProjectStore *s = reopened->get();

    const QList<AreaVersion> a1 = stored(1, s);
    ASSERT_EQ(a1.size(), 2);
    EXPECT_EQ(a1.at(0).fid, original1.first().fid) << "the stored version is kept, only closed";
    EXPECT_EQ(a1.at(0).validFrom, kStart);
    EXPECT_EQ(a1.at(0).validTo, k2020);
    EXPECT_EQ(a1.at(0).careType, lawn());
    EXPECT_EQ(a1.at(1).validFrom, k2020);
    EXPECT_EQ(a1.at(1).validTo, k2022);
    EXPECT_EQ(a1.at(1).careType, meadow());
    EXPECT_NEAR(a1.at(1).areaM2, 80.0, 1e-6);

    const QList<AreaVersion> a2 = stored(2, s);
    ASSERT_EQ(a2.size(), 1);
    EXPECT_EQ(a2.first().validTo, k2021);

    const QList<AreaVersion> westVersions = stored(westId, s);
    ASSERT_EQ(westVersions.size(), 1);
    EXPECT_EQ(westVersions.first().lineage, QList<qint64>{2});
    EXPECT_EQ(westVersions.first().validFrom, k2021);
    EXPECT_EQ(westVersions.first().validTo, k2022);
    EXPECT_NEAR(westVersions.first().areaM2, 40.0, 1e-6);

    const QList<AreaVersion> m = stored(mergedId, s);
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m.first().lineage, (QList<qint64>{1, westId}));
    EXPECT_EQ(m.first().validFrom, k2022);
    EXPECT_FALSE(m.first().validTo.isValid());
    EXPECT_NEAR(m.first().areaM2, 120.0, 1e-6);

    AreaQuery at2022;
    at2022.at = k2022;
    auto now = s->areas(at2022);
    ASSERT_TRUE(now.ok());
    QList<qint64> ids;
    for (const AreaVersion &v : *now)
        ids << v.areaId;
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected{3, mergedId, saved->newIds.value(split->createdAreaIds.at(0) == west ? split->createdAreaIds.at(1)
                                                                                                : split->createdAreaIds.at(0))};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(ids, expected);
    auto summary = s->summary(k2022);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->areaVersions, 3 + 4) << "no row was deleted or rewritten";
    EXPECT_NEAR(summary->totalAreaM2, 300.0, 1e-6);
}

TEST_F(EditSessionTest, FailedSaveChangesNothing)
{
    // A read-only project: the edits can be made, not saved.
    store.reset();
    auto readOnly = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(readOnly.ok());
    store = std::move(readOnly).value();
    session = std::make_unique<EditSession>(*store);
    ASSERT_TRUE(session->retag({1}, meadow(), k2021).ok());
    ASSERT_TRUE(session->addArea(rect(0, 20, 10, 10), kDept5, lawn(), k2021, refuse).ok());
    const QString before = test::snapshot(path);
    auto saved = session->save();
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.errorMessage().contains(QStringLiteral("read-only"))) << saved.errorMessage().toStdString();
    EXPECT_EQ(test::snapshot(path), before);
    EXPECT_TRUE(session->isModified());
    EXPECT_EQ(session->editedAreaIds().size(), 2);
}

TEST_F(EditSessionTest, SaveNeverOverwritesHistoryAndHoldsBackTheChangedArea)
{
    ASSERT_TRUE(session->retag({1, 2}, meadow(), k2021).ok());
    {
        // Meanwhile someone else tags area 2 from an earlier date.
        auto other = openStore(path, OpenMode::ReadWrite);
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE(tagAreas(**other, {{2}, QStringLiteral("blomstereng"), k2020, {}}).ok());
    }
    auto saved = session->save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    // The version the edit ends was changed by someone else since it was read: a conflict on that
    // area, not an overwrite; area 1 is saved.
    ASSERT_EQ(saved->conflicts.size(), 1);
    EXPECT_EQ(saved->conflicts.first().areaId, 2);
    EXPECT_TRUE(saved->conflicts.first().message.contains(QStringLiteral("Area 2")))
        << saved->conflicts.first().message.toStdString();
    EXPECT_TRUE(session->isModified());
    EXPECT_EQ(session->editedAreaIds(), QList<qint64>{2});
    EXPECT_EQ(stored(1).size(), 2);
    EXPECT_EQ(stored(2).size(), 2) << "their two versions, untouched";

    // Keeping theirs leaves nothing to save.
    ASSERT_TRUE(session->resolveConflict(2, ConflictChoice::KeepTheirs).ok());
    EXPECT_FALSE(session->isModified());
}

// --- crash recovery (rule 13)

TEST_F(EditSessionTest, SerializeAndRestoreRoundTrip)
{
    const QString base = QStringLiteral("2024-05-01T10:00:00Z");
    ASSERT_TRUE(session->retag({1}, meadow(), k2020).ok());
    ASSERT_TRUE(session->setNote({1}, QStringLiteral("æøå \"quoted\""), k2021).ok());
    auto split = session->split(2, line(12, -1, 12, 11), k2021);
    ASSERT_TRUE(split.ok());
    const QByteArray json = session->serialize(base);

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("engdrift-edits"));
    EXPECT_EQ(root.value(QStringLiteral("format_version")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("base_modified")).toString(), base);
    EXPECT_EQ(root.value(QStringLiteral("areas")).toArray().size(), 4);

    EditSession restored(*store);
    auto ok = restored.restore(json, base);
    ASSERT_TRUE(ok.ok()) << ok.errorMessage().toStdString();
    QList<qint64> a = session->editedAreaIds(), b = restored.editedAreaIds();
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    ASSERT_EQ(a, b);
    for (qint64 id : a) {
        auto h = restored.history(id);
        ASSERT_TRUE(h.ok());
        EXPECT_TRUE(sameHistory(*h, historyOf(id))) << "area " << id;
    }
    // New temporary ids continue below the restored ones.
    auto add = restored.addArea(rect(0, 20, 10, 10), kDept5, lawn(), k2021, refuse);
    ASSERT_TRUE(add.ok());
    for (qint64 id : split->createdAreaIds)
        EXPECT_LT(add->createdAreaIds.first(), id);

    auto saved = restored.save();
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_EQ(saved->versionsInserted, 2 + 2 + 1);
    EXPECT_EQ(stored(1).last().note, QStringLiteral("æøå \"quoted\""));
}

TEST_F(EditSessionTest, RestoreRefusesEditsOfAnotherProjectStateOrDamagedJson)
{
    ASSERT_TRUE(session->retag({1}, meadow(), k2021).ok());
    const QByteArray json = session->serialize(QStringLiteral("2024-05-01T10:00:00Z"));

    EditSession other(*store);
    ASSERT_TRUE(other.retag({3}, meadow(), k2020).ok());
    const AreaHistory mine = other.history(3).value();

    auto differentBase = other.restore(json, QStringLiteral("2024-06-01T08:00:00Z"));
    ASSERT_FALSE(differentBase.ok());
    EXPECT_TRUE(differentBase.errorMessage().contains(QStringLiteral("saved after"))) << differentBase.errorMessage().toStdString();

    auto broken = other.restore(json.left(json.size() / 2), QStringLiteral("2024-05-01T10:00:00Z"));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.errorMessage().contains(QStringLiteral("JSON"))) << broken.errorMessage().toStdString();

    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray areas = root.value(QStringLiteral("areas")).toArray();
    QJsonObject area = areas.at(0).toObject();
    QJsonArray history = area.value(QStringLiteral("history")).toArray();
    QJsonObject version = history.at(1).toObject();
    version.remove(QStringLiteral("wkb"));
    history.replace(1, version);
    area.insert(QStringLiteral("history"), history);
    areas.replace(0, area);
    root.insert(QStringLiteral("areas"), areas);
    auto incomplete = other.restore(QJsonDocument(root).toJson(), QStringLiteral("2024-05-01T10:00:00Z"));
    ASSERT_FALSE(incomplete.ok());
    EXPECT_TRUE(incomplete.errorMessage().contains(QStringLiteral("areas[0].history[1]"))) << incomplete.errorMessage().toStdString();
    EXPECT_TRUE(incomplete.errorMessage().contains(QStringLiteral("wkb"))) << incomplete.errorMessage().toStdString();

    EXPECT_EQ(other.editedAreaIds(), QList<qint64>{3}) << "a refused restore leaves the session as it was";
    EXPECT_TRUE(sameHistory(other.history(3).value(), mine));
}
