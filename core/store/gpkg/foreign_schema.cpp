// Triggers and views that are not GeoPackage's own: found, reported and dropped (foreign_schema.h).

#include "store/gpkg/foreign_schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

namespace engdrift::store_detail {
namespace {

struct ForeignSchemaText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

QString quoteId(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// The SQL without comments and with every string literal emptied, so that what remains is code.
QString codeOnly(const QString &sql)
{
    QString code;
    code.reserve(sql.size());
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < sql.size() && sql.at(i) != QLatin1Char('\n'))
                ++i;
            code += QLatin1Char(' ');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i += 2;
            while (i + 1 < sql.size() && !(sql.at(i) == QLatin1Char('*') && sql.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
            code += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'')) {
            // '...' with '' inside
            ++i;
            while (i < sql.size()) {
                if (sql.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('\'')) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            code += QLatin1String("''");
        } else {
            code += c;
        }
    }
    return code;
}

QString unquoteId(QString id)
{
    if (id.size() >= 2 && ((id.startsWith(QLatin1Char('"')) && id.endsWith(QLatin1Char('"'))) ||
                           (id.startsWith(QLatin1Char('`')) && id.endsWith(QLatin1Char('`'))) ||
                           (id.startsWith(QLatin1Char('[')) && id.endsWith(QLatin1Char(']')))))
        id = id.mid(1, id.size() - 2);
    return id.toLower();
}

/// The tables a trigger's body writes to (INSERT, REPLACE, UPDATE, DELETE), lower-case; "?" for a
/// write whose target cannot be read.
QStringList writeTargets(const QString &sql)
{
    const QString code = codeOnly(sql);
    static const QRegularExpression begin(QStringLiteral("\\bBEGIN\\b"), QRegularExpression::CaseInsensitiveOption);
    const auto beginMatch = begin.match(code);
    const QString body = beginMatch.hasMatch() ? code.mid(beginMatch.capturedEnd()) : code;
    static const QRegularExpression write(
        QStringLiteral("\\b(?:INSERT|REPLACE|UPDATE|DELETE)\\b\\s*(?:OR\\s+\\w+\\s+)?(?:INTO\\b|FROM\\b)?\\s*"
                       "(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[A-Za-z_][A-Za-z0-9_$]*)?"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList targets;
    for (auto it = write.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        const QString target = m.captured(1);
        targets << (target.isEmpty() ? QStringLiteral("?") : unquoteId(target));
    }
    return targets;
}

bool writesOnlyTo(const QString &sql, const QString &allowed)
{
    const QStringList targets = writeTargets(sql);
    for (const QString &t : targets) {
        if (allowed.isEmpty() || t != allowed.toLower())
            return false;
    }
    return true;
}

} // namespace

bool isGeoPackageTrigger(const QString &name, const QString &table, const QString &sql)
{
    const QString lowerName = name.toLower();
    const QString lowerTable = table.toLower();
    // GDAL's R-tree triggers: rtree_<table>_<column>_<insert|update1..7|delete>, on <table>,
    // writing only to the R-tree rtree_<table>_<column>.
    static const QRegularExpression rtree(QStringLiteral("^rtree_(.+)_(insert|update[1-7]|delete)$"));
    if (const auto m = rtree.match(lowerName); m.hasMatch()) {
        const QString prefix = QStringLiteral("rtree_") + lowerTable + QLatin1Char('_');
        const QString index = m.captured(1).prepend(QStringLiteral("rtree_"));
        // rtree_<table>_<column>: the table must be the one the trigger is on, and a column follow.
        if (!index.startsWith(prefix) || index.size() <= prefix.size())
            return false;
        return writesOnlyTo(sql, index);
    }
    // GDAL's feature counts in gpkg_ogr_contents.
    if (lowerName == QStringLiteral("trigger_insert_feature_count_") + lowerTable ||
        lowerName == QStringLiteral("trigger_delete_feature_count_") + lowerTable)
        return writesOnlyTo(sql, QStringLiteral("gpkg_ogr_contents"));
    // The specification's constraint triggers on its own tables, and the geometry type / SRS id
    // trigger extensions: they check and RAISE, and write nothing.
    if (lowerName.startsWith(QLatin1String("gpkg_")) && lowerTable.startsWith(QLatin1String("gpkg_")))
        return writesOnlyTo(sql, QString());
    if (lowerName.startsWith(QLatin1String("fgpkg_")) || lowerName.startsWith(QLatin1String("fgsi_")))
        return writesOnlyTo(sql, QString());
    return false;
}

Result<QList<ForeignSchemaObject>> findForeignSchemaObjects(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') "
                               "ORDER BY type, name",
                           -1, &stmt, nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return makeError(ForeignSchemaText::tr("The triggers and views of the project cannot be read."), detail);
    }
    auto text = [stmt](int column) {
        const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        return value ? QString::fromUtf8(value) : QString();
    };
    QList<ForeignSchemaObject> found;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ForeignSchemaObject object{text(0), text(1), text(2)};
        if (object.type == QLatin1String("trigger") && isGeoPackageTrigger(object.name, object.table, text(3)))
            continue;
        found << object;
    }
    const QString detail = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return makeError(ForeignSchemaText::tr("The triggers and views of the project cannot be read."), detail);
    return found;
}

void hardenConnection(sqlite3 *db)
{
    if (!db)
        return;
#ifdef SQLITE_DBCONFIG_TRUSTED_SCHEMA
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
#else
    sqlite3_exec(db, "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr);
#endif
#ifdef SQLITE_DBCONFIG_DEFENSIVE
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
#endif
}

namespace {

/// Functions a trigger or view may call on GDAL's connection: what GeoPackage's own triggers use
/// (the R-tree's bounds, the feature count's lower()) and plain scalar functions of SQLite.
bool isAllowedInSchema(const char *function)
{
    static const char *const allowed[] = {"st_isempty", "st_minx",  "st_maxx", "st_miny", "st_maxy",  "st_geometrytype",
                                          "st_srid",    "lower",    "upper",   "length",  "coalesce", "ifnull",
                                          "nullif",     "abs",      "typeof",  "substr",  "trim",     "round",
                                          "min",        "max",      "likely",  "unlikely"};
    if (!function)
        return false;
    for (const char *name : allowed) {
        if (qstricmp(function, name) == 0)
            return true;
    }
    return false;
}

int guardAuthorizer(void *, int action, const char *, const char *function, const char *, const char *inside)
{
    // A function called from a trigger or view (`inside` names it) must be a harmless one; what
    // Engdrift and GDAL prepare themselves (`inside` is null) may call any.
    if (action == SQLITE_FUNCTION && inside && !isAllowedInSchema(function))
        return SQLITE_DENY;
    return SQLITE_OK;
}

} // namespace

void guardGdalConnection(sqlite3 *db)
{
    if (!db)
        return;
    sqlite3_set_authorizer(db, guardAuthorizer, nullptr);
#ifdef SQLITE_DBCONFIG_DEFENSIVE
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
#endif
}

Result<QStringList> removeForeignSchemaObjects(const QString &path, bool drop)
{
    const QString fileName = QFileInfo(path).fileName();
    Connection c;
    const int flags = (drop ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(QFileInfo(path).absoluteFilePath()).constData(), &c.db, flags, nullptr) !=
        SQLITE_OK) {
        // GDAL's open says what is wrong with the file in its own words.
        return QStringList();
    }
    hardenConnection(c.db);
    sqlite3_busy_timeout(c.db, 5000);
    auto found = findForeignSchemaObjects(c.db);
    if (!found.ok()) {
        // Not an SQLite database at all, say: GDAL's open reports that.
        return QStringList();
    }
    QStringList warnings;
    if (found->isEmpty())
        return warnings;
    if (!drop) {
        for (const auto &object : *found) {
            warnings << (object.type == QLatin1String("trigger")
                             ? ForeignSchemaText::tr("%1 holds the trigger \"%2\" on table \"%3\", which is not part of "
                                                     "an Engdrift project; it is removed when the project is next opened "
                                                     "for writing.")
                                   .arg(fileName, object.name, object.table)
                             : ForeignSchemaText::tr("%1 holds the view \"%2\", which is not part of an Engdrift project; "
                                                     "it is removed when the project is next opened for writing.")
                                   .arg(fileName, object.name));
        }
        return warnings;
    }
    auto exec = [&](const QString &sql) -> Result<void> {
        char *message = nullptr;
        if (sqlite3_exec(c.db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(c.db));
            sqlite3_free(message);
            return makeError(ForeignSchemaText::tr("%1: the triggers and views that are not part of an Engdrift project "
                                                   "cannot be removed, so the project is not opened for writing.")
                                 .arg(path),
                             detail);
        }
        return {};
    };
    if (auto begun = exec(QStringLiteral("BEGIN IMMEDIATE")); !begun.ok())
        return begun.error();
    // Triggers first: none of them may act on what follows.
    for (const auto &object : *found) {
        if (object.type != QLatin1String("trigger"))
            continue;
        if (auto dropped = exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoteId(object.name))); !dropped.ok()) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return dropped.error();
        }
        warnings << ForeignSchemaText::tr("%1 held the trigger \"%2\" on table \"%3\", which is not part of an Engdrift "
                                          "project: it was removed.")
                        .arg(fileName, object.name, object.table);
    }
    for (const auto &object : *found) {
        if (object.type != QLatin1String("view"))
            continue;
        if (auto dropped = exec(QStringLiteral("DROP VIEW IF EXISTS %1").arg(quoteId(object.name))); !dropped.ok()) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return dropped.error();
        }
        // A view registered as a layer: its registration goes with it (the tables may be missing
        // in a file that is no GeoPackage; GDAL's open tells that).
        for (const char *registry : {"gpkg_contents", "gpkg_geometry_columns", "gpkg_ogr_contents", "gpkg_extensions",
                                     "gpkg_data_columns", "gpkg_metadata_reference"}) {
            sqlite3_stmt *stmt = nullptr;
            const QByteArray sql = QByteArrayLiteral("DELETE FROM ") + registry + " WHERE lower(table_name) = lower(?1)";
            if (sqlite3_prepare_v2(c.db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
                const QByteArray name = object.name.toUtf8();
                sqlite3_bind_text(stmt, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
                sqlite3_step(stmt);
            }
            sqlite3_finalize(stmt);
        }
        warnings << ForeignSchemaText::tr("%1 held the view \"%2\", which is not part of an Engdrift project: it was "
                                          "removed.")
                        .arg(fileName, object.name);
    }
    if (auto committed = exec(QStringLiteral("COMMIT")); !committed.ok()) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return committed.error();
    }
    return warnings;
}

} // namespace engdrift::store_detail
