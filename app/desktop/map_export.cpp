#include "map_export.h"

#include "render/png_writer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace engdrift::gui {
namespace {

struct MapExportText
{
    Q_DECLARE_TR_FUNCTIONS(MapExport)
};

constexpr int kDrawingDpi = 96;

QString cannotWrite(const QString &path, const QString &why)
{
    return MapExportText::tr("%1 cannot be written: %2").arg(path, why);
}

/// Draws the map onto a drawing's painter, scaled to the device.
Result<void> drawOnto(QPainter &painter, const ProjectStore &store, const RenderOptions &options, const QString &path,
                      const std::atomic_bool *cancel)
{
    const QSize size = options.view.size();
    const QPaintDevice *device = painter.device();
    painter.scale(static_cast<double>(device->width()) / size.width(), static_cast<double>(device->height()) / size.height());
    auto stats = MapRenderer(store, MapStyle(store.catalogue())).render(painter, options, cancel);
    if (!stats.ok())
        return stats.error();
    if (stats->cancelled)
        return makeError(MapExportText::tr("The export of %1 was cancelled; nothing was written.").arg(path));
    return {};
}

} // namespace

Result<MapFileTarget> mapFileTarget(const QString &path, const QString &defaultSuffix)
{
    MapFileTarget target;
    target.path = path.trimmed();
    if (target.path.isEmpty())
        return makeError(MapExportText::tr("Give the map a file name."));
    QString suffix = QFileInfo(target.path).suffix().toLower();
    if (suffix.isEmpty()) {
        suffix = defaultSuffix.toLower();
        if (!target.path.endsWith(QLatin1Char('.')))
            target.path += QLatin1Char('.');
        target.path += suffix;
    }
    if (suffix == QLatin1String("png"))
        target.format = MapFileFormat::Png;
    else if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        target.format = MapFileFormat::Jpeg;
    else if (suffix == QLatin1String("pdf"))
        target.format = MapFileFormat::Pdf;
    else if (suffix == QLatin1String("svg"))
        target.format = MapFileFormat::Svg;
    else
        return makeError(MapExportText::tr("%1: Engdrift cannot write maps as .%2 files. End the name in .png or .jpg "
                                           "for a picture, or .pdf or .svg for a drawing.")
                             .arg(QFileInfo(target.path).fileName(), suffix));
    return target;
}

Result<void> writeMapFile(const ProjectStore &store, const RenderOptions &options, const MapFileTarget &target,
                          const std::atomic_bool *cancel)
{
    const QString &path = target.path;
    if (options.view.size().isEmpty())
        return makeError(MapExportText::tr("%1: the map has no size to draw.").arg(path));
    if (!isVectorFormat(target.format)) {
        RenderStats stats;
        auto image = MapRenderer(store, MapStyle(store.catalogue())).renderImage(options, cancel, &stats);
        if (!image.ok())
            return image.error();
        if (stats.cancelled)
            return makeError(MapExportText::tr("The export of %1 was cancelled; nothing was written.").arg(path));
        if (target.format == MapFileFormat::Png)
            return writePng(*image, path);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(cannotWrite(path, file.errorString()));
        if (!image->convertToFormat(QImage::Format_RGB32).save(&file, "JPEG", 92))
            return makeError(cannotWrite(path, file.error() != QFileDevice::NoError ? file.errorString()
                                                                                   : MapExportText::tr("the picture could not be encoded")));
        if (!file.commit())
            return makeError(cannotWrite(path, file.errorString()));
        return {};
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(cannotWrite(path, file.errorString()));
    const QSize size = options.view.size();
    const QString title = QFileInfo(path).completeBaseName();
    {
        QPainter painter;
        std::unique_ptr<QPdfWriter> pdf;
        std::unique_ptr<QSvgGenerator> svg;
        if (target.format == MapFileFormat::Pdf) {
            pdf = std::make_unique<QPdfWriter>(&file);
            pdf->setResolution(kDrawingDpi);
            pdf->setPageSize(QPageSize(QSizeF(size) * 72.0 / kDrawingDpi, QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf->setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf->setTitle(title);
            pdf->setCreator(QStringLiteral("Engdrift"));
            if (!painter.begin(pdf.get()))
                return makeError(cannotWrite(path, MapExportText::tr("the PDF could not be started")));
        } else {
            svg = std::make_unique<QSvgGenerator>();
            svg->setOutputDevice(&file);
            svg->setSize(size);
            svg->setViewBox(QRect(QPoint(0, 0), size));
            svg->setResolution(kDrawingDpi);
            svg->setTitle(title);
            if (!painter.begin(svg.get()))
                return makeError(cannotWrite(path, MapExportText::tr("the SVG could not be started")));
        }
        auto drawn = drawOnto(painter, store, options, path, cancel);
        painter.end(); // finishes the document
        if (!drawn.ok())
            return drawn; // the temporary file is dropped
    }
    if (file.error() != QFileDevice::NoError)
        return makeError(cannotWrite(path, file.errorString()));
    if (!file.commit())
        return makeError(cannotWrite(path, file.errorString()));
    return {};
}

} // namespace engdrift::gui
