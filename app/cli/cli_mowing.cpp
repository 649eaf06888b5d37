// engdrift-cli workload, mowing-plan and assumptions: the estimated mowing hours, fuel, CO2 and
// cost per department with their baselines, a department's mowing plan for the crew (zones as CSV,
// GeoPackage or GeoJSON), and the project's assumptions behind every estimate.

#include "cli_commands.h"

#include "analysis/mowing_export.h"
#include "analysis/mowing_workload.h"
#include "cli_common.h"
#include "layout/layout_export.h"
#include "layout/layout_page.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <unistd.h>

namespace engdrift::cli {
namespace {

struct CliMowingText
{
    Q_DECLARE_TR_FUNCTIONS(CliMowing)
};

/// --proposal ID: the proposal, which must exist (and be of `department`, when given).
Result<std::optional<qint64>> proposalOption(const Command &cmd, const ProjectStore &store,
                                             const std::optional<DepartmentKey> &department)
{
    if (!cmd.isSet(QStringLiteral("proposal")))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = cmd.value(QStringLiteral("proposal")).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(CliMowingText::tr("--proposal must be a proposal's number (got \"%1\").")
                             .arg(cmd.value(QStringLiteral("proposal"))));
    auto proposal = store.proposal(id);
    if (!proposal.ok())
        return proposal.error();
    if (!proposal->has_value())
        return makeError(CliMowingText::tr("%1: there is no proposal %2.").arg(store.path()).arg(id));
    if (department && (**proposal).department != *department)
        return makeError(CliMowingText::tr("%1: proposal %2 is of department %3, not of %4.")
                             .arg(store.path())
                             .arg(id)
                             .arg((**proposal).department.toString(), department->toString()));
    return std::optional<qint64>(id);
}

/// --season YYYY, or 0 when not given; sets exitCode (after saying why) on a bad year.
int seasonOption(const Command &cmd, int &exitCode)
{
    if (!cmd.isSet(QStringLiteral("season")))
        return 0;
    bool ok = false;
    const int season = cmd.value(QStringLiteral("season")).toInt(&ok);
    if (!ok || season < kFirstSeason || season > kLastSeason) {
        exitCode = usageFail(CliMowingText::tr("--season must be a year such as 2025 (got \"%1\")")
                                 .arg(cmd.value(QStringLiteral("season"))),
                             cmd.synopsis());
        return 0;
    }
    return season;
}

QJsonArray assumptionsJson(const QList<AssumptionRow> &rows)
{
    QJsonArray list;
    for (const AssumptionRow &a : rows)
        list << QJsonObject{{QStringLiteral("key"), a.key},
                            {QStringLiteral("value"), a.value},
                            {QStringLiteral("unit"), a.unit},
                            {QStringLiteral("source"), a.source},
                            {QStringLiteral("description"), a.description}};
    return list;
}

/// The assumptions as a table of their own (text and CSV: after an empty line).
void writeAssumptions(Format format, const QList<AssumptionRow> &rows)
{
    RowWriter writer(out(), format,
                     {Column::plain(QStringLiteral("assumption"), CliMowingText::tr("Assumption")),
                      Column::plain(QStringLiteral("value"), CliMowingText::tr("Value")),
                      Column::plain(QStringLiteral("unit"), CliMowingText::tr("Unit")),
                      Column::plain(QStringLiteral("source"), CliMowingText::tr("Source")),
                      Column::plain(QStringLiteral("description"), CliMowingText::tr("Description"))});
    for (const AssumptionRow &a : rows)
        writer.addRow({a.key, QString::number(a.value, 'g', 10), a.unit, a.source, a.description});
    writer.finish();
}

QJsonObject figuresJson(const WorkloadFigures &w)
{
    return QJsonObject{{QStringLiteral("area_m2"), roundForJson(w.areaM2)},
                       {QStringLiteral("mown_m2"), roundForJson(w.mownM2)},
                       {QStringLiteral("hours"), roundForJson(w.hours)},
                       {QStringLiteral("fuel_l"), roundForJson(w.fuelLitres)},
                       {QStringLiteral("co2_kg"), roundForJson(w.co2Kg)},
                       {QStringLiteral("cost_dkk"), roundForJson(w.costDkk)}};
}

} // namespace

int runWorkload(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli workload PROJECT [--org N [--dept NNN]] [--at YYYY-MM-DD] [--season YYYY] "
                               "[--proposal ID] [--json|--csv]"),
                1);
    cmd.option(QStringLiteral("org"), CliMowingText::tr("Only the departments of this organisation."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliMowingText::tr("Only this department (use with --org)."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("at"), CliMowingText::tr("The map at this date (default today)."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("season"),
               CliMowingText::tr("The season whose zone overrides count (default the year of the date)."),
               QStringLiteral("YYYY"));
    cmd.option(QStringLiteral("proposal"),
               CliMowingText::tr("With this proposal's plan in place of its department's current areas."),
               QStringLiteral("ID"));
    cmd.option(QStringLiteral("json"), CliMowingText::tr("Write JSON."));
    cmd.option(QStringLiteral("csv"), CliMowingText::tr("Write CSV."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto at = cmd.date(QStringLiteral("at"), code);
    const Format format = code < 0 ? cmd.format(code) : Format::Text;
    if (code >= 0)
        return code;
    WorkloadRequest request;
    request.at = *at;
    request.season = seasonOption(cmd, code);
    if (code >= 0)
        return code;
    cmd.departmentOrOrganisation(request.department, request.organisation, code);
    if (code >= 0)
        return code;
    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    if (request.department) {
        auto known = (*store)->department(*request.department);
        if (!known.ok())
            return fail(known.error());
        if (!known->has_value())
            return fail(CliMowingText::tr("%1: there is no department %2.").arg((*store)->path(), request.department->toString()));
    }
    auto proposal = proposalOption(cmd, **store, request.department);
    if (!proposal.ok())
        return fail(proposal.error());
    request.content.proposalId = *proposal;
    const bool terminal = isatty(STDERR_FILENO) == 1;
    request.progress = [terminal](int done, int total) {
        if (terminal && total > 0)
            err() << '\r' << CliMowingText::tr("departments %1 of %2").arg(done).arg(total) << Qt::flush;
        return true;
    };
    auto report = gatherWorkload(**store, request);
    if (terminal)
        err() << '\n' << Qt::flush;
    if (!report.ok())
        return fail(report.error());

    const QList<Column> tableColumns{
        Column::plain(QStringLiteral("row"), CliMowingText::tr("Row")),
        columns::orgNo(),
        columns::deptNo(),
        Column::plain(QStringLiteral("area_m2"), CliMowingText::tr("m²")),
        Column::plain(QStringLiteral("mown_m2"), CliMowingText::tr("Mown m²")),
        Column::plain(QStringLiteral("hours"), CliMowingText::tr("Hours/year")),
        Column::plain(QStringLiteral("fuel_l"), CliMowingText::tr("Fuel l/year")),
        Column::plain(QStringLiteral("co2_kg"), CliMowingText::tr("CO2 kg/year")),
        Column::plain(QStringLiteral("cost_dkk"), CliMowingText::tr("DKK/year")),
        Column::plain(QStringLiteral("all_lawn_hours"), CliMowingText::tr("Hours as lawn")),
        Column::plain(QStringLiteral("all_lawn_co2_kg"), CliMowingText::tr("CO2 kg as lawn")),
        Column::plain(QStringLiteral("before_proposal_hours"), CliMowingText::tr("Hours before proposal")),
        Column::plain(QStringLiteral("before_proposal_co2_kg"), CliMowingText::tr("CO2 kg before proposal")),
        Column::plain(QStringLiteral("baseline_proposal"), CliMowingText::tr("Proposal")),
    };
    auto row = [](const QString &kind, const QVariant &org, const QVariant &dept, const WorkloadFigures &w,
                  const WorkloadFigures &lawn, const std::optional<WorkloadFigures> &before, const QVariant &proposalId) {
        return QVariantList{kind, org, dept, w.areaM2, w.mownM2, w.hours, w.fuelLitres, w.co2Kg, w.costDkk, lawn.hours,
                            lawn.co2Kg, before ? QVariant(before->hours) : QVariant(), before ? QVariant(before->co2Kg) : QVariant(),
                            proposalId};
    };
    QJsonObject header;
    header.insert(QStringLiteral("at"), isoDate(*at));
    header.insert(QStringLiteral("season"), report->season);
    header.insert(QStringLiteral("proposal"), request.content.proposalId ? QJsonValue(*request.content.proposalId) : QJsonValue());
    header.insert(QStringLiteral("estimate"), CliMowingText::tr("Estimates from the assumptions listed."));
    header.insert(QStringLiteral("assumptions"), assumptionsJson(report->assumptionRows));
    RowWriter writer(out(), format, tableColumns, header);
    for (const DepartmentWorkload &d : report->departments)
        writer.addRow(row(QStringLiteral("department"), d.department.orgNo, d.department.deptText(), d.figures, d.allLawn,
                          d.beforeProposal, d.baselineProposalId ? QVariant(*d.baselineProposalId) : QVariant()));
    if (format != Format::Json) {
        for (auto it = report->organisations.cbegin(); it != report->organisations.cend(); ++it)
            writer.addRow(row(QStringLiteral("organisation"), it.key(), QVariant(), it.value(),
                              report->organisationsAllLawn.value(it.key()), std::nullopt, QVariant()));
        writer.addRow(row(QStringLiteral("total"), QVariant(), QVariant(), report->total, report->totalAllLawn, std::nullopt,
                          QVariant()));
        writer.finish();
        out() << '\n';
        if (format == Format::Text)
            out() << CliMowingText::tr("Estimates, from these assumptions:") << '\n';
        writeAssumptions(format, report->assumptionRows);
        return Success;
    }
    QJsonArray organisations;
    for (auto it = report->organisations.cbegin(); it != report->organisations.cend(); ++it) {
        QJsonObject o = figuresJson(it.value());
        o.insert(QStringLiteral("org_no"), it.key());
        o.insert(QStringLiteral("all_lawn"), figuresJson(report->organisationsAllLawn.value(it.key())));
        organisations << o;
    }
    QJsonObject total = figuresJson(report->total);
    total.insert(QStringLiteral("all_lawn"), figuresJson(report->totalAllLawn));
    writer.finish(QJsonObject{{QStringLiteral("organisations"), organisations}, {QStringLiteral("total"), total}});
    return Success;
}

/// The most zones a plan on A4 has room for; more go on A3 unless --layout says otherwise.
constexpr qsizetype kZonesOnA4 = 16;

int runMowingPlan(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli mowing-plan PROJECT --org N --dept NNN [--season YYYY] [--at YYYY-MM-DD] "
                               "[--proposal ID] --out FILE.pdf|png|svg|csv|gpkg|geojson [--layout mowing-a4|mowing-a3] "
                               "[--lang da|en]"),
                1);
    cmd.option(QStringLiteral("org"), CliMowingText::tr("Organisation number."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliMowingText::tr("Department number."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("season"), CliMowingText::tr("The season of the calendar (default this year)."),
               QStringLiteral("YYYY"));
    cmd.option(QStringLiteral("at"), CliMowingText::tr("The map at this date (default today)."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("proposal"), CliMowingText::tr("The plan as the department's proposal would make it."),
               QStringLiteral("ID"));
    cmd.option(QStringLiteral("out"),
               CliMowingText::tr("The file to write: .pdf, .png or .svg (the plan for the crew: map of the numbered "
                                 "zones, zone table, season calendar), .csv (the zone table), .gpkg (zones in the "
                                 "project's CRS) or .geojson (zones in EPSG:4326)."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("layout"),
               CliMowingText::tr("The page of a PDF, PNG or SVG plan: mowing-a4 or mowing-a3 (default: A4 for up to 16 "
                                 "zones, A3 for more), or the path of a template file."),
               QStringLiteral("LAYOUT"));
    cmd.option(QStringLiteral("lang"), CliMowingText::tr("The language of the plan: da or en (default: the system's)."),
               QStringLiteral("LANG"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto dept = cmd.department(code);
    const auto at = code < 0 ? cmd.date(QStringLiteral("at"), code) : std::nullopt;
    if (code >= 0)
        return code;
    if (!dept)
        return usageFail(CliMowingText::tr("--org N --dept NNN is required"), cmd.synopsis());
    const QString outPath = cmd.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usageFail(CliMowingText::tr("--out FILE.pdf|png|svg|csv|gpkg|geojson is required"), cmd.synopsis());
    const bool page = layoutFormatOf(outPath).ok();
    if (!page) {
        if (auto format = mowingPlanFormatOf(outPath); !format.ok())
            return usageFail(CliMowingText::tr("%1: a mowing plan is written as .pdf, .png, .svg, .csv, .gpkg or .geojson.")
                                 .arg(outPath),
                             cmd.synopsis());
    }
    if (int language = readLanguageOption(cmd); language >= 0)
        return language;
    int season = seasonOption(cmd, code);
    if (code >= 0)
        return code;
    if (season == 0)
        season = QDate::currentDate().year();
    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    auto proposal = proposalOption(cmd, **store, dept);
    if (!proposal.ok())
        return fail(proposal.error());
    if (page) {
        LayoutRequest request;
        request.department = *dept;
        request.at = *at;
        request.proposalId = *proposal;
        request.mowingSeason = season;
        request.mowingOnProposal = proposal->has_value();
        request.language = currentLanguage();
        QString layout = cmd.value(QStringLiteral("layout"));
        if (layout.isEmpty()) {
            // A4 holds the rows of 16 zones readably (table and calendar); more go on A3.
            auto zones = mowingZones(MapSnapshot(**store, MapContent{nullptr, *proposal}, *at), *dept);
            if (!zones.ok())
                return fail(zones.error());
            layout = zones->zones.size() > kZonesOnA4 ? QStringLiteral("mowing-a3") : QStringLiteral("mowing-a4");
        }
        if (int written = writeLayoutPage(**store, request, layout, outPath); written != Success)
            return written;
        out() << CliMowingText::tr("Wrote %1 (the mowing plan of department %2 for the season %3, %4)")
                     .arg(outPath, dept->toString())
                     .arg(season)
                     .arg(layout)
              << Qt::endl;
        return Success;
    }
    MapContent content;
    content.proposalId = *proposal;
    auto plan = gatherMowingPlan(**store, *dept, *at, season, content);
    if (!plan.ok())
        return fail(plan.error());
    if (auto written = writeMowingPlan(*plan, outPath); !written.ok())
        return fail(written.error());
    out() << CliMowingText::tr("Wrote %1 (department %2, season %3): %n zone(s)", nullptr,
                               static_cast<int>(plan->zones.zones.size()))
                 .arg(outPath, dept->toString())
                 .arg(season)
          << ", " << CliMowingText::tr("%1 mown, %2 hours of mowing a year (estimates)")
                         .arg(formatArea(plan->zones.mownM2()), formatNumber(plan->total.hours, 1))
          << Qt::endl;
    for (const CalendarWarning &w : plan->calendar.warnings)
        err() << CliMowingText::tr("warning: %1").arg(w.message) << Qt::endl;
    return Success;
}

int runAssumptions(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli assumptions PROJECT [--set KEY=VALUE ...] [--json|--csv]"), 1);
    cmd.option(QStringLiteral("set"),
               CliMowingText::tr("Change an assumption (repeatable), e.g. dkk_per_hour=450 or "
                                 "brugsplaene.hours_per_ha_per_cut=2.2; VALUE \"default\" gives a care type's figure "
                                 "back to the catalogue."),
               QStringLiteral("KEY=VALUE"));
    cmd.option(QStringLiteral("json"), CliMowingText::tr("Write JSON."));
    cmd.option(QStringLiteral("csv"), CliMowingText::tr("Write CSV."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const Format format = cmd.format(code);
    if (code >= 0)
        return code;
    const QStringList changes = cmd.values(QStringLiteral("set"));
    for (const QString &change : changes) {
        if (!change.contains(QLatin1Char('=')))
            return usageFail(CliMowingText::tr("--set needs KEY=VALUE (got \"%1\")").arg(change), cmd.synopsis());
    }
    auto store = openProjectStore(cmd.positional(0), changes.isEmpty() ? OpenMode::ReadOnly : OpenMode::ReadWrite);
    if (!store.ok())
        return fail(store.error());
    auto assumptions = readMowingAssumptions(**store);
    if (!assumptions.ok())
        return fail(assumptions.error());
    if (!changes.isEmpty()) {
        for (const QString &change : changes) {
            const qsizetype eq = change.indexOf(QLatin1Char('='));
            if (auto ok = assumptions->set(change.left(eq).trimmed(), change.mid(eq + 1), (*store)->catalogue()); !ok.ok())
                return fail(ok.error());
        }
        auto tx = (*store)->begin();
        if (!tx.ok())
            return fail(tx.error());
        if (auto ok = saveMowingAssumptions(**store, *assumptions); !ok.ok())
            return fail(ok.error());
        if (auto ok = tx->commit(); !ok.ok())
            return fail(ok.error());
    }
    const QList<AssumptionRow> rows = assumptions->rows((*store)->catalogue());
    if (format == Format::Json) {
        printJson(QJsonObject{{QStringLiteral("assumptions"), assumptionsJson(rows)}});
        return Success;
    }
    writeAssumptions(format, rows);
    return Success;
}

} // namespace engdrift::cli
