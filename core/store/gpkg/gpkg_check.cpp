// The GeoPackage backend's checks of its file: see gpkg_check.h.

#include "store/gpkg/gpkg_check.h"

#include "geometry/geometry.h"
#include "store/gpkg/gpkg_blob.h"
#include "store/gpkg/schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace engdrift {
namespace {

struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCheck)
};

/// Per table and kind of disagreement, at most this many rows are named; the rest are counted.
constexpr int kRowsNamed = 20;

struct Db
{
    sqlite3 *db = nullptr;
    ~Db()
    {
        if (db)
            sqlite3_close_v2(db);
    }
};

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement()
    {
        if (stmt)
            sqlite3_finalize(stmt);
    }
};

QString text(sqlite3_stmt *stmt, int column)
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return t ? QString::fromUtf8(t) : QString();
}

/// The expected columns of each table of the current schema (schema.cpp).
const QList<std::pair<QString, QStringList>> &expectedTables()
{
    static const QList<std::pair<QString, QStringList>> tables = {
        {QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")}},
        {QStringLiteral("organisations"), {QStringLiteral("org_no"), QStringLiteral("name")}},
        {QStringLiteral("departments"),
         {QStringLiteral("org_no"), QStringLiteral("dept_no"), QStringLiteral("name"), QStringLiteral("address"),
          QStringLiteral("homes"), QStringLiteral("ext_min_x"), QStringLiteral("ext_min_y"), QStringLiteral("ext_max_x"),
          QStringLiteral("ext_max_y"), QStringLiteral("strategic_significance")}},
        {QStringLiteral("areas"),
         {QStringLiteral("fid"), QStringLiteral("geom"), QStringLiteral("area_id"), QStringLiteral("valid_from"),
          QStringLiteral("valid_to"), QStringLiteral("org_no"), QStringLiteral("dept_no"), QStringLiteral("care_type"),
          QStringLiteral("status"), QStringLiteral("proposal_id"), QStringLiteral("lineage"), QStringLiteral("note"),
          QStringLiteral("area_m2"), QStringLiteral("source"), QStringLiteral("source_fid"), QStringLiteral("import_id"),
          QStringLiteral("condition")}},
        {QStringLiteral("care_types"),
         {QStringLiteral("code"), QStringLiteral("name_da"), QStringLiteral("name_en"), QStringLiteral("group_code"),
          QStringLiteral("nature_friendly"), QStringLiteral("green"), QStringLiteral("fkg_code")}},
        {QStringLiteral("adoption_events"),
         {QStringLiteral("org_no"), QStringLiteral("dept_no"), QStringLiteral("event_date"), QStringLiteral("event"),
          QStringLiteral("votes_for"), QStringLiteral("votes_against"), QStringLiteral("votes_blank"),
          QStringLiteral("households"), QStringLiteral("proposal_id")}},
        {QStringLiteral("proposals"),
         {QStringLiteral("org_no"), QStringLiteral("dept_no"), QStringLiteral("name"), QStringLiteral("created"),
          QStringLiteral("status"), QStringLiteral("conversion_date"), QStringLiteral("note")}},
        {QStringLiteral("paths"),
         {QStringLiteral("fid"), QStringLiteral("geom"), QStringLiteral("path_id"), QStringLiteral("valid_from"),
          QStringLiteral("valid_to"), QStringLiteral("org_no"), QStringLiteral("dept_no"), QStringLiteral("kind"),
          QStringLiteral("width_m"), QStringLiteral("status"), QStringLiteral("proposal_id"), QStringLiteral("length_m")}},
        {QStringLiteral("imports"),
         {QStringLiteral("imported_at"), QStringLiteral("source"), QStringLiteral("areas"), QStringLiteral("area_m2"),
          QStringLiteral("undone_at")}},
        {QStringLiteral("corrections"),
         {QStringLiteral("org_no"), QStringLiteral("dept_no"), QStringLiteral("kind"), QStringLiteral("old_value"),
          QStringLiteral("new_value"), QStringLiteral("row_count"), QStringLiteral("made_at")}},
        {QStringLiteral("layer_styles"),
         {QStringLiteral("f_table_name"), QStringLiteral("styleName"), QStringLiteral("styleQML"), QStringLiteral("useAsDefault")}},
        {QStringLiteral("mowing_zones"),
         {QStringLiteral("fid"), QStringLiteral("geom"), QStringLiteral("zone_id"), QStringLiteral("valid_from"),
          QStringLiteral("valid_to"), QStringLiteral("org_no"), QStringLiteral("dept_no"), QStringLiteral("zone_no"),
          QStringLiteral("care_type"), QStringLiteral("status"), QStringLiteral("overrides"), QStringLiteral("area_m2")}},
    };
    return tables;
}

CheckFinding finding(const QString &check, const QString &table, const QString &message, bool repairable = false,
                     qint64 fid = 0)
{
    CheckFinding f;
    f.check = check;
    f.table = table;
    f.fid = fid;
    f.message = message;
    f.repairable = repairable;
    return f;
}

/// Runs a statement whose rows are one text column; nothing when it cannot be prepared.
std::optional<QStringList> rowsOf(sqlite3 *db, const QString &sql, QString *error)
{
    Statement s;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s.stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    QStringList rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW)
        rows << text(s.stmt, 0);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    return rows;
}

/// The rows of a table the spatial index should hold, and the boxes they should have.
struct Box
{
    double minX, maxX, minY, maxY;
};

/// The largest difference float precision allows between a box in the R-tree (32-bit floats,
/// rounded outwards) and the shape's own.
bool sameWithinFloat(double stored, double actual)
{
    const double tolerance = std::max(1e-6, std::abs(actual) * 4.0e-7);
    return std::abs(stored - actual) <= tolerance;
}

void checkSpatialIndex(sqlite3 *db, const QString &table, QList<CheckFinding> &findings)
{
    const QString rtree = QStringLiteral("rtree_%1_geom").arg(table);
    QString error;
    auto check = rowsOf(db, QStringLiteral("SELECT rtreecheck('%1')").arg(rtree), &error);
    if (!check) {
        findings << finding(QStringLiteral("spatial-index"), table,
                            CheckText::tr("the spatial index %1 cannot be checked: %2").arg(rtree, error), true);
    } else if (check->value(0) != QLatin1String("ok")) {
        findings << finding(QStringLiteral("spatial-index"), table,
                            CheckText::tr("the spatial index %1 is damaged: %2").arg(rtree, check->join(QLatin1Char(' ')).left(300)),
                            true);
    }

    QHash<qint64, Box> index;
    {
        Statement s;
        if (sqlite3_prepare_v2(db, QStringLiteral("SELECT id, minx, maxx, miny, maxy FROM \"%1\"").arg(rtree).toUtf8().constData(),
                               -1, &s.stmt, nullptr) != SQLITE_OK) {
            findings << finding(QStringLiteral("spatial-index"), table,
                                CheckText::tr("the spatial index %1 cannot be read: %2").arg(rtree, QString::fromUtf8(sqlite3_errmsg(db))));
            return;
        }
        while (sqlite3_step(s.stmt) == SQLITE_ROW)
            index.insert(sqlite3_column_int64(s.stmt, 0),
                         Box{sqlite3_column_double(s.stmt, 1), sqlite3_column_double(s.stmt, 2),
                             sqlite3_column_double(s.stmt, 3), sqlite3_column_double(s.stmt, 4)});
    }
    int missing = 0, wrong = 0, unreadable = 0;
    Statement s;
    if (sqlite3_prepare_v2(db, QStringLiteral("SELECT fid, geom FROM \"%1\" ORDER BY fid").arg(table).toUtf8().constData(), -1,
                           &s.stmt, nullptr) != SQLITE_OK) {
        findings << finding(QStringLiteral("spatial-index"), table,
                            CheckText::tr("the table cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        return;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        const qint64 fid = sqlite3_column_int64(s.stmt, 0);
        const void *blob = sqlite3_column_blob(s.stmt, 1);
        const int size = sqlite3_column_bytes(s.stmt, 1);
        std::optional<Box> expected;
        if (blob && size > 0) {
            auto parsed = parseGpkgGeometry(blob, static_cast<std::size_t>(size));
            if (!parsed) {
                if (++unreadable <= kRowsNamed)
                    findings << finding(QStringLiteral("geometry"), table,
                                        CheckText::tr("the shape is not a GeoPackage geometry"), false, fid);
            } else if (!parsed->empty) {
                std::optional<QRectF> env = parsed->envelope;
                if (!env) {
                    auto g = Geometry::fromWkb(QByteArray::fromRawData(reinterpret_cast<const char *>(parsed->wkb),
                                                                       static_cast<qsizetype>(parsed->size)));
                    if (g.ok() && !g->isEmpty())
                        env = g->envelope();
                }
                if (env)
                    expected = Box{env->left(), env->right(), env->top(), env->bottom()};
            }
        }
        const auto it = index.constFind(fid);
        if (expected && it == index.constEnd()) {
            if (++missing <= kRowsNamed)
                findings << finding(QStringLiteral("spatial-index"), table,
                                    CheckText::tr("the row is missing from the spatial index %1").arg(rtree), true, fid);
        } else if (expected) {
            const Box &b = *it;
            if (!sameWithinFloat(b.minX, expected->minX) || !sameWithinFloat(b.maxX, expected->maxX) ||
                !sameWithinFloat(b.minY, expected->minY) || !sameWithinFloat(b.maxY, expected->maxY)) {
                if (++wrong <= kRowsNamed)
                    findings << finding(QStringLiteral("spatial-index"), table,
                                        CheckText::tr("the spatial index %1 has the box %2, %3 - %4, %5 for the row; its shape's "
                                                      "is %6, %7 - %8, %9")
                                            .arg(rtree)
                                            .arg(b.minX, 0, 'f', 2).arg(b.minY, 0, 'f', 2).arg(b.maxX, 0, 'f', 2).arg(b.maxY, 0, 'f', 2)
                                            .arg(expected->minX, 0, 'f', 2).arg(expected->minY, 0, 'f', 2)
                                            .arg(expected->maxX, 0, 'f', 2).arg(expected->maxY, 0, 'f', 2),
                                        true, fid);
            }
        } else if (it != index.constEnd()) {
            if (++wrong <= kRowsNamed)
                findings << finding(QStringLiteral("spatial-index"), table,
                                    CheckText::tr("the spatial index %1 has a box for the row, which has no shape").arg(rtree), true, fid);
        }
        if (it != index.constEnd())
            index.erase(it);
    }
    if (rc != SQLITE_DONE) {
        findings << finding(QStringLiteral("spatial-index"), table,
                            CheckText::tr("the table cannot be read to the end: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        return;
    }
    int stray = 0;
    QList<qint64> strayIds = index.keys();
    std::sort(strayIds.begin(), strayIds.end());
    for (qint64 id : strayIds) {
        if (++stray <= kRowsNamed)
            findings << finding(QStringLiteral("spatial-index"), table,
                                CheckText::tr("the spatial index %1 has a box for row %2, which the table does not have").arg(rtree).arg(id),
                                true, id);
    }
    auto more = [&](int count, const QString &what) {
        if (count > kRowsNamed)
            findings << finding(QStringLiteral("spatial-index"), table, CheckText::tr("and %1 more rows: %2").arg(count - kRowsNamed).arg(what),
                                true);
    };
    more(missing, CheckText::tr("missing from the spatial index"));
    more(wrong, CheckText::tr("with the wrong box in the spatial index"));
    more(stray, CheckText::tr("in the spatial index but not in the table"));
    if (unreadable > kRowsNamed)
        findings << finding(QStringLiteral("geometry"), table,
                            CheckText::tr("and %1 more rows whose shape is not a GeoPackage geometry").arg(unreadable - kRowsNamed));
}

} // namespace

QStringList gpkgIndexedTables()
{
    return {QStringLiteral("areas"), QStringLiteral("paths"), QStringLiteral("mowing_zones")};
}

Result<QList<CheckFinding>> checkGpkgFile(const QString &path)
{
    QList<CheckFinding> findings;
    if (!QFileInfo(path).isFile())
        return makeError(CheckText::tr("There is no project file %1.").arg(path));
    Db db;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return makeError(CheckText::tr("%1 cannot be opened to check it.").arg(path),
                         db.db ? QString::fromUtf8(sqlite3_errmsg(db.db)) : QString());
    sqlite3_busy_timeout(db.db, 5000);
    // One read transaction: every check sees the same state.
    sqlite3_exec(db.db, "BEGIN", nullptr, nullptr, nullptr);

    QString error;
    if (auto integrity = rowsOf(db.db, QStringLiteral("PRAGMA integrity_check(100)"), &error); !integrity) {
        findings << finding(QStringLiteral("integrity"), {}, CheckText::tr("SQLite cannot check the file: %1").arg(error));
        return findings; // not a database SQLite can read: the rest cannot be told
    } else if (integrity->size() != 1 || integrity->value(0) != QLatin1String("ok")) {
        for (const QString &row : *integrity)
            findings << finding(QStringLiteral("integrity"), {}, CheckText::tr("SQLite's integrity check: %1").arg(row));
    }
    {
        Statement s;
        if (sqlite3_prepare_v2(db.db, "PRAGMA foreign_key_check", -1, &s.stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(s.stmt) == SQLITE_ROW)
                findings << finding(QStringLiteral("integrity"), text(s.stmt, 0),
                                    CheckText::tr("the row refers to a row of %1 that does not exist").arg(text(s.stmt, 2)), false,
                                    sqlite3_column_int64(s.stmt, 1));
        }
    }

    // The schema: tables, columns, the version.
    QSet<QString> present;
    if (auto tables = rowsOf(db.db, QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"), &error))
        present = QSet<QString>(tables->begin(), tables->end());
    for (const auto &[table, columns] : expectedTables()) {
        if (!present.contains(table)) {
            findings << finding(QStringLiteral("schema"), table, CheckText::tr("the table %1 is missing").arg(table));
            continue;
        }
        auto have = rowsOf(db.db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table), &error);
        if (!have)
            continue;
        for (const QString &column : columns) {
            if (!have->contains(column))
                findings << finding(QStringLiteral("schema"), table, CheckText::tr("the column %1 is missing").arg(column));
        }
    }
    if (present.contains(QStringLiteral("meta"))) {
        auto version = rowsOf(db.db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"), &error);
        bool ok = false;
        const int v = version ? version->value(0).toInt(&ok) : 0;
        if (!ok)
            findings << finding(QStringLiteral("schema"), QStringLiteral("meta"), CheckText::tr("the project has no schema version"));
        else if (v > schema::currentVersion())
            findings << finding(QStringLiteral("schema"), QStringLiteral("meta"),
                                CheckText::tr("schema version %1 is newer than this program's (%2)").arg(v).arg(schema::currentVersion()));
        else if (v < schema::currentVersion())
            findings << finding(QStringLiteral("schema"), QStringLiteral("meta"),
                                CheckText::tr("schema version %1 is older than this program's (%2): engdrift-cli upgrade brings it up to date")
                                    .arg(v)
                                    .arg(schema::currentVersion()));
    }

    // The spatial indexes: present, with their triggers, and in agreement with their tables.
    for (const QString &table : gpkgIndexedTables()) {
        if (!present.contains(table))
            continue;
        const QString rtree = QStringLiteral("rtree_%1_geom").arg(table);
        if (!present.contains(rtree)) {
            findings << finding(QStringLiteral("schema"), table, CheckText::tr("the spatial index %1 is missing").arg(rtree));
            continue;
        }
        auto triggers = rowsOf(db.db,
                               QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '%1'").arg(table),
                               &error);
        for (const char *suffix : {"insert", "update1", "update2", "update3", "update4", "delete"}) {
            const QString name = QStringLiteral("%1_%2").arg(rtree, QLatin1String(suffix));
            if (triggers && !triggers->contains(name))
                findings << finding(QStringLiteral("schema"), table,
                                    CheckText::tr("the trigger %1 that keeps the spatial index up to date is missing").arg(name));
        }
        checkSpatialIndex(db.db, table, findings);
    }
    sqlite3_exec(db.db, "COMMIT", nullptr, nullptr, nullptr);
    return findings;
}

} // namespace engdrift
