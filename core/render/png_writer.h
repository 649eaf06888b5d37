#pragma once
// writePng: a map picture as a PNG file, fast.
//
// Qt's PNG writer tries every PNG filter on every row (most of the time of writing a 1920x1080
// map). Maps are large flat colours, which compress best and fastest unfiltered at zlib level 1:
// about a quarter of the time and a smaller file. Written through AtomicFile (util/atomic_file.h):
// a failed write (a full disk) leaves no file, or an existing file as it was, and says so in a
// plain sentence.

#include "util/result.h"

#include <QImage>
#include <QString>

namespace engdrift {

/// RGB when every pixel is opaque (a map drawn on its background), else RGBA.
Result<void> writePng(const QImage &image, const QString &path);

/// True when a pixel of the picture is not fully opaque.
bool hasTransparentPixels(const QImage &image);

/// A map picture in the format of the file's extension: PNG through writePng, JPEG and the other
/// formats Qt writes through QImageWriter (without an alpha channel for JPEG), atomically too.
Result<void> writeMapImage(const QImage &image, const QString &path);

} // namespace engdrift
