#pragma once
// The libpq side of the PostGIS backend: where a project's database is (PgLocation: a
// postgresql:// URI, a GDAL-style "PG:" conninfo or a service name, and how it is shown without its
// password), a connection (PgConnection) and the statements it runs, always with bound parameters
// (PgParams), and the rows of a bulk insert, sent through COPY (PgCopyRow). Not a public API:
// nothing outside store/postgis/ includes it.

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace engdrift {

/// Where a project's database is.
struct PgLocation
{
    QString conninfo; ///< what libpq is given (a URI or key=value pairs); may hold a password
    QString display;  ///< the location as shown and stored: never a password
    QString password; ///< the password given in the location (empty: none), to mask it in messages

    /// True for postgresql://, postgres:// and PG: locations.
    static bool isDatabaseLocation(const QString &location);
    /// Parses a location; an error (without the password) when libpq cannot read it.
    static Result<PgLocation> parse(const QString &location);
    /// `text` with the password replaced by "***".
    QString masked(const QString &text) const;
};

/// Bound parameters of one statement: text values, NULLs and binary ones (WKB).
class PgParams
{
public:
    /// Adds a value and returns its placeholder ("$n").
    QString add(const QByteArray &text);
    QString add(const QString &text) { return add(text.toUtf8()); }
    QString add(qint64 value) { return add(QByteArray::number(value)); }
    QString add(int value) { return add(QByteArray::number(value)); }
    QString add(double value) { return add(QByteArray::number(value, 'g', 17)); }
    QString addNull();
    /// A date ('YYYY-MM-DD'), or NULL when invalid.
    QString addDate(const QDate &date);
    /// Text, or NULL when empty.
    QString addText(const QString &text);
    QString addBinary(const QByteArray &bytes);
    int size() const { return static_cast<int>(m_values.size()); }

    const char *const *values() const;
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    std::vector<std::optional<QByteArray>> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    mutable std::vector<const char *> m_pointers;
};

/// One row in COPY text format: fields separated by tabs, \N for NULL, backslash, tab, newline
/// and carriage return escaped; finish() ends the line.
class PgCopyRow
{
public:
    /// Adds text (escaped), or NULL.
    void add(const std::optional<QByteArray> &value);
    /// Adds text that needs no escaping (digits, hex).
    void addPlain(const QByteArray &value);
    QByteArray finish();

private:
    void separate();
    QByteArray m_line;
    bool m_started = false;
};

/// A result set: text format, or binary (execAs(), forEachRow(..., binary)), which the
/// accessors read by each column's type (bigint, integer, smallint, double, real, boolean, date,
/// bytea, text).
class PgResult
{
public:
    explicit PgResult(pg_result *result = nullptr);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    /// Rows changed by an INSERT, UPDATE or DELETE.
    qint64 affected() const;
    bool isNull(int row, int column) const;
    /// The raw text of a cell (nullptr for NULL); in a binary result the value's bytes (length()).
    const char *raw(int row, int column) const;
    /// The bytes of a cell's value.
    int length(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    int int32(int row, int column) const { return static_cast<int>(int64(row, column)); }
    double real(int row, int column) const;
    bool boolean(int row, int column) const;
    QDate date(int row, int column) const;
    /// A bytea cell (e.g. ST_AsBinary), decoded.
    QByteArray bytes(int row, int column) const;

private:
    bool isBinary(int column) const;
    pg_result *m_result = nullptr;
};

/// One connection to the project's database.
class PgConnection
{
public:
    ~PgConnection();
    /// Connects; errors name `location.display` and never hold the password.
    static Result<std::unique_ptr<PgConnection>> connect(const PgLocation &location);

    /// Runs one statement with bound parameters; `what` says what failed ("cannot read the areas").
    Result<PgResult> exec(const QString &sql, const PgParams &params, const QString &what);
    Result<PgResult> exec(const QString &sql, const QString &what) { return exec(sql, PgParams(), what); }
    /// exec() with the result in binary format when `binary` (PgResult reads either).
    Result<PgResult> execAs(const QString &sql, const PgParams &params, const QString &what, bool binary);
    /// Runs statements without parameters (schema, BEGIN, ...).
    Result<void> run(const QString &sql, const QString &what);
    /// Runs a query and visits its rows `batch` at a time through a cursor, so that a query over
    /// a million areas never holds them all in memory; `visit` gets each batch's result and a row
    /// of it, and stops the query by returning false. Other statements may run on the connection
    /// between rows (the cursor lives in the open transaction, or in a read-only one of its own).
    using RowVisitor = std::function<bool(const PgResult &, int row)>;
    /// `binary`: the rows come in binary format (no number printed and parsed again, a bytea as its
    /// bytes), for the reads of many rows.
    Result<void> forEachRow(const QString &sql, const PgParams &params, const QString &what, const RowVisitor &visit,
                            int batch = 4096, bool binary = false);

    /// Adds one row in COPY text format (PgCopyRow) for `copySql` ("COPY t (a, b) FROM STDIN"): rows
    /// are kept and sent in chunks through one open COPY, which ends (and the server's verdict on the
    /// rows is read) when the statement changes and before any other statement runs on the connection
    /// (exec(), run()), so the order of the writes holds and what is read sees every row added
    /// before. `what` says what failed ("cannot write the areas"); `fid` is the row's number, which
    /// the error names when the server refuses this row (from the line of the COPY its error gives;
    /// the numbers of an open COPY's rows are kept for that, 8 bytes a row).
    Result<void> copyRow(const QString &copySql, const QByteArray &row, const QString &what, qint64 fid);
    /// Sends the rows kept for COPY and ends it (nothing when none are).
    Result<void> flushCopy();
    /// Forgets the rows kept for COPY and abandons an open COPY (before a rollback).
    void discardCopy();
    /// True when the connection is open and outside any transaction (it can be used afresh).
    bool isIdle() const;
    /// The SQLSTATE of the last failure ("40001", "23505"...).
    QByteArray lastState() const { return m_lastState; }
    const PgLocation &location() const { return m_location; }

private:
    PgConnection() = default;
    Error failure(const QString &what, pg_result *result) const;
    /// Starts the COPY when needed and sends the rows kept.
    Result<void> sendCopy();
    /// Ends the open COPY (`sent` false: abandons it) and reads the server's verdict.
    Result<void> endCopy(bool sent);
    pg_conn *m_conn = nullptr;
    QString m_copySql;     ///< the COPY statement of the rows kept
    QString m_copyWhat;    ///< what fails when they cannot be written
    QByteArray m_copyRows; ///< rows in COPY text format, not sent yet
    std::vector<qint64> m_copyFids; ///< the fid of each row of the COPY (sent or kept), in order
    bool m_copyOpen = false; ///< a COPY of m_copySql is in progress
    PgLocation m_location;
    QByteArray m_lastState;
    int m_cursors = 0; ///< cursors opened, for their names
};

} // namespace engdrift
