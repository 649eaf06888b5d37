// The QGIS styles of a project: the QML and SLD made from styles/, and the layer_styles table QGIS
// reads them from, in new projects and in older ones when they are upgraded, in a GeoPackage and in
// a PostGIS database.

#include "catalogue/catalogue.h"
#include "pg_test_database.h"
#include "store/project_store.h"
#include "style/qgis_style.h"
#include "style/symbology.h"
#include "test_support.h"

#include <QMap>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <memory>
#include <ogrsf_frmts.h>

using namespace engdrift;

namespace {

/// A small element tree of an XML document, enough to check a style.
struct Node
{
    QString name; ///< qualified name as written (e.g. "se:Rule")
    QMap<QString, QString> attributes;
    QString text;
    QList<std::shared_ptr<Node>> children;

    QList<const Node *> all(const QString &element) const
    {
        QList<const Node *> found;
        for (const auto &child : children) {
            if (child->name == element)
                found << child.get();
            found << child->all(element);
        }
        return found;
    }
    const Node *child(const QString &element) const
    {
        for (const auto &c : children) {
            if (c->name == element)
                return c.get();
        }
        return nullptr;
    }
};

/// Parses `xml`; fails the test (and returns null) when it is not well-formed.
std::shared_ptr<Node> parse(const QString &xml)
{
    QXmlStreamReader reader(xml);
    auto root = std::make_shared<Node>();
    QList<Node *> stack{root.get()};
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            auto node = std::make_shared<Node>();
            node->name = reader.qualifiedName().toString();
            for (const QXmlStreamAttribute &a : reader.attributes())
                node->attributes.insert(a.qualifiedName().toString(), a.value().toString());
            for (const QXmlStreamNamespaceDeclaration &ns : reader.namespaceDeclarations()) {
                const QString prefix = ns.prefix().toString();
                node->attributes.insert(prefix.isEmpty() ? QStringLiteral("xmlns")
                                                         : QStringLiteral("xmlns:") + prefix,
                                        ns.namespaceUri().toString());
            }
            stack.last()->children << node;
            stack << node.get();
        } else if (reader.isEndElement()) {
            stack.removeLast();
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            stack.last()->text += reader.text();
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString() << " at line "
                                    << reader.lineNumber();
    return reader.hasError() ? nullptr : root;
}

QString qgisColour(const QColor &c)
{
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

/// A symbol layer's property (from its <prop k v> list).
QString prop(const Node &layer, const QString &key)
{
    for (const auto &c : layer.children) {
        if (c->name == QLatin1String("prop") && c->attributes.value(QStringLiteral("k")) == key)
            return c->attributes.value(QStringLiteral("v"));
    }
    return {};
}

std::unique_ptr<GDALDataset> openDataset(const QString &path, bool update = false)
{
    return std::unique_ptr<GDALDataset>(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY), nullptr,
        nullptr, nullptr));
}

struct StyleRow
{
    QString catalog, schema, table, geometry, name, qml, sld, description;
    int useAsDefault = -1;
};

QList<StyleRow> styleRows(GDALDataset &ds)
{
    QList<StyleRow> rows;
    OGRLayer *layer = ds.GetLayerByName("layer_styles");
    if (!layer)
        return rows;
    layer->ResetReading();
    for (auto &f : *layer) {
        StyleRow r;
        r.catalog = QString::fromUtf8(f->GetFieldAsString("f_table_catalog"));
        r.schema = QString::fromUtf8(f->GetFieldAsString("f_table_schema"));
        r.table = QString::fromUtf8(f->GetFieldAsString("f_table_name"));
        r.geometry = QString::fromUtf8(f->GetFieldAsString("f_geometry_column"));
        r.name = QString::fromUtf8(f->GetFieldAsString("styleName"));
        r.qml = QString::fromUtf8(f->GetFieldAsString("styleQML"));
        r.sld = QString::fromUtf8(f->GetFieldAsString("styleSLD"));
        r.description = QString::fromUtf8(f->GetFieldAsString("description"));
        r.useAsDefault = f->IsFieldSetAndNotNull(f->GetFieldIndex("useAsDefault"))
                             ? f->GetFieldAsInteger("useAsDefault")
                             : -1;
        rows << r;
    }
    return rows;
}

/// A new project in `dir`; empty when it cannot be made.
QString projectIn(QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    return test::newProject(path) ? path : QString();
}

QString sqlValue(GDALDataset &ds, const QString &statement)
{
    OGRLayer *result = ds.ExecuteSQL(statement.toUtf8().constData(), nullptr, nullptr);
    QString value;
    if (result) {
        if (std::unique_ptr<OGRFeature> f(result->GetNextFeature()); f)
            value = QString::fromUtf8(f->GetFieldAsString(0));
        ds.ReleaseResultSet(result);
    }
    return value;
}

/// The project's layer_styles as QGIS would look for it: the table, its columns and one default
/// row for areas and for paths, QML and SLD from styles/.
void expectQgisStyles(const QString &path, const Catalogue &catalogue)
{
    auto ds = openDataset(path);
    ASSERT_TRUE(ds);
    OGRLayer *table = ds->GetLayerByName("layer_styles");
    ASSERT_NE(table, nullptr);
    QStringList columns;
    for (int i = 0; i < table->GetLayerDefn()->GetFieldCount(); ++i)
        columns << QString::fromUtf8(table->GetLayerDefn()->GetFieldDefn(i)->GetNameRef());
    EXPECT_EQ(columns, (QStringList{QStringLiteral("f_table_catalog"), QStringLiteral("f_table_schema"),
                                    QStringLiteral("f_table_name"), QStringLiteral("f_geometry_column"),
                                    QStringLiteral("styleName"), QStringLiteral("styleQML"),
                                    QStringLiteral("styleSLD"), QStringLiteral("useAsDefault"),
                                    QStringLiteral("description"), QStringLiteral("owner"),
                                    QStringLiteral("ui"), QStringLiteral("update_time")}));
    EXPECT_STREQ(table->GetFIDColumn(), "id");
    EXPECT_EQ(table->GetLayerDefn()
                  ->GetFieldDefn(table->GetLayerDefn()->GetFieldIndex("useAsDefault"))
                  ->GetSubType(),
              OFSTBoolean);
    EXPECT_EQ(sqlValue(*ds, QStringLiteral(
                                "SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'")),
              QStringLiteral("attributes"));
    EXPECT_EQ(sqlValue(*ds, QStringLiteral("SELECT COUNT(*) FROM layer_styles WHERE f_table_schema = '' AND "
                                           "f_table_catalog = '' AND useAsDefault = 1")),
              QStringLiteral("2"));
    const QList<StyleRow> rows = styleRows(*ds);
    ASSERT_EQ(rows.size(), 2);
    for (QgisLayer layer : {QgisLayer::Areas, QgisLayer::Paths}) {
        const QString name = qgisLayerName(layer);
        const auto row =
            std::find_if(rows.cbegin(), rows.cend(), [&](const StyleRow &r) { return r.table == name; });
        ASSERT_NE(row, rows.cend()) << name.toStdString();
        EXPECT_EQ(row->schema, QString()); // what QGIS asks for: f_table_schema = ''
        EXPECT_EQ(row->catalog, QString());
        EXPECT_EQ(row->geometry,
                  QString::fromUtf8(ds->GetLayerByName(name.toUtf8().constData())->GetGeometryColumn()));
        EXPECT_EQ(row->geometry, QStringLiteral("geom"));
        EXPECT_EQ(row->useAsDefault, 1);
        EXPECT_EQ(row->name, QStringLiteral("Engdrift"));
        EXPECT_FALSE(row->description.isEmpty());
        EXPECT_EQ(row->qml, qgisQml(layer, catalogue, Symbology::active(), QStringLiteral("da")));
        EXPECT_EQ(row->sld, qgisSld(layer, catalogue, Symbology::active(), QStringLiteral("da")));
    }
}

} // namespace

TEST(QgisStyle, AreasQmlHasACategoryPerCareTypeInEngdriftsColours)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const Symbology &symbology = Symbology::builtIn();
    const QString qml = qgisQml(QgisLayer::Areas, catalogue, symbology, QStringLiteral("en"));
    EXPECT_TRUE(qml.startsWith(QStringLiteral("<!DOCTYPE qgis")));
    auto doc = parse(qml);
    ASSERT_TRUE(doc);
    const Node *qgis = doc->child(QStringLiteral("qgis"));
    ASSERT_NE(qgis, nullptr);
    EXPECT_EQ(qgis->attributes.value(QStringLiteral("labelsEnabled")), QStringLiteral("1"));
    const Node *temporal = qgis->child(QStringLiteral("temporal"));
    ASSERT_NE(temporal, nullptr);
    EXPECT_EQ(temporal->attributes.value(QStringLiteral("startField")), QStringLiteral("valid_from"));
    EXPECT_EQ(temporal->attributes.value(QStringLiteral("endField")), QStringLiteral("valid_to"));
    const Node *renderer = qgis->child(QStringLiteral("renderer-v2"));
    ASSERT_NE(renderer, nullptr);
    EXPECT_EQ(renderer->attributes.value(QStringLiteral("type")), QStringLiteral("categorizedSymbol"));
    EXPECT_EQ(renderer->attributes.value(QStringLiteral("attr")), QStringLiteral("care_type"));
    const QList<const Node *> categories = renderer->all(QStringLiteral("category"));
    ASSERT_EQ(categories.size(), catalogue.careTypes().size());
    const Node *symbols = renderer->child(QStringLiteral("symbols"));
    ASSERT_NE(symbols, nullptr);
    QMap<QString, const Node *> byName;
    for (const auto &s : symbols->children)
        byName.insert(s->attributes.value(QStringLiteral("name")), s.get());
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const CareType &ct = catalogue.careTypes().at(i);
        const CareSymbol *expected = symbology.careSymbol(ct.code);
        ASSERT_NE(expected, nullptr);
        EXPECT_EQ(categories[i]->attributes.value(QStringLiteral("value")), ct.code);
        EXPECT_EQ(categories[i]->attributes.value(QStringLiteral("label")), ct.name.en);
        const Node *symbol = byName.value(categories[i]->attributes.value(QStringLiteral("symbol")));
        ASSERT_NE(symbol, nullptr) << ct.code.toStdString();
        QList<const Node *> layers;
        for (const auto &c : symbol->children) {
            if (c->name == QLatin1String("layer"))
                layers << c.get();
        }
        ASSERT_FALSE(layers.isEmpty());
        EXPECT_EQ(layers[0]->attributes.value(QStringLiteral("class")), QStringLiteral("SimpleFill"));
        EXPECT_EQ(prop(*layers[0], QStringLiteral("color")), qgisColour(expected->fill))
            << ct.code.toStdString();
        EXPECT_EQ(prop(*layers[0], QStringLiteral("outline_color")), qgisColour(expected->outline));
        // Hatching as QGIS's pattern fills, in the hatch colour.
        const int patternLayers =
            expected->hatch == HatchPattern::None                                                    ? 0
            : expected->hatch == HatchPattern::Grid || expected->hatch == HatchPattern::DiagonalGrid ? 2
                                                                                                     : 1;
        EXPECT_EQ(layers.size(), 1 + patternLayers) << ct.code.toStdString();
        for (qsizetype k = 1; k < layers.size(); ++k) {
            const QString cls = layers[k]->attributes.value(QStringLiteral("class"));
            const bool dots =
                expected->hatch == HatchPattern::Dots || expected->hatch == HatchPattern::SparseDots;
            EXPECT_EQ(cls, dots ? QStringLiteral("PointPatternFill") : QStringLiteral("LinePatternFill"));
            if (!dots) {
                EXPECT_EQ(prop(*layers[k], QStringLiteral("color")), qgisColour(expected->hatchColour));
            }
        }
    }
    // Labels: the care type's name by QGIS's language, and the area.
    const QList<const Node *> textStyles = qgis->all(QStringLiteral("text-style"));
    ASSERT_EQ(textStyles.size(), 1);
    const QString expression = textStyles[0]->attributes.value(QStringLiteral("fieldName"));
    EXPECT_TRUE(expression.contains(QStringLiteral("'Blomstereng'")));
    EXPECT_TRUE(expression.contains(QStringLiteral("'Flower meadow'")));
    EXPECT_TRUE(expression.contains(QStringLiteral("\"area_m2\"")));
    EXPECT_EQ(textStyles[0]->attributes.value(QStringLiteral("isExpression")), QStringLiteral("1"));
}

TEST(QgisStyle, PathsQmlDrawsEachKindAsWideAsOnTheGround)
{
    const Symbology &symbology = Symbology::builtIn();
    auto doc = parse(qgisQml(QgisLayer::Paths, Catalogue::builtIn(), symbology, QStringLiteral("da")));
    ASSERT_TRUE(doc);
    const Node *renderer = doc->child(QStringLiteral("qgis"))->child(QStringLiteral("renderer-v2"));
    ASSERT_NE(renderer, nullptr);
    EXPECT_EQ(renderer->attributes.value(QStringLiteral("attr")), QStringLiteral("kind"));
    const QList<const Node *> categories = renderer->all(QStringLiteral("category"));
    ASSERT_EQ(categories.size(), 2);
    EXPECT_EQ(categories[0]->attributes.value(QStringLiteral("value")), QStringLiteral("mown_path"));
    EXPECT_EQ(categories[0]->attributes.value(QStringLiteral("label")), QStringLiteral("Slået sti"));
    EXPECT_EQ(categories[1]->attributes.value(QStringLiteral("value")), QStringLiteral("safety_edge"));
    bool band = false;
    for (const Node *layer : renderer->all(QStringLiteral("layer"))) {
        if (prop(*layer, QStringLiteral("line_color")) == qgisColour(symbology.map().pathFill)) {
            band = true;
            EXPECT_EQ(prop(*layer, QStringLiteral("line_width_unit")), QStringLiteral("MapUnit"));
            bool widthFromField = false;
            for (const Node *option : layer->all(QStringLiteral("Option"))) {
                if (option->attributes.value(QStringLiteral("name")) == QLatin1String("expression") &&
                    option->attributes.value(QStringLiteral("value")) == QLatin1String("\"width_m\""))
                    widthFromField = true;
            }
            EXPECT_TRUE(widthFromField);
        }
    }
    EXPECT_TRUE(band);
}

TEST(QgisStyle, SldHasARulePerCareTypeFilteredOnCareType)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const Symbology &symbology = Symbology::builtIn();
    auto doc = parse(qgisSld(QgisLayer::Areas, catalogue, symbology, QStringLiteral("da")));
    ASSERT_TRUE(doc);
    const Node *root = doc->child(QStringLiteral("StyledLayerDescriptor"));
    ASSERT_NE(root, nullptr);
    EXPECT_EQ(root->attributes.value(QStringLiteral("version")), QStringLiteral("1.1.0"));
    EXPECT_EQ(root->attributes.value(QStringLiteral("xmlns")), QStringLiteral("http://www.opengis.net/sld"));
    EXPECT_EQ(root->attributes.value(QStringLiteral("xmlns:se")),
              QStringLiteral("http://www.opengis.net/se"));
    EXPECT_EQ(root->attributes.value(QStringLiteral("xmlns:ogc")),
              QStringLiteral("http://www.opengis.net/ogc"));
    const QList<const Node *> rules = root->all(QStringLiteral("se:Rule"));
    ASSERT_EQ(rules.size(), catalogue.careTypes().size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const CareType &ct = catalogue.careTypes().at(i);
        const Node *filter = rules[i]->child(QStringLiteral("ogc:Filter"));
        ASSERT_NE(filter, nullptr);
        const Node *equal = filter->child(QStringLiteral("ogc:PropertyIsEqualTo"));
        ASSERT_NE(equal, nullptr);
        EXPECT_EQ(equal->child(QStringLiteral("ogc:PropertyName"))->text, QStringLiteral("care_type"));
        EXPECT_EQ(equal->child(QStringLiteral("ogc:Literal"))->text, ct.code);
        const QList<const Node *> fills =
            rules[i]->child(QStringLiteral("se:PolygonSymbolizer"))->all(QStringLiteral("se:SvgParameter"));
        ASSERT_FALSE(fills.isEmpty());
        EXPECT_EQ(fills[0]->attributes.value(QStringLiteral("name")), QStringLiteral("fill"));
        EXPECT_EQ(fills[0]->text, symbology.careSymbol(ct.code)->fill.name());
        EXPECT_EQ(
            rules[i]->child(QStringLiteral("se:TextSymbolizer"))->child(QStringLiteral("se:Label"))->text,
            ct.name.da);
    }
    auto paths = parse(qgisSld(QgisLayer::Paths, catalogue, symbology, QStringLiteral("en")));
    ASSERT_TRUE(paths);
    const QList<const Node *> pathRules = paths->all(QStringLiteral("se:Rule"));
    ASSERT_EQ(pathRules.size(), 2);
    EXPECT_EQ(
        pathRules[0]->child(QStringLiteral("se:LineSymbolizer"))->attributes.value(QStringLiteral("uom")),
        QStringLiteral("http://www.opengeospatial.org/se/units/metre"));
}

TEST(QgisStyle, ANewProjectHasQgissLayerStyles)
{
    QTemporaryDir dir;
    const QString path = projectIn(dir, "new.engdrift.gpkg");
    ASSERT_FALSE(path.isEmpty());
    expectQgisStyles(path, Catalogue::builtIn());
    // care_types.colour mirrors styles/ for readers of the file alone.
    auto ds = openDataset(path);
    EXPECT_EQ(sqlValue(*ds, QStringLiteral("SELECT colour FROM care_types WHERE code = 'eng'")),
              Symbology::active().careSymbol(QStringLiteral("eng"))->fill.name());
}

TEST(QgisStyle, AnOlderProjectGainsLayerStylesWhenUpgraded)
{
    QTemporaryDir dir;
    const QString path = projectIn(dir, "v3.engdrift.gpkg");
    ASSERT_FALSE(path.isEmpty());
    // Turn it into a version 3 project: no layer_styles (4) nor mowing_zones (5), the catalogue
    // with its own colours.
    {
        auto ds = openDataset(path, true);
        ASSERT_TRUE(ds);
        for (const char *table : {"layer_styles", "mowing_zones"}) {
            for (int i = 0; i < ds->GetLayerCount(); ++i) {
                if (QString::fromUtf8(ds->GetLayer(i)->GetName()) == QLatin1String(table)) {
                    ASSERT_EQ(ds->DeleteLayer(i), OGRERR_NONE);
                    break;
                }
            }
        }
        ds->ExecuteSQL("UPDATE care_types SET colour = '#e9d35b'", nullptr, nullptr);
        ds->ExecuteSQL("UPDATE meta SET value = '3' WHERE key = 'schema_version'", nullptr, nullptr);
        ASSERT_EQ(sqlValue(*ds, QStringLiteral(
                                    "SELECT COUNT(*) FROM gpkg_contents WHERE table_name = 'layer_styles'")),
                  QStringLiteral("0"));
    }
    auto readOnly = openStore(path, OpenMode::ReadOnly);
    ASSERT_FALSE(readOnly.ok());
    EXPECT_TRUE(readOnly.errorMessage().contains(QStringLiteral("version 3")))
        << readOnly.errorMessage().toStdString();
    {
        auto store = openStore(path, OpenMode::ReadWrite);
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
        auto summary = (*store)->summary(QDate(2026, 1, 1));
        ASSERT_TRUE(summary.ok());
        EXPECT_EQ(summary->schemaVersion, ProjectStore::schemaVersion());
    }
    expectQgisStyles(path, Catalogue::builtIn());
    auto ds = openDataset(path);
    EXPECT_EQ(sqlValue(*ds, QStringLiteral("SELECT colour FROM care_types WHERE code = 'haek'")),
              Symbology::active().careSymbol(QStringLiteral("haek"))->fill.name());
}

TEST(QgisStyle, AStyleTheUserMadeDefaultInQgisStaysTheDefault)
{
    QTemporaryDir dir;
    const QString path = projectIn(dir, "mine.engdrift.gpkg");
    ASSERT_FALSE(path.isEmpty());
    // As QGIS saves a style as the default: the earlier default is unset, the user's row added.
    {
        auto ds = openDataset(path, true);
        ds->ExecuteSQL("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = 'areas'", nullptr,
                       nullptr);
        ds->ExecuteSQL(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
            "styleName, styleQML, useAsDefault) VALUES ('', '', 'areas', 'geom', 'mine', '<qgis/>', 1)",
            nullptr, nullptr);
        for (int i = 0; i < ds->GetLayerCount(); ++i) {
            if (QString::fromUtf8(ds->GetLayer(i)->GetName()) == QLatin1String("mowing_zones")) {
                ASSERT_EQ(ds->DeleteLayer(i), OGRERR_NONE); // a version 3 project has none
                break;
            }
        }
        ds->ExecuteSQL("UPDATE meta SET value = '3' WHERE key = 'schema_version'", nullptr, nullptr);
    }
    {
        auto store = openStore(path, OpenMode::ReadWrite);
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
    }
    auto ds = openDataset(path);
    const QList<StyleRow> rows = styleRows(*ds);
    ASSERT_EQ(rows.size(), 3);
    for (const StyleRow &r : rows) {
        if (r.table == QLatin1String("areas"))
            EXPECT_EQ(r.useAsDefault, r.name == QLatin1String("mine") ? 1 : 0) << r.name.toStdString();
        else
            EXPECT_EQ(r.useAsDefault, 1);
    }
}

namespace {

/// One cell of Engdrift's row of `table` in the database's public.layer_styles.
QString pgStyleCell(const QString &database, const QString &table, const QString &column)
{
    return test::pgQuery(QStringLiteral("SELECT %1 FROM public.layer_styles WHERE f_table_name = '%2' AND stylename = "
                                        "'Engdrift' AND f_table_catalog = current_database() AND f_table_schema = "
                                        "'public' AND f_geometry_column = 'geom'")
                             .arg(column, table),
                         database);
}

} // namespace

using QgisStylePostgis = test::PostgisTest;

TEST_F(QgisStylePostgis, ANewProjectInADatabaseHasTheGeoPackagesStylesInPublicLayerStyles)
{
    ASSERT_TRUE(createStore(m_database.location(), Crs::defaultProjectCrs(), Catalogue::builtIn()).ok());
    QTemporaryDir dir;
    const QString path = projectIn(dir, "same.engdrift.gpkg");
    ASSERT_FALSE(path.isEmpty());
    auto ds = openDataset(path);
    ASSERT_TRUE(ds);
    const QList<StyleRow> gpkgRows = styleRows(*ds);
    const QString db = m_database.name();
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) FROM public.layer_styles"), db), QStringLiteral("2"));
    for (QgisLayer layer : {QgisLayer::Areas, QgisLayer::Paths}) {
        const QString table = qgisLayerName(layer);
        SCOPED_TRACE(table.toStdString());
        // f_table_catalog is the database, f_table_schema the schema of the project's tables: what
        // QGIS's PostgreSQL provider matches a layer by.
        EXPECT_EQ(pgStyleCell(db, table, QStringLiteral("f_table_catalog")), db);
        EXPECT_EQ(pgStyleCell(db, table, QStringLiteral("useasdefault")), QStringLiteral("t"));
        EXPECT_EQ(pgStyleCell(db, table, QStringLiteral("owner")), test::pgQuery(QStringLiteral("SELECT current_user"), db));
        const auto gpkg = std::find_if(gpkgRows.cbegin(), gpkgRows.cend(), [&](const StyleRow &r) { return r.table == table; });
        ASSERT_NE(gpkg, gpkgRows.cend());
        EXPECT_EQ(pgStyleCell(db, table, QStringLiteral("styleqml::text")), gpkg->qml) << "the GeoPackage's QML";
        EXPECT_EQ(pgStyleCell(db, table, QStringLiteral("description")), gpkg->description);
        // The SLD's XML declaration is the database's to print (PostgreSQL drops a plain one).
        EXPECT_TRUE(gpkg->sld.endsWith(pgStyleCell(db, table, QStringLiteral("stylesld::text"))));
        EXPECT_FALSE(pgStyleCell(db, table, QStringLiteral("stylesld::text")).isEmpty());
    }
}

TEST_F(QgisStylePostgis, OtherToolsRowsStayAndAnUpgradeRewritesOnlyEngdriftsOwn)
{
    const QString db = m_database.name();
    // layer_styles as an older QGIS made it (no type column, stylename varchar(30)), with rows of
    // another tool: a table of its own, an areas table in another schema, and the user's own
    // default style of public.areas.
    ASSERT_EQ(test::pgQuery(QStringLiteral(
                                "CREATE TABLE public.layer_styles (id serial PRIMARY KEY, f_table_catalog varchar, "
                                "f_table_schema varchar, f_table_name varchar, f_geometry_column varchar, stylename "
                                "varchar(30), styleqml xml, stylesld xml, useasdefault boolean, description text, owner "
                                "varchar(30), ui xml, update_time timestamp DEFAULT now())"),
                            db),
              QString());
    ASSERT_EQ(test::pgQuery(QStringLiteral(
                                "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                                "f_geometry_column, stylename, styleqml, useasdefault) VALUES "
                                "(current_database(), 'public', 'roads', 'geom', 'Veje', '<qgis/>', true), "
                                "(current_database(), 'other', 'areas', 'geom', 'Engdrift', '<qgis/>', true), "
                                "(current_database(), 'public', 'areas', 'geom', 'Mine', '<qgis/>', true)"),
                            db),
              QString());
    ASSERT_TRUE(createStore(m_database.location(), Crs::defaultProjectCrs(), Catalogue::builtIn()).ok());
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) FROM public.layer_styles"), db), QStringLiteral("5"));
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT string_agg(f_table_schema || '.' || f_table_name || ' ' || stylename || ' ' "
                                           "|| useasdefault || ' ' || styleqml::text, ', ' ORDER BY id) FROM "
                                           "public.layer_styles WHERE id <= 3"),
                            db),
              QStringLiteral("public.roads Veje true <qgis/>, other.areas Engdrift true <qgis/>, public.areas Mine true <qgis/>"));
    // The user's default stays the default; paths have no other style, Engdrift's is the default.
    EXPECT_EQ(pgStyleCell(db, QStringLiteral("areas"), QStringLiteral("useasdefault")), QStringLiteral("f"));
    EXPECT_EQ(pgStyleCell(db, QStringLiteral("paths"), QStringLiteral("useasdefault")), QStringLiteral("t"));

    // Upgrading the project (from schema 5) writes Engdrift's rows again, in place.
    const QString qml = qgisQml(QgisLayer::Paths, Catalogue::builtIn(), Symbology::active(), QStringLiteral("da"));
    ASSERT_EQ(test::pgQuery(QStringLiteral("UPDATE public.layer_styles SET styleqml = '<qgis/>' WHERE stylename = 'Engdrift' "
                                           "AND f_table_schema = 'public'"),
                            db),
              QString());
    ASSERT_EQ(test::pgQuery(QStringLiteral("UPDATE meta SET value = '5' WHERE key = 'schema_version'"), db), QString());
    ASSERT_EQ(test::pgQuery(QStringLiteral("ALTER TABLE areas DROP COLUMN changed_by, DROP COLUMN changed_at; ALTER TABLE paths "
                                           "DROP COLUMN changed_by, DROP COLUMN changed_at; ALTER TABLE mowing_zones DROP "
                                           "COLUMN changed_by, DROP COLUMN changed_at; ALTER TABLE areas DROP COLUMN condition; ALTER "
                                           "TABLE departments DROP COLUMN strategic_significance"),
                            db),
              QString());
    auto upgraded = openStore(m_database.location(), OpenMode::ReadWrite);
    ASSERT_TRUE(upgraded.ok()) << upgraded.errorMessage().toStdString();
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT count(*) FROM public.layer_styles"), db), QStringLiteral("5"));
    EXPECT_EQ(pgStyleCell(db, QStringLiteral("paths"), QStringLiteral("styleqml::text")), qml);
    EXPECT_EQ(pgStyleCell(db, QStringLiteral("areas"), QStringLiteral("useasdefault")), QStringLiteral("f"));
    EXPECT_EQ(test::pgQuery(QStringLiteral("SELECT styleqml::text FROM public.layer_styles WHERE f_table_schema = 'other'"), db),
              QStringLiteral("<qgis/>"));
}
