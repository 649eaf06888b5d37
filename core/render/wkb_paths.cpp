#include "render/wkb_paths.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace engdrift {
namespace {

/// A bounds-checked reader over one WKB buffer; every geometry in it sets its own byte order.
class WkbReader
{
public:
    WkbReader(const unsigned char *data, std::size_t size) : m_data(data), m_end(data + size) {}

    bool failed() const { return m_failed; }
    std::size_t remaining() const { return static_cast<std::size_t>(m_end - m_data); }

    bool byteOrder()
    {
        if (!need(1))
            return false;
        const unsigned char order = *m_data++;
        if (order > 1)
            return fail();
        m_swap = (order == 1) != (std::endian::native == std::endian::little);
        return true;
    }
    std::uint32_t u32()
    {
        if (!need(4))
            return 0;
        std::uint32_t v;
        std::memcpy(&v, m_data, 4);
        m_data += 4;
        return m_swap ? __builtin_bswap32(v) : v;
    }
    double f64()
    {
        if (!need(8))
            return 0;
        std::uint64_t bits;
        std::memcpy(&bits, m_data, 8);
        m_data += 8;
        if (m_swap)
            bits = __builtin_bswap64(bits);
        double v;
        std::memcpy(&v, &bits, 8);
        return v;
    }
    /// The x and y of `count` points of `dims` ordinates each, through `visit(x, y)`.
    template <typename Visit>
    bool points(std::uint32_t count, int dims, Visit &&visit)
    {
        const std::size_t stride = 8 * static_cast<std::size_t>(dims);
        if (count > remaining() / stride)
            return fail();
        for (std::uint32_t i = 0; i < count; ++i) {
            const unsigned char *p = m_data + i * stride;
            double xy[2];
            if (m_swap) {
                for (int k = 0; k < 2; ++k) {
                    std::uint64_t bits;
                    std::memcpy(&bits, p + 8 * k, 8);
                    bits = __builtin_bswap64(bits);
                    std::memcpy(&xy[k], &bits, 8);
                }
            } else {
                std::memcpy(xy, p, 16);
            }
            visit(i, xy[0], xy[1]);
        }
        m_data += count * stride;
        return true;
    }
    bool fail()
    {
        m_failed = true;
        m_data = m_end;
        return false;
    }

private:
    bool need(std::size_t n)
    {
        if (remaining() < n) {
            fail();
            return false;
        }
        return true;
    }

    const unsigned char *m_data;
    const unsigned char *m_end;
    bool m_swap = false;
    bool m_failed = false;
};

enum WkbType : std::uint32_t { Point = 1, LineString = 2, Polygon = 3, MultiPoint = 4, MultiLineString = 5,
                               MultiPolygon = 6, GeometryCollection = 7 };

/// The base type and the number of ordinates of a WKB type code (ISO 1000s and the extended
/// 0x80000000 / 0x40000000 flags of PostGIS and old GDAL).
bool decodeType(std::uint32_t code, std::uint32_t &base, int &dims)
{
    bool z = (code & 0x80000000u) != 0;
    bool m = (code & 0x40000000u) != 0;
    code &= 0x0fffffffu;
    const std::uint32_t thousands = code / 1000;
    base = code % 1000;
    if (thousands == 1 || thousands == 3)
        z = true;
    if (thousands == 2 || thousands == 3)
        m = true;
    dims = 2 + (z ? 1 : 0) + (m ? 1 : 0);
    return thousands <= 3 && base >= Point && base <= GeometryCollection;
}

/// Walks one geometry (recursively for collections); `ring(count, dims, closed)` is called with the
/// reader positioned at each ring's or line's points and must consume them.
template <typename Sequence>
bool walk(WkbReader &r, Sequence &&sequence, int depth = 0)
{
    if (depth > 8 || !r.byteOrder())
        return r.fail();
    std::uint32_t base = 0;
    int dims = 2;
    if (!decodeType(r.u32(), base, dims) || r.failed())
        return r.fail();
    switch (base) {
    case Point:
        return r.points(1, dims, [](std::uint32_t, double, double) {});
    case LineString:
        return sequence(r, r.u32(), dims, false);
    case Polygon: {
        const std::uint32_t rings = r.u32();
        for (std::uint32_t i = 0; i < rings && !r.failed(); ++i) {
            if (!sequence(r, r.u32(), dims, true))
                return false;
        }
        return !r.failed();
    }
    case MultiPoint:
    case MultiLineString:
    case MultiPolygon:
    case GeometryCollection: {
        const std::uint32_t parts = r.u32();
        for (std::uint32_t i = 0; i < parts && !r.failed(); ++i) {
            if (!walk(r, sequence, depth + 1))
                return false;
        }
        return !r.failed();
    }
    default:
        return r.fail();
    }
}

} // namespace

bool appendWkb(QPainterPath &path, const unsigned char *wkb, std::size_t size, const PixelMapping &m, double minPixels)
{
    WkbReader reader(wkb, size);
    const double min2 = minPixels * minPixels;
    auto sequence = [&](WkbReader &r, std::uint32_t n, int dims, bool closed) {
        if (r.failed())
            return false;
        const std::uint32_t least = closed ? 3 : 2;
        if (n < least) // too short to draw: skip its points
            return r.points(n, dims, [](std::uint32_t, double, double) {});
        double lastX = 0, lastY = 0;
        return r.points(n, dims, [&](std::uint32_t i, double x, double y) {
            const double px = x * m.sx + m.tx;
            const double py = y * m.sy + m.ty;
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                const double dx = px - lastX, dy = py - lastY;
                if (i + 1 < n && dx * dx + dy * dy < min2)
                    return;
                path.lineTo(px, py);
            }
            lastX = px;
            lastY = py;
            if (closed && i + 1 == n)
                path.closeSubpath();
        });
    };
    return walk(reader, sequence);
}

std::optional<QRectF> wkbEnvelope(const unsigned char *wkb, std::size_t size)
{
    WkbReader reader(wkb, size);
    double minX = std::numeric_limits<double>::infinity(), minY = minX;
    double maxX = -minX, maxY = -minX;
    auto sequence = [&](WkbReader &r, std::uint32_t n, int dims, bool) {
        return r.points(n, dims, [&](std::uint32_t, double x, double y) {
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
        });
    };
    if (!walk(reader, sequence) || !(minX <= maxX) || !(minY <= maxY))
        return std::nullopt;
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace engdrift
