// engdrift-cli after interrupted writes and on full disks: kill -9 and SIGTERM in the middle of
// an import or a tag, then every read-only command must read the last committed state; a `new`
// that fails leaves nothing under the name; a full disk reads as one plain sentence.

#include "test_support.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <csignal>
#include <iostream>

#include <sys/resource.h>
#include <unistd.h>

using namespace engdrift;
using test::runCli;

namespace {

const QString kCli = QStringLiteral(ENGDRIFT_CLI_PATH);

/// A GeoPackage of `count` 10 m squares (FKG code 102000, utility lawn) in EPSG:25832, written
/// in one transaction.
void writeSquares(const QString &path, int count)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    ASSERT_NE(driver, nullptr);
    std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_NE(ds, nullptr);
    OGRSpatialReference srs;
    srs.importFromEPSG(25832);
    OGRLayer *layer = ds->CreateLayer("areas", &srs, wkbPolygon, nullptr);
    ASSERT_NE(layer, nullptr);
    OGRFieldDefn code("kode", OFTInteger);
    ASSERT_EQ(layer->CreateField(&code), OGRERR_NONE);
    ASSERT_EQ(ds->StartTransaction(), OGRERR_NONE);
    for (int i = 0; i < count; ++i) {
        const double x = 700000 + (i % 200) * 10.0;
        const double y = 6170000 + (i / 200) * 10.0;
        OGRLinearRing ring;
        ring.addPoint(x, y);
        ring.addPoint(x + 10, y);
        ring.addPoint(x + 10, y + 10);
        ring.addPoint(x, y + 10);
        ring.addPoint(x, y);
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("kode", 102000);
        f.SetGeometry(&polygon);
        ASSERT_EQ(layer->CreateFeature(&f), OGRERR_NONE);
    }
    ASSERT_EQ(ds->CommitTransaction(), OGRERR_NONE);
}

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

/// The bytes of an unfinished write beside a project: its rollback journal or write-ahead log.
qint64 pendingBytes(const QString &project)
{
    return sizeOf(project + QStringLiteral("-journal")) + sizeOf(project + QStringLiteral("-wal"));
}

/// How a write was stopped.
struct Stop
{
    int signal = SIGKILL;
    qint64 writtenAtLeast = 0; ///< wait until the file, its journal and log grew by this many bytes (0: at once)
    bool untilFileChanges = false; ///< then also wait until the project file itself is written (the commit)
};

struct Stopped
{
    bool midWrite = false; ///< the write was still running with uncommitted data when stopped
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString err;
};

/// Starts engdrift-cli with `args` (and `environment` added) and stops it as `stop` says.
Stopped runAndStop(const QStringList &args, const QString &project, const Stop &stop,
                   const QStringList &environment = {})
{
    QProcess process;
    process.setProgram(kCli);
    process.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &setting : environment)
        env.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start();
    Stopped result;
    if (!process.waitForStarted(10000))
        return result;
    QElapsedTimer timer;
    timer.start();
    const qint64 before = sizeOf(project) + pendingBytes(project);
    const QFileInfo original(project);
    const qint64 originalSize = original.size();
    const QDateTime originalTime = original.lastModified();
    auto fileChanged = [&] {
        const QFileInfo now(project);
        return now.size() != originalSize || now.lastModified() != originalTime;
    };
    while (process.state() == QProcess::Running && timer.elapsed() < 60000 &&
           (sizeOf(project) + pendingBytes(project) - before < stop.writtenAtLeast ||
            (stop.untilFileChanges && !fileChanged())))
        process.waitForFinished(1); // looks at the files every millisecond
    if (process.state() == QProcess::Running) {
        result.midWrite = pendingBytes(project) > 0;
        ::kill(static_cast<pid_t>(process.processId()), stop.signal);
    }
    process.waitForFinished(60000);
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject jsonOf(const test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

/// Every read-only command (or, without `allCommands`, info, stats and areas) succeeds on the
/// project and sees one of `committedStates` (numbers of areas at 2024-01-01), all the same one.
void expectReadable(const QString &project, const QList<qint64> &committedStates, const QString &where,
                    bool allCommands = true)
{
    SCOPED_TRACE(where.toStdString());
    auto info = runCli({QStringLiteral("info"), project, QStringLiteral("--at"), QStringLiteral("2024-01-01"),
                        QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    const qint64 expectedAreas = jsonOf(info).value(QStringLiteral("areas")).toInteger();
    EXPECT_TRUE(committedStates.contains(expectedAreas)) << info.out.toStdString();
    const QString dir = QFileInfo(project).absolutePath();
    const QList<QStringList> commands = {
        {QStringLiteral("stats"), project, QStringLiteral("--at"), QStringLiteral("2024-01-01"), QStringLiteral("--json")},
        {QStringLiteral("areas"), project, QStringLiteral("--at"), QStringLiteral("2024-01-01"), QStringLiteral("--csv")},
        {QStringLiteral("timeline"), project, QStringLiteral("--from"), QStringLiteral("2019-01-01"), QStringLiteral("--to"),
         QStringLiteral("2024-01-01"), QStringLiteral("--step"), QStringLiteral("year"), QStringLiteral("--json")},
        {QStringLiteral("adoption"), project, QStringLiteral("--at"), QStringLiteral("2024-01-01")},
        {QStringLiteral("proposals"), project},
        {QStringLiteral("render"), project, QStringLiteral("--out"), dir + QStringLiteral("/map.png"), QStringLiteral("--size"),
         QStringLiteral("200x150"), QStringLiteral("--at"), QStringLiteral("2024-01-01")},
        {QStringLiteral("plot"), project, QStringLiteral("--kind"), QStringLiteral("care-area"), QStringLiteral("--out"),
         dir + QStringLiteral("/chart.png"), QStringLiteral("--from"), QStringLiteral("2019-01-01"), QStringLiteral("--to"),
         QStringLiteral("2024-01-01")},
    };
    for (const QStringList &command : commands) {
        if (!allCommands && command.first() != QLatin1String("stats") && command.first() != QLatin1String("areas"))
            continue;
        auto r = runCli(command);
        if (command.first() == QLatin1String("plot") && r.err.contains(QStringLiteral("without charts")))
            continue;
        EXPECT_EQ(r.exitCode, 0) << command.first().toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("readonly"))) << r.err.toStdString();
        if (command.first() == QLatin1String("stats")) {
            EXPECT_EQ(jsonOf(r).value(QStringLiteral("count")).toInteger(), expectedAreas);
        } else if (command.first() == QLatin1String("areas")) {
            EXPECT_EQ(r.out.count(QLatin1Char('\n')), expectedAreas + 1) << "a header and one line per area";
        }
    }
}

class Interrupted : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("squares.gpkg"));
        writeSquares(m_source, kSquares);
        m_base = m_dir.filePath(QStringLiteral("base.engdrift.gpkg"));
        ASSERT_EQ(runCli({QStringLiteral("new"), m_base}).exitCode, 0);
        auto first = runCli(importArgs(m_base, QStringLiteral("001")));
        ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    }

    QStringList importArgs(const QString &project, const QString &dept) const
    {
        return {QStringLiteral("import"), project, m_source, QStringLiteral("--org"), QStringLiteral("12"),
                QStringLiteral("--dept"), dept, QStringLiteral("--care-field"), QStringLiteral("kode"),
                QStringLiteral("--valid-from"), QStringLiteral("2020-01-01"), QStringLiteral("--quiet")};
    }

    /// A fresh copy of the project with one import in it.
    QString copyOfBase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        EXPECT_TRUE(QFile::copy(m_base, path));
        return path;
    }

    static constexpr int kSquares = 15000;
    QTemporaryDir m_dir;
    QString m_source;
    QString m_base;
};

} // namespace

TEST_F(Interrupted, KilledImportLeavesTheLastCommittedStateReadable)
{
    // Local disks write with a write-ahead log; network shares keep the rollback journal, which
    // OGR_SQLITE_JOURNAL=DELETE gives here too.
    for (const QString &journal : {QString(), QStringLiteral("OGR_SQLITE_JOURNAL=DELETE")}) {
        int midWrite = 0;
        const QList<qint64> points = {0, 64 * 1024, 1024 * 1024, 4 * 1024 * 1024};
        for (qint64 point : points) {
            const QString where = QStringLiteral("%1, killed at %2 bytes").arg(journal.isEmpty() ? QStringLiteral("WAL") : journal).arg(point);
            const QString project = copyOfBase(QStringLiteral("killed.engdrift.gpkg"));
            const Stopped stopped = runAndStop(importArgs(project, QStringLiteral("002")), project, {SIGKILL, point},
                                               journal.isEmpty() ? QStringList() : QStringList{journal});
            midWrite += stopped.midWrite ? 1 : 0;
            std::cerr << where.toStdString() << (stopped.midWrite ? ": stopped in the middle of the write\n" : ": not stopped while writing\n");
            // Killed before it committed: the first import only; after: both; never anything else.
            expectReadable(project, {kSquares, 2 * kSquares}, where, point == 1024 * 1024);
            if (HasFatalFailure())
                return;
            // And a writer carries on from there.
            if (point == points.last()) {
                auto again = runCli(importArgs(project, QStringLiteral("003")));
                EXPECT_EQ(again.exitCode, 0) << where.toStdString() << ": " << again.err.toStdString();
            }
        }
        EXPECT_GE(midWrite, 2) << "the kills must land in the middle of the write";
    }
}

TEST_F(Interrupted, KilledTagLeavesTheLastCommittedStateReadable)
{
    QStringList ids;
    for (int i = 1; i <= 1500; ++i)
        ids << QString::number(i);
    // Killed while it writes its changes, and while it commits them (the project file is being
    // written, the journal still holds the old pages).
    for (const QString &journal : {QString(), QStringLiteral("OGR_SQLITE_JOURNAL=DELETE")}) {
        int midWrite = 0;
        for (const bool inCommit : {false, true}) {
            const QString where = QStringLiteral("%1, %2").arg(journal.isEmpty() ? QStringLiteral("WAL") : journal,
                                                              inCommit ? QStringLiteral("in the commit") : QStringLiteral("writing"));
            const QString project = copyOfBase(QStringLiteral("tagged.engdrift.gpkg"));
            const Stopped stopped =
                runAndStop({QStringLiteral("tag"), project, QStringLiteral("--area"), ids.join(QLatin1Char(',')),
                            QStringLiteral("--care-type"), QStringLiteral("blomstereng"), QStringLiteral("--from"),
                            QStringLiteral("2023-05-01")},
                           project, {SIGKILL, 32 * 1024, inCommit}, journal.isEmpty() ? QStringList() : QStringList{journal});
            midWrite += stopped.midWrite ? 1 : 0;
            expectReadable(project, {kSquares}, where, inCommit);
            auto meadow = runCli({QStringLiteral("stats"), project, QStringLiteral("--at"), QStringLiteral("2023-06-01"),
                                  QStringLiteral("--by"), QStringLiteral("care-type"), QStringLiteral("--json")});
            ASSERT_EQ(meadow.exitCode, 0) << meadow.err.toStdString();
            qint64 tagged = 0;
            for (const QJsonValue &row : jsonOf(meadow).value(QStringLiteral("rows")).toArray()) {
                if (row.toObject().value(QStringLiteral("care_type")).toString() == QLatin1String("blomstereng"))
                    tagged = row.toObject().value(QStringLiteral("count")).toInteger();
            }
            EXPECT_TRUE(tagged == 0 || tagged == ids.size()) << where.toStdString() << ": all or nothing, not " << tagged;
        }
        EXPECT_GE(midWrite, 1) << "the kills must land in the middle of the write";
    }
}

TEST_F(Interrupted, AReaderWhoMayNotWriteSaysTheFileIsFineButMustBeRecovered)
{
    // A hot rollback journal (as on a network share), then a reader who may not write the file
    // or its folder: as root, the reader runs as nobody (setpriv); otherwise the folder and the
    // file are made read-only.
    const QString project = copyOfBase(QStringLiteral("shared.engdrift.gpkg"));
    const Stopped stopped = runAndStop(importArgs(project, QStringLiteral("002")), project, {SIGKILL, 1024 * 1024},
                                       {QStringLiteral("OGR_SQLITE_JOURNAL=DELETE")});
    ASSERT_TRUE(stopped.midWrite);
    ASSERT_GT(sizeOf(project + QStringLiteral("-journal")), 0) << "the kill left no journal";

    const bool root = ::geteuid() == 0;
    const QString setpriv = QStringLiteral("/usr/bin/setpriv");
    if (root && !QFileInfo::exists(setpriv))
        GTEST_SKIP() << "running as root without setpriv: no user without write access to read as";
    const QString dir = QFileInfo(project).absolutePath();
    const QFile::Permissions readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const QFile::Permissions enterable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(dir, enterable | (root ? QFile::WriteOwner : QFile::Permissions())));
    for (const QString &file : {project, project + QStringLiteral("-journal")})
        ASSERT_TRUE(QFile::setPermissions(file, readable | (root ? QFile::WriteOwner : QFile::Permissions())));

    QProcess reader;
    if (root) {
        reader.setProgram(setpriv);
        reader.setArguments({QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                             kCli, QStringLiteral("info"), project});
    } else {
        reader.setProgram(kCli);
        reader.setArguments({QStringLiteral("info"), project});
    }
    reader.start();
    ASSERT_TRUE(reader.waitForFinished(60000));
    const QString err = QString::fromUtf8(reader.readAllStandardError());
    QFile::setPermissions(dir, enterable | QFile::WriteOwner);
    QFile::setPermissions(project, readable | QFile::WriteOwner);
    EXPECT_EQ(reader.exitCode(), 1) << err.toStdString();
    const QString firstLine = err.section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(firstLine.contains(QStringLiteral("was being changed when a program stopped"))) << err.toStdString();
    EXPECT_TRUE(firstLine.contains(QStringLiteral("not damaged"))) << err.toStdString();
    EXPECT_FALSE(firstLine.contains(QStringLiteral("GeoPackage"))) << "the file is fine: " << err.toStdString();

    // Someone who may write reads it at once (and recovers it on the way).
    expectReadable(project, {kSquares}, QStringLiteral("after the recovery"), false);
    EXPECT_EQ(sizeOf(project + QStringLiteral("-journal")), 0);
}

namespace {

/// The names in `dir`, hidden ones too.
QStringList namesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST(FullDisk, NewSaysSoInOneSentenceAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("full.engdrift.gpkg"));
    auto r = test::runCliWithFileSizeLimit({QStringLiteral("new"), project}, 32);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QString firstLine = r.err.section(QLatin1Char('\n'), 0, 0);
    EXPECT_EQ(firstLine, QStringLiteral("engdrift-cli: There is not enough space on the disk to create %1.").arg(project))
        << r.err.toStdString();
    EXPECT_LT(r.err.size(), 600) << "a sentence and a short detail, not the GeoPackage's SQL: " << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("CREATE TABLE"))) << r.err.toStdString();
    EXPECT_TRUE(namesIn(dir.path()).isEmpty()) << namesIn(dir.path()).join(QLatin1Char(' ')).toStdString();
    // The name is free: with room, the same command makes the project.
    auto again = runCli({QStringLiteral("new"), project});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
}

TEST(FullDisk, KilledNewLeavesNothingUnderTheName)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("killed.engdrift.gpkg"));
    int killedWhileMaking = 0;
    for (int attempt = 0; attempt < 20 && killedWhileMaking < 3; ++attempt) {
        QFile::remove(project);
        QProcess process;
        process.setProgram(kCli);
        process.setArguments({QStringLiteral("new"), project});
        process.start();
        ASSERT_TRUE(process.waitForStarted());
        // Kill as soon as a file of the project being made is there.
        QElapsedTimer timer;
        timer.start();
        while (process.state() == QProcess::Running && namesIn(dir.path()).isEmpty() && timer.elapsed() < 10000)
            process.waitForFinished(1);
        if (process.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            ++killedWhileMaking;
        }
        process.waitForFinished();
        // Either the project is whole, or there is none under its name.
        if (QFileInfo::exists(project)) {
            auto info = runCli({QStringLiteral("info"), project});
            EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
        } else {
            auto made = runCli({QStringLiteral("new"), project});
            EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
        }
    }
    EXPECT_GE(killedWhileMaking, 1) << "no kill landed while the project was being made";
}

TEST(FullDisk, ImportAndTagSaySoAndChangeNothing)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("squares.gpkg"));
    writeSquares(source, 3000);
    const QString project = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    const QStringList import = {QStringLiteral("import"), project, source, QStringLiteral("--org"), QStringLiteral("12"),
                                QStringLiteral("--dept"), QStringLiteral("005"), QStringLiteral("--care-field"),
                                QStringLiteral("kode"), QStringLiteral("--valid-from"), QStringLiteral("2020-01-01"),
                                QStringLiteral("--quiet")};
    const int limitKib = static_cast<int>(QFileInfo(project).size() / 1024) + 256;
    const QString before = test::snapshot(project);
    auto imported = test::runCliWithFileSizeLimit(import, limitKib);
    EXPECT_EQ(imported.exitCode, 1) << imported.err.toStdString();
    const QStringList lines = imported.err.trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.value(0),
              QStringLiteral("engdrift-cli: There is not enough space on the disk to save the changes to %1; nothing "
                             "was changed.")
                  .arg(project))
        << imported.err.toStdString();
    ASSERT_GE(lines.size(), 2) << "the technical detail below the sentence";
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("    "))) << imported.err.toStdString();
    EXPECT_EQ(test::snapshot(project), before);

    ASSERT_EQ(runCli(import).exitCode, 0);
    const QString importedOnce = test::snapshot(project);
    QStringList ids;
    for (int i = 1; i <= 3000; ++i)
        ids << QString::number(i);
    auto tagged = test::runCliWithFileSizeLimit({QStringLiteral("tag"), project, QStringLiteral("--area"), ids.join(QLatin1Char(',')),
                                        QStringLiteral("--care-type"), QStringLiteral("blomstereng"), QStringLiteral("--from"),
                                        QStringLiteral("2023-05-01")},
                                       static_cast<int>(QFileInfo(project).size() / 1024) + 64);
    EXPECT_EQ(tagged.exitCode, 1) << tagged.err.toStdString();
    EXPECT_TRUE(tagged.err.startsWith(QStringLiteral("engdrift-cli: There is not enough space on the disk to save the changes")))
        << tagged.err.toStdString();
    EXPECT_EQ(test::snapshot(project), importedOnce);
}

TEST_F(Interrupted, SignalledImportRollsBackAndEndsByTheSignal)
{
    const QString before = test::snapshot(m_base);
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        const QString where = QStringLiteral("signal %1").arg(signal);
        const QString project = copyOfBase(QStringLiteral("signalled.engdrift.gpkg"));
        const Stopped stopped = runAndStop(importArgs(project, QStringLiteral("002")), project, {signal, 256 * 1024});
        ASSERT_TRUE(stopped.midWrite) << where.toStdString();
        // It stopped between two features, rolled back, closed the project and then ended by the
        // signal, as a program asked to stop does.
        EXPECT_EQ(stopped.status, QProcess::CrashExit) << where.toStdString() << ": " << stopped.err.toStdString();
        EXPECT_TRUE(stopped.err.contains(QStringLiteral("cancelled; nothing was imported"))) << stopped.err.toStdString();
        EXPECT_EQ(pendingBytes(project), 0) << where.toStdString() << ": the project was closed cleanly";
        EXPECT_EQ(test::snapshot(project), before) << where.toStdString();
    }
}

TEST(FullDisk, ExportsSaySoAndLeaveNoFile)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("squares.gpkg"));
    writeSquares(source, 400);
    const QString project = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    ASSERT_EQ(runCli({QStringLiteral("import"), project, source, QStringLiteral("--org"), QStringLiteral("12"),
                      QStringLiteral("--dept"), QStringLiteral("005"), QStringLiteral("--care-field"),
                      QStringLiteral("kode"), QStringLiteral("--valid-from"), QStringLiteral("2020-01-01")})
                  .exitCode,
              0);
    const QStringList before = namesIn(dir.path());
    struct Export
    {
        QString file;
        QStringList args;
    };
    QList<Export> exports;
    for (const char *suffix : {"png", "jpg"}) {
        const QString file = dir.filePath(QStringLiteral("map.") + QLatin1String(suffix));
        exports << Export{file, {QStringLiteral("render"), project, QStringLiteral("--out"), file, QStringLiteral("--size"),
                                 QStringLiteral("300x200"), QStringLiteral("--at"), QStringLiteral("2024-01-01")}};
        exports << Export{file, {QStringLiteral("render"), project, QStringLiteral("--out"), file, QStringLiteral("--at"),
                                 QStringLiteral("2024-01-01")}}; // the default size
    }
    for (const char *suffix : {"png", "pdf", "svg"}) {
        const QString file = dir.filePath(QStringLiteral("chart.") + QLatin1String(suffix));
        exports << Export{file, {QStringLiteral("plot"), project, QStringLiteral("--kind"), QStringLiteral("care-area"),
                                 QStringLiteral("--out"), file, QStringLiteral("--from"), QStringLiteral("2019-01-01"),
                                 QStringLiteral("--to"), QStringLiteral("2024-01-01")}};
    }
    for (const Export &e : exports) {
        const QString what = e.args.join(QLatin1Char(' '));
        // With room the export is whole; with no room at all it cannot be.
        auto whole = runCli(e.args);
        if (e.args.first() == QLatin1String("plot") && whole.err.contains(QStringLiteral("without charts")))
            continue;
        ASSERT_EQ(whole.exitCode, 0) << what.toStdString() << ": " << whole.err.toStdString();
        ASSERT_GT(QFileInfo(e.file).size(), 1024) << what.toStdString();
        ASSERT_TRUE(QFile::remove(e.file));
        auto full = test::runCliWithFileSizeLimit(e.args, 0);
        EXPECT_EQ(full.exitCode, 1) << what.toStdString() << ": " << full.out.toStdString() << full.err.toStdString();
        EXPECT_FALSE(full.out.contains(QStringLiteral("Wrote"))) << what.toStdString() << ": " << full.out.toStdString();
        EXPECT_EQ(full.err.section(QLatin1Char('\n'), 0, 0),
                  QStringLiteral("engdrift-cli: There is not enough space on the disk to write %1.").arg(e.file))
            << what.toStdString() << ": " << full.err.toStdString();
        EXPECT_EQ(namesIn(dir.path()), before) << what.toStdString() << ": no file, no empty file, no temporary file";
        // An existing file stays as it was.
        QFile old(e.file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        EXPECT_EQ(test::runCliWithFileSizeLimit(e.args, 0).exitCode, 1);
        QFile kept(e.file);
        ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
        EXPECT_EQ(kept.readAll(), QByteArray("old")) << what.toStdString();
        kept.close();
        QFile::remove(e.file);
    }
}
