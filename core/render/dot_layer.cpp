#include "render/dot_layer.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace engdrift {

DotLayer::DotLayer(QPainter &painter) : m_painter(painter), m_toDevice(painter.deviceTransform())
{
    QPaintDevice *device = painter.device();
    m_raster = device && device->devType() == QInternal::Image && painter.paintEngine() &&
               painter.paintEngine()->type() == QPaintEngine::Raster && !painter.deviceTransform().isRotating();
    if (m_raster) {
        const auto *image = static_cast<const QImage *>(device);
        m_width = image->width();
        m_height = image->height();
        m_raster = m_width > 0 && m_height > 0;
        m_tilesX = (m_width + kTile - 1) / kTile;
        m_tiles.resize(std::size_t(m_tilesX) * std::size_t((m_height + kTile - 1) / kTile));
    }
}

float *DotLayer::inkAt(int x, int y)
{
    auto &tile = m_tiles[std::size_t(y / kTile) * std::size_t(m_tilesX) + std::size_t(x / kTile)];
    if (!tile)
        tile = std::make_unique<float[]>(kTile * kTile * 4); // zeroed
    return tile.get() + (std::size_t(y % kTile) * kTile + std::size_t(x % kTile)) * 4;
}

void DotLayer::addVector(const QRectF &box, const QColor &fill)
{
    const QRgb key = fill.rgba();
    auto it = std::find_if(m_rects.begin(), m_rects.end(), [key](const auto &r) { return r.first == key; });
    if (it == m_rects.end()) {
        m_rects.emplace_back(key, std::vector<QRectF>());
        it = m_rects.end() - 1;
    }
    it->second.push_back(box);
}

void DotLayer::add(const QRectF &box, const QColor &fill, double fillInk, const QColor &outline, double outlineInk)
{
    if (!m_raster) {
        addVector(box, fill);
        return;
    }
    const QTransform &t = m_toDevice;
    const QRectF d = t.mapRect(box);
    const double scale = std::abs(t.m11() * t.m22());
    const double x0 = std::max(0.0, d.left()), x1 = std::min(double(m_width), d.right());
    const double y0 = std::max(0.0, d.top()), y1 = std::min(double(m_height), d.bottom());
    if (!(x0 < x1 && y0 < y1))
        return;
    const double boxArea = std::max(d.width() * d.height(), 1e-9);
    const double ink = std::max(fillInk + outlineInk, 1e-12);
    const double density = std::min(1.0, ink * scale / boxArea);
    const double fw = fillInk / ink, ow = outlineInk / ink;
    const float r = float(fill.red() * fw + outline.red() * ow);
    const float g = float(fill.green() * fw + outline.green() * ow);
    const float b = float(fill.blue() * fw + outline.blue() * ow);
    const int px0 = int(std::floor(x0)), px1 = int(std::ceil(x1)) - 1;
    const int py0 = int(std::floor(y0)), py1 = int(std::ceil(y1)) - 1;
    for (int y = py0; y <= py1; ++y) {
        const double wy = std::min(y1, y + 1.0) - std::max(y0, double(y));
        for (int x = px0; x <= px1; ++x) {
            const double wx = std::min(x1, x + 1.0) - std::max(x0, double(x));
            const float c = float(wx * wy * density);
            float *p = inkAt(x, y);
            p[0] += c * r;
            p[1] += c * g;
            p[2] += c * b;
            p[3] += c;
        }
    }
    if (m_maxX < m_minX) {
        m_minX = px0, m_maxX = px1, m_minY = py0, m_maxY = py1;
    } else {
        m_minX = std::min(m_minX, px0), m_maxX = std::max(m_maxX, px1);
        m_minY = std::min(m_minY, py0), m_maxY = std::max(m_maxY, py1);
    }
}

void DotLayer::merge(DotLayer &other)
{
    for (auto &[colour, rects] : other.m_rects) {
        for (const QRectF &r : rects)
            addVector(r, QColor::fromRgba(colour));
    }
    other.m_rects.clear();
    if (other.m_maxX < other.m_minX)
        return;
    Q_ASSERT(other.m_tiles.size() == m_tiles.size());
    for (std::size_t t = 0; t < m_tiles.size() && t < other.m_tiles.size(); ++t) {
        if (!other.m_tiles[t])
            continue;
        if (!m_tiles[t]) {
            m_tiles[t] = std::move(other.m_tiles[t]);
            continue;
        }
        float *into = m_tiles[t].get();
        const float *from = other.m_tiles[t].get();
        for (int i = 0; i < kTile * kTile * 4; ++i)
            into[i] += from[i];
        other.m_tiles[t].reset();
    }
    if (m_maxX < m_minX) {
        m_minX = other.m_minX, m_maxX = other.m_maxX, m_minY = other.m_minY, m_maxY = other.m_maxY;
    } else {
        m_minX = std::min(m_minX, other.m_minX), m_maxX = std::max(m_maxX, other.m_maxX);
        m_minY = std::min(m_minY, other.m_minY), m_maxY = std::max(m_maxY, other.m_maxY);
    }
    other.m_minX = other.m_minY = 0;
    other.m_maxX = other.m_maxY = -1;
}

void DotLayer::finish()
{
    if (!m_rects.empty()) {
        m_painter.save();
        m_painter.setRenderHint(QPainter::Antialiasing, true);
        m_painter.setPen(Qt::NoPen);
        for (auto &[colour, rects] : m_rects) {
            m_painter.setBrush(QColor::fromRgba(colour));
            m_painter.drawRects(rects.data(), int(rects.size()));
        }
        m_painter.restore();
        m_rects.clear();
    }
    if (m_maxX < m_minX)
        return;
    // Each touched pixel in the mean colour of its ink, as opaque as the ink covers it
    // (premultiplied, at the painter's opacity): straight over the target's pixels when the
    // painter draws plainly into a 32-bit image, else through a picture of the dots.
    auto *target = static_cast<QImage *>(m_painter.device());
    const QRect touched(QPoint(m_minX, m_minY), QPoint(m_maxX, m_maxY));
    const bool direct =
        (target->format() == QImage::Format_ARGB32_Premultiplied || target->format() == QImage::Format_RGB32) &&
        m_painter.compositionMode() == QPainter::CompositionMode_SourceOver &&
        (!m_painter.hasClipping() ||
         m_painter.deviceTransform().mapRect(m_painter.clipBoundingRect()).toAlignedRect().contains(touched));
    const float opacity = float(std::clamp(m_painter.opacity(), 0.0, 1.0));
    QImage picture;
    if (!direct) {
        picture = QImage(touched.size(), QImage::Format_ARGB32_Premultiplied);
        picture.fill(Qt::transparent);
    }
    uchar *bits = direct ? const_cast<uchar *>(target->constBits()) : picture.bits(); // unshared while painted
    const qsizetype bytesPerLine = direct ? target->bytesPerLine() : picture.bytesPerLine();
    const QPoint origin = direct ? QPoint(0, 0) : touched.topLeft();
    auto channel = [](float v) { return std::clamp(int(std::lround(v)), 0, 255); };
    for (std::size_t t = 0; t < m_tiles.size(); ++t) {
        if (!m_tiles[t])
            continue;
        const int tileX = int(t % std::size_t(m_tilesX)) * kTile, tileY = int(t / std::size_t(m_tilesX)) * kTile;
        for (int y = tileY; y < std::min(tileY + kTile, m_height); ++y) {
            auto *row = reinterpret_cast<QRgb *>(bits + (y - origin.y()) * bytesPerLine);
            const float *p = m_tiles[t].get() + std::size_t(y - tileY) * kTile * 4;
            for (int x = tileX; x < std::min(tileX + kTile, m_width); ++x, p += 4) {
                const float ink = p[3];
                if (ink <= 0.0f)
                    continue;
                const float alpha = std::min(1.0f, ink) * opacity;
                const float k = alpha / ink; // the mean colour, premultiplied by the alpha
                const int a = channel(alpha * 255.0f);
                QRgb &out = row[x - origin.x()];
                const QRgb dot = qRgba(channel(p[0] * k), channel(p[1] * k), channel(p[2] * k), a);
                if (!direct) {
                    out = dot;
                    continue;
                }
                const int keep = 255 - a; // source over, premultiplied
                out = qRgba(qRed(dot) + (qRed(out) * keep + 127) / 255, qGreen(dot) + (qGreen(out) * keep + 127) / 255,
                            qBlue(dot) + (qBlue(out) * keep + 127) / 255, a + (qAlpha(out) * keep + 127) / 255);
            }
        }
        m_tiles[t].reset();
    }
    if (!direct) {
        const qreal dpr = target->devicePixelRatio();
        picture.setDevicePixelRatio(dpr);
        m_painter.save();
        m_painter.setWorldTransform(QTransform());
        m_painter.setOpacity(1.0); // already applied
        m_painter.drawImage(QPointF(m_minX / dpr, m_minY / dpr), picture);
        m_painter.restore();
    }
    m_minX = m_minY = 0;
    m_maxX = m_maxY = -1;
}

} // namespace engdrift
