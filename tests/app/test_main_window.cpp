// The desktop program driven through its real widgets, offscreen, on a copy of the sample
// project: select by click and rectangle, tag, undo, redo, split, merge, draw, save, reopen and
// compare; the import dialog on a file with bad rows; unsaved edits offered back after a crash.

#include "adoption_dialog.h"
#include "department_dialog.h"
#include "department_tree.h"
#include "edit/proposals.h"
#include "import_dialog.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_tools.h"
#include "project_document.h"
#include "properties_panel.h"
#include "test_support.h"
#include "time_slider.h"
#include "util/translations.h"

#include <QApplication>
#include <QFile>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

const QDate kDate(2026, 6, 1);

/// Lets the window draw: processes events until the map is drawn and the panels have their data.
void settle(MainWindow &window, int minimumMs = 150)
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

/// The areas of a department valid at kDate, straight from the store.
QList<AreaShape> areasOf(MainWindow &window, const DepartmentKey &dept)
{
    auto areas = window.document()->session().areasAt(kDate, std::nullopt, dept);
    EXPECT_TRUE(areas.ok());
    return areas.ok() ? areas.value() : QList<AreaShape>();
}

/// The widget pixel of a point inside an area.
QPoint pixelInside(MainWindow &window, const AreaShape &shape)
{
    auto g = Geometry::fromWkb(shape.wkb);
    const QPointF p = window.canvas()->view().toPixel(*g->pointOnSurface());
    return p.toPoint();
}

class App : public ::testing::Test
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
        window->zoomToDepartment({123, 1});
        settle(*window);
    }
    void TearDown() override
    {
        if (window && window->document())
            window->document()->discardEdits();
        window.reset();
        ProjectDocument::dropRecovery(path);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(App, ShowsTheSampleWithMapTreeAndLegend)
{
    EXPECT_EQ(window->canvas()->date(), kDate);
    const QImage map = window->canvas()->mapImage();
    ASSERT_FALSE(map.isNull());
    // The map is drawn: many colours, not one blank background.
    QSet<QRgb> colours;
    for (int y = 0; y < map.height(); y += 7)
        for (int x = 0; x < map.width(); x += 7)
            colours.insert(map.pixel(x, y));
    EXPECT_GT(colours.size(), 20);
    EXPECT_EQ(window->departments()->organisationCount(), 1);
    EXPECT_EQ(window->departments()->departmentCount(0), 3);
    // Zooming to a department (asked for before the tree had its rows) made it the current one.
    EXPECT_EQ(window->departments()->currentDepartment(), (DepartmentKey{123, 1}));
}

TEST_F(App, OpeningTheSameProjectAgainDrawsIt)
{
    // Zoomed to the whole project and opened again: the same view, which is drawn anew (opening no
    // longer draws again for a background or proposal view that did not change).
    window->zoomToAll();
    settle(*window);
    ASSERT_FALSE(window->canvas()->mapImage().isNull());
    ASSERT_TRUE(window->openProject(path, false)) << window->lastError().toStdString();
    EXPECT_TRUE(window->canvas()->mapImage().isNull()) << "the old project's picture is gone";
    settle(*window);
    EXPECT_FALSE(window->canvas()->mapImage().isNull()) << "the map is drawn again";
}

TEST_F(App, ClickAndRectangleSelect)
{
    const QList<AreaShape> areas = areasOf(*window, {123, 1});
    ASSERT_GT(areas.size(), 50);
    // The largest area: easy to hit.
    AreaShape largest = areas.first();
    for (const AreaShape &a : areas)
        if (a.version.areaM2 > largest.version.areaM2)
            largest = a;
    QTest::mouseClick(window->canvas(), Qt::LeftButton, {}, pixelInside(*window, largest));
    EXPECT_EQ(window->canvas()->selection(), QSet<qint64>{largest.version.areaId});

    // A rectangle around the area's bounding box selects at least it and its neighbours.
    window->setTool(MainWindow::Tool::BoxSelect);
    const MapView view = window->canvas()->view();
    const QPointF a = view.toPixel(largest.bounds.topLeft());
    const QPointF b = view.toPixel(largest.bounds.bottomRight());
    QTest::mousePress(window->canvas(), Qt::LeftButton, {}, a.toPoint());
    QTest::mouseMove(window->canvas(), ((a + b) / 2).toPoint());
    QTest::mouseMove(window->canvas(), b.toPoint());
    QTest::mouseRelease(window->canvas(), Qt::LeftButton, {}, b.toPoint());
    const QSet<qint64> selected = window->canvas()->selection();
    EXPECT_TRUE(selected.contains(largest.version.areaId));
    EXPECT_GT(selected.size(), 1);
}

TEST_F(App, TagUndoRedoSaveReopen)
{
    QList<AreaShape> lawns;
    for (const AreaShape &a : areasOf(*window, {123, 1}))
        if (a.version.careType == QLatin1String("brugsplaene"))
            lawns << a;
    ASSERT_GE(lawns.size(), 3);
    const QSet<qint64> three{lawns[0].version.areaId, lawns[1].version.areaId, lawns[2].version.areaId};
    window->canvas()->setSelection(three);
    window->properties()->chooseCareType(QStringLiteral("blomstereng"));
    window->properties()->setFromDate(kDate);
    auto *apply = window->properties()->findChild<QPushButton *>(QStringLiteral("applyCareType"));
    ASSERT_TRUE(apply);
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_EQ(window->document()->undoStack()->count(), 1) << window->lastError().toStdString();
    auto careOf = [&](qint64 id) {
        for (const AreaShape &a : areasOf(*window, {123, 1}))
            if (a.version.areaId == id)
                return a.version.careType;
        return QString();
    };
    for (qint64 id : three)
        EXPECT_EQ(careOf(id), QStringLiteral("blomstereng"));
    EXPECT_TRUE(window->isWindowModified());

    window->document()->undoStack()->undo();
    for (qint64 id : three)
        EXPECT_EQ(careOf(id), QStringLiteral("brugsplaene"));
    window->document()->undoStack()->redo();
    for (qint64 id : three)
        EXPECT_EQ(careOf(id), QStringLiteral("blomstereng"));

    // The panels count the saved map once (the undo stack's clearing is no second change), and
    // dropping no edits changes nothing.
    QSignalSpy changed(window->document(), &ProjectDocument::contentChanged);
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_EQ(changed.count(), 1);
    window->document()->discardEdits();
    EXPECT_EQ(changed.count(), 1);
    window.reset();

    // Reopened: the new care type from the date, the old one before it.
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    for (qint64 id : three) {
        AreaQuery q;
        q.ids = {id};
        q.at = kDate;
        auto now = (*store)->areas(q);
        ASSERT_TRUE(now.ok() && now->size() == 1);
        EXPECT_EQ(now->first().careType, QStringLiteral("blomstereng"));
        q.at = kDate.addDays(-1);
        auto before = (*store)->areas(q);
        ASSERT_TRUE(before.ok() && before->size() == 1);
        EXPECT_EQ(before->first().careType, QStringLiteral("brugsplaene"));
        EXPECT_EQ(before->first().validTo, kDate);
    }
}

TEST_F(App, SplitWithTheToolThenMerge)
{
    QList<AreaShape> areas = areasOf(*window, {123, 1});
    AreaShape largest = areas.first();
    for (const AreaShape &a : areas)
        if (a.version.areaM2 > largest.version.areaM2)
            largest = a;
    window->canvas()->setSelection({largest.version.areaId});
    window->properties()->setFromDate(kDate);
    // A vertical line through the middle of the area's box, drawn with the split tool.
    window->setTool(MainWindow::Tool::Split);
    const QRectF box = largest.bounds;
    auto g = Geometry::fromWkb(largest.wkb);
    const QPointF inside = *g->pointOnSurface();
    const MapView view = window->canvas()->view();
    const QPoint top = view.toPixel(QPointF(inside.x(), box.bottom() + 2)).toPoint();
    const QPoint bottom = view.toPixel(QPointF(inside.x(), box.top() - 2)).toPoint();
    QTest::mouseClick(window->canvas(), Qt::LeftButton, {}, top);
    QTest::mouseClick(window->canvas(), Qt::LeftButton, {}, bottom);
    QTest::keyClick(window->canvas(), Qt::Key_Return);
    ASSERT_EQ(window->document()->undoStack()->count(), 1) << window->lastError().toStdString();
    const QSet<qint64> pieces = window->canvas()->selection();
    ASSERT_GE(pieces.size(), 2);
    double piecesArea = 0;
    for (const AreaShape &a : areasOf(*window, {123, 1})) {
        EXPECT_NE(a.version.areaId, largest.version.areaId); // the parent ended
        if (pieces.contains(a.version.areaId)) {
            piecesArea += a.version.areaM2;
            EXPECT_EQ(a.version.lineage, QList<qint64>{largest.version.areaId});
        }
    }
    EXPECT_NEAR(piecesArea, largest.version.areaM2, 0.01);

    ASSERT_TRUE(window->mergeSelection(kDate)) << window->lastError().toStdString();
    const QSet<qint64> merged = window->canvas()->selection();
    ASSERT_EQ(merged.size(), 1);
    for (const AreaShape &a : areasOf(*window, {123, 1})) {
        if (a.version.areaId == *merged.cbegin()) {
            EXPECT_NEAR(a.version.areaM2, largest.version.areaM2, 0.01);
        }
    }
    EXPECT_EQ(window->document()->undoStack()->count(), 2);
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    auto store = openStore(path, OpenMode::ReadOnly);
    AreaQuery q;
    q.ids = {largest.version.areaId};
    q.status.reset();
    auto history = (*store)->areas(q);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().validTo, kDate);
}

TEST_F(App, DrawANewAreaWithTheTool)
{
    // Draw a 20 x 15 m square east of department 001, outside every estate.
    auto dept = window->document()->store().department({123, 1});
    ASSERT_TRUE(dept.ok() && dept->has_value());
    const QRectF extent = (**dept).extent;
    window->canvas()->zoomToExtent(extent.adjusted(0, 0, 80, 0));
    settle(*window);
    window->departments()->selectDepartment({123, 1});
    window->properties()->chooseCareType(QStringLiteral("eng"));
    window->properties()->setFromDate(kDate);
    window->setTool(MainWindow::Tool::Draw);
    const MapView view = window->canvas()->view();
    const double x = extent.right() + 30, y = extent.center().y();
    for (const QPointF &p : {QPointF(x, y), QPointF(x + 20, y), QPointF(x + 20, y + 15), QPointF(x, y + 15)})
        QTest::mouseClick(window->canvas(), Qt::LeftButton, {}, view.toPixel(p).toPoint());
    QTest::keyClick(window->canvas(), Qt::Key_Return);
    ASSERT_EQ(window->document()->undoStack()->count(), 1) << window->lastError().toStdString();
    const QSet<qint64> created = window->canvas()->selection();
    ASSERT_EQ(created.size(), 1);
    bool found = false;
    for (const AreaShape &a : areasOf(*window, {123, 1})) {
        if (a.version.areaId == *created.cbegin()) {
            found = true;
            EXPECT_EQ(a.version.careType, QStringLiteral("eng"));
            // Clicks land on whole pixels: each side may be up to a pixel longer or shorter.
            const double upp = view.mapUnitsPerPixel();
            EXPECT_NEAR(a.version.areaM2, 300.0, (20.0 + 15.0) * upp + upp * upp);
        }
    }
    EXPECT_TRUE(found);
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    auto store = openStore(path, OpenMode::ReadOnly);
    AreaQuery q;
    q.at = kDate;
    q.department = DepartmentKey{123, 1};
    auto after = (*store)->areas(q);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->size(), areasOf(*window, {123, 1}).size());
}

TEST_F(App, ImportDialogReportsBadRows)
{
    const QString source = dir.filePath(QStringLiteral("bad_rows.geojson"));
    const QString code = QStringLiteral("vedlhold_f_type_kode");
    ASSERT_EQ(test::writeVectorFile(
                  source, QStringLiteral("GeoJSON"), 25832,
                  {{QStringLiteral("POLYGON((701500 6171000,701520 6171000,701520 6171020,701500 6171020,701500 6171000))"),
                    {{code, 102000}}},
                   {QStringLiteral("POINT(701500 6171000)"), {{code, 102000}}},
                   {QString(), {{code, 108020}}},
                   {QStringLiteral("POLYGON((701600 6171000,701620 6171020,701620 6171000,701600 6171020,701600 6171000))"),
                    {{code, 108020}}}}),
              QString());
    window->departments()->selectDepartment({123, 2});
    ImportDialog *dialog = window->showImportDialog();
    ASSERT_TRUE(dialog);
    dialog->setSource(source);
    const ImportOptions options = dialog->options();
    EXPECT_EQ(options.layer, QStringLiteral("areas"));
    EXPECT_EQ(options.department, (DepartmentKey{123, 2})); // the department chosen in the tree
    EXPECT_EQ(options.careField, code); // FKG data is recognised and mapped without asking
    QSignalSpy finished(dialog, &ImportDialog::finished);
    ASSERT_TRUE(dialog->startImport());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(dialog->lastImportSucceeded()) << dialog->reportText().toStdString();
    const QString report = dialog->reportText();
    EXPECT_TRUE(report.contains(QStringLiteral("Imported 2 areas"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("not a polygon"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("no geometry"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("repairing"))) << report.toStdString();
    settle(*window);
    QMap<QString, double> byCare; // valid from today, the dialog's default
    auto imported = window->document()->session().areasAt(QDate::currentDate(), std::nullopt, DepartmentKey{123, 2});
    ASSERT_TRUE(imported.ok());
    for (const AreaShape &a : *imported) {
        if (a.version.source == QLatin1String("bad_rows.geojson"))
            byCare[a.version.careType] += a.version.areaM2;
    }
    EXPECT_NEAR(byCare.value(QStringLiteral("brugsplaene")), 400.0, 0.01);
    EXPECT_NEAR(byCare.value(QStringLiteral("eng")), 200.0, 0.01); // the bow tie: two triangles of 100 m²
}

namespace {

/// A GeoJSON file with two lawns east of the sample, with a start-date field.
QString writeTwoLawns(const QString &path)
{
    const QString code = QStringLiteral("vedlhold_f_type_kode");
    const QString from = QStringLiteral("anlagt");
    return test::writeVectorFile(
        path, QStringLiteral("GeoJSON"), 25832,
        {{QStringLiteral("POLYGON((701500 6171000,701520 6171000,701520 6171020,701500 6171020,701500 6171000))"),
          {{code, 102000}, {from, QStringLiteral("2018-04-01")}}},
         {QStringLiteral("POLYGON((701530 6171000,701550 6171000,701550 6171020,701530 6171020,701530 6171000))"),
          {{code, 102000}, {from, QStringLiteral("2018-05-01")}}}});
}

qint64 areasFrom(ProjectStore &store, const QString &source)
{
    qint64 n = 0;
    AreaQuery q;
    q.status = std::nullopt;
    auto done = store.forEachArea(q, false, [&n, &source](const AreaVersion &v, const Geometry *) {
        n += v.source == source ? 1 : 0;
        return true;
    });
    EXPECT_TRUE(done.ok());
    return n;
}

} // namespace

TEST_F(App, ImportDialogEnterDoesNotImportAndTheDepartmentIsNeverASilentDefault)
{
    const QString source = dir.filePath(QStringLiteral("lawns.geojson"));
    ASSERT_EQ(writeTwoLawns(source), QString());
    const QString before = test::snapshot(path);
    ImportDialog dialog(window->document(), std::nullopt);
    dialog.show();
    auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("sourcePath"));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *org = dialog.findChild<QSpinBox *>(QStringLiteral("orgNumber"));
    auto *dept = dialog.findChild<QSpinBox *>(QStringLiteral("deptNumber"));
    ASSERT_TRUE(file && importButton && org && dept);
    file->setFocus();
    QTest::keyClicks(file, source);
    QTest::keyClick(file, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_EQ(dialog.options().layer, QStringLiteral("areas")); // Enter read the file ...
    EXPECT_FALSE(dialog.options().department);                  // ... and chose no department
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_FALSE(dialog.startImport());
    EXPECT_EQ(org->text(), QStringLiteral("org. –"));
    EXPECT_EQ(dept->text(), QStringLiteral("dept. –"));
    // Enter on the dialog itself does nothing either.
    QTest::keyClick(&dialog, Qt::Key_Enter);
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_EQ(test::snapshot(path), before);

    // A department typed in: now Import can be pressed; department 000 of organisation 123 is one.
    org->setValue(123);
    EXPECT_FALSE(importButton->isEnabled());
    dept->setValue(0);
    EXPECT_TRUE(importButton->isEnabled());
    EXPECT_EQ(dialog.options().department, (DepartmentKey{123, 0}));
    QSignalSpy finished(&dialog, &ImportDialog::finished);
    ASSERT_TRUE(dialog.startImport());
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(dialog.lastImportSucceeded()) << dialog.reportText().toStdString();
    dialog.close();

    // The next dialog of this project (nothing chosen in the tree) remembers it.
    ImportDialog next(window->document(), std::nullopt);
    EXPECT_EQ(next.findChild<QSpinBox *>(QStringLiteral("orgNumber"))->value(), 123);
    EXPECT_EQ(next.findChild<QSpinBox *>(QStringLiteral("deptNumber"))->value(), 0);
    // Typed and closed without importing: remembered too.
    next.findChild<QSpinBox *>(QStringLiteral("deptNumber"))->setValue(7);
    next.reject();
    ImportDialog third(window->document(), std::nullopt);
    EXPECT_EQ(third.findChild<QSpinBox *>(QStringLiteral("deptNumber"))->value(), 7);
    // The department chosen in the tree comes first.
    ImportDialog chosen(window->document(), DepartmentKey{123, 2});
    EXPECT_EQ(chosen.findChild<QSpinBox *>(QStringLiteral("deptNumber"))->value(), 2);
}

TEST_F(App, ImportAgainAsksThenUndoRemovesExactlyWhatTheImportAdded)
{
    const QString source = dir.filePath(QStringLiteral("lawns.geojson"));
    ASSERT_EQ(writeTwoLawns(source), QString());
    auto allVersions = [this] {
        AreaQuery all;
        all.status = std::nullopt;
        return window->document()->store().areas(all)->size();
    };
    const qsizetype versionsBefore = allVersions();
    // The program's connection has counted the rows (GDAL keeps that count) before the import adds some.
    ASSERT_EQ((*window->document()->store().summary(kDate)).areaVersions, versionsBefore);
    window->departments()->selectDepartment({123, 2});
    ImportDialog *dialog = window->showImportDialog();
    ASSERT_TRUE(dialog);
    dialog->setSource(source);
    QSignalSpy finished(dialog, &ImportDialog::finished);
    ASSERT_TRUE(dialog->startImport());
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(dialog->lastImportSucceeded()) << dialog->reportText().toStdString();
    settle(*window);
    EXPECT_EQ(areasFrom(window->document()->store(), QStringLiteral("lawns.geojson")), 2);

    // Once more into the same department: the user is told and asked; "no" imports nothing.
    QString asked;
    dialog->setRepeatQuestion([&asked](const QString &question) {
        asked = question;
        return false;
    });
    EXPECT_FALSE(dialog->startImport());
    EXPECT_TRUE(asked.contains(QStringLiteral("lawns.geojson was already imported into 123-002 on %1, 2 areas")
                                   .arg(QDate::currentDate().toString(Qt::ISODate))))
        << asked.toStdString();
    EXPECT_EQ(areasFrom(window->document()->store(), QStringLiteral("lawns.geojson")), 2);

    // Undo takes the import back out, in one step.
    ASSERT_TRUE(window->document()->undoStack()->canUndo());
    EXPECT_TRUE(window->document()->undoStack()->undoText().contains(QStringLiteral("lawns.geojson")));
    window->document()->undoStack()->undo();
    settle(*window);
    EXPECT_TRUE(window->lastError().isEmpty()) << window->lastError().toStdString();
    EXPECT_EQ(areasFrom(window->document()->store(), QStringLiteral("lawns.geojson")), 0);
    EXPECT_EQ(allVersions(), versionsBefore);
    // The file's own count of the rows (what QGIS and ogrinfo show) is right too.
    auto fresh = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ((*(*fresh)->summary(kDate)).areaVersions, versionsBefore);
    fresh = makeError(QString());
    // So it stays after an edit saved on the program's own connection.
    const AreaShape lawn = areasOf(*window, {123, 1}).first();
    window->canvas()->setSelection({lawn.version.areaId});
    ASSERT_TRUE(window->retagSelection(QStringLiteral("naturgraes"), kDate)) << window->lastError().toStdString();
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    auto afterSave = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(afterSave.ok());
    EXPECT_EQ((*(*afterSave)->summary(kDate)).areaVersions, allVersions());
    EXPECT_FALSE(window->document()->undoStack()->canRedo()); // an import is imported again, not redone
    auto batches = window->document()->store().importBatches();
    ASSERT_TRUE(batches.ok());
    ASSERT_FALSE(batches->isEmpty());
    EXPECT_TRUE(batches->last().isUndone());
}

TEST_F(App, ImportAsksWhenTheAreasStartAndNamesANewDepartment)
{
    const QString source = dir.filePath(QStringLiteral("lawns.geojson"));
    ASSERT_EQ(writeTwoLawns(source), QString());
    ImportDialog dialog(window->document(), DepartmentKey{123, 9});
    dialog.setSource(source);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("deptName"));
    auto *startField = dialog.findChild<QComboBox *>(QStringLiteral("validFromField"));
    ASSERT_TRUE(name && startField);
    EXPECT_FALSE(name->isReadOnly()); // 123-009 is new: it gets the name typed here
    name->setText(QStringLiteral("Nyparken"));
    // The file's date field is offered as each area's start.
    EXPECT_EQ(startField->currentData().toString(), QStringLiteral("anlagt"));
    const ImportOptions options = dialog.options();
    EXPECT_EQ(options.validFromField, QStringLiteral("anlagt"));
    EXPECT_EQ(options.departmentName, QStringLiteral("Nyparken"));
    QSignalSpy finished(&dialog, &ImportDialog::finished);
    ASSERT_TRUE(dialog.startImport());
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(dialog.lastImportSucceeded()) << dialog.reportText().toStdString();
    auto dept = window->document()->store().department({123, 9});
    ASSERT_TRUE(dept.ok() && dept->has_value());
    EXPECT_EQ((**dept).name, QStringLiteral("Nyparken"));
    EXPECT_EQ(*window->document()->store().departmentStart({123, 9}), QDate(2018, 4, 1));
    EXPECT_TRUE(name->isReadOnly()); // now an existing department
}

TEST_F(App, DepartmentsAreNamedCreatedAndDeletedThroughTheirDialog)
{
    // Rename department 001; the tree shows the new name.
    DepartmentDialog edit(window->document(), DepartmentKey{123, 1});
    auto *name = edit.findChild<QLineEdit *>(QStringLiteral("departmentName"));
    ASSERT_TRUE(name);
    EXPECT_FALSE(name->text().isEmpty()); // the sample's name
    edit.setForm({123, 1}, QStringLiteral("Stationsparken Nord"), QStringLiteral("Stationsvej 2, 2640 Hedehusene"), 180);
    ASSERT_TRUE(edit.save()) << edit.message().toStdString();
    auto saved = window->document()->store().department({123, 1});
    EXPECT_EQ((**saved).name, QStringLiteral("Stationsparken Nord"));
    EXPECT_EQ((**saved).address, QStringLiteral("Stationsvej 2, 2640 Hedehusene"));
    EXPECT_EQ((**saved).homes, 180);
    window->departments()->reload();
    settle(*window, 400);
    EXPECT_TRUE(window->departments()->text({123, 1}, 0).contains(QStringLiteral("Stationsparken Nord")))
        << window->departments()->text({123, 1}, 0).toStdString();
    // A department with areas is not deleted; the reason is shown.
    EXPECT_FALSE(edit.deleteDepartment());
    EXPECT_TRUE(edit.message().contains(QStringLiteral("cannot be deleted"))) << edit.message().toStdString();

    // A new one, without a name: refused; with one: created, then deleted again (it is empty).
    DepartmentDialog fresh(window->document(), std::nullopt);
    fresh.setForm({123, 12}, QString(), QString(), 0);
    EXPECT_FALSE(fresh.save());
    EXPECT_EQ(fresh.message(), QStringLiteral("Department 123-012 needs a name."));
    fresh.setForm({123, 1}, QStringLiteral("Dublet"), QString(), 0);
    EXPECT_FALSE(fresh.save()); // 001 exists: a new department must be new
    fresh.setForm({123, 12}, QStringLiteral("Ny afdeling"), QString(), 40);
    ASSERT_TRUE(fresh.save()) << fresh.message().toStdString();
    EXPECT_TRUE(window->document()->store().department({123, 12})->has_value());
    DepartmentDialog remove(window->document(), DepartmentKey{123, 12});
    ASSERT_TRUE(remove.deleteDepartment()) << remove.message().toStdString();
    EXPECT_FALSE(window->document()->store().department({123, 12})->has_value());
}

TEST_F(App, StartDateIsCorrectedThroughItsDialog)
{
    const QDate start = *window->document()->store().departmentStart({123, 3});
    StartDateDialog dialog(window->document(), {123, 3});
    dialog.setForm(start.addYears(-3), QStringLiteral("areas existed before the program was used"));
    ASSERT_TRUE(dialog.apply()) << dialog.message().toStdString();
    EXPECT_EQ(*window->document()->store().departmentStart({123, 3}), start.addYears(-3));
    auto records = window->document()->store().corrections(DepartmentKey{123, 3});
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 1);
    EXPECT_EQ(records->first().note, QStringLiteral("areas existed before the program was used"));
    // Far later than every first version ends: refused, with the reason in the dialog.
    dialog.setForm(QDate(2100, 1, 1));
    EXPECT_FALSE(dialog.apply());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("cannot start on 2100-01-01"))) << dialog.message().toStdString();
}

TEST_F(App, UnsavedEditsAreOfferedBackAfterACrash)
{
    const AreaShape first = areasOf(*window, {123, 1}).first();
    window->canvas()->setSelection({first.version.areaId});
    ASSERT_TRUE(window->retagSelection(QStringLiteral("naturgraes"), kDate)) << window->lastError().toStdString();
    EXPECT_TRUE(ProjectDocument::hasRecovery(path));
    // The program dies here: nothing was saved, but the recovery file has the edit.
    auto store = openStore(path, OpenMode::ReadOnly);
    AreaQuery q;
    q.ids = {first.version.areaId};
    q.at = kDate;
    EXPECT_EQ((*store)->areas(q)->first().careType, first.version.careType);
    auto again = ProjectDocument::open(path);
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE((*again)->restoreRecovery().ok());
    EXPECT_TRUE((*again)->isModified());
    auto history = (*again)->session().history(first.version.areaId);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().version.careType, QStringLiteral("naturgraes"));
}

TEST_F(App, AdoptionRecordThroughTheDialog)
{
    AdoptionDialog dialog(window->document(), {123, 3});
    const int before = dialog.eventCount(); // the sample's own record of department 003
    dialog.setForm(AdoptionEventKind::Proposed, QDate(2026, 1, 10), MeetingBody::None, std::nullopt);
    ASSERT_TRUE(dialog.recordFromForm()) << dialog.message().toStdString();
    EXPECT_EQ(dialog.eventCount(), before + 1);
    // 150 votes from 72 households: refused with the reason, nothing written.
    dialog.setForm(AdoptionEventKind::Adopted, QDate(2026, 3, 12), MeetingBody::DepartmentMeeting, Votes{100, 40, 10, 72});
    EXPECT_FALSE(dialog.recordFromForm());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("72"))) << dialog.message().toStdString();
    EXPECT_EQ(dialog.eventCount(), before + 1);
    dialog.setForm(AdoptionEventKind::Adopted, QDate(2026, 3, 12), MeetingBody::DepartmentMeeting, Votes{48, 12, 3, 72});
    ASSERT_TRUE(dialog.recordFromForm()) << dialog.message().toStdString();
    EXPECT_EQ(dialog.eventCount(), before + 2);
    // The department tree shows the status.
    window->departments()->reload();
    settle(*window, 400);
    const QString status = window->departments()->text({123, 3}, 1);
    EXPECT_TRUE(status.contains(QStringLiteral("2026-03-12"))) << status.toStdString();
}

TEST_F(App, AdoptionDialogNamesTheProposalAndDeletesThroughTheChecks)
{
    // Department 003 has the sample's proposal "Naturvenlige udearealer 2027" (id 1), a draft.
    AdoptionDialog dialog(window->document(), {123, 3});
    const int before = dialog.eventCount();
    ASSERT_TRUE(dialog.setFormProposal(1));
    dialog.setForm(AdoptionEventKind::Adopted, QDate(2027, 3, 11), MeetingBody::DepartmentMeeting, Votes{50, 10, 2, 70});
    ASSERT_TRUE(dialog.recordFromForm()) << dialog.message().toStdString();
    EXPECT_FALSE(dialog.messageIsError());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("adopted"))) << dialog.message().toStdString();
    EXPECT_EQ((*window->document()->store().proposal(1))->status, ProposalStatus::Adopted);

    // The same decision again is a duplicate.
    ASSERT_TRUE(dialog.setFormProposal(1));
    EXPECT_FALSE(dialog.recordFromForm());
    EXPECT_TRUE(dialog.messageIsError());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("already in the record"))) << dialog.message().toStdString();
    EXPECT_EQ(dialog.eventCount(), before + 1);

    // Deleting the decision: the proposal is a draft again.
    auto events = window->document()->store().adoptionEvents(DepartmentKey{123, 3});
    ASSERT_TRUE(events.ok());
    ASSERT_TRUE(dialog.deleteEvent(events->last().id)) << dialog.message().toStdString();
    EXPECT_EQ(dialog.eventCount(), before);
    EXPECT_EQ((*window->document()->store().proposal(1))->status, ProposalStatus::Draft);

    // Department 001 was adopted and then implemented: its adoption cannot be deleted alone.
    AdoptionDialog first(window->document(), {123, 1});
    auto firstEvents = window->document()->store().adoptionEvents(DepartmentKey{123, 1});
    ASSERT_TRUE(firstEvents.ok());
    const auto adopted = std::find_if(firstEvents->cbegin(), firstEvents->cend(),
                                      [](const AdoptionEvent &e) { return e.kind == AdoptionEventKind::Adopted; });
    ASSERT_NE(adopted, firstEvents->cend());
    const int firstCount = first.eventCount();
    EXPECT_FALSE(first.deleteEvent(adopted->id));
    EXPECT_TRUE(first.messageIsError());
    EXPECT_TRUE(first.message().contains(QStringLiteral("needs an adoption before it"))) << first.message().toStdString();
    EXPECT_EQ(first.eventCount(), firstCount);
}

TEST_F(App, PlanInAProposalBesideTodaysMap)
{
    auto created = createProposal(window->document()->store(), {123, 1}, QStringLiteral("Forslag 2026"), kDate);
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    QList<AreaShape> lawns;
    for (const AreaShape &a : areasOf(*window, {123, 1}))
        if (a.version.careType == QLatin1String("brugsplaene"))
            lawns << a;
    ASSERT_GE(lawns.size(), 2);
    const qint64 id = lawns.first().version.areaId;
    window->setProposal(created->id, created->name);
    settle(*window);
    window->canvas()->setSelection({id});
    ASSERT_TRUE(window->retagSelection(QStringLiteral("blomstereng"), kDate)) << window->lastError().toStdString();
    auto careOf = [&](qint64 areaId) {
        for (const AreaShape &a : areasOf(*window, {123, 1}))
            if (a.version.areaId == areaId)
                return a.version.careType;
        return QString();
    };
    EXPECT_EQ(careOf(id), QStringLiteral("blomstereng")); // as planned
    // A geometry edit is refused in the proposal.
    EXPECT_FALSE(window->retireSelection(kDate));
    window->setProposal(std::nullopt);
    EXPECT_EQ(careOf(id), QStringLiteral("brugsplaene")); // today
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    auto bars = shareBars(window->document()->store(), kDate, DepartmentKey{123, 1});
    ASSERT_TRUE(bars.ok());
    ASSERT_EQ(bars->size(), 1);
    EXPECT_TRUE(bars->first().hasProposal);
    EXPECT_NEAR(bars->first().natureProposal - bars->first().natureToday, lawns.first().version.areaM2, 0.01);
}

TEST_F(App, MownPathDrawnUndoneEndedAndPlanned)
{
    QList<AreaShape> meadows;
    for (const AreaShape &a : areasOf(*window, {123, 1}))
        if (a.version.careType == QLatin1String("eng"))
            meadows << a;
    ASSERT_FALSE(meadows.isEmpty());
    std::sort(meadows.begin(), meadows.end(),
              [](const AreaShape &a, const AreaShape &b) { return a.version.areaM2 > b.version.areaM2; });
    auto meadow = Geometry::fromWkb(meadows.first().wkb);
    ASSERT_TRUE(meadow.ok());
    const QPointF middle = *meadow->pointOnSurface();
    const QPointF a = middle - QPointF(4, 0), b = middle + QPointF(4, 0);
    auto pathsAt = [&](const QDate &date) {
        auto paths = window->document()->session().pathsAt(date);
        EXPECT_TRUE(paths.ok());
        return paths.ok() ? paths.value() : QList<PathShape>();
    };
    const qsizetype before = pathsAt(kDate).size();

    window->departments()->selectDepartment({123, 1});
    window->properties()->setFromDate(kDate);
    window->setTool(MainWindow::Tool::Path);
    window->setPathWidth(2.0);
    window->pathTool()->addPoint(a);
    window->pathTool()->addPoint(b);
    window->pathTool()->finish();
    settle(*window);
    ASSERT_EQ(pathsAt(kDate).size(), before + 1) << window->lastError().toStdString();
    const PathShape *drawn = nullptr;
    const QList<PathShape> now = pathsAt(kDate);
    for (const PathShape &p : now)
        if (p.version.pathId < 0)
            drawn = &p;
    ASSERT_TRUE(drawn);
    EXPECT_DOUBLE_EQ(drawn->version.widthM, 2.0);
    EXPECT_NEAR(drawn->version.lengthM, 8.0, 1e-9);
    EXPECT_EQ(drawn->version.department, (DepartmentKey{123, 1}));
    // It is on the map: the short-grass colour on the line, not the meadow's yellow.
    const QImage map = window->canvas()->mapImage();
    const QPoint onLine = window->canvas()->view().toPixel(middle + QPointF(2, 0)).toPoint();
    const QColor colour = map.pixelColor(onLine);
    EXPECT_LT(std::abs(colour.red() - 0xa9) + std::abs(colour.green() - 0xd6) + std::abs(colour.blue() - 0x7e), 30)
        << colour.name().toStdString();
    // Found under the mouse, undone and redone.
    EXPECT_FALSE(window->canvas()->pathsAtPixel(onLine).isEmpty());
    window->document()->undoStack()->undo();
    EXPECT_EQ(pathsAt(kDate).size(), before);
    window->document()->undoStack()->redo();
    EXPECT_EQ(pathsAt(kDate).size(), before + 1);
    // Ended later: mown until then.
    const qint64 id = window->canvas()->pathsAtPixel(onLine).first().version.pathId;
    ASSERT_TRUE(window->endPath(id, kDate.addDays(30))) << window->lastError().toStdString();
    EXPECT_EQ(pathsAt(kDate).size(), before + 1);
    EXPECT_EQ(pathsAt(kDate.addDays(30)).size(), before);
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    ProjectStore::PathQuery all;
    all.status.reset();
    EXPECT_EQ(window->document()->store().paths(all)->size(), 4); // the sample's three and this one

    // Planned in a proposal: not on today's map.
    auto created = createProposal(window->document()->store(), {123, 1}, QStringLiteral("Stier 2026"), kDate);
    ASSERT_TRUE(created.ok());
    window->setProposal(created->id, created->name);
    settle(*window);
    window->pathTool()->addPoint(a + QPointF(0, 3));
    window->pathTool()->addPoint(b + QPointF(0, 3));
    window->pathTool()->finish();
    // Mown on kDate: the sample's two and the one drawn above (it ends later); with the proposal on, the plan too.
    EXPECT_EQ(pathsAt(kDate).size(), before + 2) << window->lastError().toStdString();
    window->setProposal(std::nullopt);
    EXPECT_EQ(pathsAt(kDate).size(), before + 1); // today's map: the planned path is not mown
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    ProjectStore::PathQuery planned;
    planned.status = AreaStatus::Proposed;
    planned.proposalId = created->id;
    EXPECT_EQ(window->document()->store().paths(planned)->size(), 1);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("engdrift-app-tests"));
    engdrift::installTranslations(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// The first start (no saved window state) opens a window that fits the screen: on a small laptop
// screen the right-hand panel was cut off.
TEST(AppWindow, AFirstStartFitsTheScreen)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("window"));
    const QScreen *screen = QGuiApplication::primaryScreen();
    ASSERT_NE(screen, nullptr);
    MainWindow window;
    window.setQuiet(true);
    const QSize available = screen->availableGeometry().size();
    EXPECT_LE(window.width(), available.width()) << "screen " << available.width() << " x " << available.height();
    EXPECT_LE(window.height(), available.height());
    EXPECT_GE(window.width(), available.width() * 0.9); // and uses the room there is
}

TEST(AppWindow, AForeignTriggerIsRemovedOnOpenAndTheWindowSaysSo)
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.engdrift.gpkg"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, "CREATE TRIGGER evil AFTER INSERT ON adoption_events BEGIN DELETE FROM areas; END",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(db);
    }
    ProjectDocument::dropRecovery(path);
    MainWindow window;
    window.setQuiet(true);
    ASSERT_TRUE(window.openProject(path, false)) << window.lastError().toStdString();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("openWarnings"));
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->informativeText().contains(QLatin1String("\"evil\""))) << box->informativeText().toStdString();
    box->close();
    window.document()->discardEdits();
    ProjectDocument::dropRecovery(path);
}
