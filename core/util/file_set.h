#pragma once
// FileSet: files that appear together and whole, or not at all: a Shapefile's .shp, .shx, .dbf,
// .prj, .cpg and .qml; an export's layers in files side by side.
//
// The files are written into a hidden temporary folder inside the target's folder (so that every
// rename stays on one file system; a library such as GDAL writes there by path). commit() moves
// them into the target's folder: it first refuses, naming it, a file of the same name that exists
// there (unless replacing is allowed), then renames each into place. When a rename fails, the
// files already moved are taken back and the files they replaced are restored, so the folder is
// as it was. Destroying a FileSet without commit() removes the temporary folder with all in it.
// Failures are one sentence naming the target file (util/file_errors.h).
//
// One thread at a time. AtomicFile (util/atomic_file.h) is the same for one file written through
// a QIODevice.

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace engdrift {

class FileSet
{
public:
    /// `target`: the main file; its folder receives the files, and messages name it.
    explicit FileSet(QString target);
    ~FileSet();
    FileSet(const FileSet &) = delete;
    FileSet &operator=(const FileSet &) = delete;

    /// Makes the temporary folder beside the target (fails when the folder does not exist or
    /// cannot be written, or when the target is a folder).
    Result<void> open();
    /// Where a file that will be called `fileName` in the target's folder is written meanwhile.
    QString stagingPath(const QString &fileName) const;
    /// The names of the files written into the temporary folder so far, sorted.
    QStringList stagedFiles() const;

    /// True when the files being written have hardly any room left to grow (util/file_errors.h):
    /// what a library's "I/O error" means on a full disk.
    bool lacksRoom() const;

    /// Moves every file of the temporary folder into place and returns their paths (the target
    /// first). Unless `replace`, a file of the same name that exists is refused and nothing moves.
    /// With `replace`, `staleFiles` (names in the target's folder that belong to the old files,
    /// such as a Shapefile's spatial index) are removed too, once the new files are in place.
    Result<QStringList> commit(bool replace, const QStringList &staleFiles = {});
    /// Throws away what was written.
    void cancel();

    QString targetPath() const { return m_target; }
    QString targetFolder() const;

private:
    QString m_target;
    QString m_staging;
};

/// The first of `paths` that exists (as a file, folder or link), or an empty string.
QString firstExisting(const QStringList &paths);

} // namespace engdrift
