// What a person reads from engdrift-cli: tables and CSV name care types, events and statuses in
// the program's language, with the codes only in their own columns (care_type_code beside
// care_type); JSON keeps the codes. Failures say one sentence, the libraries' words below it,
// never the SQL they quote.

#include "catalogue/catalogue.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace engdrift;
using test::runCli;

namespace {

const QString kDanish = QStringLiteral("da");

/// A CSV text as rows of cells (quoted cells may hold commas and doubled quotes).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

/// The cells of one column of a CSV listing, by its name in the header.
QStringList csvColumn(const QList<QStringList> &rows, const QString &name)
{
    QStringList cells;
    const qsizetype index = rows.isEmpty() ? -1 : rows.first().indexOf(name);
    EXPECT_GE(index, 0) << name.toStdString() << " is not a column";
    for (qsizetype r = 1; index >= 0 && r < rows.size(); ++r)
        cells << rows.at(r).value(index);
    return cells;
}

class CliWords : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = dir.filePath(QStringLiteral("sample.engdrift.gpkg"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), project));
        QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    }

    /// Runs a listing of the sample project in Danish; it must work.
    QString danish(const QStringList &args)
    {
        auto r = runCli(QStringList{args.first(), project} + args.mid(1), 60000, kDanish);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        return r.out;
    }

    /// The Danish name of a care type, from the catalogue.
    static QString careName(const QString &code)
    {
        const CareType *type = Catalogue::builtIn().find(code);
        return type ? type->name.da : QString();
    }

    /// Every care-type cell of a listing is the Danish name of the code beside it.
    static void expectCareNames(const QList<QStringList> &rows)
    {
        const QStringList names = csvColumn(rows, QStringLiteral("care_type"));
        const QStringList codes = csvColumn(rows, QStringLiteral("care_type_code"));
        ASSERT_EQ(names.size(), codes.size());
        ASSERT_FALSE(codes.isEmpty());
        for (qsizetype i = 0; i < codes.size(); ++i) {
            EXPECT_TRUE(Catalogue::builtIn().find(codes.at(i))) << codes.at(i).toStdString();
            EXPECT_EQ(names.at(i), careName(codes.at(i))) << codes.at(i).toStdString();
        }
    }

    QTemporaryDir dir;
    QString project;
};

} // namespace

TEST_F(CliWords, CsvNamesCareTypesWithTheCodesBeside)
{
    expectCareNames(parseCsv(danish({QStringLiteral("areas"), QStringLiteral("--at"), QStringLiteral("2026-06-01"),
                                     QStringLiteral("--csv")})));
    expectCareNames(parseCsv(danish({QStringLiteral("stats"), QStringLiteral("--at"), QStringLiteral("2026-06-01"),
                                     QStringLiteral("--by"), QStringLiteral("care-type"), QStringLiteral("--csv")})));
    expectCareNames(parseCsv(danish({QStringLiteral("timeline"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                                     QStringLiteral("--to"), QStringLiteral("2026-01-01"), QStringLiteral("--step"),
                                     QStringLiteral("year"), QStringLiteral("--csv")})));
}

TEST_F(CliWords, CsvNamesEventsBodiesAndStatuses)
{
    const auto events = parseCsv(danish({QStringLiteral("adoption"), QStringLiteral("--csv")}));
    const QStringList kinds = csvColumn(events, QStringLiteral("event"));
    const QStringList kindCodes = csvColumn(events, QStringLiteral("event_code"));
    ASSERT_TRUE(kindCodes.contains(QStringLiteral("implemented")));
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        EXPECT_NE(kinds.at(i), kindCodes.at(i)) << "a code where a person reads: " << kinds.at(i).toStdString();
        if (kindCodes.at(i) == QLatin1String("implemented")) {
            EXPECT_EQ(kinds.at(i), QStringLiteral("omlægning gennemført"));
        }
    }
    const QStringList bodies = csvColumn(events, QStringLiteral("body"));
    const QStringList bodyCodes = csvColumn(events, QStringLiteral("body_code"));
    ASSERT_TRUE(bodyCodes.contains(QStringLiteral("department_meeting")));
    EXPECT_EQ(bodies.at(bodyCodes.indexOf(QStringLiteral("department_meeting"))), QStringLiteral("afdelingsmøde"));

    const auto status = parseCsv(danish({QStringLiteral("adoption"), QStringLiteral("--at"), QStringLiteral("2026-06-01"),
                                         QStringLiteral("--csv")}));
    const QStringList states = csvColumn(status, QStringLiteral("status"));
    const QStringList stateCodes = csvColumn(status, QStringLiteral("status_code"));
    ASSERT_TRUE(stateCodes.contains(QStringLiteral("not_proposed")));
    EXPECT_EQ(states.at(stateCodes.indexOf(QStringLiteral("not_proposed"))), QStringLiteral("ikke foreslået"));

    const auto proposals = parseCsv(danish({QStringLiteral("proposals"), QStringLiteral("--csv")}));
    EXPECT_EQ(csvColumn(proposals, QStringLiteral("status")), QStringList{QStringLiteral("udkast")});
    EXPECT_EQ(csvColumn(proposals, QStringLiteral("status_code")), QStringList{QStringLiteral("draft")});
}

TEST_F(CliWords, TablesSpeakDanish)
{
    // No internal codes in the words of a table: the codes of events, bodies and statuses are
    // not in the text at all, a care type's code only beside its name.
    static const QRegularExpression statusCodes(
        QStringLiteral("\\b(draft|not_proposed|department_meeting|implemented|adopted|proposed|analysis)\\b"));
    struct Listing
    {
        QStringList args;
        QStringList headings;
    };
    const QList<Listing> listings = {
        {{QStringLiteral("areas"), QStringLiteral("--org"), QStringLiteral("123"), QStringLiteral("--dept"),
          QStringLiteral("001")},
         {QStringLiteral("Plejetype"), QStringLiteral("Kode"), QStringLiteral("Afd.")}},
        {{QStringLiteral("stats")}, {QStringLiteral("Plejetype"), QStringLiteral("Arealer")}},
        {{QStringLiteral("timeline"), QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
          QStringLiteral("2026-01-01"), QStringLiteral("--step"), QStringLiteral("year")},
         {QStringLiteral("Dato"), QStringLiteral("Plejetype"), QStringLiteral("Naturvenligt m²")}},
        {{QStringLiteral("adoption")}, {QStringLiteral("Dato"), QStringLiteral("Hændelse"), QStringLiteral("Imod")}},
        {{QStringLiteral("adoption"), QStringLiteral("--at"), QStringLiteral("2026-06-01")},
         {QStringLiteral("Navn"), QStringLiteral("Status"), QStringLiteral("Siden")}},
        {{QStringLiteral("proposals")}, {QStringLiteral("Navn"), QStringLiteral("Status"), QStringLiteral("Planlagt m²")}},
        {{QStringLiteral("department")}, {QStringLiteral("Navn"), QStringLiteral("Adresse"), QStringLiteral("Boliger")}},
        {{QStringLiteral("imports")}, {QStringLiteral("Kilde"), QStringLiteral("Arealer fra")}},
    };
    for (const Listing &listing : listings) {
        const QString text = danish(listing.args);
        const QString what = listing.args.join(QLatin1Char(' ')) + QStringLiteral(":\n") + text;
        // The headings: the first line, and the first after an empty line (a second table).
        QStringList headingLines{text.section(QLatin1Char('\n'), 0, 0)};
        if (text.contains(QStringLiteral("\n\n")))
            headingLines << text.section(QStringLiteral("\n\n"), 1).section(QLatin1Char('\n'), 0, 0);
        for (const QString &heading : listing.headings)
            EXPECT_TRUE(headingLines.join(QLatin1Char('\n')).contains(heading)) << heading.toStdString() << " in "
                                                                               << what.toStdString();
        for (const QString &headingLine : headingLines)
            EXPECT_FALSE(headingLine.contains(QLatin1Char('_'))) << what.toStdString();
        EXPECT_FALSE(statusCodes.match(text).hasMatch()) << statusCodes.match(text).captured().toStdString() << " in "
                                                         << what.toStdString();
        // A care type's code stands beside its Danish name (in the listings of care types; notes
        // are the user's own words).
        if (!listing.headings.contains(QStringLiteral("Plejetype")))
            continue;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            for (const CareType &type : Catalogue::builtIn().careTypes()) {
                if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(type.code)).match(line).hasMatch()) {
                    EXPECT_TRUE(line.contains(type.name.da)) << line.toStdString();
                }
            }
        }
    }
}

TEST_F(CliWords, JsonKeepsTheCodes)
{
    auto r = runCli({QStringLiteral("proposals"), project, QStringLiteral("--json")}, 60000, kDanish);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject row =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray().first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_FALSE(row.contains(QStringLiteral("status_code")));
    auto areas = runCli({QStringLiteral("areas"), project, QStringLiteral("--json")}, 60000, kDanish);
    ASSERT_EQ(areas.exitCode, 0) << areas.err.toStdString();
    const QJsonObject area =
        QJsonDocument::fromJson(areas.out.toUtf8()).object().value(QStringLiteral("rows")).toArray().first().toObject();
    EXPECT_TRUE(Catalogue::builtIn().find(area.value(QStringLiteral("care_type")).toString()));
}

TEST_F(CliWords, MessagesNameCareTypesAndTheCatalogue)
{
    auto tag = runCli({QStringLiteral("tag"), project, QStringLiteral("--area"), QStringLiteral("1"),
                       QStringLiteral("--care-type"), QStringLiteral("blomstereng"), QStringLiteral("--from"),
                       QStringLiteral("2026-05-01")},
                      60000, kDanish);
    ASSERT_EQ(tag.exitCode, 0) << tag.err.toStdString();
    EXPECT_TRUE(tag.out.contains(QStringLiteral("Blomstereng"))) << tag.out.toStdString();
    EXPECT_FALSE(tag.out.contains(QStringLiteral("blomstereng"))) << tag.out.toStdString();
    const QString info = danish({QStringLiteral("info")});
    EXPECT_TRUE(info.contains(QStringLiteral("Naturvenlige udearealer"))) << info.toStdString();
    EXPECT_FALSE(info.contains(QStringLiteral("naturvenlige-udearealer"))) << info.toStdString();
}

TEST_F(CliWords, ADamagedProjectIsOneSentenceWithTheDetailBelowAndNoSql)
{
    // The root page of the areas table overwritten: the areas cannot be read.
    qint64 rootPage = 0, pageSize = 0;
    {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open_v2(project.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        auto one = [db](const char *sql) {
            sqlite3_stmt *stmt = nullptr;
            qint64 value = 0;
            if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
                value = sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
            return value;
        };
        rootPage = one("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'areas'");
        pageSize = one("PRAGMA page_size");
        sqlite3_close(db);
    }
    ASSERT_GT(rootPage, 1);
    ASSERT_GT(pageSize, 0);
    QFile file(project);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek((rootPage - 1) * pageSize));
    ASSERT_EQ(file.write(QByteArray(pageSize, '\xff')), pageSize);
    file.close();
    for (const QString &format : {QStringLiteral("--csv"), QStringLiteral("--json")}) {
        auto r = runCli({QStringLiteral("areas"), project, format}, 60000, kDanish);
        EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        ASSERT_GE(lines.size(), 2) << r.err.toStdString();
        EXPECT_TRUE(lines.first().startsWith(QStringLiteral("engdrift-cli: "))) << r.err.toStdString();
        EXPECT_TRUE(lines.first().contains(QStringLiteral("beskadiget"))) << r.err.toStdString();
        for (const QString &detail : lines.mid(1))
            EXPECT_TRUE(detail.startsWith(QStringLiteral("    "))) << r.err.toStdString();
        EXPECT_FALSE(QRegularExpression(QStringLiteral("\\b(SELECT|INSERT|CREATE|UPDATE)\\b")).match(r.err).hasMatch())
            << r.err.toStdString();
    }
}
