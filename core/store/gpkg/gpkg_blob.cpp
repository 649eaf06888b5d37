#include "store/gpkg/gpkg_blob.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace engdrift {

std::optional<GpkgGeometry> parseGpkgGeometry(const void *blob, std::size_t size)
{
    const auto *p = static_cast<const unsigned char *>(blob);
    if (!p || size < 8 || p[0] != 'G' || p[1] != 'P')
        return std::nullopt;
    const unsigned char flags = p[3];
    const bool littleEndian = (flags & 0x01) != 0;
    const int envelopeKind = (flags >> 1) & 0x07;
    static constexpr std::size_t kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    if (envelopeKind > 4)
        return std::nullopt;
    const std::size_t header = 8 + kEnvelopeBytes[envelopeKind];
    if (size < header)
        return std::nullopt;
    GpkgGeometry g;
    g.empty = (flags & 0x10) != 0;
    g.wkb = p + header;
    g.size = size - header;
    if (envelopeKind > 0) {
        double e[4]; // minx, maxx, miny, maxy
        for (int i = 0; i < 4; ++i) {
            std::uint64_t bits;
            std::memcpy(&bits, p + 8 + 8 * i, 8);
            if (littleEndian != (std::endian::native == std::endian::little))
                bits = __builtin_bswap64(bits);
            std::memcpy(&e[i], &bits, 8);
        }
        if (std::isfinite(e[0]) && std::isfinite(e[1]) && std::isfinite(e[2]) && std::isfinite(e[3]) && e[0] <= e[1] &&
            e[2] <= e[3])
            g.envelope = QRectF(QPointF(e[0], e[2]), QPointF(e[1], e[3]));
    }
    return g;
}

} // namespace engdrift
