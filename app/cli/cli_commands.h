#pragma once
// The subcommands of engdrift-cli. Each takes its arguments (without the program and subcommand
// names) and returns the exit code: 0 success, 1 bad input, 2 usage error.

#include <QStringList>

namespace engdrift {
class ProjectStore;
struct LayoutRequest;
} // namespace engdrift

namespace engdrift::cli {

class Command;

enum ExitCode { Success = 0, BadInput = 1, UsageError = 2 };

int runNew(const QStringList &args);
int runImport(const QStringList &args);
/// The import batches; undo one.
int runImports(const QStringList &args);
int runUnimport(const QStringList &args);
int runInfo(const QStringList &args);
int runAreas(const QStringList &args);
int runStats(const QStringList &args);
int runTag(const QStringList &args);
int runCondition(const QStringList &args);
int runRender(const QStringList &args);
/// cli_adopt.cpp: record an adoption event; list the events or the status at a date.
int runAdopt(const QStringList &args);
int runAdoption(const QStringList &args);
int runProposals(const QStringList &args);
/// cli_department.cpp: list, show, name, delete a department; correct its start date.
int runDepartment(const QStringList &args);
/// cli_timeline.cpp: area by care type at step dates, with the nature-friendly share.
int runTimeline(const QStringList &args);
/// cli_plot.cpp: a chart (care area, adoption, nature-friendly share) to PNG, PDF or SVG.
int runPlot(const QStringList &args);
/// cli_layout.cpp: a department's page of a print layout (the vote sheet, a map) to PDF, PNG or SVG.
int runExportMap(const QStringList &args);
/// cli_layout.cpp: --lang (da or en) installs that language; a usage error's exit code, or -1.
int readLanguageOption(const Command &cmd);
/// cli_layout.cpp: one page of the layout `layoutName` (a built-in name or a template file) for
/// `request`, written to `outPath` (.pdf, .png at 300 dpi, .svg); Success or a failure's exit code.
int writeLayoutPage(const ProjectStore &store, const LayoutRequest &request, const QString &layoutName, const QString &outPath);
/// cli_layout.cpp: a page per department in one PDF, after a contents page.
int runAtlas(const QStringList &args);
/// cli_report.cpp: the adoption report (per department, per organisation, charts) to PDF, CSV or XLSX.
int runReport(const QStringList &args);
/// cli_export.cpp: the map for other GIS (GeoPackage, Shapefile, GeoJSON) with care types' names and colours.
int runExportData(const QStringList &args);
/// cli_style.cpp: the QGIS style (QML or SLD) of a project's areas or paths.
int runStyle(const QStringList &args);
/// cli_check.cpp: check a project (schema, integrity, spatial indexes, shapes, versions); --repair.
int runCheck(const QStringList &args);
/// cli_copy.cpp: copy a project whole (every version, event, setting) to another file or database.
int runCopy(const QStringList &args);
/// cli_upgrade.cpp: migrate a project of an older schema to the current one.
int runUpgrade(const QStringList &args);

/// cli_mowing.cpp: estimated mowing hours, fuel, CO2 and cost per department, with baselines.
int runWorkload(const QStringList &args);
/// cli_mowing.cpp: a department's mowing zones for the crew, as CSV, GeoPackage or GeoJSON.
int runMowingPlan(const QStringList &args);
/// cli_zones.cpp: a department's mowing zones, and the operator's dated changes to them.
int runZones(const QStringList &args);
/// cli_nature.cpp: biodiversity units, green factor, networks of nature-friendly patches and the
/// lawns whose conversion would join them; --out writes them as layers.
int runNature(const QStringList &args);
/// cli_mowing.cpp: show and change the project's mowing assumptions.
int runAssumptions(const QStringList &args);

/// The overview of all subcommands.
QString usage();

} // namespace engdrift::cli
