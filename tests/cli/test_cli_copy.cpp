// engdrift-cli copy: a project copied whole to a new file; never over a project; a copy that
// fails half-way leaves nothing.

#include "cli_test_project.h"
#include "project_dump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace engdrift::test {
namespace {

QStringList dumpOf(const QString &path)
{
    auto store = openStore(path, OpenMode::ReadOnly);
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    return store.ok() ? projectDump(**store) : QStringList();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

TEST(CliCopy, CopiesAProjectAndSaysWhat)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    addMownPathThroughMeadow(project);
    const QString copy = dir.filePath(QStringLiteral("copy.engdrift.gpkg"));
    auto r = runCli({QStringLiteral("copy"), project, copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("area versions: 3"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("path versions: 1"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("imports: 1"))) << r.out.toStdString();
    EXPECT_EQ(dumpDifference(dumpOf(project), dumpOf(copy)), QString());
    EXPECT_EQ(dumpOf(project), dumpOf(copy));
}

TEST(CliCopy, RefusesAnExistingDestination)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString other = dir.filePath(QStringLiteral("other.engdrift.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), other}).exitCode, 0);
    const QStringList before = dumpOf(other);
    auto r = runCli({QStringLiteral("copy"), project, other});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("exists already"))) << r.err.toStdString();
    EXPECT_EQ(dumpOf(other), before);
    auto usage = runCli({QStringLiteral("copy"), project});
    EXPECT_EQ(usage.exitCode, 2);
}

TEST(CliCopy, ACopyThatFailsHalfWayLeavesNothing)
{
    QTemporaryDir dir;
    // A project of 3000 small areas.
    QList<FixtureFeature> squares;
    for (int i = 0; i < 3000; ++i) {
        const double x = 699000 + (i % 60) * 10, y = 6171000 + (i / 60) * 10;
        squares << FixtureFeature{QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                                      .arg(x, 0, 'f', 2)
                                      .arg(y, 0, 'f', 2)
                                      .arg(x + 9.5, 0, 'f', 2)
                                      .arg(y + 9.25, 0, 'f', 2),
                                  {{QStringLiteral("kode"), 102000}}};
    }
    const QString source = dir.filePath(QStringLiteral("squares.geojson"));
    ASSERT_EQ(writeVectorFile(source, QStringLiteral("GeoJSON"), 25832, squares), QString());
    const QString project = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    const QString empty = dir.filePath(QStringLiteral("empty.engdrift.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), empty}).exitCode, 0);
    auto imported = runCli({QStringLiteral("import"), project, source, QStringLiteral("--org"), QStringLiteral("12"),
                            QStringLiteral("--dept"), QStringLiteral("005"), QStringLiteral("--care-field"),
                            QStringLiteral("kode"), QStringLiteral("--valid-from"), QStringLiteral("2019-01-01")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    // A file may grow to half-way between a new project and the whole project: the copy is made,
    // then fails on writing its areas (EFBIG, as on a full disk).
    const qint64 limit = (QFileInfo(empty).size() + QFileInfo(project).size()) / 2 / 1024;
    ASSERT_GT(QFileInfo(project).size() - QFileInfo(empty).size(), 200 * 1024);
    ASSERT_TRUE(QFile::remove(empty));
    ASSERT_TRUE(QFile::remove(source));
    const QString copy = dir.filePath(QStringLiteral("copy.engdrift.gpkg"));
    auto r = runCliWithFileSizeLimit({QStringLiteral("copy"), project, copy}, static_cast<int>(limit));
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_FALSE(r.crashed);
    EXPECT_TRUE(r.err.contains(copy)) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("/."))) << "no temporary name: " << r.err.toStdString();
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("p.engdrift.gpkg")})
        << filesIn(dir.path()).join(QLatin1Char(' ')).toStdString();
    // Unlimited, the same copy is whole.
    auto whole = runCli({QStringLiteral("copy"), project, copy});
    ASSERT_EQ(whole.exitCode, 0) << whole.err.toStdString();
    EXPECT_TRUE(whole.out.contains(QStringLiteral("area versions: 3000"))) << whole.out.toStdString();
    EXPECT_EQ(dumpDifference(dumpOf(project), dumpOf(copy)), QString());
}

} // namespace
} // namespace engdrift::test
