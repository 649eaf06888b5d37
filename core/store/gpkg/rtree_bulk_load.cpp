#include "store/gpkg/rtree_bulk_load.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

namespace engdrift {
namespace {

struct RtreeText
{
    Q_DECLARE_TR_FUNCTIONS(Rtree)
};

struct Box
{
    float minX, maxX, minY, maxY;
    void expand(const Box &o)
    {
        minX = std::min(minX, o.minX);
        maxX = std::max(maxX, o.maxX);
        minY = std::min(minY, o.minY);
        maxY = std::max(maxY, o.maxY);
    }
    double centreX() const { return (double(minX) + double(maxX)) / 2; }
    double centreY() const { return (double(minY) + double(maxY)) / 2; }
};

/// A cell of a node: an entry id (leaf) or a child node number (interior), and its box.
struct Cell
{
    std::int64_t id;
    Box box;
};

/// SQLite stores coordinates as float: minima rounded down, maxima up, so boxes only grow.
float roundDown(double d)
{
    float f = static_cast<float>(d);
    if (static_cast<double>(f) > d)
        f = std::nextafter(f, -std::numeric_limits<float>::infinity());
    return f;
}

float roundUp(double d)
{
    float f = static_cast<float>(d);
    if (static_cast<double>(f) < d)
        f = std::nextafter(f, std::numeric_limits<float>::infinity());
    return f;
}

void put16(unsigned char *p, unsigned v)
{
    p[0] = static_cast<unsigned char>(v >> 8);
    p[1] = static_cast<unsigned char>(v);
}

void put64(unsigned char *p, std::uint64_t v)
{
    for (int i = 7; i >= 0; --i) {
        p[i] = static_cast<unsigned char>(v);
        v >>= 8;
    }
}

void putFloat(unsigned char *p, float f)
{
    std::uint32_t bits = 0;
    std::memcpy(&bits, &f, sizeof bits);
    p[0] = static_cast<unsigned char>(bits >> 24);
    p[1] = static_cast<unsigned char>(bits >> 16);
    p[2] = static_cast<unsigned char>(bits >> 8);
    p[3] = static_cast<unsigned char>(bits);
}

QString quoteId(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

Error sqliteError(sqlite3 *db, const QString &what)
{
    return makeError(RtreeText::tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

/// Packs cells into nodes of at most `capacity` cells with Sort-Tile-Recursive: sort by x into
/// vertical slices, each slice by y, then cut into runs.
std::vector<std::vector<Cell>> packLevel(std::vector<Cell> cells, std::size_t capacity)
{
    const std::size_t nodes = (cells.size() + capacity - 1) / capacity;
    const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
    const std::size_t perSlice = slices * capacity;
    std::sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) { return a.box.centreX() < b.box.centreX(); });
    std::vector<std::vector<Cell>> packed;
    packed.reserve(nodes);
    for (std::size_t start = 0; start < cells.size(); start += perSlice) {
        const auto end = std::min(cells.size(), start + perSlice);
        std::sort(cells.begin() + static_cast<std::ptrdiff_t>(start), cells.begin() + static_cast<std::ptrdiff_t>(end),
                  [](const Cell &a, const Cell &b) { return a.box.centreY() < b.box.centreY(); });
        for (std::size_t i = start; i < end; i += capacity)
            packed.emplace_back(cells.begin() + static_cast<std::ptrdiff_t>(i),
                                cells.begin() + static_cast<std::ptrdiff_t>(std::min(end, i + capacity)));
    }
    return packed;
}

} // namespace

namespace {
/// The one-pass load writes the R-tree's shadow tables, which a defensive connection
/// (store/gpkg/foreign_schema.h) refuses: defensive mode is off for the load only.
class DefensiveOff
{
public:
    explicit DefensiveOff(sqlite3 *db) : m_db(db)
    {
#ifdef SQLITE_DBCONFIG_DEFENSIVE
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, -1, &m_was);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
#endif
    }
    ~DefensiveOff()
    {
#ifdef SQLITE_DBCONFIG_DEFENSIVE
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, m_was, nullptr);
#endif
    }
    DefensiveOff(const DefensiveOff &) = delete;
    DefensiveOff &operator=(const DefensiveOff &) = delete;

private:
    sqlite3 *m_db;
    int m_was = 0;
};
} // namespace

Result<void> bulkLoadGpkgRtree(sqlite3 *db, const QString &table, const QString &geometryColumn)
{
    const DefensiveOff defensiveOff(db);
    const QString rtree = QStringLiteral("rtree_%1_%2").arg(table, geometryColumn);
    const QString nodeTable = quoteId(rtree + QStringLiteral("_node"));
    const QString rowidTable = quoteId(rtree + QStringLiteral("_rowid"));
    const QString parentTable = quoteId(rtree + QStringLiteral("_parent"));

    // The node size SQLite chose when it made the R-tree is the length of the root node.
    int nodeSize = 0;
    {
        Statement s(db, QStringLiteral("SELECT length(data) FROM %1 WHERE nodeno = 1").arg(nodeTable));
        if (!s.ok())
            return sqliteError(db, RtreeText::tr("cannot read the spatial index %1").arg(rtree));
        if (sqlite3_step(s.get()) == SQLITE_ROW)
            nodeSize = sqlite3_column_int(s.get(), 0);
    }
    constexpr int kCellBytes = 8 + 4 * 4; // id + minX, maxX, minY, maxY
    if (nodeSize < 4 + 2 * kCellBytes)
        return makeError(RtreeText::tr("the spatial index %1 has an unexpected node size (%2)").arg(rtree).arg(nodeSize));
    const auto capacity = static_cast<std::size_t>((nodeSize - 4) / kCellBytes);

    // Every non-empty geometry's envelope (ST_* are the GeoPackage functions GDAL registers).
    std::vector<Cell> leaves;
    {
        const QString g = quoteId(geometryColumn);
        Statement s(db, QStringLiteral("SELECT fid, ST_MinX(%1), ST_MaxX(%1), ST_MinY(%1), ST_MaxY(%1) FROM %2 "
                                       "WHERE %1 NOT NULL AND NOT ST_IsEmpty(%1)")
                            .arg(g, quoteId(table)));
        if (!s.ok())
            return sqliteError(db, RtreeText::tr("cannot read the envelopes of %1").arg(table));
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
            if (sqlite3_column_type(s.get(), 1) == SQLITE_NULL)
                continue;
            leaves.push_back(Cell{sqlite3_column_int64(s.get(), 0),
                                  Box{roundDown(sqlite3_column_double(s.get(), 1)), roundUp(sqlite3_column_double(s.get(), 2)),
                                      roundDown(sqlite3_column_double(s.get(), 3)), roundUp(sqlite3_column_double(s.get(), 4))}});
        }
        if (rc != SQLITE_DONE)
            return sqliteError(db, RtreeText::tr("cannot read the envelopes of %1").arg(table));
    }

    for (const QString &shadow : {nodeTable, rowidTable, parentTable}) {
        if (sqlite3_exec(db, QStringLiteral("DELETE FROM %1").arg(shadow).toUtf8().constData(), nullptr, nullptr,
                         nullptr) != SQLITE_OK)
            return sqliteError(db, RtreeText::tr("cannot clear the spatial index %1").arg(rtree));
    }

    Statement insertNode(db, QStringLiteral("INSERT INTO %1(nodeno, data) VALUES (?, ?)").arg(nodeTable));
    Statement insertRowid(db, QStringLiteral("INSERT INTO %1(rowid, nodeno) VALUES (?, ?)").arg(rowidTable));
    Statement insertParent(db, QStringLiteral("INSERT INTO %1(nodeno, parentnode) VALUES (?, ?)").arg(parentTable));
    if (!insertNode.ok() || !insertRowid.ok() || !insertParent.ok())
        return sqliteError(db, RtreeText::tr("cannot write the spatial index %1").arg(rtree));

    std::vector<unsigned char> blob(static_cast<std::size_t>(nodeSize));
    auto writeNode = [&](std::int64_t nodeNo, const std::vector<Cell> &cells, int depth) -> bool {
        std::fill(blob.begin(), blob.end(), 0);
        put16(blob.data(), nodeNo == 1 ? static_cast<unsigned>(depth) : 0u);
        put16(blob.data() + 2, static_cast<unsigned>(cells.size()));
        unsigned char *p = blob.data() + 4;
        for (const Cell &c : cells) {
            put64(p, static_cast<std::uint64_t>(c.id));
            putFloat(p + 8, c.box.minX);
            putFloat(p + 12, c.box.maxX);
            putFloat(p + 16, c.box.minY);
            putFloat(p + 20, c.box.maxY);
            p += kCellBytes;
        }
        sqlite3_stmt *s = insertNode.get();
        sqlite3_bind_int64(s, 1, nodeNo);
        sqlite3_bind_blob(s, 2, blob.data(), nodeSize, SQLITE_STATIC);
        const bool done = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_reset(s);
        return done;
    };
    auto link = [](sqlite3_stmt *s, std::int64_t a, std::int64_t b) {
        sqlite3_bind_int64(s, 1, a);
        sqlite3_bind_int64(s, 2, b);
        const bool done = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_reset(s);
        return done;
    };
    const auto failed = [&] { return sqliteError(db, RtreeText::tr("cannot write the spatial index %1").arg(rtree)); };

    // Bottom-up: pack a level into nodes, number them (2, 3, ...; the root is always node 1), and
    // carry each node's box up as a cell of the level above. The children of a node are linked
    // to it once its number is known.
    std::vector<Cell> level = std::move(leaves);
    int depth = 0;
    std::int64_t nextNode = 2;
    bool isLeafLevel = true;
    while (level.size() > capacity) {
        std::vector<std::vector<Cell>> nodes = packLevel(std::move(level), capacity);
        level.clear();
        level.reserve(nodes.size());
        for (const std::vector<Cell> &cells : nodes) {
            const std::int64_t nodeNo = nextNode++;
            if (!writeNode(nodeNo, cells, depth))
                return failed();
            Box box = cells.front().box;
            for (const Cell &c : cells) {
                box.expand(c.box);
                if (!link(isLeafLevel ? insertRowid.get() : insertParent.get(), c.id, nodeNo))
                    return failed();
            }
            level.push_back(Cell{nodeNo, box});
        }
        isLeafLevel = false;
        ++depth;
    }
    if (!writeNode(1, level, depth))
        return failed();
    for (const Cell &c : level) {
        if (!link(isLeafLevel ? insertRowid.get() : insertParent.get(), c.id, 1))
            return failed();
    }
    return {};
}

} // namespace engdrift
