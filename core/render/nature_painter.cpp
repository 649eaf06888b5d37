#include "render/nature_painter.h"

#include "geometry/geometry.h"
#include "render/geometry_paths.h"
#include "render/wkb_paths.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <algorithm>
#include <functional>
#include <vector>

namespace engdrift {
namespace {

/// The painter path of an area's shape, or an empty path when it has none or is out of the frame.
/// The box is checked first (the area's bounds, else the WKB's), so that areas out of view cost
/// no more than that; the WKB is mapped straight to pixels (render/wkb_paths.h) when the map is
/// north up, through GEOS otherwise.
QPainterPath areaPath(const NatureResult &nature, qint64 areaId, const QRectF &bounds,
                      const NaturePaintOptions &options)
{
    const auto it = nature.shapes.constFind(areaId);
    if (it == nature.shapes.cend() || it->isEmpty())
        return {};
    const auto *data = reinterpret_cast<const unsigned char *>(it->constData());
    const auto size = static_cast<std::size_t>(it->size());
    if (!options.frame.isEmpty()) {
        const QRectF box = !bounds.isNull() ? bounds : wkbEnvelope(data, size).value_or(QRectF());
        if (box.isNull() || !options.toPixel.mapRect(box).adjusted(-1, -1, 1, 1).intersects(options.frame))
            return {};
    }
    const QTransform &t = options.toPixel;
    if (t.type() <= QTransform::TxScale) {
        QPainterPath path;
        if (!appendWkb(path, data, size, PixelMapping::of(t)))
            return {};
        return path;
    }
    auto geometry = Geometry::fromWkb(*it);
    if (!geometry.ok() || geometry->isEmpty())
        return {};
    return toPainterPath(*geometry, options.toPixel);
}

QBrush hatchBrush(const NatureColours &colours)
{
    return QBrush(colours.isolatedHatch, hatchBrushStyle(colours.isolatedPattern));
}

} // namespace

double unitsPerHectare(const AreaNature &area)
{
    return area.formula.hectares > 0 ? area.formula.units / area.formula.hectares : 0.0;
}

NaturePaintResult drawNature(QPainter &painter, const NatureResult &nature, const NaturePaintOptions &options)
{
    const Symbology &symbology = options.symbology ? *options.symbology : Symbology::active();
    const NatureColours &colours = symbology.nature();
    NaturePaintResult result;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!options.frame.isEmpty())
        painter.setClipRect(options.frame, Qt::IntersectClip);

    // The paths once: the fill, the outlines and the hatches all use them.
    QHash<qint64, QPainterPath> paths;
    for (const AreaNature &area : nature.areas) {
        QPainterPath path = areaPath(nature, area.areaId, area.bounds, options);
        if (!path.isEmpty())
            paths.insert(area.areaId, std::move(path));
    }
    // Units per ha on the ramp.
    for (const AreaNature &area : nature.areas) {
        const auto it = paths.constFind(area.areaId);
        if (it == paths.cend())
            continue;
        QColor fill = colours.rampColour(unitsPerHectare(area));
        fill.setAlphaF(float(fill.alphaF() * options.fillOpacity));
        painter.fillPath(*it, fill);
        ++result.areasFilled;
    }
    // Isolated patches hatched, then every patch's areas outlined in its network's colour (after
    // all hatches, so that no hatch covers a neighbour's outline).
    auto forEachPatchArea = [&](const std::function<void(const NaturePatch &, const QPainterPath &)> &draw) {
        for (const AreaNature &area : nature.areas) {
            const auto it = paths.constFind(area.areaId);
            if (area.patch >= 0 && area.patch < nature.patches.size() && it != paths.cend())
                draw(nature.patches.at(area.patch), *it);
        }
    };
    QSet<int> isolated;
    forEachPatchArea([&](const NaturePatch &patch, const QPainterPath &path) {
        if (!patch.isolated())
            return;
        painter.fillPath(path, hatchBrush(colours));
        isolated.insert(patch.id);
    });
    result.isolatedPatches = int(isolated.size());
    forEachPatchArea([&](const NaturePatch &patch, const QPainterPath &path) {
        painter.strokePath(path, QPen(colours.networkColour(patch.network), 2.5, Qt::SolidLine, Qt::RoundCap,
                                      Qt::RoundJoin));
        ++result.patchAreasOutlined;
    });
    // Links: a line between the two nearest points, a dot at each end. Only the shortest links that
    // hold each network together (its minimum spanning tree, Kruskal) are drawn: in a dense estate
    // every patch is within D of every other, and all the pairs would hide the map under a web of
    // lines that says no more about which patches are joined.
    for (int index : nature.spanningLinks) {
        if (index < 0 || index >= nature.links.size())
            continue;
        const NatureLink &link = nature.links.at(index);
        const QPointF a = options.toPixel.map(link.pointA), b = options.toPixel.map(link.pointB);
        if (!options.frame.isEmpty() &&
            !QRectF(a, b).normalized().adjusted(-3, -3, 3, 3).intersects(options.frame))
            continue;
        painter.setPen(QPen(colours.link, 2.2, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(a, b);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.link);
        painter.drawEllipse(a, 3.0, 3.0);
        painter.drawEllipse(b, 3.0, 3.0);
        painter.setBrush(Qt::NoBrush);
        ++result.linksDrawn;
    }
    // Suggested lawns: a dashed outline over a halo, the rank in the middle.
    QFont font;
    font.setPixelSize(int(std::max(8.0, options.rankSize)));
    font.setBold(true);
    const QFontMetricsF metrics(font);
    for (const NatureSuggestion &suggestion : nature.suggestions) {
        QPainterPath path = paths.value(suggestion.areaId);
        if (path.isEmpty())
            path = areaPath(nature, suggestion.areaId, suggestion.bounds, options);
        if (path.isEmpty())
            continue;
        painter.strokePath(path,
                           QPen(colours.suggestionHalo, 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.strokePath(path, QPen(colours.suggestion, 2.5, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin));
        ++result.suggestionsDrawn;
        if (!options.ranks)
            continue;
        const QString text = QString::number(suggestion.rank);
        const QRectF bounds = path.boundingRect();
        const QSizeF size(metrics.horizontalAdvance(text) + 6, metrics.height() + 2);
        const QRectF box(bounds.center() - QPointF(size.width() / 2, size.height() / 2), size);
        QPainterPath textPath;
        const QPointF baseline(box.center().x() - metrics.horizontalAdvance(text) / 2,
                               box.center().y() + (metrics.ascent() - metrics.descent()) / 2);
        textPath.addText(baseline, font, text);
        painter.strokePath(textPath,
                           QPen(colours.suggestionHalo, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setFont(font);
        painter.setPen(colours.suggestion);
        painter.drawText(baseline, text);
        result.rankBoxes << box;
    }
    painter.restore();
    return result;
}

void drawIsolatedSwatch(QPainter &painter, const QRectF &rect, const Symbology &symbology)
{
    const NatureColours &colours = symbology.nature();
    painter.save();
    painter.fillRect(rect, colours.rampColour(0));
    painter.fillRect(rect, hatchBrush(colours));
    painter.setPen(QPen(colours.networkColour(0), 1.5));
    painter.drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75));
    painter.restore();
}

} // namespace engdrift
