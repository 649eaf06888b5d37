// engdrift-cli style: the QGIS style of a project's layers as QML or SLD, written whole or not at
// all; a refused styles file (ENGDRIFT_STYLES) is said, and the built-in styles are used.

#include "catalogue/catalogue.h"
#include "store/project_store.h"
#include "style/qgis_style.h"
#include "style/symbology.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <gtest/gtest.h>

using namespace engdrift;
using test::runCli;

namespace {

QString newProject(QTemporaryDir &dir)
{
    const QString project = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    auto created = runCli({QStringLiteral("new"), project});
    EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
    return project;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Runs engdrift-cli with ENGDRIFT_STYLES set to `styles` for the child only.
test::CliResult runWithStyles(const QString &styles, const QStringList &args)
{
    const QByteArray before = qgetenv("ENGDRIFT_STYLES");
    qputenv("ENGDRIFT_STYLES", styles.toUtf8());
    auto result = runCli(args);
    if (before.isNull())
        qunsetenv("ENGDRIFT_STYLES");
    else
        qputenv("ENGDRIFT_STYLES", before);
    return result;
}

} // namespace

TEST(CliStyle, WritesTheQmlAndTheSldOfEitherLayer)
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const Catalogue &catalogue = Catalogue::builtIn();
    const QString qml = dir.filePath(QStringLiteral("areas.qml"));
    auto r = runCli({QStringLiteral("style"), project, QStringLiteral("--qml"), QStringLiteral("--out"), qml,
                     QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(qml)) << r.out.toStdString();
    EXPECT_EQ(readAll(qml), qgisQml(QgisLayer::Areas, catalogue, Symbology::builtIn(), QStringLiteral("en")));

    const QString sld = dir.filePath(QStringLiteral("areas.sld"));
    r = runCli({QStringLiteral("style"), project, QStringLiteral("--sld"), QStringLiteral("--out"), sld,
                QStringLiteral("--lang"), QStringLiteral("da")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(readAll(sld), qgisSld(QgisLayer::Areas, catalogue, Symbology::builtIn(), QStringLiteral("da")));
    EXPECT_TRUE(readAll(sld).contains(QStringLiteral("<StyledLayerDescriptor")));

    const QString paths = dir.filePath(QStringLiteral("paths.qml"));
    r = runCli({QStringLiteral("style"), project, QStringLiteral("--qml"), QStringLiteral("--layer"),
                QStringLiteral("paths"), QStringLiteral("--out"), paths, QStringLiteral("--lang"),
                QStringLiteral("da")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(readAll(paths),
              qgisQml(QgisLayer::Paths, catalogue, Symbology::builtIn(), QStringLiteral("da")));
}

TEST(CliStyle, UsageErrorsAndBadInput)
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    const QString out = dir.filePath(QStringLiteral("x.qml"));
    // Exactly one of --qml and --sld; --out; a known layer.
    EXPECT_EQ(runCli({QStringLiteral("style"), project, QStringLiteral("--out"), out}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("style"), project, QStringLiteral("--qml"), QStringLiteral("--sld"),
                      QStringLiteral("--out"), out})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("style"), project, QStringLiteral("--qml")}).exitCode, 2);
    auto layer = runCli({QStringLiteral("style"), project, QStringLiteral("--qml"), QStringLiteral("--layer"),
                         QStringLiteral("roads"), QStringLiteral("--out"), out});
    EXPECT_EQ(layer.exitCode, 2);
    EXPECT_TRUE(layer.err.contains(QStringLiteral("roads"))) << layer.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("style"), QStringLiteral("--help")}).exitCode, 0);
    // Not a project; a folder that is not there: one line, nothing written.
    auto missing = runCli({QStringLiteral("style"), dir.filePath(QStringLiteral("none.gpkg")),
                           QStringLiteral("--qml"), QStringLiteral("--out"), out});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFile::exists(out));
    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/x.qml"));
    auto folder =
        runCli({QStringLiteral("style"), project, QStringLiteral("--qml"), QStringLiteral("--out"), nowhere});
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_TRUE(folder.err.split(QLatin1Char('\n')).first().contains(nowhere)) << folder.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.qml")}, QDir::Files).isEmpty());
}

TEST(CliStyle, AUsersStylesFileIsUsedOrRefusedNamingTheKey)
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    QFile builtIn(QStringLiteral(":/engdrift/styles/symbology.json"));
    ASSERT_TRUE(builtIn.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(builtIn.readAll());

    // A copy with another fill for "eng": the style written says so.
    const QString mine = dir.filePath(QStringLiteral("mine.json"));
    {
        QFile file(mine);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QString changed = text;
        changed.replace(QStringLiteral("\"eng\":             {\"fill\": \"#f5b438\""),
                        QStringLiteral("\"eng\":             {\"fill\": \"#123456\""));
        ASSERT_NE(changed, text);
        file.write(changed.toUtf8());
    }
    const QString sld = dir.filePath(QStringLiteral("mine.sld"));
    auto r = runWithStyles(
        mine, {QStringLiteral("style"), project, QStringLiteral("--sld"), QStringLiteral("--out"), sld});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_TRUE(readAll(sld).contains(QStringLiteral("#123456")));

    // A broken copy: said on stderr with the file and the key, and the built-in styles are used.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QString changed = text;
        changed.replace(QStringLiteral("\"background\": \"#fbfaf6\""),
                        QStringLiteral("\"background\": \"beige\""));
        ASSERT_NE(changed, text);
        file.write(changed.toUtf8());
    }
    const QString qml = dir.filePath(QStringLiteral("fallback.qml"));
    r = runWithStyles(broken, {QStringLiteral("style"), project, QStringLiteral("--qml"),
                               QStringLiteral("--out"), qml, QStringLiteral("--lang"), QStringLiteral("da")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(broken)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"map.background\""))) << r.err.toStdString();
    EXPECT_EQ(readAll(qml),
              qgisQml(QgisLayer::Areas, Catalogue::builtIn(), Symbology::builtIn(), QStringLiteral("da")));
}

// A project of an older schema: the read-only commands name the way out (engdrift-cli upgrade),
// upgrade migrates it once and says so, and the read-only commands then work.
TEST(CliUpgrade, AnOlderProjectIsUpgradedOnceAndThenRead)
{
    QTemporaryDir dir;
    const QString project = newProject(dir);
    GDALAllRegister();
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(project.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        for (const char *table : {"layer_styles", "mowing_zones"}) { // the tables of versions 4 and 5
            for (int i = 0; i < ds->GetLayerCount(); ++i) {
                if (QString::fromUtf8(ds->GetLayer(i)->GetName()) == QLatin1String(table)) {
                    ASSERT_EQ(ds->DeleteLayer(i), OGRERR_NONE);
                    break;
                }
            }
        }
        ds->ExecuteSQL("UPDATE meta SET value = '3' WHERE key = 'schema_version'", nullptr, nullptr);
    }
    auto refused = runCli({QStringLiteral("stats"), project});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("engdrift-cli upgrade"))) << refused.err.toStdString();

    auto upgraded = runCli({QStringLiteral("upgrade"), project});
    ASSERT_EQ(upgraded.exitCode, 0) << upgraded.err.toStdString();
    EXPECT_TRUE(upgraded.out.contains(QStringLiteral("now uses project schema version %1").arg(ProjectStore::schemaVersion())))
        << upgraded.out.toStdString();
    auto again = runCli({QStringLiteral("upgrade"), project});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("nothing to do"))) << again.out.toStdString();
    auto stats = runCli({QStringLiteral("stats"), project});
    EXPECT_EQ(stats.exitCode, 0) << stats.err.toStdString();

    auto missing = runCli({QStringLiteral("upgrade"), dir.filePath(QStringLiteral("none.engdrift.gpkg"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.engdrift.gpkg"))) << missing.err.toStdString();
}
