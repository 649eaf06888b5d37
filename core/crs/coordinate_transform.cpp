#include "crs/coordinate_transform.h"

#include "crs/proj_context.h"

#include <QCoreApplication>

#include <cmath>

namespace engdrift {
namespace {
struct CoordinateTransformText
{
    Q_DECLARE_TR_FUNCTIONS(CoordinateTransform)
};
} // namespace

struct CoordinateTransform::Impl
{
    std::unique_ptr<PJ, proj::PjDeleter> pj;
};

CoordinateTransform::CoordinateTransform(CoordinateTransform &&) noexcept = default;
CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&) noexcept = default;
CoordinateTransform::~CoordinateTransform() = default;

Result<CoordinateTransform> CoordinateTransform::create(const Crs &source, const Crs &target)
{
    if (!source.isValid() || !target.isValid())
        return makeError(CoordinateTransformText::tr("Cannot transform coordinates without both a source and a target CRS."));
    CoordinateTransform ct;
    ct.m_source = source;
    ct.m_target = target;
    ct.m_identity = source == target;
    ct.m_impl = std::make_unique<Impl>();
    if (ct.m_identity)
        return ct;

    PJ_CONTEXT *ctx = proj::context();
    std::unique_ptr<PJ, proj::PjDeleter> src(proj_create(ctx, source.wkt().toUtf8().constData()));
    std::unique_ptr<PJ, proj::PjDeleter> dst(proj_create(ctx, target.wkt().toUtf8().constData()));
    if (!src || !dst)
        return makeError(CoordinateTransformText::tr("PROJ cannot read the coordinate reference systems."));
    std::unique_ptr<PJ, proj::PjDeleter> op(proj_create_crs_to_crs_from_pj(ctx, src.get(), dst.get(), nullptr, nullptr));
    if (!op)
        return makeError(CoordinateTransformText::tr("PROJ knows no transformation from %1 to %2.")
                             .arg(source.displayName(), target.displayName()));
    // Data is stored in GIS order (easting/longitude first) whatever the CRS's axis order says.
    ct.m_impl->pj.reset(proj_normalize_for_visualization(ctx, op.get()));
    if (!ct.m_impl->pj)
        return makeError(CoordinateTransformText::tr("PROJ cannot set up the transformation from %1 to %2.")
                             .arg(source.displayName(), target.displayName()));
    return ct;
}

std::size_t CoordinateTransform::transform(double *x, double *y, std::size_t count, std::size_t stride) const
{
    if (m_identity || count == 0)
        return 0;
    const std::size_t bytes = stride * sizeof(double);
    proj_trans_generic(m_impl->pj.get(), PJ_FWD, x, bytes, count, y, bytes, count, nullptr, 0, 0, nullptr, 0, 0);
    std::size_t failed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        double &xi = x[i * stride];
        double &yi = y[i * stride];
        if (!std::isfinite(xi) || !std::isfinite(yi) || xi == HUGE_VAL || yi == HUGE_VAL) {
            xi = yi = HUGE_VAL;
            ++failed;
        }
    }
    return failed;
}

std::optional<QPointF> CoordinateTransform::transform(const QPointF &point) const
{
    double x = point.x();
    double y = point.y();
    if (transform(&x, &y, 1) != 0)
        return std::nullopt;
    return QPointF(x, y);
}

std::optional<QRectF> CoordinateTransform::transformBounds(const QRectF &rect) const
{
    if (m_identity)
        return rect;
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    if (!proj_trans_bounds(proj::context(), m_impl->pj.get(), PJ_FWD, rect.left(), rect.top(), rect.right(),
                           rect.bottom(), &xmin, &ymin, &xmax, &ymax, 21))
        return std::nullopt;
    if (!std::isfinite(xmin) || !std::isfinite(ymin) || !std::isfinite(xmax) || !std::isfinite(ymax))
        return std::nullopt;
    return QRectF(QPointF(xmin, ymin), QPointF(xmax, ymax));
}

} // namespace engdrift
