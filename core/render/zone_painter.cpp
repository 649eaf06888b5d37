#include "render/zone_painter.h"

#include "geometry/geos_context.h"
#include "render/wkb_paths.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace engdrift {
namespace {

struct ZoneText
{
    Q_DECLARE_TR_FUNCTIONS(ZonePainter)
};

constexpr MowingClass kClasses[] = {MowingClass::Lawn,     MowingClass::RoughGrass, MowingClass::Meadow,
                                    MowingClass::Hay,      MowingClass::MownPath,   MowingClass::SafetyEdge};

/// The least width of a path zone's outline: a band of a metre or two stays visible far out.
constexpr double kPathOutlinePixels = 2.0;

QColor withOpacity(QColor colour, double opacity)
{
    colour.setAlphaF(static_cast<float>(colour.alphaF() * std::clamp(opacity, 0.0, 1.0)));
    return colour;
}

QFont numberFont(double size)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(4, static_cast<int>(std::lround(size))));
    font.setBold(true);
    return font;
}

/// The centre of the largest circle inside `geometry` and its radius (map units).
std::optional<std::pair<QPointF, double>> inscribedCircle(const GEOSGeometry *geometry, double tolerance)
{
    auto ctx = geos::context();
    GEOSGeometry *line = GEOSMaximumInscribedCircle_r(ctx, geometry, std::max(tolerance, 1e-6));
    if (!line)
        return std::nullopt;
    std::optional<std::pair<QPointF, double>> result;
    if (const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx, line)) {
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        if (GEOSCoordSeq_getXY_r(ctx, seq, 0, &x0, &y0) && GEOSCoordSeq_getXY_r(ctx, seq, 1, &x1, &y1))
            result = std::pair(QPointF(x0, y0), std::hypot(x1 - x0, y1 - y0));
    }
    GEOSGeom_destroy_r(ctx, line);
    return result;
}

std::optional<std::pair<QPointF, double>> labelCircle(const MowingZone &zone, double tolerance,
                                                      const std::optional<QRectF> &within)
{
    if (zone.wkb.isEmpty())
        return std::nullopt;
    auto geometry = Geometry::fromWkb(zone.wkb);
    if (!geometry.ok() || geometry->isEmpty())
        return std::nullopt;
    if (within && !within->contains(zone.bounds)) {
        if (!within->intersects(zone.bounds))
            return std::nullopt;
        auto part = geometry->intersection(Geometry::rectangle(*within));
        if (!part.ok())
            return std::nullopt;
        Geometry polygons = part->polygonalPart();
        if (polygons.isNull() || polygons.isEmpty())
            return std::nullopt;
        return inscribedCircle(polygons.get(), tolerance);
    }
    return inscribedCircle(geometry->get(), tolerance);
}

/// The number with a halo: its outline stroked wide in the halo colour, then filled; one path, so
/// it looks the same on a screen and on a page.
void drawNumber(QPainter &painter, const QRectF &box, const QString &text, const QFont &font, const QColor &ink,
                const QColor &halo)
{
    const QFontMetricsF metrics(font);
    QPainterPath path;
    const QPointF baseline(box.center().x() - metrics.horizontalAdvance(text) / 2,
                           box.center().y() + (metrics.ascent() - metrics.descent()) / 2);
    path.addText(baseline, font, text);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.strokePath(path, QPen(halo, std::max(1.5, font.pixelSize() * 0.28), Qt::SolidLine, Qt::RoundCap,
                                  Qt::RoundJoin));
    // The number itself as text: a PDF keeps it searchable (pdftotext, a reader's search).
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(baseline, text);
    painter.restore();
}

} // namespace

MowingClass mowingClassOf(const QString &careType, const MowingRegime &regime)
{
    if (careType == QLatin1String("mown_path"))
        return MowingClass::MownPath;
    if (careType == QLatin1String("safety_edge"))
        return MowingClass::SafetyEdge;
    if (regime.cutsPerYear >= 10)
        return MowingClass::Lawn;
    if (regime.cutsPerYear >= 3)
        return MowingClass::RoughGrass;
    if (regime.cutsPerYear == 2)
        return MowingClass::Meadow;
    return MowingClass::Hay;
}

MowingClass mowingClassOf(const MowingZone &zone)
{
    return mowingClassOf(zone.careType, zone.regime);
}

QString mowingClassCode(MowingClass mowingClass)
{
    return mowingClassCodes().value(static_cast<int>(mowingClass));
}

QString mowingClassName(MowingClass mowingClass)
{
    switch (mowingClass) {
    case MowingClass::Lawn:
        return ZoneText::tr("Lawn");
    case MowingClass::RoughGrass:
        return ZoneText::tr("Grass");
    case MowingClass::Meadow:
        return ZoneText::tr("Meadow");
    case MowingClass::Hay:
        return ZoneText::tr("Hay meadow");
    case MowingClass::MownPath:
        return ZoneText::tr("Mown path");
    case MowingClass::SafetyEdge:
        return ZoneText::tr("Safety edge");
    }
    return QString();
}

QString mowingClassDescription(MowingClass mowingClass)
{
    switch (mowingClass) {
    case MowingClass::Lawn:
        return ZoneText::tr("cut 10 or more times a year");
    case MowingClass::RoughGrass:
        return ZoneText::tr("cut 3 to 9 times a year");
    case MowingClass::Meadow:
        return ZoneText::tr("cut twice a year");
    case MowingClass::Hay:
        return ZoneText::tr("cut once a year");
    case MowingClass::MownPath:
        return ZoneText::tr("a path cut through long grass");
    case MowingClass::SafetyEdge:
        return ZoneText::tr("an edge cut along a path");
    }
    return QString();
}

CareSymbol mowingClassSymbol(MowingClass mowingClass, const Symbology &symbology)
{
    const QString code = mowingClassCode(mowingClass);
    const auto it = symbology.mowing().classes.constFind(code);
    if (it != symbology.mowing().classes.cend())
        return *it;
    return Symbology::builtIn().mowing().classes.value(code, symbology.unknownCareType());
}

QList<ZoneLegendEntry> zoneLegend(const MowingZones *zones, const Symbology &symbology)
{
    QList<ZoneLegendEntry> entries;
    for (MowingClass c : kClasses) {
        ZoneLegendEntry e;
        e.mowingClass = c;
        e.code = mowingClassCode(c);
        e.name = mowingClassName(c);
        e.description = mowingClassDescription(c);
        e.symbol = mowingClassSymbol(c, symbology);
        if (zones) {
            for (const MowingZone &zone : zones->zones) {
                if (mowingClassOf(zone) == c) {
                    ++e.zones;
                    e.areaM2 += zone.areaM2;
                }
            }
            if (e.zones == 0)
                continue;
        }
        entries << e;
    }
    return entries;
}

void drawZoneSwatch(QPainter &painter, const QRectF &rect, const CareSymbol &symbol)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(symbol.fill);
    painter.drawRect(rect);
    if (symbol.hatch != HatchPattern::None)
        painter.fillRect(rect, QBrush(symbol.hatchColour, hatchBrushStyle(symbol.hatch)));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(symbol.outline, 1.0));
    painter.drawRect(rect);
    painter.restore();
}

std::optional<QPointF> zoneLabelPoint(const MowingZone &zone, double tolerance, const std::optional<QRectF> &within)
{
    const auto circle = labelCircle(zone, tolerance, within);
    if (!circle)
        return std::nullopt;
    return circle->first;
}

ZonePaintResult drawMowingZones(QPainter &painter, const MowingZones &zones, const ZonePaintOptions &options)
{
    ZonePaintResult result;
    const Symbology &symbology = options.symbology ? *options.symbology : Symbology::active();
    const PixelMapping mapping = PixelMapping::of(options.toPixel);
    const double scale = std::max(1e-12, std::abs(options.toPixel.m11())); // painter units per map unit
    const bool limited = !options.frame.isEmpty();
    const QRectF visibleMap = limited ? options.toPixel.inverted().mapRect(options.frame) : QRectF();

    struct Drawn
    {
        const MowingZone *zone;
        QPainterPath path;
        QRectF box;
    };
    QList<Drawn> drawn;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (limited)
        painter.setClipRect(options.frame, Qt::IntersectClip);
    // Areas first, then the bands of paths and edges over them.
    for (bool paths : {false, true}) {
        for (const MowingZone &zone : zones.zones) {
            if (zone.isPath != paths || zone.wkb.isEmpty())
                continue;
            const QRectF box = mapping.map(zone.bounds.left(), zone.bounds.top(), zone.bounds.right(),
                                           zone.bounds.bottom());
            if (limited && !box.intersects(options.frame))
                continue;
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            if (!appendWkb(path, reinterpret_cast<const unsigned char *>(zone.wkb.constData()),
                           static_cast<std::size_t>(zone.wkb.size()), mapping, 0.5) ||
                path.isEmpty())
                continue;
            const CareSymbol symbol = mowingClassSymbol(mowingClassOf(zone), symbology);
            painter.fillPath(path, withOpacity(symbol.fill, options.fillOpacity));
            if (symbol.hatch != HatchPattern::None)
                painter.fillPath(path, QBrush(withOpacity(symbol.hatchColour, options.fillOpacity),
                                              hatchBrushStyle(symbol.hatch)));
            const double width = paths ? std::max(options.outlineWidth, kPathOutlinePixels) : options.outlineWidth;
            painter.strokePath(path, QPen(symbol.outline, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
            drawn << Drawn{&zone, path, box};
            ++result.zonesDrawn;
        }
    }
    // The chosen zones on top: the selection's colours.
    for (const Drawn &d : std::as_const(drawn)) {
        if (!options.highlighted.contains(d.zone->number))
            continue;
        painter.fillPath(d.path, symbology.map().selectionFill);
        painter.strokePath(d.path, QPen(symbology.map().selectionOutline, std::max(2.5, options.outlineWidth * 2)));
    }
    if (!options.numbers) {
        painter.restore();
        return result;
    }

    // Numbers: the larger zones first; each where the largest circle inside it is.
    struct Label
    {
        const Drawn *drawn;
        QPointF anchor;
        double radius; ///< of the circle, in painter units
    };
    QList<Label> labels;
    for (const Drawn &d : std::as_const(drawn)) {
        const std::optional<QRectF> within =
            limited && !visibleMap.contains(d.zone->bounds) ? std::optional<QRectF>(visibleMap) : std::nullopt;
        const auto circle = labelCircle(*d.zone, 1.0 / scale, within);
        if (!circle)
            continue;
        labels << Label{&d, options.toPixel.map(circle->first), circle->second * scale};
    }
    std::stable_sort(labels.begin(), labels.end(), [](const Label &a, const Label &b) {
        if (a.radius != b.radius)
            return a.radius > b.radius;
        return a.drawn->zone->number < b.drawn->zone->number;
    });
    const QFont font = numberFont(options.numberSize);
    const QFontMetricsF metrics(font);
    const QColor ink = symbology.mowing().numberText;
    const QColor halo = symbology.mowing().numberHalo;
    const QRectF inside = limited ? options.frame.adjusted(2, 2, -2, -2) : QRectF();
    QList<QRectF> taken = options.keepFree;
    auto isFree = [&](const QRectF &box) {
        if (limited && !inside.contains(box))
            return false;
        // A gap of a third of a digit between numbers: "1" beside "5" must not read "15".
        const double gap = std::max(1.0, metrics.height() * 0.3);
        const QRectF padded = box.adjusted(-gap, -gap * 0.5, gap, gap * 0.5);
        return std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(padded); });
    };
    for (const Label &label : std::as_const(labels)) {
        const QString text = QString::number(label.drawn->zone->number);
        const QSizeF size(metrics.horizontalAdvance(text) + metrics.height() * 0.3, metrics.height());
        auto boxAt = [&](const QPointF &centre) { return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size); };
        std::optional<QRectF> place;
        // Where it belongs, else moved by its own size in eight directions, its centre still in the zone.
        const QPointF steps[] = {{0, 0},  {0, -1}, {0, 1},  {-1, 0}, {1, 0},
                                 {-1, -1}, {1, -1}, {-1, 1}, {1, 1}};
        for (const QPointF &step : steps) {
            const QPointF centre = label.anchor + QPointF(step.x() * size.width(), step.y() * size.height());
            if (step != QPointF(0, 0) && !label.drawn->path.contains(centre))
                continue;
            if (isFree(boxAt(centre))) {
                place = boxAt(centre);
                break;
            }
        }
        bool leader = false;
        if (!place && options.everyNumber) {
            // Print needs every number: the free place inside the zone nearest to where it belongs
            // (a narrow mown path has room somewhere along it), else where it belongs.
            const QRectF area = label.drawn->path.boundingRect();
            const double step = std::max(2.0, size.height() * 0.5);
            double best = std::numeric_limits<double>::max();
            for (double y = area.top(); y <= area.bottom(); y += step) {
                for (double x = area.left(); x <= area.right(); x += step) {
                    const QPointF centre(x, y);
                    const double d = QLineF(centre, label.anchor).length();
                    if (d >= best || !label.drawn->path.contains(centre) || !isFree(boxAt(centre)))
                        continue;
                    best = d;
                    place = boxAt(centre);
                }
            }
            // A zone too small for its number: the nearest free place around it, with a leader.
            for (int ring = 1; !place && ring <= 8; ++ring) {
                const double radius = ring * size.height() * 0.75;
                for (int k = 0; k < 16 && !place; ++k) {
                    const double angle = k * M_PI / 8;
                    const QPointF centre = label.anchor + QPointF(std::cos(angle) * radius, std::sin(angle) * radius);
                    if (isFree(boxAt(centre))) {
                        place = boxAt(centre);
                        leader = true;
                    }
                }
            }
            if (!place)
                place = boxAt(label.anchor);
        }
        if (!place) {
            result.numbersLeftOut << label.drawn->zone->number;
            continue;
        }
        taken << *place;
        result.numberBoxes << *place;
        if (leader) {
            // From the number's nearest edge to the zone.
            const QPointF from(std::clamp(label.anchor.x(), place->left(), place->right()),
                               std::clamp(label.anchor.y(), place->top(), place->bottom()));
            painter.save();
            painter.setPen(QPen(ink, std::max(0.75, metrics.height() * 0.06)));
            painter.drawLine(from, label.anchor);
            painter.setBrush(ink);
            const double dot = std::max(1.0, metrics.height() * 0.12);
            painter.drawEllipse(label.anchor, dot, dot);
            painter.restore();
        }
        drawNumber(painter, *place, text, font, ink, halo);
        ++result.numbersDrawn;
    }
    painter.restore();
    return result;
}

} // namespace engdrift
