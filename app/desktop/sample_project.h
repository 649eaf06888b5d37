#pragma once
// The sample project that comes with Engdrift (three estates near Hedehusene, 2019-2026): where
// it is, and a fresh copy of it to work in, so the shipped file is never changed.

#include "util/result.h"

#include <QString>

namespace engdrift::gui {

/// The sample project beside the program: ../share/engdrift/sample/ for an installed program,
/// the build folder's data/sample/ for one run from the build. Empty when there is none.
QString installedSampleProject();

/// The folder for copies of the sample: the user's documents (the application's data folder
/// when there are none).
QString sampleCopyFolder();

/// Copies `sample` into `folder` as Engdrift-eksempel.engdrift.gpkg (Engdrift-eksempel (2)…
/// when that name is taken: an earlier copy may hold work) and returns the copy's path.
Result<QString> copySampleProject(const QString &sample, const QString &folder);

} // namespace engdrift::gui
