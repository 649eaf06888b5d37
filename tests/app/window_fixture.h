#pragma once
// The desktop program's main window on a copy of the sample project, offscreen, for the tests in
// tests/app that drive the real widgets.

#include "main_window.h"
#include "map_canvas.h"
#include "project_document.h"
#include "time_slider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

/// Lets GoogleTest print dates readably.
inline void PrintTo(const QDate &date, std::ostream *os)
{
    *os << date.toString(Qt::ISODate).toStdString();
}

inline void PrintTo(const QPointF &p, std::ostream *os)
{
    *os << '(' << QString::number(p.x(), 'g', 17).toStdString() << ", " << QString::number(p.y(), 'g', 17).toStdString()
        << ')';
}

namespace engdrift::test {

/// Saves a picture of the widget as NAME.png in $ENGDRIFT_GRAB_DIR, when it is set: to look at
/// what the tests drive.
inline void grabForReview(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ENGDRIFT_GRAB_DIR");
    if (!folder.isEmpty() && widget)
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

/// Lets the window draw: processes events until the map is drawn and the panels have their data.
inline void settle(gui::MainWindow &window, int minimumMs = 150)
{
    QElapsedTimer timer;
    timer.start();
    int quiet = 0;
    while (timer.elapsed() < 15000 && (quiet < 10 || timer.elapsed() < minimumMs)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
        quiet = window.canvas()->isRendering() ? 0 : quiet + 1;
    }
}

/// A main window on a fresh copy of the sample project, at 2026-06-01, zoomed to department 123-001.
class SampleWindow : public ::testing::Test
{
protected:
    static inline const QDate kDate{2026, 6, 1};

    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true); // recovery files and settings in a test folder
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("sample.engdrift.gpkg"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        gui::ProjectDocument::dropRecovery(path);
        window = std::make_unique<gui::MainWindow>();
        window->setQuiet(true);
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(window->openProject(path, false)) << window->lastError().toStdString();
        window->timeSlider()->setDate(kDate);
        window->zoomToDepartment({123, 1});
        settle(*window);
    }
    void TearDown() override
    {
        if (window && window->document())
            window->document()->discardEdits();
        window.reset();
        gui::ProjectDocument::dropRecovery(path);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<gui::MainWindow> window;
};

} // namespace engdrift::test
