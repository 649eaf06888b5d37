#include "render/png_writer.h"

#include "util/atomic_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>

#include <png.h>

#include <csetjmp>

namespace engdrift {
namespace {

struct PngText
{
    Q_DECLARE_TR_FUNCTIONS(Png)
};

struct Sink
{
    AtomicFile *file;
    bool failed = false;
};

void writeData(png_structp png, png_bytep data, png_size_t length)
{
    auto *sink = static_cast<Sink *>(png_get_io_ptr(png));
    if (sink->file->write(reinterpret_cast<const char *>(data), static_cast<qint64>(length)) != static_cast<qint64>(length))
        sink->failed = true;
}

void flushData(png_structp) {}

} // namespace

bool hasTransparentPixels(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(row[x]) != 255)
                return true;
        }
    }
    return false;
}

Result<void> writePng(const QImage &image, const QString &path)
{
    if (image.isNull())
        return makeError(PngText::tr("%1: there is no picture to write.").arg(path));
    const bool alpha = hasTransparentPixels(image); // a map on its background is written as RGB
    const QImage rows = image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    AtomicFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.failure();
    Sink sink{&file};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, &info);
        return makeError(PngText::tr("%1: not enough memory to write a PNG.").arg(path));
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        const Error failure = file.failure().message.isEmpty() ? makeError(PngText::tr("%1 cannot be written.").arg(path))
                                                               : file.failure();
        file.cancel();
        return failure;
    }
    png_set_write_fn(png, &sink, writeData, flushData);
    png_set_IHDR(png, info, static_cast<png_uint_32>(rows.width()), static_cast<png_uint_32>(rows.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, 0, PNG_FILTER_NONE);
    png_set_compression_level(png, 1);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, static_cast<png_uint_32>(image.dotsPerMeterX()),
                     static_cast<png_uint_32>(image.dotsPerMeterY()), PNG_RESOLUTION_METER);
    png_write_info(png, info);
    for (int y = 0; y < rows.height() && !sink.failed; ++y)
        png_write_row(png, const_cast<png_bytep>(rows.constScanLine(y)));
    if (!sink.failed)
        png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    if (sink.failed) {
        const Error failure = file.failure();
        file.cancel();
        return failure;
    }
    return file.commit();
}

Result<void> writeMapImage(const QImage &image, const QString &path)
{
    const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    if (format == "png")
        return writePng(image, path);
    if (image.isNull())
        return makeError(PngText::tr("%1: there is no picture to write.").arg(path));
    if (format.isEmpty() || !QImageWriter::supportedImageFormats().contains(format))
        return makeError(PngText::tr("%1: pictures of type \"%2\" cannot be written; use .png or .jpg.")
                             .arg(path, QString::fromLatin1(format)));
    const bool opaque = format == "jpg" || format == "jpeg";
    return writeFileAtomically(path, [&](QIODevice &device, QString &reason) {
        QImageWriter writer(&device, format);
        if (writer.write(opaque ? image.convertToFormat(QImage::Format_RGB888) : image))
            return true;
        reason = PngText::tr("%1 cannot be written: %2").arg(path, writer.errorString());
        return false;
    });
}

} // namespace engdrift
