// engdrift-cli export-data: the three formats read back with GDAL with the map's areas and m², in
// the language asked; bad requests refused with one sentence (bad input: exit 1) or the synopsis
// (usage: exit 2); an existing file replaced only with --overwrite; and a read-only folder or a
// full disk said in one sentence that names the file, leaving nothing behind.

#include "cli_test_project.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace engdrift;
using test::runCli;

namespace {

const QString kCli = QStringLiteral(ENGDRIFT_CLI_PATH);

QStringList exportArgs(const QString &project, const QString &out, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("export-data"), project, QStringLiteral("--out"), out} + extra;
}

/// The count, the summed area_m2 and the care types' names of a file's first layer.
struct ReadBack
{
    qint64 count = 0;
    double areaM2 = 0;
    QStringList careNames;
};

ReadBack readBack(const QString &path)
{
    GDALAllRegister();
    ReadBack r;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    EXPECT_TRUE(ds) << path.toStdString();
    if (!ds)
        return r;
    OGRLayer *layer = ds->GetLayerByName("areas") ? ds->GetLayerByName("areas") : ds->GetLayer(0);
    for (auto &f : *layer) {
        ++r.count;
        r.areaM2 += f->GetFieldAsDouble("area_m2");
        r.careNames << QString::fromUtf8(f->GetFieldAsString("care_name"));
    }
    r.careNames.sort();
    return r;
}

QStringList namesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

class CliExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = test::makeProject(dir);
        out = dir.filePath(QStringLiteral("out"));
        ASSERT_TRUE(QDir().mkpath(out));
    }
    QTemporaryDir dir;
    QString project;
    QString out;
};

} // namespace

TEST_F(CliExport, WritesEachFormatWithTheMapsAreas)
{
    for (const QString &name : {QStringLiteral("map.gpkg"), QStringLiteral("map.shp"), QStringLiteral("map.geojson")}) {
        const QString file = QDir(out).filePath(name);
        const auto result = runCli(exportArgs(project, file, {QStringLiteral("--at"), QStringLiteral("2024-01-01")}));
        ASSERT_EQ(result.exitCode, 0) << name.toStdString() << ": " << result.err.toStdString();
        EXPECT_TRUE(result.out.startsWith(QStringLiteral("Wrote ") + file)) << result.out.toStdString();
        EXPECT_TRUE(result.out.contains(QStringLiteral("3 areas (2,600.0 m²) and 0 paths"))) << result.out.toStdString();
        const ReadBack r = readBack(file);
        EXPECT_EQ(r.count, 3) << name.toStdString();
        EXPECT_NEAR(r.areaM2, 2600, 1e-6) << name.toStdString();
        EXPECT_EQ(r.careNames, (QStringList{QStringLiteral("Meadow"), QStringLiteral("Shrubbery"),
                                            QStringLiteral("Utility lawn")}))
            << r.careNames.join(QLatin1Char(',')).toStdString();
    }
    EXPECT_TRUE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("map_paths.shp"))));
    EXPECT_TRUE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("map_paths.geojson"))));
    // Before the areas began, the map is empty, and so is the export.
    const QString early = QDir(out).filePath(QStringLiteral("early.gpkg"));
    ASSERT_EQ(runCli(exportArgs(project, early, {QStringLiteral("--at"), QStringLiteral("2018-01-01")})).exitCode, 0);
    EXPECT_EQ(readBack(early).count, 0);
    EXPECT_TRUE(namesIn(out).filter(QStringLiteral(".map")).isEmpty()) << "a temporary folder was left";
}

TEST_F(CliExport, InDanishTheNamesAndTheMessageAreDanish)
{
    const QString file = QDir(out).filePath(QStringLiteral("kort.shp"));
    const auto result = runCli(exportArgs(project, file, {QStringLiteral("--org"), QStringLiteral("12"),
                                                           QStringLiteral("--dept"), QStringLiteral("005")}),
                               60000, QStringLiteral("da"));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Skrev "))) << result.out.toStdString();
    EXPECT_TRUE(readBack(file).careNames.contains(QStringLiteral("Brugsplæne")));
    // --lang says the language of the names, whatever the system's.
    const QString english = QDir(out).filePath(QStringLiteral("english.gpkg"));
    ASSERT_EQ(runCli(exportArgs(project, english, {QStringLiteral("--lang"), QStringLiteral("en")}), 60000,
                     QStringLiteral("da"))
                  .exitCode,
              0);
    EXPECT_TRUE(readBack(english).careNames.contains(QStringLiteral("Utility lawn")));
}

TEST_F(CliExport, BadRequestsAreRefusedAndWriteNothing)
{
    const QString file = QDir(out).filePath(QStringLiteral("map.gpkg"));
    struct Case
    {
        QStringList args;
        int exitCode;
        QString says;
    };
    const QList<Case> cases{
        {{QStringLiteral("--org"), QStringLiteral("99")}, 1, QStringLiteral("no organisation 99")},
        {{QStringLiteral("--org"), QStringLiteral("12"), QStringLiteral("--dept"), QStringLiteral("7")}, 1,
         QStringLiteral("no department 12-007")},
        {{QStringLiteral("--proposal"), QStringLiteral("4")}, 1, QStringLiteral("no proposal 4")},
        {{QStringLiteral("--at"), QStringLiteral("2024-02-30")}, 2, QStringLiteral("2024-02-30")},
        {{QStringLiteral("--dept"), QStringLiteral("005")}, 2, QStringLiteral("--dept needs --org")},
        {{QStringLiteral("--keep-crs")}, 2, QStringLiteral("--keep-crs is for GeoJSON")},
        {{QStringLiteral("--lang"), QStringLiteral("de")}, 2, QStringLiteral("--lang must be da or en")},
    };
    for (const Case &c : cases) {
        const auto result = runCli(exportArgs(project, file, c.args));
        EXPECT_EQ(result.exitCode, c.exitCode) << c.args.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(c.says)) << result.err.toStdString();
        if (c.exitCode == 1) {
            EXPECT_EQ(result.err.trimmed().count(QLatin1Char('\n')), 0) << result.err.toStdString();
        }
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    }
    const auto kml = runCli(exportArgs(project, QDir(out).filePath(QStringLiteral("map.kml"))));
    EXPECT_EQ(kml.exitCode, 2);
    EXPECT_TRUE(kml.err.contains(QStringLiteral(".gpkg")) && kml.err.contains(QStringLiteral(".shp")) &&
                kml.err.contains(QStringLiteral(".geojson")))
        << kml.err.toStdString();
    const auto noOut = runCli({QStringLiteral("export-data"), project});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(noOut.err.contains(QStringLiteral("--out"))) << noOut.err.toStdString();
    EXPECT_TRUE(namesIn(out).isEmpty()) << namesIn(out).join(QLatin1Char(' ')).toStdString();
    // The usage text lists the command, in English and in Danish.
    EXPECT_TRUE(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("export-data PROJECT --out FILE.gpkg|shp|geojson")));
    const QString danish = runCli({QStringLiteral("--help")}, 60000, QStringLiteral("da")).out;
    EXPECT_TRUE(danish.contains(QStringLiteral("export-data PROJECT --out FILE.gpkg|shp|geojson")) &&
                danish.contains(QStringLiteral("kortet til andre GIS")))
        << danish.toStdString();
}

TEST_F(CliExport, AnExistingFileIsReplacedOnlyWithOverwrite)
{
    const QString file = QDir(out).filePath(QStringLiteral("map.geojson"));
    ASSERT_EQ(runCli(exportArgs(project, file, {QStringLiteral("--at"), QStringLiteral("2018-01-01")})).exitCode, 0);
    const qint64 emptySize = QFileInfo(file).size();
    const auto refused = runCli(exportArgs(project, file));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(file) && refused.err.contains(QStringLiteral("--overwrite"))) << refused.err.toStdString();
    EXPECT_EQ(QFileInfo(file).size(), emptySize);
    const auto replaced = runCli(exportArgs(project, file, {QStringLiteral("--overwrite")}));
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_EQ(readBack(file).count, 3);
    EXPECT_EQ(namesIn(out), (QStringList{QStringLiteral("map.geojson"), QStringLiteral("map_paths.geojson")}));
}

TEST_F(CliExport, AReadOnlyFolderOrAFullDiskIsOneSentenceAndLeavesNoFile)
{
    // A full disk (a file size limit, as `ulimit -f`): the GeoPackage cannot grow.
    const QString full = QDir(out).filePath(QStringLiteral("full.gpkg"));
    const auto r = test::runCliWithFileSizeLimit(exportArgs(project, full), 16);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QString firstLine = r.err.section(QLatin1Char('\n'), 0, 0);
    EXPECT_EQ(firstLine, QStringLiteral("engdrift-cli: There is not enough space on the disk to write %1.").arg(full))
        << r.err.toStdString();
    EXPECT_TRUE(namesIn(out).isEmpty()) << namesIn(out).join(QLatin1Char(' ')).toStdString();

    // A folder the user may not write: as root, the command runs as nobody (setpriv).
    const QString locked = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(locked));
    const bool root = ::geteuid() == 0;
    const QString setpriv = QStringLiteral("/usr/bin/setpriv");
    ASSERT_TRUE(!root || QFileInfo::exists(setpriv)) << "running as root needs setpriv to be another user";
    const QFile::Permissions readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const QFile::Permissions enterable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(dir.path(), enterable | QFile::WriteOwner));
    ASSERT_TRUE(QFile::setPermissions(project, readable | QFile::WriteOwner));
    ASSERT_TRUE(QFile::setPermissions(locked, enterable | (root ? QFile::WriteOwner : QFile::Permissions())));
    const QString target = QDir(locked).filePath(QStringLiteral("map.shp"));
    QProcess process;
    const QStringList args = exportArgs(project, target);
    if (root) {
        process.setProgram(setpriv);
        process.setArguments(QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                         QStringLiteral("--clear-groups"), kCli} +
                             args);
    } else {
        process.setProgram(kCli);
        process.setArguments(args);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ENGDRIFT_LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start();
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QFile::setPermissions(locked, enterable | QFile::WriteOwner);
    EXPECT_EQ(process.exitCode(), 1) << err.toStdString();
    EXPECT_EQ(err.section(QLatin1Char('\n'), 0, 0),
              QStringLiteral("engdrift-cli: You do not have permission to write %1 (or its folder).").arg(target))
        << err.toStdString();
    EXPECT_TRUE(namesIn(locked).isEmpty()) << namesIn(locked).join(QLatin1Char(' ')).toStdString();
}
