// Fuzz target: a care-type catalogue (data/catalogue/*.json; every project stores its own copy in
// meta, read whenever the project is opened). Parsed and validated; when accepted, what reads a
// catalogue runs on it: the care-type mapping of imports, the workload figures, the words for
// the mowing regimes, the season calendar of one zone of each regime and the QGIS style names.

#include "fuzz_support.h"

#include "analysis/mowing_assumptions.h"
#include "analysis/mowing_calendar.h"
#include "analysis/mowing_words.h"
#include "analysis/mowing_workload.h"
#include "catalogue/care_mapping.h"
#include "catalogue/catalogue.h"
#include "style/symbology.h"

using namespace engdrift;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto parsed = Catalogue::fromJson(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!parsed.ok()) {
        (void)parsed.errorMessage();
        return 0;
    }
    const Catalogue &catalogue = *parsed;
    (void)catalogue.title(QStringLiteral("da"));
    (void)catalogue.title(QStringLiteral("en"));

    const CareMapping mapping(catalogue);
    for (const char *value : {"102000", "102000.0", " 107020 ", "ukendt", "Brugsplæne", "", "1e300", "-0", "nan"})
        (void)mapping.map(QString::fromUtf8(value));

    const MowingAssumptions assumptions;
    (void)assumptions.rows(catalogue);
    MowingZones zones;
    zones.department = DepartmentKey{1, 1};
    zones.season = 2025;
    zones.date = QDate(2025, 6, 1);
    QMap<QString, double> careM2;
    int number = 0;
    QList<const CareType *> types;
    for (const CareType &type : catalogue.careTypes())
        types << &type;
    for (const char *kind : {"mown_path", "safety_edge"}) {
        if (const CareType *path = catalogue.pathCare(QString::fromLatin1(kind)))
            types << path;
    }
    for (const CareType *type : types) {
        (void)catalogue.careTypeName(type->code, QStringLiteral("da"));
        (void)catalogue.forFkgCode(type->fkgCode);
        (void)careWorkload(*type, 1234.5, assumptions);
        (void)Symbology::builtIn().resolve(type->code, catalogue);
        careM2.insert(type->code, 1000);
        if (!type->mowing)
            continue;
        const MowingRegime &regime = *type->mowing;
        (void)mowingMonthsText(regime.months, QStringLiteral("da"));
        (void)cutHeightText(regime, QStringLiteral("en"));
        (void)clippingsText(regime);
        (void)equipmentText(regime.equipment);
        (void)mowingMethod(regime);
        MowingZone zone;
        zone.number = ++number;
        zone.careType = type->code;
        zone.regime = regime;
        zone.areaM2 = 500;
        (void)zoneWorkload(zone, catalogue, assumptions);
        zones.zones << zone;
    }
    zones.careM2 = careM2;
    (void)workloadOf(careM2, catalogue, assumptions);
    (void)allGrassAsLawn(careM2, catalogue);
    (void)mowingCalendar(zones, catalogue, assumptions, zones.season);
    return 0;
}
