// engdrift: the desktop program. Parses the command line, sets the language, opens the window.
// Without a display it draws the window offscreen and writes a picture of it instead.

#include "main_window.h"
#include "map_canvas.h"
#include "sample_project.h"
#include "style/symbology.h"
#include "time_slider.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/// Lets the window finish drawing: the map render and the background queries of the panels.
void settle(engdrift::gui::MainWindow &window, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    int quiet = 0;
    while (timer.elapsed() < timeoutMs && quiet < 20) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
        quiet = window.canvas()->isRendering() ? 0 : quiet + 1;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const bool headless = !hasDisplay();
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Engdrift"));
    QApplication::setOrganizationName(QStringLiteral("Engdrift"));
    QApplication::setApplicationVersion(QStringLiteral(ENGDRIFT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Engdrift: the outdoor areas of social housing"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project to open (*.engdrift.gpkg)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Write a picture of the window and quit."),
                                  QStringLiteral("FILE.png"));
    QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for --screenshot (default 1500x920)."),
                            QStringLiteral("WxH"));
    QCommandLineOption language(QStringLiteral("language"), QStringLiteral("da or en (default: the system's)."),
                                QStringLiteral("LANG"));
    QCommandLineOption date(QStringLiteral("date"), QStringLiteral("The map date (YYYY-MM-DD)."), QStringLiteral("DATE"));
    QCommandLineOption department(QStringLiteral("department"), QStringLiteral("Zoom to this department (ORG-NNN)."),
                                  QStringLiteral("KEY"));
    parser.addOptions({screenshot, size, language, date, department});
    parser.process(app);

    QString lang = parser.value(language);
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("language"), engdrift::systemLanguage()).toString();
    engdrift::installTranslations(lang == QLatin1String("da") ? lang : QStringLiteral("en"));

    QString project = parser.positionalArguments().value(0);
    // Without a display and a project: a picture of the sample beside the program, drawn from a
    // copy (the installed file is read-only to users, and never changed).
    const QTemporaryDir sampleCopy;
    if (project.isEmpty() && headless && sampleCopy.isValid()) {
        if (auto copy = engdrift::gui::copySampleProject(engdrift::gui::installedSampleProject(), sampleCopy.path());
            copy.ok())
            project = *copy;
    }

    engdrift::gui::MainWindow window;
    QString picture = parser.value(screenshot);
    if (headless && picture.isEmpty())
        picture = QDir::current().absoluteFilePath(QStringLiteral("engdrift-map.png"));
    if (!picture.isEmpty()) {
        window.setQuiet(true);
        QSize s(1500, 920);
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 200 && wh[1].toInt() > 200)
            s = QSize(wh[0].toInt(), wh[1].toInt());
        window.resize(s);
    }
    window.show();
    // The user's styles file (ENGDRIFT_STYLES or the setting styles/file) was refused: the map is
    // drawn with the built-in styles, and the message names the file and the key.
    if (const QString problem = engdrift::Symbology::activeProblem(); !problem.isEmpty()) {
        QTextStream(stderr) << "engdrift: " << problem << Qt::endl;
        if (picture.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("Main", "Styles file refused"),
                                        problem, QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    if (!project.isEmpty() && !window.openProject(project, picture.isEmpty())) {
        QTextStream(stderr) << "engdrift: " << window.lastError() << Qt::endl;
        if (!picture.isEmpty())
            return 1;
    }
    if (parser.isSet(date)) {
        const QDate d = QDate::fromString(parser.value(date), Qt::ISODate);
        if (d.isValid())
            window.timeSlider()->setDate(d);
    }
    if (parser.isSet(department)) {
        const QStringList parts = parser.value(department).split(QLatin1Char('-'));
        if (parts.size() == 2)
            window.zoomToDepartment(engdrift::DepartmentKey{parts[0].toInt(), parts[1].toInt()});
    }
    if (!picture.isEmpty()) {
        settle(window, 20000);
        if (!window.grab().save(picture)) {
            QTextStream(stderr) << "engdrift: cannot write " << picture << Qt::endl;
            return 1;
        }
        QTextStream out(stdout);
        if (headless && parser.value(screenshot).isEmpty())
            out << QCoreApplication::translate("Main", "No display: wrote a picture of the map to %1").arg(picture)
                << Qt::endl;
        else
            out << QCoreApplication::translate("Main", "Wrote %1").arg(picture) << Qt::endl;
        return 0;
    }
    return QApplication::exec();
}
