// engdrift-cli render: the map of a project (at a date, or as a proposal plans it) as a picture:
// PNG or JPEG, with a world file if asked, or a GeoTIFF. --extent is drawn exactly.

#include "cli_commands.h"

#include "cli_common.h"
#include "render/georeference.h"
#include "render/map_renderer.h"
#include "render/render_worker.h"
#include "render/png_writer.h"
#include "store/project_store.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>

namespace engdrift::cli {
namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runRender(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli render PROJECT --out FILE.png|.jpg|.tif [--world-file] [--size WxH] "
                               "[--extent XMIN,YMIN,XMAX,YMAX | --org N --dept NNN] [--at YYYY-MM-DD] [--proposal ID] "
                               "[--no-labels] [--background RASTER [--opacity X]]"),
                1);
    cmd.option(QStringLiteral("out"),
               CliText::tr("The picture to write: PNG or JPEG, or a GeoTIFF (.tif) with the project's CRS and the "
                           "map's position."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("world-file"),
               CliText::tr("Also write a world file beside the picture (.pgw beside a PNG, .jgw beside a JPEG) that "
                           "places it on the map in the project CRS."));
    cmd.option(QStringLiteral("size"), CliText::tr("Picture size in pixels (default 1920x1080)."), QStringLiteral("WxH"));
    cmd.option(QStringLiteral("extent"),
               CliText::tr("The map rectangle to show, in the project CRS, exactly to its edges. When its shape "
                           "differs from the picture's, the picture keeps its size, the rectangle is shown whole "
                           "in the middle at the scale of the tighter side, and the map goes on beside it (as "
                           "QGIS does). Without --extent the map shows the department or everything with a "
                           "margin."),
               QStringLiteral("XMIN,YMIN,XMAX,YMAX"));
    cmd.option(QStringLiteral("org"), CliText::tr("Show the department with this organisation number (use with --dept)."),
               QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliText::tr("Department number (use with --org)."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("at"), CliText::tr("Draw the map as it was or will be on this date (default today)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("proposal"),
               CliText::tr("Draw the map as this proposal plans it (its id, see engdrift-cli proposals)."),
               QStringLiteral("ID"));
    cmd.option(QStringLiteral("no-labels"), CliText::tr("Draw no labels."));
    cmd.option(QStringLiteral("background"),
               CliText::tr("A raster under the map: a GeoTIFF orthophoto or any GDAL raster source (WMS when online)."),
               QStringLiteral("RASTER"));
    cmd.option(QStringLiteral("opacity"), CliText::tr("How opaque the fills are over the background, 0-1 (default 0.6)."),
               QStringLiteral("X"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto at = cmd.date(QStringLiteral("at"), code);
    const auto dept = code < 0 ? cmd.department(code) : std::nullopt;
    if (code >= 0)
        return code;
    std::optional<qint64> proposalId;
    if (cmd.isSet(QStringLiteral("proposal"))) {
        bool ok = false;
        proposalId = cmd.value(QStringLiteral("proposal")).toLongLong(&ok);
        if (!ok || *proposalId <= 0)
            return usageFail(CliText::tr("--proposal must be a proposal id (a whole number)"), cmd.synopsis());
    }
    double opacity = 0.6;
    if (cmd.isSet(QStringLiteral("opacity"))) {
        bool ok = false;
        opacity = cmd.value(QStringLiteral("opacity")).toDouble(&ok);
        if (!ok || opacity < 0 || opacity > 1)
            return usageFail(CliText::tr("--opacity must be a number from 0 to 1"), cmd.synopsis());
    }
    const QString outPath = cmd.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usageFail(CliText::tr("--out FILE.png is required"), cmd.synopsis());
    const QByteArray format = QFileInfo(outPath).suffix().toLower().toLatin1();
    const bool geoTiff = isGeoTiffPath(outPath);
    if (!geoTiff && (!QImageWriter::supportedImageFormats().contains(format) || format.isEmpty()))
        return usageFail(CliText::tr("--out: cannot write pictures of type \"%1\"; use .png, .jpg or .tif")
                             .arg(QString::fromLatin1(format)),
                         cmd.synopsis());
    QSize size(1920, 1080);
    if (cmd.isSet(QStringLiteral("size"))) {
        const QStringList parts = cmd.value(QStringLiteral("size")).toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 16 || h < 16 || w > 20000 || h > 20000)
            return usageFail(CliText::tr("--size must be WIDTHxHEIGHT, 16-20000 pixels each"), cmd.synopsis());
        size = QSize(w, h);
    }
    std::optional<QRectF> extent;
    const bool exactExtent = cmd.isSet(QStringLiteral("extent"));
    if (exactExtent) {
        if (dept)
            return usageFail(CliText::tr("give --extent or --org/--dept, not both"), cmd.synopsis());
        const QStringList parts = cmd.value(QStringLiteral("extent")).split(QLatin1Char(','));
        QList<double> v;
        for (const QString &p : parts) {
            bool ok = false;
            v << p.trimmed().toDouble(&ok);
            if (!ok)
                v.clear();
        }
        if (v.size() != 4 || v[2] <= v[0] || v[3] <= v[1])
            return usageFail(CliText::tr("--extent must be XMIN,YMIN,XMAX,YMAX with XMIN < XMAX and YMIN < YMAX"),
                             cmd.synopsis());
        extent = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    }

    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    if (!extent && dept) {
        auto department = (*store)->department(*dept);
        if (!department.ok())
            return fail(department.error());
        if (!department->has_value())
            return fail(CliText::tr("%1: there is no department %2.").arg((*store)->path(), dept->toString()));
        extent = (**department).extent;
    } else if (!extent) {
        auto departments = (*store)->departments();
        if (!departments.ok())
            return fail(departments.error());
        QRectF all;
        for (const Department &d : *departments)
            all |= d.extent;
        extent = all;
    }
    if (extent->isNull())
        return fail(CliText::tr("%1: there are no areas to draw.").arg((*store)->path()));
    if (proposalId) {
        auto proposal = (*store)->proposal(*proposalId);
        if (!proposal.ok())
            return fail(proposal.error());
        if (!proposal->has_value())
            return fail(CliText::tr("%1: there is no proposal %2.").arg((*store)->path()).arg(*proposalId));
    }
    RenderOptions options;
    // --extent is drawn exactly (widened to the picture's shape only); a department or the whole
    // project gets a margin.
    options.view = MapView::fitting(*extent, size, exactExtent ? 0 : 24);
    options.at = *at;
    options.labels = !cmd.isSet(QStringLiteral("no-labels"));
    options.proposalId = proposalId;
    options.language = currentLanguage();
    options.background = cmd.value(QStringLiteral("background"));
    if (!options.background.isEmpty())
        options.fillOpacity = opacity;
    // The render job the desktop canvas, print layouts and the atlas use, on this thread.
    RenderJob job;
    job.projectPath = cmd.positional(0);
    job.options = options;
    MapRenderer::prepareFonts(); // font loading is start-up work, not drawing
    QElapsedTimer timer;
    timer.start();
    RenderStats stats;
    auto image = job.run(**store, &stats);
    if (!image.ok())
        return fail(image.error());
    if (!stats.backgroundError.isEmpty())
        return fail(stats.backgroundError); // asked for a background that cannot be drawn: say so, write nothing
    const qint64 drawMs = timer.elapsed();
    auto written = geoTiff ? writeGeoTiff(*image, options.view, (*store)->crs(), outPath) : writeMapImage(*image, outPath);
    if (!written.ok())
        return fail(written.error()); // nothing is left under the name, and no "Wrote"
    if (cmd.isSet(QStringLiteral("world-file"))) {
        if (auto world = writeWorldFile(options.view, outPath); !world.ok()) {
            QFile::remove(outPath); // a picture without its world file is not what was asked for
            return fail(world.error());
        }
    }
    out() << CliText::tr("Wrote %1 (%2 x %3 pixels, %n area(s), drawn in %4 ms)", "", stats.areasDrawn)
                 .arg(outPath)
                 .arg(size.width())
                 .arg(size.height())
                 .arg(drawMs)
          << Qt::endl;
    return Success;
}

} // namespace engdrift::cli
