// engdrift-cli workload, mowing-plan and assumptions on the shared small project (cli_test_project.h:
// 1000 m² lawn, 500 m² meadow, 1100 m² shrubbery) with a mown path 1 m wide and 16 m long through
// the meadow: the figures equal the hand-computed ones, the CSV's zones sum to the mown grass, the
// GeoJSON reads back with GDAL in EPSG:4326 with the same areas, and a failed write leaves nothing.

#include "cli_test_project.h"
#include "analysis/mowing_zones.h"
#include "map/map_snapshot.h"
#include "store/project_store.h"

#include <QDir>
#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace engdrift;
using test::runCli;

namespace {

// Lawn 0.1 ha × 18 cuts × 2 h × 1.33; meadow (500 - 16 m²) × 2 cuts / 3200 m²/h; the path
// 0.0016 ha × 10 cuts × 2 h; shrubbery 0.11 ha × 40 h/ha/year.
constexpr double kHours = 4.788 + 0.3025 + 0.032 + 4.4;
// Lawn 0.1 × 18 × 9 l; meadow 0.0484 × 2 × 10 l; path 0.0016 × 10 × 9 l.
constexpr double kFuel = 16.2 + 0.968 + 0.144;

class CliMowing : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = test::makeProject(dir);
        test::addMownPathThroughMeadow(project);
    }

    test::CliResult plan(const QString &out, const QStringList &more = {})
    {
        return runCli(QStringList{QStringLiteral("mowing-plan"), project, QStringLiteral("--org"), QStringLiteral("12"),
                                  QStringLiteral("--dept"), QStringLiteral("005"), QStringLiteral("--season"),
                                  QStringLiteral("2024"), QStringLiteral("--out"), out} +
                      more);
    }

    QTemporaryDir dir;
    QString project;
};

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

TEST_F(CliMowing, WorkloadIsTheHandComputedEstimateWithItsAssumptions)
{
    auto r = runCli({QStringLiteral("workload"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject json = parse(r.out);
    const QJsonObject total = json.value(QStringLiteral("total")).toObject();
    EXPECT_NEAR(total.value(QStringLiteral("hours")).toDouble(), kHours, 0.006);
    EXPECT_NEAR(total.value(QStringLiteral("fuel_l")).toDouble(), kFuel, 0.006);
    EXPECT_NEAR(total.value(QStringLiteral("co2_kg")).toDouble(), kFuel * 2.4, 0.006);
    EXPECT_NEAR(total.value(QStringLiteral("cost_dkk")).toDouble(), kHours * 450, 0.006);
    EXPECT_NEAR(total.value(QStringLiteral("mown_m2")).toDouble(), 1500, 0.006);
    // All grass as lawn: 0.15 ha of lawn, and the shrubbery.
    EXPECT_NEAR(total.value(QStringLiteral("all_lawn")).toObject().value(QStringLiteral("hours")).toDouble(),
                0.15 * 18 * 2 * 1.33 + 4.4, 0.006);
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("dept_no")).toString(), QStringLiteral("005"));
    QStringList keys;
    for (const QJsonValue &a : json.value(QStringLiteral("assumptions")).toArray())
        keys << a.toObject().value(QStringLiteral("key")).toString();
    for (const char *key : {"machine_hours_per_ha_per_cut", "cut_and_collect_m2_per_hour", "kg_co2_per_litre",
                            "dkk_per_hour", "brugsplaene.hours_per_ha_per_cut", "eng.fuel_l_per_ha_per_cut"})
        EXPECT_TRUE(keys.contains(QString::fromLatin1(key))) << key;

    auto csv = runCli({QStringLiteral("workload"), project, QStringLiteral("--org"), QStringLiteral("12"),
                       QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("row,org_no,dept_no,"))) << csv.out.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral("\ntotal,"))) << csv.out.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral("\n\nassumption,value,unit,source,description\n")));
}

TEST_F(CliMowing, AssumptionsAreShownAndChangedPerProject)
{
    auto set = runCli({QStringLiteral("assumptions"), project, QStringLiteral("--set"), QStringLiteral("dkk_per_hour=500"),
                       QStringLiteral("--set"), QStringLiteral("busket.hours_per_ha_per_year=50"), QStringLiteral("--json")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(QStringLiteral("\"dkk_per_hour\""))) << set.out.toStdString();
    auto r = runCli({QStringLiteral("workload"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject total = parse(r.out).value(QStringLiteral("total")).toObject();
    const double hours = kHours - 4.4 + 0.11 * 50;
    EXPECT_NEAR(total.value(QStringLiteral("hours")).toDouble(), hours, 0.006);
    EXPECT_NEAR(total.value(QStringLiteral("cost_dkk")).toDouble(), hours * 500, 0.006);

    auto bad = runCli({QStringLiteral("assumptions"), project, QStringLiteral("--set"), QStringLiteral("dkk_per_hour=lots")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("dkk_per_hour"))) << bad.err.toStdString();
    auto unknown = runCli({QStringLiteral("assumptions"), project, QStringLiteral("--set"), QStringLiteral("speed=3")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("speed"))) << unknown.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("assumptions"), project, QStringLiteral("--set"), QStringLiteral("x")}).exitCode, 2);
    auto shown = runCli({QStringLiteral("assumptions"), project, QStringLiteral("--csv")});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("dkk_per_hour,500,DKK/h,project,"))) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("scythe_m2_per_hour,90,m2/h,default,"))) << shown.out.toStdString();
}

TEST_F(CliMowing, TheCsvPlansZonesSummingToTheMownGrass)
{
    const QString out = dir.filePath(QStringLiteral("plan.csv"));
    auto r = plan(out);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QStringList header = lines.first().split(QLatin1Char(','));
    const auto column = [&](const char *name) { return header.indexOf(QString::fromLatin1(name)); };
    ASSERT_GE(column("area_m2"), 0);
    double sum = 0;
    QStringList regimes;
    int i = 1;
    for (; i < lines.size() && !lines[i].isEmpty(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        sum += cells.at(column("area_m2")).toDouble();
        regimes << cells.at(column("regime_code"));
        EXPECT_EQ(cells.at(column("zone")).toInt(), i);
    }
    EXPECT_EQ(regimes, (QStringList{QStringLiteral("brugsplaene"), QStringLiteral("eng"), QStringLiteral("mown_path")}));
    EXPECT_NEAR(sum, 1000 + 500, 0.02) << "the department's grass that is mown";
    ASSERT_LT(i + 1, lines.size());
    EXPECT_EQ(lines[i + 1], QStringLiteral("assumption,value,unit,source,description"));
    EXPECT_TRUE(r.out.contains(QStringLiteral("3 zones"))) << r.out.toStdString();
}

TEST_F(CliMowing, TheGeoJsonReadsBackInWgs84WithTheSameAreas)
{
    const QString csvPath = dir.filePath(QStringLiteral("plan.csv"));
    ASSERT_EQ(plan(csvPath).exitCode, 0);
    const QString out = dir.filePath(QStringLiteral("plan.geojson"));
    auto r = plan(out);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    OGRLayer *layer = ds->GetLayer(0);
    ASSERT_TRUE(layer);
    ASSERT_EQ(layer->GetFeatureCount(), 3);
    OGRSpatialReference utm;
    utm.importFromEPSG(25832);
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const double expected[] = {1000, 484, 16};
    int n = 0;
    for (auto &f : *layer) {
        OGRGeometry *g = f->GetGeometryRef();
        ASSERT_TRUE(g);
        OGREnvelope env;
        g->getEnvelope(&env);
        EXPECT_GT(env.MinX, 8.0) << "longitude, not metres";
        EXPECT_LT(env.MaxX, 16.0);
        EXPECT_GT(env.MinY, 54.0);
        EXPECT_LT(env.MaxY, 58.0);
        std::unique_ptr<OGRGeometry> back(g->clone());
        ASSERT_EQ(back->transformTo(&utm), OGRERR_NONE);
        EXPECT_NEAR(back->toMultiPolygon()->get_Area(), expected[n], 0.01) << "zone " << n + 1;
        EXPECT_NEAR(f->GetFieldAsDouble("area_m2"), expected[n], 0.01);
        ++n;
    }
    // The GeoPackage keeps the project's CRS and lists the assumptions.
    const QString gpkg = dir.filePath(QStringLiteral("plan.gpkg"));
    ASSERT_EQ(plan(gpkg).exitCode, 0);
    std::unique_ptr<GDALDataset> g(GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(g);
    OGRLayer *zones = g->GetLayerByName("mowing_zones");
    ASSERT_TRUE(zones && zones->GetSpatialRef());
    EXPECT_STREQ(zones->GetSpatialRef()->GetAuthorityCode(nullptr), "25832");
    EXPECT_EQ(zones->GetFeatureCount(), 3);
    OGRLayer *assumptions = g->GetLayerByName("mowing_assumptions");
    ASSERT_TRUE(assumptions);
    EXPECT_GT(assumptions->GetFeatureCount(), 8);
}

TEST_F(CliMowing, BadInputIsSaidAndAFailedWriteLeavesNothing)
{
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/plan.geojson"));
    auto r = plan(missing);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFile::exists(missing));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("plan")).size(), 0);
    EXPECT_EQ(plan(dir.filePath(QStringLiteral("plan.txt"))).exitCode, 2) << "not a format of the plan";
    auto unknown = runCli({QStringLiteral("mowing-plan"), project, QStringLiteral("--org"), QStringLiteral("12"),
                           QStringLiteral("--dept"), QStringLiteral("777"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("x.csv"))});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("12-777"))) << unknown.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    auto proposal = runCli({QStringLiteral("workload"), project, QStringLiteral("--proposal"), QStringLiteral("9")});
    EXPECT_EQ(proposal.exitCode, 1);
    EXPECT_TRUE(proposal.err.contains(QStringLiteral("proposal 9"))) << proposal.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("workload"), project, QStringLiteral("--dept"), QStringLiteral("5")}).exitCode, 2);
}

TEST_F(CliMowing, ThePdfPlanHasTheZonesTheirLegendTheCalendarAndTheAssumptions)
{
    const QString out = dir.filePath(QStringLiteral("plan.pdf"));
    auto r = plan(out, {QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    bool ok = false;
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {out}, &ok);
    ASSERT_TRUE(ok) << "pdfinfo (poppler-utils) failed on " << out.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("595 x 842 pts (A4)"))) << info.toStdString();
    const QString text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")}, &ok);
    ASSERT_TRUE(ok);
    // The title, the zone table (each zone's name and m²), the legend of the classes the zones
    // are in, the calendar's title and the assumptions behind the hours.
    for (const QString &expected :
         {QStringLiteral("Mowing plan 2024"), QStringLiteral("3 zones"), QStringLiteral("Utility lawn 1"), QStringLiteral("Meadow 1"),
          QStringLiteral("Mown path 1"), QStringLiteral("1,000"), QStringLiteral("484"), QStringLiteral("Lawn – cut 10 or more times a year"),
          QStringLiteral("Season calendar 2024"), QStringLiteral("Estimates, not measurements"), QStringLiteral("DKK 450 an hour")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << " is missing from:\n" << text.toStdString();
    // Drawn, not blank: the map and the calendar are coloured.
    const QString png = dir.filePath(QStringLiteral("plan"));
    test::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                               QStringLiteral("-singlefile"), out, png},
                  &ok);
    ASSERT_TRUE(ok);
    const QImage image(png + QStringLiteral(".png"));
    ASSERT_FALSE(image.isNull());
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            coloured += c.saturation() > 60 ? 1 : 0;
        }
    }
    EXPECT_GT(coloured, image.width() * image.height() / 50) << "the zones and the calendar bars are in colour";
}

TEST(CliMowingPlanPage, EveryZoneNumberIsOnTheMapOfTheSamplesPlan)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("kornmarken.pdf"));
    auto r = runCli({QStringLiteral("mowing-plan"), QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), QStringLiteral("--org"),
                     QStringLiteral("123"), QStringLiteral("--dept"), QStringLiteral("003"), QStringLiteral("--season"),
                     QStringLiteral("2027"), QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("da")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto store = openStore(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto zones = mowingZones(MapSnapshot(**store, MapContent{}, QDate::currentDate()), DepartmentKey{123, 3});
    ASSERT_TRUE(zones.ok());
    ASSERT_GT(zones->zones.size(), 5);
    // The map's box on the page (mowing-a4: 10, 30, 190 x 95 mm) in points.
    const double pt = 72 / 25.4;
    bool ok = false;
    const QString map = test::runTool(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-x"), QString::number(int(10 * pt)), QStringLiteral("-y"),
                                       QString::number(int(30 * pt)), QStringLiteral("-W"), QString::number(int(190 * pt)),
                                       QStringLiteral("-H"), QString::number(int(95 * pt)), out, QStringLiteral("-")},
                                      &ok);
    ASSERT_TRUE(ok);
    const QStringList words = map.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const MowingZone &zone : zones->zones)
        EXPECT_TRUE(words.contains(QString::number(zone.number))) << "zone " << zone.number << " is not on the map: " << map.toStdString();
    const QString text = test::runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}, &ok);
    EXPECT_TRUE(text.contains(QStringLiteral("Slåningsplan 2027"))) << text.toStdString();
}
