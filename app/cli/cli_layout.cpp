// engdrift-cli export-map: a department's page of a print layout (the vote sheet with today's map
// and the proposal side by side, or a map page) as PDF, PNG or SVG; engdrift-cli atlas: a page
// per department in one PDF.

#include "cli_commands.h"

#include "cli_common.h"
#include "layout/layout_atlas.h"
#include "layout/layout_export.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

#ifdef ENGDRIFT_HAVE_PLOTS
#include "layout_charts.h"
#endif

namespace engdrift::cli {
namespace {

struct CliLayoutText
{
    Q_DECLARE_TR_FUNCTIONS(CliLayout)
};

/// The options of a page that export-map and atlas share.
void addPageOptions(Command &cmd)
{
    cmd.option(QStringLiteral("layout"),
               CliLayoutText::tr("The layout: vote-a3 (default: the vote sheet, today and the proposal side by side), "
                                 "vote-a4, map-a4 or map-a3 (one map), or the path of a template file (a copy of one "
                                 "in styles/layouts)."),
               QStringLiteral("LAYOUT"));
    cmd.option(QStringLiteral("at"), CliLayoutText::tr("The date of today's map (default today)."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("meeting"),
               CliLayoutText::tr("The date of the department meeting the sheet is for (default: a line to fill in)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("lang"), CliLayoutText::tr("The language of the page: da or en (default: the system's)."),
               QStringLiteral("LANG"));
}

/// Reads --lang, --at and --meeting into `request`; a usage or input error's exit code, or -1.
int readPageOptions(const Command &cmd, LayoutRequest &request)
{
    if (int code = readLanguageOption(cmd); code >= 0)
        return code;
    int code = -1;
    request.language = currentLanguage();
    request.at = *cmd.date(QStringLiteral("at"), code);
    if (code >= 0)
        return code;
    if (cmd.isSet(QStringLiteral("meeting"))) {
        request.meetingDate = *cmd.date(QStringLiteral("meeting"), code);
        if (code >= 0)
            return code;
    }
    return -1;
}

Result<LayoutTemplate> chosenLayout(const Command &cmd)
{
    return LayoutTemplate::named(cmd.isSet(QStringLiteral("layout")) ? cmd.value(QStringLiteral("layout"))
                                                                     : QStringLiteral("vote-a3"));
}

} // namespace

int readLanguageOption(const Command &cmd)
{
    if (cmd.isSet(QStringLiteral("lang"))) {
        const QString language = cmd.value(QStringLiteral("lang")).trimmed().toLower();
        if ((language != QLatin1String("da") && language != QLatin1String("en")) || !installTranslations(language))
            return usageFail(CliLayoutText::tr("--lang must be da or en"), cmd.synopsis());
    }
    return -1;
}

int writeLayoutPage(const ProjectStore &store, const LayoutRequest &request, const QString &layoutName, const QString &outPath)
{
    auto layout = LayoutTemplate::named(layoutName);
    if (!layout.ok())
        return fail(layout.error());
    auto page = gatherLayoutPage(store, request);
    if (!page.ok())
        return fail(page.error());
    LayoutExportOptions options;
#ifdef ENGDRIFT_HAVE_PLOTS
    const plots::PlotLayoutCharts charts;
    options.charts = &charts;
#endif
    if (auto written = exportLayout(store, *layout, {*page}, outPath, options); !written.ok())
        return fail(written.error());
    return Success;
}

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
    addPageOptions(cmd);
    cmd.option(QStringLiteral("proposal"),
               CliLayoutText::tr("The proposal to show (default: the department's newest draft or adopted one)."),
               QStringLiteral("ID"));
    cmd.option(QStringLiteral("dpi"), CliLayoutText::tr("PNG: dots per inch (default 300)."), QStringLiteral("N"));
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
    LayoutRequest request;
    request.department = *dept;
    if (code = readPageOptions(cmd, request); code >= 0)
        return code;
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
    auto layout = chosenLayout(cmd);
    if (!layout.ok())
        return fail(layout.error());

    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
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

int runAtlas(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli atlas PROJECT --out FILE.pdf [--org N [--dept NNN[,NNN...]]] "
                               "[--layout vote-a3|vote-a4|map-a4|map-a3|TEMPLATE.json] [--at YYYY-MM-DD] "
                               "[--meeting YYYY-MM-DD] [--no-contents] [--threads N] [--lang da|en]"),
                1);
    cmd.option(QStringLiteral("out"), CliLayoutText::tr("The PDF to write."), QStringLiteral("FILE"));
    cmd.option(QStringLiteral("org"), CliLayoutText::tr("Only this organisation's departments."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliLayoutText::tr("Only these departments of the organisation (comma-separated)."),
               QStringLiteral("NNN"));
    addPageOptions(cmd);
    cmd.option(QStringLiteral("no-contents"), CliLayoutText::tr("Leave out the contents page."));
    cmd.option(QStringLiteral("threads"), CliLayoutText::tr("Pages drawn at once (default: one per core)."),
               QStringLiteral("N"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    const QString outPath = cmd.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usageFail(CliLayoutText::tr("--out FILE.pdf is required"), cmd.synopsis());
    if (QFileInfo(outPath).suffix().toLower() != QLatin1String("pdf"))
        return usageFail(CliLayoutText::tr("an atlas is written as one PDF: --out must end in .pdf"), cmd.synopsis());
    AtlasRequest request;
    if (int code = readPageOptions(cmd, request.page); code >= 0)
        return code;
    request.contents = !cmd.isSet(QStringLiteral("no-contents"));
    if (cmd.isSet(QStringLiteral("org"))) {
        bool ok = false;
        const int org = cmd.value(QStringLiteral("org")).toInt(&ok);
        if (!ok || org <= 0)
            return usageFail(CliLayoutText::tr("--org must be an organisation number"), cmd.synopsis());
        request.organisation = org;
    }
    if (cmd.isSet(QStringLiteral("dept"))) {
        if (!request.organisation)
            return usageFail(CliLayoutText::tr("--dept needs --org: a department is known by both numbers"), cmd.synopsis());
        for (const QString &part : cmd.value(QStringLiteral("dept")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int number = part.trimmed().toInt(&ok);
            if (!ok || number < 0 || number > 999)
                return usageFail(CliLayoutText::tr("--dept takes department numbers 0-999, not \"%1\"").arg(part.trimmed()),
                                 cmd.synopsis());
            request.departments << DepartmentKey{*request.organisation, number};
        }
    }
    if (cmd.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        request.threads = cmd.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || request.threads < 1 || request.threads > 64)
            return usageFail(CliLayoutText::tr("--threads must be a number from 1 to 64"), cmd.synopsis());
    }
    auto layout = chosenLayout(cmd);
    if (!layout.ok())
        return fail(layout.error());
    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());

    InterruptGuard guard; // Ctrl-C stops between pages and leaves no file
    const bool terminal = isatty(STDERR_FILENO) == 1;
    LayoutExportOptions options;
#ifdef ENGDRIFT_HAVE_PLOTS
    const plots::PlotLayoutCharts charts;
    options.charts = &charts;
#endif
    options.progress = [terminal](int done, int total) {
        if (terminal) {
            err() << '\r' << CliLayoutText::tr("page %1 of %2").arg(done).arg(total) << Qt::flush;
        }
        return !interruptRequested();
    };
    auto written = exportAtlas(**store, *layout, request, outPath, options);
    if (terminal)
        err() << '\n' << Qt::flush;
    if (!written.ok())
        return fail(written.error());
    out() << CliLayoutText::tr("Wrote %1 (%2): %n department page(s)", nullptr, written->departmentPages)
                 .arg(outPath, layout->title().text(request.page.language));
    if (written->contentsPages > 0)
        out() << CliLayoutText::tr(" after %n contents page(s)", nullptr, written->contentsPages);
    out() << Qt::endl;
    if (written->skipped > 0)
        out() << CliLayoutText::tr("%n department(s) without areas on that date have no page", nullptr, written->skipped)
              << Qt::endl;
    return Success;
}

} // namespace engdrift::cli
