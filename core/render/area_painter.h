#pragma once
// AreaPainter: draws area versions onto a QPainter, straight from their WKB.
//
// Level of detail, one rule at every scale: an area is drawn as its polygon (thinned to half a
// pixel, filled by care type, hatched when nature-friendly, outlined) while it is at least
// `dotPixels` wide or high on screen; a smaller one is a dot (render/dot_layer.h) that leaves on
// the pixels what its polygon and outline would: its fill and outline colours in the share they
// would have, as much of each pixel as they would cover. A department far away is the blend of
// its areas, not a box, and zooming out never switches the map from one picture to another.
// The dots are drawn by finish().
//
// One AreaPainter per painter and thread.

#include "store/area_stream.h"
#include "render/dot_layer.h"
#include "render/map_style.h"
#include "render/wkb_paths.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPen>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace engdrift {

struct AreaPaintSettings
{
    PixelMapping toPixel;
    double outlineWidth = 0.6;
    double fillOpacity = 1.0;
    /// An area smaller than this many pixels on screen, both wide and high, is drawn as a dot.
    double dotPixels = 2.0;
    /// Keep the areas large enough on screen for a label (AreaPainter::labels).
    bool collectLabels = false;
    /// Keep the paths of these areas (AreaPainter::selected), to highlight them on top.
    const QSet<qint64> *selectedIds = nullptr;
    /// On a page (PDF, SVG, QPicture): hatch all areas of one care type in one fill at finish(),
    /// their outlines over it, instead of a hatch per area (Qt's PDF writer makes a pattern object
    /// for every hatched fill). For a layer whose areas do not overlap: the stored areas.
    bool batchHatches = false;
};

/// An area that may get a label: large enough on screen (its outline's box in pixels).
struct AreaLabelCandidate
{
    qint64 areaId = 0;
    QString careType;
    double areaM2 = 0;
    QRectF pixelBox;
    QByteArray wkb;
};

class AreaPainter
{
public:
    AreaPainter(QPainter &painter, const MapStyle &style, const AreaPaintSettings &settings);
    AreaPainter(const AreaPainter &) = delete;
    AreaPainter &operator=(const AreaPainter &) = delete;
    ~AreaPainter();

    enum class Drawn { Nothing, Dot, Polygon };
    /// Draws one area (Nothing: its geometry could not be read). path() is what a polygon drew.
    Drawn draw(const StreamedArea &area);
    /// The pixel path of the last polygon drawn.
    const QPainterPath &path() const { return m_path; }
    /// The area's bounding box in pixels; nothing when its geometry cannot be read.
    std::optional<QRectF> pixelBox(const StreamedArea &area) const;
    /// Draws the batched dots.
    void finish();
    /// Takes over the dots (and their counts) of `other`, a painter on the same QPainter that
    /// drew small areas on another thread.
    void takeDots(AreaPainter &other);

    int areasDrawn() const { return m_drawn; }
    int dotsDrawn() const { return m_dots; }
    const QList<std::pair<qint64, QPainterPath>> &selected() const { return m_selected; }
    const QList<AreaLabelCandidate> &labels() const { return m_labels; }

private:
    struct Style
    {
        const CareStyle *care = nullptr;
        QColor dotFill; ///< the fill with its hatching mixed in, as the eye sees a small hatched area
        QPen outline;
        QBrush fill; ///< one brush for all areas of the type: QPainter skips setting it again
        QPainterPath hatched; ///< batchHatches: the hatched areas drawn so far, hatched by finish()
    };
    Style &styleOf(QByteArrayView careType);

    /// Counts a drawn polygon, keeps it if selected, and offers its label.
    Drawn drawn(const StreamedArea &area, const QRectF &box, bool selected);

    QPainter &m_painter;
    bool m_vector = false; ///< drawing onto a page, not pixels
    const MapStyle &m_mapStyle;
    AreaPaintSettings m_settings;
    QHash<QByteArray, Style *> m_styles;
    std::vector<std::unique_ptr<Style>> m_ownedStyles;
    QPainterPath m_path;
    DotLayer m_dotLayer;
    int m_drawn = 0;
    int m_dots = 0;
    QList<std::pair<qint64, QPainterPath>> m_selected;
    QList<AreaLabelCandidate> m_labels;
};

} // namespace engdrift
