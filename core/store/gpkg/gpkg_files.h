#pragma once
// The files of a GeoPackage project being made: a hidden temporary name beside the project, the
// removal of a database with its journal files, and a rename that never replaces a project.
// Used by GpkgStore::create and by the copy of a project into a file (store/project_copy.cpp).

#include <QString>

namespace engdrift::gpkg_files {

/// A free name beside `path` for the file of a project being made: hidden, and a GeoPackage name
/// (empty when none is free).
QString temporaryProjectPath(const QString &path);
/// Removes the database file and its -journal, -wal and -shm files.
void removeDatabaseFiles(const QString &path);
/// Renames `from` to `to` unless `to` exists (then errno is EEXIST): no project is ever replaced.
bool renameWithoutReplacing(const QString &from, const QString &to);

} // namespace engdrift::gpkg_files
