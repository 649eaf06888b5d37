#include "fuzz_support.h"

#include "catalogue/catalogue.h"
#include "crs/crs.h"
#include "io/vector_import.h"
#include "util/gdal_init.h"
#include "util/translations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <cpl_error.h>

#include <cstdio>
#include <cstdlib>

namespace engdrift::fuzz {
namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz setup: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

QTemporaryDir *g_scratch = nullptr;
QString g_current;
int g_counter = 0;

void removeScratch()
{
    delete g_scratch; // removes the folder and everything in it
    g_scratch = nullptr;
}

// The fixture: a few squares side by side in department 1/001, imported as a user would.
const char kFixtureGeoJson[] = R"({"type":"FeatureCollection",
"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},
"features":[
{"type":"Feature","properties":{"care_type":"brugsplaene"},"geometry":{"type":"Polygon","coordinates":[[[700000,6170000],[700040,6170000],[700040,6170030],[700000,6170030],[700000,6170000]]]}},
{"type":"Feature","properties":{"care_type":"blomstereng"},"geometry":{"type":"Polygon","coordinates":[[[700040,6170000],[700080,6170000],[700080,6170030],[700040,6170030],[700040,6170000]]]}},
{"type":"Feature","properties":{"care_type":"hoeslaet"},"geometry":{"type":"Polygon","coordinates":[[[700000,6170030],[700080,6170030],[700080,6170050],[700000,6170050],[700000,6170030]]]}},
{"type":"Feature","properties":{"care_type":"ukendt"},"geometry":{"type":"MultiPolygon","coordinates":[[[[700090,6170000],[700100,6170000],[700100,6170010],[700090,6170000]]]]}}
]})";

} // namespace

void initialise(int *argc, char ***argv)
{
    static bool done = false;
    if (done)
        return;
    done = true;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    new QGuiApplication(*argc, *argv); // lives until the process ends
    installTranslations(QStringLiteral("en"));
    initGdal();
    // No chatter on stderr. No network settings here: Import itself reads without network
    // (util/gdal_no_network.h), and the fuzzing checks that it does.
    CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    CPLSetErrorHandler(CPLQuietErrorHandler);
}

QString scratchDir()
{
    if (!g_scratch) {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        g_scratch = new QTemporaryDir(base + QStringLiteral("/engdrift-fuzz-XXXXXX"));
        if (!g_scratch->isValid())
            fail("scratch folder", g_scratch->errorString());
        std::atexit(removeScratch);
    }
    return g_scratch->path();
}

QString freshDir()
{
    const QString root = scratchDir();
    if (!g_current.isEmpty())
        QDir(g_current).removeRecursively();
    g_current = QStringLiteral("%1/input-%2").arg(root).arg(++g_counter);
    if (!QDir().mkpath(g_current))
        fail("input folder", g_current);
    return g_current;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

const QString &fixtureProjectPath()
{
    static const QString path = [] {
        const QString dir = scratchDir() + QStringLiteral("/fixture");
        QDir().mkpath(dir);
        const QString project = dir + QStringLiteral("/fixture.engdrift.gpkg");
        auto crs = Crs::fromUserInput(QStringLiteral("EPSG:25832"));
        if (!crs.ok())
            fail("fixture CRS", crs.errorMessage());
        auto store = createStore(project, *crs, Catalogue::builtIn());
        if (!store.ok())
            fail("fixture project", store.errorMessage());
        const QString source = dir + QStringLiteral("/areas.geojson");
        if (!writeFile(source, QByteArray(kFixtureGeoJson)))
            fail("fixture source", source);
        ImportOptions options;
        options.sourcePath = source;
        options.department = DepartmentKey{1, 1};
        options.departmentName = QStringLiteral("Fuzz");
        options.validFrom = QDate(2020, 1, 1);
        auto imported = importVectorFile(**store, options);
        if (!imported.ok())
            fail("fixture import", imported.errorMessage());
        return project;
    }();
    return path;
}

ProjectStore &fixtureProject()
{
    // Never destroyed: GDAL may already be gone when static objects are destroyed at exit.
    static ProjectStore *store = [] {
        auto opened = openStore(fixtureProjectPath(), OpenMode::ReadOnly);
        if (!opened.ok())
            fail("fixture open", opened.errorMessage());
        return std::move(opened).value().release();
    }();
    return *store;
}

std::unique_ptr<ProjectStore> fixtureCopy(const QString &dir)
{
    const QString path = dir + QStringLiteral("/project.engdrift.gpkg");
    if (!QFile::copy(fixtureProjectPath(), path))
        fail("fixture copy", path);
    auto opened = openStore(path, OpenMode::ReadWrite);
    if (!opened.ok())
        fail("fixture copy open", opened.errorMessage());
    return std::move(opened).value();
}

} // namespace engdrift::fuzz
