// The adoption count over time with its denominator (departments that have areas on each date),
// and the step dates of the series.

#include "adoption_helpers.h"
#include "analysis/adoption.h"
#include "analysis/series.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;
using namespace engdrift::adoption_test;

namespace {

/// Three departments:
///   12-001 from 2019-01-01: proposed 2019-03-01, adopted 2019-06-01, implemented 2019-09-01
///   12-002 from 2020-01-01: proposed 2020-02-01, adopted 2020-06-15, withdrawn 2021-06-01
///   12-003 from 2021-01-01 (a planned area from 2020-06-01 does not count): proposed 2021-02-01,
///          rejected 2021-03-01, proposed 2022-01-01, adopted 2022-05-01
QString seriesProject(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("series.engdrift.gpkg"));
    auto store = test::newProject(path);
    EXPECT_TRUE(store);
    {
        auto tx = store->begin();
        EXPECT_TRUE(tx.ok());
        addDepartment(*store, {12, 1}, QDate(2019, 1, 1), 699000);
        addDepartment(*store, {12, 2}, QDate(2020, 1, 1), 699100);
        addDepartment(*store, {12, 3}, QDate(2021, 1, 1), 699200);
        AreaVersion planned;
        planned.department = {12, 3};
        planned.careType = QStringLiteral("eng");
        planned.validFrom = QDate(2020, 6, 1);
        planned.status = AreaStatus::Proposed;
        EXPECT_TRUE(store->areaLayer().insert(planned, square(699250, 6171000, 10)).ok());
        EXPECT_TRUE(tx->commit().ok());
    }
    using K = AdoptionEventKind;
    const QList<AdoptionEvent> events{
        makeEvent(K::Proposed, QDate(2019, 3, 1), {12, 1}),  makeEvent(K::Adopted, QDate(2019, 6, 1), {12, 1}),
        makeEvent(K::Implemented, QDate(2019, 9, 1), {12, 1}), makeEvent(K::Proposed, QDate(2020, 2, 1), {12, 2}),
        makeEvent(K::Adopted, QDate(2020, 6, 15), {12, 2}),  makeEvent(K::Withdrawn, QDate(2021, 6, 1), {12, 2}),
        makeEvent(K::Proposed, QDate(2021, 2, 1), {12, 3}),  makeEvent(K::Rejected, QDate(2021, 3, 1), {12, 3}),
        makeEvent(K::Proposed, QDate(2022, 1, 1), {12, 3}),  makeEvent(K::Adopted, QDate(2022, 5, 1), {12, 3})};
    for (AdoptionEvent e : events) {
        auto ok = recordAdoptionEvent(*store, e);
        EXPECT_TRUE(ok.ok()) << ok.errorMessage().toStdString();
    }
    return path;
}

} // namespace

TEST(AdoptionSeries, CountsAndDenominatorAtDates)
{
    QTemporaryDir dir;
    const QString path = seriesProject(dir);
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    EXPECT_EQ(*(*store)->departmentStart({12, 1}), QDate(2019, 1, 1));
    EXPECT_EQ(*(*store)->departmentStart({12, 3}), QDate(2021, 1, 1));
    EXPECT_FALSE((*store)->departmentStart({12, 4})->isValid());

    const QList<QDate> dates{QDate(2018, 12, 31), QDate(2019, 5, 31), QDate(2019, 6, 1), QDate(2020, 6, 15),
                             QDate(2021, 1, 1),   QDate(2021, 5, 31), QDate(2021, 6, 1), QDate(2022, 5, 1)};
    auto series = adoptionSeries(**store, dates);
    ASSERT_TRUE(series.ok()) << series.errorMessage().toStdString();
    EXPECT_EQ(series->dates, dates);
    //                                  2018-12-31  2019-05-31  2019-06-01  2020-06-15  2021-01-01  2021-05-31  2021-06-01  2022-05-01
    EXPECT_EQ(series->adopted, (QList<int>{0, 0, 1, 2, 2, 2, 1, 2}));
    EXPECT_EQ(series->departments, (QList<int>{0, 1, 1, 2, 3, 3, 3, 3}));
}

TEST(AdoptionSeries, DepartmentWithoutAreasIsNotCounted)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    auto store = test::newProject(path);
    ASSERT_TRUE(store);
    {
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        addDepartment(*store, {12, 1}, QDate(2019, 1, 1));
        addDepartment(*store, {12, 2}, QDate());
        ASSERT_TRUE(tx->commit().ok());
    }
    for (AdoptionEventKind kind : {AdoptionEventKind::Proposed, AdoptionEventKind::Adopted}) {
        AdoptionEvent e = makeEvent(kind, QDate(2020, 1, 1), {12, 2});
        ASSERT_TRUE(recordAdoptionEvent(*store, e).ok());
    }
    auto series = adoptionSeries(*store, {QDate(2021, 1, 1)});
    ASSERT_TRUE(series.ok());
    EXPECT_EQ(series->adopted, QList<int>{0}); // never more adopted than departments
    EXPECT_EQ(series->departments, QList<int>{1});
}

TEST(StepDates, MonthQuarterYear)
{
    EXPECT_EQ(stepDates(QDate(2019, 1, 15), QDate(2019, 4, 1), TimeStep::Month),
              (QList<QDate>{QDate(2019, 1, 15), QDate(2019, 2, 1), QDate(2019, 3, 1), QDate(2019, 4, 1)}));
    EXPECT_EQ(stepDates(QDate(2019, 1, 1), QDate(2019, 3, 20), TimeStep::Month),
              (QList<QDate>{QDate(2019, 1, 1), QDate(2019, 2, 1), QDate(2019, 3, 1)}));
    EXPECT_EQ(stepDates(QDate(2019, 11, 30), QDate(2020, 2, 1), TimeStep::Month),
              (QList<QDate>{QDate(2019, 11, 30), QDate(2019, 12, 1), QDate(2020, 1, 1), QDate(2020, 2, 1)}));
    EXPECT_EQ(stepDates(QDate(2019, 2, 10), QDate(2020, 1, 1), TimeStep::Quarter),
              (QList<QDate>{QDate(2019, 2, 10), QDate(2019, 4, 1), QDate(2019, 7, 1), QDate(2019, 10, 1),
                            QDate(2020, 1, 1)}));
    EXPECT_EQ(stepDates(QDate(2019, 10, 1), QDate(2019, 12, 31), TimeStep::Quarter), (QList<QDate>{QDate(2019, 10, 1)}));
    EXPECT_EQ(stepDates(QDate(2019, 6, 1), QDate(2022, 3, 1), TimeStep::Year),
              (QList<QDate>{QDate(2019, 6, 1), QDate(2020, 1, 1), QDate(2021, 1, 1), QDate(2022, 1, 1)}));
    EXPECT_EQ(stepDates(QDate(2020, 5, 5), QDate(2020, 5, 5), TimeStep::Month), (QList<QDate>{QDate(2020, 5, 5)}));
    EXPECT_TRUE(stepDates(QDate(2020, 5, 5), QDate(2020, 5, 4), TimeStep::Month).isEmpty());
    EXPECT_TRUE(stepDates(QDate(), QDate(2020, 5, 4), TimeStep::Year).isEmpty());
}

TEST(StepDates, CareAreaSeriesTotal)
{
    CareAreaSeries s;
    s.dates = {QDate(2020, 1, 1), QDate(2021, 1, 1)};
    s.careTypes = {QStringLiteral("brugsplaene"), QStringLiteral("eng")};
    s.areaM2 = {{100.0, 40.0}, {0.0, 60.5}};
    EXPECT_DOUBLE_EQ(s.totalAt(0), 100.0);
    EXPECT_DOUBLE_EQ(s.totalAt(1), 100.5);
    EXPECT_DOUBLE_EQ(s.totalAt(2), 0.0);
    EXPECT_DOUBLE_EQ(s.totalAt(-1), 0.0);
}
