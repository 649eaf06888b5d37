#pragma once
// DotLayer: areas smaller than a pixel or two, drawn as what their polygons would leave on the
// pixels they touch.
//
// Each dot adds its ink (the area's fill and its outline, in their colours) to the pixels under
// its box, in proportion to how much of each pixel it covers. finish() draws every touched pixel
// in the mean colour of its ink, as opaque as the ink covers it: an estate far away is the blend
// of its care types in their share of the ground, its edge antialiased, like the estate drawn in
// full and then shrunk. The sum does not depend on the order the areas come in.
//
// On a raster device (a QImage) the ink is summed in device pixels; on any other device (PDF,
// SVG) each dot is a small rectangle in its fill colour. add() touches only the layer itself, so
// layers on one painter may be filled on several threads and merged before finish().

#include <QColor>
#include <QRectF>
#include <QTransform>

#include <memory>
#include <vector>

class QPainter;

namespace engdrift {

class DotLayer
{
public:
    explicit DotLayer(QPainter &painter);
    DotLayer(const DotLayer &) = delete;
    DotLayer &operator=(const DotLayer &) = delete;

    /// A dot over `box` (logical pixels of the painter): `fillInk` square pixels of `fill` and
    /// `outlineInk` of `outline`, spread evenly over the box (at most covering it).
    void add(const QRectF &box, const QColor &fill, double fillInk, const QColor &outline, double outlineInk);
    /// Adds the dots of `other` (a layer on the same painter, filled on another thread) to these.
    void merge(DotLayer &other);
    /// Draws the dots added since the last call, at the painter's opacity.
    void finish();

private:
    void addVector(const QRectF &box, const QColor &fill);

    QPainter &m_painter;
    QTransform m_toDevice; ///< read once: add() may run on another thread than the painter's
    bool m_raster = false;
    /// Raster: per device pixel of the target, red, green, blue (weighted by ink) and the ink, in
    /// tiles of kTile x kTile pixels made when first touched (far away, dots cover little).
    static constexpr int kTile = 32;
    float *inkAt(int x, int y);
    int m_width = 0, m_height = 0;
    int m_tilesX = 0;
    std::vector<std::unique_ptr<float[]>> m_tiles;
    int m_minX = 0, m_minY = 0, m_maxX = -1, m_maxY = -1; ///< the pixels touched, inclusive
    // Vector: rectangles by colour.
    std::vector<std::pair<QRgb, std::vector<QRectF>>> m_rects;
};

} // namespace engdrift
