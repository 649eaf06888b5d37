#pragma once
// initGdal(): registers GDAL's drivers once per process (safe to call from any thread, any time).

namespace engdrift {

void initGdal();

} // namespace engdrift
