#pragma once
// initGdal(): registers GDAL's drivers once per process (safe to call from any thread, any time).

namespace engdrift {

/// Every driver (for importing any format).
void initGdal();
/// Only the GeoPackage driver: enough for project stores, and much quicker to start.
void initGdalGeoPackage();

} // namespace engdrift
