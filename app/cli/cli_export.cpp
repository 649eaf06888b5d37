// engdrift-cli export-data: the map (at a date, or as a proposal plans it) of one department, one
// organisation or all, for other GIS: GeoPackage, Shapefile or GeoJSON with the care types' names
// and colours as attributes (io/vector_export.h).

#include "cli_commands.h"

#include "cli_common.h"
#include "io/vector_export.h"
#include "map/map_snapshot.h"
#include "store/project_store.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace engdrift::cli {
namespace {

struct CliExportText
{
    Q_DECLARE_TR_FUNCTIONS(CliExport)
};

QString formatName(VectorFormat format)
{
    switch (format) {
    case VectorFormat::GeoPackage:
        return QStringLiteral("GeoPackage");
    case VectorFormat::Shapefile:
        return QStringLiteral("Shapefile");
    case VectorFormat::GeoJson:
        break;
    }
    return QStringLiteral("GeoJSON");
}

} // namespace

int runExportData(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli export-data PROJECT --out FILE.gpkg|shp|geojson [--org N [--dept NNN]] "
                               "[--at YYYY-MM-DD] [--proposal ID] [--lang da|en] [--keep-crs] [--overwrite] [--quiet]"),
                1);
    cmd.option(QStringLiteral("out"),
               CliExportText::tr("The file to write: .gpkg (GeoPackage: the layers areas and paths, with QGIS "
                                 "styles), .shp (Shapefile: the paths beside it as NAME_paths.shp) or .geojson "
                                 "(GeoJSON in longitude/latitude: the paths beside it as NAME_paths.geojson)."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("org"), CliExportText::tr("Only this organisation's departments."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliExportText::tr("Only this department of the organisation (use with --org)."),
               QStringLiteral("NNN"));
    cmd.option(QStringLiteral("at"), CliExportText::tr("The map as it was or will be on this date (default today)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("proposal"),
               CliExportText::tr("The map as this proposal plans it (its id, see engdrift-cli proposals)."),
               QStringLiteral("ID"));
    cmd.option(QStringLiteral("lang"),
               CliExportText::tr("The language of the care types' names: da or en (default: the system's)."),
               QStringLiteral("LANG"));
    cmd.option(QStringLiteral("keep-crs"),
               CliExportText::tr("GeoJSON in the project's coordinate system instead of longitude/latitude (not RFC "
                                 "7946; GeoPackage and Shapefile always keep it)."));
    cmd.option(QStringLiteral("overwrite"), CliExportText::tr("Replace files of the same names."));
    cmd.option(QStringLiteral("quiet"), CliExportText::tr("Do not print progress."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    const QString outPath = cmd.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usageFail(CliExportText::tr("--out FILE.gpkg|shp|geojson is required"), cmd.synopsis());
    const auto format = vectorFormatOf(outPath);
    if (!format.ok())
        return usageFail(format.errorMessage(), cmd.synopsis());
    VectorExportOptions options;
    options.overwrite = cmd.isSet(QStringLiteral("overwrite"));
    options.keepProjectCrs = cmd.isSet(QStringLiteral("keep-crs"));
    if (options.keepProjectCrs && *format != VectorFormat::GeoJson)
        return usageFail(CliExportText::tr("--keep-crs is for GeoJSON: GeoPackage and Shapefile keep the project's "
                                           "coordinate system anyway"),
                         cmd.synopsis());
    options.language = currentLanguage();
    if (cmd.isSet(QStringLiteral("lang"))) {
        options.language = cmd.value(QStringLiteral("lang")).trimmed().toLower();
        if ((options.language != QLatin1String("da") && options.language != QLatin1String("en")) ||
            !installTranslations(options.language))
            return usageFail(CliExportText::tr("--lang must be da or en"), cmd.synopsis());
    }
    MapFilter filter;
    if (cmd.isSet(QStringLiteral("org"))) {
        bool ok = false;
        const int org = cmd.value(QStringLiteral("org")).toInt(&ok);
        if (!ok || org <= 0)
            return usageFail(CliExportText::tr("--org must be an organisation number above 0 (got \"%1\")")
                                 .arg(cmd.value(QStringLiteral("org"))),
                             cmd.synopsis());
        filter.organisation = org;
    }
    if (cmd.isSet(QStringLiteral("dept"))) {
        bool ok = false;
        const int dept = cmd.value(QStringLiteral("dept")).toInt(&ok);
        if (!filter.organisation)
            return usageFail(CliExportText::tr("--dept needs --org: a department is known by both numbers"), cmd.synopsis());
        if (!ok || dept < 0 || dept > 999)
            return usageFail(CliExportText::tr("--dept must be a department number 0-999 (got \"%1\")")
                                 .arg(cmd.value(QStringLiteral("dept"))),
                             cmd.synopsis());
        filter.department = DepartmentKey{*filter.organisation, dept};
    }
    int code = -1;
    const auto at = cmd.date(QStringLiteral("at"), code);
    if (code >= 0)
        return code;
    MapContent content;
    if (cmd.isSet(QStringLiteral("proposal"))) {
        bool ok = false;
        const qint64 id = cmd.value(QStringLiteral("proposal")).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageFail(CliExportText::tr("--proposal must be a proposal id (a whole number)"), cmd.synopsis());
        content.proposalId = id;
    }
    if (!options.overwrite) {
        if (const QString existing = existingExportFile(outPath); !existing.isEmpty())
            return fail(CliExportText::tr("%1 already exists; nothing was written. Give --overwrite to replace it.")
                            .arg(existing));
    }

    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    const QString project = (*store)->path(); // without a password
    if (filter.department) {
        auto department = (*store)->department(*filter.department);
        if (!department.ok())
            return fail(department.error());
        if (!department->has_value())
            return fail(CliExportText::tr("%1: there is no department %2.").arg(project, filter.department->toString()));
    } else if (filter.organisation) {
        auto organisations = (*store)->organisations();
        if (!organisations.ok())
            return fail(organisations.error());
        const bool known = std::any_of(organisations->cbegin(), organisations->cend(),
                                       [&](const Organisation &o) { return o.orgNo == *filter.organisation; });
        if (!known)
            return fail(CliExportText::tr("%1: there is no organisation %2.").arg(project).arg(*filter.organisation));
    }
    if (content.proposalId) {
        auto proposal = (*store)->proposal(*content.proposalId);
        if (!proposal.ok())
            return fail(proposal.error());
        if (!proposal->has_value())
            return fail(CliExportText::tr("%1: there is no proposal %2.").arg(project).arg(*content.proposalId));
    }

    InterruptGuard guard; // Ctrl-C stops between features and leaves no file
    ProgressPrinter printer(CliExportText::tr("Exporting to %1").arg(outPath));
    const bool quiet = cmd.isSet(QStringLiteral("quiet"));
    options.progress = [&](qint64 done, qint64 total) {
        if (interruptRequested())
            return false;
        return quiet || printer(total > 0 ? static_cast<double>(done) / static_cast<double>(total) : -1.0, done);
    };
    const MapSnapshot snapshot(**store, content, *at);
    auto written = exportVectorData(snapshot, filter, outPath, options);
    printer.finish();
    if (!written.ok())
        return fail(written.error());
    out() << CliExportText::tr("Wrote %1 (%2, %3): %4 (%5) and %6")
                 .arg(outPath, formatName(written->format), written->crs,
                      CliExportText::tr("%n area(s)", nullptr, static_cast<int>(written->areas)),
                      formatArea(written->areaM2),
                      CliExportText::tr("%n path(s)", nullptr, static_cast<int>(written->paths)))
          << Qt::endl;
    if (written->pathsFile != outPath)
        out() << "  " << CliExportText::tr("the paths are in %1").arg(written->pathsFile) << Qt::endl;
    return Success;
}

} // namespace engdrift::cli
