// Clear errors and no damage: a full disk (a file size limit in the child, SIGXFSZ ignored), a
// read-only file (as root the child runs as nobody, since root ignores file modes) and a network
// share (detected by statfs; here injected with ENGDRIFT_ASSUME_FILESYSTEM=network). Each says in
// one sentence which file and why, and the project's bytes are unchanged afterwards.

#include "crash_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace engdrift;
using namespace engdrift::crashtest;

namespace {

std::function<void()> fileSizeLimit(qint64 bytes)
{
    return [bytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit r = {static_cast<rlim_t>(bytes), static_cast<rlim_t>(bytes)};
        ::setrlimit(RLIMIT_FSIZE, &r);
    };
}

class FileFailures : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString source = m_dir.filePath(QStringLiteral("squares.gpkg"));
        writeSquares(source, 3000);
        m_project = m_dir.filePath(QStringLiteral("p.engdrift.gpkg"));
        ASSERT_EQ(run(cliPath(), {QStringLiteral("new"), m_project}).exitCode, 0);
        const ProcessResult imported = run(cliPath(), {QStringLiteral("import"), m_project, source, QStringLiteral("--org"), QStringLiteral("12"),
                                             QStringLiteral("--dept"), QStringLiteral("001"), QStringLiteral("--care-field"),
                                             QStringLiteral("kode"), QStringLiteral("--valid-from"), QStringLiteral("2020-01-01")});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        for (int i = 1; i <= 2000; ++i)
            m_ids << QString::number(i);
    }

    QStringList tagArgs() const
    {
        return {QStringLiteral("tag"), m_project, QStringLiteral("--area"), m_ids.join(QLatin1Char(',')),
                QStringLiteral("--care-type"), QStringLiteral("blomstereng"), QStringLiteral("--from"), QStringLiteral("2023-05-01")};
    }

    /// Nothing of an unfinished write is left beside the project, and its bytes are `bytes`.
    void expectUnchanged(const QString &bytes, const QString &where)
    {
        EXPECT_EQ(fileDigest(m_project), bytes) << where.toStdString();
        EXPECT_EQ(pendingBytes(m_project), 0) << where.toStdString();
        const ProcessResult check = run(cliPath(), {QStringLiteral("check"), m_project});
        EXPECT_EQ(check.exitCode, 0) << where.toStdString() << ": " << check.out.toStdString() << check.err.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_project;
    QStringList m_ids;
};

} // namespace

TEST_F(FileFailures, AFullDiskStopsAnEditSessionSaveAndARepairCleanly)
{
    // Opening a project for writing switches its journal (a header byte and its change counter),
    // so what must not change here is every row, read through the store.
    const QString rows = storeDigest(m_project);
    ASSERT_FALSE(rows.isEmpty());
    const qint64 room = QFileInfo(m_project).size() + 16 * 1024;
    const ProcessResult saved = run(writerPath(), {QStringLiteral("edit-save"), m_project, QStringLiteral("1"), QStringLiteral("2000")}, {},
                          fileSizeLimit(room));
    EXPECT_EQ(saved.exitCode, 1) << saved.out.toStdString() << saved.err.toStdString();
    EXPECT_EQ(saved.err.section(QLatin1Char('\n'), 0, 0),
              QStringLiteral("engdrift-crash-writer: Nothing was saved: There is not enough space on the disk to save the "
                             "changes to %1; nothing was changed.")
                  .arg(m_project))
        << saved.err.toStdString();
    EXPECT_EQ(storeDigest(m_project), rows);
    EXPECT_EQ(pendingBytes(m_project), 0);
    EXPECT_EQ(run(cliPath(), {QStringLiteral("check"), m_project}).exitCode, 0);

    // A repair that needs room: the whole spatial index is to be rebuilt.
    ASSERT_EQ(run(cliPath(), {QStringLiteral("check"), m_project, QStringLiteral("--repair")}).exitCode, 0);
    const QString emptied = runSql(m_project, {QStringLiteral("DELETE FROM rtree_areas_geom")});
    ASSERT_TRUE(emptied.isEmpty()) << emptied.toStdString();
    // The log of the write may not grow beyond 32 KiB.
    const ProcessResult repair = run(cliPath(), {QStringLiteral("check"), m_project, QStringLiteral("--repair")}, {},
                           fileSizeLimit(32 * 1024));
    EXPECT_EQ(repair.exitCode, 1) << repair.out.toStdString() << repair.err.toStdString();
    EXPECT_TRUE(repair.err.contains(m_project)) << repair.err.toStdString();
    EXPECT_TRUE(repair.err.contains(QStringLiteral("not enough space"))) << repair.err.toStdString();
    EXPECT_EQ(storeDigest(m_project), rows);
    EXPECT_EQ(pendingBytes(m_project), 0);
    const ProcessResult stillDamaged = run(cliPath(), {QStringLiteral("check"), m_project});
    EXPECT_EQ(stillDamaged.exitCode, 1) << "the failed repair left the index as it was: " << stillDamaged.out.toStdString();
    const ProcessResult repaired = run(cliPath(), {QStringLiteral("check"), m_project, QStringLiteral("--repair")});
    EXPECT_EQ(repaired.exitCode, 0) << repaired.out.toStdString() << repaired.err.toStdString();
}

TEST_F(FileFailures, AReadOnlyFileIsNamedAndLeftAlone)
{
    const bool root = ::geteuid() == 0;
    // Root ignores file modes: the writer then runs as nobody, who may read but not write.
    const QFile::Permissions readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther |
                                                        (root ? QFile::WriteOwner : QFile::Permissions())));
    ASSERT_TRUE(QFile::setPermissions(m_project, readable | (root ? QFile::WriteOwner : QFile::Permissions())));
    const std::function<void()> asNobody = root ? std::function<void()>([] {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(99);
    })
                                                : std::function<void()>();
    const QString bytes = fileDigest(m_project);
    const ProcessResult tagged = run(cliPath(), tagArgs(), {}, asNobody);
    const ProcessResult saved = run(writerPath(), {QStringLiteral("edit-save"), m_project, QStringLiteral("1"), QStringLiteral("20")}, {}, asNobody);
    const ProcessResult read = run(cliPath(), {QStringLiteral("info"), m_project}, {}, asNobody);
    QFile::setPermissions(m_dir.path(), readable | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(m_project, readable | QFile::WriteOwner);
    ASSERT_NE(tagged.exitCode, 99) << "cannot run as nobody";
    const QString sentence = QStringLiteral("%1 is read-only; Engdrift cannot write to it.").arg(m_project);
    EXPECT_EQ(tagged.exitCode, 1) << tagged.err.toStdString();
    EXPECT_EQ(tagged.err.section(QLatin1Char('\n'), 0, 0), QStringLiteral("engdrift-cli: ") + sentence) << tagged.err.toStdString();
    EXPECT_EQ(saved.exitCode, 1) << saved.err.toStdString();
    EXPECT_EQ(saved.err.section(QLatin1Char('\n'), 0, 0), QStringLiteral("engdrift-crash-writer: ") + sentence) << saved.err.toStdString();
    EXPECT_EQ(read.exitCode, 0) << "reading is fine: " << read.err.toStdString();
    expectUnchanged(bytes, QStringLiteral("read-only"));
}

TEST_F(FileFailures, ANetworkShareIsReadButNotWritten)
{
    const QStringList network = {QStringLiteral("ENGDRIFT_ASSUME_FILESYSTEM=network")};
    const QString bytes = fileDigest(m_project);
    const QString sentence = QStringLiteral("%1 is on a network share, where the file locks that keep a project whole are not "
                                            "reliable, so Engdrift does not change it there (reading it is fine).")
                                 .arg(m_project);
    const ProcessResult tagged = run(cliPath(), tagArgs(), network);
    EXPECT_EQ(tagged.exitCode, 1) << tagged.err.toStdString();
    EXPECT_TRUE(tagged.err.startsWith(QStringLiteral("engdrift-cli: ") + sentence)) << tagged.err.toStdString();
    const ProcessResult saved = run(writerPath(), {QStringLiteral("edit-save"), m_project, QStringLiteral("1"), QStringLiteral("20")}, network);
    EXPECT_EQ(saved.exitCode, 1) << saved.err.toStdString();
    EXPECT_TRUE(saved.err.startsWith(QStringLiteral("engdrift-crash-writer: ") + sentence)) << saved.err.toStdString();
    const ProcessResult read = run(cliPath(), {QStringLiteral("check"), m_project}, network);
    EXPECT_EQ(read.exitCode, 0) << read.out.toStdString() << read.err.toStdString();
    expectUnchanged(bytes, QStringLiteral("network share"));

    const QString other = m_dir.filePath(QStringLiteral("new.engdrift.gpkg"));
    const ProcessResult made = run(cliPath(), {QStringLiteral("new"), other}, network);
    EXPECT_EQ(made.exitCode, 1);
    EXPECT_TRUE(made.err.startsWith(QStringLiteral("engdrift-cli: %1 cannot be created: the folder is on a network share").arg(other)))
        << made.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(other));

    // Whoever knows the share locks properly may write, with the rollback journal.
    const ProcessResult allowed = run(cliPath(), tagArgs(), network + QStringList{QStringLiteral("ENGDRIFT_ALLOW_NETWORK_WRITE=1")});
    EXPECT_EQ(allowed.exitCode, 0) << allowed.err.toStdString();
    EXPECT_NE(fileDigest(m_project), bytes);
}
