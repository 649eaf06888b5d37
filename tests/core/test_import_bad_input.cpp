// Bad input: every broken source gets a clear error naming the file and the cause, and the
// project stays exactly as it was (compared row by row before and after).

#include "io/vector_import.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace engdrift;

namespace {

const QString kSquare = QStringLiteral("POLYGON((699000 6171000,699040 6171000,699040 6171025,699000 6171025,699000 6171000))");

class BadInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        projectPath = dir.filePath(QStringLiteral("p.engdrift.gpkg"));
        store = test::newProject(projectPath);
        ASSERT_TRUE(store);
        // Some content, so that "unchanged" means something.
        ImportOptions seed = options(writeGood(QStringLiteral("seed.gpkg")));
        auto report = importVectorFile(*store, seed);
        ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
        before = test::snapshot(projectPath);
    }

    QString writeGood(const QString &name, int epsg = 25832, const QString &driver = QStringLiteral("GPKG"))
    {
        const QString path = dir.filePath(name);
        EXPECT_EQ(test::writeVectorFile(path, driver, epsg, {{kSquare, {{QStringLiteral("kode"), 102000}}}}), QString());
        return path;
    }

    ImportOptions options(const QString &source)
    {
        ImportOptions o;
        o.sourcePath = source;
        o.department = DepartmentKey{12, 5};
        o.careType = QStringLiteral("brugsplaene");
        o.validFrom = QDate(2025, 1, 1);
        return o;
    }

    /// Imports, expects failure with a message containing each of `needles`, and an unchanged project.
    void expectRefused(const ImportOptions &o, const QStringList &needles)
    {
        auto report = importVectorFile(*store, o);
        ASSERT_FALSE(report.ok()) << "imported " << report->areasImported << " areas";
        const QString message = report.errorMessage();
        EXPECT_FALSE(message.contains(QLatin1Char('\n'))) << message.toStdString();
        for (const QString &needle : needles)
            EXPECT_TRUE(message.contains(needle)) << "«" << message.toStdString() << "» lacks «" << needle.toStdString() << "»";
        EXPECT_EQ(test::snapshot(projectPath), before);
    }

    QTemporaryDir dir;
    QString projectPath;
    std::unique_ptr<ProjectStore> store;
    QString before;
};

} // namespace

TEST_F(BadInput, TruncatedGeoPackage)
{
    // Enough features that the data pages lie beyond the cut.
    const QString path = dir.filePath(QStringLiteral("truncated.gpkg"));
    QList<test::FixtureFeature> many;
    for (int i = 0; i < 2000; ++i)
        many << test::FixtureFeature{QStringLiteral("POLYGON((%1 6171000,%2 6171000,%2 6171010,%1 6171010,%1 6171000))")
                                         .arg(699000 + 10 * i)
                                         .arg(699010 + 10 * i),
                                     {{QStringLiteral("note"), QStringLiteral("padding text for page %1").arg(i)}}};
    ASSERT_EQ(test::writeVectorFile(path, QStringLiteral("GPKG"), 25832, many), QString());
    QFile f(path);
    ASSERT_TRUE(f.resize(f.size() * 2 / 3));
    expectRefused(options(path), {path});
}

TEST_F(BadInput, ShapefileWithoutDbf)
{
    const QString shp = writeGood(QStringLiteral("nodbf.shp"), 25832, QStringLiteral("ESRI Shapefile"));
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("nodbf.dbf"))));
    expectRefused(options(shp), {shp, QStringLiteral(".dbf")});
}

TEST_F(BadInput, ShapefileWithoutShx)
{
    const QString shp = writeGood(QStringLiteral("noshx.shp"), 25832, QStringLiteral("ESRI Shapefile"));
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("noshx.shx"))));
    expectRefused(options(shp), {shp, QStringLiteral(".shx")});
}

TEST_F(BadInput, GeoJsonSyntaxError)
{
    const QString path = dir.filePath(QStringLiteral("broken.geojson"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": \"Feature\", \"geometry\": {\"type\": "
            "\"Polygon\", \"coordinates\": [[[12.2, 55.6], [12.3, 55.6],, ]]}");
    f.close();
    expectRefused(options(path), {path});
}

TEST_F(BadInput, UnknownCrs)
{
    // A source whose CRS PROJ does not know, and an unknown CRS given by the user.
    const QString path = dir.filePath(QStringLiteral("unknown_crs.geojson"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": "
            "\"urn:ogc:def:crs:EPSG::999999\"}}, \"features\": [{\"type\": \"Feature\", \"properties\": {}, "
            "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[699000, 6171000], [699040, 6171000], "
            "[699040, 6171025], [699000, 6171000]]]}}]}");
    f.close();
    expectRefused(options(path), {path, QStringLiteral("coordinate reference system")});

    const QString noCrs = dir.filePath(QStringLiteral("nocrs.csv"));
    ASSERT_EQ(test::writeVectorFile(noCrs, QStringLiteral("CSV"), 0, {{kSquare, {{QStringLiteral("a"), 1}}}},
                                    QStringLiteral("nocrs"), {QStringLiteral("GEOMETRY=AS_WKT")}),
              QString());
    ImportOptions o = options(noCrs);
    expectRefused(o, {noCrs, QStringLiteral("--assume-crs")});
    o.assumeCrs = QStringLiteral("EPSG:999999");
    expectRefused(o, {QStringLiteral("999999")});
}

TEST_F(BadInput, DataInTheWrongCrsIsFarOutside)
{
    // Longitude/latitude numbers in a file that claims EPSG:25832.
    const QString path = dir.filePath(QStringLiteral("wrong_crs.gpkg"));
    ASSERT_EQ(test::writeVectorFile(path, QStringLiteral("GPKG"), 25832,
                                    {{QStringLiteral("POLYGON((12.2 55.6,12.3 55.6,12.3 55.7,12.2 55.6))"), {}}}),
              QString());
    expectRefused(options(path), {path, QStringLiteral("far outside"), QStringLiteral("EPSG:25832")});

    // Dutch national grid coordinates (EPSG:28992) assumed to be EPSG:25832.
    const QString rd = dir.filePath(QStringLiteral("rd.csv"));
    ASSERT_EQ(test::writeVectorFile(rd, QStringLiteral("CSV"), 0,
                                    {{QStringLiteral("POLYGON((120000 480000,120050 480000,120050 480050,120000 480000))"),
                                      {{QStringLiteral("a"), 1}}}},
                                    QStringLiteral("rd"), {QStringLiteral("GEOMETRY=AS_WKT")}),
              QString());
    ImportOptions o = options(rd);
    o.assumeCrs = QStringLiteral("EPSG:25832");
    expectRefused(o, {rd, QStringLiteral("far outside")});
}

TEST_F(BadInput, ZeroFeatureLayer)
{
    const QString path = dir.filePath(QStringLiteral("empty.gpkg"));
    ASSERT_EQ(test::writeVectorFile(path, QStringLiteral("GPKG"), 25832, {}), QString());
    expectRefused(options(path), {path, QStringLiteral("no features")});
}

TEST_F(BadInput, OnlyPointsIsNothingToImport)
{
    const QString path = dir.filePath(QStringLiteral("points.geojson"));
    ASSERT_EQ(test::writeVectorFile(path, QStringLiteral("GeoJSON"), 25832,
                                    {{QStringLiteral("POINT(699000 6171000)"), {}}, {QStringLiteral("POINT(699001 6171000)"), {}}}),
              QString());
    expectRefused(options(path), {path, QStringLiteral("not a polygon")});
}

TEST_F(BadInput, MissingAndEmptyFiles)
{
    expectRefused(options(dir.filePath(QStringLiteral("nothing.gpkg"))), {QStringLiteral("does not exist")});
    const QString empty = dir.filePath(QStringLiteral("empty.geojson"));
    QFile f(empty);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    expectRefused(options(empty), {empty, QStringLiteral("empty")});
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile t(text);
    ASSERT_TRUE(t.open(QIODevice::WriteOnly));
    t.write("just some notes, no GIS here\n");
    t.close();
    expectRefused(options(text), {text});
}

TEST_F(BadInput, BadOptionsAreRefusedBeforeAnythingIsRead)
{
    const QString good = writeGood(QStringLiteral("good.gpkg"));
    ImportOptions o = options(good);
    o.careType = QStringLiteral("jungle");
    expectRefused(o, {QStringLiteral("jungle")});
    o = options(good);
    o.careType.clear();
    o.careField = QStringLiteral("no_such_field");
    expectRefused(o, {QStringLiteral("no_such_field"), QStringLiteral("kode")});
    o = options(good);
    o.layer = QStringLiteral("nope");
    expectRefused(o, {QStringLiteral("nope")});
    o = options(good);
    o.careType.clear();
    o.careField = QStringLiteral("kode");
    o.careMapFile = dir.filePath(QStringLiteral("missing.csv"));
    expectRefused(o, {QStringLiteral("missing.csv")});
}

TEST_F(BadInput, CancelledImportLeavesNothing)
{
    const QString path = dir.filePath(QStringLiteral("many.gpkg"));
    QList<test::FixtureFeature> many;
    for (int i = 0; i < 5000; ++i)
        many << test::FixtureFeature{QStringLiteral("POLYGON((%1 6171000,%2 6171000,%2 6171010,%1 6171000))")
                                         .arg(699000 + 10 * i)
                                         .arg(699010 + 10 * i),
                                     {}};
    ASSERT_EQ(test::writeVectorFile(path, QStringLiteral("GPKG"), 25832, many), QString());
    int calls = 0;
    auto report = importVectorFile(*store, options(path), [&](double fraction, qint64) {
        ++calls;
        return fraction < 0.5;
    });
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.errorMessage().contains(QStringLiteral("cancelled")));
    EXPECT_GE(calls, 2);
    EXPECT_EQ(test::snapshot(projectPath), before);
}

TEST(ImportText, NonUtf8AttributeTextIsReadAsLatin1AndReported)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin1.csv"));
    // "Brugsplæne" in ISO 8859-1 (æ = 0xE6), as old Danish files carry it.
    ASSERT_EQ(test::writeVectorFile(path, QStringLiteral("CSV"), 0,
                                    {{kSquare, {{QStringLiteral("type"), QByteArray("Brugspl\xe6ne")}}},
                                     {QStringLiteral("POLYGON((699100 6171000,699110 6171000,699110 6171010,699100 6171000))"),
                                      {{QStringLiteral("type"), QByteArray("Eng")}}}},
                                    QStringLiteral("latin1"), {QStringLiteral("GEOMETRY=AS_WKT")}),
              QString());
    auto store = test::newProject(dir.filePath(QStringLiteral("p.engdrift.gpkg")));
    ASSERT_TRUE(store);
    ImportOptions o;
    o.sourcePath = path;
    o.department = DepartmentKey{12, 5};
    o.careField = QStringLiteral("type");
    o.assumeCrs = QStringLiteral("EPSG:25832");
    auto report = importVectorFile(*store, o);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->notes.value(ImportNote::TextNotUtf8).count, 1);
    EXPECT_EQ(report->notes.value(ImportNote::TextNotUtf8).sampleFids, QStringList{QStringLiteral("1")});
    EXPECT_TRUE(report->describe().join(QLatin1Char(' ')).contains(QStringLiteral("Latin-1")));
    auto areas = store->areas(AreaQuery{});
    ASSERT_TRUE(areas.ok());
    ASSERT_EQ(areas->size(), 2);
    EXPECT_EQ(areas->at(0).careType, QStringLiteral("brugsplaene"));
    EXPECT_EQ(areas->at(1).careType, QStringLiteral("eng"));
}
