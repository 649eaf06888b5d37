#pragma once
// MapRenderer: draws the areas of a project onto any QPainter (a QImage on a worker thread, a PDF
// page, an SVG), as they were (or are planned to be) on a date.
//
// It reads only the areas whose bounding box meets the view (the R-tree; render/area_stream.h),
// maps their WKB straight to pixels thinned to half a pixel, fills them by care type (hatched when
// nature-friendly) and labels them when they are large enough on screen. Level of detail is one
// rule at every scale (render/area_painter.h): an area smaller than RenderOptions::dotPixels on
// screen is a dot of its colour that covers what its polygon would, so a department far away is
// the sum of its areas, never a box. Into a QImage it draws on every core (render/area_layer.h).
//
// Threads: a MapRenderer uses the ProjectStore it is given, so it runs on that store's thread.
// Rendering can be cancelled through the flag; a cancelled render returns with `cancelled` set.

#include "edit/edit_session.h"
#include "render/map_style.h"
#include "render/map_view.h"
#include "store/project_store.h"
#include "util/result.h"

#include <QDate>
#include <QImage>
#include <QSet>
#include <QString>

#include <atomic>

class QPainter;

namespace engdrift {

struct MowingZones;
struct NatureResult;

struct RenderOptions
{
    MapView view;
    QDate at = QDate::currentDate();
    QSet<qint64> selectedAreaIds;
    bool labels = true;
    bool decorations = true;      ///< scale bar and north arrow
    QList<QRectF> keepFree;       ///< view pixels no label may cover (a print layout's caption over the map)
    QString language = QStringLiteral("da");
    /// An area smaller than this many pixels on screen, both wide and high, is drawn as a dot of
    /// its fill colour (covering what its polygon and outline would); 0 draws every polygon.
    double dotPixels = 2.0;
    /// Unsaved edits drawn over the stored areas (the stored versions of edited areas are hidden).
    std::shared_ptr<const EditOverlay> overlay;
    /// Draw the map as this proposal plans it: its planned versions (stored or among the unsaved
    /// edits) replace the areas' current ones, outlined with dashes; its planned paths are dashed.
    std::optional<qint64> proposalId;
    /// A raster under the map (a GeoTIFF orthophoto or any GDAL raster source); empty: none.
    QString background;
    /// How much of the fill colours shows over the background (0-1).
    double fillOpacity = 1.0;
    /// A department's mowing zones drawn over the map with their numbers (render/zone_painter.h);
    /// the areas' own labels give way to them.
    std::shared_ptr<const MowingZones> mowingZones;
    /// Zones drawn as selected (by number).
    QSet<int> highlightedZones;
    /// Every zone number, also where it must overlap another (print: the crew needs each one).
    bool everyZoneNumber = false;
    /// The nature value view drawn over the map (render/nature_painter.h): units per ha, the
    /// networks, isolated patches, links and suggested lawns; the areas' own labels give way to it.
    std::shared_ptr<const NatureResult> nature;
};

struct RenderStats
{
    bool cancelled = false;
    int areasDrawn = 0;
    int areasAsDots = 0; ///< of areasDrawn, those smaller than a dot on screen
    int labelsDrawn = 0;
    int pathsDrawn = 0; ///< mown paths and edges
    int natureAreas = 0; ///< areas filled by their units per ha (the nature value view)
    QString backgroundError; ///< why the background could not be drawn (the map is drawn anyway)
};

class MapRenderer
{
public:
    MapRenderer(const ProjectStore &store, MapStyle style);

    /// Draws onto `painter`, whose device is options.view.size() pixels (logical) in size.
    Result<RenderStats> render(QPainter &painter, const RenderOptions &options,
                               const std::atomic_bool *cancel = nullptr) const;
    /// Renders into a new ARGB image of the view's size times devicePixelRatio pixels.
    Result<QImage> renderImage(const RenderOptions &options, const std::atomic_bool *cancel = nullptr,
                               RenderStats *stats = nullptr, qreal devicePixelRatio = 1.0) const;

    /// Loads the label fonts (the first text drawn in a process pays for the font database).
    static void prepareFonts();

    /// Draws a scale bar and a north arrow for the view (also used by print layouts), in the
    /// colours of the styles in use unless told others.
    static void drawDecorations(QPainter &painter, const MapView &view, const QRectF &frame,
                                const DecorationColours &colours = Symbology::active().decorations());

private:
    Result<RenderStats> renderMap(QPainter &painter, const RenderOptions &options,
                                  const std::atomic_bool *cancel) const;
    /// The mown paths valid at the date (with the unsaved edits, and a proposal's planned ones
    /// dashed), each a band as wide as it is on the ground.
    Result<void> drawPaths(QPainter &painter, const RenderOptions &options, RenderStats &stats) const;

    const ProjectStore &m_store;
    MapStyle m_style;
};

} // namespace engdrift
