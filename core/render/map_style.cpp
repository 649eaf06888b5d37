#include "render/map_style.h"

namespace engdrift {
namespace {

CareStyle toCareStyle(const CareSymbol &symbol)
{
    return CareStyle{symbol.fill, symbol.outline, hatchBrushStyle(symbol.hatch), symbol.hatchColour, symbol.label};
}

} // namespace

MapStyle::MapStyle() : MapStyle(Catalogue(), Symbology::active()) {}

MapStyle::MapStyle(const Catalogue &catalogue) : MapStyle(catalogue, Symbology::active()) {}

MapStyle::MapStyle(const Catalogue &catalogue, const Symbology &symbology) : m_symbology(symbology)
{
    m_unknown = toCareStyle(m_symbology.unknownCareType());
    for (const QString &code : m_symbology.careTypeCodes())
        add(code, catalogue);
    for (const CareType &ct : catalogue.careTypes())
        add(ct.code, catalogue);
}

void MapStyle::add(const QString &code, const Catalogue &catalogue)
{
    m_styles.insert(code, toCareStyle(m_symbology.resolve(code, catalogue)));
}

const CareStyle &MapStyle::careStyle(const QString &careType) const
{
    const auto it = m_styles.constFind(careType);
    return it == m_styles.cend() ? m_unknown : *it;
}

} // namespace engdrift
