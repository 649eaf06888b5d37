#include "render/map_style.h"

namespace engdrift {
namespace {

Qt::BrushStyle hatchStyle(const QString &hatch)
{
    if (hatch == QLatin1String("diagonal"))
        return Qt::BDiagPattern;
    if (hatch == QLatin1String("cross"))
        return Qt::DiagCrossPattern;
    if (hatch == QLatin1String("dots"))
        return Qt::Dense6Pattern;
    if (hatch == QLatin1String("vertical"))
        return Qt::VerPattern;
    return Qt::NoBrush;
}

} // namespace

MapStyle::MapStyle(const Catalogue &catalogue)
{
    m_unknown = CareStyle{QColor(0xd0, 0xd0, 0xd0), QColor(0x90, 0x90, 0x90), Qt::NoBrush, QColor()};
    for (const CareType &ct : catalogue.careTypes()) {
        CareStyle s;
        s.fill = ct.colour;
        s.outline = ct.colour.darker(ct.colour.lightness() > 200 ? 150 : 135);
        if (ct.code == QLatin1String("bygning"))
            s.outline = QColor(0x70, 0x70, 0x70); // buildings: white with a thin grey outline
        s.hatch = hatchStyle(ct.hatch);
        s.hatchColour = ct.colour.darker(170);
        m_styles.insert(ct.code, s);
    }
}

const CareStyle &MapStyle::careStyle(const QString &careType) const
{
    const auto it = m_styles.constFind(careType);
    return it == m_styles.cend() ? m_unknown : *it;
}

} // namespace engdrift
