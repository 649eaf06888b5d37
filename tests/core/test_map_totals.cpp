// The numbers of the map as it is drawn: the stored sums with the edit session's unsaved edits and
// the proposal of the proposal view applied (map/map_totals.h), checked against the areas the
// session says the map shows (EditSession::areasAt), for retags, new areas, splits, merges, ends,
// undo, a drafted proposal and mown paths; and the shares and the timeline that read them.

#include "map/map_totals.h"
#include "analysis/statistics.h"
#include "analysis/timeline.h"
#include "edit/edit_session.h"
#include "edit/proposals.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace engdrift;

namespace {

constexpr double X0 = 699000.0;
constexpr double Y0 = 6171000.0;
const QDate kStart(2019, 1, 1);
const QDate kEdit(2026, 5, 1);
const DepartmentKey kDept5{12, 5};
const DepartmentKey kDept6{12, 6};
const QString kLawn = QStringLiteral("brugsplaene");
const QString kFlowers = QStringLiteral("blomstereng");
const QString kHedge = QStringLiteral("haek");

Geometry rect(double x, double y, double w, double h)
{
    return Geometry::rectangle(QRectF(X0 + x, Y0 + y, w, h));
}

AreaQuery storedAt(const QDate &date)
{
    AreaQuery query;
    query.at = date;
    return query;
}

using Sums = std::map<std::pair<DepartmentKey, QString>, std::pair<double, qint64>>;

Sums sumsOf(const QList<AreaTotal> &rows)
{
    Sums sums;
    for (const AreaTotal &t : rows) {
        auto &s = sums[{t.department, t.careType}];
        s.first += t.areaM2;
        s.second += t.count;
    }
    return sums;
}

/// The sums of the areas the session puts on the map (its own rule, independent of map_totals).
Sums sumsOf(const QList<AreaShape> &shapes)
{
    Sums sums;
    for (const AreaShape &s : shapes) {
        auto &sum = sums[{s.version.department, s.version.careType}];
        sum.first += s.version.areaM2;
        sum.second += 1;
    }
    return sums;
}

void expectSame(const Sums &expected, const Sums &actual, const char *where)
{
    ASSERT_EQ(expected.size(), actual.size()) << where;
    for (const auto &[key, value] : expected) {
        const auto found = actual.find(key);
        ASSERT_NE(found, actual.end()) << where << ": " << key.first.toString().toStdString() << " "
                                       << key.second.toStdString();
        EXPECT_NEAR(found->second.first, value.first, 1e-6) << where << ": " << key.second.toStdString();
        EXPECT_EQ(found->second.second, value.second) << where << ": " << key.second.toStdString();
    }
}

/// Department 12-005: three lawns of 100, 200 and 300 m² and a 400 m² hedge; 12-006: a 500 m²
/// lawn. All from 2019-01-01, areas 1-5.
class MapTotals : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("totals.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, QStringLiteral("Boligselskabet")}).ok());
        ASSERT_TRUE(store->saveDepartment({kDept5, QStringLiteral("Parken"), {}, 0, {}}).ok());
        ASSERT_TRUE(store->saveDepartment({kDept6, QStringLiteral("Haven"), {}, 0, {}}).ok());
        const QString care[] = {kLawn, kLawn, kLawn, kHedge, kLawn};
        for (int i = 0; i < 5; ++i) {
            AreaVersion a;
            a.department = i < 4 ? kDept5 : kDept6;
            a.careType = care[i];
            a.validFrom = kStart;
            ASSERT_TRUE(store->areaLayer().insert(a, rect(40.0 * i, 0, 10.0 * (i + 1), 10)).ok());
        }
        ASSERT_TRUE(tx->commit().ok());
        session = std::make_unique<EditSession>(*store);
    }

    MapContent content() const { return MapContent{session->overlay(), session->proposal()}; }

    /// mapAreaTotals agrees with the areas the session shows, for the project and each department.
    void expectMapAgrees(const QDate &date, const char *where)
    {
        auto shown = session->areasAt(date);
        ASSERT_TRUE(shown.ok()) << shown.errorMessage().toStdString();
        auto totals = mapAreaTotals(*store, content(), date, AreaGrouping::DepartmentAndCareType);
        ASSERT_TRUE(totals.ok()) << totals.errorMessage().toStdString();
        expectSame(sumsOf(*shown), sumsOf(*totals), where);
        for (const DepartmentKey &dept : {kDept5, kDept6}) {
            auto inDept = session->areasAt(date, std::nullopt, dept);
            auto deptTotals = mapAreaTotals(*store, content(), date, AreaGrouping::DepartmentAndCareType, dept);
            ASSERT_TRUE(inDept.ok() && deptTotals.ok());
            expectSame(sumsOf(*inDept), sumsOf(*deptTotals), where);
        }
    }

    double careM2(const QDate &date, const QString &care, const std::optional<DepartmentKey> &dept = std::nullopt)
    {
        auto totals = mapAreaTotals(*store, content(), date, AreaGrouping::CareType, dept);
        EXPECT_TRUE(totals.ok());
        double m2 = 0;
        for (const AreaTotal &t : *totals)
            if (t.careType == care)
                m2 += t.areaM2;
        return m2;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<EditSession> session;
};

} // namespace

TEST_F(MapTotals, UnsavedRetagChangesTheSumsAtOnceAndUndoRestoresThem)
{
    EXPECT_DOUBLE_EQ(careM2(kEdit, kLawn), 100 + 200 + 300 + 500);
    EXPECT_DOUBLE_EQ(careM2(kEdit, kFlowers), 0);
    auto step = session->retag({1, 2, 5}, kFlowers, kEdit);
    ASSERT_TRUE(step.ok()) << step.errorMessage().toStdString();
    // Not saved: the store's own sums are as they were, the map's have changed.
    auto stored = store->areaTotals(storedAt(kEdit), AreaGrouping::CareType);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(sumsOf(*stored).count({DepartmentKey{}, kFlowers}), 0u);
    EXPECT_DOUBLE_EQ(careM2(kEdit, kLawn), 300);
    EXPECT_DOUBLE_EQ(careM2(kEdit, kFlowers), 100 + 200 + 500);
    EXPECT_DOUBLE_EQ(careM2(kEdit, kFlowers, kDept5), 300);
    EXPECT_DOUBLE_EQ(careM2(kEdit.addDays(-1), kFlowers), 0); // before the change: as it was
    expectMapAgrees(kEdit, "after the retag");
    expectMapAgrees(kEdit.addDays(-1), "the day before");

    // The share follows: 12-005 has 300 m² nature-friendly of 1,000 m² green.
    auto stats = areaStatistics(*store, kEdit, AreaGrouping::CareType, kDept5, content());
    ASSERT_TRUE(stats.ok());
    EXPECT_DOUBLE_EQ(stats->natureFriendlyAreaM2, 300);
    EXPECT_DOUBLE_EQ(stats->greenAreaM2, 1000);

    session->apply(*step, false);
    EXPECT_DOUBLE_EQ(careM2(kEdit, kLawn), 1100);
    EXPECT_DOUBLE_EQ(careM2(kEdit, kFlowers), 0);
    expectMapAgrees(kEdit, "after undo");
}

TEST_F(MapTotals, NewSplitMergedAndEndedAreasAgreeWithTheMap)
{
    ASSERT_TRUE(session->addArea(rect(0, 20, 10, 5), kDept6, kFlowers, kEdit, {}).ok());
    auto line = Geometry::fromWkt(QStringLiteral("LINESTRING(%1 %2,%1 %3)").arg(X0 + 140, 0, 'f', 1).arg(Y0 - 1, 0, 'f', 1).arg(Y0 + 11, 0, 'f', 1));
    ASSERT_TRUE(line.ok());
    auto split = session->split(4, *line, kEdit); // the hedge
    ASSERT_TRUE(split.ok()) << split.errorMessage().toStdString();
    ASSERT_TRUE(session->retag(split->createdAreaIds.mid(0, 1), kFlowers, kEdit.addMonths(2)).ok());
    ASSERT_TRUE(session->remove({1}, kEdit.addMonths(1)).ok());
    for (const QDate &date : {kEdit.addDays(-1), kEdit, kEdit.addMonths(1), kEdit.addMonths(3)})
        expectMapAgrees(date, qPrintable(date.toString(Qt::ISODate)));
    EXPECT_DOUBLE_EQ(careM2(kEdit.addMonths(1), kLawn, kDept5), 200 + 300); // area 1 has ended
    // Saved, the store's sums alone say the same.
    auto before = mapAreaTotals(*store, content(), kEdit.addMonths(3), AreaGrouping::DepartmentAndCareType);
    ASSERT_TRUE(session->save().ok());
    auto after = store->areaTotals(storedAt(kEdit.addMonths(3)), AreaGrouping::DepartmentAndCareType);
    ASSERT_TRUE(before.ok() && after.ok());
    expectSame(sumsOf(*before), sumsOf(*after), "saved");
}

TEST_F(MapTotals, TheProposalViewCountsThePlannedVersions)
{
    auto proposal = createProposal(*store, kDept5, QStringLiteral("Forslag"), kEdit);
    ASSERT_TRUE(proposal.ok());
    session->setProposal(proposal->id);
    ASSERT_TRUE(session->retag({1, 3}, kFlowers, kEdit).ok());
    ASSERT_TRUE(session->addArea(rect(0, 20, 10, 5), kDept5, kFlowers, kEdit, {}).ok());
    // In the proposal view: the plan (unsaved), at the map date and before it, as the map draws it.
    EXPECT_DOUBLE_EQ(careM2(kEdit, kFlowers, kDept5), 100 + 300 + 50);
    expectMapAgrees(kEdit, "proposal, unsaved");
    expectMapAgrees(QDate(2020, 1, 1), "proposal, unsaved, an earlier date");
    auto bars = shareBars(*store, kEdit, kDept5, content());
    ASSERT_TRUE(bars.ok());
    ASSERT_EQ(bars->size(), 1);
    EXPECT_TRUE(bars->first().hasProposal);
    EXPECT_DOUBLE_EQ(bars->first().natureToday, 0);
    EXPECT_DOUBLE_EQ(bars->first().natureProposal, 450);
    EXPECT_DOUBLE_EQ(bars->first().greenProposal, 1050);
    // Today's view: today's figures.
    session->setProposal(std::nullopt);
    EXPECT_DOUBLE_EQ(careM2(kEdit, kFlowers, kDept5), 0);
    expectMapAgrees(kEdit, "today");

    // Saved: the stored planned versions count the same, with no unsaved edits left.
    ASSERT_TRUE(session->save().ok());
    session->setProposal(proposal->id);
    EXPECT_DOUBLE_EQ(careM2(kEdit, kFlowers, kDept5), 450);
    EXPECT_DOUBLE_EQ(careM2(kEdit, kFlowers), 450);
    expectMapAgrees(kEdit, "proposal, saved");
    // An unsaved retag of today's map shows in today's share and in the proposal's unplanned areas.
    session->setProposal(std::nullopt);
    ASSERT_TRUE(session->retag({2}, kFlowers, kEdit).ok());
    auto edited = shareBars(*store, kEdit, kDept5, content());
    ASSERT_TRUE(edited.ok() && edited->size() == 1);
    EXPECT_DOUBLE_EQ(edited->first().natureToday, 200);
    EXPECT_DOUBLE_EQ(edited->first().natureProposal, 650);
}

TEST_F(MapTotals, TimelineCountsTheUnsavedEdits)
{
    ASSERT_TRUE(session->retag({1, 2}, kFlowers, kEdit).ok());
    TimelineQuery query;
    query.dates = {kStart, kEdit.addDays(-1), kEdit, kEdit.addYears(1)};
    query.overlay = session->overlay();
    auto series = careAreaTimeline(*store, query);
    ASSERT_TRUE(series.ok()) << series.errorMessage().toStdString();
    const qsizetype flowers = series->careTypes.indexOf(kFlowers);
    const qsizetype lawn = series->careTypes.indexOf(kLawn);
    ASSERT_GE(flowers, 0);
    ASSERT_GE(lawn, 0);
    EXPECT_EQ(series->areaM2.at(flowers), (QList<double>{0, 0, 300, 300}));
    EXPECT_EQ(series->areaM2.at(lawn), (QList<double>{1100, 1100, 800, 800}));
    // The selection's timeline: only its areas.
    query.areaIds = {2, 3};
    auto selected = careAreaTimeline(*store, query);
    ASSERT_TRUE(selected.ok());
    EXPECT_EQ(selected->areaM2.at(selected->careTypes.indexOf(kFlowers)), (QList<double>{0, 0, 200, 200}));
    EXPECT_EQ(selected->areaM2.at(selected->careTypes.indexOf(kLawn)), (QList<double>{500, 500, 300, 300}));
}

TEST_F(MapTotals, MownPathsOfTheMap)
{
    auto line = Geometry::fromWkt(QStringLiteral("LINESTRING(%1 %2,%3 %2)").arg(X0, 0, 'f', 1).arg(Y0 + 5, 0, 'f', 1).arg(X0 + 8, 0, 'f', 1));
    ASSERT_TRUE(line.ok());
    ASSERT_TRUE(session->addPath(*line, kDept5, PathKind::MownPath, 1.5, kEdit).ok());
    auto lengths = MapSnapshot(*store, content(), kEdit).pathLengths(kDept5);
    ASSERT_TRUE(lengths.ok());
    EXPECT_DOUBLE_EQ(lengths->mownPathM, 8);
    EXPECT_DOUBLE_EQ(lengths->safetyEdgeM, 0);
    EXPECT_DOUBLE_EQ(MapSnapshot(*store, content(), kEdit).pathLengths(kDept6)->mownPathM, 0);
    EXPECT_DOUBLE_EQ(MapSnapshot(*store, content(), kEdit.addDays(-1)).pathLengths()->mownPathM, 0);
    // Planned in a proposal: only in the proposal view.
    ASSERT_TRUE(session->save().ok());
    auto proposal = createProposal(*store, kDept5, QStringLiteral("Stier"), kEdit);
    ASSERT_TRUE(proposal.ok());
    session->setProposal(proposal->id);
    ASSERT_TRUE(session->addPath(*line, kDept5, PathKind::SafetyEdge, 1.0, kEdit).ok());
    EXPECT_DOUBLE_EQ(MapSnapshot(*store, content(), kEdit).pathLengths()->safetyEdgeM, 8);
    EXPECT_DOUBLE_EQ(MapSnapshot(*store, MapContent{session->overlay(), std::nullopt}, kEdit).pathLengths()->safetyEdgeM, 0);
    EXPECT_DOUBLE_EQ(MapSnapshot(*store, content(), kEdit).pathLengths()->mownPathM, 8); // the saved one
}
