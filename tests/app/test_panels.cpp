// The panels around the map, driven offscreen on a copy of the sample project: the legend, the
// department tree and the charts count what the map shows (unsaved edits, the proposal view); the
// selection panel with a mixed selection, its list and select by care type; the docks at the
// default window sizes; the time slider's range; the undo button; crash recovery.
//
// With ENGDRIFT_SCREENSHOT_DIR set, the dock test also writes what it looked at as PNG files there.

#include "charts_panel.h"
#include "department_tree.h"
#include "edit/proposals.h"
#include "legend_widget.h"
#include "main_window.h"
#include "map_canvas.h"
#include "project_document.h"
#include "properties_panel.h"
#include "test_support.h"
#include "time_slider.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

const QDate kDate(2026, 6, 1);
const DepartmentKey kStationsparken{123, 1};
const QString kLawn = QStringLiteral("brugsplaene");
const QString kFlowers = QStringLiteral("blomstereng");

/// Processes events until the map is drawn and the legend and the tree have their numbers (each
/// reports when it is done; nothing waits a fixed time).
void settlePanels(MainWindow &window)
{
    QElapsedTimer timer;
    timer.start();
    int quiet = 0;
    while (timer.elapsed() < 20000 && quiet < 5) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
        const bool busy = window.canvas()->isRendering() || window.legend()->isBusy() || window.departments()->isBusy();
        quiet = busy ? 0 : quiet + 1;
    }
}

/// The m² the legend shows for a care type (0 when the care type is not in the legend).
double legendM2(MainWindow &window, const QString &code)
{
    QTreeWidgetItem *item = window.legend()->careTypeItem(code);
    if (!item)
        return 0;
    bool ok = false;
    const double m2 = QLocale(QLocale::English).toDouble(item->text(1), &ok);
    EXPECT_TRUE(ok) << item->text(1).toStdString();
    return m2;
}

/// The nature-friendly m² of a department in the tree (from the share column's tooltip).
double treeNatureM2(MainWindow &window, const DepartmentKey &key)
{
    QAbstractItemModel *model = window.departments()->model();
    for (int org = 0; org < model->rowCount(); ++org) {
        const QModelIndex parent = model->index(org, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QString name = model->index(row, 0, parent).data().toString();
            if (!name.startsWith(key.deptText()))
                continue;
            const QString tip = model->index(row, 2, parent).data(Qt::ToolTipRole).toString();
            bool ok = false;
            const double m2 = QLocale(QLocale::English).toDouble(tip.section(QStringLiteral(" m²"), 0, 0), &ok);
            EXPECT_TRUE(ok) << tip.toStdString();
            return m2;
        }
    }
    ADD_FAILURE() << "no department " << key.toString().toStdString() << " in the tree";
    return -1;
}

class Panels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true); // recovery files and settings in a test folder
        path = dir.filePath(QStringLiteral("sample.engdrift.gpkg"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ProjectDocument::dropRecovery(path);
        window = std::make_unique<MainWindow>();
        window->setQuiet(true);
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(window->openProject(path, false)) << window->lastError().toStdString();
        window->timeSlider()->setDate(kDate);
        window->zoomToDepartment(kStationsparken);
        settlePanels(*window);
    }
    void TearDown() override
    {
        if (window && window->document())
            window->document()->discardEdits();
        window.reset();
        ProjectDocument::dropRecovery(path);
    }

    /// The areas of a care type in a department at kDate, as the map shows them, largest first.
    QList<AreaShape> areasOfType(const QString &care, const DepartmentKey &dept = kStationsparken)
    {
        auto areas = window->document()->session().areasAt(kDate, std::nullopt, dept);
        EXPECT_TRUE(areas.ok());
        QList<AreaShape> found;
        for (const AreaShape &a : areas.ok() ? *areas : QList<AreaShape>())
            if (a.version.careType == care)
                found << a;
        std::sort(found.begin(), found.end(),
                  [](const AreaShape &a, const AreaShape &b) { return a.version.areaM2 > b.version.areaM2; });
        return found;
    }

    /// Sets the care type of the selection through the panel's button.
    void setCareTypeOfSelection(const QString &care)
    {
        window->properties()->chooseCareType(care);
        window->properties()->setFromDate(kDate);
        auto *apply = window->properties()->findChild<QPushButton *>(QStringLiteral("applyCareType"));
        ASSERT_TRUE(apply);
        QTest::mouseClick(apply, Qt::LeftButton);
    }

    /// The share bar of a department after the charts have gathered again.
    ShareBar shareBarAfterRefresh(const DepartmentKey &key)
    {
        QSignalSpy refreshed(window->charts(), &ChartsPanel::refreshed);
        EXPECT_TRUE(refreshed.wait(20000));
        while (window->charts()->isBusy() && refreshed.wait(20000)) {
        }
        for (const ShareBar &bar : window->charts()->data(plots::PlotKind::Share).shares)
            if (bar.department == key)
                return bar;
        ADD_FAILURE() << "no share bar of " << key.toString().toStdString();
        return {};
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(Panels, LegendTreeAndChartsCountUnsavedEditsAtOnce)
{
    window->findChild<QDockWidget *>(QStringLiteral("chartsDock"))->show();
    const ShareBar barBefore = shareBarAfterRefresh(kStationsparken);
    const QList<AreaShape> lawns = areasOfType(kLawn);
    ASSERT_GE(lawns.size(), 3);
    double retagged = 0;
    QSet<qint64> three;
    for (int i = 0; i < 3; ++i) {
        three << lawns[i].version.areaId;
        retagged += lawns[i].version.areaM2;
    }
    const double lawnBefore = legendM2(*window, kLawn);
    const double flowersBefore = legendM2(*window, kFlowers);
    const double natureBefore = treeNatureM2(*window, kStationsparken);
    ASSERT_GT(lawnBefore, retagged);

    window->canvas()->setSelection(three);
    setCareTypeOfSelection(kFlowers);
    ASSERT_EQ(window->document()->undoStack()->count(), 1) << window->lastError().toStdString();
    ASSERT_TRUE(window->document()->isModified()); // not saved
    settlePanels(*window);
    EXPECT_NEAR(legendM2(*window, kLawn), lawnBefore - retagged, 1.0);
    EXPECT_NEAR(legendM2(*window, kFlowers), flowersBefore + retagged, 1.0);
    EXPECT_NEAR(treeNatureM2(*window, kStationsparken), natureBefore + retagged, 1.0);
    const ShareBar barAfter = shareBarAfterRefresh(kStationsparken);
    EXPECT_NEAR(barAfter.natureToday, barBefore.natureToday + retagged, 0.01);
    EXPECT_NEAR(barAfter.greenToday, barBefore.greenToday, 0.01);

    window->document()->undoStack()->undo();
    settlePanels(*window);
    EXPECT_NEAR(legendM2(*window, kLawn), lawnBefore, 0.5);
    EXPECT_NEAR(legendM2(*window, kFlowers), flowersBefore, 0.5);
    EXPECT_NEAR(treeNatureM2(*window, kStationsparken), natureBefore, 0.5);
    EXPECT_NEAR(shareBarAfterRefresh(kStationsparken).natureToday, barBefore.natureToday, 0.01);
}

TEST_F(Panels, TheProposalViewShowsTheProposalsFigures)
{
    auto created = createProposal(window->document()->store(), kStationsparken, QStringLiteral("Forslag 2026"), kDate);
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    const QList<AreaShape> lawns = areasOfType(kLawn);
    ASSERT_GE(lawns.size(), 2);
    const double planned = lawns[0].version.areaM2 + lawns[1].version.areaM2;
    const double lawnToday = legendM2(*window, kLawn);
    const double natureToday = treeNatureM2(*window, kStationsparken);

    window->setProposal(created->id, created->name);
    settlePanels(*window);
    window->canvas()->setSelection({lawns[0].version.areaId, lawns[1].version.areaId});
    setCareTypeOfSelection(kFlowers);
    ASSERT_EQ(window->document()->undoStack()->count(), 1) << window->lastError().toStdString();
    settlePanels(*window);
    EXPECT_NEAR(legendM2(*window, kLawn), lawnToday - planned, 1.0);
    EXPECT_NEAR(treeNatureM2(*window, kStationsparken), natureToday + planned, 1.0);

    // Back to today's map: today's figures; the plan saved, then shown again: the plan's.
    window->setProposal(std::nullopt);
    settlePanels(*window);
    EXPECT_NEAR(legendM2(*window, kLawn), lawnToday, 0.5);
    EXPECT_NEAR(treeNatureM2(*window, kStationsparken), natureToday, 0.5);
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    window->setProposal(created->id, created->name);
    settlePanels(*window);
    EXPECT_NEAR(legendM2(*window, kLawn), lawnToday - planned, 1.0);
    EXPECT_NEAR(treeNatureM2(*window, kStationsparken), natureToday + planned, 1.0);
    window->findChild<QDockWidget *>(QStringLiteral("chartsDock"))->show();
    const ShareBar bar = shareBarAfterRefresh(kStationsparken);
    EXPECT_TRUE(bar.hasProposal);
    EXPECT_NEAR(bar.natureProposal - bar.natureToday, planned, 0.01);
}

namespace {

/// Answers the next message box with `button` (from inside its event loop); counts the boxes seen.
class MessageBoxAnswerer : public QObject
{
public:
    explicit MessageBoxAnswerer(QMessageBox::StandardButton button) : m_button(button)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible() && box->button(m_button)) {
                    ++m_answered;
                    m_text = box->text();
                    box->button(m_button)->click();
                }
            }
        });
        m_timer.start();
    }
    int answered() const { return m_answered; }
    QString text() const { return m_text; }

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
    int m_answered = 0;
    QString m_text;
};

} // namespace

TEST_F(Panels, RecoveredEditsCanBeUndone)
{
    const QList<AreaShape> lawns = areasOfType(kLawn);
    ASSERT_GE(lawns.size(), 2);
    window->canvas()->setSelection({lawns[0].version.areaId, lawns[1].version.areaId});
    ASSERT_TRUE(window->retagSelection(kFlowers, kDate)) << window->lastError().toStdString();
    ASSERT_TRUE(ProjectDocument::hasRecovery(path));
    const QByteArray recovery = [&] {
        QFile f(ProjectDocument::recoveryPath(path));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    window.reset(); // the program stops without saving
    {
        QFile f(ProjectDocument::recoveryPath(path)); // as it was when it stopped
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(recovery);
    }

    window = std::make_unique<MainWindow>();
    window->setQuiet(true);
    window->show();
    {
        MessageBoxAnswerer yes(QMessageBox::Yes);
        ASSERT_TRUE(window->openProject(path, true)) << window->lastError().toStdString();
        EXPECT_EQ(yes.answered(), 1);
    }
    window->timeSlider()->setDate(kDate);
    settlePanels(*window);
    ProjectDocument *doc = window->document();
    ASSERT_TRUE(doc->isModified());
    auto careOf = [&](qint64 id) {
        auto history = doc->session().history(id);
        for (const AreaShape &s : history.ok() ? *history : AreaHistory())
            if (s.version.status == AreaStatus::Current && s.version.isValidAt(kDate))
                return s.version.careType;
        return QString();
    };
    EXPECT_EQ(careOf(lawns[0].version.areaId), kFlowers);
    // One step on the undo stack: undone, the project is as saved and nothing is left to recover.
    ASSERT_EQ(doc->undoStack()->count(), 1);
    EXPECT_TRUE(doc->undoStack()->canUndo());
    doc->undoStack()->undo();
    EXPECT_EQ(careOf(lawns[0].version.areaId), kLawn);
    EXPECT_EQ(careOf(lawns[1].version.areaId), kLawn);
    EXPECT_FALSE(doc->isModified());
    EXPECT_FALSE(ProjectDocument::hasRecovery(path));
    doc->undoStack()->redo();
    EXPECT_EQ(careOf(lawns[0].version.areaId), kFlowers);
    EXPECT_TRUE(ProjectDocument::hasRecovery(path));
}

TEST_F(Panels, DeclinedRecoveryIsNotOfferedAgain)
{
    const QList<AreaShape> lawns = areasOfType(kLawn);
    ASSERT_FALSE(lawns.isEmpty());
    window->canvas()->setSelection({lawns[0].version.areaId});
    ASSERT_TRUE(window->retagSelection(kFlowers, kDate)) << window->lastError().toStdString();
    ASSERT_TRUE(ProjectDocument::hasRecovery(path));
    const QString recoveryFile = ProjectDocument::recoveryPath(path);
    QFile::copy(recoveryFile, recoveryFile + QStringLiteral(".kept"));
    window.reset(); // the program stops without saving
    QFile::remove(recoveryFile);
    ASSERT_TRUE(QFile::rename(recoveryFile + QStringLiteral(".kept"), recoveryFile));

    for (int start = 0; start < 2; ++start) {
        window = std::make_unique<MainWindow>();
        window->setQuiet(true);
        window->show();
        MessageBoxAnswerer no(QMessageBox::No);
        ASSERT_TRUE(window->openProject(path, true)) << window->lastError().toStdString();
        settlePanels(*window);
        EXPECT_EQ(no.answered(), start == 0 ? 1 : 0) << "start " << start << ": " << no.text().toStdString();
        EXPECT_FALSE(window->document()->isModified());
        EXPECT_FALSE(ProjectDocument::hasRecovery(path));
        window->close(); // and quit
        window.reset();
    }
}

TEST_F(Panels, RecoveryThatNoLongerFitsIsNotOfferedAgain)
{
    const QList<AreaShape> lawns = areasOfType(kLawn);
    ASSERT_GE(lawns.size(), 2);
    window->canvas()->setSelection({lawns[0].version.areaId});
    ASSERT_TRUE(window->retagSelection(kFlowers, kDate)) << window->lastError().toStdString();
    const QString recoveryFile = ProjectDocument::recoveryPath(path);
    ASSERT_TRUE(QFile::copy(recoveryFile, recoveryFile + QStringLiteral(".kept")));
    window.reset(); // the program stops without saving
    { // meanwhile the project is saved from elsewhere: the edits no longer fit it
        auto other = ProjectDocument::open(path);
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE((*other)->perform((*other)->session().retag({lawns[1].version.areaId}, kFlowers, kDate)).ok());
        ASSERT_TRUE((*other)->save().ok());
    }
    QFile::remove(recoveryFile);
    ASSERT_TRUE(QFile::rename(recoveryFile + QStringLiteral(".kept"), recoveryFile));
    ASSERT_TRUE(ProjectDocument::hasRecovery(path));

    for (int start = 0; start < 2; ++start) {
        window = std::make_unique<MainWindow>();
        window->setQuiet(true);
        window->show();
        MessageBoxAnswerer yes(QMessageBox::Yes);
        ASSERT_TRUE(window->openProject(path, true)) << window->lastError().toStdString();
        EXPECT_EQ(yes.answered(), start == 0 ? 1 : 0) << "start " << start;
        if (start == 0) { // the reason, and where the edits are kept
            EXPECT_TRUE(window->lastError().contains(QStringLiteral("will not be offered again")))
                << window->lastError().toStdString();
        }
        EXPECT_FALSE(window->document()->isModified());
        EXPECT_FALSE(ProjectDocument::hasRecovery(path));
        window->close();
        window.reset();
    }
}

TEST_F(Panels, TimeSliderRunsFromTheFirstDateOfTheData)
{
    AreaQuery all;
    all.status.reset();
    auto versions = window->document()->store().areas(all);
    ASSERT_TRUE(versions.ok());
    QDate first, last;
    for (const AreaVersion &v : *versions) {
        if (!first.isValid() || v.validFrom < first)
            first = v.validFrom;
        for (const QDate &d : {v.validFrom, v.validTo})
            if (d.isValid() && (!last.isValid() || d > last))
                last = d;
    }
    ProjectStore::PathQuery allPaths;
    allPaths.status.reset();
    auto paths = window->document()->store().paths(allPaths);
    ASSERT_TRUE(paths.ok());
    for (const PathVersion &v : *paths)
        for (const QDate &d : {v.validFrom, v.validTo})
            if (d.isValid() && d > last)
                last = d;
    ASSERT_EQ(first, QDate(2019, 1, 1)); // the sample's first areas
    (void)QTest::qWaitFor([&] { return window->timeSlider()->first() == first; }, 10000); // gathered in the background
    EXPECT_EQ(window->timeSlider()->first(), first);
    // On into the future for planning: three years past the last date or today.
    EXPECT_EQ(window->timeSlider()->last().toString(Qt::ISODate),
              std::max(last, QDate::currentDate()).addYears(3).toString(Qt::ISODate));
    EXPECT_EQ(window->timeSlider()->date(), kDate); // the date set stays

    // An area drawn from an earlier date (not saved yet) takes the slider back with it.
    window->departments()->selectDepartment(kStationsparken);
    auto drawn = window->document()->session().addArea(Geometry::rectangle(QRectF(690000, 6160000, 10, 10)),
                                                       kStationsparken, kLawn, QDate(2017, 3, 1), {});
    ASSERT_TRUE(window->document()->perform(std::move(drawn)).ok());
    (void)QTest::qWaitFor([&] { return window->timeSlider()->first() == QDate(2017, 3, 1); }, 10000);
    EXPECT_EQ(window->timeSlider()->first(), QDate(2017, 3, 1));
}

namespace {

/// Writes a picture of a widget to ENGDRIFT_SCREENSHOT_DIR (if set), for a person to look at.
void keepPicture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ENGDRIFT_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

QToolButton *toolButton(QToolBar *bar, const QKeySequence &shortcut)
{
    for (QAction *a : bar->actions())
        if (a->shortcut() == shortcut)
            return qobject_cast<QToolButton *>(bar->widgetForAction(a));
    return nullptr;
}

} // namespace

TEST_F(Panels, UndoButtonKeepsItsWidthAndTellsTheEditInItsTooltip)
{
    window->setLanguage(QStringLiteral("da"));
    auto *bar = window->findChild<QToolBar *>(QStringLiteral("tools"));
    ASSERT_TRUE(bar);
    QToolButton *undo = toolButton(bar, QKeySequence::Undo);
    ASSERT_TRUE(undo);
    QCoreApplication::processEvents();
    const int width = undo->sizeHint().width();
    const QList<AreaShape> lawns = areasOfType(kLawn);
    ASSERT_GE(lawns.size(), 3);
    window->canvas()->setSelection({lawns[0].version.areaId, lawns[1].version.areaId, lawns[2].version.areaId});
    ASSERT_TRUE(window->retagSelection(kFlowers, kDate)) << window->lastError().toStdString();
    QCoreApplication::processEvents();
    const QString description = window->document()->undoStack()->undoText();
    ASSERT_FALSE(description.isEmpty());
    EXPECT_EQ(undo->sizeHint().width(), width);
    EXPECT_FALSE(undo->text().contains(description)) << undo->text().toStdString();
    EXPECT_TRUE(undo->toolTip().contains(description)) << undo->toolTip().toStdString();
    // The menu says what is undone.
    QAction *undoAction = undo->defaultAction();
    ASSERT_TRUE(undoAction);
    EXPECT_TRUE(undoAction->text().contains(description)) << undoAction->text().toStdString();
    window->setLanguage(QStringLiteral("en"));
}

TEST_F(Panels, DocksFitAtTheDefaultWindowSizes)
{
    window->findChild<QDockWidget *>(QStringLiteral("chartsDock"))->show();
    auto *bar = window->findChild<QToolBar *>(QStringLiteral("tools"));
    ASSERT_TRUE(bar);
    QToolButton *overflow = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    ASSERT_TRUE(overflow);
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        window->setLanguage(language);
        for (const QSize &size : {QSize(1280, 800), QSize(1600, 1000)}) {
            const std::string where = QStringLiteral("%1 %2x%3").arg(language).arg(size.width()).arg(size.height()).toStdString();
            window->resize(size);
            settlePanels(*window);
            QSignalSpy refreshed(window->charts(), &ChartsPanel::refreshed);
            while (window->charts()->isBusy() || window->charts()->chart(plots::PlotKind::Share) == nullptr)
                ASSERT_TRUE(refreshed.wait(20000)) << where;
            // Every tool is on the bar, none in the overflow menu.
            EXPECT_FALSE(overflow->isVisible()) << where;
            // The departments' names are not cut short.
            QTreeView *tree = window->departments();
            const QFontMetrics metrics(tree->font());
            QAbstractItemModel *model = tree->model();
            const QModelIndex org = model->index(0, 0);
            for (int row = 0; row < model->rowCount(org); ++row) {
                const QModelIndex name = model->index(row, 0, org);
                EXPECT_GE(tree->visualRect(name).width(), metrics.horizontalAdvance(name.data().toString()) + 6)
                    << where << " " << name.data().toString().toStdString();
            }
            keepPicture(window.get(), QStringLiteral("window-%1-%2").arg(language).arg(size.width()));
            for (int tab = 0; tab < window->charts()->tabs()->count(); ++tab) {
                window->charts()->tabs()->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                keepPicture(window->charts(), QStringLiteral("charts-%1-%2-%3").arg(language).arg(size.width()).arg(tab));
            }
            window->charts()->tabs()->setCurrentIndex(0);
        }
    }
    window->setLanguage(QStringLiteral("en"));
}
