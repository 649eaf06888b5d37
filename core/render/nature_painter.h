#pragma once
// The nature value view (analysis/nature.h) drawn onto any QPainter: a screen image through
// MapRenderer (RenderOptions::nature), a PDF page or an SVG.
//
// Each area with a shape in the result is filled by its biodiversity units per ha on the ramp of
// styles/symbology.json ("nature.ramp"); each nature-friendly area is outlined in the colour of its
// patch's network (a categorical palette that repeats when there are many networks); an isolated
// patch (no link) is hatched; the links that hold each network together (its minimum spanning tree:
// the shortest links that join all its patches) are lines between their nearest points; each suggested
// lawn gets a dashed outline with its rank in the middle.
//
// Threads: any thread (GEOS through the calling thread's context); not two at once on one painter.

#include "analysis/nature.h"
#include "style/symbology.h"

#include <QRectF>
#include <QTransform>

class QPainter;

namespace engdrift {

/// An area's units per ha (0 for an area without area).
double unitsPerHectare(const AreaNature &area);

struct NaturePaintOptions
{
    /// Map (project CRS, north up) to painter coordinates: MapView::mapToPixel(), or a page's.
    QTransform toPixel;
    /// The part of the painter the map covers: what lies outside is not drawn. Empty: no limit.
    QRectF frame;
    double fillOpacity = 0.85;
    /// The suggested lawns' ranks as text.
    bool ranks = true;
    double rankSize = 15;
    /// nullptr: Symbology::active().
    const Symbology *symbology = nullptr;
};

struct NaturePaintResult
{
    int areasFilled = 0;
    int patchAreasOutlined = 0;
    int isolatedPatches = 0;
    int linksDrawn = 0; ///< the networks' spanning links drawn (not every pair within D)
    int suggestionsDrawn = 0;
    QList<QRectF> rankBoxes; ///< where the ranks went (for other labels to avoid)
};

NaturePaintResult drawNature(QPainter &painter, const NatureResult &nature, const NaturePaintOptions &options);

/// A swatch of the isolated patches' hatch (the legend draws it as the map does).
void drawIsolatedSwatch(QPainter &painter, const QRectF &rect, const Symbology &symbology = Symbology::active());

} // namespace engdrift
