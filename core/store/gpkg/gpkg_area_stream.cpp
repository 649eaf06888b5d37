// The GeoPackage backend's AreaStream (store/area_stream.h): SQLite read directly, on a read-only
// connection of the stream's own.

#include "store/area_stream.h"

#include "render/wkb_paths.h"
#include "store/gpkg/foreign_schema.h"
#include "store/gpkg/gpkg_blob.h"
#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace engdrift {

std::unique_ptr<AreaStream> openGpkgAreaStream(const QString &path);

namespace {

struct StreamText
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)
};

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

/// A prepared statement, finalized when it goes.
struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

/// The area ids as a list for SQL ("1,2,3"); "NULL" for none.
QByteArray idList(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QByteArrayLiteral("NULL");
    QByteArray list;
    for (qint64 id : ids) {
        if (!list.isEmpty())
            list += ',';
        list += QByteArray::number(id);
    }
    return list;
}

/// The WHERE clause of the versions at a date (the store's rule) and its parameters: ?1 status,
/// ?2 date, ?3 proposal.
struct VersionFilter
{
    QByteArray sql;
    QByteArray status, date;
    std::optional<qint64> proposalId;

    explicit VersionFilter(const AreaStreamQuery &query)
        : status(areaStatusCode(query.status)), date(query.at ? isoDate(*query.at).toLatin1() : QByteArray()),
          proposalId(query.proposalId)
    {
        sql = "status = ?1";
        if (query.at)
            sql += " AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to > ?2)";
        if (query.proposalId)
            sql += " AND proposal_id = ?3";
    }
    void bind(sqlite3_stmt *stmt) const
    {
        sqlite3_bind_text(stmt, 1, status.constData(), static_cast<int>(status.size()), SQLITE_STATIC);
        if (!date.isEmpty())
            sqlite3_bind_text(stmt, 2, date.constData(), static_cast<int>(date.size()), SQLITE_STATIC);
        if (proposalId)
            sqlite3_bind_int64(stmt, 3, *proposalId);
    }
};

class GpkgAreaStream;

/// The small areas of a query: their boxes from the R-tree, by fid; their attributes from a scan
/// of the covering index on (org_no, dept_no, care_type, valid_from, valid_to, status, area_m2).
class GpkgSmallAreaPass final : public SmallAreaPass
{
public:
    GpkgSmallAreaPass(GpkgAreaStream &stream, const AreaStreamQuery &query) : m_stream(stream), m_query(query) {}
    qint64 count() const override { return m_count; }
    Result<void> forEachPart(int part, int parts, AreaStream &stream, const AreaVisitor &visit) override;
    Result<void> forEachMissed(const AreaVisitor &visit) override;
    Result<void> prepare() override;
    qint64 othersCount() const override { return m_othersKnown ? qint64(m_others.size()) : -1; }
    bool othersMeet(const QRectF &bounds) const override
    {
        if (!m_othersKnown)
            return true;
        return std::any_of(m_others.cbegin(), m_others.cend(), [&](const std::array<float, 4> &v) {
            return v[1] >= bounds.left() && v[0] <= bounds.right() && v[3] >= bounds.top() && v[2] <= bounds.bottom();
        });
    }

    /// Visits the rows of `stmt` whose fid is small and not yet met; false when stepping failed.
    bool visitRows(sqlite3_stmt *stmt, const AreaVisitor &visit, bool &stop);
    /// The departments (org_no, dept_no) whose stored extent meets the view, or all.
    Result<void> findDepartments();

    GpkgAreaStream &m_stream;
    AreaStreamQuery m_query;
    /// The index of the small area `fid` (in m_fids, m_boxes), or -1.
    qint64 find(qint64 fid) const
    {
        if (!m_slots.empty())
            return fid >= 0 && fid < qint64(m_slots.size()) ? qint64(m_slots[std::size_t(fid)]) - 1 : -1;
        const auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), std::pair<qint64, std::uint32_t>(fid, 0));
        return it != m_sorted.cend() && it->first == fid ? qint64(it->second) : -1;
    }

    std::vector<qint64> m_fids;                ///< the small areas' fids
    std::vector<std::array<float, 4>> m_boxes; ///< their boxes: minx, maxx, miny, maxy
    std::vector<std::uint8_t> m_done;          ///< met by a part (each fid is in one department: one thread)
    /// By fid, 1 + the index (when many are small: a table over every fid), or (fid, index) sorted.
    std::vector<std::uint32_t> m_slots;
    std::vector<std::pair<qint64, std::uint32_t>> m_sorted;
    std::vector<std::pair<qint64, qint64>> m_departments;
    std::vector<std::array<float, 4>> m_others; ///< the boxes of the areas in view that are not small
    bool m_othersKnown = false;
    qint64 m_count = 0;
    std::atomic<qint64> m_met{0};
};

/// The GeoPackage reader: its own read-only SQLite connection to the project file.
class GpkgAreaStream final : public AreaStream
{
public:
    GpkgAreaStream(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    ~GpkgAreaStream() override
    {
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }

    bool canOpenAnother() const override { return true; }
    std::unique_ptr<AreaStream> openAnother() const override { return openGpkgAreaStream(m_path); }
    QString path() const override { return m_path; }
    QRectF dataExtent() const override { return m_extent; }
    qint64 sizeHint() const override { return m_maxFid; }

    bool prepare()
    {
        sqlite3_busy_timeout(m_db, 5000);
        // One read transaction for the stream's life (a render): every statement reads the same
        // state of the file, and SQLite takes its lock and checks the file once, not per statement.
        if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
        // The file is a GeoPackage with Engdrift's areas and their R-tree.
        Statement check;
        if (sqlite3_prepare_v2(m_db,
                               "SELECT a.area_id, a.care_type, a.area_m2, a.geom, a.valid_from, a.valid_to, a.status, "
                               "a.proposal_id, r.minx FROM areas a, rtree_areas_geom r WHERE 0",
                               -1, &check.stmt, nullptr) != SQLITE_OK)
            return false;
        Statement root;
        if (sqlite3_prepare_v2(m_db, "SELECT data FROM rtree_areas_geom_node WHERE nodeno = 1", -1, &root.stmt,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(root.stmt) == SQLITE_ROW)
            m_extent = rtreeNodeExtent(static_cast<const unsigned char *>(sqlite3_column_blob(root.stmt, 0)),
                                       sqlite3_column_bytes(root.stmt, 0));
        Statement max;
        if (sqlite3_prepare_v2(m_db, "SELECT MAX(fid) FROM areas", -1, &max.stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(max.stmt) == SQLITE_ROW)
            m_maxFid = sqlite3_column_int64(max.stmt, 0);
        return true;
    }

    Result<void> forEach(const AreaStreamQuery &query, const Visitor &visit) override
    {
        const VersionFilter filter(query);
        QByteArray sql = "SELECT area_id, care_type, area_m2, geom FROM areas WHERE " + filter.sql;
        // The R-tree unless the view holds everything and the size does not matter (then it
        // would only add work).
        const bool everything = !query.bounds || (m_extent.isValid() && query.bounds->contains(m_extent));
        const bool useIndex = !everything || query.minSize > 0;
        if (useIndex) {
            QByteArrayList terms;
            if (query.bounds)
                terms << "maxx >= ?4 AND minx <= ?5 AND maxy >= ?6 AND miny <= ?7";
            if (query.minSize > 0) {
                auto ids = fidsOf(query.anySizeIds);
                if (!ids.ok())
                    return ids.error();
                terms << "(maxx - minx >= ?8 OR maxy - miny >= ?8 OR id IN (" + idList(*ids) + "))";
            }
            sql += " AND fid IN (SELECT id FROM rtree_areas_geom WHERE " + terms.join(" AND ") + ")";
        }
        Statement stmt;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt.stmt, nullptr) != SQLITE_OK)
            return failure();
        filter.bind(stmt.stmt);
        if (query.bounds)
            bindBounds(stmt.stmt, *query.bounds);
        if (query.minSize > 0)
            sqlite3_bind_double(stmt.stmt, 8, query.minSize);
        int rc = SQLITE_OK;
        StreamedArea area;
        while ((rc = sqlite3_step(stmt.stmt)) == SQLITE_ROW) {
            const void *blob = sqlite3_column_blob(stmt.stmt, 3);
            const auto geometry = parseGpkgGeometry(blob, static_cast<std::size_t>(sqlite3_column_bytes(stmt.stmt, 3)));
            if (!geometry || geometry->empty)
                continue;
            if (!useIndex && query.bounds && geometry->envelope && !meets(*query.bounds, *geometry->envelope))
                continue;
            area.areaId = sqlite3_column_int64(stmt.stmt, 0);
            area.careType = QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(stmt.stmt, 1)),
                                           sqlite3_column_bytes(stmt.stmt, 1));
            area.areaM2 = sqlite3_column_double(stmt.stmt, 2);
            area.wkb = geometry->wkb;
            area.wkbSize = geometry->size;
            area.envelope = geometry->envelope;
            if (!visit(area))
                return {};
        }
        if (rc != SQLITE_DONE)
            return failure();
        return {};
    }

    Result<std::unique_ptr<SmallAreaPass>> smallAreas(const AreaStreamQuery &query) override
    {
        if (query.minSize <= 0 || m_maxFid <= 0)
            return std::unique_ptr<SmallAreaPass>();
        auto except = fidsOf(query.anySizeIds);
        if (!except.ok())
            return except.error();
        const QSet<qint64> exceptSet(except->cbegin(), except->cend());
        auto pass = std::make_unique<GpkgSmallAreaPass>(*this, query);
        auto record = [&](qint64 fid, const std::array<float, 4> &box) {
            if (fid < 0 || fid > m_maxFid || exceptSet.contains(fid)) {
                pass->m_others.push_back(box);
                return;
            }
            pass->m_fids.push_back(fid);
            pass->m_boxes.push_back(box);
            ++pass->m_count;
        };
        auto other = [&](const std::array<float, 4> &box) { pass->m_others.push_back(box); };
        pass->m_othersKnown = walkRtree(query, record, other);
        if (!pass->m_othersKnown) {
            // Through the virtual table instead (the nodes were not as expected).
            pass->m_fids.clear();
            pass->m_boxes.clear();
            pass->m_others.clear();
            pass->m_count = 0;
            QByteArray sql = "SELECT id, minx, maxx, miny, maxy FROM rtree_areas_geom WHERE maxx - minx < ?8 AND "
                             "maxy - miny < ?8";
            if (query.bounds)
                sql += " AND maxx >= ?4 AND minx <= ?5 AND maxy >= ?6 AND miny <= ?7";
            Statement stmt;
            if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt.stmt, nullptr) != SQLITE_OK)
                return failure();
            if (query.bounds)
                bindBounds(stmt.stmt, *query.bounds);
            sqlite3_bind_double(stmt.stmt, 8, query.minSize);
            int rc = SQLITE_OK;
            while ((rc = sqlite3_step(stmt.stmt)) == SQLITE_ROW) {
                record(sqlite3_column_int64(stmt.stmt, 0),
                       {float(sqlite3_column_double(stmt.stmt, 1)), float(sqlite3_column_double(stmt.stmt, 2)),
                        float(sqlite3_column_double(stmt.stmt, 3)), float(sqlite3_column_double(stmt.stmt, 4))});
            }
            if (rc != SQLITE_DONE)
                return failure();
        }
        return std::unique_ptr<SmallAreaPass>(std::move(pass));
    }

    /// The R-tree's leaf entries that meet query.bounds: `record(fid, box)` those smaller than
    /// query.minSize both ways, `other(box)` the rest; read from its nodes (SQLite's format, see rtreeNodeExtent) from the root down into
    /// the subtrees that meet the bounds: a tenth of the work of a query through the virtual
    /// table. False when a node is not as expected.
    template <typename Record, typename Other>
    bool walkRtree(const AreaStreamQuery &query, Record &&record, Other &&other)
    {
        Statement node;
        if (sqlite3_prepare_v2(m_db, "SELECT data FROM rtree_areas_geom_node WHERE nodeno = ?1", -1, &node.stmt,
                               nullptr) != SQLITE_OK)
            return false;
        constexpr int kCell = 8 + 4 * 4;
        auto be32 = [](const unsigned char *p) {
            return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
                   std::uint32_t(p[3]);
        };
        std::vector<std::pair<qint64, int>> stack{{1, -1}}; // node, depth (the root's is in its header)
        while (!stack.empty()) {
            auto [nodeNo, depth] = stack.back();
            stack.pop_back();
            sqlite3_reset(node.stmt);
            sqlite3_bind_int64(node.stmt, 1, nodeNo);
            if (sqlite3_step(node.stmt) != SQLITE_ROW)
                return false;
            const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(node.stmt, 0));
            const int size = sqlite3_column_bytes(node.stmt, 0);
            if (!data || size < 4)
                return false;
            if (depth < 0)
                depth = (data[0] << 8) | data[1];
            const int cells = (data[2] << 8) | data[3];
            if (depth > 40 || 4 + cells * kCell > size)
                return false;
            for (int c = 0; c < cells; ++c) {
                const unsigned char *cell = data + 4 + c * kCell;
                const qint64 id = qint64((std::uint64_t(be32(cell)) << 32) | be32(cell + 4));
                std::array<float, 4> v; // minx, maxx, miny, maxy
                for (int i = 0; i < 4; ++i) {
                    const std::uint32_t bits = be32(cell + 8 + 4 * i);
                    std::memcpy(&v[std::size_t(i)], &bits, 4);
                }
                if (query.bounds && !(v[1] >= query.bounds->left() && v[0] <= query.bounds->right() &&
                                      v[3] >= query.bounds->top() && v[2] <= query.bounds->bottom()))
                    continue;
                if (depth > 0)
                    stack.emplace_back(id, depth - 1);
                else if (double(v[1]) - double(v[0]) < query.minSize && double(v[3]) - double(v[2]) < query.minSize)
                    record(id, v);
                else
                    other(v);
            }
        }
        return true;
    }

    sqlite3 *db() const { return m_db; }

    Error failure()
    {
        return makeError(StreamText::tr("%1: the areas cannot be read.").arg(m_path), QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

private:
    static void bindBounds(sqlite3_stmt *stmt, const QRectF &b)
    {
        sqlite3_bind_double(stmt, 4, b.left());
        sqlite3_bind_double(stmt, 5, b.right());
        sqlite3_bind_double(stmt, 6, b.top());
        sqlite3_bind_double(stmt, 7, b.bottom());
    }

    /// The fids of every version of these areas.
    Result<QList<qint64>> fidsOf(const QList<qint64> &areaIds)
    {
        QList<qint64> fids;
        if (areaIds.isEmpty())
            return fids;
        Statement stmt;
        const QByteArray sql = "SELECT fid FROM areas WHERE area_id IN (" + idList(areaIds) + ")";
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt.stmt, nullptr) != SQLITE_OK)
            return failure();
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(stmt.stmt)) == SQLITE_ROW)
            fids << sqlite3_column_int64(stmt.stmt, 0);
        if (rc != SQLITE_DONE)
            return failure();
        return fids;
    }

    sqlite3 *m_db = nullptr;
    QString m_path;
    QRectF m_extent;
    qint64 m_maxFid = 0;
};

bool GpkgSmallAreaPass::visitRows(sqlite3_stmt *stmt, const AreaVisitor &visit, bool &stop)
{
    StreamedArea area;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 index = find(sqlite3_column_int64(stmt, 0));
        if (index < 0 || m_done[std::size_t(index)])
            continue;
        const auto &box = m_boxes[std::size_t(index)];
        m_done[std::size_t(index)] = 1;
        ++m_met;
        if (sqlite3_column_int(stmt, 3) == 0)
            continue; // not valid at the date
        area.careType = QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)),
                                       sqlite3_column_bytes(stmt, 1));
        area.areaM2 = sqlite3_column_double(stmt, 2);
        area.envelope = QRectF(QPointF(box[0], box[2]), QPointF(box[1], box[3]));
        if (!visit(area)) {
            stop = true;
            return true;
        }
    }
    return rc == SQLITE_DONE;
}

/// The columns the pass reads: from the covering index on (org_no, dept_no, care_type,
/// valid_from, valid_to, status, area_m2), no table row; each version flagged valid at the date
/// or not by the store's rule.
QByteArray smallAreaSelect(const VersionFilter &filter)
{
    return "SELECT fid, care_type, area_m2, (" + filter.sql + ") FROM areas";
}

Result<void> GpkgSmallAreaPass::forEachPart(int part, int parts, AreaStream &stream, const AreaVisitor &visit)
{
    auto *gpkg = dynamic_cast<GpkgAreaStream *>(&stream);
    if (!gpkg || gpkg->path() != m_stream.path())
        return makeError(StreamText::tr("%1: the areas cannot be read.").arg(m_stream.path()));
    const VersionFilter filter(m_query);
    Statement stmt;
    if (sqlite3_prepare_v2(gpkg->db(), (smallAreaSelect(filter) + " WHERE org_no = ?10 AND dept_no = ?11").constData(),
                           -1, &stmt.stmt, nullptr) != SQLITE_OK)
        return gpkg->failure();
    filter.bind(stmt.stmt);
    const std::size_t n = m_departments.size();
    bool stop = false;
    for (std::size_t i = n * std::size_t(part) / std::size_t(parts); i < n * std::size_t(part + 1) / std::size_t(parts); ++i) {
        sqlite3_bind_int64(stmt.stmt, 10, m_departments[i].first);
        sqlite3_bind_int64(stmt.stmt, 11, m_departments[i].second);
        if (!visitRows(stmt.stmt, visit, stop))
            return gpkg->failure();
        if (stop)
            return {};
        sqlite3_reset(stmt.stmt);
    }
    return {};
}

Result<void> GpkgSmallAreaPass::forEachMissed(const AreaVisitor &visit)
{
    if (m_met >= m_count)
        return {};
    // A department whose stored extent does not hold all its areas: scan the whole index.
    const VersionFilter filter(m_query);
    Statement stmt;
    if (sqlite3_prepare_v2(m_stream.db(), smallAreaSelect(filter).constData(), -1, &stmt.stmt, nullptr) != SQLITE_OK)
        return m_stream.failure();
    filter.bind(stmt.stmt);
    bool stop = false;
    if (!visitRows(stmt.stmt, visit, stop))
        return m_stream.failure();
    return {};
}

Result<void> GpkgSmallAreaPass::prepare()
{
    // Many small areas: a table over every fid; few (a close view): their fids sorted.
    const std::size_t n = m_fids.size();
    m_done.assign(n, 0);
    const qint64 maxFid = m_fids.empty() ? 0 : *std::max_element(m_fids.cbegin(), m_fids.cend());
    if (qint64(n) * 16 >= maxFid) {
        m_slots.assign(std::size_t(maxFid) + 1, 0);
        for (std::size_t i = 0; i < n; ++i)
            m_slots[std::size_t(m_fids[i])] = std::uint32_t(i + 1);
    } else {
        m_sorted.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            m_sorted.emplace_back(m_fids[i], std::uint32_t(i));
        std::sort(m_sorted.begin(), m_sorted.end());
    }
    return findDepartments();
}

Result<void> GpkgSmallAreaPass::findDepartments()
{
    // The extent columns are the store's (departments.ext_min_x ... ext_max_y: every area the
    // department has had, grown whenever an area is written); a department without one is read.
    Statement stmt;
    QByteArray sql = "SELECT org_no, dept_no FROM departments";
    if (m_query.bounds)
        sql += " WHERE ext_min_x IS NULL OR (ext_max_x >= ?4 AND ext_min_x <= ?5 AND ext_max_y >= ?6 AND ext_min_y <= ?7)";
    sql += " ORDER BY org_no, dept_no";
    if (sqlite3_prepare_v2(m_stream.db(), sql.constData(), -1, &stmt.stmt, nullptr) != SQLITE_OK)
        return m_stream.failure();
    if (m_query.bounds) {
        const QRectF &b = *m_query.bounds;
        sqlite3_bind_double(stmt.stmt, 4, b.left());
        sqlite3_bind_double(stmt.stmt, 5, b.right());
        sqlite3_bind_double(stmt.stmt, 6, b.top());
        sqlite3_bind_double(stmt.stmt, 7, b.bottom());
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt.stmt)) == SQLITE_ROW)
        m_departments.emplace_back(sqlite3_column_int64(stmt.stmt, 0), sqlite3_column_int64(stmt.stmt, 1));
    if (rc != SQLITE_DONE)
        return m_stream.failure();
    return {};
}

} // namespace

std::unique_ptr<AreaStream> openGpkgAreaStream(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return nullptr;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    store_detail::hardenConnection(db);
    sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
    auto stream = std::make_unique<GpkgAreaStream>(db, path);
    if (!stream->prepare())
        return nullptr;
    return stream;
}

} // namespace engdrift
