#pragma once
// Shared by the libFuzzer targets in fuzz/: the process's Qt application (offscreen), GDAL,
// a scratch folder in memory (/dev/shm when there is one) and a tiny fixture project.
//
// Fuzz targets are test code: never linked into the program.

#include "store/project_store.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace engdrift::fuzz {

/// Sets up Qt (QGuiApplication on the offscreen platform, English texts), GDAL (drivers
/// registered, quiet) once per process. Call from LLVMFuzzerInitialize.
void initialise(int *argc, char ***argv);

/// The input as bytes (copied: Qt and GDAL may keep pointers).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// A folder of this process in memory, emptied at exit; each call of `fresh()` a new empty
/// subfolder for one input (the previous one is removed).
QString scratchDir();
QString freshDir();

/// Writes `content` to `path`; false when it cannot.
bool writeFile(const QString &path, const QByteArray &content);

/// A small project (EPSG:25832, the built-in catalogue) with organisation 1, department 1/001
/// "Fuzz" and a handful of areas of several care types, made once per process. Read only by the
/// targets (they never write to it).
const QString &fixtureProjectPath();
ProjectStore &fixtureProject();

/// A copy of the fixture project in `dir` (from freshDir()), opened for writing.
std::unique_ptr<ProjectStore> fixtureCopy(const QString &dir);

} // namespace engdrift::fuzz
