#pragma once
// The desktop program's main window on a copy of the sample project, offscreen, for the tests in
// tests/app that drive the real widgets.

#include "main_window.h"
#include "manual_dialog.h"
#include "map_canvas.h"
#include "project_document.h"
#include "time_slider.h"

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
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

/// The action called `name` is in the File menu, its text starts with `english` and with `danish`
/// in the two languages, and the manual names it as the menu says it (without its "…") in each.
/// Leaves the window in English.
inline void expectInFileMenuAndManual(gui::MainWindow &window, const QString &name, const QString &english,
                                      const QString &danish)
{
    auto *action = window.findChild<QAction *>(name);
    ASSERT_TRUE(action) << name.toStdString();
    auto *file = window.findChild<QMenu *>(QStringLiteral("menu.file"));
    ASSERT_TRUE(file);
    EXPECT_TRUE(file->actions().contains(action)) << name.toStdString();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("da")}) {
        window.setLanguage(language);
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("…")); // the manual reads "Export …" as "Export" in a sentence
        EXPECT_TRUE(text.startsWith(language == QLatin1String("da") ? danish : english)) << text.toStdString();
        EXPECT_TRUE(gui::ManualDialog::html(language, &window).contains(text)) << language.toStdString();
    }
    window.setLanguage(QStringLiteral("en"));
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
