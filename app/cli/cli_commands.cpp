#include "cli_commands.h"

#include "cli_common.h"
#include "analysis/statistics.h"
#include "catalogue/catalogue.h"
#include "cli_output.h"
#include "crs/crs.h"
#include "edit/condition.h"
#include "edit/tagging.h"
#include "io/import_batches.h"
#include "io/vector_import.h"
#include "store/project_store.h"
#include "util/translations.h"
#include "util/dates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>


namespace engdrift::cli {
namespace {
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace
namespace {

Result<std::unique_ptr<ProjectStore>> openProject(const QString &path, OpenMode mode)
{
    return openProjectStore(path, mode);
}

AreaGrouping parseGrouping(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("department"))
        return AreaGrouping::Department;
    if (t == QLatin1String("care-type"))
        return AreaGrouping::CareType;
    if (t == QLatin1String("department,care-type") || t == QLatin1String("care-type,department"))
        return AreaGrouping::DepartmentAndCareType;
    *ok = false;
    return AreaGrouping::DepartmentAndCareType;
}

} // namespace

QString usage()
{
    return CliText::tr("engdrift-cli: the nature-friendly outdoor areas of social housing, from the command line\n"
              "\n"
              "usage: engdrift-cli COMMAND [OPTIONS]\n"
              "\n"
              "commands:\n"
              "  new PROJECT [--crs EPSG:25832]                 create a project file (*.engdrift.gpkg)\n"
              "  import PROJECT SOURCE [options]                import the polygons of a GIS file\n"
              "  imports PROJECT [--json|--csv]                 the imports, to undo one\n"
              "  unimport PROJECT --import ID                   undo an import (if its areas were not edited since)\n"
              "  info PROJECT [--json]                          summary of a project\n"
              "  areas PROJECT [--at DATE] [--org N --dept NNN] [--json|--csv]\n"
              "                                                 the areas valid at a date\n"
              "  stats PROJECT [--at DATE] [--by department|care-type|department,care-type] [--json|--csv]\n"
              "                                                 area sums (planar m²)\n"
              "  tag PROJECT --area ID[,ID...] --care-type CODE --from DATE\n"
              "                                                 give areas a new care type from a date\n"
              "  condition PROJECT --area ID[,ID...] --condition good|fairly_good|moderate|fairly_poor|poor|default\n"
              "            --from DATE                          record the habitat condition of areas from a date\n"
              "  render PROJECT --out FILE.png [--size WxH] [--extent XMIN,YMIN,XMAX,YMAX | --org N --dept NNN]\n"
              "         [--at DATE] [--proposal ID]              draw the map (as a proposal plans it) to a picture\n"
              "  adopt PROJECT --org N --dept NNN --event KIND --date DATE [--body BODY]\n"
              "        [--for N --against N --blank N --households N] [--note TEXT] [--minutes REF] [--proposal ID]\n"
              "                                                 record an adoption event of a department\n"
              "  adoption PROJECT [--org N --dept NNN] [--at DATE] [--json|--csv]\n"
              "                                                 the adoption events, or each department's status\n"
              "                                                 at a date and how many adopted\n"
              "  department PROJECT [--org N --dept NNN [--name TEXT] [--address TEXT] [--homes N]\n"
              "             [--significance low|medium|high]\n"
              "             | --delete | --correct-start DATE [--note TEXT]] [--json|--csv]\n"
              "                                                 list the departments, name one (creating it),\n"
              "                                                 delete an empty one, or move its areas' start\n"
              "  proposals PROJECT [--org N --dept NNN] [--json|--csv]\n"
              "                                                 the proposals, with their planned areas and paths\n"
              "  timeline PROJECT --from DATE --to DATE --step month|quarter|year [--org N --dept NNN]\n"
              "           [--json|--csv]                        area by care type at each step, with the\n"
              "                                                 nature-friendly share\n"
              "  plot PROJECT --kind care-area|care-units|adoption|share --out FILE.png|pdf|svg [--size WxH]\n"
              "       [--org N --dept NNN] [--from DATE --to DATE --step month|quarter|year] [--at DATE]\n"
              "                                                 draw a chart: area or biodiversity units by care\n"
              "                                                 type, or adoption, over time; or the\n"
              "                                                 nature-friendly share per department\n"
              "  export-map PROJECT --org N --dept NNN --out FILE.pdf|png|svg [--layout vote-a3|vote-a4|map-a4]\n"
              "       [--proposal ID] [--at DATE] [--meeting DATE] [--dpi N]\n"
              "                                                 the vote sheet (today and the proposal side by\n"
              "                                                 side) or a map page, for print\n"
              "  atlas PROJECT --out FILE.pdf [--org N [--dept NNN,...]] [--layout LAYOUT] [--at DATE]\n"
              "                                                 a page per department in one PDF, after a\n"
              "                                                 contents page\n"
              "  report PROJECT --out FILE.pdf|csv|xlsx [--org N] [--from DATE --to DATE]\n"
              "                                                 the adoption report: each department's status,\n"
              "                                                 votes and nature-friendly share, organisation\n"
              "                                                 totals and charts, for the board\n"
              "  export-data PROJECT --out FILE.gpkg|shp|geojson [--org N [--dept NNN]] [--at DATE]\n"
              "       [--proposal ID] [--lang da|en] [--overwrite]\n"
              "                                                 the map for other GIS: its areas and mown paths\n"
              "                                                 with the care types' names and colours\n"
              "  style PROJECT --qml|--sld --out FILE [--layer areas|paths]\n"
              "                                                 write the QGIS style of the areas or paths\n"
              "  workload PROJECT [--org N [--dept NNN]] [--at DATE] [--season YYYY] [--proposal ID] [--json|--csv]\n"
              "                                                 estimated mowing hours, fuel, CO2 and cost per\n"
              "                                                 department, beside all grass as lawn and the\n"
              "                                                 state before the proposal, with the assumptions\n"
              "  mowing-plan PROJECT --org N --dept NNN [--season YYYY] [--at DATE] [--proposal ID]\n"
              "              --out FILE.pdf|png|svg|csv|gpkg|geojson [--layout mowing-a4|mowing-a3]\n"
              "                                                 the department's numbered mowing zones for the\n"
              "                                                 crew: a page with the map, the zone table and\n"
              "                                                 the season calendar, or the zones as data\n"
              "  zones PROJECT --org N --dept NNN [--at DATE] [--season YYYY] [--json|--csv]\n"
              "        [--rename N --name NAME | --renumber N --to M | --clear-override N --season YYYY\n"
              "         | --override N --season YYYY [--cuts K] [--months M,M] [--clippings KIND]\n"
              "           [--cut-height CM[-CM]] [--removal-days D[-D]] [--equipment CODE]] --from DATE\n"
              "                                                 the department's mowing zones (number, name,\n"
              "                                                 regime, m²); rename or renumber a zone, or\n"
              "                                                 override its regime for a season, from a date\n"
              "  nature PROJECT [--org N [--dept NNN]] [--at DATE] [--proposal ID] [--distance M] [--json|--csv]\n"
              "         [--out FILE.gpkg|geojson]               biodiversity units (with their formulas), green\n"
              "                                                 factor, networks of nature-friendly patches for\n"
              "                                                 insects, and the lawns whose conversion would\n"
              "                                                 join networks\n"
              "  assumptions PROJECT [--set KEY=VALUE ...] [--json|--csv]\n"
              "                                                 show or change the project's workload, fuel,\n"
              "                                                 CO2 and cost assumptions\n"
              "  check PROJECT [--repair] [--json]              check the schema, the file's integrity, the spatial\n"
              "                                                 indexes, every version's shape and dates; --repair\n"
              "                                                 rebuilds the indexes and department extents\n"
              "  upgrade PROJECT                                bring a project of an older Engdrift to this\n"
              "                                                 program's schema\n"
              "  copy SOURCE DEST                               copy a project whole, with all its history, to a\n"
              "                                                 new file or a PostgreSQL database\n"
              "\n"
              "Run engdrift-cli COMMAND --help for the options of a command. Dates are YYYY-MM-DD.\n"
              "Exit status: 0 success, 1 bad input, 2 usage error.\n");
}

int runNew(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli new PROJECT [--crs EPSG:25832]"), 1);
    cmd.option(QStringLiteral("crs"), CliText::tr("Project CRS (default EPSG:25832; EPSG:25833 for Bornholm)."),
               QStringLiteral("CRS"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    Crs crs = Crs::defaultProjectCrs();
    if (cmd.isSet(QStringLiteral("crs"))) {
        auto parsed = Crs::fromUserInput(cmd.value(QStringLiteral("crs")));
        if (!parsed.ok())
            return fail(rephrased(parsed.error(), CliText::tr("--crs: %1").arg(parsed.errorMessage())));
        crs = parsed.value();
    }
    auto store = createStore(cmd.positional(0), crs, Catalogue::builtIn());
    if (!store.ok())
        return fail(store.error());
    out() << CliText::tr("Created %1 (%2, catalogue %3)").arg((*store)->path(), crs.displayName(), catalogueName(Catalogue::builtIn()))
          << Qt::endl;
    return Success;
}

int runImport(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli import PROJECT SOURCE [--layer L] [--org N --dept NNN | --org-field F "
                               "--dept-field F] [--care-type CODE | --care-field F [--care-map FILE]] "
                               "[--assume-crs EPSG:X] [--valid-from YYYY-MM-DD] [--valid-from-field F] "
                               "[--dept-name NAME] [--again]"),
                2);
    cmd.option(QStringLiteral("layer"), CliText::tr("Layer of the source to import."), QStringLiteral("L"));
    cmd.option(QStringLiteral("org"), CliText::tr("Organisation number of all areas."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliText::tr("Department number of all areas."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("org-field"), CliText::tr("Field holding the organisation number."), QStringLiteral("F"));
    cmd.option(QStringLiteral("dept-field"), CliText::tr("Field holding the department number."), QStringLiteral("F"));
    cmd.option(QStringLiteral("care-type"), CliText::tr("Care type of all areas (a catalogue code)."), QStringLiteral("CODE"));
    cmd.option(QStringLiteral("care-field"), CliText::tr("Field holding the care type (FKG codes are mapped automatically)."),
               QStringLiteral("F"));
    cmd.option(QStringLiteral("care-map"), CliText::tr("CSV file (header value,care_type) that maps the values of the care field to care types."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("assume-crs"), CliText::tr("CRS of a source that declares none."), QStringLiteral("CRS"));
    cmd.option(QStringLiteral("valid-from"),
               CliText::tr("Date the areas are valid from (default today); they cannot be tagged from an earlier date."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("valid-from-field"),
               CliText::tr("Date field of the source with each area's start (where it is empty: --valid-from)."),
               QStringLiteral("F"));
    cmd.option(QStringLiteral("dept-name"), CliText::tr("Name of the department when the import creates it."),
               QStringLiteral("NAME"));
    cmd.option(QStringLiteral("again"),
               CliText::tr("Import even if the file was already imported into the department."));
    cmd.option(QStringLiteral("quiet"), CliText::tr("Do not print progress."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    ImportOptions options;
    options.sourcePath = cmd.positional(1);
    options.layer = cmd.value(QStringLiteral("layer"));
    if (auto dept = cmd.department(code))
        options.department = dept;
    if (code >= 0)
        return code;
    options.orgField = cmd.value(QStringLiteral("org-field"));
    options.deptField = cmd.value(QStringLiteral("dept-field"));
    if (!options.department && (options.orgField.isEmpty() || options.deptField.isEmpty()))
        return usageFail(CliText::tr("say which department: --org N --dept NNN, or --org-field F --dept-field F"),
                         cmd.synopsis());
    if (options.department && (!options.orgField.isEmpty() || !options.deptField.isEmpty()))
        return usageFail(CliText::tr("give --org/--dept or --org-field/--dept-field, not both"), cmd.synopsis());
    options.careType = cmd.value(QStringLiteral("care-type"));
    options.careField = cmd.value(QStringLiteral("care-field"));
    options.careMapFile = cmd.value(QStringLiteral("care-map"));
    if (!options.careType.isEmpty() && !options.careField.isEmpty())
        return usageFail(CliText::tr("give --care-type or --care-field, not both"), cmd.synopsis());
    if (!options.careMapFile.isEmpty() && options.careField.isEmpty())
        return usageFail(CliText::tr("--care-map needs --care-field"), cmd.synopsis());
    options.assumeCrs = cmd.value(QStringLiteral("assume-crs"));
    const auto validFrom = cmd.date(QStringLiteral("valid-from"), code);
    if (code >= 0)
        return code;
    options.validFrom = *validFrom;
    options.validFromField = cmd.value(QStringLiteral("valid-from-field"));
    options.departmentName = cmd.value(QStringLiteral("dept-name"));
    if (!options.departmentName.isEmpty() && !options.department)
        return usageFail(CliText::tr("--dept-name needs --org and --dept"), cmd.synopsis());

    auto store = openProject(cmd.positional(0), OpenMode::ReadWrite);
    if (!store.ok())
        return fail(store.error());
    if (!cmd.isSet(QStringLiteral("again"))) {
        auto previous = previousImports(**store, options.sourcePath, options.department);
        if (!previous.ok())
            return fail(previous.error());
        if (!previous->isEmpty()) {
            const PreviousImport &p = previous->first();
            QString message = describePreviousImport(options.sourcePath, p);
            message += p.importId ? CliText::tr("; nothing was imported. Give --again to import it once more, or undo "
                                                "that import with: engdrift-cli unimport %1 --import %2")
                                        .arg((*store)->path())
                                        .arg(*p.importId)
                                  : CliText::tr("; nothing was imported. Give --again to import it once more.");
            return fail(message);
        }
    }
    ProgressPrinter printer(CliText::tr("Importing %1").arg(options.sourcePath));
    const bool quiet = cmd.isSet(QStringLiteral("quiet"));
    auto report = importVectorFile(**store, options, [&](double fraction, qint64 n) {
        if (interruptRequested())
            return false; // stop between features: the import rolls back
        return quiet ? true : printer(fraction, n);
    });
    printer.finish();
    if (!report.ok())
        return fail(report.error());
    out() << CliText::tr("Imported %n area(s) (%1) from %2, layer %3, %4 → %5; area IDs %6-%7", "",
                         static_cast<int>(report->areasImported))
                 .arg(formatArea(report->areaM2), report->source, report->layer, report->sourceCrs,
                      (*store)->crs().displayName())
                 .arg(report->firstAreaId)
                 .arg(report->lastAreaId)
          << '\n';
    for (const QString &line : report->describe())
        out() << "  " << line << '\n';
    out() << "  " << CliText::tr("import %1; undo it with: engdrift-cli unimport %2 --import %1")
                         .arg(report->importId)
                         .arg((*store)->path())
          << '\n';
    if (!cmd.isSet(QStringLiteral("valid-from")) && options.validFromField.isEmpty())
        out() << "  " << CliText::tr("the areas start today (%1); give --valid-from for an earlier start, or move it "
                                     "with: engdrift-cli department %2 --org N --dept NNN --correct-start DATE")
                             .arg(isoDate(report->validFrom), (*store)->path())
              << '\n';
    out().flush();
    return Success;
}

int runImports(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli imports PROJECT [--json|--csv]"), 1);
    cmd.option(QStringLiteral("json"), CliText::tr("Write JSON."));
    cmd.option(QStringLiteral("csv"), CliText::tr("Write CSV."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const Format format = cmd.format(code);
    if (code >= 0)
        return code;
    auto store = openProject(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    auto batches = (*store)->importBatches();
    if (!batches.ok())
        return fail(batches.error());
    RowWriter writer(out(), format,
                     {Column::plain(QStringLiteral("id"), CliText::tr("ID")),
                      Column::plain(QStringLiteral("imported_at"), CliText::tr("Imported")),
                      Column::plain(QStringLiteral("source"), CliText::tr("Source")),
                      Column::plain(QStringLiteral("layer"), CliText::tr("Layer")), columns::orgNo(), columns::deptNo(),
                      Column::plain(QStringLiteral("valid_from"), CliText::tr("Areas from")),
                      Column::plain(QStringLiteral("areas"), CliText::tr("Areas")), columns::areaM2(),
                      Column::plain(QStringLiteral("undone_at"), CliText::tr("Undone"))});
    for (const ImportBatch &b : *batches) {
        writer.addRow({QVariant::fromValue<qint64>(b.id), b.importedAt.toString(Qt::ISODate), b.source, b.layer,
                       b.department ? QVariant(b.department->orgNo) : QVariant(),
                       b.department ? QVariant(b.department->deptText()) : QVariant(),
                       b.validFromField.isEmpty() ? isoDate(b.validFrom)
                                                  : CliText::tr("%1 (or field %2)").arg(isoDate(b.validFrom), b.validFromField),
                       QVariant::fromValue<qint64>(b.areas), b.areaM2,
                       b.undoneAt.isValid() ? QVariant(b.undoneAt.toString(Qt::ISODate)) : QVariant()});
    }
    writer.finish(QJsonObject{{QStringLiteral("count"), writer.rowCount()}});
    return Success;
}

int runUnimport(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli unimport PROJECT --import ID"), 1);
    cmd.option(QStringLiteral("import"), CliText::tr("The import to undo (see engdrift-cli imports)."), QStringLiteral("ID"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    if (!cmd.isSet(QStringLiteral("import")))
        return usageFail(CliText::tr("--import ID is required"), cmd.synopsis());
    bool ok = false;
    const qint64 id = cmd.value(QStringLiteral("import")).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageFail(CliText::tr("--import: \"%1\" is not an import ID").arg(cmd.value(QStringLiteral("import"))),
                         cmd.synopsis());
    auto store = openProject(cmd.positional(0), OpenMode::ReadWrite);
    if (!store.ok())
        return fail(store.error());
    auto undone = undoImport(**store, id);
    if (!undone.ok())
        return fail(undone.error());
    out() << CliText::tr("Undid import %1 (%2): deleted %n area version(s)", "", static_cast<int>(undone->areaVersionsDeleted))
                 .arg(id)
                 .arg(undone->batch.source);
    if (!undone->departmentsDeleted.isEmpty()) {
        QStringList keys;
        for (const DepartmentKey &key : undone->departmentsDeleted.mid(0, 8))
            keys << key.toString();
        if (undone->departmentsDeleted.size() > 8)
            keys << QStringLiteral("…");
        out() << CliText::tr("; removed the %n department(s) it had created (%1)", "",
                             static_cast<int>(undone->departmentsDeleted.size()))
                     .arg(keys.join(QStringLiteral(", ")));
    }
    out() << Qt::endl;
    return Success;
}

int runInfo(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli info PROJECT [--at YYYY-MM-DD] [--json]"), 1);
    cmd.option(QStringLiteral("json"), CliText::tr("Write JSON."));
    cmd.option(QStringLiteral("at"), CliText::tr("Count the areas valid at this date (default today)."), QStringLiteral("DATE"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto at = cmd.date(QStringLiteral("at"), code);
    if (code >= 0)
        return code;
    auto store = openProject(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    auto summary = (*store)->summary(*at);
    if (!summary.ok())
        return fail(summary.error());
    const ProjectSummary &s = *summary;
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), (*store)->path());
        o.insert(QStringLiteral("schema_version"), s.schemaVersion);
        o.insert(QStringLiteral("crs"), s.crs);
        o.insert(QStringLiteral("catalogue"), s.catalogueId);
        o.insert(QStringLiteral("organisations"), s.organisations);
        o.insert(QStringLiteral("departments"), s.departments);
        o.insert(QStringLiteral("at"), isoDate(s.at));
        o.insert(QStringLiteral("areas"), s.areas);
        o.insert(QStringLiteral("area_versions"), s.areaVersions);
        o.insert(QStringLiteral("total_area_m2"), roundForJson(s.totalAreaM2));
        o.insert(QStringLiteral("created"), s.created.toString(Qt::ISODate));
        o.insert(QStringLiteral("modified"), s.modified.toString(Qt::ISODate));
        if (!s.extent.isNull())
            o.insert(QStringLiteral("extent"), QJsonArray{s.extent.left(), s.extent.top(), s.extent.right(),
                                                          s.extent.bottom()});
        printJson(o);
        return Success;
    }
    out() << CliText::tr("Project:         %1\n").arg((*store)->path())
          << CliText::tr("Schema version:  %1\n").arg(s.schemaVersion) << CliText::tr("CRS:             %1\n").arg(s.crs)
          << CliText::tr("Catalogue:       %1\n").arg(catalogueName((*store)->catalogue()))
          << CliText::tr("Organisations:   %1\n").arg(s.organisations) << CliText::tr("Departments:     %1\n").arg(s.departments)
          << CliText::tr("Areas:           %1 at %2 (%3 versions in all)\n").arg(s.areas).arg(isoDate(s.at)).arg(s.areaVersions)
          << CliText::tr("Total area:      %1\n").arg(formatArea(s.totalAreaM2));
    out().flush();
    return Success;
}

int runAreas(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli areas PROJECT [--at YYYY-MM-DD] [--org N --dept NNN] [--json|--csv]"), 1);
    cmd.option(QStringLiteral("at"), CliText::tr("The areas valid at this date (default today)."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("org"), CliText::tr("Only the department with this organisation number (use with --dept)."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliText::tr("Department number (use with --org)."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("json"), CliText::tr("Write JSON."));
    cmd.option(QStringLiteral("csv"), CliText::tr("Write CSV."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto at = cmd.date(QStringLiteral("at"), code);
    const auto dept = code < 0 ? cmd.department(code) : std::nullopt;
    const Format format = code < 0 ? cmd.format(code) : Format::Text;
    if (code >= 0)
        return code;
    auto store = openProject(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    AreaQuery query;
    query.at = *at;
    query.department = dept;
    QJsonObject header;
    header.insert(QStringLiteral("at"), isoDate(*at));
    const Catalogue &catalogue = (*store)->catalogue();
    RowWriter writer(out(), format,
                     QList<Column>{Column::plain(QStringLiteral("area_id"), CliText::tr("ID")), columns::orgNo(),
                                   columns::deptNo()} +
                         columns::careType() +
                         QList<Column>{columns::areaM2(),
                                       Column::plain(QStringLiteral("valid_from"), CliText::tr("From")),
                                       Column::plain(QStringLiteral("source_fid"), CliText::tr("Source feature"))},
                     header);
    auto done = (*store)->forEachArea(query, false, [&writer, &catalogue](const AreaVersion &v, const Geometry *) {
        writer.addRow({QVariant::fromValue<qint64>(v.areaId), v.department.orgNo, v.department.deptText(),
                       careTypeName(catalogue, v.careType), v.careType, v.areaM2, isoDate(v.validFrom), v.sourceFid});
        return true;
    });
    if (!done.ok())
        return fail(done.error());
    writer.finish(QJsonObject{{QStringLiteral("count"), writer.rowCount()}});
    return Success;
}

int runStats(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli stats PROJECT [--at YYYY-MM-DD] [--org N --dept NNN] "
                               "[--by department|care-type|department,care-type] [--json|--csv]"),
                1);
    cmd.option(QStringLiteral("at"), CliText::tr("Statistics of the areas valid at this date (default today)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("by"), CliText::tr("Grouping: department, care-type or department,care-type (default)."),
               QStringLiteral("GROUPS"));
    cmd.option(QStringLiteral("org"), CliText::tr("Only the department with this organisation number (use with --dept)."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliText::tr("Department number (use with --org)."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("json"), CliText::tr("Write JSON."));
    cmd.option(QStringLiteral("csv"), CliText::tr("Write CSV."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto at = cmd.date(QStringLiteral("at"), code);
    const auto dept = code < 0 ? cmd.department(code) : std::nullopt;
    const Format format = code < 0 ? cmd.format(code) : Format::Text;
    if (code >= 0)
        return code;
    bool groupingOk = true;
    const AreaGrouping grouping = cmd.isSet(QStringLiteral("by"))
                                      ? parseGrouping(cmd.value(QStringLiteral("by")), &groupingOk)
                                      : AreaGrouping::DepartmentAndCareType;
    if (!groupingOk)
        return usageFail(CliText::tr("--by must be department, care-type or department,care-type"), cmd.synopsis());
    auto store = openProject(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    auto stats = areaStatistics(**store, *at, grouping, dept);
    if (!stats.ok())
        return fail(stats.error());

    QList<Column> table;
    const bool byDept = grouping != AreaGrouping::CareType;
    const bool byCare = grouping != AreaGrouping::Department;
    if (byDept)
        table << columns::orgNo() << columns::deptNo();
    if (byCare)
        table << columns::careType();
    table << columns::areaM2() << Column::plain(QStringLiteral("count"), CliText::tr("Areas"));
    QJsonObject header;
    if (format == Format::Json) {
        header.insert(QStringLiteral("at"), isoDate(*at));
        header.insert(QStringLiteral("total_area_m2"), roundForJson(stats->totalAreaM2));
        header.insert(QStringLiteral("count"), stats->count);
        header.insert(QStringLiteral("green_area_m2"), roundForJson(stats->greenAreaM2));
        header.insert(QStringLiteral("nature_friendly_area_m2"), roundForJson(stats->natureFriendlyAreaM2));
    }
    RowWriter writer(out(), format, table, header);
    for (const AreaTotal &t : stats->rows) {
        QVariantList row;
        if (byDept)
            row << t.department.orgNo << t.department.deptText();
        if (byCare)
            row << careTypeName((*store)->catalogue(), t.careType) << t.careType;
        row << t.areaM2 << QVariant::fromValue<qint64>(t.count);
        writer.addRow(row);
    }
    writer.finish();
    if (format != Format::Text)
        return Success;
    out() << '\n'
          << CliText::tr("Total at %1: %2 in %n area(s)", "", static_cast<int>(stats->count))
                 .arg(isoDate(*at), formatArea(stats->totalAreaM2))
          << '\n';
    if (stats->greenAreaM2 > 0) {
        out() << CliText::tr("Nature-friendly: %1 of %2 green area (%3 %)")
                     .arg(formatArea(stats->natureFriendlyAreaM2), formatArea(stats->greenAreaM2),
                          formatNumber(100.0 * stats->natureFriendlyAreaM2 / stats->greenAreaM2, 1))
              << '\n';
    }
    out().flush();
    return Success;
}

namespace {

/// The arguments of a command that changes areas from a date (tag, condition): --area IDS and
/// --from DATE, with `what` (the option of the change) required too. An exit code when they end the
/// command (help, a usage error); else nothing, with the ids and the date.
std::optional<int> parseAreaChange(Command &cmd, const QStringList &args, const QString &what, QList<qint64> &ids, QDate &from)
{
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto date = cmd.date(QStringLiteral("from"), code, true);
    if (code >= 0)
        return code;
    if (!cmd.isSet(QStringLiteral("area")) || !cmd.isSet(what))
        return usageFail(CliText::tr("--area and --%1 are required").arg(what), cmd.synopsis());
    ids = cmd.areaIds(code);
    if (code >= 0)
        return code;
    from = *date;
    return std::nullopt;
}

} // namespace

int runTag(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli tag PROJECT --area ID[,ID...] --care-type CODE --from YYYY-MM-DD "
                               "[--note TEXT]"),
                1);
    cmd.option(QStringLiteral("area"), CliText::tr("Area IDs, separated by commas."), QStringLiteral("IDS"));
    cmd.option(QStringLiteral("care-type"), CliText::tr("The new care type (a catalogue code)."), QStringLiteral("CODE"));
    cmd.option(QStringLiteral("from"), CliText::tr("The date the new care type applies from."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("note"), CliText::tr("A note on the new versions."), QStringLiteral("TEXT"));
    TagRequest request;
    if (auto code = parseAreaChange(cmd, args, QStringLiteral("care-type"), request.areaIds, request.from))
        return *code;
    request.careType = cmd.value(QStringLiteral("care-type"));
    request.note = cmd.value(QStringLiteral("note"));
    auto store = openProject(cmd.positional(0), OpenMode::ReadWrite);
    if (!store.ok())
        return fail(store.error());
    auto result = tagAreas(**store, request);
    if (!result.ok())
        return fail(result.error());
    out() << CliText::tr("Tagged %n area(s) as %1 from %2", "", result->changed)
                 .arg(careTypeName((*store)->catalogue(), request.careType), isoDate(request.from));
    if (result->unchanged > 0)
        out() << CliText::tr("; %n already had that care type", "", result->unchanged);
    out() << Qt::endl;
    return Success;
}

int runCondition(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli condition PROJECT --area ID[,ID...] "
                               "--condition good|fairly_good|moderate|fairly_poor|poor|default --from YYYY-MM-DD"),
                1);
    cmd.option(QStringLiteral("area"), CliText::tr("Area IDs, separated by commas."), QStringLiteral("IDS"));
    cmd.option(QStringLiteral("condition"),
               CliText::tr("The habitat condition: good, fairly_good, moderate, fairly_poor, poor, or default (the care "
                           "type's)."),
               QStringLiteral("CONDITION"));
    cmd.option(QStringLiteral("from"), CliText::tr("The date the condition applies from."), QStringLiteral("DATE"));
    ConditionRequest request;
    if (auto code = parseAreaChange(cmd, args, QStringLiteral("condition"), request.areaIds, request.from))
        return *code;
    const QString given = cmd.value(QStringLiteral("condition")).trimmed().toLower();
    if (given != QLatin1String("default")) {
        request.condition = conditionFromCode(given);
        if (!request.condition)
            return usageFail(CliText::tr("--condition: \"%1\" is not a condition (good, fairly_good, moderate, "
                                         "fairly_poor, poor or default)")
                                 .arg(cmd.value(QStringLiteral("condition"))),
                             cmd.synopsis());
    }
    auto store = openProject(cmd.positional(0), OpenMode::ReadWrite);
    if (!store.ok())
        return fail(store.error());
    auto result = setAreaCondition(**store, request);
    if (!result.ok())
        return fail(result.error());
    const QString condition = request.condition ? conditionName(*request.condition)
                                                : CliText::tr("the care type's default");
    out() << CliText::tr("Recorded the condition of %n area(s) as %1 from %2", "", result->changed)
                 .arg(condition, isoDate(request.from));
    if (result->unchanged > 0)
        out() << CliText::tr("; %n already had that condition", "", result->unchanged);
    out() << Qt::endl;
    return Success;
}

} // namespace engdrift::cli
