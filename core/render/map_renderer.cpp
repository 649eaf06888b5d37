#include "render/map_renderer.h"

#include "map/map_snapshot.h"

#include "render/area_layer.h"
#include "render/area_painter.h"
#include "store/area_stream.h"
#include "render/background_raster.h"
#include "render/geometry_paths.h"
#include "render/nature_painter.h"
#include "render/zone_painter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>

#include <cmath>

namespace engdrift {
namespace {

struct RendererText
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)
};

/// A department gets its name above it when it is at least this wide on screen.
constexpr double kDepartmentLabelPixels = 60.0;

QFont labelFont(double pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(static_cast<int>(std::round(pixelSize)));
    font.setBold(bold);
    return font;
}

/// Text with a light halo, so it reads on any fill: each line is laid out once (QStaticText) and
/// drawn around itself in the halo colour, then on top in the text colour.
void drawHaloText(QPainter &painter, const QRectF &rect, const QString &text, const QColor &colour,
                  const QColor &halo, int flags = Qt::AlignCenter)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<QStaticText> laidOut;
    double height = 0;
    for (const QString &line : lines) {
        QStaticText st(line);
        st.setTextFormat(Qt::PlainText);
        st.prepare(QTransform(), painter.font());
        height += st.size().height();
        laidOut << st;
    }
    static const QPointF offsets[] = {{-1, -1}, {1, -1}, {-1, 1}, {1, 1}};
    painter.save();
    double y = rect.center().y() - height / 2;
    for (const QStaticText &st : std::as_const(laidOut)) {
        const double x = (flags & Qt::AlignLeft) ? rect.left() : rect.center().x() - st.size().width() / 2;
        painter.setPen(halo);
        for (const QPointF &d : offsets)
            painter.drawStaticText(QPointF(x, y) + d, st);
        painter.setPen(colour);
        painter.drawStaticText(QPointF(x, y), st);
        y += st.size().height();
    }
    painter.restore();
}

/// Places labels without overlaps: the first come first served.
class LabelPlacer
{
public:
    /// Labels must lie inside `frame`; the decorations' corners are kept free when `decorations`.
    LabelPlacer(const QRectF &frame, bool decorations, const QList<QRectF> &keepFree)
        : m_frame(frame.adjusted(2, 2, -2, -2)), m_taken(keepFree)
    {
        if (decorations)
            m_taken << decorationBoxes(frame);
    }
    /// Where the scale bar and the north arrow go.
    static QList<QRectF> decorationBoxes(const QRectF &frame)
    {
        return {QRectF(frame.left(), frame.bottom() - 44, 190, 44), // scale bar
                QRectF(frame.right() - 52, frame.top(), 52, 64)};   // north arrow
    }
    bool take(const QRectF &rect)
    {
        if (!m_frame.contains(rect))
            return false;
        const QRectF padded = rect.adjusted(-2, -2, 2, 2);
        for (const QRectF &r : m_taken) {
            if (r.intersects(padded))
                return false;
        }
        m_taken << padded;
        return true;
    }

private:
    QRectF m_frame;
    QList<QRectF> m_taken;
};

QString formatM2(double m2, const QString &language)
{
    const QLocale locale(language == QLatin1String("da") ? QLocale::Danish : QLocale::English);
    return locale.toString(m2, 'f', 0) + QStringLiteral(" m²");
}

QString departmentLabel(const Department &dept)
{
    return dept.name.isEmpty() ? dept.key.toString() : dept.key.deptText() + QLatin1Char(' ') + dept.name;
}

/// A length for the scale bar: 1, 2 or 5 times a power of ten, 80-200 pixels long.
double niceLength(double unitsPerPixel)
{
    const double target = 120.0 * unitsPerPixel;
    const double power = std::pow(10.0, std::floor(std::log10(target)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= target * 0.66)
            return m * power;
    }
    return 10.0 * power;
}

} // namespace

MapRenderer::MapRenderer(const ProjectStore &store, MapStyle style) : m_store(store), m_style(std::move(style)) {}

Result<RenderStats> MapRenderer::render(QPainter &painter, const RenderOptions &options,
                                        const std::atomic_bool *cancel) const
{
    if (!options.view.isValid())
        return makeError(RendererText::tr("The map view is empty."));
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(options.view.size())));
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(options.view.size())), m_style.background());
    QString backgroundError;
    if (!options.background.isEmpty()) {
        auto raster = BackgroundRaster::open(options.background, m_store.crs());
        auto image = raster.ok() ? (*raster)->read(options.view) : Result<QImage>(raster.error());
        if (image.ok())
            painter.drawImage(QPointF(0, 0), *image);
        else
            backgroundError = image.errorMessage();
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    auto stats = renderMap(painter, options, cancel);
    if (stats.ok())
        stats->backgroundError = backgroundError;
    if (stats.ok() && !stats->cancelled && options.decorations)
        drawDecorations(painter, options.view, QRectF(QPointF(0, 0), QSizeF(options.view.size())), m_style.decorations());
    painter.restore();
    return stats;
}

Result<QImage> MapRenderer::renderImage(const RenderOptions &options, const std::atomic_bool *cancel,
                                        RenderStats *stats, qreal devicePixelRatio) const
{
    const QSize pixels = options.view.size() * devicePixelRatio;
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return makeError(RendererText::tr("There is not enough memory for a %1 x %2 image.")
                             .arg(pixels.width())
                             .arg(pixels.height()));
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    auto result = render(painter, options, cancel);
    painter.end();
    if (!result.ok())
        return result.error();
    if (stats)
        *stats = *result;
    return image;
}

Result<RenderStats> MapRenderer::renderMap(QPainter &painter, const RenderOptions &options,
                                           const std::atomic_bool *cancel) const
{
    RenderStats stats;
    const MapView &view = options.view;
    const QTransform toPixel = view.mapToPixel();
    const double upp = view.mapUnitsPerPixel();
    const QRectF visibleMap = view.extent();
    const Catalogue &catalogue = m_store.catalogue();

    AreaPaintSettings settings;
    settings.toPixel = PixelMapping::of(toPixel);
    settings.outlineWidth = upp < 0.5 ? 1.0 : 0.6;
    settings.fillOpacity = std::clamp(options.fillOpacity, 0.0, 1.0);
    settings.dotPixels = options.dotPixels;
    settings.collectLabels = options.labels && upp < 0.35;
    settings.selectedIds = &options.selectedAreaIds;

    // What the unsaved edits and the proposal put over the stored areas: the map's one rule
    // (map/map_snapshot.h); the stored areas are read through the store's fast stream.
    const MapSnapshot snapshot(m_store, MapContent{options.overlay, options.proposalId}, options.at);
    auto over = snapshot.overlay(MapFilter{visibleMap, std::nullopt});
    if (!over.ok())
        return over.error();
    const auto stream = m_store.areaStream();
    AreaStreamQuery query;
    query.at = options.at;
    const QSet<qint64> &skip = over->hiddenIds;
    AreaPaintSettings storedSettings = settings;
    // The stored current areas form a coverage (where two of one hatched care type overlap by a
    // data error, the overlap is left unhatched on a page).
    storedSettings.batchHatches = true;
    auto layer = drawAreaLayer(painter, *stream, query, view, m_style, storedSettings, skip, cancel);
    if (!layer.ok())
        return layer.error();
    stats.areasDrawn = layer->areasDrawn;
    stats.areasAsDots = layer->dotsDrawn;
    if (layer->cancelled) {
        stats.cancelled = true;
        return stats;
    }
    QList<std::pair<qint64, QPainterPath>> selected = layer->selected;
    QList<AreaLabelCandidate> labelCandidates = layer->labels;

    // Then the unsaved edits and the planned versions, on this thread, over them.
    {
        AreaPainter areas(painter, m_style, settings);
        auto drawShape = [&](const AreaShape &shape) {
            const QByteArray careType = shape.version.careType.toUtf8();
            StreamedArea a;
            a.areaId = shape.version.areaId;
            a.careType = careType;
            a.areaM2 = shape.version.areaM2;
            a.wkb = reinterpret_cast<const unsigned char *>(shape.wkb.constData());
            a.wkbSize = static_cast<std::size_t>(shape.wkb.size());
            return areas.draw(a);
        };
        for (const AreaShape &shape : std::as_const(over->edited))
            drawShape(shape);
        for (const AreaShape &shape : std::as_const(over->planned)) {
            // Planned changes get a dashed outline, so the proposal reads as a proposal.
            if (drawShape(shape) == AreaPainter::Drawn::Polygon)
                painter.strokePath(areas.path(), QPen(m_style.proposalOutline(), 1.6, Qt::DashLine));
        }
        areas.finish();
        stats.areasDrawn += areas.areasDrawn();
        stats.areasAsDots += areas.dotsDrawn();
        selected << areas.selected();
        labelCandidates << areas.labels();
    }
    if (auto paths = drawPaths(painter, options, stats); !paths.ok())
        return paths.error();

    // The nature value view over the areas.
    QList<QRectF> keepFree = options.keepFree;
    if (options.nature) {
        NaturePaintOptions natureOptions;
        natureOptions.toPixel = toPixel;
        natureOptions.frame = QRectF(QPointF(0, 0), QSizeF(view.size()));
        natureOptions.ranks = options.labels;
        natureOptions.symbology = &m_style.symbology();
        const NaturePaintResult drawn = drawNature(painter, *options.nature, natureOptions);
        stats.natureAreas = drawn.areasFilled;
        keepFree << drawn.rankBoxes;
    }
    // A department's mowing zones over its areas, their numbers before every other label.
    if (options.mowingZones) {
        ZonePaintOptions zoneOptions;
        zoneOptions.toPixel = toPixel;
        zoneOptions.frame = QRectF(QPointF(0, 0), QSizeF(view.size()));
        zoneOptions.numbers = options.labels;
        zoneOptions.highlighted = options.highlightedZones;
        zoneOptions.everyNumber = options.everyZoneNumber;
        zoneOptions.symbology = &m_style.symbology();
        zoneOptions.keepFree = keepFree;
        if (options.decorations)
            zoneOptions.keepFree << LabelPlacer::decorationBoxes(zoneOptions.frame);
        const ZonePaintResult zones = drawMowingZones(painter, *options.mowingZones, zoneOptions);
        stats.labelsDrawn += zones.numbersDrawn;
        keepFree << zones.numberBoxes;
    }

    for (const auto &[id, path] : std::as_const(selected)) {
        painter.fillPath(path, m_style.selectionFill());
        painter.strokePath(path, QPen(m_style.selectionOutline(), 2.5));
    }

    if (!options.labels)
        return stats;
    LabelPlacer placer(QRectF(QPointF(0, 0), QSizeF(view.size())), options.decorations, keepFree);
    // Department names first, above their estates.
    auto departments = m_store.departments(visibleMap);
    if (departments.ok()) {
        painter.setFont(labelFont(13, true));
        const QFontMetricsF fm(painter.font());
        for (const Department &dept : *departments) {
            if (dept.extent.isNull() || !dept.extent.intersects(visibleMap))
                continue;
            const QRectF r = toPixel.mapRect(dept.extent);
            if (r.width() < kDepartmentLabelPixels)
                continue;
            const QString text = departmentLabel(dept);
            const QSizeF size(fm.horizontalAdvance(text) + 6, fm.height() + 2);
            QRectF box(QPointF(r.center().x() - size.width() / 2, r.top() - size.height() - 2), size);
            if (box.top() < 2) // the top edge is off screen: inside the estate's top instead
                box.moveTop(std::max(2.0, r.top() + 4));
            if (placer.take(box)) {
                drawHaloText(painter, box, text, m_style.labelText(), m_style.labelHalo());
                ++stats.labelsDrawn;
            }
        }
    }
    // Then the largest areas' care type and size, inside the part that is on screen.
    struct AreaLabel
    {
        QPointF anchor;
        QString text;
        double areaM2;
        QColor colour;
    };
    QList<AreaLabel> areaLabels;
    if (options.mowingZones || options.nature)
        labelCandidates.clear(); // the zones' numbers say what the areas' labels would
    for (const AreaLabelCandidate &c : std::as_const(labelCandidates)) {
        auto g = Geometry::fromWkb(c.wkb);
        if (!g.ok())
            continue;
        std::optional<QPointF> p;
        if (visibleMap.contains(g->envelope())) {
            p = g->pointOnSurface();
        } else if (auto part = g->intersection(Geometry::rectangle(visibleMap)); part.ok()) {
            p = part->polygonalPart().pointOnSurface();
        }
        if (!p)
            continue;
        const CareType *ct = catalogue.find(c.careType);
        const QString name = ct ? ct->name.text(options.language) : c.careType;
        areaLabels << AreaLabel{toPixel.map(*p), name + QLatin1Char('\n') + formatM2(c.areaM2, options.language), c.areaM2,
                                m_style.careStyle(c.careType).label};
    }
    // Largest first; equal sizes by position, so the labels do not depend on the reading order.
    std::sort(areaLabels.begin(), areaLabels.end(), [](const AreaLabel &a, const AreaLabel &b) {
        if (a.areaM2 != b.areaM2)
            return a.areaM2 > b.areaM2;
        return std::pair(a.anchor.y(), a.anchor.x()) < std::pair(b.anchor.y(), b.anchor.x());
    });
    painter.setFont(labelFont(10));
    const QFontMetricsF fm(painter.font());
    for (const AreaLabel &label : areaLabels) {
        const QStringList lines = label.text.split(QLatin1Char('\n'));
        double w = 0;
        for (const QString &line : lines)
            w = std::max(w, fm.horizontalAdvance(line));
        const QSizeF size(w + 4, fm.height() * lines.size());
        const QRectF box(label.anchor - QPointF(size.width() / 2, size.height() / 2), size);
        if (placer.take(box)) {
            drawHaloText(painter, box, label.text, label.colour, m_style.labelHalo());
            ++stats.labelsDrawn;
        }
    }
    return stats;
}

Result<void> MapRenderer::drawPaths(QPainter &painter, const RenderOptions &options, RenderStats &stats) const
{
    const QTransform toPixel = options.view.mapToPixel();
    const double upp = options.view.mapUnitsPerPixel();
    const QRectF bounds = options.view.extent();
    // A path is at least 3 pixels wide on a detailed map; zoomed out (1 to 4 m a pixel) the least
    // width shrinks smoothly to a pixel, so the paths of a far-away estate do not cover it.
    const double least = std::clamp(3.0 - (upp - 1.0) * 2.0 / 3.0, 1.0, 3.0);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    auto draw = [&](const PathVersion &v, const Geometry &line) {
        const QPainterPath path = toPainterPath(line, toPixel, 0.5);
        if (path.isEmpty())
            return;
        const double width = std::max(least, v.widthM / upp); // as wide as on the ground, but visible
        const double casingWidth = width + 2.0 * least / 3.0;
        const bool planned = v.status == AreaStatus::Proposed;
        const bool edge = v.kind == PathKind::SafetyEdge;
        QPen casing(m_style.pathEdge(), casingWidth, planned ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
        if (planned)
            casing.setDashPattern({4.0 / casingWidth * 3.0, 3.0 / casingWidth * 3.0});
        painter.strokePath(path, casing);
        painter.strokePath(path, QPen(edge ? m_style.safetyEdgeFill() : m_style.pathFill(), width, Qt::SolidLine,
                                      Qt::FlatCap, Qt::RoundJoin));
        if (edge) // a dotted centre line tells an edge from a path
            painter.strokePath(path, QPen(m_style.safetyEdgeLine(), 1.0, Qt::DotLine, Qt::FlatCap, Qt::RoundJoin));
        ++stats.pathsDrawn;
    };
    // The paths the map shows (stored, edited, planned): the map's one rule (map/map_snapshot.h).
    const MapSnapshot snapshot(m_store, MapContent{options.overlay, options.proposalId}, options.at);
    const Result<void> read = snapshot.forEachPath(MapFilter{bounds, std::nullopt}, [&](const PathVersion &v, const Geometry &line) {
        draw(v, line);
        return true;
    });
    painter.restore();
    return read;
}

void MapRenderer::prepareFonts()
{
    QImage scratch(64, 16, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&scratch);
    for (const QFont &font : {labelFont(10), labelFont(11), labelFont(12, true), labelFont(13, true)}) {
        painter.setFont(font);
        painter.drawText(QPointF(0, 12), QStringLiteral("Å0m²"));
    }
}

void MapRenderer::drawDecorations(QPainter &painter, const MapView &view, const QRectF &frame,
                                  const DecorationColours &colours)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double upp = view.mapUnitsPerPixel() * view.size().width() / frame.width();
    // Scale bar, bottom left: two segments, black and white.
    const double length = niceLength(upp);
    const double px = length / upp;
    const QPointF origin(frame.left() + 14, frame.bottom() - 16);
    const double h = 5;
    painter.setPen(QPen(colours.scaleBarDark, 1));
    painter.setBrush(colours.scaleBarDark);
    painter.drawRect(QRectF(origin, QSizeF(px / 2, h)));
    painter.setBrush(colours.scaleBarLight);
    painter.drawRect(QRectF(origin + QPointF(px / 2, 0), QSizeF(px / 2, h)));
    const QString unit = length >= 1000 ? QStringLiteral("%1 km").arg(length / 1000) : QStringLiteral("%1 m").arg(length);
    painter.setFont(labelFont(11));
    drawHaloText(painter, QRectF(origin.x() - 10, origin.y() - 18, 20, 14), QStringLiteral("0"), colours.scaleBarText,
                 colours.scaleBarHalo);
    drawHaloText(painter, QRectF(origin.x() + px - 40, origin.y() - 18, 80, 14), unit, colours.scaleBarText,
                 colours.scaleBarHalo);

    // North arrow, top right (the project CRS has north up).
    const QPointF tip(frame.right() - 24, frame.top() + 14);
    QPainterPath arrow;
    arrow.moveTo(tip);
    arrow.lineTo(tip + QPointF(8, 22));
    arrow.lineTo(tip + QPointF(0, 17));
    arrow.lineTo(tip + QPointF(-8, 22));
    arrow.closeSubpath();
    painter.setPen(QPen(colours.northArrowHalo, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(arrow);
    painter.setPen(QPen(colours.northArrowFill, 1));
    painter.setBrush(colours.northArrowFill);
    painter.drawPath(arrow);
    painter.setFont(labelFont(12, true));
    drawHaloText(painter, QRectF(tip.x() - 10, tip.y() + 22, 20, 16), QStringLiteral("N"), colours.northArrowText,
                 colours.northArrowHalo);
    painter.restore();
}

} // namespace engdrift
