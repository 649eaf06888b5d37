// Fuzz target: a care-type mapping file (CSV `value,care_type`, --care-map / the import dialog),
// read through GDAL's CSV driver against the built-in catalogue, then asked for a few values.

#include "fuzz_support.h"

#include "catalogue/care_mapping.h"
#include "catalogue/catalogue.h"

using namespace engdrift;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::freshDir() + QStringLiteral("/mapping.csv");
    if (!fuzz::writeFile(path, fuzz::bytes(data, size)))
        return 0;
    auto mapping = CareMapping::fromFile(path, Catalogue::builtIn());
    if (!mapping.ok()) {
        (void)mapping.errorMessage();
        return 0;
    }
    (void)mapping->fileRows();
    for (const char *value : {"102000", "GR2", "græs", "", "1e308", "-1", "ukendt", "eng"})
        (void)mapping->map(QString::fromUtf8(value));
    return 0;
}
