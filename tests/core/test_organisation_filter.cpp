// One organisation's part of a project: the store's sums, the care-area timeline and the adoption
// series each count only its departments when asked for one organisation (the adoption report of
// one organisation's board).

#include "analysis/adoption.h"
#include "analysis/timeline.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

/// Adds department `key` with one 30 x 30 m lawn from 2019-01-01, at `x`, to an open transaction.
void addDepartment(ProjectStore &store, const DepartmentKey &key, double x)
{
    ASSERT_TRUE(store.saveOrganisation({key.orgNo, QStringLiteral("Boligselskab %1").arg(key.orgNo)}).ok());
    ASSERT_TRUE(store.saveDepartment({key, QStringLiteral("Afdeling %1").arg(key.deptText()), QString(), 100, {}}).ok());
    AreaVersion a;
    a.department = key;
    a.careType = QStringLiteral("brugsplaene");
    a.validFrom = QDate(2019, 1, 1);
    auto inserted = store.areaLayer().insert(a, Geometry::rectangle(QRectF(x, 6171000, 30, 30)).toMultiPolygon());
    ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
}

} // namespace

TEST(OrganisationFilter, SumsTimelineAndAdoptionSeriesCountOnlyItsDepartments)
{
    QTemporaryDir dir;
    auto store = test::newProject(dir.filePath(QStringLiteral("p.engdrift.gpkg")));
    ASSERT_TRUE(store);
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        addDepartment(*store, {12, 1}, 699000);
        addDepartment(*store, {12, 2}, 699100);
        addDepartment(*store, {13, 1}, 699200);
        ASSERT_TRUE(tx->commit().ok());
    }
    for (const DepartmentKey &key : {DepartmentKey{12, 2}, DepartmentKey{13, 1}}) {
        AdoptionEvent e;
        e.department = key;
        e.kind = AdoptionEventKind::Adopted;
        e.date = QDate(2020, 1, 1);
        ASSERT_TRUE(recordAdoptionEvent(*store, e).ok());
    }
    auto twelve = adoptionSeries(*store, {QDate(2021, 1, 1)}, 12);
    ASSERT_TRUE(twelve.ok());
    EXPECT_EQ(twelve->adopted, QList<int>{1});
    EXPECT_EQ(twelve->departments, QList<int>{2});
    auto all = adoptionSeries(*store, {QDate(2021, 1, 1)});
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->adopted, QList<int>{2});
    EXPECT_EQ(all->departments, QList<int>{3});

    AreaQuery query;
    query.organisation = 12;
    query.at = QDate(2021, 1, 1);
    auto totals = store->areaTotals(query, AreaGrouping::Department);
    ASSERT_TRUE(totals.ok());
    ASSERT_EQ(totals->size(), 2);
    EXPECT_EQ(totals->at(0).department, (DepartmentKey{12, 1}));
    EXPECT_EQ(totals->at(1).department, (DepartmentKey{12, 2}));

    TimelineQuery timeline;
    timeline.dates = {QDate(2018, 1, 1), QDate(2021, 1, 1)};
    timeline.organisation = 13;
    auto series = careAreaTimeline(*store, timeline);
    ASSERT_TRUE(series.ok());
    EXPECT_NEAR(series->totalAt(0), 0, 1e-9);
    EXPECT_NEAR(series->totalAt(1), 900, 1e-6); // its one 30 x 30 m lawn
}
