#include "layout/layout_export.h"

#include "render/png_writer.h"
#include "style/symbology.h"
#include "util/atomic_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>

#include <cmath>

namespace engdrift {
namespace {

struct ExportTr
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};

/// Units of the PDF's coordinates: the screen's resolution, at which text drawn by the chart code
/// (sized for a screen) and by QPictures keeps its size; the PDF stays vector at any resolution.
int pdfResolution()
{
    return QPicture().logicalDpiY();
}

Error cancelled(const QString &path)
{
    return makeError(ExportTr::tr("The export of %1 was cancelled; nothing was written.").arg(path));
}

} // namespace

Result<LayoutFormat> layoutFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return LayoutFormat::Pdf;
    if (suffix == QLatin1String("png"))
        return LayoutFormat::Png;
    if (suffix == QLatin1String("svg"))
        return LayoutFormat::Svg;
    return makeError(ExportTr::tr("%1: a page can be written as .pdf, .png or .svg, not as \"%2\".")
                         .arg(QFileInfo(path).fileName(), suffix.isEmpty() ? ExportTr::tr("(no extension)") : QLatin1Char('.') + suffix));
}

Result<void> exportLayout(const ProjectStore &store, const LayoutTemplate &layout, const QList<LayoutPage> &pages,
                          const QString &path, const LayoutExportOptions &options)
{
    auto format = layoutFormatOf(path);
    if (!format.ok())
        return format.error();
    if (pages.isEmpty())
        return makeError(ExportTr::tr("%1: there are no pages to write.").arg(path));
    if (*format != LayoutFormat::Pdf && pages.size() > 1)
        return makeError(ExportTr::tr("%1: a picture holds one page; write the %2 pages as a PDF.").arg(path).arg(pages.size()));
    if (options.dpi < 30 || options.dpi > 1200)
        return makeError(ExportTr::tr("%1: the resolution must be 30 to 1200 dots per inch, not %2.").arg(path).arg(options.dpi));
    const LayoutEngine engine(store, options.charts);
    const QString title = options.title.isEmpty() ? layout.title().text(pages.first().request.language) : options.title;
    auto stopped = [&options](int done) {
        if (options.cancel && options.cancel->load())
            return true;
        return options.progress && !options.progress(done, 0);
    };

    if (*format == LayoutFormat::Png) {
        const QSizeF mm = layout.pageSizeMm();
        const QSize pixels(static_cast<int>(std::lround(mm.width() / 25.4 * options.dpi)),
                           static_cast<int>(std::lround(mm.height() / 25.4 * options.dpi)));
        QImage image(pixels, QImage::Format_RGB32);
        if (image.isNull())
            return makeError(ExportTr::tr("There is not enough memory for a %1 x %2 picture (%3 dpi); choose a lower "
                                          "resolution.")
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(options.dpi));
        const int dotsPerMetre = static_cast<int>(std::lround(options.dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        image.fill(Symbology::active().decorations().paper);
        QPainter painter(&image);
        auto drawn = engine.drawPage(painter, layout, pages.first(), options.cancel);
        painter.end();
        if (!drawn.ok())
            return drawn;
        if (stopped(1))
            return cancelled(path);
        return writePng(image, path);
    }

    AtomicFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.failure();
    if (*format == LayoutFormat::Svg) {
        const QSizeF units = layout.pageSizeMm() * kLayoutUnitsPerMm;
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(units.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), units));
        svg.setResolution(96);
        svg.setTitle(title);
        QPainter painter;
        if (!painter.begin(&svg))
            return makeError(ExportTr::tr("%1 cannot be written: the SVG could not be started.").arg(path));
        auto drawn = engine.drawPage(painter, layout, pages.first(), options.cancel);
        painter.end();
        if (!drawn.ok())
            return drawn;
        if (stopped(1))
            return cancelled(path);
        return file.commit();
    }

    QPdfWriter pdf(&file);
    pdf.setResolution(pdfResolution());
    pdf.setPageLayout(layout.pageLayout());
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Engdrift %1").arg(QCoreApplication::applicationVersion()));
    QPainter painter;
    if (!painter.begin(&pdf))
        return makeError(ExportTr::tr("%1 cannot be written: the PDF could not be started.").arg(path));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !pdf.newPage()) {
            painter.end();
            return makeError(ExportTr::tr("%1 cannot be written: page %2 could not be started.").arg(path).arg(i + 1));
        }
        auto drawn = engine.drawPage(painter, layout, pages[i], options.cancel);
        if (!drawn.ok()) {
            painter.end();
            return drawn;
        }
        if (options.cancel && options.cancel->load()) {
            painter.end();
            return cancelled(path);
        }
        if (options.progress && !options.progress(static_cast<int>(i + 1), static_cast<int>(pages.size()))) {
            painter.end();
            return cancelled(path);
        }
    }
    painter.end();
    return file.commit();
}

} // namespace engdrift
