#pragma once
// AtomicFile: a file that appears whole or not at all.
//
// Everything is written to a temporary file in the target's folder (a hidden name beside it);
// every write is checked, and commit() syncs and closes it and renames it into place, replacing
// a file of that name only then. When anything fails (a full disk, a file size limit, a folder
// that is gone) commit() says so in a plain sentence and the temporary file is removed: no empty
// or half-written file is ever left under the target's name, and an existing file stays as it
// was. Destroying an AtomicFile without commit() removes the temporary file too.
//
// It is a QIODevice, so QImageWriter, QPdfWriter, QSvgGenerator and libpng callbacks can write
// to it. One thread at a time.

#include "util/result.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace engdrift {

class AtomicFile : public QIODevice
{
public:
    explicit AtomicFile(QString path);
    ~AtomicFile() override;
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /// Creates the temporary file; only QIODevice::WriteOnly is possible. Fails when the folder
    /// does not exist or cannot be written, or when `path` is a folder (see error()).
    bool open(OpenMode mode) override;
    bool isSequential() const override { return false; }
    bool seek(qint64 pos) override;
    qint64 size() const override { return m_size; }

    /// Checks that every write went through, syncs, closes and renames the file into place.
    Result<void> commit();
    /// Throws away what was written (the temporary file is removed).
    void cancel();

    /// The first failure, in a plain sentence with the system's words as detail; empty message
    /// while nothing failed.
    const Error &failure() const { return m_failure; }
    QString targetPath() const { return m_path; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void fail(int osError, const QString &what);
    void removeTemporary();

    QString m_path;
    QString m_temporaryPath;
    int m_fd = -1;
    qint64 m_size = 0;
    Error m_failure;
};

/// Writes a whole file with `write`, atomically (see AtomicFile). `write` returns false when it
/// could not produce the content; its `reason` (if set) then becomes the error message.
Result<void> writeFileAtomically(const QString &path, const std::function<bool(QIODevice &device, QString &reason)> &write);

} // namespace engdrift
