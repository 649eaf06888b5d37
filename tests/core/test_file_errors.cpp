// File errors in plain words (util/file_errors.h) and GDAL's messages as a tidy detail.

#include "util/file_errors.h"
#include "util/gdal_error_scope.h"

#include <gtest/gtest.h>

#include <cerrno>

using namespace engdrift;

TEST(FileErrors, CommonCausesAreRecognised)
{
    EXPECT_EQ(classifyFileProblem(QStringLiteral("sqlite3_exec(COMMIT) failed: database or disk is full")), FileProblem::NoSpace);
    EXPECT_EQ(classifyFileProblem(QStringLiteral("failed to execute insert : disk I/O error"), EFBIG), FileProblem::NoSpace);
    EXPECT_EQ(classifyFileProblem(QStringLiteral("failed to execute insert : disk I/O error"), ENOSPC), FileProblem::NoSpace);
    EXPECT_EQ(classifyFileProblem(QString(), EDQUOT), FileProblem::NoSpace);
    EXPECT_EQ(classifyFileProblem(QStringLiteral("attempt to write a readonly database")), FileProblem::ReadOnly);
    EXPECT_EQ(classifyFileProblem(QString(), EROFS), FileProblem::ReadOnly);
    EXPECT_EQ(classifyFileProblem(QStringLiteral("sqlite3_exec(BEGIN) failed: database is locked")), FileProblem::Busy);
    EXPECT_EQ(classifyFileProblem(QStringLiteral("file is not a database")), FileProblem::NotGeoPackage);
    EXPECT_EQ(classifyFileProblem(QStringLiteral("`x.gpkg' not recognized as a supported file format.")),
              FileProblem::NotGeoPackage);
    EXPECT_EQ(classifyFileProblem(QStringLiteral("x.gpkg: Permission denied")), FileProblem::PermissionDenied);
    EXPECT_EQ(classifyFileProblem(QString(), EACCES), FileProblem::PermissionDenied);
    EXPECT_EQ(classifyFileProblem(QStringLiteral("database disk image is malformed")), FileProblem::Damaged);
    // An I/O error without a known cause stays unknown: the caller says what failed.
    EXPECT_EQ(classifyFileProblem(QStringLiteral("disk I/O error")), FileProblem::Unknown);
    EXPECT_EQ(classifyFileProblem(QStringLiteral("UNIQUE constraint failed: areas.fid")), FileProblem::Unknown);
}

TEST(FileErrors, TheMessageIsASentenceAndTheLibrariesWordsTheDetail)
{
    const Error full = fileError(QStringLiteral("p.gpkg"), FileAction::Save, QStringLiteral("p.gpkg: cannot write area 7."),
                                 QStringLiteral("failed to execute insert : disk I/O error"), EFBIG);
    EXPECT_EQ(full.message, QStringLiteral("There is not enough space on the disk to save the changes to p.gpkg; nothing was changed."));
    EXPECT_TRUE(full.detail.contains(QStringLiteral("disk I/O error"))) << full.detail.toStdString();
    const Error unknown = fileError(QStringLiteral("p.gpkg"), FileAction::Save, QStringLiteral("p.gpkg: cannot write area 7."),
                                    QStringLiteral("UNIQUE constraint failed: areas.fid"));
    EXPECT_EQ(unknown.message, QStringLiteral("p.gpkg: cannot write area 7."));
    EXPECT_EQ(unknown.detail, QStringLiteral("UNIQUE constraint failed: areas.fid"));
    EXPECT_EQ(describeFileProblem(FileProblem::NoSpace, FileAction::Create, QStringLiteral("n.gpkg")),
              QStringLiteral("There is not enough space on the disk to create n.gpkg."));
    EXPECT_TRUE(describeFileProblem(FileProblem::Unknown, FileAction::Open, QStringLiteral("n.gpkg")).isEmpty());
}

TEST(FileErrors, TheDetailHoldsNoSqlStatementsAndNoRepeats)
{
    QString ddl = QStringLiteral("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL");
    while (ddl.size() < 5000)
        ddl += QStringLiteral(", column TEXT");
    const QString detail = GdalErrorScope::tidyDetail(
        {QStringLiteral("sqlite3_exec(%1)) failed: database or disk is full").arg(ddl),
         QStringLiteral("sqlite3_exec(%1)) failed: database or disk is full").arg(ddl), QStringLiteral("x")});
    EXPECT_EQ(detail, QStringLiteral("sqlite3_exec failed: database or disk is full\nx"));
    const QString longLine = GdalErrorScope::tidyDetail({QString(1000, QLatin1Char('a'))});
    EXPECT_LE(longLine.size(), 300);
}
