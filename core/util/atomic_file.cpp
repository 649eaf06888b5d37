#include "util/atomic_file.h"

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

struct AtomicFileText
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};

} // namespace

AtomicFile::AtomicFile(QString path) : m_path(std::move(path)) {}

AtomicFile::~AtomicFile()
{
    cancel();
}

bool AtomicFile::open(OpenMode mode)
{
    if (isOpen() || (mode & ReadOnly) || !(mode & WriteOnly)) {
        fail(EINVAL, AtomicFileText::tr("%1: internal error: an atomic file is opened once, for writing only.").arg(m_path));
        return false;
    }
    m_failure = Error{};
    const QFileInfo info(m_path);
    if (info.isDir()) {
        m_failure = makeError(AtomicFileText::tr("%1 is a folder; give a file name.").arg(m_path));
        return false;
    }
    if (!info.absoluteDir().exists()) {
        m_failure = makeError(AtomicFileText::tr("%1 cannot be written: the folder %2 does not exist.")
                                  .arg(m_path, QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    // A hidden name beside the target, so the rename stays on one file system.
    QByteArray pattern = QFile::encodeName(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        fail(errno, AtomicFileText::tr("%1 cannot be written.").arg(m_path));
        return false;
    }
    // mkstemp makes the file 0600; a picture is as readable as any file the user makes.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    m_fd = fd;
    m_temporaryPath = QFile::decodeName(pattern);
    m_size = 0;
    return QIODevice::open(mode | Unbuffered);
}

bool AtomicFile::seek(qint64 pos)
{
    if (m_fd < 0 || pos < 0 || ::lseek(m_fd, static_cast<off_t>(pos), SEEK_SET) < 0)
        return false;
    return QIODevice::seek(pos);
}

qint64 AtomicFile::readData(char *, qint64)
{
    return -1;
}

qint64 AtomicFile::writeData(const char *data, qint64 size)
{
    if (m_fd < 0 || !m_failure.message.isEmpty())
        return -1;
    qint64 written = 0;
    while (written < size) {
        const ssize_t n = ::write(m_fd, data + written, static_cast<size_t>(size - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail(errno, AtomicFileText::tr("%1 cannot be written.").arg(m_path));
            return -1;
        }
        written += n;
    }
    m_size = std::max(m_size, pos() + written);
    return written;
}

Result<void> AtomicFile::commit()
{
    if (m_fd < 0 && m_failure.message.isEmpty())
        fail(EBADF, AtomicFileText::tr("%1: internal error: nothing was written.").arg(m_path));
    if (m_fd >= 0 && m_failure.message.isEmpty() && ::fsync(m_fd) != 0 && errno != EINVAL && errno != EROFS)
        fail(errno, AtomicFileText::tr("%1 cannot be written.").arg(m_path));
    if (m_fd >= 0) {
        const int closed = ::close(m_fd);
        const int closeErrno = errno;
        m_fd = -1;
        if (closed != 0 && m_failure.message.isEmpty())
            fail(closeErrno, AtomicFileText::tr("%1 cannot be written.").arg(m_path));
    }
    QIODevice::close();
    if (m_failure.message.isEmpty() &&
        ::rename(QFile::encodeName(m_temporaryPath).constData(), QFile::encodeName(m_path).constData()) != 0)
        fail(errno, AtomicFileText::tr("%1 cannot be put in place.").arg(m_path));
    if (!m_failure.message.isEmpty()) {
        removeTemporary();
        return m_failure;
    }
    m_temporaryPath.clear();
    return {};
}

void AtomicFile::cancel()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (isOpen())
        QIODevice::close();
    removeTemporary();
}

void AtomicFile::fail(int osError, const QString &what)
{
    if (!m_failure.message.isEmpty())
        return; // the first failure is the one to tell
    m_failure = fileError(m_path, FileAction::Write, what, QString(), osError);
    setErrorString(m_failure.detail.isEmpty() ? m_failure.message : m_failure.detail);
}

void AtomicFile::removeTemporary()
{
    if (!m_temporaryPath.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporaryPath).constData());
        m_temporaryPath.clear();
    }
}

Result<void> writeFileAtomically(const QString &path, const std::function<bool(QIODevice &, QString &)> &write)
{
    AtomicFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.failure();
    QString reason;
    const bool produced = write(file, reason);
    if (!file.failure().message.isEmpty()) {
        file.cancel();
        return file.failure();
    }
    if (!produced) {
        file.cancel();
        return makeError(reason.isEmpty() ? AtomicFileText::tr("%1 cannot be written.").arg(path) : reason);
    }
    return file.commit();
}

} // namespace engdrift
