// engdrift-gui-bench: the desktop program's responsiveness on a big project, measured offscreen.
//
//   engdrift-gui-bench PROJECT [--import SOURCE] [--org N --dept NNN]
//
// PROJECT is a project file or a PostgreSQL database (postgresql://..., PG:..., service=...).
//
// An event-loop latency probe (a 5 ms timer; how late it fires is how long the GUI thread was
// busy) runs through every phase:
//   open      opening the project until the first map is on screen, then until the department
//             tree has every department's status and share
//   preview   pans and zooms: the time to paint the first (preview) frame after each view change
//   slider    dragging the time slider on one department: time until each step's map is drawn
//   department  opening a department view: zooming to each of 20 departments spread over the
//             project (every Nth of the store's list), until its map is drawn
//   import    an import through the import dialog (its own thread), when --import is given

#include "department_tree.h"
#include "import_dialog.h"
#include "main_window.h"
#include "map_canvas.h"
#include "project_document.h"
#include "time_slider.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

/// Measures how late a 5 ms timer fires: the longest time the event loop could not run.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worst = std::max(m_worst, (now - m_last) / 1e6 - 5.0);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_worst = 0;
        m_last = 0;
    }
    double worstMs() const { return std::max(0.0, m_worst); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worst = 0;
};

/// Runs the event loop until `done` or the timeout; returns the elapsed ms.
template <typename F>
qint64 waitFor(F done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    // Blocks until an event comes (the probe's timer wakes it every 5 ms): a loop of
    // processEvents() with a time limit returns at once when nothing is queued and would spin a
    // whole core that the program being measured needs.
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return t.elapsed();
}

void row(QTextStream &out, const QString &phase, const QString &measure, const QString &value, double worstMs)
{
    out << QStringLiteral("%1 %2 %3 %4 ms\n")
               .arg(phase, -10)
               .arg(measure, -44)
               .arg(value, 14)
               .arg(worstMs, 10, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("engdrift-gui-bench"));
    installTranslations(QStringLiteral("en"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project"));
    QCommandLineOption importOption(QStringLiteral("import"), QStringLiteral("Also import this file."), QStringLiteral("SOURCE"));
    QCommandLineOption orgOption(QStringLiteral("org"), QStringLiteral("Department for the slider."), QStringLiteral("N"));
    QCommandLineOption deptOption(QStringLiteral("dept"), QStringLiteral("Department for the slider."), QStringLiteral("NNN"));
    parser.addOptions({importOption, orgOption, deptOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().isEmpty())
        parser.showHelp(2);
    const QString project = parser.positionalArguments().first();
    QTextStream out(stdout);

    MainWindow window;
    window.setQuiet(true);
    window.resize(1600, 1000);
    window.show();
    LatencyProbe probe;
    waitFor([] { return false; }, 300); // let the window settle
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("phase"), -10).arg(QStringLiteral("measure"), -44)
               .arg(QStringLiteral("value"), 14).arg(QStringLiteral("worst GUI block"), 13);

    // open: until the first map is on screen
    probe.reset();
    QElapsedTimer t;
    QSignalSpy treeFilled(window.departments(), &DepartmentTree::reloaded);
    t.start();
    if (!window.openProject(project, false)) {
        QTextStream(stderr) << window.lastError() << Qt::endl;
        return 1;
    }
    waitFor([&] { return !window.canvas()->mapImage().isNull(); });
    const qint64 firstMap = t.elapsed();
    row(out, QStringLiteral("open"), QStringLiteral("first map on screen"), QStringLiteral("%1 ms").arg(firstMap), probe.worstMs());
    probe.reset();
    waitFor([&] { return !treeFilled.isEmpty(); });
    row(out, QStringLiteral("open"), QStringLiteral("department tree with shares filled"),
        QStringLiteral("%1 ms").arg(t.elapsed()), probe.worstMs());

    // preview: paint the first frame right after each view change
    probe.reset();
    QList<double> paints;
    for (int i = 0; i < 40; ++i) {
        MapView v = window.canvas()->view();
        v = (i % 2) ? v.zoomed(1.3, QPointF(800, 500)) : v.panned(QPointF(37, -21));
        QElapsedTimer p;
        p.start();
        window.canvas()->setView(v);
        window.canvas()->repaint(); // synchronous: the preview frame
        paints << p.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    std::sort(paints.begin(), paints.end());
    waitFor([&] { return !window.canvas()->isRendering(); });
    row(out, QStringLiteral("preview"), QStringLiteral("preview frame after pan/zoom (median / max)"),
        QStringLiteral("%1 / %2 ms").arg(paints[paints.size() / 2], 0, 'f', 1).arg(paints.last(), 0, 'f', 1),
        probe.worstMs());

    // slider: one department, a month per step
    DepartmentKey key{1, 1};
    if (parser.isSet(orgOption))
        key = DepartmentKey{parser.value(orgOption).toInt(), parser.value(deptOption).toInt()};
    else if (auto depts = window.document()->store().departments(); depts.ok() && !depts->isEmpty())
        key = depts->first().key;
    window.zoomToDepartment(key);
    waitFor([&] { return !window.canvas()->isRendering(); });
    probe.reset();
    QList<double> steps;
    QDate date(2019, 1, 1);
    for (int i = 0; i < 24; ++i) {
        date = date.addMonths(3);
        QElapsedTimer s;
        s.start();
        window.timeSlider()->setDate(date);
        waitFor([&] { return !window.canvas()->isRendering(); });
        steps << s.nsecsElapsed() / 1e6;
    }
    std::sort(steps.begin(), steps.end());
    row(out, QStringLiteral("slider"), QStringLiteral("department %1 redrawn per step (median / max)").arg(key.toString()),
        QStringLiteral("%1 / %2 ms").arg(steps[steps.size() / 2], 0, 'f', 0).arg(steps.last(), 0, 'f', 0), probe.worstMs());

    // department: opening a department view, for 20 departments spread over the project
    if (auto depts = window.document()->store().departments(); depts.ok() && !depts->isEmpty()) {
        const qsizetype count = std::min<qsizetype>(20, depts->size());
        const qsizetype stride = depts->size() / count;
        probe.reset();
        QList<double> opens;
        for (qsizetype i = 0; i < count; ++i) {
            QElapsedTimer s;
            s.start();
            window.zoomToDepartment(depts->at(i * stride + stride / 2).key);
            waitFor([&] { return !window.canvas()->isRendering(); });
            opens << s.nsecsElapsed() / 1e6;
        }
        std::sort(opens.begin(), opens.end());
        row(out, QStringLiteral("department"),
            QStringLiteral("view of %1 departments opened (median / max)").arg(opens.size()),
            QStringLiteral("%1 / %2 ms").arg(opens[opens.size() / 2], 0, 'f', 0).arg(opens.last(), 0, 'f', 0),
            probe.worstMs());
    }

    // import through the dialog, on its own thread
    if (parser.isSet(importOption)) {
        ImportDialog *dialog = window.showImportDialog();
        dialog->setSource(parser.value(importOption));
        probe.reset();
        QSignalSpy finished(dialog, &ImportDialog::finished);
        t.restart();
        dialog->startImport();
        waitFor([&] { return !finished.isEmpty(); }, 600000);
        row(out, QStringLiteral("import"),
            QStringLiteral("import of %1 (%2)")
                .arg(QFileInfo(parser.value(importOption)).fileName(),
                     dialog->lastImportSucceeded() ? QStringLiteral("ok") : QStringLiteral("failed")),
            QStringLiteral("%1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1), probe.worstMs());
        // What follows an import: the map and the tree show the new areas.
        probe.reset();
        t.restart();
        treeFilled.clear();
        waitFor([&] { return !treeFilled.isEmpty() && !window.canvas()->isRendering(); });
        row(out, QStringLiteral("import"), QStringLiteral("map and tree show the imported areas"),
            QStringLiteral("%1 ms").arg(t.elapsed()), probe.worstMs());
    }
    window.document()->discardEdits();
    return 0;
}
