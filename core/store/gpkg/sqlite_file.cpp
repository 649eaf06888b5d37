#include "store/gpkg/sqlite_file.h"

#include "store/gpkg/foreign_schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/vfs.h>
#endif

namespace engdrift::store_detail {
namespace {

struct SqliteFileText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

/// The folder a file lives in, or the path itself when it is a folder.
QString folderOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

/// A connection of our own, closed on scope exit.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection()
    {
        if (db)
            sqlite3_close_v2(db);
    }
};

} // namespace

bool isOnNetworkFileSystem(const QString &path)
{
    const QByteArray assumed = qgetenv("ENGDRIFT_ASSUME_FILESYSTEM");
    if (assumed == "network")
        return true;
    if (assumed == "local")
        return false;
#if defined(__linux__)
    struct statfs info {};
    if (::statfs(QFile::encodeName(folderOf(path)).constData(), &info) != 0)
        return false; // cannot tell: SQLite's defaults apply
    // Magic numbers from statfs(2); the ones of file systems shared over a network (or, for FUSE,
    // possibly so: sshfs and the like give no shared memory SQLite can trust).
    constexpr unsigned long networkTypes[] = {
        0x6969UL,     // NFS
        0x517BUL,     // SMB
        0xFF534D42UL, // CIFS
        0xFE534D42UL, // SMB2
        0x5346414FUL, // AFS (OpenAFS)
        0x6B414653UL, // AFS (kernel)
        0x73757245UL, // Coda
        0x564CUL,     // NCP
        0x01021997UL, // 9P (v9fs: shared folders of virtual machines)
        0x65735546UL, // FUSE
        0x47504653UL, // GPFS
        0x0BD00BD0UL, // Lustre
        0x19830326UL, // FhGFS / BeeGFS
        0x013111A8UL, // IBRIX
        0x00C36400UL, // Ceph
    };
    const auto type = static_cast<unsigned long>(info.f_type) & 0xFFFFFFFFUL;
    for (unsigned long network : networkTypes) {
        if (type == network)
            return true;
    }
#else
    Q_UNUSED(path);
#endif
    return false;
}

bool networkWritesAllowed()
{
    return qgetenv("ENGDRIFT_ALLOW_NETWORK_WRITE") == "1";
}

Error refusedOnNetworkShare(const QString &path, bool create)
{
    const QString sentence =
        create ? SqliteFileText::tr("%1 cannot be created: the folder is on a network share, where the file locks that keep "
                              "a project whole are not reliable. Create it on a local disk (set "
                              "ENGDRIFT_ALLOW_NETWORK_WRITE=1 if the share is known to lock files properly).")
                     .arg(path)
               : SqliteFileText::tr("%1 is on a network share, where the file locks that keep a project whole are not "
                              "reliable, so Engdrift does not change it there (reading it is fine). Copy it to a local disk to change it "
                              "(or set ENGDRIFT_ALLOW_NETWORK_WRITE=1 if the share is known to lock files properly).")
                     .arg(path);
    return makeError(sentence);
}

bool hasInterruptedWrite(const QString &path)
{
    return sizeOf(path + QStringLiteral("-journal")) > 0 || sizeOf(path + QStringLiteral("-wal")) > 0;
}

Recovery recoverInterruptedWrite(const QString &path)
{
    // Only a rollback journal needs a writer: SQLite reads a write-ahead log read-only too.
    if (sizeOf(path + QStringLiteral("-journal")) <= 0)
        return Recovery::NotNeeded;
    const QFileInfo file(path);
    const QFileInfo folder(folderOf(path));
    if (!file.isWritable() || !folder.isWritable())
        return Recovery::NeedsWriter;
    Connection c;
    if (sqlite3_open_v2(QFile::encodeName(file.absoluteFilePath()).constData(), &c.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return Recovery::NeedsWriter;
    hardenConnection(c.db);
    sqlite3_busy_timeout(c.db, 5000);
    // The first read takes a shared lock, finds the journal hot (no writer holds it) and rolls it
    // back; a journal of a writer still at work is left alone.
    const int rc = sqlite3_exec(c.db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        return Recovery::NeedsWriter;
    return rc == SQLITE_OK && sizeOf(path + QStringLiteral("-journal")) <= 0 ? Recovery::Recovered : Recovery::NotNeeded;
}

Error needsRecoveryError(const QString &path, const QString &technical)
{
    return makeError(SqliteFileText::tr("%1 was being changed when a program stopped. The file is not damaged and "
                                        "holds its last saved state, but it must be recovered before it can be read: "
                                        "open it once as a user who may change the file and its folder (any "
                                        "engdrift-cli command or Engdrift does it).")
                         .arg(path),
                     technical);
}

bool chooseJournal(sqlite3 *db, const QString &path)
{
    if (!db || !qEnvironmentVariableIsEmpty("OGR_SQLITE_JOURNAL"))
        return false; // the user chose the journal through GDAL
    const char *pragma = isOnNetworkFileSystem(path) ? "PRAGMA journal_mode = DELETE" : "PRAGMA journal_mode = WAL";
    bool wal = false;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, pragma, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        const auto *mode = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        wal = mode && qstricmp(mode, "wal") == 0;
    }
    sqlite3_finalize(stmt);
    return wal;
}

void restoreRollbackJournal(const QString &path)
{
    Connection c;
    if (sqlite3_open_v2(QFile::encodeName(QFileInfo(path).absoluteFilePath()).constData(), &c.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return;
    // No busy wait: if another program has the file open, it stays in WAL mode for now.
    sqlite3_exec(c.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
}

int systemErrno(sqlite3 *db, const QString &technical)
{
    if (!db)
        return 0;
    // SQLite keeps the errno of its last failed I/O; it belongs to this failure only when SQLite
    // said that I/O failed.
    if (!technical.contains(QLatin1String("I/O error"), Qt::CaseInsensitive) &&
        !technical.contains(QLatin1String("unable to open"), Qt::CaseInsensitive) &&
        !technical.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        return 0;
    return sqlite3_system_errno(db);
}

bool lacksRoom(const QString &path)
{
    return engdrift::lacksRoom(folderOf(path), {path, path + QStringLiteral("-journal"), path + QStringLiteral("-wal")});
}

Error storageError(const QString &path, FileAction action, const QString &what, const QString &technical, sqlite3 *db)
{
    const int osError = systemErrno(db, technical);
    Error error = fileError(path, action, SqliteFileText::tr("%1: %2.").arg(path, what), technical, osError);
    // SQLite says "disk I/O error" when a write fails with EFBIG (a file size limit), and the
    // errno it keeps may be a later one: look at the room left.
    if (classifyFileProblem(technical, osError) == FileProblem::Unknown &&
        technical.contains(QLatin1String("I/O error"), Qt::CaseInsensitive) && lacksRoom(path))
        error.message = describeFileProblem(FileProblem::NoSpace, action, path);
    return error;
}

} // namespace engdrift::store_detail
