#include "render/area_painter.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace engdrift {
namespace {

/// A care type's fill with its hatching mixed in by the share of the pixels the hatch pattern
/// inks: what a small hatched area leaves on screen, for its dot.
QColor mixedFill(const CareStyle &care)
{
    if (care.hatch == Qt::NoBrush)
        return care.fill;
    static constexpr int kTile = 32; // Qt's patterns repeat every 8 pixels
    QImage tile(kTile, kTile, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    {
        QPainter p(&tile);
        p.fillRect(tile.rect(), QBrush(care.hatchColour, care.hatch));
    }
    qint64 inked = 0;
    for (int y = 0; y < kTile; ++y)
        for (int x = 0; x < kTile; ++x)
            inked += qAlpha(tile.pixel(x, y)) > 0 ? 1 : 0;
    const double share = double(inked) / double(kTile * kTile);
    auto mix = [share](int a, int b) { return int(std::lround(a * (1.0 - share) + b * share)); };
    return QColor(mix(care.fill.red(), care.hatchColour.red()), mix(care.fill.green(), care.hatchColour.green()),
                  mix(care.fill.blue(), care.hatchColour.blue()));
}

} // namespace

AreaPainter::AreaPainter(QPainter &painter, const MapStyle &style, const AreaPaintSettings &settings)
    : m_painter(painter), m_mapStyle(style), m_settings(settings), m_dotLayer(painter)
{
    m_path.setFillRule(Qt::OddEvenFill);
    // On a page (PDF, SVG, a QPicture that becomes a PDF page) there are no pixels to antialias:
    // an area is one path, filled and stroked in one operation (PDF's B*), instead of a fill and
    // a stroke of the same path, each with its own graphics state.
    const QPaintEngine *engine = painter.paintEngine();
    m_vector = engine && engine->type() != QPaintEngine::Raster;
    if (m_vector)
        m_painter.save(); // the pen and brush of the last area stay with the areas
}

AreaPainter::~AreaPainter()
{
    if (m_vector)
        m_painter.restore();
}

AreaPainter::Style &AreaPainter::styleOf(QByteArrayView careType)
{
    // A lookup without a copy of the text: the key refers to the caller's bytes for the moment.
    const QByteArray probe = QByteArray::fromRawData(careType.data(), careType.size());
    if (const auto it = m_styles.constFind(probe); it != m_styles.cend())
        return **it;
    auto style = std::make_unique<Style>();
    style->care = &m_mapStyle.careStyle(QString::fromUtf8(careType));
    style->outline = QPen(style->care->outline, m_settings.outlineWidth);
    style->fill = QBrush(style->care->fill);
    style->dotFill = mixedFill(*style->care);
    Style *raw = style.get();
    m_ownedStyles.push_back(std::move(style));
    m_styles.insert(QByteArray(careType.data(), careType.size()), raw);
    return *raw;
}

std::optional<QRectF> AreaPainter::pixelBox(const StreamedArea &area) const
{
    std::optional<QRectF> envelope = area.envelope;
    if (!envelope)
        envelope = wkbEnvelope(area.wkb, area.wkbSize);
    if (!envelope)
        return std::nullopt;
    return m_settings.toPixel.map(envelope->left(), envelope->top(), envelope->right(), envelope->bottom());
}

AreaPainter::Drawn AreaPainter::draw(const StreamedArea &area)
{
    const std::optional<QRectF> pixels = pixelBox(area);
    if (!pixels)
        return Drawn::Nothing;
    const QRectF &box = *pixels;
    Style &style = styleOf(area.careType);
    const bool selected = m_settings.selectedIds && m_settings.selectedIds->contains(area.areaId);
    const bool small = box.width() < m_settings.dotPixels && box.height() < m_settings.dotPixels;
    if ((small && !selected) || !area.wkb) { // without its geometry (SmallAreaPass) it is a dot
        // What the polygon would leave at the size of the switch: its fill, and its outline (half
        // of it: a neighbour's fill covers the other half of a shared edge) over the fill. Below
        // the switch the outline shrinks with the area, so the colours keep the share they have
        // at the switch instead of darkening to outline colours far away.
        const double w = m_settings.outlineWidth;
        const PixelMapping &m = m_settings.toPixel;
        const double fill = area.areaM2 > 0 ? area.areaM2 * std::abs(m.sx * m.sy) : box.width() * box.height();
        const double size = std::max(box.width(), box.height());
        const double outline = (box.width() + box.height()) * w * std::min(1.0, size / m_settings.dotPixels);
        m_dotLayer.add(box.adjusted(-w / 2, -w / 2, w / 2, w / 2), style.dotFill, std::max(0.0, fill - outline / 2),
                       style.care->outline, outline);
        ++m_dots;
        ++m_drawn;
        return Drawn::Dot;
    }
    m_path.clear();
    m_path.setFillRule(Qt::OddEvenFill);
    if (!appendWkb(m_path, area.wkb, area.wkbSize, m_settings.toPixel, 0.5) || m_path.isEmpty())
        return Drawn::Nothing;
    const bool translucent = m_settings.fillOpacity < 1.0;
    const bool hatched = style.care->hatch != Qt::NoBrush;
    if (m_vector && !translucent && (!hatched || m_settings.batchHatches)) {
        m_painter.setPen(style.outline);
        m_painter.setBrush(style.fill);
        m_painter.drawPath(m_path);
        if (hatched) {
            style.hatched.setFillRule(Qt::OddEvenFill);
            style.hatched.addPath(m_path);
        }
        return drawn(area, box, selected);
    }
    // Fills without antialiasing (neighbours share their edges exactly, and it is several times
    // faster); the antialiased outline on top smooths the edge.
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    if (translucent)
        m_painter.setOpacity(m_settings.fillOpacity); // over a background picture the fills may let it through
    m_painter.fillPath(m_path, style.care->fill);
    if (style.care->hatch != Qt::NoBrush)
        m_painter.fillPath(m_path, QBrush(style.care->hatchColour, style.care->hatch));
    if (translucent)
        m_painter.setOpacity(1.0);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.strokePath(m_path, style.outline);
    return drawn(area, box, selected);
}

AreaPainter::Drawn AreaPainter::drawn(const StreamedArea &area, const QRectF &box, bool selected)
{
    ++m_drawn;
    if (selected)
        m_selected << std::make_pair(area.areaId, m_path);
    if (m_settings.collectLabels && box.width() > 70 && box.height() > 26) {
        m_labels << AreaLabelCandidate{area.areaId, QString::fromUtf8(area.careType), area.areaM2, box,
                                       QByteArray(reinterpret_cast<const char *>(area.wkb),
                                                  static_cast<qsizetype>(area.wkbSize))};
    }
    return Drawn::Polygon;
}

void AreaPainter::takeDots(AreaPainter &other)
{
    m_dotLayer.merge(other.m_dotLayer);
    m_drawn += other.m_dots;
    m_dots += other.m_dots;
    other.m_drawn -= other.m_dots;
    other.m_dots = 0;
}

void AreaPainter::finish()
{
    // The batched hatches, a fill per care type, with the outlines of those areas over them again
    // (as each area's own outline lies over its own hatch when drawn one by one).
    for (const auto &style : m_ownedStyles) {
        if (style->hatched.isEmpty())
            continue;
        m_painter.fillPath(style->hatched, QBrush(style->care->hatchColour, style->care->hatch));
        m_painter.strokePath(style->hatched, style->outline);
        style->hatched.clear();
    }
    m_painter.save();
    m_painter.setOpacity(std::clamp(m_settings.fillOpacity, 0.0, 1.0));
    m_dotLayer.finish();
    m_painter.restore();
}

} // namespace engdrift
