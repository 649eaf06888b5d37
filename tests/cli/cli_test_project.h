#pragma once
// The small project the command-line tests share.

#include "store/project_store.h"
#include "test_support.h"

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace engdrift::test {

/// A project with three areas in department 12-005, a 60 x 45 m block (699000-699060 east,
/// 6171000-6171045 north): a 1000 m² lawn and a 500 m² meadow side by side in the south, and in
/// the north 1100 m² of shrubbery around a 10 x 10 m hole (699010-699020, 6171030-6171040).
inline QString makeProject(QTemporaryDir &dir)
{
    const QString source = dir.filePath(QStringLiteral("fkg.geojson"));
    EXPECT_EQ(test::writeVectorFile(
                  source, QStringLiteral("GeoJSON"), 25832,
                  {{QStringLiteral("POLYGON((699000 6171000,699040 6171000,699040 6171025,699000 6171025,699000 6171000))"),
                    {{QStringLiteral("kode"), 102000}}},
                   {QStringLiteral("POLYGON((699040 6171000,699060 6171000,699060 6171025,699040 6171025,699040 6171000))"),
                    {{QStringLiteral("kode"), 108020}}},
                   {QStringLiteral("POLYGON((699000 6171025,699060 6171025,699060 6171045,699000 6171045,699000 6171025),"
                                   "(699010 6171030,699020 6171030,699020 6171040,699010 6171040,699010 6171030))"),
                    {{QStringLiteral("kode"), 163000}}}}),
              QString());
    const QString project = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    auto created = runCli({QStringLiteral("new"), project});
    EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
    auto imported = runCli({QStringLiteral("import"), project, source, QStringLiteral("--org"), QStringLiteral("12"),
                            QStringLiteral("--dept"), QStringLiteral("005"), QStringLiteral("--care-field"),
                            QStringLiteral("kode"), QStringLiteral("--valid-from"), QStringLiteral("2019-01-01")});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 3 areas"))) << imported.out.toStdString();
    return project;
}

/// Adds a mown path 1 m wide and 16 m long through the meadow of makeProject()'s project, from
/// 2019-01-01 (the mowing tests: 16 m² of the meadow's 500 become the path's zone).
inline void addMownPathThroughMeadow(const QString &project)
{
    auto store = openStore(project, OpenMode::ReadWrite);
    ASSERT_TRUE(store.ok());
    auto tx = (*store)->begin();
    ASSERT_TRUE(tx.ok());
    PathVersion p;
    p.department = DepartmentKey{12, 5};
    p.validFrom = QDate(2019, 1, 1);
    p.widthM = 1.0;
    auto line = Geometry::lineString({QPointF(699042, 6171012), QPointF(699058, 6171012)});
    ASSERT_TRUE(line.ok());
    ASSERT_TRUE((*store)->pathLayer().insert(p, *line).ok());
    ASSERT_TRUE(tx->commit().ok());
}

} // namespace engdrift::test
