// The timeline (analysis/timeline.h): area by care type at step dates, checked against a history
// computed by hand.
//
// The fixture, four rectangles in two departments of organisation 12:
//   area 1 (12-005) 100 m²: brugsplaene from 2019-01-01, eng from 2020-05-01, naturgraes from 2022-02-01
//   area 2 (12-005) 200 m²: brugsplaene from 2019-01-01, eng from 2021-01-01
//   area 3 (12-007) 300 m²: prydbuske from 2019-01-01, levende_hegn from 2021-01-01
//   area 4 (12-007) 400 m²: fast_belaegning from 2020-03-15, ended on 2022-06-30
//   area 5 (12-005)  50 m²: blomstereng from 2021-06-01, proposed only (never counted)

#include "analysis/series.h"
#include "analysis/statistics.h"
#include "analysis/timeline.h"
#include "edit/tagging.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

const QString kBrugsplaene = QStringLiteral("brugsplaene");
const QString kNaturgraes = QStringLiteral("naturgraes");
const QString kEng = QStringLiteral("eng");
const QString kPrydbuske = QStringLiteral("prydbuske");
const QString kHegn = QStringLiteral("levende_hegn");
const QString kFast = QStringLiteral("fast_belaegning");

class Timeline : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("t.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
        {
            auto tx = store->begin();
            ASSERT_TRUE(tx.ok());
            ASSERT_TRUE(store->saveOrganisation({12, {}}).ok());
            ASSERT_TRUE(store->saveDepartment({{12, 5}, {}, {}, 0, {}}).ok());
            ASSERT_TRUE(store->saveDepartment({{12, 7}, {}, {}, 0, {}}).ok());
            struct Start
            {
                int dept;
                QString care;
                QDate from;
                double width;
                AreaStatus status;
            };
            const Start starts[] = {{5, kBrugsplaene, QDate(2019, 1, 1), 10, AreaStatus::Current},
                                    {5, kBrugsplaene, QDate(2019, 1, 1), 20, AreaStatus::Current},
                                    {7, kPrydbuske, QDate(2019, 1, 1), 30, AreaStatus::Current},
                                    {7, kFast, QDate(2020, 3, 15), 40, AreaStatus::Current},
                                    {5, QStringLiteral("blomstereng"), QDate(2021, 6, 1), 5, AreaStatus::Proposed}};
            double x = 0;
            for (const Start &s : starts) {
                AreaVersion a;
                a.department = {12, s.dept};
                a.careType = s.care;
                a.validFrom = s.from;
                a.status = s.status;
                // width x 10 m: 100, 200, 300, 400 and 50 m².
                auto inserted = store->areaLayer().insert(a, Geometry::rectangle(QRectF(x, 0, s.width, 10)).toMultiPolygon());
                ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
                x += 100;
            }
            ASSERT_TRUE(tx->commit().ok());
        }
        tag({1}, kEng, QDate(2020, 5, 1));
        tag({2}, kEng, QDate(2021, 1, 1));
        tag({3}, kHegn, QDate(2021, 1, 1));
        tag({1}, kNaturgraes, QDate(2022, 2, 1));
        // Area 4 ends: its open version is closed.
        AreaQuery q;
        q.ids = {4};
        auto versions = store->areas(q);
        ASSERT_TRUE(versions.ok());
        ASSERT_EQ(versions->size(), 1);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        std::vector<AreaLayer::Successor> none;
        ASSERT_TRUE(store->areaLayer().supersede(versions->first().fid, QDate(2022, 6, 30), none, QDate()).ok());
        ASSERT_TRUE(tx->commit().ok());
    }

    void tag(const QList<qint64> &ids, const QString &care, const QDate &from)
    {
        auto result = tagAreas(*store, {ids, care, from, {}});
        ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
        ASSERT_EQ(result->changed, ids.size());
    }

    CareAreaSeries timeline(const TimelineQuery &query)
    {
        auto series = careAreaTimeline(*store, query);
        EXPECT_TRUE(series.ok()) << series.errorMessage().toStdString();
        return series.ok() ? series.value() : CareAreaSeries();
    }

    static CareAreaSeries timeline(const ProjectStore &s, const QList<QDate> &dates)
    {
        TimelineQuery query;
        query.dates = dates;
        auto series = careAreaTimeline(s, query);
        EXPECT_TRUE(series.ok());
        return series.ok() ? series.value() : CareAreaSeries();
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
};

/// The area of a care type at a date of the series (0 if the care type is not in it).
double at(const CareAreaSeries &s, const QString &care, const QDate &date)
{
    const qsizetype c = s.careTypes.indexOf(care);
    const qsizetype i = s.dates.indexOf(date);
    EXPECT_GE(i, 0) << date.toString(Qt::ISODate).toStdString() << " is not a date of the series";
    if (c < 0 || i < 0)
        return 0;
    EXPECT_EQ(s.areaM2.at(c).size(), s.dates.size());
    return s.areaM2.at(c).at(i);
}

double totalAt(const CareAreaSeries &s, const QDate &date)
{
    return s.totalAt(s.dates.indexOf(date));
}

} // namespace

TEST_F(Timeline, YearlyMatchesTheHandComputedHistory)
{
    TimelineQuery query;
    query.dates = stepDates(QDate(2019, 1, 1), QDate(2023, 6, 1), TimeStep::Year);
    const CareAreaSeries s = timeline(query);
    ASSERT_EQ(s.dates, (QList<QDate>{QDate(2019, 1, 1), QDate(2020, 1, 1), QDate(2021, 1, 1), QDate(2022, 1, 1),
                                     QDate(2023, 1, 1)}));
    // Catalogue order; the proposed blomstereng never appears.
    EXPECT_EQ(s.careTypes, (QStringList{kBrugsplaene, kNaturgraes, kEng, kPrydbuske, kHegn, kFast}));
    ASSERT_EQ(s.areaM2.size(), s.careTypes.size());

    EXPECT_DOUBLE_EQ(at(s, kBrugsplaene, QDate(2019, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(at(s, kPrydbuske, QDate(2019, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2019, 1, 1)), 0);
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2019, 1, 1)), 600);

    EXPECT_DOUBLE_EQ(at(s, kBrugsplaene, QDate(2020, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2020, 1, 1)), 0); // area 4 begins on 2020-03-15
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2020, 1, 1)), 600);

    EXPECT_DOUBLE_EQ(at(s, kBrugsplaene, QDate(2021, 1, 1)), 0); // both lawns are meadow now
    EXPECT_DOUBLE_EQ(at(s, kEng, QDate(2021, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(at(s, kPrydbuske, QDate(2021, 1, 1)), 0);
    EXPECT_DOUBLE_EQ(at(s, kHegn, QDate(2021, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2021, 1, 1)), 400);
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2021, 1, 1)), 1000);

    EXPECT_DOUBLE_EQ(at(s, kEng, QDate(2022, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(at(s, kNaturgraes, QDate(2022, 1, 1)), 0);
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2022, 1, 1)), 1000);

    EXPECT_DOUBLE_EQ(at(s, kNaturgraes, QDate(2023, 1, 1)), 100);
    EXPECT_DOUBLE_EQ(at(s, kEng, QDate(2023, 1, 1)), 200);
    EXPECT_DOUBLE_EQ(at(s, kHegn, QDate(2023, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2023, 1, 1)), 0); // ended on 2022-06-30
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2023, 1, 1)), 600);
}

TEST_F(Timeline, MonthlySeesEachChangeOnItsDay)
{
    TimelineQuery query;
    query.dates = stepDates(QDate(2019, 1, 1), QDate(2023, 1, 1), TimeStep::Month);
    ASSERT_EQ(query.dates.size(), 49);
    const CareAreaSeries s = timeline(query);
    // Area 4 begins mid-March: not on 2020-03-01, on 2020-04-01.
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2020, 3, 1)), 0);
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2020, 4, 1)), 400);
    // Area 1 turns to meadow on 2020-05-01 (valid_from <= date).
    EXPECT_DOUBLE_EQ(at(s, kBrugsplaene, QDate(2020, 4, 1)), 300);
    EXPECT_DOUBLE_EQ(at(s, kEng, QDate(2020, 4, 1)), 0);
    EXPECT_DOUBLE_EQ(at(s, kBrugsplaene, QDate(2020, 5, 1)), 200);
    EXPECT_DOUBLE_EQ(at(s, kEng, QDate(2020, 5, 1)), 100);
    // ... and to natural grass on 2022-02-01 (date < valid_to ends the meadow version).
    EXPECT_DOUBLE_EQ(at(s, kEng, QDate(2022, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(at(s, kEng, QDate(2022, 2, 1)), 200);
    EXPECT_DOUBLE_EQ(at(s, kNaturgraes, QDate(2022, 2, 1)), 100);
    // Area 4 ends on 2022-06-30: still there on 2022-06-01, gone on 2022-07-01.
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2022, 6, 1)), 400);
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2022, 7, 1)), 0);
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2022, 6, 1)), 1000);
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2022, 7, 1)), 600);

    // Every date agrees with the statistics at that date (one query per date).
    for (qsizetype i = 0; i < s.dates.size(); ++i) {
        auto stats = areaStatistics(*store, s.dates.at(i), AreaGrouping::CareType);
        ASSERT_TRUE(stats.ok());
        EXPECT_NEAR(s.totalAt(i), stats->totalAreaM2, 1e-6) << s.dates.at(i).toString(Qt::ISODate).toStdString();
        for (const AreaTotal &t : stats->rows)
            EXPECT_NEAR(at(s, t.careType, s.dates.at(i)), t.areaM2, 1e-6)
                << t.careType.toStdString() << " at " << s.dates.at(i).toString(Qt::ISODate).toStdString();
    }
}

TEST_F(Timeline, QuarterlyFromADateBetweenQuarters)
{
    TimelineQuery query;
    query.dates = stepDates(QDate(2018, 11, 15), QDate(2022, 12, 31), TimeStep::Quarter);
    ASSERT_EQ(query.dates.first(), QDate(2018, 11, 15));
    ASSERT_EQ(query.dates.at(1), QDate(2019, 1, 1));
    ASSERT_EQ(query.dates.last(), QDate(2022, 10, 1));
    const CareAreaSeries s = timeline(query);
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2018, 11, 15)), 0); // before everything
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2019, 1, 1)), 600);
    EXPECT_DOUBLE_EQ(at(s, kBrugsplaene, QDate(2020, 4, 1)), 300);
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2020, 4, 1)), 400);
    EXPECT_DOUBLE_EQ(at(s, kBrugsplaene, QDate(2020, 7, 1)), 200);
    EXPECT_DOUBLE_EQ(at(s, kEng, QDate(2020, 7, 1)), 100);
    EXPECT_DOUBLE_EQ(at(s, kEng, QDate(2022, 4, 1)), 200);
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2022, 4, 1)), 400);
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2022, 7, 1)), 0);
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2022, 10, 1)), 600);
}

TEST_F(Timeline, OneDepartment)
{
    TimelineQuery query;
    query.dates = stepDates(QDate(2019, 1, 1), QDate(2023, 1, 1), TimeStep::Year);
    query.department = DepartmentKey{12, 5};
    const CareAreaSeries d5 = timeline(query);
    EXPECT_EQ(d5.careTypes, (QStringList{kBrugsplaene, kNaturgraes, kEng}));
    EXPECT_DOUBLE_EQ(at(d5, kBrugsplaene, QDate(2019, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(at(d5, kBrugsplaene, QDate(2021, 1, 1)), 0);
    EXPECT_DOUBLE_EQ(at(d5, kEng, QDate(2021, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(at(d5, kNaturgraes, QDate(2023, 1, 1)), 100);
    EXPECT_DOUBLE_EQ(at(d5, kEng, QDate(2023, 1, 1)), 200);
    for (qsizetype i = 0; i < d5.dates.size(); ++i)
        EXPECT_DOUBLE_EQ(d5.totalAt(i), 300);

    query.department = DepartmentKey{12, 7};
    const CareAreaSeries d7 = timeline(query);
    EXPECT_EQ(d7.careTypes, (QStringList{kPrydbuske, kHegn, kFast}));
    EXPECT_DOUBLE_EQ(totalAt(d7, QDate(2020, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(totalAt(d7, QDate(2021, 1, 1)), 700);
    EXPECT_DOUBLE_EQ(at(d7, kHegn, QDate(2022, 1, 1)), 300);
    EXPECT_DOUBLE_EQ(totalAt(d7, QDate(2023, 1, 1)), 300);

    query.department = DepartmentKey{12, 9}; // no such department: nothing
    const CareAreaSeries none = timeline(query);
    EXPECT_TRUE(none.careTypes.isEmpty());
    EXPECT_EQ(none.dates.size(), 5);
}

TEST_F(Timeline, SelectedAreas)
{
    TimelineQuery query;
    query.dates = stepDates(QDate(2019, 1, 1), QDate(2023, 1, 1), TimeStep::Year);
    query.areaIds = {1, 4};
    const CareAreaSeries s = timeline(query);
    EXPECT_EQ(s.careTypes, (QStringList{kBrugsplaene, kNaturgraes, kEng, kFast}));
    EXPECT_DOUBLE_EQ(at(s, kBrugsplaene, QDate(2019, 1, 1)), 100);
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2019, 1, 1)), 100);
    EXPECT_DOUBLE_EQ(at(s, kEng, QDate(2021, 1, 1)), 100);
    EXPECT_DOUBLE_EQ(at(s, kFast, QDate(2021, 1, 1)), 400);
    EXPECT_DOUBLE_EQ(at(s, kNaturgraes, QDate(2023, 1, 1)), 100);
    EXPECT_DOUBLE_EQ(totalAt(s, QDate(2023, 1, 1)), 100);

    // A selection within a department.
    query.department = DepartmentKey{12, 7};
    const CareAreaSeries only4 = timeline(query);
    EXPECT_EQ(only4.careTypes, (QStringList{kFast}));
    EXPECT_DOUBLE_EQ(totalAt(only4, QDate(2022, 1, 1)), 400);
}

TEST_F(Timeline, DatesBeforeEverythingAndCareTypesOnlyWhenThere)
{
    const CareAreaSeries before = timeline(*store, {QDate(2010, 1, 1), QDate(2018, 12, 31)});
    EXPECT_EQ(before.dates.size(), 2);
    EXPECT_TRUE(before.careTypes.isEmpty());
    EXPECT_TRUE(before.areaM2.isEmpty());
    EXPECT_DOUBLE_EQ(before.totalAt(0), 0);
    EXPECT_DOUBLE_EQ(before.totalAt(1), 0);

    const CareAreaSeries empty = timeline(*store, {});
    EXPECT_TRUE(empty.dates.isEmpty());
    EXPECT_TRUE(empty.careTypes.isEmpty());

    // Only the care types that have an area at one of the dates.
    const CareAreaSeries later = timeline(*store, {QDate(2023, 1, 1)});
    EXPECT_EQ(later.careTypes, (QStringList{kNaturgraes, kEng, kHegn}));
    const CareAreaSeries mid = timeline(*store, {QDate(2020, 6, 1)});
    EXPECT_EQ(mid.careTypes, (QStringList{kBrugsplaene, kEng, kPrydbuske, kFast}));
    EXPECT_DOUBLE_EQ(mid.totalAt(0), 1000);
}

TEST_F(Timeline, IntervalTotalsOfTheStore)
{
    auto totals = store->areaIntervalTotals(AreaQuery{});
    ASSERT_TRUE(totals.ok()) << totals.errorMessage().toStdString();
    // By care type, valid_from, valid_to; the open end last.
    QStringList lines;
    for (const AreaIntervalTotal &t : *totals)
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(t.careType, t.validFrom.toString(Qt::ISODate),
                          t.validTo.isValid() ? t.validTo.toString(Qt::ISODate) : QStringLiteral("open"))
                     .arg(t.areaM2)
                     .arg(t.count);
    EXPECT_EQ(lines, (QStringList{
                         QStringLiteral("brugsplaene 2019-01-01 2020-05-01 100 1"),
                         QStringLiteral("brugsplaene 2019-01-01 2021-01-01 200 1"),
                         QStringLiteral("eng 2020-05-01 2022-02-01 100 1"),
                         QStringLiteral("eng 2021-01-01 open 200 1"),
                         QStringLiteral("fast_belaegning 2020-03-15 2022-06-30 400 1"),
                         QStringLiteral("levende_hegn 2021-01-01 open 300 1"),
                         QStringLiteral("naturgraes 2022-02-01 open 100 1"),
                         QStringLiteral("prydbuske 2019-01-01 2021-01-01 300 1"),
                     }));

    // The same interval in two departments is one row.
    auto tx = store->begin();
    ASSERT_TRUE(tx.ok());
    AreaVersion a;
    a.department = {12, 7};
    a.careType = kPrydbuske;
    a.validFrom = QDate(2019, 1, 1);
    a.validTo = QDate(2021, 1, 1);
    ASSERT_TRUE(store->areaLayer().insert(a, Geometry::rectangle(QRectF(1000, 0, 5, 10)).toMultiPolygon()).ok());
    AreaVersion b = a;
    b.areaId = 0;
    b.department = {12, 5};
    ASSERT_TRUE(store->areaLayer().insert(b, Geometry::rectangle(QRectF(1100, 0, 5, 10)).toMultiPolygon()).ok());
    ASSERT_TRUE(tx->commit().ok());
    totals = store->areaIntervalTotals(AreaQuery{});
    ASSERT_TRUE(totals.ok());
    const auto it = std::find_if(totals->cbegin(), totals->cend(), [](const AreaIntervalTotal &t) {
        return t.careType == QLatin1String("prydbuske");
    });
    ASSERT_NE(it, totals->cend());
    EXPECT_DOUBLE_EQ(it->areaM2, 400);
    EXPECT_EQ(it->count, 3);
}

TEST_F(Timeline, ReadOnlyStoreGivesTheSameSeries)
{
    const QList<QDate> dates = stepDates(QDate(2019, 1, 1), QDate(2023, 1, 1), TimeStep::Quarter);
    const CareAreaSeries written = timeline(*store, dates);
    store.reset();
    auto reopened = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(reopened.ok()) << reopened.errorMessage().toStdString();
    const CareAreaSeries read = timeline(**reopened, dates);
    EXPECT_EQ(read.careTypes, written.careTypes);
    EXPECT_EQ(read.areaM2, written.areaM2);
}
