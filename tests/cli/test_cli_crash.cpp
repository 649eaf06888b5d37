// Crash safety: engdrift-cli (import, tag) and the test writer (a desktop edit session's save, a
// proposal carried out) are killed with SIGKILL at random points (seeded: ENGDRIFT_CRASH_SEED, the
// seed is printed), with the write-ahead log of a local disk and with the rollback journal of a
// network share (OGR_SQLITE_JOURNAL=DELETE). After each kill the project opens, `check` finds
// nothing, and it holds exactly the state before the command or the state after it (a digest of
// every row through the store interface, against the digests of an uninterrupted run).

#include "crash_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <random>

using namespace engdrift;
using namespace engdrift::crashtest;

namespace {

constexpr int kSquares = 3000; ///< the areas of the base project, and of the big import
constexpr int kEdited = 300;   ///< the areas a tag, a plan or an edit session changes

unsigned seed()
{
    const QByteArray given = qgetenv("ENGDRIFT_CRASH_SEED");
    return given.isEmpty() ? 20261205u : static_cast<unsigned>(given.toUInt());
}

struct Command
{
    QString program;
    QStringList args; ///< "%P" stands for the project
    QStringList argsFor(const QString &project) const
    {
        QStringList a = args;
        a.replaceInStrings(QStringLiteral("%P"), project);
        return a;
    }
};

class CrashSafety : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("squares.gpkg"));
        writeSquares(m_source, kSquares);
        m_base = m_dir.filePath(QStringLiteral("base.engdrift.gpkg"));
        auto made = run(cliPath(), {QStringLiteral("new"), m_base});
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
        auto imported = run(cliPath(), importArgs(m_base, QStringLiteral("001")));
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    QStringList importArgs(const QString &project, const QString &dept) const
    {
        return {QStringLiteral("import"), project, m_source, QStringLiteral("--org"), QStringLiteral("12"),
                QStringLiteral("--dept"), dept, QStringLiteral("--care-field"), QStringLiteral("kode"),
                QStringLiteral("--valid-from"), QStringLiteral("2020-01-01"), QStringLiteral("--quiet")};
    }

    /// Kills `command` on copies of `before` at `kills` random points, alternating the journal,
    /// and checks every result as the file comment says.
    void killRepeatedly(const QString &name, const QString &before, const Command &command, int kills)
    {
        const unsigned s = seed() + static_cast<unsigned>(qHash(name));
        SCOPED_TRACE(QStringLiteral("%1, seed %2 (ENGDRIFT_CRASH_SEED=%3)").arg(name).arg(s).arg(seed()).toStdString());
        QString error;
        const QString beforeDigest = storeDigest(before, &error);
        ASSERT_FALSE(beforeDigest.isEmpty()) << error.toStdString();

        // The uninterrupted run: the state after, and how long the command takes.
        const QString whole = m_dir.filePath(name + QStringLiteral("-whole.engdrift.gpkg"));
        ASSERT_TRUE(copyProject(before, whole));
        const ProcessResult uninterrupted = run(command.program, command.argsFor(whole));
        ASSERT_EQ(uninterrupted.exitCode, 0) << uninterrupted.err.toStdString();
        const QString afterDigest = storeDigest(whole, &error);
        ASSERT_FALSE(afterDigest.isEmpty()) << error.toStdString();
        ASSERT_NE(afterDigest, beforeDigest) << "the command must change the project";
        const qint64 span = std::max<qint64>(uninterrupted.elapsedMs, 50);

        std::mt19937 random(s);
        std::uniform_int_distribution<qint64> delay(0, span * 1000); // microseconds
        int stateBefore = 0, stateAfter = 0, midWrite = 0;
        const QString project = m_dir.filePath(name + QStringLiteral("-killed.engdrift.gpkg"));
        for (int kill = 0; kill < kills; ++kill) {
            const bool rollbackJournal = kill % 2 == 1;
            const qint64 at = delay(random);
            const QString where = QStringLiteral("kill %1 after %2 ms (%3)")
                                      .arg(kill)
                                      .arg(at / 1000.0, 0, 'f', 1)
                                      .arg(rollbackJournal ? QStringLiteral("rollback journal") : QStringLiteral("WAL"));
            SCOPED_TRACE(where.toStdString());
            ASSERT_TRUE(copyProject(before, project));
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (rollbackJournal)
                env.insert(QStringLiteral("OGR_SQLITE_JOURNAL"), QStringLiteral("DELETE"));
            process.setProcessEnvironment(env);
            process.setProgram(command.program);
            process.setArguments(command.argsFor(project));
            process.start();
            ASSERT_TRUE(process.waitForStarted(10000));
            QThread::usleep(static_cast<unsigned long>(at));
            if (process.state() == QProcess::Running) {
                midWrite += pendingBytes(project) > 0 ? 1 : 0;
                ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            }
            process.waitForFinished(60000);

            // It opens, check finds nothing, and it is the state before or after.
            const ProcessResult check = run(cliPath(), {QStringLiteral("check"), project, QStringLiteral("--json")});
            EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
            EXPECT_TRUE(QJsonDocument::fromJson(check.out.toUtf8()).object().value(QStringLiteral("clean")).toBool())
                << check.out.toStdString();
            const QString digest = storeDigest(project, &error);
            ASSERT_FALSE(digest.isEmpty()) << "the project does not open: " << error.toStdString();
            if (digest == beforeDigest)
                ++stateBefore;
            else if (digest == afterDigest)
                ++stateAfter;
            else
                ADD_FAILURE() << "the project holds neither the state before nor the state after the command";
            if (HasFatalFailure())
                return;
        }
        std::cerr << name.toStdString() << ": " << kills << " kills over " << span << " ms: " << stateBefore
                  << " before, " << stateAfter << " after, " << midWrite << " with a write in progress\n";
        EXPECT_GE(midWrite, 1) << "no kill landed while the command was writing";
    }

    QTemporaryDir m_dir;
    QString m_source;
    QString m_base;
};

QStringList firstIds(int count)
{
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids << QString::number(i);
    return ids;
}

} // namespace

TEST_F(CrashSafety, KilledImport)
{
    killRepeatedly(QStringLiteral("import"), m_base, Command{cliPath(), importArgs(QStringLiteral("%P"), QStringLiteral("002"))}, 14);
}

TEST_F(CrashSafety, KilledTag)
{
    killRepeatedly(QStringLiteral("tag"), m_base,
                   Command{cliPath(),
                           {QStringLiteral("tag"), QStringLiteral("%P"), QStringLiteral("--area"), firstIds(kEdited).join(QLatin1Char(',')),
                            QStringLiteral("--care-type"), QStringLiteral("blomstereng"), QStringLiteral("--from"),
                            QStringLiteral("2023-05-01")}},
                   14);
}

TEST_F(CrashSafety, KilledProposalCarriedOut)
{
    const QString planned = m_dir.filePath(QStringLiteral("planned.engdrift.gpkg"));
    ASSERT_TRUE(copyProject(m_base, planned));
    const ProcessResult plan = run(writerPath(), {QStringLiteral("plan"), planned, QString::number(kEdited)});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    const QString id = plan.out.trimmed();
    killRepeatedly(QStringLiteral("implement"), planned,
                   Command{writerPath(), {QStringLiteral("implement"), QStringLiteral("%P"), id, QStringLiteral("2024-04-01")}}, 12);
}

TEST_F(CrashSafety, KilledEditSessionSave)
{
    killRepeatedly(QStringLiteral("edit-save"), m_base,
                   Command{writerPath(), {QStringLiteral("edit-save"), QStringLiteral("%P"), QStringLiteral("1"),
                                          QString::number(kEdited)}},
                   12);
}
