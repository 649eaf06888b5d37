// The QGIS styles' names and descriptions, and what the QML and SLD writers share: the hatch
// patterns and the kinds of path. The writers: qgis_style_qml.cpp and qgis_style_sld.cpp.

#include "style/qgis_style.h"

#include "style/qgis_style_p.h"

namespace engdrift {
namespace qgis_detail {

HatchShape hatchShape(HatchPattern pattern)
{
    switch (pattern) {
    case HatchPattern::None:
        return {};
    case HatchPattern::Diagonal:
        return {{45}};
    case HatchPattern::DiagonalBack:
        return {{135}};
    case HatchPattern::Horizontal:
        return {{0}};
    case HatchPattern::Vertical:
        return {{90}};
    case HatchPattern::Grid:
        return {{0, 90}};
    case HatchPattern::DiagonalGrid:
        return {{45, 135}};
    case HatchPattern::Dots:
        return {{}, 4, 2, 2};
    case HatchPattern::SparseDots:
        return {{}, 4, 4, 0};
    }
    return {};
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

const QStringList &pathKinds()
{
    static const QStringList kinds{QStringLiteral("mown_path"), QStringLiteral("safety_edge")};
    return kinds;
}

} // namespace qgis_detail

QString pathKindLabel(const QString &code, const QString &language)
{
    const bool da = language == QLatin1String("da");
    if (code == QLatin1String("safety_edge"))
        return da ? QStringLiteral("Slået sikkerhedsbræmme") : QStringLiteral("Mown safety edge");
    return da ? QStringLiteral("Slået sti") : QStringLiteral("Mown path");
}

QString qgisLayerName(QgisLayer layer)
{
    return layer == QgisLayer::Paths ? QStringLiteral("paths") : QStringLiteral("areas");
}

std::optional<QgisLayer> qgisLayerFromName(const QString &name)
{
    if (name == QLatin1String("areas"))
        return QgisLayer::Areas;
    if (name == QLatin1String("paths"))
        return QgisLayer::Paths;
    return std::nullopt;
}

QString qgisStyleName()
{
    return QStringLiteral("Engdrift");
}

QString qgisStyleDescription(QgisLayer layer)
{
    return layer == QgisLayer::Paths
               ? QStringLiteral(
                     "Engdrift: mown paths and safety edges as wide as on the ground, planned ones dashed. "
                     "The temporal controller shows the map at a date (valid_from <= date < valid_to).")
               : QStringLiteral(
                     "Engdrift: care types in Engdrift's colours and hatching, labelled with name and m2, "
                     "planned versions outlined with dashes. The temporal controller shows the map at a "
                     "date (valid_from <= date < valid_to).");
}

std::vector<QgisLayerStyle> qgisLayerStyles(const Catalogue &catalogue, const Symbology &symbology,
                                            const QString &language)
{
    std::vector<QgisLayerStyle> styles;
    for (QgisLayer layer : {QgisLayer::Areas, QgisLayer::Paths}) {
        styles.push_back({layer, qgisLayerName(layer), qgisGeometryColumn(),
                          qgisQml(layer, catalogue, symbology, language),
                          qgisSld(layer, catalogue, symbology, language), qgisStyleDescription(layer)});
    }
    return styles;
}

} // namespace engdrift
