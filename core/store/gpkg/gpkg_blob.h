#pragma once
// GeoPackage geometry blobs: the "GP" header (version, flags, SRS id, envelope) in front of the WKB.
// Not a public API (store/gpkg only).

#include <QRectF>

#include <cstddef>
#include <optional>

namespace engdrift {

/// The WKB inside a GeoPackage geometry blob (GeoPackage 1.x, "GP" header), and the header's
/// envelope when it has one.
struct GpkgGeometry
{
    const unsigned char *wkb = nullptr;
    std::size_t size = 0;
    bool empty = false;               ///< the header says the geometry is empty
    std::optional<QRectF> envelope;   ///< map units (x east, y north), when the header has one
};

/// Splits a GeoPackage geometry blob; nothing when it is not one.
std::optional<GpkgGeometry> parseGpkgGeometry(const void *blob, std::size_t size);

} // namespace engdrift
