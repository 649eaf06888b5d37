// QGIS's layer_styles table in a PostGIS project: the default style of `areas` and `paths` (the same
// rows a GeoPackage project gets, style/qgis_style.h), so QGIS opening the project's layers from
// the database draws them in Engdrift's colours.
//
// QGIS's PostgreSQL provider reads the styles of a layer from the table `layer_styles` it finds on
// its connection's search path (public), by f_table_catalog (the database), f_table_schema,
// f_table_name and f_geometry_column, the default first. The table is shared by every tool that
// saves styles into the database: it is made (as QGIS makes it) only when missing, and only
// Engdrift's own rows for its own tables are written.

#include "store/postgis/pg_store_p.h"

#include "style/qgis_style.h"

namespace engdrift::pg_schema {
namespace {

struct LayerStylesText
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

/// The table as QGIS 3.22's PostgreSQL provider creates it (QgsPostgresProviderMetadata::saveStyle).
const char *const kCreateTable =
    "CREATE TABLE IF NOT EXISTS public.layer_styles (id serial PRIMARY KEY, f_table_catalog varchar, "
    "f_table_schema varchar, f_table_name varchar, f_geometry_column varchar, stylename text, styleqml xml, "
    "stylesld xml, useasdefault boolean, description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml, "
    "update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)";

} // namespace

Result<void> writeLayerStyles(PgConnection &db, const Catalogue &catalogue, const QString &now)
{
    const QString cannot = LayerStylesText::tr("cannot write QGIS's styles into the table public.layer_styles");
    if (auto ok = db.run(QString::fromLatin1(kCreateTable), cannot); !ok.ok())
        return ok;
    // Where the project's tables are: the database and the schema QGIS names the layers by.
    auto where = db.exec(QStringLiteral("SELECT current_database(), n.nspname FROM pg_class c JOIN pg_namespace n "
                                        "ON n.oid = c.relnamespace WHERE c.oid = to_regclass('areas')"),
                         cannot);
    if (!where.ok())
        return where.error();
    if (where->rows() != 1)
        return makeError(LayerStylesText::tr("%1: the table areas is missing").arg(cannot));
    const QString database = where->text(0, 0);
    const QString schemaName = where->text(0, 1);
    for (const QgisLayerStyle &style : qgisLayerStyles(catalogue, Symbology::active(), QStringLiteral("da"))) {
        const QString what = LayerStylesText::tr("cannot write the QGIS style of %1").arg(style.table);
        PgParams p;
        const QString layerTerm = QStringLiteral("f_table_catalog = %1 AND f_table_schema = %2 AND f_table_name = %3 "
                                                 "AND f_geometry_column = %4")
                                      .arg(p.add(database), p.add(schemaName), p.add(style.table),
                                           p.add(style.geometryColumn));
        // Engdrift's earlier row is replaced; a default the user chose in QGIS stays the default.
        auto rows = db.exec(QStringLiteral("SELECT id, stylename = %1, coalesce(useasdefault, false) FROM "
                                           "public.layer_styles WHERE %2 ORDER BY id")
                                .arg(p.add(qgisStyleName()), layerTerm),
                            p, what);
        if (!rows.ok())
            return rows.error();
        qint64 own = 0;
        bool userDefault = false;
        for (int row = 0; row < rows->rows(); ++row) {
            if (rows->boolean(row, 1) && own == 0)
                own = rows->int64(row, 0);
            else if (rows->boolean(row, 2))
                userDefault = true;
        }
        PgParams w;
        const QString values = QStringLiteral("XMLPARSE(DOCUMENT %1), XMLPARSE(DOCUMENT %2), %3::boolean, %4, %5::timestamp")
                                   .arg(w.add(style.qml), w.add(style.sld),
                                        w.add(QByteArray(userDefault ? "false" : "true")), w.add(style.description),
                                        w.add(now));
        const QString sql =
            own != 0
                ? QStringLiteral("UPDATE public.layer_styles SET (styleqml, stylesld, useasdefault, description, "
                                 "update_time) = (%1) WHERE id = %2")
                      .arg(values, w.add(own))
                : QStringLiteral("INSERT INTO public.layer_styles (styleqml, stylesld, useasdefault, description, "
                                 "update_time, f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                                 "stylename, owner) VALUES (%1, %2, %3, %4, %5, %6, left(current_user, 30))")
                      .arg(values, w.add(database), w.add(schemaName), w.add(style.table),
                           w.add(style.geometryColumn), w.add(qgisStyleName()));
        if (auto done = db.exec(sql, w, what); !done.ok())
            return done.error();
    }
    return {};
}

} // namespace engdrift::pg_schema
