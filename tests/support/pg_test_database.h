#pragma once
// A fresh PostgreSQL database for a test of the PostGIS backend, on the server that
// ENGDRIFT_TEST_PG names (a URI or conninfo of a user who may CREATE DATABASE; scripts/pg-test-cluster
// starts a throwaway one). Test-only.

#include <QString>

#include <gtest/gtest.h>

namespace engdrift::test {

/// The server of the PostGIS tests (ENGDRIFT_TEST_PG), empty when none is given.
QString pgTestServer();
/// True when ENGDRIFT_REQUIRE_PG=1: then a missing server is a failure, never a skip.
bool pgRequired();

/// CREATE DATABASE engdrift_t_<random> WITH TEMPLATE template0 on construction (check ok()),
/// DROP DATABASE ... WITH (FORCE) on destruction.
class PgTestDatabase
{
public:
    PgTestDatabase();
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    bool ok() const { return !m_name.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    /// The database as a postgresql:// URI (or a PG: conninfo when the server was given so).
    QString location() const { return m_location; }
    /// The same database in the other spelling: a PG: conninfo for a URI server and back.
    QString conninfoLocation() const;

private:
    QString m_name;
    QString m_location;
    QString m_error;
};

/// Runs one SQL statement on the server's maintenance database (`database` empty) or on `database`;
/// returns the first cell of the result, or "ERROR: ..." when it fails.
QString pgQuery(const QString &sql, const QString &database = QString());

/// A test with a fresh database of its own (m_database): skipped when no server is given, and a
/// failure instead when ENGDRIFT_REQUIRE_PG=1.
class PostgisTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (pgTestServer().isEmpty()) {
            ASSERT_FALSE(pgRequired()) << "ENGDRIFT_REQUIRE_PG=1 but ENGDRIFT_TEST_PG is not set";
            GTEST_SKIP() << "no PostgreSQL server for the tests (set ENGDRIFT_TEST_PG; scripts/pg-test-cluster)";
        }
        ASSERT_TRUE(m_database.ok()) << m_database.error().toStdString();
    }

    PgTestDatabase m_database;
};

} // namespace engdrift::test
