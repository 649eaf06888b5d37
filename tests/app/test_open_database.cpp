// File > Open database…: the desktop program on a project kept in PostgreSQL/PostGIS. The address
// may carry a password; the window, the recent projects and the recovery file's name never do.

#include "pg_test_database.h"
#include "store/project_store.h"
#include "window_fixture.h"

#include <QSettings>
#include <QUrl>

using namespace engdrift;

namespace {

class OpenDatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        if (test::pgTestServer().isEmpty()) {
            if (test::pgRequired())
                FAIL() << "ENGDRIFT_REQUIRE_PG=1 but ENGDRIFT_TEST_PG is not set";
            GTEST_SKIP() << "no PostgreSQL test server (ENGDRIFT_TEST_PG)";
        }
        database = std::make_unique<test::PgTestDatabase>();
        ASSERT_TRUE(database->ok()) << database->error().toStdString();
    }

    std::unique_ptr<test::PgTestDatabase> database;
};

/// The database's URI with a password in it (the test server trusts loopback, so any password
/// opens it, as one from ~/.pgpass would).
QString withPassword(const QString &location, const QString &password)
{
    QUrl url(location);
    url.setPassword(password);
    return url.toString();
}

TEST_F(OpenDatabase, TheWindowOpensADatabaseProjectAndNeverKeepsItsPassword)
{
    const QString secret = QStringLiteral("s3cret-Pa55");
    ASSERT_TRUE(database->location().startsWith(QLatin1String("postgresql://")));
    const QString location = withPassword(database->location(), secret);
    {
        auto store = createStore(location, Crs::defaultProjectCrs(), Catalogue::builtIn());
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
        auto tx = (*store)->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE((*store)->saveOrganisation(Organisation{7, QStringLiteral("Boligselskabet")}).ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    QSettings().remove(QStringLiteral("recent"));
    gui::MainWindow window;
    window.setQuiet(true);
    window.resize(1200, 800);
    window.show();
    test::expectInFileMenuAndManual(window, QStringLiteral("openDatabase"), QStringLiteral("Open database"),
                                    QStringLiteral("Åbn database"));
    ASSERT_TRUE(window.openProject(location, false)) << window.lastError().toStdString();
    ASSERT_TRUE(window.document());
    EXPECT_FALSE(window.document()->path().contains(secret));
    EXPECT_TRUE(window.document()->path().contains(database->name())) << window.document()->path().toStdString();
    EXPECT_FALSE(window.windowTitle().contains(secret));
    EXPECT_TRUE(window.windowTitle().contains(database->name())) << window.windowTitle().toStdString();
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_TRUE(recent.first().startsWith(QLatin1String("postgresql://"))) << recent.first().toStdString();
    EXPECT_TRUE(recent.first().contains(database->name()));
    for (const QString &entry : recent)
        EXPECT_FALSE(entry.contains(secret)) << entry.toStdString();
    EXPECT_FALSE(gui::ProjectDocument::recoveryPath(location).contains(secret));
    EXPECT_EQ(gui::ProjectDocument::recoveryPath(location), gui::ProjectDocument::recoveryPath(window.document()->path()))
        << "the unsaved edits of a database project are found again from its address without the password";
    // The remembered address (no password: libpq would take it from ~/.pgpass) opens the project again.
    ASSERT_TRUE(window.openProject(recent.first(), false)) << window.lastError().toStdString();
    window.document()->discardEdits();
}

} // namespace
