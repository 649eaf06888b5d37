// Bad input: every broken source gets a clear error naming the file and the cause, and the
// project stays exactly as it was (compared row by row before and after).

#include "io/vector_import.h"
#include "io/vector_source.h"
#include "store/project_store.h"
#include "util/gdal_no_network.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cpl_http.h>
#include <gdal_priv.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

namespace {

/// A TCP port on the loopback that listens and never answers: connectionsMade() tells whether
/// anything connected to it (the backlog holds a connection nobody accepted).
class LoopbackListener
{
public:
    LoopbackListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), len) == 0 && ::listen(m_fd, 8) == 0 &&
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            m_port = ntohs(addr.sin_port);
    }
    ~LoopbackListener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int port() const { return m_port; }
    int connectionsMade()
    {
        int n = 0;
        for (int fd; (fd = ::accept(m_fd, nullptr, nullptr)) >= 0; ++n)
            ::close(fd);
        return n;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

/// Records every HTTP request GDAL makes through CPLHTTPFetch while installed (process-wide,
/// below any thread's own callback), answering each with an error.
class FetchRecorder
{
public:
    FetchRecorder() { CPLHTTPSetFetchCallback(record, this); }
    ~FetchRecorder() { CPLHTTPSetFetchCallback(nullptr, nullptr); }
    QStringList urls;

private:
    static CPLHTTPResult *record(const char *url, CSLConstList, GDALProgressFunc, void *, CPLHTTPFetchWriteFunc,
                                 void *, void *self)
    {
        static_cast<FetchRecorder *>(self)->urls << QString::fromUtf8(url);
        auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
        result->nStatus = 1;
        result->pszErrBuf = CPLStrdup("recorded, not fetched");
        return result;
    }
};

} // namespace

TEST_F(BadInput, AFileThatPointsAtOtherDataIsRefusedWithoutReadingIt)
{
    // An OGR VRT names its data: here a good GeoPackage beside it and an address on this machine.
    LoopbackListener listener;
    ASSERT_GT(listener.port(), 0);
    const QString target = writeGood(QStringLiteral("target.gpkg"));
    for (const QString &source :
         {target, QStringLiteral("/vsicurl/http://127.0.0.1:%1/areas.geojson").arg(listener.port()),
          QStringLiteral("/vsistdin/")}) {
        const QString path = dir.filePath(QStringLiteral("points_elsewhere.vrt"));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("<OGRVRTDataSource><OGRVRTLayer name=\"areas\"><SrcDataSource>%1</SrcDataSource>"
                               "</OGRVRTLayer></OGRVRTDataSource>")
                    .arg(source)
                    .toUtf8());
        f.close();
        expectRefused(options(path), {path, QStringLiteral("reads only the file it is given")});
    }
    EXPECT_EQ(listener.connectionsMade(), 0);
}

TEST_F(BadInput, ADxfWithANulByteIsRefusedInsteadOfHanging)
{
    // GDAL 3.6's DXF reader never returns from this file (ogrinfo neither): a NUL in a value.
    const QString path = dir.filePath(QStringLiteral("nul.dxf"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("  0\r\nSECTION\r\n  2\r\nENTITIES\r\n  0\r\nSOLID\r");
    f.write(QByteArray(64, '\0'));
    f.write("\r\n  0\r\nENDSEC\r\n  0\r\nEOF\r\n");
    f.close();
    expectRefused(options(path), {path, QStringLiteral("byte 40 is a NUL character")});
}

TEST_F(BadInput, ACrsGivenAsAnAddressIsNotFetched)
{
    // GDAL follows a GeoJSON "link" CRS and a CRS named by an http:// address over the network:
    // opening a file would wait for a server (a hang where no DNS answers) and tell it the file was
    // opened. Import makes no request; the source's CRS is then unknown.
    LoopbackListener listener;
    ASSERT_GT(listener.port(), 0);
    FetchRecorder recorder;
    const QString address = QStringLiteral("http://127.0.0.1:%1/crs").arg(listener.port());
    const QString feature = QStringLiteral(
        "\"features\": [{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Polygon\", "
        "\"coordinates\": [[[699000, 6171000], [699040, 6171000], [699040, 6171025], [699000, 6171000]]]}}]}");
    const QStringList crsMembers{
        QStringLiteral("{\"type\": \"link\", \"properties\": {\"href\": \"%1.wkt\", \"type\": \"ogcwkt\"}}").arg(address),
        QStringLiteral("{\"type\": \"name\", \"properties\": {\"name\": \"%1/EPSG/0/25832\"}}").arg(address)};
    int i = 0;
    for (const QString &crs : crsMembers) {
        const QString path = dir.filePath(QStringLiteral("crs_address_%1.geojson").arg(++i));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"type\": \"FeatureCollection\", \"crs\": %1, %2").arg(crs, feature).toUtf8());
        f.close();
        // What the import dialog shows first, then the import.
        auto source = VectorSource::open(path);
        if (source.ok()) {
            (void)(*source)->layers();
            (void)(*source)->sampleRows(QString(), 5);
        }
        auto report = importVectorFile(*store, options(path));
        if (!report.ok()) {
            EXPECT_TRUE(report.errorMessage().contains(path)) << report.errorMessage().toStdString();
        }
    }
    EXPECT_EQ(recorder.urls, QStringList()) << "GDAL asked the network for " << recorder.urls.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(listener.connectionsMade(), 0);
}

TEST(NoNetwork, AScopeRefusesHttpAndVsicurlOnItsThreadOnlyAndRestoresTheRest)
{
    LoopbackListener listener;
    ASSERT_GT(listener.port(), 0);
    const QByteArray url = QStringLiteral("http://127.0.0.1:%1/x.geojson").arg(listener.port()).toUtf8();
    const QByteArray curlPath = "/vsicurl/" + url;
    CPLSetThreadLocalConfigOption("GDAL_HTTP_TIMEOUT", "2");
    CPLSetThreadLocalConfigOption("GDAL_HTTP_MAX_RETRY", "0");
    {
        NoNetworkScope offline;
        CPLHTTPResult *result = CPLHTTPFetch(url.constData(), nullptr);
        ASSERT_TRUE(result);
        EXPECT_NE(result->nStatus, 0);
        EXPECT_TRUE(QString::fromUtf8(result->pszErrBuf).contains(QString::fromUtf8(url))) << result->pszErrBuf;
        CPLHTTPDestroyResult(result);
        VSIStatBufL stat;
        EXPECT_NE(VSIStatL(curlPath.constData(), &stat), 0);
        EXPECT_EQ(offline.refused(), QStringList{QString::fromUtf8(url)});
    }
    EXPECT_EQ(listener.connectionsMade(), 0);
    EXPECT_EQ(CPLGetThreadLocalConfigOption("CPL_VSIL_CURL_ALLOWED_FILENAME", nullptr), nullptr);
    // Outside the scope this thread asks again: the process-wide recorder below sees it.
    FetchRecorder recorder;
    CPLHTTPResult *again = CPLHTTPFetch(url.constData(), nullptr);
    CPLHTTPDestroyResult(again);
    EXPECT_EQ(recorder.urls, QStringList{QString::fromUtf8(url)});
    CPLSetThreadLocalConfigOption("GDAL_HTTP_TIMEOUT", nullptr);
    CPLSetThreadLocalConfigOption("GDAL_HTTP_MAX_RETRY", nullptr);
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
