#include "store/gpkg/schema.h"

#include "store/gpkg/qgis_layer_styles.h"
#include "style/symbology.h"
#include "util/gdal_error_scope.h"
#include "store/gpkg/sqlite_statement.h"

#include <QCoreApplication>
#include <QDateTime>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <functional>
#include <initializer_list>
#include <vector>

namespace engdrift::schema {
namespace {
struct SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
};
} // namespace
namespace {


struct FieldSpec
{
    const char *name;
    OGRFieldType type;
    bool nullable = true;
    OGRFieldSubType subType = OFSTNone;
};

Error gdalFailure(const QString &what, const GdalErrorScope &errors)
{
    return makeError(what, errors.detailText());
}

Result<OGRLayer *> createTable(GDALDataset &ds, const char *name, const OGRSpatialReference *srs,
                               OGRwkbGeometryType type, const std::vector<FieldSpec> &fields)
{
    GdalErrorScope errors;
    const char *const options[] = {"FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES",
                                   type == wkbNone ? "ASPATIAL_VARIANT=GPKG_ATTRIBUTES" : nullptr, nullptr};
    OGRLayer *layer = ds.CreateLayer(name, type == wkbNone ? nullptr : const_cast<OGRSpatialReference *>(srs), type,
                                     const_cast<char **>(options));
    if (!layer)
        return gdalFailure(SchemaText::tr("cannot create the table %1").arg(QString::fromLatin1(name)), errors);
    for (const FieldSpec &spec : fields) {
        OGRFieldDefn field(spec.name, spec.type);
        field.SetNullable(spec.nullable);
        field.SetSubType(spec.subType);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return gdalFailure(SchemaText::tr("cannot create the column %1.%2").arg(QString::fromLatin1(name),
                                                                         QString::fromLatin1(spec.name)),
                               errors);
    }
    return layer;
}

Result<void> execute(GDALDataset &ds, const QString &statement)
{
    GdalErrorScope errors;
    OGRLayer *result = ds.ExecuteSQL(statement.toUtf8().constData(), nullptr, nullptr);
    if (result)
        ds.ReleaseResultSet(result);
    if (errors.hasFailure())
        return gdalFailure(SchemaText::tr("cannot change the schema"), errors);
    return {};
}

Result<void> createVersion1(GDALDataset &ds, const OGRSpatialReference &srs)
{
    using F = FieldSpec;
    if (auto t = createTable(ds, "meta", nullptr, wkbNone, {F{"key", OFTString, false}, F{"value", OFTString}}); !t.ok())
        return t.error();
    if (auto t = createTable(ds, "organisations", nullptr, wkbNone, {F{"org_no", OFTInteger, false}, F{"name", OFTString}});
        !t.ok())
        return t.error();
    if (auto t = createTable(ds, "departments", &srs, wkbMultiPolygon,
                             {F{"org_no", OFTInteger, false}, F{"dept_no", OFTInteger, false}, F{"name", OFTString},
                              F{"address", OFTString}, F{"homes", OFTInteger},
                              // the bounding box of all the department's areas, kept by Engdrift
                              F{"ext_min_x", OFTReal}, F{"ext_min_y", OFTReal}, F{"ext_max_x", OFTReal},
                              F{"ext_max_y", OFTReal}});
        !t.ok())
        return t.error();
    if (auto t = createTable(ds, "areas", &srs, wkbMultiPolygon,
                             {F{"area_id", OFTInteger64, false}, F{"valid_from", OFTDate, false},
                              F{"valid_to", OFTDate}, F{"org_no", OFTInteger, false}, F{"dept_no", OFTInteger, false},
                              F{"care_type", OFTString, false}, F{"status", OFTString, false},
                              F{"proposal_id", OFTInteger64}, F{"lineage", OFTString}, F{"note", OFTString},
                              F{"area_m2", OFTReal, false}, F{"source", OFTString}, F{"source_fid", OFTString}});
        !t.ok())
        return t.error();
    if (auto t = createTable(ds, "care_types", nullptr, wkbNone,
                             {F{"code", OFTString, false}, F{"name_da", OFTString}, F{"name_en", OFTString},
                              F{"group_code", OFTString}, F{"nature_friendly", OFTInteger, false, OFSTBoolean},
                              F{"green", OFTInteger, false, OFSTBoolean}, F{"fkg_code", OFTInteger},
                              F{"fkg_label", OFTString}, F{"colour", OFTString}});
        !t.ok())
        return t.error();
    if (auto t = createTable(ds, "adoption_events", nullptr, wkbNone,
                             {F{"org_no", OFTInteger, false}, F{"dept_no", OFTInteger, false},
                              F{"event_date", OFTDate, false}, F{"scheme", OFTString}, F{"event", OFTString, false},
                              F{"body", OFTString}, F{"votes_for", OFTInteger}, F{"votes_against", OFTInteger},
                              F{"votes_blank", OFTInteger}, F{"households", OFTInteger}, F{"minutes_ref", OFTString},
                              F{"note", OFTString}});
        !t.ok())
        return t.error();
    for (const char *statement :
         {"CREATE UNIQUE INDEX meta_key ON meta(key)", "CREATE UNIQUE INDEX organisations_no ON organisations(org_no)",
          "CREATE UNIQUE INDEX departments_key ON departments(org_no, dept_no)",
          "CREATE INDEX areas_area_id ON areas(area_id, valid_from)",
          // Covers the statistics query (sums by department and care type at a date) without
          // reading the rows with their geometry, in group order.
          "CREATE INDEX areas_department ON areas(org_no, dept_no, care_type, valid_from, valid_to, status, area_m2)",
          "CREATE UNIQUE INDEX care_types_code ON care_types(code)",
          "CREATE INDEX adoption_events_department ON adoption_events(org_no, dept_no, event_date)"}) {
        if (auto ok = execute(ds, QString::fromLatin1(statement)); !ok.ok())
            return ok;
    }
    return {};
}

Result<void> writeCareTypes(GDALDataset &ds, const Catalogue &catalogue)
{
    GdalErrorScope errors;
    OGRLayer *layer = ds.GetLayerByName("care_types");
    if (!layer)
        return makeError(SchemaText::tr("the care_types table is missing"));
    for (const CareType &ct : catalogue.careTypes()) {
        std::unique_ptr<OGRFeature> f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("code", ct.code.toUtf8().constData());
        f->SetField("name_da", ct.name.da.toUtf8().constData());
        f->SetField("name_en", ct.name.en.toUtf8().constData());
        f->SetField("group_code", ct.group.toUtf8().constData());
        f->SetField("nature_friendly", ct.natureFriendly ? 1 : 0);
        f->SetField("green", ct.green ? 1 : 0);
        f->SetField("fkg_code", ct.fkgCode);
        f->SetField("fkg_label", ct.fkgLabel.toUtf8().constData());
        // The look lives in styles/; the column keeps the fill for readers of the file alone.
        f->SetField("colour", Symbology::active().resolve(ct.code, catalogue).fill.name().toUtf8().constData());
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return gdalFailure(SchemaText::tr("cannot write care type %1").arg(ct.code), errors);
    }
    return {};
}

/// One step up the schema: from version `to - 1` to `to`.
struct Migration
{
    int to;
    std::function<Result<void>(GDALDataset &)> apply;
};

/// Version 2: proposals (a department's planned changes, kept for the record), mown paths and
/// other lines (temporal, like the areas), and the proposal an adoption event is about.
Result<void> migrateTo2(GDALDataset &ds)
{
    using F = FieldSpec;
    OGRLayer *areas = ds.GetLayerByName("areas");
    if (!areas || !areas->GetSpatialRef())
        return makeError(SchemaText::tr("the areas table is missing"));
    if (auto t = createTable(ds, "proposals", nullptr, wkbNone,
                             {F{"org_no", OFTInteger, false}, F{"dept_no", OFTInteger, false}, F{"name", OFTString},
                              F{"created", OFTDate, false}, F{"status", OFTString, false},
                              F{"conversion_date", OFTDate}, F{"note", OFTString}});
        !t.ok())
        return t.error();
    if (auto t = createTable(ds, "paths", areas->GetSpatialRef(), wkbMultiLineString,
                             {F{"path_id", OFTInteger64, false}, F{"valid_from", OFTDate, false}, F{"valid_to", OFTDate},
                              F{"org_no", OFTInteger, false}, F{"dept_no", OFTInteger, false},
                              F{"kind", OFTString, false}, F{"width_m", OFTReal, false}, F{"status", OFTString, false},
                              F{"proposal_id", OFTInteger64}, F{"length_m", OFTReal, false}, F{"note", OFTString}});
        !t.ok())
        return t.error();
    OGRLayer *events = ds.GetLayerByName("adoption_events");
    if (!events)
        return makeError(SchemaText::tr("the adoption_events table is missing"));
    OGRFieldDefn proposal("proposal_id", OFTInteger64);
    {
        GdalErrorScope errors;
        if (events->CreateField(&proposal) != OGRERR_NONE)
            return gdalFailure(SchemaText::tr("cannot add the column adoption_events.proposal_id"), errors);
    }
    for (const char *statement : {"CREATE INDEX proposals_department ON proposals(org_no, dept_no)",
                                  "CREATE INDEX paths_path_id ON paths(path_id, valid_from)",
                                  "CREATE INDEX paths_department ON paths(org_no, dept_no, status, proposal_id)",
                                  "CREATE INDEX areas_proposal ON areas(proposal_id)"}) {
        if (auto ok = execute(ds, QString::fromLatin1(statement)); !ok.ok())
            return ok;
    }
    return {};
}

/// Version 3: import batches (so an import can be undone exactly: areas.import_id names the batch
/// that wrote a row), an index to find what a source file brought, and the corrections of
/// data-entry errors (a department's start date moved), recorded as such.
Result<void> migrateTo3(GDALDataset &ds)
{
    using F = FieldSpec;
    OGRLayer *areas = ds.GetLayerByName("areas");
    if (!areas)
        return makeError(SchemaText::tr("the areas table is missing"));
    if (auto t = createTable(ds, "imports", nullptr, wkbNone,
                             {F{"imported_at", OFTString, false}, F{"source", OFTString, false},
                              F{"source_path", OFTString}, F{"layer", OFTString}, F{"org_no", OFTInteger},
                              F{"dept_no", OFTInteger}, F{"valid_from", OFTDate}, F{"valid_from_field", OFTString},
                              F{"areas", OFTInteger64, false}, F{"area_m2", OFTReal, false},
                              F{"departments_created", OFTString}, F{"organisations_created", OFTString},
                              F{"undone_at", OFTString}});
        !t.ok())
        return t.error();
    if (auto t = createTable(ds, "corrections", nullptr, wkbNone,
                             {F{"org_no", OFTInteger, false}, F{"dept_no", OFTInteger, false},
                              F{"kind", OFTString, false}, F{"old_value", OFTString}, F{"new_value", OFTString},
                              F{"row_count", OFTInteger64, false}, F{"made_at", OFTString, false},
                              F{"note", OFTString}});
        !t.ok())
        return t.error();
    OGRFieldDefn importId("import_id", OFTInteger64);
    {
        GdalErrorScope errors;
        if (areas->CreateField(&importId) != OGRERR_NONE)
            return gdalFailure(SchemaText::tr("cannot add the column areas.import_id"), errors);
    }
    for (const char *statement : {"CREATE INDEX areas_import ON areas(import_id)",
                                  "CREATE INDEX areas_source ON areas(source, org_no, dept_no)",
                                  "CREATE INDEX corrections_department ON corrections(org_no, dept_no)"}) {
        if (auto ok = execute(ds, QString::fromLatin1(statement)); !ok.ok())
            return ok;
    }
    return {};
}

/// Version 4: QGIS's layer_styles table with Engdrift's style of areas and paths (QML and SLD, from
/// styles/), so QGIS opens the layers in Engdrift's colours; care_types.colour follows styles/.
Result<void> migrateTo4(GDALDataset &ds)
{
    auto meta = readMeta(ds);
    if (!meta.ok())
        return meta.error();
    auto catalogue = Catalogue::fromJson(meta->catalogueJson, SchemaText::tr("the project's catalogue"));
    if (!catalogue.ok())
        return catalogue.error();
    const Symbology &symbology = Symbology::active();
    for (const CareType &ct : catalogue->careTypes()) {
        // The codes come from a catalogue file: bound, never pasted into the SQL.
        store_detail::SqliteStatement update(store_detail::sqliteOf(ds), "UPDATE care_types SET colour = ?1 WHERE code = ?2");
        update.bind(1, symbology.resolve(ct.code, *catalogue).fill.name());
        update.bind(2, ct.code);
        update.next();
        if (!update.ok())
            return makeError(SchemaText::tr("cannot write the colour of care type %1").arg(ct.code), update.errorText());
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return writeQgisLayerStyles(ds, *catalogue, symbology, now);
}

/// Version 5: the mowing zones as the operator fixed them (numbers, names, season overrides of the
/// regime as JSON), temporal like the areas, with the shape each had when stored (an R-tree).
Result<void> migrateTo5(GDALDataset &ds)
{
    using F = FieldSpec;
    OGRLayer *areas = ds.GetLayerByName("areas");
    if (!areas || !areas->GetSpatialRef())
        return makeError(SchemaText::tr("the areas table is missing"));
    if (auto t = createTable(ds, "mowing_zones", areas->GetSpatialRef(), wkbMultiPolygon,
                             {F{"zone_id", OFTInteger64, false}, F{"valid_from", OFTDate, false}, F{"valid_to", OFTDate},
                              F{"org_no", OFTInteger, false}, F{"dept_no", OFTInteger, false},
                              F{"zone_no", OFTInteger, false}, F{"name", OFTString}, F{"care_type", OFTString, false},
                              F{"status", OFTString, false}, F{"proposal_id", OFTInteger64}, F{"overrides", OFTString},
                              F{"area_m2", OFTReal, false}, F{"note", OFTString}});
        !t.ok())
        return t.error();
    for (const char *statement : {"CREATE INDEX mowing_zones_zone_id ON mowing_zones(zone_id, valid_from)",
                                  "CREATE INDEX mowing_zones_department ON mowing_zones(org_no, dept_no, status, valid_from)"}) {
        if (auto ok = execute(ds, QString::fromLatin1(statement)); !ok.ok())
            return ok;
    }
    return {};
}

/// Version 6: who wrote each version of an area, path and mowing zone, and when (changed_by: the
/// editor's name; changed_at: UTC, ISO 8601 text), so a conflict between two editors can say who
/// changed the area and when. Rows written before have them empty (unknown).
Result<void> addTextColumns(GDALDataset &ds, std::initializer_list<const char *> tables,
                            std::initializer_list<const char *> columns)
{
    for (const char *table : tables) {
        OGRLayer *layer = ds.GetLayerByName(table);
        if (!layer)
            return makeError(SchemaText::tr("the %1 table is missing").arg(QString::fromLatin1(table)));
        for (const char *column : columns) {
            if (layer->GetLayerDefn()->GetFieldIndex(column) >= 0)
                continue;
            OGRFieldDefn field(column, OFTString);
            GdalErrorScope errors;
            if (layer->CreateField(&field) != OGRERR_NONE)
                return gdalFailure(SchemaText::tr("cannot add the column %1.%2")
                                       .arg(QString::fromLatin1(table), QString::fromLatin1(column)),
                                   errors);
        }
    }
    return {};
}

Result<void> migrateTo6(GDALDataset &ds)
{
    return addTextColumns(ds, {"areas", "paths", "mowing_zones"}, {"changed_by", "changed_at"});
}

/// Version 7: the biodiversity metric's recorded words (model/biodiversity.h): the habitat condition
/// of each area version (areas.condition, a code of conditionCode(); NULL = the care type's default
/// in the catalogue) and the strategic significance of each department
/// (departments.strategic_significance, NOT NULL, 'low' for every department there was).
Result<void> migrateTo7(GDALDataset &ds)
{
    OGRLayer *areas = ds.GetLayerByName("areas");
    OGRLayer *departments = ds.GetLayerByName("departments");
    if (!areas || !departments)
        return makeError(SchemaText::tr("the areas or departments table is missing"));
    GdalErrorScope errors;
    if (areas->GetLayerDefn()->GetFieldIndex("condition") < 0) {
        OGRFieldDefn condition("condition", OFTString);
        if (areas->CreateField(&condition) != OGRERR_NONE)
            return gdalFailure(SchemaText::tr("cannot add the column areas.condition"), errors);
    }
    if (departments->GetLayerDefn()->GetFieldIndex("strategic_significance") < 0) {
        OGRFieldDefn significance("strategic_significance", OFTString);
        significance.SetNullable(false);
        significance.SetDefault("'low'");
        if (departments->CreateField(&significance) != OGRERR_NONE)
            return gdalFailure(SchemaText::tr("cannot add the column departments.strategic_significance"), errors);
    }
    return {};
}

/// Version 8: who ended each version of an area, path and mowing zone, and when (closed_by,
/// closed_at; set when valid_to is set), so a conflict can name who ended a thing that has no
/// successor. Rows closed before have them empty (unknown).
Result<void> migrateTo8(GDALDataset &ds)
{
    return addTextColumns(ds, {"areas", "paths", "mowing_zones"}, {"closed_by", "closed_at"});
}

/// The migrations after version 1, in order. Add a step here when the schema changes.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list{{2, migrateTo2}, {3, migrateTo3}, {4, migrateTo4},
                                             {5, migrateTo5}, {6, migrateTo6}, {7, migrateTo7},
                                             {8, migrateTo8}};
    return list;
}

} // namespace

int currentVersion()
{
    return migrations().empty() ? 1 : migrations().back().to;
}

Result<void> createSchema(GDALDataset &ds, const Crs &crs, const Catalogue &catalogue, const QString &now)
{
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const QString input = crs.authId().isEmpty() ? crs.wkt() : crs.authId();
    if (srs.SetFromUserInput(input.toUtf8().constData()) != OGRERR_NONE)
        return makeError(SchemaText::tr("GDAL cannot use the coordinate reference system %1").arg(crs.displayName()));
    if (auto ok = createVersion1(ds, srs); !ok.ok())
        return ok;
    if (auto ok = writeCareTypes(ds, catalogue); !ok.ok())
        return ok;
    const std::pair<const char *, QString> values[] = {
        {"schema_version", QStringLiteral("1")},
        {"crs", crs.authId()},
        {"crs_wkt", crs.wkt()},
        {"created", now},
        {"modified", now},
        {"application", QStringLiteral("Engdrift")},
        {"catalogue_id", catalogue.id()},
        {"catalogue_json", QString::fromUtf8(catalogue.json())},
    };
    for (const auto &[key, value] : values) {
        if (auto ok = setMetaValue(ds, QString::fromLatin1(key), value); !ok.ok())
            return ok;
    }
    return migrate(ds, 1, now);
}

Result<Meta> readMeta(GDALDataset &ds)
{
    GdalErrorScope errors;
    OGRLayer *layer = ds.GetLayerByName("meta");
    if (!layer) {
        if (errors.hasFailure())
            return gdalFailure(SchemaText::tr("the file cannot be read"), errors);
        return makeError(SchemaText::tr("this GeoPackage is not an Engdrift project (it has no meta table)"));
    }
    Meta meta;
    bool hasVersion = false;
    layer->SetAttributeFilter(nullptr);
    layer->ResetReading();
    for (auto &f : *layer) {
        const QString key = QString::fromUtf8(f->GetFieldAsString("key"));
        const QByteArray value = f->GetFieldAsString("value");
        if (key == QLatin1String("schema_version")) {
            meta.schemaVersion = value.toInt(&hasVersion);
        } else if (key == QLatin1String("crs")) {
            meta.crs = QString::fromUtf8(value);
        } else if (key == QLatin1String("crs_wkt")) {
            meta.crsWkt = QString::fromUtf8(value);
        } else if (key == QLatin1String("created")) {
            meta.created = QString::fromUtf8(value);
        } else if (key == QLatin1String("modified")) {
            meta.modified = QString::fromUtf8(value);
        } else if (key == QLatin1String("application")) {
            meta.application = QString::fromUtf8(value);
        } else if (key == QLatin1String("catalogue_json")) {
            meta.catalogueJson = value;
        }
    }
    if (errors.hasFailure())
        return gdalFailure(SchemaText::tr("the project file is damaged"), errors);
    if (!hasVersion || meta.schemaVersion < 1)
        return makeError(SchemaText::tr("the project has no schema version; it is not an Engdrift project or it is damaged"));
    return meta;
}

Result<void> setMetaValue(GDALDataset &ds, const QString &key, const QString &value)
{
    GdalErrorScope errors;
    OGRLayer *layer = ds.GetLayerByName("meta");
    if (!layer)
        return makeError(SchemaText::tr("the meta table is missing"));
    const std::optional<qint64> row = store_detail::metaRow(ds, key);
    std::unique_ptr<OGRFeature> f(row ? layer->GetFeature(*row) : nullptr);
    if (!f) {
        f.reset(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("key", key.toUtf8().constData());
    }
    f->SetField("value", value.toUtf8().constData());
    const OGRErr err = f->GetFID() == OGRNullFID ? layer->CreateFeature(f.get()) : layer->SetFeature(f.get());
    if (err != OGRERR_NONE || errors.hasFailure())
        return gdalFailure(SchemaText::tr("cannot write the project setting %1").arg(key), errors);
    return {};
}

Result<void> migrate(GDALDataset &ds, int fromVersion, const QString &now)
{
    for (const Migration &step : migrations()) {
        if (step.to <= fromVersion)
            continue;
        if (auto ok = step.apply(ds); !ok.ok())
            return rephrased(ok.error(), SchemaText::tr("step to schema version %1: %2").arg(step.to).arg(ok.errorMessage()));
        if (auto ok = setMetaValue(ds, QStringLiteral("schema_version"), QString::number(step.to)); !ok.ok())
            return ok;
    }
    if (fromVersion != currentVersion()) {
        if (auto ok = setMetaValue(ds, QStringLiteral("modified"), now); !ok.ok())
            return ok;
    }
    return {};
}

} // namespace engdrift::schema
