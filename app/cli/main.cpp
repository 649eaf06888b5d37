// engdrift-cli: the command-line front end of Engdrift's core. Parses arguments, calls core,
// prints text, CSV or JSON.

#include "cli_commands.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#ifdef ENGDRIFT_HAVE_PLOTS
#include <QApplication>
#endif
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace engdrift::cli;

int main(int argc, char *argv[])
{
    // Drawing needs a GUI application (fonts), charts a widget application (QCustomPlot is a
    // widget); without a display they draw offscreen.
    const bool plots = argc > 1 && qstrcmp(argv[1], "plot") == 0;
    const bool draws = plots || (argc > 1 && qstrcmp(argv[1], "render") == 0);
    if (draws && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    if (command == QLatin1String("new"))
        return runNew(args);
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("imports"))
        return runImports(args);
    if (command == QLatin1String("unimport"))
        return runUnimport(args);
    if (command == QLatin1String("info"))
        return runInfo(args);
    if (command == QLatin1String("areas"))
        return runAreas(args);
    if (command == QLatin1String("stats"))
        return runStats(args);
    if (command == QLatin1String("tag"))
        return runTag(args);
    if (command == QLatin1String("render"))
        return runRender(args);
    if (command == QLatin1String("adopt"))
        return runAdopt(args);
    if (command == QLatin1String("adoption"))
        return runAdoption(args);
    if (command == QLatin1String("department") || command == QLatin1String("departments"))
        return runDepartment(args);
    if (command == QLatin1String("proposals"))
        return runProposals(args);
    if (command == QLatin1String("timeline"))
        return runTimeline(args);
    if (command == QLatin1String("plot"))
        return runPlot(args);
    err << QCoreApplication::translate("Cli", "engdrift-cli: unknown command \"%1\"").arg(command) << "\n\n" << usage();
    return UsageError;
}
