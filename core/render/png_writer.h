#pragma once
// writePng: a map picture as a PNG file, fast.
//
// Qt's PNG writer tries every PNG filter on every row (most of the time of writing a 1920x1080
// map). Maps are large flat colours, which compress best and fastest unfiltered at zlib level 1:
// about a quarter of the time and a smaller file. Written through QSaveFile, so a failed write
// (a full disk) leaves any existing file as it was.

#include "util/result.h"

#include <QImage>
#include <QString>

namespace engdrift {

Result<void> writePng(const QImage &image, const QString &path);

} // namespace engdrift
