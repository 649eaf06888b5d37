#pragma once
// MapStyle: how each care type and everything else on the map is drawn, from the symbology
// (styles/symbology.json, style/symbology.h) for the care types of a catalogue. Meadow-like types
// are warm and hatched and the woody types differ in lightness and pattern, so a map stays
// readable in grey print and for colour-blind readers. Immutable; safe to share between threads.

#include "catalogue/catalogue.h"
#include "style/symbology.h"

#include <QColor>
#include <QHash>
#include <QString>

namespace engdrift {

struct CareStyle
{
    QColor fill;
    QColor outline;
    Qt::BrushStyle hatch = Qt::NoBrush; ///< drawn over the fill in hatchColour
    QColor hatchColour;
    QColor label; ///< the colour of its labels' text
};

class MapStyle
{
public:
    /// The active symbology (Symbology::active()), for the care types it styles.
    MapStyle();
    /// The active symbology for the care types of `catalogue`.
    explicit MapStyle(const Catalogue &catalogue);
    MapStyle(const Catalogue &catalogue, const Symbology &symbology);

    /// The style of a care type; an unknown code gets the symbology's neutral grey.
    const CareStyle &careStyle(const QString &careType) const;

    QColor background() const { return m_symbology.map().background; }
    QColor departmentOutline() const { return m_symbology.map().departmentOutline; }
    QColor selectionOutline() const { return m_symbology.map().selectionOutline; }
    QColor selectionFill() const { return m_symbology.map().selectionFill; }
    /// The dashed outline of a proposal's planned areas.
    QColor proposalOutline() const { return m_symbology.map().proposalOutline; }
    QColor labelText() const { return m_symbology.map().labelText; }
    QColor labelHalo() const { return m_symbology.map().labelHalo; }
    /// A mown path through long grass: a band of short grass with a dark green edge.
    QColor pathFill() const { return m_symbology.map().pathFill; }
    QColor pathEdge() const { return m_symbology.map().pathEdge; }
    /// A safety edge mown along a path: paler, its centre line dotted.
    QColor safetyEdgeFill() const { return m_symbology.map().safetyEdgeFill; }
    QColor safetyEdgeLine() const { return m_symbology.map().safetyEdgeLine; }
    const DecorationColours &decorations() const { return m_symbology.decorations(); }
    const Symbology &symbology() const { return m_symbology; }

private:
    void add(const QString &code, const Catalogue &catalogue);

    Symbology m_symbology;
    QHash<QString, CareStyle> m_styles;
    CareStyle m_unknown;
};

} // namespace engdrift
