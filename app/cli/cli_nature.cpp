// engdrift-cli nature: biodiversity units, green factor, networks of nature-friendly patches and
// the lawns whose conversion would join networks (analysis/nature.h), per department and
// organisation, at a date or as a proposal plans it; --out writes the patches, networks, links and
// suggestions as layers (analysis/nature_export.h).

#include "cli_commands.h"

#include "analysis/nature.h"
#include "analysis/nature_export.h"
#include "cli_common.h"
#include "cli_output.h"
#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace engdrift::cli {
namespace {

struct CliNatureText
{
    Q_DECLARE_TR_FUNCTIONS(CliNature)
};

QJsonValue orNull(const std::optional<double> &value, int decimals)
{
    return value ? QJsonValue(roundForJson(*value, decimals)) : QJsonValue(QJsonValue::Null);
}

QString greenFormula(const GreenFactor &green)
{
    const auto factor = green.factor();
    return CliNatureText::tr("%1 m² / %2 m² = %3")
        .arg(formatNumber(green.numeratorM2, 1), formatNumber(green.denominatorM2, 1),
             factor ? formatNumber(*factor, 3) : QStringLiteral("-"));
}

QString shareFormula(const NetworkFigures &c)
{
    const auto share = c.largestShare();
    return CliNatureText::tr("%1 m² / %2 m² = %3")
        .arg(formatNumber(c.largestM2, 1), formatNumber(c.natureFriendlyM2, 1),
             share ? formatNumber(*share, 3) : QStringLiteral("-"));
}

/// A department's, organisation's or the total's figures as JSON.
QJsonObject figuresJson(const NatureFigures &f, bool department)
{
    QJsonObject o;
    o.insert(QStringLiteral("org_no"), f.department.orgNo);
    if (department) {
        o.insert(QStringLiteral("dept_no"), f.department.deptText());
        o.insert(QStringLiteral("strategic_significance"), significanceCode(f.significance));
    }
    o.insert(QStringLiteral("areas"), f.areas);
    o.insert(QStringLiteral("area_m2"), roundForJson(f.areaM2));
    o.insert(QStringLiteral("units"), roundForJson(f.units, 4));
    QJsonObject byCare;
    for (auto it = f.unitsByCareType.cbegin(); it != f.unitsByCareType.cend(); ++it)
        byCare.insert(it.key(), roundForJson(it.value(), 4));
    o.insert(QStringLiteral("units_by_care_type"), byCare);
    o.insert(QStringLiteral("green_factor"),
             QJsonObject{{QStringLiteral("numerator_m2"), roundForJson(f.green.numeratorM2)},
                         {QStringLiteral("denominator_m2"), roundForJson(f.green.denominatorM2)},
                         {QStringLiteral("factor"), orNull(f.green.factor(), 4)},
                         {QStringLiteral("formula"), greenFormula(f.green)}});
    const NetworkFigures &c = f.connectivity;
    o.insert(QStringLiteral("connectivity"),
             QJsonObject{{QStringLiteral("networks"), c.networks},
                         {QStringLiteral("patches"), c.patches},
                         {QStringLiteral("isolated_patches"), c.isolatedPatches},
                         {QStringLiteral("largest_network"), c.largestNetwork},
                         {QStringLiteral("largest_network_m2"), roundForJson(c.largestM2)},
                         {QStringLiteral("nature_friendly_m2"), roundForJson(c.natureFriendlyM2)},
                         {QStringLiteral("largest_share"), orNull(c.largestShare(), 4)},
                         {QStringLiteral("formula"), shareFormula(c)}});
    return o;
}

QList<Column> departmentColumns()
{
    return {columns::orgNo(),
            columns::deptNo(),
            Column::plain(QStringLiteral("units"), CliNatureText::tr("Units")),
            Column::plain(QStringLiteral("green_numerator_m2"), CliNatureText::tr("Σ m² × factor")),
            Column::plain(QStringLiteral("green_denominator_m2"), CliNatureText::tr("Σ m²")),
            Column::plain(QStringLiteral("green_factor"), CliNatureText::tr("Green factor")),
            Column::plain(QStringLiteral("networks"), CliNatureText::tr("Networks")),
            Column::plain(QStringLiteral("isolated_patches"), CliNatureText::tr("Isolated patches")),
            Column::plain(QStringLiteral("largest_network_m2"), CliNatureText::tr("In largest m²")),
            Column::plain(QStringLiteral("nature_friendly_m2"), CliNatureText::tr("Nature-friendly m²")),
            Column::plain(QStringLiteral("largest_share_pct"), CliNatureText::tr("In largest %"))};
}

QVariantList departmentRow(const NatureFigures &f, bool department)
{
    const auto factor = f.green.factor();
    const auto share = f.connectivity.largestShare();
    return {f.department.orgNo,
            department ? f.department.deptText() : QString(),
            f.units,
            f.green.numeratorM2,
            f.green.denominatorM2,
            factor ? QVariant(*factor) : QVariant(QString()),
            f.connectivity.networks,
            f.connectivity.isolatedPatches,
            f.connectivity.largestM2,
            f.connectivity.natureFriendlyM2,
            share ? QVariant(100.0 * *share) : QVariant(QString())};
}

QList<Column> suggestionColumns()
{
    return {columns::orgNo(),
            columns::deptNo(),
            Column::plain(QStringLiteral("rank"), CliNatureText::tr("Rank")),
            Column::plain(QStringLiteral("area_id"), CliNatureText::tr("Area")),
            Column::plain(QStringLiteral("care_type"), CliNatureText::tr("Care type")),
            Column::plain(QStringLiteral("lawn_m2"), CliNatureText::tr("Lawn m²")),
            Column::plain(QStringLiteral("networks_joined"), CliNatureText::tr("Networks joined")),
            Column::plain(QStringLiteral("connected_m2"), CliNatureText::tr("Connects m²"))};
}

QVariantList suggestionRow(const NatureSuggestion &s)
{
    return {s.department.orgNo, s.department.deptText(), s.rank, s.areaId, s.careType, s.lawnM2,
            static_cast<int>(s.networks.size()), s.connectedM2};
}

} // namespace

int runNature(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli nature PROJECT [--org N [--dept NNN]] [--at YYYY-MM-DD] [--proposal ID] "
                               "[--distance M] [--json|--csv] [--out FILE.gpkg|FILE.geojson] [--overwrite]"),
                1);
    cmd.option(QStringLiteral("org"), CliNatureText::tr("Only the departments of this organisation."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliNatureText::tr("Only this department (use with --org)."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("at"), CliNatureText::tr("The map at this date (default today)."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("proposal"), CliNatureText::tr("The map as this proposal plans it."), QStringLiteral("ID"));
    cmd.option(QStringLiteral("distance"),
               CliNatureText::tr("Patches at most this far apart (m) are linked (default %1).").arg(kDefaultLinkDistanceM),
               QStringLiteral("M"));
    cmd.option(QStringLiteral("out"),
               CliNatureText::tr("Also write the patches, networks, links and suggestions as layers (.gpkg or .geojson)."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("overwrite"), CliNatureText::tr("Replace the files of --out if they exist."));
    cmd.option(QStringLiteral("json"), CliNatureText::tr("Write JSON."));
    cmd.option(QStringLiteral("csv"), CliNatureText::tr("Write CSV."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto at = cmd.date(QStringLiteral("at"), code);
    const Format format = code < 0 ? cmd.format(code) : Format::Text;
    if (code >= 0)
        return code;
    NatureQuery query;
    query.at = *at;
    cmd.departmentOrOrganisation(query.department, query.organisation, code);
    if (code >= 0)
        return code;
    if (cmd.isSet(QStringLiteral("distance"))) {
        bool ok = false;
        query.linkDistanceM = cmd.value(QStringLiteral("distance")).toDouble(&ok);
        if (!ok || query.linkDistanceM < 0 || !std::isfinite(query.linkDistanceM))
            return usageFail(CliNatureText::tr("--distance must be a distance in metres, 0 or more (got \"%1\")")
                                 .arg(cmd.value(QStringLiteral("distance"))),
                             cmd.synopsis());
    }
    if (cmd.isSet(QStringLiteral("proposal"))) {
        bool ok = false;
        query.proposalId = cmd.value(QStringLiteral("proposal")).toLongLong(&ok);
        if (!ok)
            return usageFail(CliNatureText::tr("--proposal must be a proposal's number (got \"%1\")")
                                 .arg(cmd.value(QStringLiteral("proposal"))),
                             cmd.synopsis());
    }
    const QString outPath = cmd.value(QStringLiteral("out"));
    if (!outPath.isEmpty() && natureLayerFiles(outPath).isEmpty())
        return usageFail(CliNatureText::tr("--out must name a .gpkg or .geojson file (got \"%1\")").arg(outPath),
                         cmd.synopsis());

    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    ProgressPrinter printer(CliNatureText::tr("Nature figures of %1").arg(cmd.positional(0)));
    query.progress = [&printer](double fraction, qint64 count) { return printer(fraction, count); };
    auto result = natureFigures(**store, query);
    printer.finish();
    if (!result.ok())
        return fail(result.error());
    for (const QString &warning : std::as_const(result->warnings))
        err() << CliNatureText::tr("engdrift-cli: warning: %1").arg(warning) << '\n';
    if (!outPath.isEmpty()) {
        auto written = writeNatureLayers(*result, (*store)->crs(), outPath, cmd.isSet(QStringLiteral("overwrite")));
        if (!written.ok())
            return fail(written.error());
    }

    if (format == Format::Json) {
        QJsonObject header; // the whole answer: one object
        header.insert(QStringLiteral("at"), isoDate(result->at));
        header.insert(QStringLiteral("proposal"), result->proposalId ? QJsonValue(*result->proposalId) : QJsonValue(QJsonValue::Null));
        header.insert(QStringLiteral("distance_m"), result->linkDistanceM);
        header.insert(QStringLiteral("method"), natureMethodText(result->linkDistanceM));
        QJsonArray departments;
        for (const NatureFigures &f : std::as_const(result->departments))
            departments << figuresJson(f, true);
        header.insert(QStringLiteral("departments"), departments);
        QJsonArray organisations;
        for (const NatureFigures &f : std::as_const(result->organisations))
            organisations << figuresJson(f, false);
        QJsonArray suggestions;
        for (const NatureSuggestion &s : std::as_const(result->suggestions)) {
            QJsonArray networks;
            for (int n : s.networks)
                networks << n;
            suggestions << QJsonObject{{QStringLiteral("org_no"), s.department.orgNo},
                                       {QStringLiteral("dept_no"), s.department.deptText()},
                                       {QStringLiteral("rank"), s.rank},
                                       {QStringLiteral("area_id"), s.areaId},
                                       {QStringLiteral("care_type"), s.careType},
                                       {QStringLiteral("lawn_m2"), roundForJson(s.lawnM2)},
                                       {QStringLiteral("networks"), networks},
                                       {QStringLiteral("connected_m2"), roundForJson(s.connectedM2)}};
        }
        header.insert(QStringLiteral("organisations"), organisations);
        header.insert(QStringLiteral("total"), figuresJson(result->total, false));
        header.insert(QStringLiteral("networks"), static_cast<qint64>(result->scopeNetworks.size()));
        header.insert(QStringLiteral("suggestions"), suggestions);
        header.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings));
        if (query.department) {
            // One department: each area's units opened into their formula.
            QJsonArray areas;
            for (const AreaNature &a : std::as_const(result->areas)) {
                areas << QJsonObject{{QStringLiteral("area_id"), a.areaId},
                                     {QStringLiteral("care_type"), a.careType},
                                     {QStringLiteral("area_m2"), roundForJson(a.areaM2)},
                                     {QStringLiteral("distinctiveness"), a.formula.distinctiveness},
                                     {QStringLiteral("condition"), conditionCode(a.formula.condition)},
                                     {QStringLiteral("condition_recorded"), a.formula.conditionRecorded},
                                     {QStringLiteral("strategic_significance"), significanceCode(a.formula.significance)},
                                     {QStringLiteral("units"), roundForJson(a.formula.units, 4)},
                                     {QStringLiteral("formula"), unitsFormulaText(a.formula)},
                                     {QStringLiteral("biofaktor"), a.biofaktor},
                                     {QStringLiteral("patch"), a.patch}};
            }
            header.insert(QStringLiteral("areas"), areas);
        }
        printJson(header);
        return Success;
    }

    {
        RowWriter writer(out(), format, departmentColumns());
        for (const NatureFigures &f : std::as_const(result->departments))
            writer.addRow(departmentRow(f, true));
        writer.finish();
    }
    out() << '\n';
    {
        RowWriter writer(out(), format, suggestionColumns());
        for (const NatureSuggestion &s : std::as_const(result->suggestions))
            writer.addRow(suggestionRow(s));
        writer.finish();
    }
    if (format == Format::Text)
        out() << '\n' << natureMethodText(result->linkDistanceM) << '\n';
    return Success;
}

} // namespace engdrift::cli
