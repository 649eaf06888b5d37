#include "pg_test_database.h"

#include <QRandomGenerator>
#include <QUrl>

#include <libpq-fe.h>

namespace engdrift::test {
namespace {

bool isUri(const QString &server)
{
    return server.startsWith(QLatin1String("postgresql://")) || server.startsWith(QLatin1String("postgres://"));
}

/// The server's conninfo (without "PG:"), naming `database` when it is not empty.
QByteArray conninfoFor(const QString &database)
{
    QString server = pgTestServer();
    if (isUri(server)) {
        if (database.isEmpty())
            return server.toUtf8();
        QUrl url(server);
        url.setPath(QLatin1Char('/') + database);
        return url.toString().toUtf8();
    }
    if (server.startsWith(QLatin1String("PG:")))
        server = server.mid(3);
    if (!database.isEmpty())
        server += QStringLiteral(" dbname=") + database; // the last dbname wins
    return server.toUtf8();
}

} // namespace

QString pgTestServer()
{
    return qEnvironmentVariable("ENGDRIFT_TEST_PG");
}

bool pgRequired()
{
    return qEnvironmentVariable("ENGDRIFT_REQUIRE_PG") == QLatin1String("1");
}

QString pgQuery(const QString &sql, const QString &database)
{
    const QByteArray conninfo = conninfoFor(database);
    PGconn *conn = PQconnectdb(conninfo.constData());
    QString out;
    if (PQstatus(conn) != CONNECTION_OK) {
        out = QStringLiteral("ERROR: ") + QString::fromUtf8(PQerrorMessage(conn));
    } else {
        PGresult *r = PQexec(conn, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            out = QStringLiteral("ERROR: ") + QString::fromUtf8(PQresultErrorMessage(r));
        else if (PQntuples(r) > 0 && PQnfields(r) > 0)
            out = QString::fromUtf8(PQgetvalue(r, 0, 0));
        PQclear(r);
    }
    PQfinish(conn);
    return out;
}

PgTestDatabase::PgTestDatabase()
{
    if (pgTestServer().isEmpty()) {
        m_error = QStringLiteral("ENGDRIFT_TEST_PG is not set");
        return;
    }
    const QString name = QStringLiteral("engdrift_t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    const QString result = pgQuery(QStringLiteral("CREATE DATABASE %1 WITH TEMPLATE template0 ENCODING 'UTF8'").arg(name));
    if (result.startsWith(QLatin1String("ERROR"))) {
        m_error = result;
        return;
    }
    m_name = name;
    const QString server = pgTestServer();
    m_location = isUri(server) ? QString::fromUtf8(conninfoFor(name)) : QStringLiteral("PG:") + QString::fromUtf8(conninfoFor(name));
}

PgTestDatabase::~PgTestDatabase()
{
    if (!m_name.isEmpty())
        pgQuery(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

QString PgTestDatabase::conninfoLocation() const
{
    const QByteArray conninfo = conninfoFor(m_name);
    if (!isUri(pgTestServer()))
        return QStringLiteral("PG:") + QString::fromUtf8(conninfo);
    // A URI spelled as key=value pairs, through libpq's own reading of it.
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.constData(), &message);
    PQfreemem(message);
    QStringList pairs;
    for (PQconninfoOption *o = options; o && o->keyword; ++o) {
        if (o->val && *o->val)
            pairs << QStringLiteral("%1=%2").arg(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    return QStringLiteral("PG:") + pairs.join(QLatin1Char(' '));
}

} // namespace engdrift::test
