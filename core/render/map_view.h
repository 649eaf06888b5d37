#pragma once
// MapView: which part of the map is shown on how many pixels.
//
// The extent is in the project CRS (metres); the y axis points north on the map and down on the
// screen. A MapView is a plain value: the GUI, the renderer and exports share it.

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace engdrift {

class MapView
{
public:
    MapView() = default;
    /// A view of `size` pixels centred on `centre` with `mapUnitsPerPixel`.
    MapView(const QPointF &centre, double mapUnitsPerPixel, const QSize &size);
    /// The smallest view of `size` pixels that shows all of `extent` (with a margin in pixels).
    static MapView fitting(const QRectF &extent, const QSize &size, int marginPixels = 0);

    bool isValid() const { return m_size.isValid() && !m_size.isEmpty() && m_unitsPerPixel > 0; }
    QPointF centre() const { return m_centre; }
    double mapUnitsPerPixel() const { return m_unitsPerPixel; }
    QSize size() const { return m_size; }
    /// The map rectangle shown (x east, y north).
    QRectF extent() const;
    /// Scale denominator (1:N) on a screen of `dpi` dots per inch.
    double scaleDenominator(double dpi = 96.0) const { return m_unitsPerPixel * dpi / 0.0254; }

    QTransform mapToPixel() const;
    QPointF toPixel(const QPointF &map) const;
    QPointF toMap(const QPointF &pixel) const;

    MapView withSize(const QSize &size) const { return MapView(m_centre, m_unitsPerPixel, size); }
    MapView panned(const QPointF &pixelDelta) const;
    /// Zoomed by `factor` (> 1 zooms in) keeping the map point under `pixel` where it is.
    MapView zoomed(double factor, const QPointF &pixel) const;

    bool operator==(const MapView &other) const = default;

private:
    QPointF m_centre;
    double m_unitsPerPixel = 0;
    QSize m_size;
};

} // namespace engdrift
