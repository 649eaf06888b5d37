// engdrift-cli plot: a chart of a project written to PNG, PDF or SVG, the same chart the desktop
// program shows (app/plots): area by care type over time, departments adopted over time, or the
// nature-friendly share per department at a date.

#include "cli_commands.h"

#include "cli_common.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef ENGDRIFT_HAVE_PLOTS
#include "plot_data.h"
#include "plots.h"
#include "store/project_store.h"
#endif

#include <optional>

namespace engdrift::cli {
namespace {

struct CliPlotText
{
    Q_DECLARE_TR_FUNCTIONS(CliPlot)
};

#ifdef ENGDRIFT_HAVE_PLOTS
std::optional<TimeStep> parsePlotStep(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("month"))
        return TimeStep::Month;
    if (t == QLatin1String("quarter"))
        return TimeStep::Quarter;
    if (t == QLatin1String("year"))
        return TimeStep::Year;
    return std::nullopt;
}

QString kindWords(plots::PlotKind kind)
{
    switch (kind) {
    case plots::PlotKind::CareArea:
        return CliPlotText::tr("area by care type");
    case plots::PlotKind::CareUnits:
        return CliPlotText::tr("biodiversity units by care type");
    case plots::PlotKind::Adoption:
        return CliPlotText::tr("adoption");
    case plots::PlotKind::Share:
        return CliPlotText::tr("nature-friendly share");
    }
    return {};
}
#endif

} // namespace

int runPlot(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli plot PROJECT --kind care-area|care-units|adoption|share --out FILE.png|pdf|svg "
                               "[--size WxH] [--org N --dept NNN] [--area IDS] [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                               "[--step month|quarter|year] [--at YYYY-MM-DD] [--title TEXT] [--lang da|en]"),
                1);
    cmd.option(QStringLiteral("kind"),
               CliPlotText::tr("The chart: care-area (area by care type over time), care-units (biodiversity units by "
                               "care type over time), adoption (departments that have adopted, over time) or share "
                               "(nature-friendly share of the green area per department)."),
               QStringLiteral("KIND"));
    cmd.option(QStringLiteral("out"), CliPlotText::tr("The file to write: .png, .pdf or .svg."), QStringLiteral("FILE"));
    cmd.option(QStringLiteral("size"), CliPlotText::tr("Size in pixels (PDF: points); default 1200x700."),
               QStringLiteral("WxH"));
    cmd.option(QStringLiteral("org"),
               CliPlotText::tr("Only the department with this organisation number (use with --dept; care-area and share)."),
               QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliPlotText::tr("Department number (use with --org)."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("area"), CliPlotText::tr("care-area: only these areas (IDs separated by commas), e.g. a selection."),
               QStringLiteral("IDS"));
    cmd.option(QStringLiteral("from"),
               CliPlotText::tr("care-area, adoption: the first date (default: the date of the first area)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("to"), CliPlotText::tr("care-area, adoption: the last date (default today)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("step"),
               CliPlotText::tr("care-area, adoption: month, quarter or year (default: by the length of the period)."),
               QStringLiteral("STEP"));
    cmd.option(QStringLiteral("at"), CliPlotText::tr("share: the date of the areas (default today)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("title"), CliPlotText::tr("The title over the chart (default: the name of the chart)."),
               QStringLiteral("TEXT"));
    cmd.option(QStringLiteral("lang"), CliPlotText::tr("The language of the chart: da or en (default: the system's)."),
               QStringLiteral("LANG"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
#ifndef ENGDRIFT_HAVE_PLOTS
    return fail(CliPlotText::tr("this engdrift-cli was built without charts (ENGDRIFT_BUILD_APP=OFF)"));
#else
    using namespace plots;
    if (!cmd.isSet(QStringLiteral("kind")))
        return usageFail(CliPlotText::tr("--kind care-area|care-units|adoption|share is required"), cmd.synopsis());
    const auto kind = plotKindFromCode(cmd.value(QStringLiteral("kind")));
    if (!kind)
        return usageFail(CliPlotText::tr("--kind must be care-area, care-units, adoption or share (got \"%1\")")
                             .arg(cmd.value(QStringLiteral("kind"))),
                         cmd.synopsis());
    const QString outPath = cmd.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usageFail(CliPlotText::tr("--out FILE.png|pdf|svg is required"), cmd.synopsis());
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf") && suffix != QLatin1String("svg"))
        return usageFail(CliPlotText::tr("--out: cannot write charts of type \"%1\"; use .png, .pdf or .svg").arg(suffix),
                         cmd.synopsis());
    PlotOptions options;
    if (cmd.isSet(QStringLiteral("size"))) {
        const QStringList parts = cmd.value(QStringLiteral("size")).toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 200 || h < 150 || w > 20000 || h > 20000)
            return usageFail(CliPlotText::tr("--size must be WIDTHxHEIGHT, at least 200x150 and at most 20000 each"),
                             cmd.synopsis());
        options.size = QSize(w, h);
    }
    if (cmd.isSet(QStringLiteral("lang"))) {
        const QString language = cmd.value(QStringLiteral("lang")).trimmed().toLower();
        if ((language != QLatin1String("da") && language != QLatin1String("en")) || !installTranslations(language))
            return usageFail(CliPlotText::tr("--lang must be da or en"), cmd.synopsis());
    }
    options.language = currentLanguage();
    options.title = cmd.value(QStringLiteral("title"));

    int code = -1;
    const auto dept = cmd.department(code);
    const QList<qint64> areaIds = code < 0 ? cmd.areaIds(code) : QList<qint64>();
    if (code >= 0)
        return code;
    if (!areaIds.isEmpty() && *kind != PlotKind::CareArea)
        return usageFail(CliPlotText::tr("--area applies to care-area only"), cmd.synopsis());
    const bool timeSeries = *kind != PlotKind::Share;
    if (*kind == PlotKind::Adoption && dept)
        return usageFail(CliPlotText::tr("--kind adoption counts all departments; --org/--dept do not apply"),
                         cmd.synopsis());
    for (const char *name : {"from", "to", "step"}) {
        if (!timeSeries && cmd.isSet(QString::fromLatin1(name)))
            return usageFail(CliPlotText::tr("--%1 applies to care-area and adoption; share is drawn at one date (--at)")
                                 .arg(QString::fromLatin1(name)),
                             cmd.synopsis());
    }
    if (timeSeries && cmd.isSet(QStringLiteral("at")))
        return usageFail(CliPlotText::tr("--at applies to share; give care-area and adoption --from and --to"),
                         cmd.synopsis());

    PlotQuery query;
    query.department = dept;
    query.areaIds = areaIds;
    query.language = options.language;
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<TimeStep> step;
    if (timeSeries) {
        if (cmd.isSet(QStringLiteral("from"))) {
            from = cmd.date(QStringLiteral("from"), code);
            if (code >= 0)
                return code;
        }
        to = cmd.date(QStringLiteral("to"), code); // today when not given
        if (code >= 0)
            return code;
        if (from && *from > *to)
            return usageFail(CliPlotText::tr("--from (%1) must not be after --to (%2)").arg(isoDate(*from), isoDate(*to)),
                             cmd.synopsis());
        if (cmd.isSet(QStringLiteral("step"))) {
            step = parsePlotStep(cmd.value(QStringLiteral("step")));
            if (!step)
                return usageFail(CliPlotText::tr("--step must be month, quarter or year (got \"%1\")")
                                     .arg(cmd.value(QStringLiteral("step"))),
                                 cmd.synopsis());
        }
    } else {
        const auto at = cmd.date(QStringLiteral("at"), code);
        if (code >= 0)
            return code;
        query.at = *at;
    }

    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    if (dept) {
        auto department = (*store)->department(*dept);
        if (!department.ok())
            return fail(department.error());
        if (!department->has_value())
            return fail(CliPlotText::tr("%1: there is no department %2.").arg((*store)->path(), dept->toString()));
    }
    if (timeSeries) {
        auto dates = plotDates(**store, dept, from.value_or(QDate()), *to, step);
        if (!dates.ok())
            return fail(dates.error());
        query.dates = std::move(dates).value();
    }
    auto data = gatherPlotData(**store, *kind, query);
    if (!data.ok())
        return fail(data.error());
    store->reset(); // the chart needs the project no more

    if (auto written = exportPlot(*kind, *data, options, outPath); !written.ok())
        return fail(written.error());
    const QString what = timeSeries ? CliPlotText::tr("%n date(s)", "", static_cast<int>(query.dates.size()))
                                    : CliPlotText::tr("%n department(s) at %1", "", static_cast<int>(data->shares.size()))
                                          .arg(isoDate(query.at));
    out() << CliPlotText::tr("Wrote %1 (%2, %3 x %4, %5)")
                 .arg(outPath, kindWords(*kind))
                 .arg(options.size.width())
                 .arg(options.size.height())
                 .arg(what)
          << Qt::endl;
    return Success;
#endif
}

} // namespace engdrift::cli
