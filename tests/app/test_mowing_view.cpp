// The Mowing menu of the desktop program on the sample project: the menu and its entries, the
// mowing plan's panel with the zones core finds (mowingZones) in its table, zones that follow the
// time slider, the calendar chart, the assumptions dialog saving what the store then returns, the
// zones on the map, and the export of the zones.
//
// With ENGDRIFT_GRAB_DIR set, the tests write what they looked at as PNG files there.

#include "analysis/mowing_assumptions.h"
#include "analysis/mowing_zones.h"
#include "department_tree.h"
#include "mowing_assumptions_dialog.h"
#include "mowing_panel.h"
#include "util/translations.h"
#include "window_fixture.h"
#include "zone_edit_dialog.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

class MowingView : public test::SampleWindow
{
protected:
    void SetUp() override
    {
        SampleWindow::SetUp();
        window->setLanguage(QStringLiteral("en"));
    }
    void TearDown() override
    {
        SampleWindow::TearDown();
        installTranslations(QStringLiteral("en"));
    }

    /// Opens Mowing > Mowing plan… and waits for the panel's data.
    MowingPanel *openPlan()
    {
        auto *action = window->findChild<QAction *>(QStringLiteral("mowingPlan"));
        EXPECT_TRUE(action);
        if (!action)
            return nullptr;
        action->trigger();
        return waitForPanel();
    }

    MowingPanel *waitForPanel()
    {
        MowingPanel *panel = window->mowingPanel();
        QElapsedTimer timer;
        timer.start();
        // A gathering is on its way (its timer) or running; wait until it has shown its data.
        QTest::qWait(350);
        while ((panel->isBusy()) && timer.elapsed() < 20000)
            QTest::qWait(20);
        test::settle(*window);
        return panel;
    }

    /// The zones core finds on the sample's map at `at`.
    MowingZones coreZones(const QDate &at)
    {
        auto store = openStore(path, OpenMode::ReadOnly);
        EXPECT_TRUE(store.ok());
        auto zones = mowingZones(MapSnapshot(**store, {}, at), {123, 1}, QStringLiteral("en"));
        EXPECT_TRUE(zones.ok()) << zones.errorMessage().toStdString();
        return zones.ok() ? *zones : MowingZones();
    }
};

} // namespace

TEST_F(MowingView, TheMenuHasItsEntries)
{
    auto *menu = window->findChild<QMenu *>(QStringLiteral("menu.mowing"));
    ASSERT_TRUE(menu);
    EXPECT_TRUE(window->menuBar()->actions().contains(menu->menuAction()));
    EXPECT_EQ(menu->title().remove(QLatin1Char('&')), QStringLiteral("Mowing"));
    for (const char *name : {"showMowingZones", "mowingPlan", "mowingAssumptions", "exportMowingZones"}) {
        auto *action = window->findChild<QAction *>(QString::fromLatin1(name));
        ASSERT_TRUE(action) << name;
        EXPECT_TRUE(menu->actions().contains(action)) << name;
        EXPECT_FALSE(action->text().isEmpty()) << name;
    }
    EXPECT_TRUE(window->findChild<QAction *>(QStringLiteral("showMowingZones"))->isCheckable());
    window->setLanguage(QStringLiteral("da"));
    EXPECT_EQ(menu->title().remove(QLatin1Char('&')), QStringLiteral("Slåning"));
    window->setLanguage(QStringLiteral("en"));
}

TEST_F(MowingView, ThePlanShowsTheZonesCoreFinds)
{
    MowingPanel *panel = openPlan();
    ASSERT_TRUE(panel);
    EXPECT_TRUE(window->mowingDock()->isVisible());
    ASSERT_TRUE(panel->department());
    EXPECT_EQ(*panel->department(), (DepartmentKey{123, 1}));
    const MowingZones expected = coreZones(kDate);
    ASSERT_FALSE(expected.zones.isEmpty());
    QTableWidget *table = panel->zoneTable();
    ASSERT_EQ(table->rowCount(), expected.zones.size()) << panel->statusText().toStdString();
    for (int row = 0; row < table->rowCount(); ++row) {
        const int number = table->item(row, 0)->data(Qt::UserRole).toInt();
        const MowingZone &zone = expected.zones.at(number - 1);
        EXPECT_EQ(zone.number, number);
        EXPECT_EQ(table->item(row, 1)->text(), zone.name);
    }
    EXPECT_EQ(panel->season(), kDate.year());
    // The calendar: a chart that is not blank, and the weeks with cuts in the table.
    QWidget *chart = panel->calendarChart();
    ASSERT_TRUE(chart);
    panel->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    const QImage shot = chart->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 3)
        for (int x = 0; x < shot.width(); x += 3)
            colours.insert(shot.pixel(x, y));
    EXPECT_GT(colours.size(), 20);
    EXPECT_GT(panel->weekTable()->rowCount(), 5);
    EXPECT_TRUE(panel->workloadHtml().contains(QStringLiteral("estimate"))) << panel->workloadHtml().toStdString();
    // The zones are on the map, and a row chosen in the table is chosen there.
    auto *show = window->findChild<QAction *>(QStringLiteral("showMowingZones"));
    EXPECT_TRUE(show->isChecked());
    ASSERT_TRUE(window->canvas()->mowingZones());
    EXPECT_EQ(window->canvas()->mowingZones()->zones.size(), expected.zones.size());
    panel->selectZone(1);
    EXPECT_EQ(window->canvas()->highlightedZones(), QSet<int>{1});
    test::settle(*window);
    test::grabForReview(window.get(), QStringLiteral("mowing-plan-window"));
    for (int tab = 0; tab < panel->tabs()->count(); ++tab) {
        panel->tabs()->setCurrentIndex(tab);
        QTest::qWait(30);
        test::grabForReview(window->mowingDock(), QStringLiteral("mowing-plan-tab%1").arg(tab));
    }
    // In Danish the plan gathers again, its words and the zones' names in Danish.
    window->setLanguage(QStringLiteral("da"));
    waitForPanel();
    EXPECT_EQ(panel->tabs()->tabText(0), QStringLiteral("Zoner"));
    EXPECT_EQ(panel->zoneTable()->rowCount(), expected.zones.size());
    panel->tabs()->setCurrentIndex(3);
    test::grabForReview(window.get(), QStringLiteral("mowing-plan-window-da"));
    window->setLanguage(QStringLiteral("en"));
    waitForPanel();
    show->setChecked(false);
    EXPECT_FALSE(window->canvas()->mowingZones());
}

TEST_F(MowingView, TheZonesFollowTheTimeSlider)
{
    MowingPanel *panel = openPlan();
    ASSERT_TRUE(panel && panel->zones());
    // The sample's department 123-001 is converted in stages: find a date on whose map the zones differ.
    const MowingZones now = coreZones(kDate);
    QDate other;
    MowingZones then;
    for (const QDate &d : {QDate(2020, 6, 1), QDate(2022, 6, 1), QDate(2024, 6, 1), QDate(2028, 6, 1), QDate(2029, 6, 1)}) {
        then = coreZones(d);
        if (then.zones.size() != now.zones.size() || std::abs(then.mownM2() - now.mownM2()) > 1) {
            other = d;
            break;
        }
    }
    ASSERT_TRUE(other.isValid()) << "the sample's zones are the same at every date";
    window->timeSlider()->setDate(other);
    waitForPanel();
    ASSERT_TRUE(panel->zones());
    EXPECT_EQ(panel->zones()->date, other);
    EXPECT_EQ(panel->zoneTable()->rowCount(), then.zones.size());
    EXPECT_NEAR(panel->zones()->mownM2(), then.mownM2(), 0.5);
    ASSERT_TRUE(window->canvas()->mowingZones());
    EXPECT_EQ(window->canvas()->mowingZones()->date, other);
}

TEST_F(MowingView, TheAssumptionsDialogSavesWhatTheStoreReturns)
{
    MowingPanel *panel = openPlan();
    ASSERT_TRUE(panel);
    MowingAssumptionsDialog *dialog = window->showMowingAssumptions();
    ASSERT_TRUE(dialog);
    EXPECT_GT(dialog->table()->rowCount(), 9);
    test::grabForReview(dialog, QStringLiteral("mowing-assumptions"));
    // No negatives.
    ASSERT_TRUE(dialog->setValue(QStringLiteral("dkk_per_hour"), QStringLiteral("-5")));
    EXPECT_FALSE(dialog->assumptions().ok());
    ASSERT_TRUE(dialog->setValue(QStringLiteral("dkk_per_hour"), QStringLiteral("525")));
    ASSERT_TRUE(dialog->setValue(QStringLiteral("crew_hours_per_week"), QStringLiteral("30")));
    ASSERT_TRUE(dialog->assumptions().ok()) << dialog->assumptions().errorMessage().toStdString();
    dialog->accept();
    QCoreApplication::processEvents();
    auto stored = readMowingAssumptions(window->document()->store());
    ASSERT_TRUE(stored.ok());
    EXPECT_DOUBLE_EQ(stored->dkkPerHour, 525);
    EXPECT_DOUBLE_EQ(stored->crewHoursPerWeek, 30);
    EXPECT_DOUBLE_EQ(stored->machineHoursPerHaPerCut, MowingAssumptions().machineHoursPerHaPerCut);
    // The plan follows: its calendar has the crew's new hours.
    waitForPanel();
    EXPECT_DOUBLE_EQ(panel->data().calendar.crewHoursPerWeek, 30);

    // A crew of half an hour a week: the weeks over it are listed as warnings in words.
    MowingAssumptions small = *stored;
    small.crewHoursPerWeek = 0.5;
    ASSERT_TRUE(window->saveMowingAssumptions(small));
    waitForPanel();
    const QStringList warnings = panel->warnings();
    ASSERT_FALSE(warnings.isEmpty());
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("Week"))) << warnings.first().toStdString();
    EXPECT_TRUE(panel->tabs()->tabText(1).contains(QStringLiteral("warning"))) << panel->tabs()->tabText(1).toStdString();
    panel->tabs()->setCurrentIndex(1);
    test::grabForReview(window->mowingDock(), QStringLiteral("mowing-plan-warnings"));

    // Restore defaults brings the defaults back.
    dialog = window->showMowingAssumptions();
    ASSERT_TRUE(dialog);
    dialog->restoreDefaults();
    dialog->accept();
    QCoreApplication::processEvents();
    stored = readMowingAssumptions(window->document()->store());
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(*stored == MowingAssumptions());
}

TEST_F(MowingView, ExportsTheZonesInTheBackground)
{
    QSignalSpy done(window.get(), &MainWindow::mowingZonesExported);
    const QString file = dir.filePath(QStringLiteral("zones.geojson"));
    ASSERT_TRUE(window->exportMowingZones(file, {123, 1}, 2026));
    ASSERT_TRUE(done.wait(20000));
    EXPECT_TRUE(done.first().at(1).toBool()) << window->lastError().toStdString();
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(written.readAll()).object();
    EXPECT_EQ(json.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    EXPECT_FALSE(window->exportMowingZones(dir.filePath(QStringLiteral("zones.txt")), {123, 1}, 2026));
}

TEST_F(MowingView, TheOperatorRenamesAZoneAndChangesItsSeasonFromTheTable)
{
    MowingPanel *panel = openPlan();
    ASSERT_TRUE(panel && panel->zones());
    const int season = panel->season();
    // Rename zone 2 through the dialog as the table's menu opens it: the name is saved at once, the
    // table shows it, and the saved project has it from the date on and not before.
    ZoneEditDialog *dialog = window->showZoneEdit(ZoneEdit::Kind::Rename, 2);
    ASSERT_TRUE(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Ved legepladsen"));
    dialog->accept();
    waitForPanel();
    QString shown;
    for (int row = 0; row < panel->zoneTable()->rowCount(); ++row) {
        if (panel->zoneTable()->item(row, 0)->data(Qt::UserRole).toInt() == 2)
            shown = panel->zoneTable()->item(row, 1)->text();
    }
    EXPECT_EQ(shown, QStringLiteral("Ved legepladsen"));
    test::grabForReview(window.get(), QStringLiteral("zone-renamed"));
    EXPECT_EQ(coreZones(kDate).zones.at(1).name, QStringLiteral("Ved legepladsen"));
    EXPECT_NE(coreZones(kDate.addDays(-1)).zones.at(1).name, QStringLiteral("Ved legepladsen")) << "history stays";

    // A season's change: zone 1 cut twice in June and September, its clippings collected.
    dialog = window->showZoneEdit(ZoneEdit::Kind::Override, 1);
    ASSERT_TRUE(dialog);
    dialog->monthsEdit()->setText(QStringLiteral("13"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible()) << "a month 13 is refused in the dialog";
    dialog->cutsBox()->setValue(2);
    dialog->monthsEdit()->setText(QStringLiteral("9, 6"));
    dialog->clippingsBox()->setCurrentIndex(1); // collected
    test::grabForReview(dialog, QStringLiteral("zone-season-dialog"));
    auto edit = dialog->edit();
    ASSERT_TRUE(edit.ok()) << edit.errorMessage().toStdString();
    EXPECT_EQ(edit->regime.months, (QList<int>{6, 9}));
    dialog->accept();
    waitForPanel();
    const MowingZone &changed = panel->zones()->zones.at(0);
    EXPECT_TRUE(changed.overridden);
    EXPECT_EQ(changed.regime.cutsPerYear, 2);
    EXPECT_EQ(changed.regime.clippings, Clippings::Collected);
    // The next season is as the catalogue says; clearing the change gives this one back too.
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    auto next = mowingZones(MapSnapshot(**store, {}, kDate), {123, 1}, QStringLiteral("en"), season + 1);
    ASSERT_TRUE(next.ok());
    EXPECT_FALSE(next->zones.at(0).overridden);
    EXPECT_EQ(window->showZoneEdit(ZoneEdit::Kind::ClearOverride, 1), nullptr);
    waitForPanel();
    EXPECT_FALSE(panel->zones()->zones.at(0).overridden);
    EXPECT_EQ(panel->zones()->zones.at(0).regime.cutsPerYear, next->zones.at(0).regime.cutsPerYear);
}
