#pragma once
// One SQLite statement with bound parameters, on the connection under a GDAL GeoPackage dataset
// (GDAL's ExecuteSQL and attribute filters take no parameters): every value from a person or a
// file (a file name, a setting's key, a care type's code) is bound, never pasted into SQL text.
// Not a public API (store/ only).

#include <QByteArray>
#include <QString>

#include <gdal_priv.h>
#include <sqlite3.h>

#include <optional>

namespace engdrift::store_detail {

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (db)
            m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_stmt && (m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE); }
    /// SQLite's words for the last failure.
    QString errorText() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database"); }

    void bind(int index, const QString &text)
    {
        if (!m_stmt)
            return;
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value)
    {
        if (m_stmt)
            sqlite3_bind_int64(m_stmt, index, value);
    }
    /// The next row: true while there is one; false at the end or on failure (see ok()).
    bool next()
    {
        if (!m_stmt)
            return false;
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QString text(int column) const
    {
        const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return value ? QString::fromUtf8(value) : QString();
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

inline sqlite3 *sqliteOf(GDALDataset &ds)
{
    return static_cast<sqlite3 *>(ds.GetInternalHandle("SQLITE_HANDLE"));
}

/// The fid of the meta row under `key` (bound), if there is one.
inline std::optional<qint64> metaRow(GDALDataset &ds, const QString &key)
{
    SqliteStatement find(sqliteOf(ds), "SELECT fid FROM meta WHERE key = ?1");
    find.bind(1, key);
    if (find.next())
        return find.int64(0);
    return std::nullopt;
}

} // namespace engdrift::store_detail
