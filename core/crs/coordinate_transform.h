#pragma once
// CoordinateTransform: PROJ's transformation from one Crs to another, x/y in GIS order
// (east, north; longitude, latitude).
//
// Owns a PROJ object of the thread that created it: use it on that thread only (give each worker
// its own). Move-only.

#include "crs/crs.h"
#include "util/result.h"

#include <QPointF>
#include <QRectF>

#include <cstddef>
#include <memory>

namespace engdrift {

class CoordinateTransform
{
public:
    static Result<CoordinateTransform> create(const Crs &source, const Crs &target);

    CoordinateTransform(CoordinateTransform &&) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&) noexcept;
    ~CoordinateTransform();

    const Crs &source() const { return m_source; }
    const Crs &target() const { return m_target; }
    /// True when source and target are the same CRS and transform() changes nothing.
    bool isIdentity() const { return m_identity; }

    /// Transforms count points in place (x and y arrays with the given stride in doubles).
    /// Points that cannot be transformed become HUGE_VAL; returns how many failed.
    std::size_t transform(double *x, double *y, std::size_t count, std::size_t stride = 1) const;
    /// One point; std::nullopt if it cannot be transformed.
    std::optional<QPointF> transform(const QPointF &point) const;
    /// The bounds of a transformed rectangle (edges densified); std::nullopt on failure.
    std::optional<QRectF> transformBounds(const QRectF &rect) const;

private:
    CoordinateTransform() = default;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    Crs m_source;
    Crs m_target;
    bool m_identity = false;
};

} // namespace engdrift
