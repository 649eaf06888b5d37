// engdrift-cli: the command-line front end of Engdrift's core. Parses arguments, calls core,
// prints text, CSV or JSON.

#include "cli_commands.h"
#include "cli_common.h"
#include "style/symbology.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#ifdef ENGDRIFT_HAVE_PLOTS
#include <QApplication>
#endif
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <utility>

using namespace engdrift::cli;

namespace {

QtMessageHandler g_qtHandler = nullptr;

/// Qt's own warnings (no XDG_RUNTIME_DIR offscreen, libpng's and libjpeg's words when a picture
/// cannot be written) are not for the person reading stderr, whose first line is the command's
/// own message: a failure says what the library said in its detail. ENGDRIFT_VERBOSE=1 shows them.
void quietQtMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool verbose = !qEnvironmentVariableIsEmpty("ENGDRIFT_VERBOSE");
    if (!verbose && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    if (g_qtHandler)
        g_qtHandler(type, context, message);
}

/// Whether --out names a page (PDF, PNG, SVG) rather than data (a mowing plan's CSV, GeoPackage).
bool writesPage(int argc, char *argv[])
{
    for (int i = 2; i < argc; ++i) {
        QByteArray value;
        if (qstrcmp(argv[i], "--out") == 0 && i + 1 < argc)
            value = argv[i + 1];
        else if (qstrncmp(argv[i], "--out=", 6) == 0)
            value = argv[i] + 6;
        value = value.toLower();
        if (value.endsWith(".pdf") || value.endsWith(".png") || value.endsWith(".svg"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Drawing needs a GUI application (fonts), charts a widget application (QCustomPlot is a
    // widget); without a display they draw offscreen.
    const bool plots = argc > 1 && (qstrcmp(argv[1], "plot") == 0 || qstrcmp(argv[1], "export-map") == 0 ||
                                     qstrcmp(argv[1], "atlas") == 0 || qstrcmp(argv[1], "report") == 0 ||
                                     (qstrcmp(argv[1], "mowing-plan") == 0 && writesPage(argc, argv)));
    const bool draws = plots || (argc > 1 && qstrcmp(argv[1], "render") == 0);
    if (draws && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_qtHandler = qInstallMessageHandler(quietQtMessages);
    std::unique_ptr<QCoreApplication> app;
#ifdef ENGDRIFT_HAVE_PLOTS
    if (plots)
        app.reset(new QApplication(argc, argv));
#endif
    if (!app)
        app.reset(draws ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("engdrift-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENGDRIFT_VERSION));

    engdrift::installTranslations(engdrift::systemLanguage());

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << usage();
        return UsageError;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out << "engdrift-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    // A styles file of the user's (ENGDRIFT_STYLES) that was refused: said where it matters.
    for (const char *drawing : {"new", "render", "plot", "style"}) {
        if (command == QLatin1String(drawing) && !engdrift::Symbology::activeProblem().isEmpty())
            err << QCoreApplication::translate("Cli", "engdrift-cli: warning: %1").arg(engdrift::Symbology::activeProblem())
                << '\n';
    }
    // The commands that write: a signal waits until the write is done or rolled back.
    using Runner = int (*)(const QStringList &);
    const std::pair<const char *, Runner> writers[] = {
        {"new", runNew},         {"import", runImport},         {"unimport", runUnimport},
        {"tag", runTag},         {"condition", runCondition},   {"adopt", runAdopt},           {"department", runDepartment},
        {"departments", runDepartment}, {"assumptions", runAssumptions}, {"upgrade", runUpgrade},
        {"zones", runZones},     {"copy", runCopy}};
    for (const auto &[name, run] : writers) {
        if (command == QLatin1String(name)) {
            InterruptGuard guard;
            return run(args);
        }
    }
    if (command == QLatin1String("imports"))
        return runImports(args);
    if (command == QLatin1String("check")) {
        InterruptGuard guard; // --repair writes
        return runCheck(args);
    }
    if (command == QLatin1String("info"))
        return runInfo(args);
    if (command == QLatin1String("areas"))
        return runAreas(args);
    if (command == QLatin1String("stats"))
        return runStats(args);
    if (command == QLatin1String("render"))
        return runRender(args);
    if (command == QLatin1String("adoption"))
        return runAdoption(args);
    if (command == QLatin1String("proposals"))
        return runProposals(args);
    if (command == QLatin1String("timeline"))
        return runTimeline(args);
    if (command == QLatin1String("plot"))
        return runPlot(args);
    if (command == QLatin1String("export-map"))
        return runExportMap(args);
    if (command == QLatin1String("atlas"))
        return runAtlas(args);
    if (command == QLatin1String("report"))
        return runReport(args);
    if (command == QLatin1String("export-data"))
        return runExportData(args);
    if (command == QLatin1String("style"))
        return runStyle(args);
    if (command == QLatin1String("workload"))
        return runWorkload(args);
    if (command == QLatin1String("mowing-plan"))
        return runMowingPlan(args);
    if (command == QLatin1String("nature"))
        return runNature(args);
    err << QCoreApplication::translate("Cli", "engdrift-cli: unknown command \"%1\"").arg(command) << "\n\n" << usage();
    return UsageError;
}
