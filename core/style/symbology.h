#pragma once
// Symbology: every colour, hatch and outline Engdrift draws, read from styles/symbology.json (the
// format is described in styles/README.md).
//
// The built-in file travels inside engdrift_core (:/engdrift/styles/symbology.json) and is
// installed to share/engdrift/styles. A user may copy it, change it and point ENGDRIFT_STYLES (or
// the setting "styles/file") at the copy: active() then reads that file once; a file that cannot
// be read or does not validate is refused (activeProblem() names the file and the key) and the
// built-in symbology is used. Loading validates every key: an unknown key, a missing one or a
// colour that is not #RRGGBB / #RRGGBBAA is an error naming the file and the key.
//
// MapStyle (render/map_style.h) draws the map with it, the QGIS styles of a project
// (style/qgis_style.h) are made from it, and the charts and the desktop program take their few
// colours from it. A Symbology is an immutable value, safe to share between threads; active() may
// be called from any thread.

#include "catalogue/catalogue.h"
#include "util/result.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace engdrift {

/// How the hatching over a fill is drawn (8-pixel patterns on screen).
enum class HatchPattern {
    None,
    Diagonal,     ///< lines rising to the right ( / )
    DiagonalBack, ///< lines falling to the right ( \ )
    Horizontal,
    Vertical,
    Grid,         ///< horizontal and vertical lines ( + )
    DiagonalGrid, ///< both diagonals ( x )
    Dots,         ///< a dot every 4 pixels
    SparseDots,   ///< a dot every 4 x 8 pixels
};

/// The name of a pattern in the styles file ("diagonal", ...), and back.
QString hatchPatternName(HatchPattern pattern);
std::optional<HatchPattern> hatchPatternFromName(const QString &name);
/// The Qt brush style that draws a pattern.
Qt::BrushStyle hatchBrushStyle(HatchPattern pattern);

/// How areas of one care type are drawn.
struct CareSymbol
{
    QColor fill;
    QColor outline;
    HatchPattern hatch = HatchPattern::None;
    QColor hatchColour; ///< valid when hatch is not None
    QColor label;       ///< the text of its labels (the halo is the map's)
};

struct MapColours
{
    QColor background;
    QColor departmentOutline;
    QColor selectionOutline;
    QColor selectionFill;
    QColor proposalOutline; ///< the dashed outline of planned changes
    QColor labelText;
    QColor labelHalo;
    QColor pathFill; ///< a mown path: a band of short grass with a dark edge
    QColor pathEdge;
    QColor safetyEdgeFill; ///< a safety edge along a path: paler, a dotted centre line
    QColor safetyEdgeLine;
};

struct DecorationColours
{
    QColor scaleBarDark;
    QColor scaleBarLight;
    QColor scaleBarText;
    QColor scaleBarHalo;
    QColor northArrowFill;
    QColor northArrowHalo;
    QColor northArrowText;
    QColor paper; ///< the page of an exported layout (behind everything, also in PNG)
};

struct ChartColours
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor axis;
    QColor grid;
    QColor highlight;
    QColor adopted;
    QColor total;
    QColor today;
    QColor proposal;
    QList<QColor> series; ///< for series without a colour of their own
};

/// How mowing zones (render/zone_painter.h) and the season calendar are drawn: a symbol per regime
/// class ("lawn", "rough_grass", "meadow", "hay", "mown_path", "safety_edge"; see
/// mowingClassCode), the zone numbers' text and halo, and the calendar chart's few colours.
struct MowingColours
{
    QHash<QString, CareSymbol> classes; ///< by class code
    QColor numberText;
    QColor numberHalo;
    QColor calendarRemoval;  ///< the week hay is removed
    QColor calendarHours;    ///< the hours a week
    QColor calendarCapacity; ///< the crew's hours a week
    QColor calendarWarning;  ///< a week or cut with a warning
};

/// How the nature value view (render/nature_painter.h) is drawn: the ramp of units per ha (stops
/// from 0 to rampMaximum, linear between them; more than the maximum: the last stop), a
/// categorical palette for the networks' outlines (repeating when there are more networks), the
/// isolated patches' hatch, the links and the suggested lawns.
struct NatureColours
{
    QList<QColor> ramp;          ///< at least two stops, evenly spaced from 0 to rampMaximum
    double rampMaximum = 20;     ///< units per ha at the last stop
    QList<QColor> networks;      ///< at least one colour
    QColor isolatedHatch;        ///< the hatch over an isolated patch
    HatchPattern isolatedPattern = HatchPattern::DiagonalBack;
    QColor link;                 ///< a link's line between its two nearest points
    QColor suggestion;           ///< a suggested lawn's dashed outline and its rank
    QColor suggestionHalo;
    /// The colour of `unitsPerHa` on the ramp.
    QColor rampColour(double unitsPerHa) const;
    /// The outline colour of network `index` (the palette repeats).
    QColor networkColour(int index) const;
};

/// The codes of the regime classes, in the order a legend lists them.
QStringList mowingClassCodes();

/// The few colours of the desktop program's own widgets and tools.
struct UiColours
{
    QColor errorText;
    QColor errorBackground;
    QColor warningText;
    QColor mutedText;
    QColor rubberBand;
    QColor rubberBandFill;
    QColor splitLine;
    QColor pathLine;
    QColor vertex;
    QColor vertexFill;
    QColor snap;
    QColor panelBackground; ///< a panel over the map (the start panel of an empty project)
    QColor panelBorder;
};

class Symbology
{
public:
    Symbology() = default;

    /// The symbology built into the program (styles/symbology.json).
    static const Symbology &builtIn();
    /// The one in use: the file ENGDRIFT_STYLES or the setting "styles/file" names when it is
    /// valid, else the built-in one.
    static const Symbology &active();
    /// Why the user's styles file was refused (it names the file and the key); empty if it was not.
    static QString activeProblem();
    /// The environment variable and the setting that name a user's styles file.
    static QString environmentVariable() { return QStringLiteral("ENGDRIFT_STYLES"); }
    static QString settingsKey() { return QStringLiteral("styles/file"); }

    static Result<Symbology> loadFile(const QString &path);
    /// Parses and validates; sourceName (the file name) is used in error messages.
    static Result<Symbology> fromJson(const QByteArray &json, const QString &sourceName);

    QString name() const { return m_name; }
    QString sourceName() const { return m_sourceName; }
    /// The styled care types, by catalogue code (nullptr when this file does not style it).
    const CareSymbol *careSymbol(const QString &code) const;
    /// The codes this file styles, sorted.
    QStringList careTypeCodes() const { return m_order; }
    /// For codes that neither the symbology nor the catalogue style.
    const CareSymbol &unknownCareType() const { return m_unknown; }

    /// How a care type of `catalogue` is drawn: this symbology's symbol, else the built-in one's,
    /// else the look the catalogue itself carries (older or custom catalogues), else the symbol
    /// for unknown care types.
    CareSymbol resolve(const QString &code, const Catalogue &catalogue) const;

    const MapColours &map() const { return m_map; }
    const DecorationColours &decorations() const { return m_decorations; }
    const ChartColours &charts() const { return m_charts; }
    const UiColours &ui() const { return m_ui; }
    /// Mowing zones and the season calendar (a file without "mowing" gets the built-in ones).
    const MowingColours &mowing() const { return m_mowing; }
    /// The nature value view (a file without "nature" gets the built-in one).
    const NatureColours &nature() const { return m_nature; }

private:
    QString m_name;
    QString m_sourceName;
    QHash<QString, CareSymbol> m_careTypes;
    QStringList m_order;
    CareSymbol m_unknown;
    MapColours m_map;
    DecorationColours m_decorations;
    ChartColours m_charts;
    UiColours m_ui;
    MowingColours m_mowing;
    NatureColours m_nature;
};

/// A colour as the styles file writes it: #rrggbb, or #rrggbbaa when not opaque.
QString symbologyColourName(const QColor &colour);

} // namespace engdrift
