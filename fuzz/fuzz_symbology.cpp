// Fuzz target: the symbology file (styles/symbology.json, or a user's copy named by
// ENGDRIFT_STYLES or the setting styles/file). Parsed and validated; when accepted, the map style,
// the QGIS styles (QML and SLD) made from it and a small picture of the fixture project's map
// drawn with it.

#include "fuzz_support.h"

#include "catalogue/catalogue.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "style/qgis_style.h"
#include "style/symbology.h"

using namespace engdrift;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    fuzz::fixtureProject();
    MapRenderer::prepareFonts();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto parsed = Symbology::fromJson(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!parsed.ok()) {
        (void)parsed.errorMessage();
        return 0;
    }
    const Symbology &symbology = *parsed;
    const Catalogue &catalogue = Catalogue::builtIn();
    for (const QString &code : symbology.careTypeCodes())
        (void)symbology.resolve(code, catalogue);
    for (const QgisLayer layer : {QgisLayer::Areas, QgisLayer::Paths}) {
        (void)qgisQml(layer, catalogue, symbology, QStringLiteral("da"));
        (void)qgisSld(layer, catalogue, symbology, QStringLiteral("en"));
    }
    const MapStyle style(catalogue, symbology);
    for (const CareType &type : catalogue.careTypes())
        (void)style.careStyle(type.code);
    const MapRenderer renderer(fuzz::fixtureProject(), style);
    RenderOptions options;
    options.at = QDate(2024, 6, 1);
    options.view = MapView::fitting(QRectF(700000, 6170000, 100, 50), QSize(96, 64), 4);
    (void)renderer.renderImage(options);
    return 0;
}
