#pragma once
// drawAreaLayer: the stored areas of a view, drawn on every core when the picture allows it.
//
// Drawing into a QImage from a GeoPackage project, the view is cut into horizontal bands that
// worker threads take in turn, each with its own read-only connection (render/area_stream.h): a
// band reads only the areas that meet it and draws straight into its rows of the image, through
// a QImage that shares them, so no pixel is written by two threads and the picture is the one a
// single thread would draw. Anything else (a PDF or SVG page, a transformed painter, a store that
// is not a GeoPackage file) is drawn on the calling thread.

#include "render/area_painter.h"
#include "store/area_stream.h"
#include "render/map_style.h"
#include "render/map_view.h"
#include "util/result.h"

#include <QSet>

#include <atomic>

class QPainter;

namespace engdrift {

struct AreaLayerResult
{
    int areasDrawn = 0;
    int dotsDrawn = 0; ///< of areasDrawn, the areas drawn as a dot
    bool cancelled = false;
    QList<std::pair<qint64, QPainterPath>> selected; ///< the selected areas' pixel paths
    QList<AreaLabelCandidate> labels;                ///< each area once
};

/// Draws the areas that `query` finds (its bounds are set to the view's) onto `painter`, whose
/// view is `view`, except those in `skipIds` (area ids). When most areas in view are smaller than
/// a dot, those are found through the indexes alone (SmallAreaPass) and summed on this thread
/// while other threads draw the rest. `threads` caps the threads used (0: one per core).
Result<AreaLayerResult> drawAreaLayer(QPainter &painter, AreaStream &stream, AreaStreamQuery query, const MapView &view,
                                      const MapStyle &style, const AreaPaintSettings &settings,
                                      const QSet<qint64> &skipIds, const std::atomic_bool *cancel, int threads = 0);

} // namespace engdrift
