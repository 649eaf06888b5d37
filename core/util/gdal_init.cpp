#include "util/gdal_init.h"

#include <gdal.h>
#include <ogrsf_frmts.h>

#include <mutex>

namespace engdrift {

void initGdal()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

void initGdalGeoPackage()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!GDALGetDriverByName("GPKG"))
            RegisterOGRGeoPackage();
    });
}

} // namespace engdrift
