#include "crs/crs.h"

#include "crs/proj_context.h"

#include <QCoreApplication>

#include <memory>

namespace engdrift {
namespace {
struct CrsText
{
    Q_DECLARE_TR_FUNCTIONS(Crs)
};
} // namespace
namespace proj {

PJ_CONTEXT *context()
{
    struct Holder
    {
        PJ_CONTEXT *ctx = proj_context_create();
        ~Holder() { proj_context_destroy(ctx); }
    };
    thread_local Holder holder;
    return holder.ctx;
}

} // namespace proj

namespace {


using PjPtr = std::unique_ptr<PJ, proj::PjDeleter>;

QString lastProjError(PJ_CONTEXT *ctx)
{
    const int errno_ = proj_context_errno(ctx);
    return errno_ ? QString::fromUtf8(proj_context_errno_string(ctx, errno_)) : QString();
}

} // namespace

Result<Crs> Crs::fromUserInput(const QString &input)
{
    PJ_CONTEXT *ctx = proj::context();
    QString text = input.trimmed();
    if (text.isEmpty())
        return makeError(CrsText::tr("No coordinate reference system given."));
    bool isNumber = false;
    text.toInt(&isNumber);
    if (isNumber)
        text.prepend(QStringLiteral("EPSG:"));

    proj_log_level(ctx, PJ_LOG_NONE);
    PjPtr pj(proj_create(ctx, text.toUtf8().constData()));
    if (!pj || !proj_is_crs(pj.get()))
        return makeError(CrsText::tr("Unknown coordinate reference system \"%1\".").arg(input.trimmed()));

    // A bound CRS (WKT1 with TOWGS84) is described by its base CRS.
    if (proj_get_type(pj.get()) == PJ_TYPE_BOUND_CRS)
        pj.reset(proj_get_source_crs(ctx, pj.get()));

    Crs crs;
    const char *const wktOptions[] = {"MULTILINE=NO", nullptr};
    const char *wkt = proj_as_wkt(ctx, pj.get(), PJ_WKT2_2019, wktOptions);
    if (!wkt)
        return makeError(CrsText::tr("The coordinate reference system \"%1\" cannot be described: %2")
                             .arg(input.trimmed(), lastProjError(ctx)));
    crs.m_wkt = QString::fromUtf8(wkt);
    crs.m_name = QString::fromUtf8(proj_get_name(pj.get()));
    if (const char *auth = proj_get_id_auth_name(pj.get(), 0)) {
        crs.m_authId = QString::fromUtf8(auth) + QLatin1Char(':') + QString::fromUtf8(proj_get_id_code(pj.get(), 0));
    } else {
        // A WKT without an ID may still be a known CRS: ask the database for a 100 % match.
        PJ_OBJ_LIST *matches = nullptr;
        int *confidence = nullptr;
        matches = proj_identify(ctx, pj.get(), "EPSG", nullptr, &confidence);
        if (matches && proj_list_get_count(matches) >= 1 && confidence[0] >= 100) {
            PjPtr match(proj_list_get(ctx, matches, 0));
            crs.m_authId = QStringLiteral("EPSG:") + QString::fromUtf8(proj_get_id_code(match.get(), 0));
        }
        proj_int_list_destroy(confidence);
        proj_list_destroy(matches);
    }
    const PJ_TYPE type = proj_get_type(pj.get());
    crs.m_geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;

    double west = 0, south = 0, east = 0, north = 0;
    if (proj_get_area_of_use(ctx, pj.get(), &west, &south, &east, &north, nullptr) && west > -1000) {
        crs.m_areaOfUse = GeoBounds{west, south, east, north};
    }
    return crs;
}

Crs Crs::defaultProjectCrs()
{
    static const Crs crs = [] {
        auto result = fromUserInput(QStringLiteral("EPSG:25832"));
        return result.ok() ? result.value() : Crs();
    }();
    return crs;
}

bool Crs::operator==(const Crs &other) const
{
    if (!m_authId.isEmpty() || !other.m_authId.isEmpty())
        return m_authId == other.m_authId;
    return m_wkt == other.m_wkt;
}

} // namespace engdrift
