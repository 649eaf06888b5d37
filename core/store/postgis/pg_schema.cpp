// The PostGIS project schema: the tables and columns of the GeoPackage schema (store/gpkg/schema.cpp,
// version 5), with typed geometry columns (the project's SRID), GiST indexes and fid sequences, and
// QGIS's layer_styles rows (pg_layer_styles.cpp).

#include "store/postgis/pg_store_p.h"

#include "store/gpkg/schema.h"
#include "style/symbology.h"

namespace engdrift::pg_schema {
namespace {

struct SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

} // namespace

const QStringList &tableNames()
{
    static const QStringList names{QStringLiteral("meta"),          QStringLiteral("organisations"), QStringLiteral("departments"),
                                   QStringLiteral("areas"),         QStringLiteral("care_types"),    QStringLiteral("adoption_events"),
                                   QStringLiteral("proposals"),     QStringLiteral("paths"),         QStringLiteral("imports"),
                                   QStringLiteral("corrections"),   QStringLiteral("mowing_zones")};
    return names;
}

Result<void> create(PgConnection &db, int srid, const Crs &crs, const Catalogue &catalogue, const QString &now)
{
    const QString s = QString::number(srid);
    QStringList statements{
        QStringLiteral("CREATE TABLE meta (fid bigserial PRIMARY KEY, key text NOT NULL, value text)"),
        QStringLiteral("CREATE TABLE organisations (fid bigserial PRIMARY KEY, org_no integer NOT NULL, name text)"),
        QStringLiteral("CREATE TABLE departments (fid bigserial PRIMARY KEY, org_no integer NOT NULL, dept_no integer NOT NULL, "
                       "name text, address text, homes integer, ext_min_x double precision, ext_min_y double precision, "
                       "ext_max_x double precision, ext_max_y double precision, geom geometry(MultiPolygon, %1), "
                       "strategic_significance text NOT NULL DEFAULT 'low')")
            .arg(s),
        QStringLiteral("CREATE TABLE care_types (fid bigserial PRIMARY KEY, code text NOT NULL, name_da text, name_en text, "
                       "group_code text, nature_friendly boolean NOT NULL, green boolean NOT NULL, fkg_code integer, "
                       "fkg_label text, colour text)"),
        QStringLiteral("CREATE TABLE adoption_events (fid bigserial PRIMARY KEY, org_no integer NOT NULL, dept_no integer NOT NULL, "
                       "event_date date NOT NULL, scheme text, event text NOT NULL, body text, votes_for integer, "
                       "votes_against integer, votes_blank integer, households integer, minutes_ref text, note text, "
                       "proposal_id bigint)"),
        QStringLiteral("CREATE TABLE proposals (fid bigserial PRIMARY KEY, org_no integer NOT NULL, dept_no integer NOT NULL, "
                       "name text, created date NOT NULL, status text NOT NULL, conversion_date date, note text)"),
        QStringLiteral("CREATE TABLE imports (fid bigserial PRIMARY KEY, imported_at text NOT NULL, source text NOT NULL, "
                       "source_path text, layer text, org_no integer, dept_no integer, valid_from date, valid_from_field text, "
                       "areas bigint NOT NULL, area_m2 double precision NOT NULL, departments_created text, "
                       "organisations_created text, undone_at text)"),
        QStringLiteral("CREATE TABLE corrections (fid bigserial PRIMARY KEY, org_no integer NOT NULL, dept_no integer NOT NULL, "
                       "kind text NOT NULL, old_value text, new_value text, row_count bigint NOT NULL, made_at text NOT NULL, "
                       "note text)"),
        QStringLiteral("CREATE UNIQUE INDEX meta_key ON meta(key)"),
        QStringLiteral("CREATE UNIQUE INDEX organisations_no ON organisations(org_no)"),
        QStringLiteral("CREATE UNIQUE INDEX departments_key ON departments(org_no, dept_no)"),
        QStringLiteral("CREATE INDEX departments_geom ON departments USING GIST (geom)"),
        QStringLiteral("CREATE UNIQUE INDEX care_types_code ON care_types(code)"),
        QStringLiteral("CREATE INDEX adoption_events_department ON adoption_events(org_no, dept_no, event_date)"),
        QStringLiteral("CREATE INDEX proposals_department ON proposals(org_no, dept_no)"),
        QStringLiteral("CREATE INDEX corrections_department ON corrections(org_no, dept_no)"),
    };
    statements << PgTemporalTable<AreaVersion>::createStatements("areas", "area_id", srid)
               << PgTemporalTable<PathVersion>::createStatements("paths", "path_id", srid)
               << PgTemporalTable<ZoneVersion>::createStatements("mowing_zones", "zone_id", srid);
    for (const QString &statement : statements) {
        if (auto ok = db.run(statement, SchemaText::tr("cannot create the project's tables")); !ok.ok())
            return ok;
    }
    for (const CareType &ct : catalogue.careTypes()) {
        PgParams p;
        const QString sql =
            QStringLiteral("INSERT INTO care_types (code, name_da, name_en, group_code, nature_friendly, green, fkg_code, "
                           "fkg_label, colour) VALUES (%1, %2, %3, %4, %5, %6, %7, %8, %9)")
                .arg(p.add(ct.code), p.add(ct.name.da), p.add(ct.name.en), p.add(ct.group),
                     p.add(QByteArray(ct.natureFriendly ? "true" : "false")), p.add(QByteArray(ct.green ? "true" : "false")),
                     p.add(ct.fkgCode), p.add(ct.fkgLabel),
                     // The look lives in styles/; the column keeps the fill for readers of the database alone.
                     p.add(Symbology::active().resolve(ct.code, catalogue).fill.name()));
        if (auto ok = db.exec(sql, p, SchemaText::tr("cannot write care type %1").arg(ct.code)); !ok.ok())
            return ok.error();
    }
    const std::pair<const char *, QString> values[] = {
        {"schema_version", QString::number(schema::currentVersion())},
        {"crs", crs.authId()},
        {"crs_wkt", crs.wkt()},
        {"created", now},
        {"modified", now},
        {"application", QStringLiteral("Engdrift")},
        {"catalogue_id", catalogue.id()},
        {"catalogue_json", QString::fromUtf8(catalogue.json())},
    };
    for (const auto &[key, value] : values) {
        if (auto ok = setMeta(db, QString::fromLatin1(key), value); !ok.ok())
            return ok;
    }
    return writeLayerStyles(db, catalogue, now);
}

Result<QHash<QString, QString>> readMeta(PgConnection &db)
{
    auto result = db.exec(QStringLiteral("SELECT key, value FROM meta"), SchemaText::tr("cannot read the project's meta table"));
    if (!result.ok())
        return result.error();
    QHash<QString, QString> meta;
    for (int row = 0; row < result->rows(); ++row)
        meta.insert(result->text(row, 0), result->text(row, 1));
    return meta;
}

Result<void> setMeta(PgConnection &db, const QString &key, const QString &value)
{
    PgParams p;
    const QString sql = QStringLiteral("INSERT INTO meta (key, value) VALUES (%1, %2) ON CONFLICT (key) DO UPDATE SET value = "
                                       "EXCLUDED.value")
                            .arg(p.add(key), p.add(value));
    auto done = db.exec(sql, p, SchemaText::tr("cannot write the project setting %1").arg(key));
    if (!done.ok())
        return done.error();
    return {};
}

const std::vector<Migration> &migrations()
{
    // 6: who wrote each version and when (TemporalLayer::editorName()).
    static const std::vector<Migration> list{
        {6,
         {QStringLiteral("ALTER TABLE areas ADD COLUMN changed_by text, ADD COLUMN changed_at text"),
          QStringLiteral("ALTER TABLE paths ADD COLUMN changed_by text, ADD COLUMN changed_at text"),
          QStringLiteral("ALTER TABLE mowing_zones ADD COLUMN changed_by text, ADD COLUMN changed_at text")}},
        // 7: the biodiversity metric's condition of each area version (NULL: the care type's default)
        // and strategic significance of each department (every department there was: low).
        {7,
         {QStringLiteral("ALTER TABLE areas ADD COLUMN condition text"),
          QStringLiteral("ALTER TABLE departments ADD COLUMN strategic_significance text NOT NULL DEFAULT 'low'")}},
        // 8: who ended each version and when (set with valid_to).
        {8,
         {QStringLiteral("ALTER TABLE areas ADD COLUMN IF NOT EXISTS closed_by text, ADD COLUMN IF NOT EXISTS closed_at text"),
          QStringLiteral("ALTER TABLE paths ADD COLUMN IF NOT EXISTS closed_by text, ADD COLUMN IF NOT EXISTS closed_at text"),
          QStringLiteral("ALTER TABLE mowing_zones ADD COLUMN IF NOT EXISTS closed_by text, ADD COLUMN IF NOT EXISTS closed_at text")}},
    };
    return list;
}

Result<void> migrate(PgConnection &db, int fromVersion, int srid, const Catalogue &catalogue, const QString &now)
{
    for (const Migration &step : migrations()) {
        if (step.to <= fromVersion)
            continue;
        for (const QString &statement : step.statements) {
            const QString sql = statement.contains(QLatin1String("%1")) ? statement.arg(srid) : statement;
            if (auto ok = db.run(sql, SchemaText::tr("step to schema version %1").arg(step.to)); !ok.ok())
                return ok;
        }
        if (auto ok = setMeta(db, QStringLiteral("schema_version"), QString::number(step.to)); !ok.ok())
            return ok;
    }
    if (auto ok = writeLayerStyles(db, catalogue, now); !ok.ok())
        return ok;
    return setMeta(db, QStringLiteral("modified"), now);
}

} // namespace engdrift::pg_schema
