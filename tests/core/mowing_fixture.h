#pragma once
// A department drawn for the mowing tests, with its m² worked out by hand (x from 699000, y from
// 6171000, metres):
//   A brugsplaene (0,0)-(50,40)   2000 m²  \ touch: one lawn zone of 3200 m²
//   B brugsplaene (50,0)-(80,40)  1200 m²  /
//   C brugsplaene (200,0)-(220,20) 400 m²     alone: a second lawn zone
//   D eng         (0,40)-(100,100) 6000 m²    touches A, but another regime; a mown path 2 m wide
//                                             from (20,70) to (70,70) takes 100 m² out of it
//   E haek        (100,40)-(110,100) 600 m²   not mowing: 150 h/ha/year
//   F fast_belaegning (80,0)-(100,40) 800 m²  not green, no work

#include "edit/proposals.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace engdrift::test {

inline const DepartmentKey kMowDept{12, 5};
inline const QDate kMowFrom(2020, 1, 1);
inline const QDate kMowAt(2024, 5, 1);

class MowingFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("mow.engdrift.gpkg"));
        store = newProject(path);
        ASSERT_TRUE(store);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, QStringLiteral("Boligselskabet Øst")}).ok());
        ASSERT_TRUE(store->saveDepartment({kMowDept, QStringLiteral("Nørreparken"), {}, 100, {}}).ok());
        addArea(QStringLiteral("brugsplaene"), 0, 0, 50, 40);       // 1 A
        addArea(QStringLiteral("brugsplaene"), 50, 0, 80, 40);      // 2 B
        addArea(QStringLiteral("brugsplaene"), 200, 0, 220, 20);    // 3 C
        addArea(QStringLiteral("eng"), 0, 40, 100, 100);            // 4 D
        addArea(QStringLiteral("haek"), 100, 40, 110, 100);         // 5 E
        addArea(QStringLiteral("fast_belaegning"), 80, 0, 100, 40); // 6 F
        addPath(PathKind::MownPath, 2.0, {{20, 70}, {70, 70}});
        ASSERT_TRUE(tx->commit().ok());
    }

    void addArea(const QString &careType, double x0, double y0, double x1, double y1)
    {
        AreaVersion a;
        a.department = kMowDept;
        a.careType = careType;
        a.validFrom = kMowFrom;
        ASSERT_TRUE(store->areaLayer().insert(a, rect(x0, y0, x1, y1)).ok());
    }

    void addPath(PathKind kind, double width, const QList<QPointF> &points)
    {
        PathVersion p;
        p.department = kMowDept;
        p.validFrom = kMowFrom;
        p.kind = kind;
        p.widthM = width;
        QList<QPointF> placed;
        for (const QPointF &pt : points)
            placed << QPointF(699000 + pt.x(), 6171000 + pt.y());
        auto line = Geometry::lineString(placed);
        ASSERT_TRUE(line.ok());
        ASSERT_TRUE(store->pathLayer().insert(p, *line).ok());
    }

    /// A draft proposal that plans lawn C (area 3) as meadow from kMowAt; its id.
    qint64 planLawnCAsMeadow()
    {
        auto proposal = createProposal(*store, kMowDept, QStringLiteral("Eng"), kMowAt);
        EXPECT_TRUE(proposal.ok());
        auto tx = store->begin();
        EXPECT_TRUE(tx.ok());
        AreaVersion planned;
        planned.areaId = 3;
        planned.department = kMowDept;
        planned.careType = QStringLiteral("eng");
        planned.validFrom = kMowAt;
        planned.status = AreaStatus::Proposed;
        planned.proposalId = proposal->id;
        EXPECT_TRUE(store->areaLayer().insert(planned, rect(200, 0, 220, 20)).ok());
        EXPECT_TRUE(tx->commit().ok());
        return proposal->id;
    }

    static Geometry rect(double x0, double y0, double x1, double y1)
    {
        return Geometry::rectangle(QRectF(699000 + x0, 6171000 + y0, x1 - x0, y1 - y0)).toMultiPolygon();
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
};

} // namespace engdrift::test
