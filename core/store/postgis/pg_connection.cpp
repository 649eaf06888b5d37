// PgLocation, PgParams, PgResult and PgConnection: libpq, with bound parameters only.

#include "store/postgis/pg_connection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <algorithm>
#include <bit>
#include <utility>

namespace engdrift {
namespace {

struct PgText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

/// A conninfo value quoted as libpq reads it (key='va lue').
QString quotedValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\'')) &&
        !value.contains(QLatin1Char('\\')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

// --- PgLocation

bool PgLocation::isDatabaseLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://")) ||
           location.startsWith(QLatin1String("PG:"));
}

Result<PgLocation> PgLocation::parse(const QString &location)
{
    PgLocation result;
    const bool gdalStyle = location.startsWith(QLatin1String("PG:"));
    if (!gdalStyle && !isDatabaseLocation(location))
        return makeError(PgText::tr("%1 is not a PostgreSQL location.").arg(location));
    result.conninfo = gdalStyle ? location.mid(3).trimmed() : location;
    const QByteArray conninfo = result.conninfo.toUtf8();
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.constData(), &message);
    if (!options) {
        // libpq's words may quote the location, password and all: they are not passed on.
        PQfreemem(message);
        return makeError(PgText::tr("The database location is not readable; write it as postgresql://user@host:port/database, "
                                    "PG:dbname=database host=host or PG:service=name."));
    }
    QStringList pairs;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString keyword = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (keyword == QLatin1String("password")) {
            result.password = value;
            continue;
        }
        pairs << keyword + QLatin1Char('=') + quotedValue(value);
    }
    PQconninfoFree(options);
    if (gdalStyle) {
        result.display = QStringLiteral("PG:") + pairs.join(QLatin1Char(' '));
    } else {
        QUrl url(location);
        if (url.isValid()) {
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("password"));
            url.setQuery(query);
            result.display = url.toString(QUrl::RemovePassword);
        } else {
            result.display = QStringLiteral("PG:") + pairs.join(QLatin1Char(' '));
        }
    }
    if (!result.password.isEmpty())
        result.display = result.masked(result.display);
    return result;
}

QString PgLocation::masked(const QString &text) const
{
    if (password.isEmpty())
        return text;
    QString out = text;
    out.replace(password, QStringLiteral("***"));
    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(password));
    if (encoded != password)
        out.replace(encoded, QStringLiteral("***"));
    return out;
}

// --- PgParams

QString PgParams::add(const QByteArray &text)
{
    m_values.emplace_back(text);
    m_lengths.push_back(static_cast<int>(text.size()));
    m_formats.push_back(0);
    return QStringLiteral("$%1").arg(m_values.size());
}

QString PgParams::addNull()
{
    m_values.emplace_back(std::nullopt);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return QStringLiteral("$%1").arg(m_values.size());
}

QString PgParams::addDate(const QDate &date)
{
    return date.isValid() ? add(date.toString(Qt::ISODate).toLatin1()) : addNull();
}

QString PgParams::addText(const QString &text)
{
    return text.isEmpty() ? addNull() : add(text.toUtf8());
}

QString PgParams::addBinary(const QByteArray &bytes)
{
    m_values.emplace_back(bytes);
    m_lengths.push_back(static_cast<int>(bytes.size()));
    m_formats.push_back(1);
    return QStringLiteral("$%1").arg(m_values.size());
}

const char *const *PgParams::values() const
{
    m_pointers.clear();
    for (const auto &v : m_values)
        m_pointers.push_back(v ? v->constData() : nullptr);
    return m_pointers.data();
}

// --- PgCopyRow

void PgCopyRow::separate()
{
    if (m_started)
        m_line += '\t';
    m_started = true;
}

void PgCopyRow::add(const std::optional<QByteArray> &value)
{
    separate();
    if (!value) {
        m_line += "\\N";
        return;
    }
    for (const char c : *value) {
        switch (c) {
        case '\\':
            m_line += "\\\\";
            break;
        case '\t':
            m_line += "\\t";
            break;
        case '\n':
            m_line += "\\n";
            break;
        case '\r':
            m_line += "\\r";
            break;
        default:
            m_line += c;
        }
    }
}

void PgCopyRow::addPlain(const QByteArray &value)
{
    separate();
    m_line += value;
}

QByteArray PgCopyRow::finish()
{
    m_line += '\n';
    m_started = false;
    return std::exchange(m_line, QByteArray());
}

// --- PgResult

PgResult::PgResult(pg_result *result) : m_result(result) {}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept : m_result(other.m_result)
{
    other.m_result = nullptr;
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

const char *PgResult::raw(int row, int column) const
{
    return isNull(row, column) ? nullptr : PQgetvalue(m_result, row, column);
}

int PgResult::length(int row, int column) const
{
    return PQgetlength(m_result, row, column);
}

bool PgResult::isBinary(int column) const
{
    return PQfformat(m_result, column) == 1;
}

namespace {

// Type OIDs of the binary values read (pg_type.h).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kDateOid = 1082;

/// An unsigned integer of `n` bytes in network order.
quint64 bigEndian(const char *v, int n)
{
    quint64 value = 0;
    for (int i = 0; i < n; ++i)
        value = (value << 8) | static_cast<unsigned char>(v[i]);
    return value;
}

/// A signed integer in binary format, of any width the server sends (0 for another type).
qint64 binaryInteger(const char *v, int length, Oid type)
{
    if (type == kInt8Oid && length == 8)
        return static_cast<qint64>(bigEndian(v, 8));
    if (type == kInt4Oid && length == 4)
        return static_cast<qint32>(bigEndian(v, 4));
    if (type == kInt2Oid && length == 2)
        return static_cast<qint16>(bigEndian(v, 2));
    return 0;
}

} // namespace

QString PgResult::text(int row, int column) const
{
    const char *v = raw(row, column);
    return v ? QString::fromUtf8(v, length(row, column)) : QString();
}

qint64 PgResult::int64(int row, int column) const
{
    const char *v = raw(row, column);
    if (!v)
        return 0;
    if (isBinary(column))
        return binaryInteger(v, length(row, column), PQftype(m_result, column));
    return QByteArray(v).toLongLong();
}

double PgResult::real(int row, int column) const
{
    const char *v = raw(row, column);
    if (!v)
        return 0.0;
    if (isBinary(column)) {
        const Oid type = PQftype(m_result, column);
        const int n = length(row, column);
        if (type == kFloat8Oid && n == 8)
            return std::bit_cast<double>(bigEndian(v, 8));
        if (type == kFloat4Oid && n == 4)
            return std::bit_cast<float>(static_cast<quint32>(bigEndian(v, 4)));
        return static_cast<double>(binaryInteger(v, n, type));
    }
    return QByteArray(v).toDouble();
}

bool PgResult::boolean(int row, int column) const
{
    const char *v = raw(row, column);
    if (v && isBinary(column))
        return PQftype(m_result, column) == kBoolOid ? v[0] != 0 : int64(row, column) != 0;
    return v && (v[0] == 't' || v[0] == '1');
}

QDate PgResult::date(int row, int column) const
{
    const char *v = raw(row, column);
    if (!v)
        return {};
    if (isBinary(column)) {
        if (PQftype(m_result, column) != kDateOid || length(row, column) != 4)
            return {};
        // Days since 2000-01-01.
        return QDate(2000, 1, 1).addDays(static_cast<qint32>(bigEndian(v, 4)));
    }
    return QDate::fromString(QString::fromLatin1(v).left(10), Qt::ISODate);
}

QByteArray PgResult::bytes(int row, int column) const
{
    const char *v = raw(row, column);
    if (!v)
        return {};
    if (isBinary(column))
        return QByteArray(v, length(row, column));
    size_t length = 0;
    unsigned char *decoded = PQunescapeBytea(reinterpret_cast<const unsigned char *>(v), &length);
    if (!decoded)
        return {};
    QByteArray out(reinterpret_cast<const char *>(decoded), static_cast<qsizetype>(length));
    PQfreemem(decoded);
    return out;
}

// --- PgConnection

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const PgLocation &location)
{
    std::unique_ptr<PgConnection> c(new PgConnection);
    c->m_location = location;
    const QByteArray conninfo = location.conninfo.toUtf8();
    const char *keywords[] = {"dbname", "fallback_application_name", nullptr};
    const char *values[] = {conninfo.constData(), "engdrift", nullptr};
    c->m_conn = PQconnectdbParams(keywords, values, 1);
    if (!c->m_conn || PQstatus(c->m_conn) != CONNECTION_OK) {
        const QString detail = c->m_conn ? location.masked(QString::fromUtf8(PQerrorMessage(c->m_conn)).trimmed()) : QString();
        return makeError(PgText::tr("Cannot connect to the database %1.").arg(location.display), detail);
    }
    if (PQsetClientEncoding(c->m_conn, "UTF8") != 0)
        return makeError(PgText::tr("%1: the database connection cannot use UTF-8.").arg(location.display));
    if (auto ok = c->run(QStringLiteral("SET DateStyle = ISO; SET TimeZone = 'UTC'; SET client_min_messages = warning"),
                         PgText::tr("cannot set up the connection"));
        !ok.ok())
        return ok.error();
    return c;
}

Error PgConnection::failure(const QString &what, pg_result *result) const
{
    QString detail = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    return makeError(PgText::tr("%1: %2.").arg(m_location.display, what), m_location.masked(detail));
}

namespace {
bool succeeded(pg_result *result)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}
} // namespace

Result<PgResult> PgConnection::exec(const QString &sql, const PgParams &params, const QString &what)
{
    return execAs(sql, params, what, false);
}

Result<PgResult> PgConnection::execAs(const QString &sql, const PgParams &params, const QString &what, bool binary)
{
    if (auto flushed = flushCopy(); !flushed.ok())
        return flushed.error();
    const QByteArray text = sql.toUtf8();
    const int n = params.size();
    pg_result *raw = PQexecParams(m_conn, text.constData(), n, nullptr, n ? params.values() : nullptr,
                                  n ? params.lengths() : nullptr, n ? params.formats() : nullptr, binary ? 1 : 0);
    m_lastState = raw ? QByteArray(PQresultErrorField(raw, PG_DIAG_SQLSTATE)) : QByteArray();
    if (!succeeded(raw)) {
        Error error = failure(what, raw);
        PQclear(raw);
        return error;
    }
    return PgResult(raw);
}

Result<void> PgConnection::run(const QString &sql, const QString &what)
{
    if (auto flushed = flushCopy(); !flushed.ok())
        return flushed;
    const QByteArray text = sql.toUtf8();
    pg_result *raw = PQexec(m_conn, text.constData());
    m_lastState = raw ? QByteArray(PQresultErrorField(raw, PG_DIAG_SQLSTATE)) : QByteArray();
    const bool ok = succeeded(raw);
    Error error = ok ? Error{} : failure(what, raw);
    PQclear(raw);
    if (!ok)
        return error;
    return {};
}

bool PgConnection::isIdle() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) == PQTRANS_IDLE;
}

Result<void> PgConnection::forEachRow(const QString &sql, const PgParams &params, const QString &what,
                                      const RowVisitor &visit, int batch, bool binary)
{
    // A cursor lives in a transaction: the one open, or a read-only one of this query's own.
    const bool own = PQtransactionStatus(m_conn) == PQTRANS_IDLE;
    if (own) {
        if (auto begun = run(QStringLiteral("BEGIN READ ONLY"), what); !begun.ok())
            return begun;
    }
    const QString cursor = QStringLiteral("engdrift_rows_%1").arg(++m_cursors);
    auto finish = [&](Result<void> outcome) -> Result<void> {
        if (!outcome.ok()) {
            if (own)
                (void)run(QStringLiteral("ROLLBACK"), what); // the query's failure is the one to report
            return outcome;
        }
        if (auto closed = run(QStringLiteral("CLOSE %1").arg(cursor), what); !closed.ok())
            return closed;
        if (own)
            return run(QStringLiteral("COMMIT"), what);
        return {};
    };
    if (auto declared = exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(cursor, sql), params, what);
        !declared.ok())
        return finish(declared.error());
    const QString fetch = QStringLiteral("FETCH FORWARD %1 FROM %2").arg(std::max(1, batch)).arg(cursor);
    for (;;) {
        auto rows = execAs(fetch, PgParams(), what, binary); // the fetch's format decides the rows'
        if (!rows.ok())
            return finish(rows.error());
        const int n = rows->rows();
        for (int row = 0; row < n; ++row) {
            if (!visit(*rows, row))
                return finish({});
        }
        if (n < batch)
            return finish({});
    }
}

namespace {
/// The rows kept for COPY are sent when they pass this size; the COPY stays open, so the server
/// stores them while the next rows are made.
constexpr qsizetype kCopyChunkBytes = 1024 * 1024;

/// The line of the COPY data a server error is about (1 for the first row), from its context
/// ("COPY areas, line 3" or "COPY areas, line 3, column geom: ..."; the word may be translated);
/// 0 when it names none.
qint64 copyLineOf(const char *context)
{
    static const QRegularExpression line(QStringLiteral("^COPY [^,]+, \\D*(\\d+)"));
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(context ? context : ""));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}
} // namespace

Result<void> PgConnection::copyRow(const QString &copySql, const QByteArray &row, const QString &what, qint64 fid)
{
    if (copySql != m_copySql) {
        if (auto flushed = flushCopy(); !flushed.ok())
            return flushed;
        m_copySql = copySql;
        m_copyWhat = what;
    }
    m_copyRows += row;
    m_copyFids.push_back(fid);
    if (m_copyRows.size() >= kCopyChunkBytes)
        return sendCopy();
    return {};
}

Result<void> PgConnection::sendCopy()
{
    if (!m_copyOpen) {
        const QByteArray sql = m_copySql.toUtf8();
        pg_result *start = PQexec(m_conn, sql.constData());
        if (!start || PQresultStatus(start) != PGRES_COPY_IN) {
            m_lastState = start ? QByteArray(PQresultErrorField(start, PG_DIAG_SQLSTATE)) : QByteArray();
            Error error = failure(m_copyWhat, start);
            PQclear(start);
            discardCopy();
            return error;
        }
        PQclear(start);
        m_copyOpen = true;
    }
    // -1 also when the server refused a row already (the COPY ended): endCopy() reads why.
    if (PQputCopyData(m_conn, m_copyRows.constData(), static_cast<int>(m_copyRows.size())) != 1)
        return endCopy(false);
    m_copyRows.resize(0); // keeps its memory for the next rows
    return {};
}

Result<void> PgConnection::endCopy(bool sent)
{
    std::optional<Error> error;
    // Ending the COPY with an error message makes the server drop what it got.
    if (m_copyOpen && PQputCopyEnd(m_conn, sent ? nullptr : "engdrift: the rows were not sent") != 1 && sent)
        error = failure(m_copyWhat, nullptr);
    m_copyOpen = false;
    m_lastState.clear();
    while (pg_result *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !error) {
            m_lastState = QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE));
            // The row the server refused, by the number the caller gave it (not when the COPY
            // was abandoned here: 57014, query_canceled).
            const qint64 line = m_lastState == "57014" ? 0 : copyLineOf(PQresultErrorField(result, PG_DIAG_CONTEXT));
            error = line > 0 && line <= static_cast<qint64>(m_copyFids.size())
                        ? failure(PgText::tr("%1 (the row with fid %2 was refused)")
                                      .arg(m_copyWhat)
                                      .arg(m_copyFids[static_cast<size_t>(line - 1)]),
                                  result)
                        : failure(m_copyWhat, result);
        }
        PQclear(result);
    }
    if (!sent && !error)
        error = failure(m_copyWhat, nullptr);
    m_copyRows.resize(0);
    m_copyFids.clear();
    m_copySql.clear();
    m_copyWhat.clear();
    if (error)
        return *error;
    return {};
}

Result<void> PgConnection::flushCopy()
{
    if (!m_copyRows.isEmpty()) {
        if (auto sent = sendCopy(); !sent.ok())
            return sent;
    }
    if (!m_copyOpen)
        return {};
    return endCopy(true);
}

void PgConnection::discardCopy()
{
    if (m_copyOpen)
        (void)endCopy(false);
    m_copyRows.resize(0);
    m_copyFids.clear();
    m_copySql.clear();
    m_copyWhat.clear();
}

} // namespace engdrift
