#include "util/file_errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/resource.h>
#include <sys/statvfs.h>

namespace engdrift {
namespace {

struct FileErrorText
{
    Q_DECLARE_TR_FUNCTIONS(FileErrors)
};

bool mentions(const QString &text, std::initializer_list<const char *> phrases)
{
    for (const char *phrase : phrases) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

FileProblem problemOfErrno(int osError)
{
    switch (osError) {
    case ENOSPC:
    case EFBIG:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return FileProblem::NoSpace;
    case EROFS:
        return FileProblem::ReadOnly;
    case EACCES:
    case EPERM:
        return FileProblem::PermissionDenied;
    case EBUSY:
    case ETXTBSY:
        return FileProblem::Busy;
    case ENOENT:
        return FileProblem::Missing;
    default:
        return FileProblem::Unknown;
    }
}

} // namespace

FileProblem classifyFileProblem(const QString &technical, int osError)
{
    // The libraries' words first: they name the cause more surely than an errno that may be old.
    if (mentions(technical, {"database or disk is full", "no space left on device", "file too large",
                             "disk quota exceeded", "not enough space"}))
        return FileProblem::NoSpace;
    if (mentions(technical, {"read-only file system", "readonly database", "read-only database"}))
        return FileProblem::ReadOnly;
    if (mentions(technical, {"database is locked", "database table is locked", "database is busy",
                             "device or resource busy", "text file busy"}))
        return FileProblem::Busy;
    if (mentions(technical, {"file is not a database", "file is encrypted or is not a database",
                             "not recognized as a supported file format", "not recognized as being in a supported file format"}))
        return FileProblem::NotGeoPackage;
    if (mentions(technical, {"database disk image is malformed", "malformed database"}))
        return FileProblem::Damaged;
    if (mentions(technical, {"permission denied", "operation not permitted"}))
        return FileProblem::PermissionDenied;
    if (const FileProblem byErrno = problemOfErrno(osError); byErrno != FileProblem::Unknown)
        return byErrno;
    if (mentions(technical, {"no such file or directory"}))
        return FileProblem::Missing;
    return FileProblem::Unknown;
}

QString describeFileProblem(FileProblem problem, FileAction action, const QString &path)
{
    const bool writing = action == FileAction::Create || action == FileAction::Save || action == FileAction::Write;
    switch (problem) {
    case FileProblem::Unknown:
        return {};
    case FileProblem::NoSpace:
        switch (action) {
        case FileAction::Create:
            return FileErrorText::tr("There is not enough space on the disk to create %1.").arg(path);
        case FileAction::Save:
            return FileErrorText::tr("There is not enough space on the disk to save the changes to %1; nothing was "
                                     "changed.")
                .arg(path);
        case FileAction::Write:
            return FileErrorText::tr("There is not enough space on the disk to write %1.").arg(path);
        case FileAction::Open:
        case FileAction::Read:
            return FileErrorText::tr("There is not enough space on the disk to read %1.").arg(path);
        }
        break;
    case FileProblem::ReadOnly:
        return writing ? FileErrorText::tr("%1 cannot be written: the file, its folder or the disk is read-only.").arg(path)
                       : FileErrorText::tr("%1 is read-only (the file, its folder or the disk); Engdrift cannot change "
                                           "it.")
                             .arg(path);
    case FileProblem::Busy:
        return FileErrorText::tr("%1 is in use by another program; wait until it has finished or close it there, and "
                                 "try again.")
            .arg(path);
    case FileProblem::NotGeoPackage:
        return FileErrorText::tr("%1 is not an Engdrift project: it is not a GeoPackage (it may be of another "
                                 "format, or damaged).")
            .arg(path);
    case FileProblem::PermissionDenied:
        return writing ? FileErrorText::tr("You do not have permission to write %1 (or its folder).").arg(path)
                       : FileErrorText::tr("You do not have permission to read %1.").arg(path);
    case FileProblem::Damaged:
        return FileErrorText::tr("%1 is damaged (its database structure is broken); use a backup copy.").arg(path);
    case FileProblem::Missing:
        return writing ? FileErrorText::tr("The folder of %1 does not exist.").arg(path)
                       : FileErrorText::tr("%1 does not exist.").arg(path);
    }
    return {};
}

Error fileError(const QString &path, FileAction action, const QString &fallback, const QString &technical, int osError)
{
    QString detail = technical.trimmed();
    if (osError != 0 && !detail.contains(systemErrorText(osError), Qt::CaseInsensitive))
        detail = detail.isEmpty() ? systemErrorText(osError)
                                  : QStringLiteral("%1 (%2)").arg(detail, systemErrorText(osError));
    const QString sentence = describeFileProblem(classifyFileProblem(technical, osError), action, path);
    return makeError(sentence.isEmpty() ? fallback : sentence, detail);
}

QString systemErrorText(int osError)
{
    char buffer[256] = {};
    // The GNU strerror_r returns its text (maybe not in buffer); the XSI one fills buffer.
#if defined(__GLIBC__) && defined(_GNU_SOURCE)
    const char *text = strerror_r(osError, buffer, sizeof buffer);
    return QString::fromLocal8Bit(text ? text : buffer);
#else
    if (strerror_r(osError, buffer, sizeof buffer) != 0)
        return QStringLiteral("error %1").arg(osError);
    return QString::fromLocal8Bit(buffer);
#endif
}

bool lacksRoom(const QString &folder, const QStringList &files)
{
    constexpr unsigned long long margin = 1024ULL * 1024ULL;
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) == 0 &&
        static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize < margin)
        return true;
    struct rlimit limit {};
    if (::getrlimit(RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return false;
    qint64 largest = 0;
    for (const QString &file : files)
        largest = std::max(largest, QFileInfo(file).size());
    return static_cast<unsigned long long>(largest) + margin >= limit.rlim_cur;
}

} // namespace engdrift
