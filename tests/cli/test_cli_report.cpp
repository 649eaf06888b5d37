// engdrift-cli report on the sample project: the three formats written and said only when whole,
// the PDF with its charts, Danish and English, and bad requests refused with one sentence (bad
// input: exit 1) or the synopsis (usage: exit 2), writing nothing.

#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;
using test::runCli;

namespace {

const QString kSample = QStringLiteral(ENGDRIFT_SAMPLE_PROJECT);

test::CliResult report(const QString &out, const QStringList &extra = {}, const QString &language = QStringLiteral("en"))
{
    return runCli(QStringList{QStringLiteral("report"), kSample, QStringLiteral("--out"), out} + extra, 60000, language);
}

const QStringList kPeriod{QStringLiteral("--from"), QStringLiteral("2021-01-01"), QStringLiteral("--to"),
                          QStringLiteral("2026-06-01")};

} // namespace

TEST(CliReport, WritesEachFormatAndSaysSoWhenWhole)
{
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("r.pdf"), QStringLiteral("r.csv"), QStringLiteral("r.xlsx")}) {
        const QString out = dir.filePath(name);
        const auto result = report(out, kPeriod);
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_TRUE(result.out.startsWith(QStringLiteral("Wrote ") + out)) << result.out.toStdString();
        EXPECT_TRUE(result.out.contains(QStringLiteral("3 departments"))) << result.out.toStdString();
        EXPECT_GT(QFileInfo(out).size(), 100) << name.toStdString();
    }
    // No temporary file is left beside them.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

TEST(CliReport, ThePdfHasTheChartsAndItsPagesInEnglishAndDanish)
{
    QTemporaryDir dir;
    const QString en = dir.filePath(QStringLiteral("en.pdf"));
    const QString da = dir.filePath(QStringLiteral("da.pdf"));
    ASSERT_EQ(report(en, kPeriod).exitCode, 0);
    const auto danish = report(da, kPeriod + QStringList{QStringLiteral("--org"), QStringLiteral("123")}, QStringLiteral("da"));
    ASSERT_EQ(danish.exitCode, 0) << danish.err.toStdString();
    EXPECT_TRUE(danish.out.startsWith(QStringLiteral("Skrev "))) << danish.out.toStdString();
    bool ok = false;
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {en}, &ok);
    ASSERT_TRUE(ok);
    EXPECT_TRUE(info.contains(QStringLiteral("595 x 842 pts (A4)"))) << info.toStdString();
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    ASSERT_TRUE(pages.hasMatch());
    EXPECT_GE(pages.captured(1).toInt(), 2);
    const QString text = test::runTool(QStringLiteral("pdftotext"), {en, QStringLiteral("-")}, &ok);
    for (const QString &expected : {QStringLiteral("Departments that have adopted"), QStringLiteral("Area by care type"),
                                    QStringLiteral("Stationsparken"), QStringLiteral("carried out"),
                                    QStringLiteral("Page %1 of %1").arg(pages.captured(1))})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << " is missing";
    const QString dansk = test::runTool(QStringLiteral("pdftotext"), {da, QStringLiteral("-")}, &ok);
    for (const QString &expected : {QStringLiteral("Vedtagelsesrapport"), QStringLiteral("Organisation 123 Boligselskabet Hedehusene"),
                                    QStringLiteral("Afdelinger, der har vedtaget"), QStringLiteral("Husstande"),
                                    QStringLiteral("Periode 2021-01-01 til 2026-06-01")})
        EXPECT_TRUE(dansk.contains(expected)) << expected.toStdString() << " is missing from the Danish report";
}

TEST(CliReport, TheCsvNamesStatusesInTheProgramsLanguageWithTheCodesBeside)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("r.csv"));
    ASSERT_EQ(report(out, kPeriod, QStringLiteral("da")).exitCode, 0);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("row,org_no,organisation,dept_no,department,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(",omlagt,implemented,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(",ikke foreslået,not_proposed,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("total,,Alle organisationer,"))) << text.toStdString();
}

TEST(CliReport, BadInputIsOneSentenceAndExitOne)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("r.pdf"));
    struct Case
    {
        QStringList args;
        QString says;
    };
    const QList<Case> cases{
        {{QStringLiteral("--org"), QStringLiteral("999")}, QStringLiteral("no organisation 999")},
        {{QStringLiteral("--from"), QStringLiteral("2026-06-01"), QStringLiteral("--to"), QStringLiteral("2021-01-01")},
         QStringLiteral("--from 2026-06-01 is after --to 2021-01-01")},
        {{QStringLiteral("--to"), QStringLiteral("2026-02-30")}, QStringLiteral("2026-02-30")},
        {{QStringLiteral("--from"), QStringLiteral("yesterday")}, QStringLiteral("yesterday")},
    };
    for (const Case &c : cases) {
        const auto result = report(out, c.args);
        EXPECT_EQ(result.exitCode, 1) << c.args.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(c.says)) << result.err.toStdString();
        EXPECT_EQ(result.err.trimmed().count(QLatin1Char('\n')), 0) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out));
    }
    // An output that cannot be written: said, never "Wrote".
    for (const QString &name : {QStringLiteral("r.pdf"), QStringLiteral("r.csv"), QStringLiteral("r.xlsx")}) {
        const QString unwritable = dir.filePath(QStringLiteral("missing/") + name);
        const auto result = report(unwritable, kPeriod);
        EXPECT_EQ(result.exitCode, 1) << name.toStdString();
        EXPECT_TRUE(result.err.contains(unwritable)) << result.err.toStdString();
        EXPECT_FALSE(result.out.contains(QStringLiteral("Wrote"))) << result.out.toStdString();
    }
}

TEST(CliReport, UsageErrorsExitTwo)
{
    QTemporaryDir dir;
    const auto noOut = runCli({QStringLiteral("report"), kSample});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(noOut.err.contains(QStringLiteral("--out"))) << noOut.err.toStdString();
    const auto docx = report(dir.filePath(QStringLiteral("r.docx")));
    EXPECT_EQ(docx.exitCode, 2);
    EXPECT_TRUE(docx.err.contains(QStringLiteral(".pdf, .csv or .xlsx"))) << docx.err.toStdString();
    EXPECT_EQ(report(dir.filePath(QStringLiteral("r.pdf")), {QStringLiteral("--org"), QStringLiteral("twelve")}).exitCode, 2);
    EXPECT_EQ(report(dir.filePath(QStringLiteral("r.pdf")), {QStringLiteral("--lang"), QStringLiteral("de")}).exitCode, 2);
    const auto help = runCli({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("report PROJECT --out FILE.pdf|csv|xlsx"))) << help.out.toStdString();
}
