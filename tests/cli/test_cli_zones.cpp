// engdrift-cli zones on the shared small project (cli_test_project.h) with a mown path through
// the meadow: zone 1 the lawn (1000 m²), 2 the meadow (500 - 16 m²), 3 the path (16 m²). The
// listing, a rename, a renumber and a season's override round trip through the project with
// their dates, and the workload of that season (only) counts the override.

#include "cli_test_project.h"
#include "store/project_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace engdrift;
using test::runCli;

namespace {

class CliZones : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = test::makeProject(dir);
        test::addMownPathThroughMeadow(project);
    }

    test::CliResult zones(const QStringList &more)
    {
        return runCli(QStringList{QStringLiteral("zones"), project, QStringLiteral("--org"), QStringLiteral("12"),
                                  QStringLiteral("--dept"), QStringLiteral("005")} +
                      more);
    }

    /// The rows of a JSON listing, by zone number.
    QMap<int, QJsonObject> listed(const QStringList &more)
    {
        auto r = zones(more + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QMap<int, QJsonObject> rows;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray())
            rows.insert(v.toObject().value(QStringLiteral("zone")).toInt(), v.toObject());
        return rows;
    }

    QTemporaryDir dir;
    QString project;
};

double workloadHours(const QString &project, const QString &season)
{
    auto r = runCli({QStringLiteral("workload"), project, QStringLiteral("--at"), QStringLiteral("2024-07-01"),
                     QStringLiteral("--season"), season, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("total")).toObject().value(QStringLiteral("hours")).toDouble();
}

} // namespace

TEST_F(CliZones, ListsTheDerivedZones)
{
    const auto rows = listed({QStringLiteral("--at"), QStringLiteral("2024-05-01")});
    ASSERT_EQ(rows.keys(), (QList<int>{1, 2, 3}));
    EXPECT_EQ(rows[1].value(QStringLiteral("regime")).toString(), QStringLiteral("brugsplaene"));
    EXPECT_NEAR(rows[1].value(QStringLiteral("area_m2")).toDouble(), 1000, 0.01);
    EXPECT_EQ(rows[2].value(QStringLiteral("regime")).toString(), QStringLiteral("eng"));
    EXPECT_NEAR(rows[2].value(QStringLiteral("area_m2")).toDouble(), 484, 0.01);
    EXPECT_EQ(rows[2].value(QStringLiteral("cuts_per_year")).toInt(), 2);
    EXPECT_EQ(rows[3].value(QStringLiteral("regime")).toString(), QStringLiteral("mown_path"));
    EXPECT_EQ(rows[2].value(QStringLiteral("overridden")).toString(), QStringLiteral("0"));
    EXPECT_TRUE(rows[2].value(QStringLiteral("zone_id")).isNull()) << "not stored yet";
    auto text = zones({QStringLiteral("--at"), QStringLiteral("2024-05-01")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Utility lawn 1"))) << text.out.toStdString();
}

TEST_F(CliZones, RenameRenumberAndOverrideRoundTripWithTheirDates)
{
    auto renamed = zones({QStringLiteral("--rename"), QStringLiteral("2"), QStringLiteral("--name"), QStringLiteral("Engen"),
                          QStringLiteral("--from"), QStringLiteral("2024-05-01"), QStringLiteral("--json")});
    ASSERT_EQ(renamed.exitCode, 0) << renamed.err.toStdString();
    EXPECT_TRUE(renamed.out.contains(QStringLiteral("Engen"))) << "the zones as they are from the change";
    auto renumbered = zones({QStringLiteral("--renumber"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("2"),
                             QStringLiteral("--from"), QStringLiteral("2024-06-01")});
    ASSERT_EQ(renumbered.exitCode, 0) << renumbered.err.toStdString();
    auto overridden = zones({QStringLiteral("--override"), QStringLiteral("1"), QStringLiteral("--season"), QStringLiteral("2024"),
                             QStringLiteral("--cuts"), QStringLiteral("1"), QStringLiteral("--months"), QStringLiteral("9"),
                             QStringLiteral("--from"), QStringLiteral("2024-06-15")});
    ASSERT_EQ(overridden.exitCode, 0) << overridden.err.toStdString();

    auto may = listed({QStringLiteral("--at"), QStringLiteral("2024-05-15")});
    EXPECT_EQ(may[2].value(QStringLiteral("name")).toString(), QStringLiteral("Engen"));
    EXPECT_EQ(may[1].value(QStringLiteral("regime")).toString(), QStringLiteral("brugsplaene"));
    EXPECT_GT(may[2].value(QStringLiteral("zone_id")).toDouble(), 0);
    auto july = listed({QStringLiteral("--at"), QStringLiteral("2024-07-01")});
    EXPECT_EQ(july[1].value(QStringLiteral("name")).toString(), QStringLiteral("Engen")) << "renumbered: 1 and 2 swapped";
    EXPECT_EQ(july[2].value(QStringLiteral("regime")).toString(), QStringLiteral("brugsplaene"));
    EXPECT_EQ(july[1].value(QStringLiteral("cuts_per_year")).toInt(), 1);
    EXPECT_EQ(july[1].value(QStringLiteral("months")).toString(), QStringLiteral("9"));
    EXPECT_EQ(july[1].value(QStringLiteral("overridden")).toString(), QStringLiteral("1"));
    auto nextSeason = listed({QStringLiteral("--at"), QStringLiteral("2024-07-01"), QStringLiteral("--season"), QStringLiteral("2025")});
    EXPECT_EQ(nextSeason[1].value(QStringLiteral("cuts_per_year")).toInt(), 2);

    // One cut less of 484 m² cut and collected at 3200 m² an hour, in 2024 only.
    EXPECT_NEAR(workloadHours(project, QStringLiteral("2025")) - workloadHours(project, QStringLiteral("2024")), 484.0 / 3200.0,
                0.011);

    // The crew's plan of that season carries the stored name and the overridden regime.
    const QString csv = dir.filePath(QStringLiteral("plan.csv"));
    auto plan = runCli({QStringLiteral("mowing-plan"), project, QStringLiteral("--org"), QStringLiteral("12"), QStringLiteral("--dept"),
                        QStringLiteral("005"), QStringLiteral("--at"), QStringLiteral("2024-07-01"), QStringLiteral("--season"),
                        QStringLiteral("2024"), QStringLiteral("--out"), csv});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).split(QLatin1Char(','));
    const QStringList first = lines.value(1).split(QLatin1Char(','));
    EXPECT_EQ(first.value(header.indexOf(QStringLiteral("name"))), QStringLiteral("Engen"));
    EXPECT_EQ(first.value(header.indexOf(QStringLiteral("regime_code"))), QStringLiteral("eng"));
    EXPECT_EQ(first.value(header.indexOf(QStringLiteral("cuts_per_year"))), QStringLiteral("1"));
    EXPECT_EQ(first.value(header.indexOf(QStringLiteral("overridden"))), QStringLiteral("1"));

    auto cleared = zones({QStringLiteral("--clear-override"), QStringLiteral("1"), QStringLiteral("--season"), QStringLiteral("2024"),
                          QStringLiteral("--from"), QStringLiteral("2024-08-01")});
    ASSERT_EQ(cleared.exitCode, 0) << cleared.err.toStdString();
    EXPECT_EQ(listed({QStringLiteral("--at"), QStringLiteral("2024-08-01")})[1].value(QStringLiteral("cuts_per_year")).toInt(), 2);
}

TEST_F(CliZones, BadChangesAreSaidAndWriteNothing)
{
    auto noDate = zones({QStringLiteral("--rename"), QStringLiteral("1"), QStringLiteral("--name"), QStringLiteral("x")});
    EXPECT_EQ(noDate.exitCode, 2);
    EXPECT_TRUE(noDate.err.contains(QStringLiteral("--from"))) << noDate.err.toStdString();
    auto unknown = zones({QStringLiteral("--rename"), QStringLiteral("7"), QStringLiteral("--name"), QStringLiteral("x"),
                          QStringLiteral("--from"), QStringLiteral("2024-05-01")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("7"))) << unknown.err.toStdString();
    auto months = zones({QStringLiteral("--override"), QStringLiteral("2"), QStringLiteral("--season"), QStringLiteral("2024"),
                         QStringLiteral("--months"), QStringLiteral("6,13"), QStringLiteral("--from"), QStringLiteral("2024-05-01")});
    EXPECT_EQ(months.exitCode, 1);
    EXPECT_TRUE(months.err.contains(QStringLiteral("13"))) << months.err.toStdString();
    auto noSeason = zones({QStringLiteral("--override"), QStringLiteral("2"), QStringLiteral("--cuts"), QStringLiteral("1"),
                           QStringLiteral("--from"), QStringLiteral("2024-05-01")});
    EXPECT_EQ(noSeason.exitCode, 1);
    auto two = zones({QStringLiteral("--rename"), QStringLiteral("1"), QStringLiteral("--renumber"), QStringLiteral("2"),
                      QStringLiteral("--from"), QStringLiteral("2024-05-01")});
    EXPECT_EQ(two.exitCode, 2);
    const auto rows = listed({QStringLiteral("--at"), QStringLiteral("2024-05-01")});
    for (const QJsonObject &row : rows)
        EXPECT_TRUE(row.value(QStringLiteral("zone_id")).isNull()) << "nothing was stored";
}
