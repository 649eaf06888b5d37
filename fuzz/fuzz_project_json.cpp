// Fuzz target: the JSON that a project file carries besides its catalogue: the mowing assumptions
// (meta setting.mowing_assumptions, analysis/mowing_assumptions.h) and a mowing zone's season
// overrides (mowing_zones.overrides, model/zone_version.h). Both are read from whatever project
// file is opened. The first byte picks which; the rest is the JSON.

#include "fuzz_support.h"

#include "analysis/mowing_assumptions.h"
#include "catalogue/catalogue.h"
#include "model/zone_version.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace engdrift;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray json = fuzz::bytes(data + 1, size - 1);
    const Catalogue &catalogue = Catalogue::builtIn();
    if (data[0] % 2 == 0) {
        // As readMowingAssumptions() reads the setting.
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        auto assumptions = MowingAssumptions::fromJson(doc.object(), QStringLiteral("fuzz.gpkg"));
        if (!assumptions.ok())
            return 0;
        (void)assumptions->rows(catalogue);
        (void)assumptions->usedRows(catalogue, {QStringLiteral("eng"), QStringLiteral("brugsplaene")});
        for (const CareType &type : catalogue.careTypes())
            (void)assumptions->figures(type);
        (void)MowingAssumptions::fromJson(assumptions->toJson(), QStringLiteral("again"));
    } else {
        auto overrides = seasonOverridesFromJson(QString::fromUtf8(json));
        if (!overrides.ok())
            return 0;
        (void)seasonOverridesFromJson(seasonOverridesToJson(*overrides));
        // As a zone's regime for a season is made from the catalogue's (analysis/mowing_zones.h).
        for (auto it = overrides->cbegin(); it != overrides->cend(); ++it) {
            (void)it->isEmpty();
            for (const CareType &type : catalogue.careTypes()) {
                if (!type.mowing)
                    continue;
                (void)checkRegimeOverride(it.key(), *it, *type.mowing);
                (void)it->appliedTo(*type.mowing);
            }
        }
    }
    return 0;
}
