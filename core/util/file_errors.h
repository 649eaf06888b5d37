#pragma once
// File errors in plain words: what kind of trouble a file operation ran into (a full disk, a
// read-only file or folder, a file another program holds, a file that is not a GeoPackage, no
// permission, a damaged file) and the one sentence a person reads about it.
//
// The kind is read from the libraries' own words (GDAL's and SQLite's messages, in English) and
// from the system's error number when there is one; the libraries' words go into the Error's
// detail, never into its message.

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace engdrift {

enum class FileProblem {
    Unknown,          ///< none of the below: the caller says what failed, the detail says why
    NoSpace,          ///< the disk (or the quota, or the file size limit) is full: ENOSPC, EFBIG, EDQUOT
    ReadOnly,         ///< the file, its folder or the file system is read-only
    Busy,             ///< another program holds the file (locked, busy)
    NotGeoPackage,    ///< the file is not an SQLite database / GeoPackage
    PermissionDenied, ///< the user may not read or write it
    Damaged,          ///< the database is malformed
    Missing,          ///< the file or its folder does not exist
};

/// What the operation was doing when it failed; it picks the sentence.
enum class FileAction {
    Create, ///< creating a new project
    Open,   ///< opening a file
    Read,   ///< reading from an open file
    Save,   ///< writing changes to a project
    Write,  ///< writing a whole file (a picture, a chart)
};

/// The problem behind `technical` (what GDAL, SQLite or Qt said) and `osError` (an errno value,
/// 0 when unknown).
FileProblem classifyFileProblem(const QString &technical, int osError = 0);

/// The sentence for a problem with `path`; empty for FileProblem::Unknown.
QString describeFileProblem(FileProblem problem, FileAction action, const QString &path);

/// The error of a failed operation on `path`: the sentence of its problem when the problem is
/// known, `fallback` otherwise; `technical` is the detail.
Error fileError(const QString &path, FileAction action, const QString &fallback, const QString &technical,
                int osError = 0);

/// True when files in `folder` have hardly any room left to grow: less than 1 MiB free on its disk,
/// or the largest of `files` within 1 MiB of the file size limit (ulimit -f). Tells a full disk
/// when a library's words do not (SQLite says "disk I/O error" for EFBIG).
bool lacksRoom(const QString &folder, const QStringList &files);

/// The system's words for an errno value ("No space left on device").
QString systemErrorText(int osError);

} // namespace engdrift
