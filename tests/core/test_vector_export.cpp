// The export for other GIS (io/vector_export.h): each format read back with GDAL has the features
// and the m² the map shows (MapSnapshot::areaTotals), the care types' names and colours, Danish
// letters intact, GeoJSON in longitude/latitude; the proposal view and unsaved edits are what is
// exported; the department and organisation filters; and a bad name, a missing folder, an
// existing file and a cancel leave no file.

#include "io/vector_export.h"

#include "edit/edit_session.h"
#include "edit/proposals.h"
#include "map/map_snapshot.h"
#include "store/project_store.h"
#include "style/symbology.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <map>

using namespace engdrift;

namespace {

constexpr double X0 = 699000.0;
constexpr double Y0 = 6171000.0;
const QDate kStart(2019, 1, 1);
const QDate kDate(2026, 6, 1);
const DepartmentKey kPark{12, 5};
const DepartmentKey kGarden{12, 6};
const DepartmentKey kNorth{13, 1};
const QString kParkName = QStringLiteral("Søndergårdsparken Ærø");
const QString kLawn = QStringLiteral("brugsplaene");
const QString kMeadow = QStringLiteral("blomstereng");
const QString kHedge = QStringLiteral("haek");

Geometry rect(double x, double y, double w, double h)
{
    return Geometry::rectangle(QRectF(X0 + x, Y0 + y, w, h));
}

/// A feature read back: its attributes as text (null: absent) and what its geometry is.
struct Feature
{
    std::map<std::string, QString> fields;
    QString geometryType;
    bool valid = false;
    OGREnvelope envelope;
    QString text(const char *name) const
    {
        const auto it = fields.find(name);
        return it == fields.end() ? QStringLiteral("(no field)") : it->second;
    }
};

struct Layer
{
    QString srs; ///< "EPSG:NNNN"
    QStringList fieldNames;
    QList<Feature> features;
    double sum(const char *field) const
    {
        double total = 0;
        for (const Feature &f : features)
            total += f.text(field).toDouble();
        return total;
    }
};

Layer readLayer(const QString &path, const char *layerName = nullptr)
{
    Layer layer;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    EXPECT_TRUE(ds) << path.toStdString();
    if (!ds)
        return layer;
    OGRLayer *l = layerName ? ds->GetLayerByName(layerName) : ds->GetLayer(0);
    EXPECT_TRUE(l) << path.toStdString() << " " << (layerName ? layerName : "");
    if (!l)
        return layer;
    if (const OGRSpatialReference *srs = l->GetSpatialRef()) {
        OGRSpatialReference copy(*srs);
        copy.AutoIdentifyEPSG();
        if (const char *code = copy.GetAuthorityCode(nullptr))
            layer.srs = QStringLiteral("EPSG:") + QString::fromLatin1(code);
    }
    OGRFeatureDefn *defn = l->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        layer.fieldNames << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    for (auto &f : *l) {
        Feature feature;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            if (f->IsFieldSetAndNotNull(i))
                feature.fields[defn->GetFieldDefn(i)->GetNameRef()] = QString::fromUtf8(f->GetFieldAsString(i));
            else
                feature.fields[defn->GetFieldDefn(i)->GetNameRef()] = QString();
        }
        if (const OGRGeometry *g = f->GetGeometryRef()) {
            feature.geometryType = QString::fromLatin1(OGRGeometryTypeToName(wkbFlatten(g->getGeometryType())));
            feature.valid = g->IsValid();
            g->getEnvelope(&feature.envelope);
        }
        layer.features << feature;
    }
    return layer;
}

QStringList namesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// Departments 12-005 (a 1000 m² lawn, a 500 m² meadow, 1100 m² of hedge around a hole, a mown
/// path 8 m long), 12-006 (a 500 m² lawn) and 13-001 (a 300 m² hedge), all from 2019.
class VectorExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        GDALAllRegister();
        path = dir.filePath(QStringLiteral("export.engdrift.gpkg"));
        store = test::newProject(path);
        ASSERT_TRUE(store);
        auto tx = store->begin();
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(store->saveOrganisation({12, QStringLiteral("Boligselskabet")}).ok());
        ASSERT_TRUE(store->saveOrganisation({13, QStringLiteral("Nordbo")}).ok());
        ASSERT_TRUE(store->saveDepartment({kPark, kParkName, {}, 0, {}}).ok());
        ASSERT_TRUE(store->saveDepartment({kGarden, QStringLiteral("Åhaven"), {}, 0, {}}).ok());
        ASSERT_TRUE(store->saveDepartment({kNorth, QStringLiteral("Nord"), {}, 0, {}}).ok());
        auto hedgeWithHole = Geometry::fromWkt(
            QStringLiteral("POLYGON((699000 6171025,699060 6171025,699060 6171045,699000 6171045,699000 6171025),"
                           "(699010 6171030,699020 6171030,699020 6171040,699010 6171040,699010 6171030))"));
        ASSERT_TRUE(hedgeWithHole.ok());
        const std::tuple<DepartmentKey, QString, Geometry> areas[] = {
            {kPark, kLawn, rect(0, 0, 40, 25)},         {kPark, kMeadow, rect(40, 0, 20, 25)},
            {kPark, kHedge, hedgeWithHole->clone()},    {kGarden, kLawn, rect(100, 0, 20, 25)},
            {kNorth, kHedge, rect(200, 0, 30, 10)}};
        for (const auto &[department, care, shape] : areas) {
            AreaVersion a;
            a.department = department;
            a.careType = care;
            a.validFrom = kStart;
            ASSERT_TRUE(store->areaLayer().insert(a, shape).ok());
        }
        PathVersion p;
        p.department = kPark;
        p.kind = PathKind::MownPath;
        p.widthM = 1.5;
        p.validFrom = kStart;
        auto line = Geometry::fromWkt(QStringLiteral("LINESTRING(699042 6171005,699050 6171005)"));
        ASSERT_TRUE(line.ok());
        ASSERT_TRUE(store->pathLayer().insert(p, *line).ok());
        ASSERT_TRUE(tx->commit().ok());
    }

    /// Exports the snapshot and expects it to work.
    VectorExportResult exportTo(const QString &name, const MapSnapshot &snapshot, const MapFilter &filter = {},
                                VectorExportOptions options = {})
    {
        auto written = exportVectorData(snapshot, filter, dir.filePath(name), options);
        EXPECT_TRUE(written.ok()) << name.toStdString() << ": " << written.errorMessage().toStdString() << " "
                                  << written.errorDetail().toStdString();
        return written.ok() ? *written : VectorExportResult{};
    }

    /// The count and m² the snapshot shows, by its own sums.
    static std::pair<qint64, double> mapTotals(const MapSnapshot &snapshot, const MapFilter &filter = {})
    {
        auto totals = snapshot.areaTotals(AreaGrouping::Department, filter.department);
        EXPECT_TRUE(totals.ok());
        qint64 count = 0;
        double m2 = 0;
        for (const AreaTotal &t : *totals) {
            if (filter.admits(t.department)) {
                count += t.count;
                m2 += t.areaM2;
            }
        }
        return {count, m2};
    }

    /// The layer's features agree with what the snapshot shows: count, m², names and colours.
    void expectTheMap(const Layer &areas, const MapSnapshot &snapshot, const QString &language = QStringLiteral("da"),
                      const MapFilter &filter = {}, bool shapefile = false)
    {
        const auto [count, m2] = mapTotals(snapshot, filter);
        EXPECT_EQ(areas.features.size(), count);
        EXPECT_NEAR(areas.sum("area_m2"), m2, 1e-6);
        const Catalogue &catalogue = store->catalogue();
        for (const Feature &f : areas.features) {
            const QString care = f.text("care_type");
            EXPECT_EQ(f.text("care_name"), catalogue.careTypeName(care, language)) << care.toStdString();
            const CareSymbol symbol = Symbology::active().resolve(care, catalogue);
            EXPECT_EQ(f.text("fill"), symbol.fill.name(QColor::HexRgb).toUpper()) << care.toStdString();
            EXPECT_EQ(f.text("outline"), symbol.outline.name(QColor::HexRgb).toUpper()) << care.toStdString();
            EXPECT_FALSE(f.text("care_group").isEmpty()) << care.toStdString();
            EXPECT_EQ(f.text("view_date"), snapshot.date().toString(QStringLiteral("yyyy/MM/dd")));
            EXPECT_TRUE(f.valid) << f.text("area_id").toStdString();
            // A Shapefile's polygons may have several parts; the other formats say MultiPolygon.
            EXPECT_TRUE(f.geometryType == QLatin1String("Multi Polygon") ||
                        (shapefile && f.geometryType == QLatin1String("Polygon")))
                << f.geometryType.toStdString();
        }
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
};

const QStringList kAreaFields{QStringLiteral("area_id"),   QStringLiteral("org_no"),    QStringLiteral("dept_no"),
                              QStringLiteral("dept_name"), QStringLiteral("care_type"), QStringLiteral("care_name"),
                              QStringLiteral("care_group"), QStringLiteral("fill"),     QStringLiteral("outline"),
                              QStringLiteral("area_m2"),   QStringLiteral("condition"), QStringLiteral("effective_condition"),
                              QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                              QStringLiteral("status"),    QStringLiteral("proposal"),  QStringLiteral("view_date")};
const QStringList kPathFields{QStringLiteral("path_id"),   QStringLiteral("org_no"),    QStringLiteral("dept_no"),
                              QStringLiteral("dept_name"), QStringLiteral("kind"),      QStringLiteral("kind_name"),
                              QStringLiteral("width_m"),   QStringLiteral("length_m"),  QStringLiteral("fill"),
                              QStringLiteral("outline"),   QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                              QStringLiteral("status"),    QStringLiteral("proposal"),  QStringLiteral("view_date")};

void expectThePath(const Layer &paths)
{
    EXPECT_EQ(paths.fieldNames, kPathFields);
    ASSERT_EQ(paths.features.size(), 1);
    const Feature &p = paths.features.first();
    EXPECT_EQ(p.text("kind"), QStringLiteral("mown_path"));
    EXPECT_EQ(p.text("kind_name"), QStringLiteral("Slået sti"));
    EXPECT_DOUBLE_EQ(p.text("width_m").toDouble(), 1.5);
    EXPECT_DOUBLE_EQ(p.text("length_m").toDouble(), 8.0);
    EXPECT_EQ(p.text("fill"), Symbology::active().map().pathFill.name(QColor::HexRgb).toUpper());
    EXPECT_EQ(p.text("dept_name"), kParkName);
    EXPECT_EQ(p.text("status"), QStringLiteral("current"));
    EXPECT_TRUE(p.geometryType.contains(QLatin1String("Line String"))) << p.geometryType.toStdString();
}

} // namespace

TEST_F(VectorExport, GeoPackageHasBothLayersTheMapsSumsAndQgisStyles)
{
    const MapSnapshot snapshot(*store, {}, kDate);
    const QStringList before = namesIn(dir.path());
    const VectorExportResult written = exportTo(QStringLiteral("map.gpkg"), snapshot);
    EXPECT_EQ(written.areas, 5);
    EXPECT_EQ(written.paths, 1);
    EXPECT_EQ(written.files, QStringList{dir.filePath(QStringLiteral("map.gpkg"))});
    const QString file = dir.filePath(QStringLiteral("map.gpkg"));
    const Layer areas = readLayer(file, "areas");
    EXPECT_EQ(areas.srs, QStringLiteral("EPSG:25832"));
    EXPECT_EQ(areas.fieldNames, kAreaFields);
    expectTheMap(areas, snapshot);
    bool named = false;
    for (const Feature &f : areas.features) {
        if (f.text("org_no") == QLatin1String("12") && f.text("dept_no") == QLatin1String("005")) {
            EXPECT_EQ(f.text("dept_name"), kParkName);
            named = true;
        }
        EXPECT_EQ(f.text("status"), QStringLiteral("current"));
        EXPECT_TRUE(f.text("proposal").isEmpty());
        EXPECT_TRUE(f.text("valid_to").isEmpty());
    }
    EXPECT_TRUE(named);
    expectThePath(readLayer(file, "paths"));
    // QGIS's layer_styles: Engdrift's style of each layer, the default.
    const Layer styles = readLayer(file, "layer_styles");
    ASSERT_EQ(styles.features.size(), 2);
    for (const Feature &style : styles.features) {
        EXPECT_EQ(style.text("useAsDefault"), QStringLiteral("1"));
        EXPECT_TRUE(style.text("styleQML").contains(QStringLiteral("care_type")) ||
                    style.text("styleQML").contains(QStringLiteral("\"kind\"")) ||
                    style.text("styleQML").contains(QStringLiteral("attr=\"kind\"")))
            << style.text("f_table_name").toStdString();
    }
    EXPECT_TRUE(styles.features.first().text("styleQML").contains(QStringLiteral("Brugsplæne")) ||
                styles.features.last().text("styleQML").contains(QStringLiteral("Brugsplæne")));
    // Nothing else was left in the folder.
    QStringList expected = before + QStringList{QStringLiteral("map.gpkg")};
    expected.sort();
    EXPECT_EQ(namesIn(dir.path()), expected);
}

TEST_F(VectorExport, ShapefileKeepsDanishLettersWithItsProjectionAndStyles)
{
    const MapSnapshot snapshot(*store, {}, kDate);
    const VectorExportResult written = exportTo(QStringLiteral("kort.shp"), snapshot);
    EXPECT_EQ(written.pathsFile, dir.filePath(QStringLiteral("kort_paths.shp")));
    for (const QString &name : {QStringLiteral("kort"), QStringLiteral("kort_paths")}) {
        for (const QString &part : {QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"),
                                    QStringLiteral("prj"), QStringLiteral("cpg"), QStringLiteral("qml")})
            EXPECT_TRUE(QFileInfo::exists(dir.filePath(name + QLatin1Char('.') + part))) << name.toStdString() << "." << part.toStdString();
    }
    EXPECT_EQ(written.files.size(), 12);
    EXPECT_EQ(written.files.first(), dir.filePath(QStringLiteral("kort.shp")));
    QFile cpg(dir.filePath(QStringLiteral("kort.cpg")));
    ASSERT_TRUE(cpg.open(QIODevice::ReadOnly));
    EXPECT_EQ(cpg.readAll().trimmed(), QByteArray("UTF-8"));
    // The DBF holds the names as UTF-8 bytes, and GDAL reads them back intact.
    QFile dbf(dir.filePath(QStringLiteral("kort.dbf")));
    ASSERT_TRUE(dbf.open(QIODevice::ReadOnly));
    const QByteArray table = dbf.readAll();
    EXPECT_TRUE(table.contains(kParkName.toUtf8()));
    EXPECT_TRUE(table.contains(QStringLiteral("Brugsplæne").toUtf8()));
    const Layer areas = readLayer(dir.filePath(QStringLiteral("kort.shp")));
    EXPECT_EQ(areas.srs, QStringLiteral("EPSG:25832"));
    // ten characters at most: the same names as elsewhere, but effective_condition's short form
    QStringList shortAreaFields = kAreaFields;
    shortAreaFields.replace(shortAreaFields.indexOf(QStringLiteral("effective_condition")), QStringLiteral("eff_cond"));
    EXPECT_EQ(areas.fieldNames, shortAreaFields);
    expectTheMap(areas, snapshot, QStringLiteral("da"), {}, true);
    bool found = false;
    for (const Feature &f : areas.features)
        found = found || f.text("dept_name") == kParkName;
    EXPECT_TRUE(found) << "Danish letters lost";
    expectThePath(readLayer(dir.filePath(QStringLiteral("kort_paths.shp"))));
    QFile qml(dir.filePath(QStringLiteral("kort.qml")));
    ASSERT_TRUE(qml.open(QIODevice::ReadOnly));
    const QByteArray style = qml.readAll();
    EXPECT_TRUE(style.startsWith("<!DOCTYPE qgis")) << style.left(80).toStdString();
    EXPECT_TRUE(style.contains("care_type"));
}

TEST_F(VectorExport, GeoJsonIsInLongitudeAndLatitudeNearDenmark)
{
    const MapSnapshot snapshot(*store, {}, kDate);
    const VectorExportResult written = exportTo(QStringLiteral("kort.geojson"), snapshot);
    EXPECT_EQ(written.crs, QStringLiteral("EPSG:4326"));
    EXPECT_EQ(written.files.size(), 2);
    const Layer areas = readLayer(dir.filePath(QStringLiteral("kort.geojson")));
    EXPECT_EQ(areas.srs, QStringLiteral("EPSG:4326"));
    expectTheMap(areas, snapshot);
    for (const Feature &f : areas.features) {
        // Zealand: about 12.2 east, 55.6 north.
        EXPECT_GT(f.envelope.MinX, 12.0);
        EXPECT_LT(f.envelope.MaxX, 12.5);
        EXPECT_GT(f.envelope.MinY, 55.5);
        EXPECT_LT(f.envelope.MaxY, 55.8);
    }
    expectThePath(readLayer(dir.filePath(QStringLiteral("kort_paths.geojson"))));
    QFile text(dir.filePath(QStringLiteral("kort.geojson")));
    ASSERT_TRUE(text.open(QIODevice::ReadOnly));
    const QByteArray json = text.readAll();
    EXPECT_FALSE(json.contains("\"crs\"")) << "RFC 7946 has no crs member";
    EXPECT_TRUE(json.contains(kParkName.toUtf8()));
    // RFC 7946's right-hand rule: outer rings counter-clockwise, holes clockwise (the hedge's hole).
    const QJsonArray features = QJsonDocument::fromJson(json).object().value(QStringLiteral("features")).toArray();
    ASSERT_EQ(features.size(), 5);
    int holes = 0;
    for (const QJsonValue &feature : features) {
        const QJsonObject geometry = feature.toObject().value(QStringLiteral("geometry")).toObject();
        EXPECT_EQ(geometry.value(QStringLiteral("type")).toString(), QStringLiteral("MultiPolygon"));
        for (const QJsonValue &polygon : geometry.value(QStringLiteral("coordinates")).toArray()) {
            const QJsonArray rings = polygon.toArray();
            for (qsizetype r = 0; r < rings.size(); ++r) {
                const QJsonArray ring = rings.at(r).toArray();
                double twiceArea = 0;
                for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                    const QJsonArray a = ring.at(i).toArray();
                    const QJsonArray b = ring.at(i + 1).toArray();
                    twiceArea += a.at(0).toDouble() * b.at(1).toDouble() - b.at(0).toDouble() * a.at(1).toDouble();
                }
                EXPECT_EQ(twiceArea > 0, r == 0) << "ring " << r << " of a polygon winds the wrong way";
                holes += r > 0 ? 1 : 0;
            }
        }
    }
    EXPECT_EQ(holes, 1);

    // In the project's CRS when asked.
    VectorExportOptions options;
    options.keepProjectCrs = true;
    const VectorExportResult kept = exportTo(QStringLiteral("utm.json"), snapshot, {}, options);
    EXPECT_EQ(kept.crs, QStringLiteral("EPSG:25832"));
    const Layer utm = readLayer(dir.filePath(QStringLiteral("utm.json")));
    EXPECT_EQ(utm.srs, QStringLiteral("EPSG:25832"));
    ASSERT_FALSE(utm.features.isEmpty());
    EXPECT_GT(utm.features.first().envelope.MinX, 690000);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("utm_paths.json"))));
}

TEST_F(VectorExport, TheProposalViewExportsThePlannedVersions)
{
    auto proposal = createProposal(*store, kPark, QStringLiteral("Forslag"), kDate);
    ASSERT_TRUE(proposal.ok());
    {
        EditSession session(*store);
        session.setProposal(proposal->id);
        ASSERT_TRUE(session.retag({1}, kMeadow, kDate).ok());
        ASSERT_TRUE(session.save().ok());
    }
    const MapSnapshot planned(*store, MapContent{nullptr, proposal->id}, kDate);
    exportTo(QStringLiteral("plan.gpkg"), planned);
    const Layer areas = readLayer(dir.filePath(QStringLiteral("plan.gpkg")), "areas");
    expectTheMap(areas, planned);
    int plannedCount = 0;
    for (const Feature &f : areas.features) {
        if (f.text("area_id") == QLatin1String("1")) {
            EXPECT_EQ(f.text("care_type"), kMeadow);
            EXPECT_EQ(f.text("status"), QStringLiteral("proposed"));
            EXPECT_EQ(f.text("proposal"), QString::number(proposal->id));
            ++plannedCount;
        }
    }
    EXPECT_EQ(plannedCount, 1);
    // Today's view of the same project: the lawn.
    const MapSnapshot today(*store, {}, kDate);
    exportTo(QStringLiteral("today.gpkg"), today);
    for (const Feature &f : readLayer(dir.filePath(QStringLiteral("today.gpkg")), "areas").features) {
        if (f.text("area_id") == QLatin1String("1")) {
            EXPECT_EQ(f.text("care_type"), kLawn);
        }
    }
}

TEST_F(VectorExport, AnUnsavedEditIsExported)
{
    EditSession session(*store);
    ASSERT_TRUE(session.retag({2}, kHedge, kDate).ok());
    ASSERT_TRUE(session.addArea(rect(0, 60, 10, 10), kGarden, kMeadow, kDate, {}).ok());
    const MapSnapshot edited(*store, MapContent{session.overlay(), std::nullopt}, kDate);
    VectorExportOptions english;
    english.language = QStringLiteral("en");
    const VectorExportResult written = exportTo(QStringLiteral("edited.geojson"), edited, {}, english);
    EXPECT_EQ(written.areas, 6);
    const Layer areas = readLayer(dir.filePath(QStringLiteral("edited.geojson")));
    expectTheMap(areas, edited, QStringLiteral("en"));
    int meadows = 0;
    for (const Feature &f : areas.features) {
        if (f.text("area_id") == QLatin1String("2")) {
            EXPECT_EQ(f.text("care_type"), kHedge);
        }
        meadows += f.text("care_type") == kMeadow ? 1 : 0;
    }
    EXPECT_EQ(meadows, 1); // the new one; area 2 is a hedge now
    // The store is as it was: the export reads the edits, it does not save them.
    const MapSnapshot stored(*store, {}, kDate);
    EXPECT_EQ(mapTotals(stored).first, 5);
}

TEST_F(VectorExport, OneDepartmentOrOneOrganisation)
{
    const MapSnapshot snapshot(*store, {}, kDate);
    MapFilter department;
    department.department = kPark;
    const VectorExportResult park = exportTo(QStringLiteral("park.gpkg"), snapshot, department);
    EXPECT_EQ(park.areas, 3);
    EXPECT_EQ(park.paths, 1);
    expectTheMap(readLayer(dir.filePath(QStringLiteral("park.gpkg")), "areas"), snapshot, QStringLiteral("da"), department);
    MapFilter organisation;
    organisation.organisation = 12;
    const VectorExportResult twelve = exportTo(QStringLiteral("org12.shp"), snapshot, organisation);
    EXPECT_EQ(twelve.areas, 4);
    EXPECT_NEAR(twelve.areaM2, 1000 + 500 + 1100 + 500, 1e-6);
    const Layer areas = readLayer(dir.filePath(QStringLiteral("org12.shp")));
    expectTheMap(areas, snapshot, QStringLiteral("da"), organisation, true);
    for (const Feature &f : areas.features)
        EXPECT_EQ(f.text("org_no"), QStringLiteral("12"));
    organisation.organisation = 13;
    EXPECT_EQ(exportTo(QStringLiteral("org13.geojson"), snapshot, organisation).paths, 0);
    EXPECT_TRUE(readLayer(dir.filePath(QStringLiteral("org13_paths.geojson"))).features.isEmpty());
}

TEST_F(VectorExport, ABadNameOrFolderSaysSoAndLeavesNoFile)
{
    const MapSnapshot snapshot(*store, {}, kDate);
    const QStringList before = namesIn(dir.path());
    auto kml = exportVectorData(snapshot, {}, dir.filePath(QStringLiteral("map.kml")));
    ASSERT_FALSE(kml.ok());
    EXPECT_TRUE(kml.errorMessage().contains(QStringLiteral(".gpkg")) && kml.errorMessage().contains(QStringLiteral(".shp")) &&
                kml.errorMessage().contains(QStringLiteral(".geojson")) && kml.errorMessage().contains(QStringLiteral(".kml")))
        << kml.errorMessage().toStdString();
    const QString missing = dir.filePath(QStringLiteral("gone/map.gpkg"));
    auto gone = exportVectorData(snapshot, {}, missing);
    ASSERT_FALSE(gone.ok());
    EXPECT_TRUE(gone.errorMessage().contains(missing)) << gone.errorMessage().toStdString();
    EXPECT_TRUE(gone.errorMessage().contains(QStringLiteral("does not exist"))) << gone.errorMessage().toStdString();
    // A "folder" that is a file.
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString underFile = dir.filePath(QStringLiteral("plain.txt/map.shp"));
    auto notFolder = exportVectorData(snapshot, {}, underFile);
    ASSERT_FALSE(notFolder.ok());
    EXPECT_TRUE(notFolder.errorMessage().contains(underFile)) << notFolder.errorMessage().toStdString();
    EXPECT_EQ(notFolder.errorMessage().count(QLatin1Char('\n')), 0);
    EXPECT_EQ(namesIn(dir.path()), before + QStringList{QStringLiteral("plain.txt")});
}

TEST_F(VectorExport, AnExistingFileIsReplacedOnlyWhenAsked)
{
    const MapSnapshot snapshot(*store, {}, kDate);
    exportTo(QStringLiteral("map.shp"), snapshot);
    // A spatial index QGIS made for the old file.
    QFile index(dir.filePath(QStringLiteral("map.qix")));
    ASSERT_TRUE(index.open(QIODevice::WriteOnly));
    index.write("old index");
    index.close();
    const QStringList before = namesIn(dir.path());
    auto refused = exportVectorData(snapshot, {}, dir.filePath(QStringLiteral("map.shp")));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("already exists"))) << refused.errorMessage().toStdString();
    EXPECT_EQ(namesIn(dir.path()), before);
    // Only the paths' file exists: refused too, naming it.
    ASSERT_TRUE(QFile::copy(dir.filePath(QStringLiteral("map_paths.shp")), dir.filePath(QStringLiteral("other_paths.shp"))));
    auto paths = exportVectorData(snapshot, {}, dir.filePath(QStringLiteral("other.shp")));
    ASSERT_FALSE(paths.ok());
    EXPECT_TRUE(paths.errorMessage().contains(QStringLiteral("other_paths.shp"))) << paths.errorMessage().toStdString();

    // Asked: replaced, and the old index goes with the old file.
    VectorExportOptions replace;
    replace.overwrite = true;
    MapFilter one;
    one.department = kNorth;
    EXPECT_EQ(exportTo(QStringLiteral("map.shp"), snapshot, one, replace).areas, 1);
    EXPECT_EQ(readLayer(dir.filePath(QStringLiteral("map.shp"))).features.size(), 1);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("map.qix"))));
    QStringList expected = before;
    expected.removeOne(QStringLiteral("map.qix"));
    expected << QStringLiteral("other_paths.shp");
    expected.sort();
    EXPECT_EQ(namesIn(dir.path()), expected);
}

TEST_F(VectorExport, ACancelLeavesNoFile)
{
    const MapSnapshot snapshot(*store, {}, kDate);
    const QStringList before = namesIn(dir.path());
    VectorExportOptions options;
    int calls = 0;
    options.progress = [&calls](qint64 done, qint64 total) {
        ++calls;
        EXPECT_LE(done, total);
        return false;
    };
    auto cancelled = exportVectorData(snapshot, {}, dir.filePath(QStringLiteral("cancelled.shp")), options);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_GE(calls, 1);
    EXPECT_TRUE(cancelled.errorMessage().contains(QStringLiteral("cancelled"))) << cancelled.errorMessage().toStdString();
    EXPECT_EQ(namesIn(dir.path()), before);
}
