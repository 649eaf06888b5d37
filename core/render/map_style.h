#pragma once
// MapStyle: how each care type is drawn (fill, hatching for nature-friendly types, outline), from
// the colours and hatches of the catalogue. Meadow-like types are warm and hatched, so a map stays
// readable in grey print. Immutable; safe to share between threads.

#include "catalogue/catalogue.h"

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
};

class MapStyle
{
public:
    MapStyle() = default;
    explicit MapStyle(const Catalogue &catalogue);

    /// The style of a care type; an unknown code gets a neutral grey.
    const CareStyle &careStyle(const QString &careType) const;

    QColor background() const { return QColor(0xfb, 0xfa, 0xf6); }
    QColor departmentOutline() const { return QColor(0x40, 0x40, 0x40); }
    QColor selectionOutline() const { return QColor(0x00, 0x66, 0xff); }
    QColor selectionFill() const { return QColor(0x00, 0x66, 0xff, 60); }
    QColor labelText() const { return QColor(0x20, 0x20, 0x20); }
    /// The dashed outline of a version planned in a proposal.
    QColor proposalOutline() const { return QColor(0x20, 0x20, 0x20); }
    QColor labelHalo() const { return QColor(255, 255, 255, 220); }
    /// A mown path through long grass: a band of short grass with a dark green edge.
    QColor pathFill() const { return QColor(0xa9, 0xd6, 0x7e); }
    QColor pathEdge() const { return QColor(0x2e, 0x5b, 0x1d); }
    /// A safety edge mown along a path: paler, its edge dotted.
    QColor safetyEdgeFill() const { return QColor(0xd4, 0xea, 0xb4); }

private:
    QHash<QString, CareStyle> m_styles;
    CareStyle m_unknown;
};

} // namespace engdrift
