// engdrift-cli zones: a department's mowing zones (number, name, regime, m², whether the season
// overrides the regime), and the operator's dated changes to them: rename, renumber, override a
// zone's regime for a season, clear that override (edit/mowing_zone_edits.h). After a change the
// zones are listed as they are from its date.

#include "cli_commands.h"

#include "analysis/mowing_zones.h"
#include "cli_common.h"
#include "cli_output.h"
#include "edit/mowing_zone_edits.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>

namespace engdrift::cli {
namespace {

struct CliZonesText
{
    Q_DECLARE_TR_FUNCTIONS(CliZones)
};

QString joined(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QLatin1Char(','));
}

/// A whole number option within [min, max]; sets `error` otherwise.
std::optional<int> wholeOption(const Command &cmd, const QString &name, int min, int max, QString &error)
{
    if (!cmd.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int value = cmd.value(name).trimmed().toInt(&ok);
    if (!ok || value < min || value > max) {
        error = CliZonesText::tr("--%1 must be a whole number from %2 to %3 (got \"%4\")")
                    .arg(name)
                    .arg(min)
                    .arg(max)
                    .arg(cmd.value(name));
        return std::nullopt;
    }
    return value;
}

/// "A" or "A-B" of numbers; false when it is neither.
bool parseRange(const QString &text, double &from, double &to)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool ok1 = false, ok2 = true;
    from = parts.value(0).trimmed().toDouble(&ok1);
    to = parts.size() > 1 ? parts.value(1).trimmed().toDouble(&ok2) : from;
    return parts.size() <= 2 && ok1 && ok2;
}

/// The override the options ask for; an error sentence for a malformed one (the ranges of the
/// values are checked by the core, with the zone's regime).
Result<RegimeOverride> overrideOptions(const Command &cmd)
{
    RegimeOverride o;
    if (cmd.isSet(QStringLiteral("cuts"))) {
        bool ok = false;
        o.cutsPerYear = cmd.value(QStringLiteral("cuts")).trimmed().toInt(&ok);
        if (!ok)
            return makeError(CliZonesText::tr("--cuts must be a whole number (got \"%1\")").arg(cmd.value(QStringLiteral("cuts"))));
    }
    if (cmd.isSet(QStringLiteral("months"))) {
        QList<int> months;
        for (const QString &part : cmd.value(QStringLiteral("months")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            months << part.trimmed().toInt(&ok);
            if (!ok)
                return makeError(CliZonesText::tr("--months must be months 1-12 with commas, e.g. 6,9 (got \"%1\")")
                                     .arg(cmd.value(QStringLiteral("months"))));
        }
        o.months = months;
    }
    if (cmd.isSet(QStringLiteral("clippings"))) {
        o.clippings = clippingsFromCode(cmd.value(QStringLiteral("clippings")).trimmed());
        if (!o.clippings)
            return makeError(CliZonesText::tr("--clippings must be left, collected, partly_collected or none (got \"%1\")")
                                 .arg(cmd.value(QStringLiteral("clippings"))));
    }
    double from = 0, to = 0;
    if (cmd.isSet(QStringLiteral("cut-height"))) {
        if (!parseRange(cmd.value(QStringLiteral("cut-height")), from, to))
            return makeError(CliZonesText::tr("--cut-height must be CM or CM-CM, e.g. 7-12 (got \"%1\")")
                                 .arg(cmd.value(QStringLiteral("cut-height"))));
        o.cutHeightMinCm = from;
        o.cutHeightMaxCm = to;
    }
    if (cmd.isSet(QStringLiteral("removal-days"))) {
        if (!parseRange(cmd.value(QStringLiteral("removal-days")), from, to) || from != std::floor(from) || to != std::floor(to))
            return makeError(CliZonesText::tr("--removal-days must be DAYS or DAYS-DAYS, e.g. 7-14 (got \"%1\")")
                                 .arg(cmd.value(QStringLiteral("removal-days"))));
        o.removalDaysMin = static_cast<int>(from);
        o.removalDaysMax = static_cast<int>(to);
    }
    if (cmd.isSet(QStringLiteral("equipment")))
        o.equipment = cmd.value(QStringLiteral("equipment")).trimmed();
    return o;
}

/// Carries out the one change the options ask for (none: nothing); sets `date` to its date.
Result<bool> applyEdit(const Command &cmd, ProjectStore &store, const DepartmentKey &department, const QDate &from,
                       std::optional<int> season)
{
    QString error;
    const auto rename = wholeOption(cmd, QStringLiteral("rename"), 1, 1000000, error);
    const auto renumber = wholeOption(cmd, QStringLiteral("renumber"), 1, 1000000, error);
    const auto to = wholeOption(cmd, QStringLiteral("to"), 0, 1000000, error);
    const auto override = wholeOption(cmd, QStringLiteral("override"), 1, 1000000, error);
    const auto clear = wholeOption(cmd, QStringLiteral("clear-override"), 1, 1000000, error);
    if (!error.isEmpty())
        return makeError(error);
    if (rename) {
        if (!cmd.isSet(QStringLiteral("name")))
            return makeError(CliZonesText::tr("--rename N needs --name NAME (an empty name gives the derived one back)"));
        if (auto ok = renameMowingZone(store, department, from, *rename, cmd.value(QStringLiteral("name"))); !ok.ok())
            return ok.error();
        return true;
    }
    if (renumber) {
        if (!to)
            return makeError(CliZonesText::tr("--renumber N needs --to M"));
        if (auto ok = renumberMowingZone(store, department, from, *renumber, *to); !ok.ok())
            return ok.error();
        return true;
    }
    if (override || clear) {
        if (!season)
            return makeError(CliZonesText::tr("--override and --clear-override need --season YYYY"));
        if (clear) {
            if (auto ok = clearMowingZoneOverride(store, department, from, *clear, *season); !ok.ok())
                return ok.error();
            return true;
        }
        auto o = overrideOptions(cmd);
        if (!o.ok())
            return o.error();
        if (auto ok = setMowingZoneOverride(store, department, from, *override, *season, *o); !ok.ok())
            return ok.error();
        return true;
    }
    return false;
}

} // namespace

int runZones(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli zones PROJECT --org N --dept NNN [--at DATE] [--season YYYY] [--json|--csv]\n"
                               "  [--rename N --name NAME | --renumber N --to M | --override N [--cuts K] [--months M,M]\n"
                               "   [--clippings left|collected|partly_collected|none] [--cut-height CM[-CM]]\n"
                               "   [--removal-days D[-D]] [--equipment CODE] | --clear-override N] --from DATE"),
                1);
    cmd.option(QStringLiteral("org"), CliZonesText::tr("Organisation number."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliZonesText::tr("Department number."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("at"), CliZonesText::tr("The zones at this date (default today; after a change: its date)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("season"),
               CliZonesText::tr("The season whose overrides the regimes show, and that an override is for (default "
                                "the year of the date)."),
               QStringLiteral("YYYY"));
    cmd.option(QStringLiteral("rename"), CliZonesText::tr("Rename zone N (with --name and --from)."), QStringLiteral("N"));
    cmd.option(QStringLiteral("name"), CliZonesText::tr("The zone's new name (empty: its derived name)."), QStringLiteral("NAME"));
    cmd.option(QStringLiteral("renumber"),
               CliZonesText::tr("Give zone N the number --to M (a zone holding M gets N)."), QStringLiteral("N"));
    cmd.option(QStringLiteral("to"), CliZonesText::tr("The new number."), QStringLiteral("M"));
    cmd.option(QStringLiteral("override"), CliZonesText::tr("Override zone N's regime for --season."), QStringLiteral("N"));
    cmd.option(QStringLiteral("cuts"), CliZonesText::tr("Cuts in the season."), QStringLiteral("K"));
    cmd.option(QStringLiteral("months"), CliZonesText::tr("The months of the cuts, e.g. 6,9."), QStringLiteral("M,M"));
    cmd.option(QStringLiteral("clippings"), CliZonesText::tr("left, collected, partly_collected or none."),
               QStringLiteral("KIND"));
    cmd.option(QStringLiteral("cut-height"), CliZonesText::tr("The cut height in cm, e.g. 7-12."), QStringLiteral("CM"));
    cmd.option(QStringLiteral("removal-days"), CliZonesText::tr("Days from the cut until the hay is removed, e.g. 7-14."),
               QStringLiteral("DAYS"));
    cmd.option(QStringLiteral("equipment"), CliZonesText::tr("The equipment, e.g. finger_bar_mower."), QStringLiteral("CODE"));
    cmd.option(QStringLiteral("clear-override"), CliZonesText::tr("Remove zone N's override for --season."),
               QStringLiteral("N"));
    cmd.option(QStringLiteral("from"), CliZonesText::tr("The date a change holds from."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("json"), CliZonesText::tr("Write JSON."));
    cmd.option(QStringLiteral("csv"), CliZonesText::tr("Write CSV."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto department = cmd.department(code);
    const Format format = code < 0 ? cmd.format(code) : Format::Text;
    if (code >= 0)
        return code;
    if (!department)
        return usageFail(CliZonesText::tr("--org N --dept NNN is required"), cmd.synopsis());
    const bool editing = cmd.isSet(QStringLiteral("rename")) || cmd.isSet(QStringLiteral("renumber")) ||
                         cmd.isSet(QStringLiteral("override")) || cmd.isSet(QStringLiteral("clear-override"));
    if ((cmd.isSet(QStringLiteral("rename")) ? 1 : 0) + (cmd.isSet(QStringLiteral("renumber")) ? 1 : 0) +
            (cmd.isSet(QStringLiteral("override")) ? 1 : 0) + (cmd.isSet(QStringLiteral("clear-override")) ? 1 : 0) >
        1)
        return usageFail(CliZonesText::tr("one change at a time: --rename, --renumber, --override or --clear-override"),
                         cmd.synopsis());
    if (editing && !cmd.isSet(QStringLiteral("from")))
        return usageFail(CliZonesText::tr("a change needs --from DATE, the date it holds from"), cmd.synopsis());
    const auto date = cmd.date(editing ? QStringLiteral("from") : QStringLiteral("at"), code);
    if (code >= 0)
        return code;
    QString error;
    const auto season = wholeOption(cmd, QStringLiteral("season"), kFirstSeason, kLastSeason, error);
    if (!error.isEmpty())
        return usageFail(error, cmd.synopsis());

    auto store = openProjectStore(cmd.positional(0), editing ? OpenMode::ReadWrite : OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    auto known = (*store)->department(*department);
    if (!known.ok())
        return fail(known.error());
    if (!known->has_value())
        return fail(CliZonesText::tr("%1: there is no department %2.").arg((*store)->path(), department->toString()));
    if (editing) {
        auto edited = applyEdit(cmd, **store, *department, *date, season);
        if (!edited.ok())
            return fail(edited.error());
    }
    auto zones = mowingZones(MapSnapshot(**store, {}, *date), *department, currentLanguage(), season.value_or(0));
    if (!zones.ok())
        return fail(zones.error());

    RowWriter writer(out(), format,
                     {Column::plain(QStringLiteral("zone"), CliZonesText::tr("Zone")),
                      Column::plain(QStringLiteral("name"), CliZonesText::tr("Name")),
                      Column::name(QStringLiteral("regime"), CliZonesText::tr("Regime")),
                      Column::code(QStringLiteral("regime")),
                      Column::plain(QStringLiteral("area_m2"), CliZonesText::tr("m²")),
                      Column::plain(QStringLiteral("cuts_per_year"), CliZonesText::tr("Cuts")),
                      Column::plain(QStringLiteral("months"), CliZonesText::tr("Months")),
                      Column::plain(QStringLiteral("overridden"), CliZonesText::tr("Overridden")),
                      Column::plain(QStringLiteral("zone_id"), CliZonesText::tr("Stored"))},
                     QJsonObject{{QStringLiteral("org_no"), department->orgNo},
                                 {QStringLiteral("dept_no"), department->deptText()},
                                 {QStringLiteral("at"), isoDate(*date)},
                                 {QStringLiteral("season"), zones->season}});
    for (const MowingZone &z : zones->zones) {
        const QString yes = format == Format::Text ? CliZonesText::tr("yes") : QStringLiteral("1");
        const QString no = format == Format::Text ? QString() : QStringLiteral("0");
        writer.addRow({z.number, z.name, z.regimeName, z.careType, z.areaM2, z.regime.cutsPerYear,
                       joined(z.regime.months), z.overridden ? yes : no,
                       z.zoneId > 0 ? QVariant(z.zoneId) : QVariant()});
    }
    writer.finish();
    return Success;
}

} // namespace engdrift::cli
