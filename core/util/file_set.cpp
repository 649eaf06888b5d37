#include "util/file_set.h"

#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace engdrift {
namespace {

struct FileSetText
{
    Q_DECLARE_TR_FUNCTIONS(FileSet)
};

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

bool exists(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(encoded(path).constData(), &st) == 0;
}

/// Writes the file's data to the disk before it is renamed into place, so that a crash never
/// leaves an empty file under the final name.
void syncFile(const QString &path)
{
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

/// Renames without replacing anything: fails with EEXIST when `to` exists.
int renameNoReplace(const QString &from, const QString &to)
{
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, encoded(from).constData(), AT_FDCWD, encoded(to).constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
#endif
    // A file system without RENAME_NOREPLACE: a link fails when the name is taken.
    if (::link(encoded(from).constData(), encoded(to).constData()) != 0)
        return -1;
    ::unlink(encoded(from).constData());
    return 0;
}

Error alreadyExists(const QString &path)
{
    return makeError(FileSetText::tr("%1 already exists; nothing was written (it is replaced only when you ask for it).")
                         .arg(QDir::toNativeSeparators(path)));
}

} // namespace

FileSet::FileSet(QString target) : m_target(std::move(target)) {}

FileSet::~FileSet()
{
    cancel();
}

QString FileSet::targetFolder() const
{
    return QFileInfo(m_target).absolutePath();
}

Result<void> FileSet::open()
{
    cancel();
    const QFileInfo info(m_target);
    if (info.isDir())
        return makeError(FileSetText::tr("%1 is a folder; give a file name.").arg(m_target));
    if (!info.absoluteDir().exists())
        return makeError(FileSetText::tr("%1 cannot be written: the folder %2 does not exist.")
                             .arg(m_target, QDir::toNativeSeparators(info.absolutePath())));
    QByteArray pattern = encoded(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    if (!::mkdtemp(pattern.data())) {
        const int error = errno;
        return fileError(m_target, FileAction::Write, FileSetText::tr("%1 cannot be written.").arg(m_target),
                         systemErrorText(error), error);
    }
    m_staging = QFile::decodeName(pattern);
    return {};
}

QString FileSet::stagingPath(const QString &fileName) const
{
    return m_staging.isEmpty() ? QString() : m_staging + QLatin1Char('/') + fileName;
}

QStringList FileSet::stagedFiles() const
{
    if (m_staging.isEmpty())
        return {};
    return QDir(m_staging).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

bool FileSet::lacksRoom() const
{
    QStringList files;
    for (const QString &name : stagedFiles())
        files << stagingPath(name);
    return engdrift::lacksRoom(targetFolder(), files);
}

Result<QStringList> FileSet::commit(bool replace, const QStringList &staleFiles)
{
    QStringList names = stagedFiles();
    const QString main = QFileInfo(m_target).fileName();
    if (m_staging.isEmpty() || !names.contains(main)) {
        cancel();
        return makeError(FileSetText::tr("%1: internal error: the file was not written.").arg(m_target));
    }
    names.removeOne(main);
    names.prepend(main);
    const QDir folder(targetFolder());
    if (!replace) {
        for (const QString &name : names) {
            const QString path = folder.filePath(name);
            if (exists(path)) {
                cancel();
                return alreadyExists(path);
            }
        }
    }
    for (const QString &name : names)
        syncFile(stagingPath(name));

    // The files replaced wait in a folder of their own until the new ones are all in place.
    const QString replacedFolder = stagingPath(QStringLiteral(".replaced"));
    QStringList moved;
    QStringList replaced;
    auto rollBack = [&] {
        for (const QString &name : moved)
            ::unlink(encoded(folder.filePath(name)).constData());
        for (const QString &name : replaced)
            ::rename(encoded(replacedFolder + QLatin1Char('/') + name).constData(), encoded(folder.filePath(name)).constData());
    };
    auto failed = [&](const QString &path, int error) -> Error {
        rollBack();
        cancel();
        return fileError(m_target, FileAction::Write,
                         FileSetText::tr("%1 cannot be put in place.").arg(QDir::toNativeSeparators(path)),
                         systemErrorText(error), error);
    };
    if (replace && ::mkdir(encoded(replacedFolder).constData(), 0700) != 0)
        return failed(m_target, errno);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        if (replace && exists(path)) {
            if (::rename(encoded(path).constData(), encoded(replacedFolder + QLatin1Char('/') + name).constData()) != 0)
                return failed(path, errno);
            replaced << name;
        }
        if (renameNoReplace(stagingPath(name), path) != 0) {
            const int error = errno;
            if (error == EEXIST) {
                rollBack();
                cancel();
                return alreadyExists(path);
            }
            return failed(path, error);
        }
        moved << name;
    }
    if (replace) {
        for (const QString &name : staleFiles) {
            if (!names.contains(name))
                ::unlink(encoded(folder.filePath(name)).constData());
        }
    }
    // The folder's new entries on the disk too.
    if (const int dir = ::open(encoded(folder.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    cancel(); // the temporary folder goes, with the files replaced
    QStringList paths;
    for (const QString &name : names)
        paths << folder.filePath(name);
    return paths;
}

void FileSet::cancel()
{
    if (m_staging.isEmpty())
        return;
    QDir(m_staging).removeRecursively();
    m_staging.clear();
}

QString firstExisting(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (exists(path))
            return path;
    }
    return {};
}

} // namespace engdrift
