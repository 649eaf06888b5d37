// engdrift-cli export-map: a department's page of a print layout (the vote sheet with today's map
// and the proposal side by side, or a map page) as PDF, PNG or SVG.

#include "cli_commands.h"

#include "cli_common.h"
#include "layout/layout_export.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#ifdef ENGDRIFT_HAVE_PLOTS
#include "layout_charts.h"
#endif

namespace engdrift::cli {
namespace {

struct CliLayoutText
{
    Q_DECLARE_TR_FUNCTIONS(CliLayout)
};

} // namespace

int runExportMap(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli export-map PROJECT --org N --dept NNN --out FILE.pdf|png|svg "
                               "[--layout vote-a3|vote-a4|map-a4|TEMPLATE.json] [--proposal ID] [--at YYYY-MM-DD] "
                               "[--meeting YYYY-MM-DD] [--dpi N] [--lang da|en]"),
                1);
    cmd.option(QStringLiteral("org"), CliLayoutText::tr("The department's organisation number."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliLayoutText::tr("The department number."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("out"), CliLayoutText::tr("The file to write: .pdf (vector), .png or .svg."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("layout"),
               CliLayoutText::tr("The layout: vote-a3 (default: the vote sheet, today and the proposal side by side), "
                                 "vote-a4, map-a4 (one map), or the path of a template file (a copy of one in "
                                 "styles/layouts)."),
               QStringLiteral("LAYOUT"));
    cmd.option(QStringLiteral("proposal"),
               CliLayoutText::tr("The proposal to show (default: the department's newest draft or adopted one)."),
               QStringLiteral("ID"));
    cmd.option(QStringLiteral("at"), CliLayoutText::tr("The date of today's map (default today)."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("meeting"),
               CliLayoutText::tr("The date of the department meeting the sheet is for (default: a line to fill in)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("dpi"), CliLayoutText::tr("PNG: dots per inch (default 300)."), QStringLiteral("N"));
    cmd.option(QStringLiteral("lang"), CliLayoutText::tr("The language of the page: da or en (default: the system's)."),
               QStringLiteral("LANG"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto dept = cmd.department(code);
    if (code >= 0)
        return code;
    if (!dept)
        return usageFail(CliLayoutText::tr("--org and --dept are required: the page is about one department"), cmd.synopsis());
    const QString outPath = cmd.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usageFail(CliLayoutText::tr("--out FILE.pdf|png|svg is required"), cmd.synopsis());
    if (auto format = layoutFormatOf(outPath); !format.ok())
        return usageFail(format.errorMessage(), cmd.synopsis());
    if (cmd.isSet(QStringLiteral("lang"))) {
        const QString language = cmd.value(QStringLiteral("lang")).trimmed().toLower();
        if ((language != QLatin1String("da") && language != QLatin1String("en")) || !installTranslations(language))
            return usageFail(CliLayoutText::tr("--lang must be da or en"), cmd.synopsis());
    }
    LayoutRequest request;
    request.department = *dept;
    request.language = currentLanguage();
    request.at = *cmd.date(QStringLiteral("at"), code);
    if (code >= 0)
        return code;
    if (cmd.isSet(QStringLiteral("meeting"))) {
        request.meetingDate = *cmd.date(QStringLiteral("meeting"), code);
        if (code >= 0)
            return code;
    }
    if (cmd.isSet(QStringLiteral("proposal"))) {
        bool ok = false;
        const qint64 id = cmd.value(QStringLiteral("proposal")).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageFail(CliLayoutText::tr("--proposal must be the number of a proposal"), cmd.synopsis());
        request.proposalId = id;
    }
    LayoutExportOptions options;
    if (cmd.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        options.dpi = cmd.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || options.dpi < 30 || options.dpi > 1200)
            return usageFail(CliLayoutText::tr("--dpi must be a number from 30 to 1200"), cmd.synopsis());
    }
    auto layout = LayoutTemplate::named(cmd.isSet(QStringLiteral("layout")) ? cmd.value(QStringLiteral("layout")) : QStringLiteral("vote-a3"));
    if (!layout.ok())
        return fail(layout.error());

    auto store = openStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    auto page = gatherLayoutPage(**store, request);
    if (!page.ok())
        return fail(page.error());
#ifdef ENGDRIFT_HAVE_PLOTS
    const plots::PlotLayoutCharts charts;
    options.charts = &charts;
#endif
    if (auto written = exportLayout(**store, *layout, {*page}, outPath, options); !written.ok())
        return fail(written.error());
    out() << CliLayoutText::tr("Wrote %1 (%2, department %3%4)")
                 .arg(outPath, layout->title().text(request.language), dept->toString(),
                      page->proposal ? CliLayoutText::tr(", proposal \"%1\"").arg(page->proposal->name) : QString())
          << Qt::endl;
    return Success;
}

} // namespace engdrift::cli
