#include "render/area_stream.h"

#include "render/wkb_paths.h"
#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

#include <cmath>
#include <cstring>

namespace engdrift {
namespace {

struct StreamText
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)
};

QByteArray statusCode(AreaStatus status)
{
    return status == AreaStatus::Proposed ? QByteArrayLiteral("proposed") : QByteArrayLiteral("current");
}

/// An SQLite R-tree node: depth (2 bytes), cell count (2 bytes), then cells of a 64-bit id and
/// minx, maxx, miny, maxy as 32-bit floats, all big-endian. The root's cells bound everything.
QRectF rtreeNodeExtent(const unsigned char *node, int size)
{
    if (!node || size < 4)
        return {};
    const int cells = (node[2] << 8) | node[3];
    constexpr int kCell = 8 + 4 * 4;
    QRectF extent;
    for (int c = 0; c < cells && 4 + (c + 1) * kCell <= size; ++c) {
        const unsigned char *p = node + 4 + c * kCell + 8;
        float v[4];
        for (int i = 0; i < 4; ++i) {
            const std::uint32_t bits = (std::uint32_t(p[4 * i]) << 24) | (std::uint32_t(p[4 * i + 1]) << 16) |
                                       (std::uint32_t(p[4 * i + 2]) << 8) | std::uint32_t(p[4 * i + 3]);
            std::memcpy(&v[i], &bits, 4);
        }
        if (std::isfinite(v[0]) && std::isfinite(v[3]) && v[0] <= v[1] && v[2] <= v[3])
            extent |= QRectF(QPointF(v[0], v[2]), QPointF(v[1], v[3]));
    }
    return extent;
}

/// True when the rectangles share a point (edges count; QRectF::intersects needs an overlap).
bool meets(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

/// The GeoPackage reader: its own read-only SQLite connection to the project file.
class GpkgAreaStream final : public AreaStream
{
public:
    GpkgAreaStream(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    ~GpkgAreaStream() override { sqlite3_close_v2(m_db); }

    bool isGeoPackage() const override { return true; }
    QString path() const override { return m_path; }
    QRectF dataExtent() const override { return m_extent; }

    bool prepare()
    {
        sqlite3_busy_timeout(m_db, 5000);
        // The file is a GeoPackage with Engdrift's areas and their R-tree.
        sqlite3_stmt *check = nullptr;
        const bool ok =
            sqlite3_prepare_v2(m_db,
                               "SELECT a.area_id, a.care_type, a.area_m2, a.geom, a.valid_from, a.valid_to, a.status, "
                               "a.proposal_id, r.minx FROM areas a, rtree_areas_geom r WHERE 0",
                               -1, &check, nullptr) == SQLITE_OK;
        sqlite3_finalize(check);
        if (!ok)
            return false;
        sqlite3_stmt *root = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT data FROM rtree_areas_geom_node WHERE nodeno = 1", -1, &root, nullptr) ==
            SQLITE_OK) {
            if (sqlite3_step(root) == SQLITE_ROW)
                m_extent = rtreeNodeExtent(static_cast<const unsigned char *>(sqlite3_column_blob(root, 0)),
                                           sqlite3_column_bytes(root, 0));
        }
        sqlite3_finalize(root);
        return true;
    }

    Result<void> forEach(const AreaStreamQuery &query, const Visitor &visit) override
    {
        QByteArray sql = "SELECT area_id, care_type, area_m2, geom FROM areas WHERE status = ?1";
        if (query.at)
            sql += " AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to > ?2)";
        if (query.proposalId)
            sql += " AND proposal_id = ?3";
        // The R-tree unless the view holds everything (then it would only add work).
        const bool useIndex = query.bounds && !(m_extent.isValid() && query.bounds->contains(m_extent));
        if (useIndex)
            sql += " AND fid IN (SELECT id FROM rtree_areas_geom WHERE maxx >= ?4 AND minx <= ?5 AND maxy >= ?6 "
                   "AND miny <= ?7)";
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return failure(stmt);
        const QByteArray status = statusCode(query.status);
        sqlite3_bind_text(stmt, 1, status.constData(), static_cast<int>(status.size()), SQLITE_STATIC);
        const QByteArray date = query.at ? isoDate(*query.at).toLatin1() : QByteArray();
        if (query.at)
            sqlite3_bind_text(stmt, 2, date.constData(), static_cast<int>(date.size()), SQLITE_STATIC);
        if (query.proposalId)
            sqlite3_bind_int64(stmt, 3, *query.proposalId);
        if (useIndex) {
            const QRectF &b = *query.bounds;
            sqlite3_bind_double(stmt, 4, b.left());
            sqlite3_bind_double(stmt, 5, b.right());
            sqlite3_bind_double(stmt, 6, b.top());
            sqlite3_bind_double(stmt, 7, b.bottom());
        }
        int rc = SQLITE_OK;
        StreamedArea area;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const void *blob = sqlite3_column_blob(stmt, 3);
            const auto geometry = parseGpkgGeometry(blob, static_cast<std::size_t>(sqlite3_column_bytes(stmt, 3)));
            if (!geometry || geometry->empty)
                continue;
            if (!useIndex && query.bounds && geometry->envelope && !meets(*query.bounds, *geometry->envelope))
                continue;
            area.areaId = sqlite3_column_int64(stmt, 0);
            area.careType = QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)),
                                           sqlite3_column_bytes(stmt, 1));
            area.areaM2 = sqlite3_column_double(stmt, 2);
            area.wkb = geometry->wkb;
            area.wkbSize = geometry->size;
            area.envelope = geometry->envelope;
            if (!visit(area)) {
                rc = SQLITE_DONE;
                break;
            }
        }
        if (rc != SQLITE_DONE)
            return failure(stmt);
        sqlite3_finalize(stmt);
        return {};
    }

private:
    Error failure(sqlite3_stmt *stmt)
    {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        Error error = makeError(StreamText::tr("%1: the areas cannot be read.").arg(m_path));
        error.detail = detail;
        return error;
    }

    sqlite3 *m_db = nullptr;
    QString m_path;
    QRectF m_extent;
};

/// Any other store: through ProjectStore::forEachArea, on the store's thread.
class StoreAreaStream final : public AreaStream
{
public:
    explicit StoreAreaStream(const ProjectStore &store) : m_store(store) {}

    bool isGeoPackage() const override { return false; }
    QString path() const override { return m_store.path(); }
    QRectF dataExtent() const override { return {}; }

    Result<void> forEach(const AreaStreamQuery &query, const Visitor &visit) override
    {
        AreaQuery q;
        q.at = query.at;
        q.status = query.status;
        q.proposalId = query.proposalId;
        q.bounds = query.bounds;
        q.ordered = false;
        return m_store.forEachArea(q, true, [&](const AreaVersion &v, const Geometry *g) {
            if (!g || g->isNull() || g->isEmpty())
                return true;
            const QByteArray wkb = g->toWkb();
            const QByteArray careType = v.careType.toUtf8();
            StreamedArea area;
            area.areaId = v.areaId;
            area.careType = careType;
            area.areaM2 = v.areaM2;
            area.wkb = reinterpret_cast<const unsigned char *>(wkb.constData());
            area.wkbSize = static_cast<std::size_t>(wkb.size());
            area.envelope = g->envelope();
            return visit(area);
        });
    }

private:
    const ProjectStore &m_store;
};

} // namespace

std::unique_ptr<AreaStream> AreaStream::openGeoPackage(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return nullptr;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    auto stream = std::make_unique<GpkgAreaStream>(db, path);
    if (!stream->prepare())
        return nullptr;
    return stream;
}

std::unique_ptr<AreaStream> AreaStream::open(const ProjectStore &store)
{
    if (auto gpkg = openGeoPackage(store.path()))
        return gpkg;
    return std::make_unique<StoreAreaStream>(store);
}

} // namespace engdrift
