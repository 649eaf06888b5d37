#pragma once
// The mowing zones of a department (analysis/mowing_zones.h) drawn onto any QPainter: a screen
// image, a PDF page, an SVG. The map canvas (through MapRenderer, RenderOptions::mowingZones) and
// the printed mowing plan draw them with the same code.
//
// Each zone is filled by its regime class (mowingClassOf: lawn cut often, rough grass, meadow cut
// twice, hay and meadow cut once, mown path, safety edge; every colour and hatch from
// styles/symbology.json, "mowing") and outlined; a mown path's band keeps an outline at least 2
// units wide so that a band of a metre or two stays visible. The zone's number goes in its
// middle: the centre of the largest circle inside the part that is in view (GEOS's maximum
// inscribed circle, the "pole of inaccessibility"), as bold text with a halo. Numbers do not
// overlap: the larger zones come first, a number that would cover another is moved to another
// place inside its zone, and one that finds none is left out (on a screen) or drawn where it
// belongs anyway (ZonePaintOptions::everyNumber, for print: the crew needs every number).
//
// The legend (zoneLegend) lists the classes with their symbol and translated name; drawZoneSwatch
// draws a class's swatch as the map draws its zones.
//
// Threads: any thread (GEOS through the calling thread's context); not two at once on one painter.

#include "analysis/mowing_zones.h"
#include "style/symbology.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QTransform>

#include <optional>

class QPainter;

namespace engdrift {

/// How a zone is cut, in the classes the map colours it by.
enum class MowingClass {
    Lawn,       ///< cut 10 or more times a year
    RoughGrass, ///< cut 3 to 9 times a year
    Meadow,     ///< cut twice a year
    Hay,        ///< cut once a year (hay, flower meadow)
    MownPath,   ///< a mown path's band
    SafetyEdge  ///< a safety edge's band
};

/// The class of a zone: by its kind (paths, edges), else by its regime's cuts a year.
MowingClass mowingClassOf(const MowingZone &zone);
MowingClass mowingClassOf(const QString &careType, const MowingRegime &regime);
/// "lawn", "rough_grass", "meadow", "hay", "mown_path", "safety_edge": the keys of
/// styles/symbology.json's "mowing.classes" (mowingClassCodes() lists them in this order).
QString mowingClassCode(MowingClass mowingClass);
/// "Lawn", "Meadow", ... translated (the installed translation).
QString mowingClassName(MowingClass mowingClass);
/// "cut 10 or more times a year", ... translated.
QString mowingClassDescription(MowingClass mowingClass);
/// How the class is drawn (the symbology's "mowing.classes").
CareSymbol mowingClassSymbol(MowingClass mowingClass, const Symbology &symbology = Symbology::active());

/// One line of a zone legend.
struct ZoneLegendEntry
{
    MowingClass mowingClass = MowingClass::Lawn;
    QString code;        ///< mowingClassCode
    QString name;        ///< mowingClassName
    QString description; ///< mowingClassDescription
    CareSymbol symbol;
    int zones = 0;       ///< how many of the zones are of the class
    double areaM2 = 0;   ///< their m²
};

/// The classes `zones` has, in legend order (lawn ... safety edge); every class (with 0 zones)
/// when `zones` is null.
QList<ZoneLegendEntry> zoneLegend(const MowingZones *zones, const Symbology &symbology = Symbology::active());

/// A swatch of the class's symbol in `rect`: its fill, hatching and outline, as zones are drawn.
void drawZoneSwatch(QPainter &painter, const QRectF &rect, const CareSymbol &symbol);

struct ZonePaintOptions
{
    /// Map (project CRS, north up) to painter coordinates: MapView::mapToPixel(), or a page's.
    QTransform toPixel;
    /// The part of the painter the map covers: numbers stay inside it, and only what is in it is
    /// labelled. Empty: no limit.
    QRectF frame;
    double fillOpacity = 0.85;
    double outlineWidth = 1.2;
    bool numbers = true;
    /// The numbers' text height (a font's pixel size in painter units).
    double numberSize = 13;
    /// Draw a number that finds no free place where it belongs anyway (print) instead of leaving
    /// it out (screen).
    bool everyNumber = false;
    /// Zones drawn as selected (by number).
    QSet<int> highlighted;
    /// Painter rectangles no number may cover (a caption, the scale bar).
    QList<QRectF> keepFree;
    /// nullptr: Symbology::active().
    const Symbology *symbology = nullptr;
};

struct ZonePaintResult
{
    int zonesDrawn = 0;
    int numbersDrawn = 0;
    QList<int> numbersLeftOut;          ///< zones in view whose number found no place
    QList<QRectF> numberBoxes;          ///< where the numbers went (for other labels to avoid)
};

/// Draws the zones, then their numbers.
ZonePaintResult drawMowingZones(QPainter &painter, const MowingZones &zones, const ZonePaintOptions &options);

/// Where a zone's number belongs, in map units: the centre of the largest circle inside the zone
/// (or inside its part in `within`, when given), found to `tolerance` map units. Nothing for an
/// empty zone or one outside `within`.
std::optional<QPointF> zoneLabelPoint(const MowingZone &zone, double tolerance,
                                      const std::optional<QRectF> &within = std::nullopt);

} // namespace engdrift
