#include "render/map_view.h"

#include <algorithm>

namespace engdrift {

MapView::MapView(const QPointF &centre, double mapUnitsPerPixel, const QSize &size)
    : m_centre(centre), m_unitsPerPixel(mapUnitsPerPixel), m_size(size)
{
}

MapView MapView::fitting(const QRectF &extent, const QSize &size, int marginPixels)
{
    const double w = std::max(1, size.width() - 2 * marginPixels);
    const double h = std::max(1, size.height() - 2 * marginPixels);
    const double upp = std::max({extent.width() / w, extent.height() / h, 1e-6});
    return MapView(extent.center(), upp, size);
}

QRectF MapView::extent() const
{
    const double w = m_size.width() * m_unitsPerPixel;
    const double h = m_size.height() * m_unitsPerPixel;
    return QRectF(m_centre.x() - w / 2, m_centre.y() - h / 2, w, h);
}

QTransform MapView::mapToPixel() const
{
    // pixel = ((x - left) / upp, (top_north - y) / upp)
    const QRectF e = extent();
    const double s = 1.0 / m_unitsPerPixel;
    return QTransform(s, 0, 0, -s, -e.left() * s, e.bottom() * s);
}

QPointF MapView::toPixel(const QPointF &map) const
{
    return mapToPixel().map(map);
}

QPointF MapView::toMap(const QPointF &pixel) const
{
    return mapToPixel().inverted().map(pixel);
}

MapView MapView::panned(const QPointF &pixelDelta) const
{
    return MapView(m_centre + QPointF(-pixelDelta.x(), pixelDelta.y()) * m_unitsPerPixel, m_unitsPerPixel, m_size);
}

MapView MapView::zoomed(double factor, const QPointF &pixel) const
{
    const QPointF anchor = toMap(pixel);
    const double upp = m_unitsPerPixel / factor;
    // Keep `anchor` under `pixel`: centre = anchor - (pixel - centrePixel) * upp (y flipped).
    const QPointF centrePixel(m_size.width() / 2.0, m_size.height() / 2.0);
    const QPointF d = pixel - centrePixel;
    return MapView(QPointF(anchor.x() - d.x() * upp, anchor.y() + d.y() * upp), upp, m_size);
}

} // namespace engdrift
