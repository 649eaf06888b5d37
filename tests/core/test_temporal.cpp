// The temporal model: tagging closes one version and opens the next; queries at a date see the
// version valid then; history is never overwritten.

#include "analysis/statistics.h"
#include "edit/tagging.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

class Temporal : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("t.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, {}}).ok());
        ASSERT_TRUE(store->saveDepartment({{12, 5}, {}, {}, 0, {}}).ok());
        ASSERT_TRUE(store->saveDepartment({{12, 7}, {}, {}, 0, {}}).ok());
        // Three lawns: 100, 200 and 300 m²; the third in department 007.
        for (int i = 0; i < 3; ++i) {
            AreaVersion a;
            a.department = {12, i < 2 ? 5 : 7};
            a.careType = QStringLiteral("brugsplaene");
            a.validFrom = QDate(2019, 1, 1);
            const double w = 10.0 * (i + 1);
            ASSERT_TRUE(store->areaLayer().insert(a, Geometry::rectangle(QRectF(100.0 * i, 0, w, 10)).toMultiPolygon()).ok());
        }
        ASSERT_TRUE(tx->commit().ok());
    }

    QString careAt(qint64 areaId, const QDate &date)
    {
        AreaQuery q;
        q.ids = {areaId};
        q.at = date;
        auto list = store->areas(q);
        EXPECT_TRUE(list.ok());
        if (!list.ok() || list->size() != 1)
            return QStringLiteral("<%1 versions>").arg(list.ok() ? list->size() : -1);
        return list->first().careType;
    }

    QList<AreaVersion> history(qint64 areaId)
    {
        AreaQuery q;
        q.ids = {areaId};
        q.status.reset();
        auto list = store->areas(q);
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<AreaVersion>();
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
};

} // namespace

TEST_F(Temporal, TagClosesOneVersionAndOpensTheNext)
{
    auto result = tagAreas(*store, {{1, 2}, QStringLiteral("eng"), QDate(2021, 5, 1), QStringLiteral("vote 2021")});
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    EXPECT_EQ(result->changed, 2);
    EXPECT_EQ(careAt(1, QDate(2019, 1, 1)), QStringLiteral("brugsplaene"));
    EXPECT_EQ(careAt(1, QDate(2021, 4, 30)), QStringLiteral("brugsplaene"));
    EXPECT_EQ(careAt(1, QDate(2021, 5, 1)), QStringLiteral("eng"));
    EXPECT_EQ(careAt(2, QDate(2030, 1, 1)), QStringLiteral("eng"));
    EXPECT_EQ(careAt(3, QDate(2030, 1, 1)), QStringLiteral("brugsplaene"));
    EXPECT_EQ(careAt(1, QDate(2018, 12, 31)), QStringLiteral("<0 versions>"));

    const auto versions = history(1);
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[0].validFrom, QDate(2019, 1, 1));
    EXPECT_EQ(versions[0].validTo, QDate(2021, 5, 1));
    EXPECT_EQ(versions[0].careType, QStringLiteral("brugsplaene"));
    EXPECT_EQ(versions[1].validFrom, QDate(2021, 5, 1));
    EXPECT_FALSE(versions[1].validTo.isValid());
    EXPECT_EQ(versions[1].note, QStringLiteral("vote 2021"));
    EXPECT_DOUBLE_EQ(versions[1].areaM2, versions[0].areaM2);
}

TEST_F(Temporal, TagInsideHistoryKeepsTheLaterVersions)
{
    ASSERT_TRUE(tagAreas(*store, {{1}, QStringLiteral("eng"), QDate(2023, 1, 1), {}}).ok());
    ASSERT_TRUE(tagAreas(*store, {{1}, QStringLiteral("haek"), QDate(2021, 1, 1), {}}).ok());
    const auto versions = history(1);
    ASSERT_EQ(versions.size(), 3);
    EXPECT_EQ(versions[0].careType, QStringLiteral("brugsplaene"));
    EXPECT_EQ(versions[0].validTo, QDate(2021, 1, 1));
    EXPECT_EQ(versions[1].careType, QStringLiteral("haek"));
    EXPECT_EQ(versions[1].validFrom, QDate(2021, 1, 1));
    EXPECT_EQ(versions[1].validTo, QDate(2023, 1, 1));
    EXPECT_EQ(versions[2].careType, QStringLiteral("eng"));
    EXPECT_EQ(careAt(1, QDate(2022, 6, 1)), QStringLiteral("haek"));
    EXPECT_EQ(careAt(1, QDate(2024, 6, 1)), QStringLiteral("eng"));
}

TEST_F(Temporal, TagWithTheSameCareTypeChangesNothing)
{
    const QString before = test::snapshot(path);
    auto result = tagAreas(*store, {{3}, QStringLiteral("brugsplaene"), QDate(2022, 1, 1), {}});
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->changed, 0);
    EXPECT_EQ(result->unchanged, 1);
    EXPECT_EQ(history(3).size(), 1);
    EXPECT_EQ(test::snapshot(path), before);
}

TEST_F(Temporal, AFailedTagChangesNoArea)
{
    const QString before = test::snapshot(path);
    auto missing = tagAreas(*store, {{1, 2, 99}, QStringLiteral("eng"), QDate(2022, 1, 1), {}});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("no area 99"))) << missing.errorMessage().toStdString();
    auto tooEarly = tagAreas(*store, {{1}, QStringLiteral("eng"), QDate(2018, 1, 1), {}});
    ASSERT_FALSE(tooEarly.ok());
    EXPECT_TRUE(tooEarly.errorMessage().contains(QStringLiteral("2018-01-01")));
    auto unknownType = tagAreas(*store, {{1}, QStringLiteral("jungle"), QDate(2022, 1, 1), {}});
    ASSERT_FALSE(unknownType.ok());
    EXPECT_EQ(test::snapshot(path), before);
}

TEST_F(Temporal, StatisticsAtADate)
{
    ASSERT_TRUE(tagAreas(*store, {{2}, QStringLiteral("eng"), QDate(2022, 3, 1), {}}).ok());
    auto before = areaStatistics(*store, QDate(2022, 2, 28), AreaGrouping::DepartmentAndCareType);
    ASSERT_TRUE(before.ok());
    ASSERT_EQ(before->rows.size(), 2);
    EXPECT_EQ(before->rows[0].department, (DepartmentKey{12, 5}));
    EXPECT_EQ(before->rows[0].careType, QStringLiteral("brugsplaene"));
    EXPECT_DOUBLE_EQ(before->rows[0].areaM2, 300.0);
    EXPECT_EQ(before->rows[0].count, 2);
    EXPECT_DOUBLE_EQ(before->natureFriendlyAreaM2, 0.0);

    auto after = areaStatistics(*store, QDate(2022, 3, 1), AreaGrouping::DepartmentAndCareType);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->rows.size(), 3);
    EXPECT_EQ(after->rows[0].careType, QStringLiteral("brugsplaene"));
    EXPECT_DOUBLE_EQ(after->rows[0].areaM2, 100.0);
    EXPECT_EQ(after->rows[1].careType, QStringLiteral("eng"));
    EXPECT_DOUBLE_EQ(after->rows[1].areaM2, 200.0);
    EXPECT_DOUBLE_EQ(after->totalAreaM2, 600.0);
    EXPECT_DOUBLE_EQ(after->greenAreaM2, 600.0);
    EXPECT_DOUBLE_EQ(after->natureFriendlyAreaM2, 200.0);

    auto byCare = areaStatistics(*store, QDate(2022, 3, 1), AreaGrouping::CareType);
    ASSERT_TRUE(byCare.ok());
    ASSERT_EQ(byCare->rows.size(), 2);
    EXPECT_DOUBLE_EQ(byCare->rows[0].areaM2, 400.0);
    auto oneDept = areaStatistics(*store, QDate(2022, 3, 1), AreaGrouping::Department, DepartmentKey{12, 7});
    ASSERT_TRUE(oneDept.ok());
    ASSERT_EQ(oneDept->rows.size(), 1);
    EXPECT_DOUBLE_EQ(oneDept->rows[0].areaM2, 300.0);
}
