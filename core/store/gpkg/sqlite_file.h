#pragma once
// The SQLite file under a GeoPackage project: which journal it writes with, how an interrupted
// write is recovered, and the words for what went wrong. Not a public API (store/ only).
//
// Journal: a project opened for writing on a local disk uses SQLite's write-ahead log (WAL, as
// QGIS does while editing): a reader never has to roll anything back, reads while another program
// writes, and a write that was killed half-way leaves only log entries that were never committed,
// which every reader skips. WAL needs shared memory between the programs, which network file
// systems (NFS, SMB/CIFS, ...) do not give, so a project on a network share keeps SQLite's rollback
// journal. When the last program that writes closes the project it goes back to a rollback
// journal, so the file at rest is one plain GeoPackage file that any reader can open. A user who
// sets GDAL's OGR_SQLITE_JOURNAL chooses the journal instead.
//
// Recovery: a write killed while it used a rollback journal leaves a "hot" journal beside the
// file, and SQLite must roll it back before anyone can read. A program that opens the project
// only to read does that by opening it briefly for writing, when it may write the file and its
// folder; otherwise it says that the file is fine but must be recovered by someone who may.

#include "util/file_errors.h"
#include "util/result.h"

#include <QString>

struct sqlite3;

namespace engdrift::store_detail {

/// True when `path` (a file or folder; the folder of a file that does not exist yet) lies on a
/// network file system where SQLite's WAL cannot work: NFS, SMB/CIFS, AFS, Coda, NCP, 9P, FUSE.
/// ENGDRIFT_ASSUME_FILESYSTEM=network (or =local) overrides what statfs says (for tests, and for
/// a file system statfs does not tell apart).
bool isOnNetworkFileSystem(const QString &path);

/// Writing a project on a network file system: SQLite's locks are not reliable there (two programs
/// that write at once can damage the file), so a project on a network share is read, and opening it
/// for writing (or creating one there) is refused with refusedOnNetworkShare(), unless the user says the share
/// locks properly with ENGDRIFT_ALLOW_NETWORK_WRITE=1 (then the rollback journal is used).
bool networkWritesAllowed();
Error refusedOnNetworkShare(const QString &path, bool create);

enum class Recovery {
    NotNeeded,   ///< no journal of an interrupted write
    Recovered,   ///< a hot journal was rolled back: the file holds its last saved state again
    NeedsWriter, ///< a hot journal is there, but this user may not write the file or its folder
};

/// Before a read-only open: rolls back the journal of an interrupted write when there is one and
/// this user may write the file and its folder. A journal that a running writer holds is left to
/// it (SQLite tells the two apart by the writer's lock).
Recovery recoverInterruptedWrite(const QString &path);

/// True when the files of an interrupted write lie beside `path` (a journal or write-ahead log
/// with content).
bool hasInterruptedWrite(const QString &path);

/// The message for a project that must be recovered by a user who may write it.
Error needsRecoveryError(const QString &path, const QString &technical);

/// After a read-write open: the journal this file should use (see above). Returns true when the
/// connection now writes with WAL.
bool chooseJournal(sqlite3 *db, const QString &path);

/// After the writing connection closed: back to the rollback journal, if no other program has
/// the file open (otherwise the last one does it, or the file stays in WAL mode, which SQLite
/// reads as well).
void restoreRollbackJournal(const QString &path);

/// The errno of SQLite's last failed system call on `db`, when `technical` (what SQLite said)
/// shows that a system call failed; 0 otherwise.
int systemErrno(sqlite3 *db, const QString &technical);

/// True when `path` (a project, or the project to be made) has hardly any room left to grow: less
/// than 1 MiB free on its disk, or the file size limit (ulimit -f) within 1 MiB of it or its
/// journal. Tells a full disk when SQLite's words do not ("disk I/O error" for EFBIG).
bool lacksRoom(const QString &path);

/// A failure of the project file in a plain sentence (see util/file_errors.h), with the
/// libraries' words as detail. `what` says what failed when the cause is not known
/// ("cannot write area 7").
Error storageError(const QString &path, FileAction action, const QString &what, const QString &technical,
                   sqlite3 *db = nullptr);

} // namespace engdrift::store_detail
