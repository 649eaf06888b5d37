// Import of each supported format: the same three areas written by GDAL in every format (some
// in EPSG:4326, some in EPSG:25832, some without a CRS) must arrive with the same areas,
// care types and coordinates.

#include "analysis/statistics.h"
#include "crs/coordinate_transform.h"
#include "io/vector_import.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

// Three areas near Hedehusene in EPSG:25832: 1000 m² lawn, 500 m² meadow, 1100 m² shrubbery with
// a 100 m² hole.
const char *const kWkt25832[] = {
    "POLYGON((699000 6171000,699040 6171000,699040 6171025,699000 6171025,699000 6171000))",
    "POLYGON((699040 6171000,699060 6171000,699060 6171025,699040 6171025,699040 6171000))",
    "POLYGON((699000 6171025,699060 6171025,699060 6171045,699000 6171045,699000 6171025),"
    "(699010 6171030,699020 6171030,699020 6171040,699010 6171040,699010 6171030))",
};
const int kFkgCodes[] = {102000, 108020, 163000};

/// The fixture polygons in EPSG:4326 (lon/lat), transformed with PROJ.
QString toWgs84(const QString &wkt25832)
{
    auto utm = Crs::fromUserInput(QStringLiteral("EPSG:25832"));
    auto wgs = Crs::fromUserInput(QStringLiteral("EPSG:4326"));
    auto ct = CoordinateTransform::create(*utm, *wgs);
    // Rewrite every "x y" pair; WKT here holds only numbers, spaces, commas and parentheses.
    const QString text = wkt25832;
    QString result;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i].isDigit()) {
            qsizetype j = i;
            while (j < text.size() && (text[j].isDigit() || text[j] == QLatin1Char('.')))
                ++j;
            const double x = text.mid(i, j - i).toDouble();
            qsizetype k = j + 1;
            qsizetype l = k;
            while (l < text.size() && (text[l].isDigit() || text[l] == QLatin1Char('.')))
                ++l;
            const double y = text.mid(k, l - k).toDouble();
            auto p = ct->transform(QPointF(x, y));
            result += QString::number(p->x(), 'f', 12) + QLatin1Char(' ') + QString::number(p->y(), 'f', 12);
            i = l;
        } else {
            result += text[i];
            ++i;
        }
    }
    return result;
}

struct FormatCase
{
    const char *name;
    const char *driver;
    const char *fileName;
    int epsg;                 // 0: the file has no CRS
    bool attributes;          // false: the format keeps no attribute fields (DXF)
    const char *layerOption;  // a layer creation option, or nullptr
};

std::ostream &operator<<(std::ostream &os, const FormatCase &c)
{
    return os << c.name;
}

} // namespace

class ImportFormat : public ::testing::TestWithParam<FormatCase>
{
};

TEST_P(ImportFormat, ArrivesWithAreasCareTypesAndCoordinates)
{
    const FormatCase fc = GetParam();
    QTemporaryDir dir;
    const QString source = dir.filePath(QString::fromLatin1(fc.fileName));
    QList<test::FixtureFeature> features;
    for (int i = 0; i < 3; ++i) {
        const QString wkt = QString::fromLatin1(kWkt25832[i]);
        test::FixtureFeature f{fc.epsg == 4326 ? toWgs84(wkt) : wkt, {}};
        if (fc.attributes)
            f.attributes.insert(QStringLiteral("kode"), kFkgCodes[i]);
        features << f;
    }
    QStringList options;
    if (fc.layerOption)
        options << QString::fromLatin1(fc.layerOption);
    ASSERT_EQ(test::writeVectorFile(source, QString::fromLatin1(fc.driver), fc.epsg, features, QStringLiteral("areas"),
                                    options),
              QString());

    const QString projectPath = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
    auto store = test::newProject(projectPath);
    ASSERT_TRUE(store);
    ImportOptions options2;
    options2.sourcePath = source;
    options2.department = DepartmentKey{12, 5};
    if (fc.attributes)
        options2.careField = QStringLiteral("kode");
    else
        options2.careType = QStringLiteral("brugsplaene");
    if (fc.epsg == 0)
        options2.assumeCrs = QStringLiteral("EPSG:25832");
    options2.validFrom = QDate(2024, 4, 1);
    auto report = importVectorFile(*store, options2);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->featuresRead, 3);
    EXPECT_EQ(report->areasImported, 3) << report->describe().join(QStringLiteral("; ")).toStdString();
    EXPECT_NEAR(report->areaM2, 2600.0, 0.01);
    EXPECT_EQ(report->departmentsCreated, (QList<DepartmentKey>{DepartmentKey{12, 5}}));

    auto stats = areaStatistics(*store, QDate(2024, 4, 1), AreaGrouping::CareType);
    ASSERT_TRUE(stats.ok());
    QMap<QString, double> byCare;
    for (const AreaTotal &t : stats->rows)
        byCare.insert(t.careType, t.areaM2);
    if (fc.attributes) {
        EXPECT_NEAR(byCare.value(QStringLiteral("brugsplaene")), 1000.0, 0.01);
        EXPECT_NEAR(byCare.value(QStringLiteral("eng")), 500.0, 0.01);
        EXPECT_NEAR(byCare.value(QStringLiteral("busket")), 1100.0, 0.01);
    } else {
        EXPECT_NEAR(byCare.value(QStringLiteral("brugsplaene")), 2600.0, 0.01);
    }
    // Nothing before the valid-from date.
    auto earlier = areaStatistics(*store, QDate(2024, 3, 31), AreaGrouping::CareType);
    ASSERT_TRUE(earlier.ok());
    EXPECT_EQ(earlier->count, 0);

    // The coordinates: every area lies where it was drawn in EPSG:25832, to the millimetre.
    QList<QRectF> expected = {QRectF(699000, 6171000, 40, 25), QRectF(699040, 6171000, 20, 25),
                              QRectF(699000, 6171025, 60, 20)};
    auto done = store->forEachArea(AreaQuery{}, true, [&](const AreaVersion &v, const Geometry *g) {
        bool matched = false;
        for (const QRectF &r : expected) {
            const QRectF e = g->envelope();
            if (std::abs(e.left() - r.left()) < 1e-3 && std::abs(e.top() - r.top()) < 1e-3 &&
                std::abs(e.right() - r.right()) < 1e-3 && std::abs(e.bottom() - r.bottom()) < 1e-3)
                matched = true;
        }
        EXPECT_TRUE(matched) << "area " << v.areaId << " at " << g->toWkt(3).toStdString();
        EXPECT_TRUE(g->isValid());
        EXPECT_EQ(v.source, QFileInfo(source).fileName());
        return true;
    });
    ASSERT_TRUE(done.ok());
}

INSTANTIATE_TEST_SUITE_P(
    Formats, ImportFormat,
    ::testing::Values(FormatCase{"GeoPackage4326", "GPKG", "areas.gpkg", 4326, true, nullptr},
                      FormatCase{"Shapefile", "ESRI Shapefile", "areas.shp", 25832, true, nullptr},
                      FormatCase{"ZippedShapefile", "ESRI Shapefile", "areas.shp.zip", 25832, true, nullptr},
                      FormatCase{"GeoJSON4326", "GeoJSON", "areas.geojson", 4326, true, nullptr},
                      FormatCase{"GML", "GML", "areas.gml", 25832, true, nullptr},
                      FormatCase{"KML", "KML", "areas.kml", 4326, true, nullptr},
                      FormatCase{"DXFWithoutCrs", "DXF", "areas.dxf", 0, false, nullptr},
                      FormatCase{"FlatGeobuf", "FlatGeobuf", "areas.fgb", 25832, true, nullptr},
                      FormatCase{"CsvWithWkt", "CSV", "areas.csv", 0, true, "GEOMETRY=AS_WKT"},
                      FormatCase{"FileGDB", "OpenFileGDB", "areas.gdb", 25832, true, nullptr}),
    [](const ::testing::TestParamInfo<FormatCase> &param) { return std::string(param.param.name); });

TEST(Import, OpenStreetMapPolygonsAndNothingElse)
{
    QTemporaryDir dir;
    auto store = test::newProject(dir.filePath(QStringLiteral("p.engdrift.gpkg")));
    ASSERT_TRUE(store);
    ImportOptions options;
    options.sourcePath = test::dataDir() + QStringLiteral("/hedehusene_small.osm");
    options.department = DepartmentKey{12, 5};
    options.careType = QStringLiteral("graesflade");
    auto report = importVectorFile(*store, options);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->layer, QStringLiteral("multipolygons"));
    EXPECT_EQ(report->areasImported, 2);
    EXPECT_EQ(report->sourceCrs, QStringLiteral("EPSG:4326"));
    // 0.001° x 0.0005° at 55.65°N is about 62.9 m x 55.7 m.
    EXPECT_NEAR(report->areaM2 / 2.0, 3500.0, 150.0);
}

TEST(Import, FkgShapedMunicipalDataMapsCareTypesWithoutBeingAsked)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("t_6800_parl_fl_t.gpkg"));
    QList<test::FixtureFeature> features;
    for (int i = 0; i < 3; ++i) {
        features << test::FixtureFeature{QStringLiteral("MULTIPOLYGON(%1)")
                                             .arg(QString::fromLatin1(kWkt25832[i]).mid(7)),
                                         {{QStringLiteral("vedlhold_f_type_kode"), kFkgCodes[i]},
                                          {QStringLiteral("vedlhold_f_type"), QStringLiteral("x")}}};
    }
    ASSERT_EQ(test::writeVectorFile(source, QStringLiteral("GPKG"), 25832, features, QStringLiteral("t_6800_parl_fl_t")),
              QString());
    auto store = test::newProject(dir.filePath(QStringLiteral("p.engdrift.gpkg")));
    ASSERT_TRUE(store);
    ImportOptions options;
    options.sourcePath = source;
    options.department = DepartmentKey{12, 5};
    auto report = importVectorFile(*store, options);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    auto areas = store->areas(AreaQuery{});
    ASSERT_TRUE(areas.ok());
    ASSERT_EQ(areas->size(), 3);
    EXPECT_EQ(areas->at(0).careType, QStringLiteral("brugsplaene"));
    EXPECT_EQ(areas->at(1).careType, QStringLiteral("eng"));
    EXPECT_EQ(areas->at(2).careType, QStringLiteral("busket"));
}

TEST(Import, DepartmentsFromFieldsAndReportOfSkippedFeatures)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("mixed.geojson"));
    auto f = [](const QString &wkt, const QVariant &org, const QVariant &dept) {
        return test::FixtureFeature{wkt, {{QStringLiteral("org"), org}, {QStringLiteral("afd"), dept}}};
    };
    ASSERT_EQ(test::writeVectorFile(
                  source, QStringLiteral("GeoJSON"), 25832,
                  {f(QString::fromLatin1(kWkt25832[0]), QStringLiteral("12"), QStringLiteral("005")),
                   f(QString::fromLatin1(kWkt25832[1]), QStringLiteral("12"), QStringLiteral("7")),
                   f(QStringLiteral("POINT(699000 6171000)"), QStringLiteral("12"), QStringLiteral("5")),
                   f(QStringLiteral("POLYGON((699100 6171000,699110 6171010,699110 6171000,699100 6171010,"
                                    "699100 6171000))"),
                     QStringLiteral("12"), QStringLiteral("5")),
                   f(QString::fromLatin1(kWkt25832[2]), QStringLiteral("12"), QStringLiteral("abc")),
                   f(QString(), QStringLiteral("12"), QStringLiteral("5"))}),
              QString());
    auto store = test::newProject(dir.filePath(QStringLiteral("p.engdrift.gpkg")));
    ASSERT_TRUE(store);
    ImportOptions options;
    options.sourcePath = source;
    options.orgField = QStringLiteral("org");
    options.deptField = QStringLiteral("afd");
    options.careType = QStringLiteral("brugsplaene");
    auto report = importVectorFile(*store, options);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->featuresRead, 6);
    EXPECT_EQ(report->areasImported, 3);
    EXPECT_EQ(report->notes.value(ImportNote::NotPolygon).count, 1);
    EXPECT_EQ(report->notes.value(ImportNote::NotPolygon).sampleFids, QStringList{QStringLiteral("2")});
    EXPECT_EQ(report->notes.value(ImportNote::Repaired).count, 1);
    EXPECT_EQ(report->notes.value(ImportNote::Repaired).sampleFids, QStringList{QStringLiteral("3")});
    EXPECT_EQ(report->notes.value(ImportNote::BadDepartment).count, 1);
    EXPECT_EQ(report->notes.value(ImportNote::NullGeometry).count, 1);
    EXPECT_EQ(report->skipped(), 3);
    const QString text = report->describe().join(QLatin1Char('\n'));
    EXPECT_TRUE(text.contains(QStringLiteral("fid 2"))) << text.toStdString();
    auto depts = store->departments();
    ASSERT_TRUE(depts.ok());
    ASSERT_EQ(depts->size(), 2);
    EXPECT_EQ(depts->at(0).key, (DepartmentKey{12, 5}));
    EXPECT_EQ(depts->at(1).key, (DepartmentKey{12, 7}));
    // The repaired bow tie keeps its two triangles: 2 x 25 m².
    auto areas = store->areas(AreaQuery{});
    ASSERT_TRUE(areas.ok());
    EXPECT_NEAR(areas->at(2).areaM2, 50.0, 1e-6);
}

TEST(Import, CurvesAreLinearizedAndZDropped)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("curves.gpkg"));
    ASSERT_EQ(test::writeVectorFile(source, QStringLiteral("GPKG"), 25832,
                                    {{QStringLiteral("CURVEPOLYGON(CIRCULARSTRING(699000 6171000,699020 6171000,"
                                                     "699000 6171000))"),
                                      {}},
                                     {QStringLiteral("POLYGON Z((699100 6171000 5,699110 6171000 5,699110 6171010 5,"
                                                     "699100 6171000 5))"),
                                      {}}}),
              QString());
    auto store = test::newProject(dir.filePath(QStringLiteral("p.engdrift.gpkg")));
    ASSERT_TRUE(store);
    ImportOptions options;
    options.sourcePath = source;
    options.department = DepartmentKey{1, 1};
    options.careType = QStringLiteral("vandhul");
    auto report = importVectorFile(*store, options);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->areasImported, 2);
    EXPECT_EQ(report->notes.value(ImportNote::CurvesLinearized).count, 1);
    EXPECT_EQ(report->notes.value(ImportNote::ZmDropped).count, 1);
    // A circle of 10 m radius, linearized: within 1 % of pi r².
    auto areas = store->areas(AreaQuery{});
    ASSERT_TRUE(areas.ok());
    EXPECT_NEAR(areas->at(0).areaM2, 314.159, 3.2);
    EXPECT_NEAR(areas->at(1).areaM2, 50.0, 1e-6);
}
