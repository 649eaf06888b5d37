#pragma once
// What the crash-safety and check tests share: a big source file, processes stopped with
// SIGKILL or run as another user or with a file size limit, and a digest of everything a project
// holds, read through the store interface.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace engdrift::crashtest {

/// engdrift-cli and the test writer (tests/cli/crash_writer.cpp).
QString cliPath();
QString writerPath();

/// A GeoPackage of `count` 10 m squares (FKG code 102000) in EPSG:25832 at `path`.
void writeSquares(const QString &path, int count);

/// A digest (SHA-256, hex) of every row a project holds, read through ProjectStore: organisations,
/// departments, area, path and zone versions (all statuses, with their WKB), proposals, adoption
/// events, imports (without their time stamps) and corrections. Empty when the project does not
/// open; `error` says why.
QString storeDigest(const QString &project, QString *error = nullptr);

/// Runs SQL statements on a project through GDAL (whose SQLite functions the GeoPackage's
/// triggers need). Returns an empty string, or what failed.
QString runSql(const QString &project, const QStringList &statements);

/// SHA-256 of a file's bytes (hex); empty when it cannot be read.
QString fileDigest(const QString &path);

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    qint64 elapsedMs = 0;
    QString out;
    QString err;
};

/// Runs `program` with `args` (and `environment` added) to the end; `childSetup` runs in the
/// child before exec (setrlimit, setuid).
ProcessResult run(const QString &program, const QStringList &args, const QStringList &environment = {},
        const std::function<void()> &childSetup = {});

/// Removes a project and its journal, log and shared-memory files, then copies `from` there.
bool copyProject(const QString &from, const QString &to);

/// The bytes of an unfinished write beside a project: its rollback journal or write-ahead log.
qint64 pendingBytes(const QString &project);

} // namespace engdrift::crashtest
