#include "render/map_renderer.h"

#include "render/background_raster.h"
#include "render/geometry_paths.h"

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

constexpr int kCancelCheckEvery = 64;

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
    LabelPlacer(const QRectF &frame, bool decorations) : m_frame(frame.adjusted(2, 2, -2, -2))
    {
        if (decorations) {
            m_taken << QRectF(frame.left(), frame.bottom() - 44, 190, 44); // scale bar
            m_taken << QRectF(frame.right() - 52, frame.top(), 52, 64);     // north arrow
        }
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
    auto stats = options.view.mapUnitsPerPixel() > options.overviewUnitsPerPixel
                     ? renderOverview(painter, options, cancel)
                     : renderDetail(painter, options, cancel);
    if (stats.ok())
        stats->backgroundError = backgroundError;
    if (stats.ok() && !stats->cancelled && options.decorations)
        drawDecorations(painter, options.view, QRectF(QPointF(0, 0), QSizeF(options.view.size())), m_style.decorations());
    painter.restore();
    return stats;
}

Result<QImage> MapRenderer::renderImage(const RenderOptions &options, const std::atomic_bool *cancel,
                                        RenderStats *stats) const
{
    QImage image(options.view.size(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return makeError(RendererText::tr("There is not enough memory for a %1 x %2 image.")
                             .arg(options.view.size().width())
                             .arg(options.view.size().height()));
    QPainter painter(&image);
    auto result = render(painter, options, cancel);
    painter.end();
    if (!result.ok())
        return result.error();
    if (stats)
        *stats = *result;
    return image;
}

Result<RenderStats> MapRenderer::renderOverview(QPainter &painter, const RenderOptions &options,
                                                const std::atomic_bool *cancel) const
{
    RenderStats stats;
    stats.overview = true;
    auto departments = m_store.departments();
    if (!departments.ok())
        return departments.error();
    AreaQuery query;
    query.at = options.at;
    query.ordered = false;
    auto totals = m_store.areaTotals(query, AreaGrouping::DepartmentAndCareType);
    if (!totals.ok())
        return totals.error();
    // The largest care type of each department at the date.
    QHash<DepartmentKey, std::pair<QString, double>> largest;
    for (const AreaTotal &t : *totals) {
        auto &best = largest[t.department];
        if (t.areaM2 > best.second)
            best = {t.careType, t.areaM2};
    }
    const QTransform toPixel = options.view.mapToPixel();
    const QRectF visible = options.view.extent();
    LabelPlacer placer(QRectF(QPointF(0, 0), QSizeF(options.view.size())), options.decorations);
    QList<std::pair<QRectF, QString>> labels;
    int n = 0;
    for (const Department &dept : *departments) {
        if (cancel && ++n % kCancelCheckEvery == 0 && cancel->load()) {
            stats.cancelled = true;
            return stats;
        }
        const auto it = largest.constFind(dept.key);
        if (it == largest.cend() || dept.extent.isNull() || !dept.extent.intersects(visible))
            continue;
        QRectF r = toPixel.mapRect(dept.extent);
        if (r.width() < 2.0 || r.height() < 2.0) // at least a visible dot
            r = QRectF(r.center() - QPointF(1.0, 1.0), QSizeF(2.0, 2.0));
        const CareStyle &style = m_style.careStyle(it->first);
        painter.fillRect(r, style.fill);
        if (r.width() > 6.0) {
            painter.setPen(QPen(style.outline, 0.8));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
        }
        ++stats.departmentsDrawn;
        if (options.labels && r.width() > 60.0)
            labels << std::make_pair(r, departmentLabel(dept));
    }
    painter.setFont(labelFont(11));
    const QFontMetricsF fm(painter.font());
    for (const auto &[rect, text] : labels) {
        const QSizeF size(fm.horizontalAdvance(text) + 4, fm.height());
        const QRectF box(QPointF(rect.center().x() - size.width() / 2, rect.top() - size.height() - 1), size);
        if (placer.take(box)) {
            drawHaloText(painter, box, text, m_style.labelText(), m_style.labelHalo());
            ++stats.labelsDrawn;
        }
    }
    return stats;
}

Result<RenderStats> MapRenderer::renderDetail(QPainter &painter, const RenderOptions &options,
                                              const std::atomic_bool *cancel) const
{
    RenderStats stats;
    const QTransform toPixel = options.view.mapToPixel();
    const double upp = options.view.mapUnitsPerPixel();
    AreaQuery query;
    query.at = options.at;
    query.bounds = options.view.extent();
    query.ordered = false;

    struct AreaLabel
    {
        QPointF anchor;
        QString text;
        double areaM2;
        QColor colour;
    };
    QList<AreaLabel> areaLabels;
    QList<QPainterPath> selected;
    const bool labelAreas = options.labels && upp < 0.35;
    const Catalogue &catalogue = m_store.catalogue();
    const double outlineWidth = upp < 0.5 ? 1.0 : 0.6;
    const double fillOpacity = std::clamp(options.fillOpacity, 0.0, 1.0);

    auto drawArea = [&](const AreaVersion &v, const Geometry *g) {
        if (cancel && stats.areasDrawn % kCancelCheckEvery == 0 && cancel->load()) {
            stats.cancelled = true;
            return false;
        }
        const QPainterPath path = toPainterPath(*g, toPixel, 0.5);
        const CareStyle &style = m_style.careStyle(v.careType);
        // Fills without antialiasing (neighbours share their edges exactly, and it is several times
        // faster); the antialiased outline on top smooths the edge.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setOpacity(fillOpacity); // over a background picture the fills may let it through
        painter.fillPath(path, style.fill);
        if (style.hatch != Qt::NoBrush)
            painter.fillPath(path, QBrush(style.hatchColour, style.hatch));
        painter.setOpacity(1.0);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.strokePath(path, QPen(style.outline, outlineWidth));
        if (options.selectedAreaIds.contains(v.areaId))
            selected << path;
        ++stats.areasDrawn;
        if (labelAreas) {
            const QRectF box = path.boundingRect();
            if (box.width() > 70 && box.height() > 26) {
                // The label goes inside the part that is on screen.
                std::optional<QPointF> p;
                const QRectF visibleMap = options.view.extent();
                if (visibleMap.contains(g->envelope())) {
                    p = g->pointOnSurface();
                } else if (auto part = g->intersection(Geometry::rectangle(visibleMap)); part.ok()) {
                    p = part->polygonalPart().pointOnSurface();
                }
                if (p) {
                    const CareType *ct = catalogue.find(v.careType);
                    const QString name = ct ? ct->name.text(options.language) : v.careType;
                    areaLabels << AreaLabel{toPixel.map(*p), name + QLatin1Char('\n') + formatM2(v.areaM2, options.language),
                                            v.areaM2, style.label};
                }
            }
        }
        return true;
    };
    const EditOverlay *overlay = options.overlay.get();
    // A proposal's planned versions: from the unsaved edits, else from the store.
    QHash<qint64, AreaShape> planned;
    if (options.proposalId) {
        if (overlay)
            planned = overlay->plannedShapes(*options.proposalId, query.bounds);
        AreaQuery plannedQuery = query;
        plannedQuery.at.reset();
        plannedQuery.status = AreaStatus::Proposed;
        plannedQuery.proposalId = options.proposalId;
        auto read = m_store.forEachArea(plannedQuery, true, [&](const AreaVersion &v, const Geometry *g) {
            if (!(overlay && overlay->overrides(v.areaId)) && g && !g->isNull())
                planned.insert(v.areaId, AreaShape{v, g->toWkb(), g->envelope()});
            return true;
        });
        if (!read.ok())
            return read.error();
    }
    auto drawn = m_store.forEachArea(query, true, [&](const AreaVersion &v, const Geometry *g) {
        return ((overlay && overlay->overrides(v.areaId)) || planned.contains(v.areaId)) ? true : drawArea(v, g);
    });
    if (!drawn.ok())
        return drawn.error();
    if (overlay && !stats.cancelled) {
        for (const AreaShape &shape : overlay->shapesAt(options.at, query.bounds)) {
            if (planned.contains(shape.version.areaId))
                continue;
            auto g = Geometry::fromWkb(shape.wkb);
            if (g.ok() && !drawArea(shape.version, &g.value()))
                break;
        }
    }
    for (auto it = planned.cbegin(); it != planned.cend() && !stats.cancelled; ++it) {
        auto g = Geometry::fromWkb(it->wkb);
        if (!g.ok() || !drawArea(it->version, &g.value()))
            continue;
        // Planned changes get a dashed outline, so the proposal reads as a proposal.
        const QPainterPath path = toPainterPath(*g, toPixel, 0.5);
        painter.strokePath(path, QPen(m_style.proposalOutline(), 1.6, Qt::DashLine));
    }
    if (stats.cancelled)
        return stats;
    if (auto paths = drawPaths(painter, options, stats); !paths.ok())
        return paths.error();

    for (const QPainterPath &path : selected) {
        painter.fillPath(path, m_style.selectionFill());
        painter.strokePath(path, QPen(m_style.selectionOutline(), 2.5));
    }

    if (!options.labels)
        return stats;
    LabelPlacer placer(QRectF(QPointF(0, 0), QSizeF(options.view.size())), options.decorations);
    // Department names first, above their estates.
    auto departments = m_store.departments(options.view.extent());
    if (departments.ok()) {
        painter.setFont(labelFont(13, true));
        const QFontMetricsF fm(painter.font());
        const QRectF visible = options.view.extent();
        for (const Department &dept : *departments) {
            if (dept.extent.isNull() || !dept.extent.intersects(visible))
                continue;
            const QRectF r = toPixel.mapRect(dept.extent);
            if (r.width() < 80)
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
    // Then the largest areas' care type and size.
    std::sort(areaLabels.begin(), areaLabels.end(), [](const AreaLabel &a, const AreaLabel &b) { return a.areaM2 > b.areaM2; });
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
    const EditOverlay *overlay = options.overlay.get();
    const QRectF bounds = options.view.extent();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    auto draw = [&](const PathVersion &v, const Geometry &line) {
        const QPainterPath path = toPainterPath(line, toPixel, 0.5);
        if (path.isEmpty())
            return;
        const double width = std::max(3.0, v.widthM / upp); // as wide as on the ground, but visible
        const bool planned = v.status == AreaStatus::Proposed;
        const bool edge = v.kind == PathKind::SafetyEdge;
        QPen casing(m_style.pathEdge(), width + 2.0, planned ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
        if (planned)
            casing.setDashPattern({4.0 / (width + 2.0) * 3.0, 3.0 / (width + 2.0) * 3.0});
        painter.strokePath(path, casing);
        painter.strokePath(path, QPen(edge ? m_style.safetyEdgeFill() : m_style.pathFill(), width, Qt::SolidLine,
                                      Qt::FlatCap, Qt::RoundJoin));
        if (edge) // a dotted centre line tells an edge from a path
            painter.strokePath(path, QPen(m_style.safetyEdgeLine(), 1.0, Qt::DotLine, Qt::FlatCap, Qt::RoundJoin));
        ++stats.pathsDrawn;
    };
    auto fromStore = [&](const ProjectStore::PathQuery &query) {
        return m_store.forEachPath(query, true, [&](const PathVersion &v, const Geometry *g) {
            if (g && !g->isEmpty() && !(overlay && overlay->overridesPath(v.pathId)))
                draw(v, *g);
            return true;
        });
    };
    ProjectStore::PathQuery current;
    current.at = options.at;
    current.bounds = bounds;
    Result<void> read = fromStore(current);
    if (read.ok() && options.proposalId) {
        ProjectStore::PathQuery planned;
        planned.status = AreaStatus::Proposed;
        planned.proposalId = options.proposalId;
        planned.bounds = bounds;
        read = fromStore(planned);
    }
    if (read.ok() && overlay) {
        for (const PathShape &shape : overlay->pathsAt(options.at, options.proposalId, bounds)) {
            if (auto line = Geometry::fromWkb(shape.wkb); line.ok())
                draw(shape.version, *line);
        }
    }
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
