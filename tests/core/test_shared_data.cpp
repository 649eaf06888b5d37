// Every file under ../shared/data (real files from other projects' test suites, edge cases
// included) is imported or cleanly refused: never a crash, a hang, or a half-written project.
// Every layer of every file is tried, each into a fresh project: once in EPSG:25832 (where data
// from elsewhere in the world is refused as far outside), once in EPSG:3857, which covers the
// world, so that the repairs and conversions of the import meet every geometry.

#include "io/vector_import.h"
#include "io/vector_source.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

/// Files that are parts of another file (shapefile members, GML schemas, ...), not sources of their own.
bool isSidecar(const QFileInfo &info)
{
    static const QStringList sidecars{QStringLiteral("shx"), QStringLiteral("dbf"), QStringLiteral("prj"),
                                      QStringLiteral("cpg"), QStringLiteral("gfs"), QStringLiteral("xsd")};
    return sidecars.contains(info.suffix().toLower());
}

QStringList sharedFiles()
{
    QStringList files;
    QDirIterator it(test::sharedDataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!isSidecar(QFileInfo(path)))
            files << path;
    }
    files.sort();
    return files;
}

} // namespace

class SharedData : public ::testing::TestWithParam<QString>
{
};

TEST_P(SharedData, ImportsOrRefusesCleanly)
{
    const QString path = GetParam();
    const QString name = QFileInfo(path).fileName();
    auto source = VectorSource::open(path);
    if (!source.ok()) {
        EXPECT_TRUE(source.errorMessage().contains(name)) << source.errorMessage().toStdString();
        return;
    }
    const QList<SourceLayerInfo> layers = (*source)->layers();
    ASSERT_FALSE(layers.isEmpty());
    for (const SourceLayerInfo &layer : layers) {
      for (const char *projectCrs : {"EPSG:25832", "EPSG:3857"}) {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
        auto store = test::newProject(projectPath, QString::fromLatin1(projectCrs));
        ASSERT_TRUE(store);
        const QString before = test::snapshot(projectPath);
        ImportOptions options;
        options.sourcePath = path;
        options.layer = layer.name;
        options.department = DepartmentKey{1, 1};
        options.careType = QStringLiteral("brugsplaene");
        options.assumeCrs = QString::fromLatin1(projectCrs) == QLatin1String("EPSG:3857") ? QStringLiteral("EPSG:4326")
                                                                                          : QStringLiteral("EPSG:25832");
        auto report = importVectorFile(*store, options);
        if (report.ok()) {
            EXPECT_GT(report->areasImported, 0);
            auto areas = store->areas(AreaQuery{});
            ASSERT_TRUE(areas.ok());
            EXPECT_EQ(areas->size(), report->areasImported);
            double sum = 0;
            for (const AreaVersion &a : *areas) {
                EXPECT_GT(a.areaM2, 0.0);
                sum += a.areaM2;
            }
            EXPECT_NEAR(sum, report->areaM2, 1e-6 * std::max(1.0, sum));
        } else {
            const QString message = report.errorMessage();
            EXPECT_FALSE(message.isEmpty());
            EXPECT_FALSE(message.contains(QLatin1Char('\n'))) << message.toStdString();
            EXPECT_TRUE(message.contains(name)) << message.toStdString();
            EXPECT_EQ(test::snapshot(projectPath), before) << layer.name.toStdString();
        }
        std::cout << "  " << name.toStdString() << " [" << layer.name.toStdString() << "] " << projectCrs << ": "
                  << (report.ok() ? QStringLiteral("imported %1 areas").arg(report->areasImported)
                                  : QStringLiteral("refused: ") + report.errorMessage())
                         .toStdString()
                  << '\n';
      }
    }
}

INSTANTIATE_TEST_SUITE_P(Files, SharedData, ::testing::ValuesIn(sharedFiles()),
                         [](const ::testing::TestParamInfo<QString> &param) {
                             std::string name = QFileInfo(param.param).fileName().toStdString();
                             for (char &c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return name + "_" + std::to_string(param.index);
                         });

TEST(SharedDataSet, IsThere)
{
    // The data-driven test above must not pass by finding nothing.
    EXPECT_GE(sharedFiles().size(), 50);
}
