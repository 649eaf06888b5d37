// PgAreaStream: the renderer's read path on PostGIS (store/area_stream.h). Each stream has a
// connection of its own, so that each drawing thread reads with its own (openAnother()); the
// database picks the rows through the GiST index on the geometry and sends each with its shape
// as WKB, read a batch at a time (PgConnection::forEachRow): nothing becomes a GEOS geometry and
// a national view never holds every area in memory at once. The rows come in binary format: no
// coordinate is printed as text by the server and parsed again here.
//
// The areas smaller than a dot (SmallAreaPass) are decided as the GeoPackage decides them, so that
// both backends draw the same picture: on each area's bounding box in single precision rounded
// outwards (what an SQLite R-tree and PostGIS's GiST index hold), read without the geometry.

#include "store/postgis/pg_store_p.h"

#include "render/wkb_paths.h"
#include "store/area_stream.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace engdrift {
namespace {

/// A bounding box as a spatial index holds it: float, minima rounded down and maxima up.
using FloatBox = std::array<float, 4>; // minx, maxx, miny, maxy

float roundDown(double d)
{
    float f = static_cast<float>(d);
    if (double(f) > d)
        f = std::nextafter(f, -std::numeric_limits<float>::infinity());
    return f;
}

float roundUp(double d)
{
    float f = static_cast<float>(d);
    if (double(f) < d)
        f = std::nextafter(f, std::numeric_limits<float>::infinity());
    return f;
}

FloatBox floatBox(const QRectF &r)
{
    return {roundDown(r.left()), roundUp(r.right()), roundDown(r.top()), roundUp(r.bottom())};
}

/// Rows a fetch brings.
constexpr int kBatchRows = 4096;

bool isSmall(const FloatBox &b, double minSize)
{
    return double(b[1]) - double(b[0]) < minSize && double(b[3]) - double(b[2]) < minSize;
}

bool meets(const FloatBox &b, const QRectF &bounds)
{
    return b[1] >= bounds.left() && b[0] <= bounds.right() && b[3] >= bounds.top() && b[2] <= bounds.bottom();
}

/// The WHERE terms of the versions a query asks for (status, date, proposal) and its view, with
/// their parameters.
struct PgVersionFilter
{
    PgParams params;
    QString wanted; ///< status, date and proposal
    QString view;   ///< the geometry is there and meets the view

    PgVersionFilter(const AreaStreamQuery &query, int srid)
    {
        QStringList terms{QStringLiteral("status = %1").arg(params.add(QByteArray(areaStatusCode(query.status))))};
        if (query.at)
            terms << pgValidAtTerm(*query.at, params);
        if (query.proposalId)
            terms << QStringLiteral("proposal_id = %1").arg(params.add(*query.proposalId));
        wanted = terms.join(QStringLiteral(" AND "));
        view = QStringLiteral("geom IS NOT NULL AND NOT ST_IsEmpty(geom)");
        if (query.bounds)
            view += QStringLiteral(" AND ") + pgMeetsTerm(*query.bounds, srid, params);
    }
};

/// The small areas of a query, read once with their boxes (no geometry); the parts visit them
/// from memory.
class PgSmallAreaPass final : public SmallAreaPass
{
public:
    struct Small
    {
        FloatBox box;
        double areaM2 = 0;
        int careType = 0; ///< index into m_careTypes
        bool wanted = false;
    };

    qint64 count() const override { return qint64(m_small.size()); }
    Result<void> prepare() override { return {}; }
    Result<void> forEachPart(int part, int parts, AreaStream &, const AreaVisitor &visit) override
    {
        const std::size_t n = m_small.size();
        StreamedArea area;
        for (std::size_t i = n * std::size_t(part) / std::size_t(parts); i < n * std::size_t(part + 1) / std::size_t(parts); ++i) {
            const Small &s = m_small[i];
            if (!s.wanted)
                continue;
            area.careType = m_careTypes[s.careType];
            area.areaM2 = s.areaM2;
            area.envelope = QRectF(QPointF(s.box[0], s.box[2]), QPointF(s.box[1], s.box[3]));
            if (!visit(area))
                return {};
        }
        return {};
    }
    qint64 othersCount() const override { return qint64(m_others.size()); }
    bool othersMeet(const QRectF &bounds) const override
    {
        return std::any_of(m_others.cbegin(), m_others.cend(), [&](const FloatBox &b) { return meets(b, bounds); });
    }
    Result<void> forEachMissed(const AreaVisitor &) override { return {}; }

    std::vector<Small> m_small;
    std::vector<FloatBox> m_others;
    QList<QByteArray> m_careTypes;
};

class PgAreaStream final : public AreaStream
{
public:
    PgAreaStream(std::shared_ptr<PgConnectionPool> pool, std::unique_ptr<PgConnection> db, QString path, int srid)
        : m_pool(std::move(pool)), m_db(std::move(db)), m_path(std::move(path)), m_srid(srid)
    {
    }
    ~PgAreaStream() override { m_pool->give(std::move(m_db)); }

    bool canOpenAnother() const override { return true; }
    std::unique_ptr<AreaStream> openAnother() const override { return openPgAreaStream(m_pool, m_path, m_srid); }
    QString path() const override { return m_path; }
    QRectF dataExtent() const override { return {}; }

    qint64 sizeHint() const override { return m_maxFid; }

    bool readSize()
    {
        auto max = m_db->exec(QStringLiteral("SELECT COALESCE(MAX(fid), 0) FROM areas"), PgStoreText::tr("cannot read the areas"));
        if (!max.ok())
            return false;
        m_maxFid = max->int64(0, 0);
        return true;
    }

    Result<void> forEach(const AreaStreamQuery &query, const Visitor &visit) override
    {
        PgVersionFilter filter(query, m_srid);
        QString sql = QStringLiteral("SELECT area_id, care_type, area_m2, ST_AsBinary(geom) FROM areas WHERE %1 AND %2")
                          .arg(filter.wanted, filter.view);
        if (query.minSize > 0) {
            // Roughly here (a box in single precision is up to a unit or so wider), exactly below.
            sql += QStringLiteral(" AND (ST_XMax(geom) - ST_XMin(geom) >= %1 OR ST_YMax(geom) - ST_YMin(geom) >= %1 "
                                  "OR area_id = ANY(%2::bigint[]))")
                       .arg(filter.params.add(query.minSize - 4.0), filter.params.add(idArray(query.anySizeIds)));
        }
        // In the order of the rows, as the GeoPackage reads them: where outlines of neighbours
        // overlap, the later one is drawn over the earlier, and both backends draw the same picture.
        sql += QStringLiteral(" ORDER BY fid");
        StreamedArea area;
        // Binary rows: the WKB is read in place, and the numbers as they are stored.
        auto visitRow = [&](const PgResult &r, int row) {
            const char *wkb = r.raw(row, 3);
            const int wkbSize = wkb ? r.length(row, 3) : 0;
            if (wkbSize <= 0)
                return true;
            area.areaId = r.int64(row, 0);
            area.wkb = reinterpret_cast<const unsigned char *>(wkb);
            area.wkbSize = static_cast<std::size_t>(wkbSize);
            area.envelope = wkbEnvelope(area.wkb, area.wkbSize);
            if (query.minSize > 0 && area.envelope && isSmall(floatBox(*area.envelope), query.minSize) &&
                !query.anySizeIds.contains(area.areaId))
                return true; // the small area pass draws it
            const char *careType = r.raw(row, 1);
            area.careType = careType ? QByteArrayView(careType) : QByteArrayView();
            area.areaM2 = r.real(row, 2);
            return visit(area);
        };
        return m_db->forEachRow(sql, filter.params, PgStoreText::tr("cannot read the areas"), visitRow, kBatchRows, true);
    }

    Result<std::unique_ptr<SmallAreaPass>> smallAreas(const AreaStreamQuery &query) override
    {
        if (query.minSize <= 0 || m_maxFid <= 0)
            return std::unique_ptr<SmallAreaPass>();
        // Every version in view is counted and sorted into small or not, as the GeoPackage's
        // R-tree walk does; only those asked for are drawn.
        PgVersionFilter filter(query, m_srid);
        const QString sql = QStringLiteral("SELECT area_id, ST_XMin(geom), ST_XMax(geom), ST_YMin(geom), ST_YMax(geom), care_type, "
                                           "area_m2, (%1) FROM areas WHERE %2")
                                .arg(filter.wanted, filter.view);
        auto pass = std::make_unique<PgSmallAreaPass>();
        QHash<QByteArray, int> careTypes;
        auto visitRow = [&](const PgResult &r, int row) {
            if (query.cancel && row == 0 && query.cancel->load())
                return false; // checked once a batch: the render this serves is cancelled
            const FloatBox box{roundDown(r.real(row, 1)), roundUp(r.real(row, 2)), roundDown(r.real(row, 3)), roundUp(r.real(row, 4))};
            if (query.bounds && !meets(box, *query.bounds))
                return true;
            if (!isSmall(box, query.minSize) || query.anySizeIds.contains(r.int64(row, 0))) {
                pass->m_others.push_back(box);
                return true;
            }
            const QByteArray careType(r.raw(row, 5));
            auto known = careTypes.constFind(careType);
            if (known == careTypes.cend()) {
                known = careTypes.insert(careType, int(pass->m_careTypes.size()));
                pass->m_careTypes << careType;
            }
            pass->m_small.push_back({box, r.real(row, 6), *known, r.boolean(row, 7)});
            return true;
        };
        auto read = m_db->forEachRow(sql, filter.params, PgStoreText::tr("cannot read the areas"), visitRow, kBatchRows, true);
        if (!read.ok())
            return read.error();
        return std::unique_ptr<SmallAreaPass>(std::move(pass));
    }

private:
    std::shared_ptr<PgConnectionPool> m_pool;
    std::unique_ptr<PgConnection> m_db;
    QString m_path;
    int m_srid = 0;
    qint64 m_maxFid = 0;

    static QString idArray(const QList<qint64> &ids)
    {
        QStringList list;
        for (qint64 id : ids)
            list << QString::number(id);
        return QLatin1Char('{') + list.join(QLatin1Char(',')) + QLatin1Char('}');
    }
};

} // namespace

namespace {
/// Idle connections kept for the next render: one a drawing thread, and one more.
constexpr std::size_t kIdleConnections = 9;
} // namespace

std::unique_ptr<PgConnection> PgConnectionPool::take()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            auto connection = std::move(m_idle.back());
            m_idle.pop_back();
            return connection;
        }
    }
    auto connection = PgConnection::connect(m_location);
    return connection.ok() ? std::move(*connection) : nullptr;
}

void PgConnectionPool::give(std::unique_ptr<PgConnection> connection)
{
    if (!connection || !connection->isIdle())
        return; // closed: a connection left inside a transaction is not reused
    std::lock_guard lock(m_mutex);
    if (m_idle.size() < kIdleConnections)
        m_idle.push_back(std::move(connection));
}

std::unique_ptr<AreaStream> openPgAreaStream(const std::shared_ptr<PgConnectionPool> &pool, const QString &path, int srid)
{
    auto db = pool->take();
    if (!db)
        return nullptr;
    auto stream = std::make_unique<PgAreaStream>(pool, std::move(db), path, srid);
    if (!stream->readSize())
        return nullptr;
    return stream;
}

std::unique_ptr<AreaStream> PgStore::areaStream() const
{
    if (!d->streamConnections)
        d->streamConnections = std::make_shared<PgConnectionPool>(d->db->location());
    if (auto stream = openPgAreaStream(d->streamConnections, d->path, d->srid))
        return stream;
    return AreaStream::throughStore(*this);
}

} // namespace engdrift
