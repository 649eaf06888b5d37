#include "util/gdal_init.h"

#include <gdal.h>

#include <mutex>

namespace engdrift {

void initGdal()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

} // namespace engdrift
