// File errors in plain words (util/file_errors.h), GDAL's messages as a tidy detail, and files
// written whole or not at all (util/atomic_file.h).

#include "util/atomic_file.h"
#include "util/file_errors.h"
#include "util/gdal_error_scope.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>

#include <sys/resource.h>

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
    // As GDAL says it when a query meets a damaged file.
    EXPECT_EQ(GdalErrorScope::tidyDetail({QStringLiteral("In ExecuteSQL(): sqlite3_step(SELECT * FROM areas WHERE "
                                                         "valid_from <= '2026-12-05' AND (valid_to IS NULL OR valid_to > "
                                                         "'2026-12-05')): database disk image is malformed")}),
              QStringLiteral("In ExecuteSQL(): sqlite3_step failed: database disk image is malformed"));
    EXPECT_EQ(GdalErrorScope::tidyDetail({QStringLiteral("sqlite3_prepare_v2(select fid from paths) failed: no such table: "
                                                         "paths")}),
              QStringLiteral("sqlite3_prepare_v2 failed: no such table: paths"));
    // Words without a statement stay as they are.
    EXPECT_EQ(GdalErrorScope::tidyDetail({QStringLiteral("open(/tmp/x.gpkg) failed: No such file or directory")}),
              QStringLiteral("open(/tmp/x.gpkg) failed: No such file or directory"));
    const QString longLine = GdalErrorScope::tidyDetail({QString(1000, QLatin1Char('a'))});
    EXPECT_LE(longLine.size(), 300);
}

namespace {

/// A file size limit for this process while it lives (writes beyond it fail with EFBIG).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit limit = {bytes, m_old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    struct rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
};

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST(AtomicFileTest, WritesTheWholeFileOrNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    const QByteArray content(200 * 1024, 'x');
    auto write = [&content](QIODevice &device, QString &) { return device.write(content) == content.size(); };
    ASSERT_TRUE(writeFileAtomically(path, write).ok());
    QFile whole(path);
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    EXPECT_EQ(whole.readAll(), content);
    whole.close();

    // Beyond a file size limit: a plain sentence, the old file as it was, no temporary file.
    {
        FileSizeLimit limit(64 * 1024);
        const QByteArray more(300 * 1024, 'y');
        auto failed = writeFileAtomically(path, [&more](QIODevice &device, QString &) { return device.write(more) == more.size(); });
        ASSERT_FALSE(failed.ok());
        EXPECT_EQ(failed.errorMessage(), QStringLiteral("There is not enough space on the disk to write %1.").arg(path));
        EXPECT_FALSE(failed.errorDetail().isEmpty());
    }
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    EXPECT_EQ(whole.readAll(), content);
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("out.bin")});

    // A writer that gives up leaves nothing either.
    const QString other = dir.filePath(QStringLiteral("other.bin"));
    auto refused = writeFileAtomically(other, [](QIODevice &device, QString &reason) {
        device.write("half");
        reason = QStringLiteral("no picture");
        return false;
    });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(), QStringLiteral("no picture"));
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("out.bin")});

    // No folder: say which.
    auto noFolder = writeFileAtomically(dir.filePath(QStringLiteral("missing/x.png")), write);
    ASSERT_FALSE(noFolder.ok());
    EXPECT_TRUE(noFolder.errorMessage().contains(QStringLiteral("does not exist"))) << noFolder.errorMessage().toStdString();
}
