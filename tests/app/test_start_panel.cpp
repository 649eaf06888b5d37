// The start panel: an empty map says what to do first. Without a project: new, open, or the
// sample; in a project without areas: import areas, or open the sample project, which opens a copy
// of the installed sample (the shipped file is never changed). Gone once the project has areas.

#include "import_dialog.h"
#include "sample_project.h"
#include "start_panel.h"
#include "store/project_store.h"
#include "test_support.h"
#include "util/translations.h"
#include "window_fixture.h"

#include <QCryptographicHash>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

class StartPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(dir.isValid());
        window = std::make_unique<MainWindow>();
        window->setQuiet(true);
        window->setSampleCopyFolder(dir.filePath(QStringLiteral("documents")));
        window->resize(1280, 800);
        window->show();
    }
    void TearDown() override
    {
        if (window && window->document()) {
            const QString path = window->document()->path();
            window->document()->discardEdits();
            window.reset();
            ProjectDocument::dropRecovery(path);
        }
        window.reset();
        installTranslations(QStringLiteral("en"));
    }

    /// The panel once the window has counted what the project holds.
    StartPanel *panel()
    {
        test::settle(*window, 300);
        return window->startPanel();
    }

    QPushButton *button(const char *name)
    {
        auto *b = window->startPanel()->findChild<QPushButton *>(QString::fromLatin1(name));
        EXPECT_TRUE(b) << name;
        return b;
    }

    /// A new, empty project in the window.
    void newEmptyProject()
    {
        ASSERT_TRUE(window->newProject(dir.filePath(QStringLiteral("empty.engdrift.gpkg")))) << window->lastError().toStdString();
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(StartPanelTest, TheSampleIsInstalledBesideTheProgram)
{
    const QString sample = installedSampleProject();
    ASSERT_FALSE(sample.isEmpty());
    EXPECT_EQ(QFileInfo(sample).canonicalFilePath(), QFileInfo(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT)).canonicalFilePath());
}

TEST_F(StartPanelTest, WithoutAProjectItOffersNewOpenAndTheSample)
{
    StartPanel *start = panel();
    ASSERT_TRUE(start);
    EXPECT_TRUE(start->isVisible());
    EXPECT_EQ(start->mode(), StartPanel::Mode::NoProject);
    EXPECT_TRUE(button("startNewProject")->isVisible());
    EXPECT_TRUE(button("startOpenProject")->isVisible());
    EXPECT_TRUE(button("startSample")->isVisible());
    EXPECT_FALSE(button("startImport")->isVisible());
    EXPECT_LE(std::abs(start->geometry().center().x() - window->canvas()->rect().center().x()), 2);
    for (const char *name : {"startNewProject", "startOpenProject", "startSample"})
        EXPECT_GE(button(name)->width(), button(name)->sizeHint().width()) << name; // the text is not cut
    test::grabForReview(window.get(), QStringLiteral("start-none-en"));
}

TEST_F(StartPanelTest, AnEmptyProjectSaysWhatToDoFirstUntilItHasAreas)
{
    window->setLanguage(QStringLiteral("da"));
    newEmptyProject();
    StartPanel *start = panel();
    ASSERT_TRUE(start->isVisible());
    EXPECT_EQ(start->mode(), StartPanel::Mode::EmptyProject);
    // In the middle of the map, whole.
    const QRect canvas = window->canvas()->rect();
    EXPECT_TRUE(canvas.contains(start->geometry())) << start->geometry().x() << "," << start->geometry().y();
    EXPECT_LE(std::abs(start->geometry().center().x() - canvas.center().x()), 2);
    for (const char *name : {"startImport", "startSample"}) {
        QPushButton *b = button(name);
        EXPECT_TRUE(b->isVisible()) << name;
        EXPECT_GE(b->width(), b->sizeHint().width()) << name; // the text is not cut
    }
    EXPECT_FALSE(button("startNewProject")->isVisible());
    EXPECT_EQ(button("startImport")->text(), QStringLiteral("Importer arealer…"));
    test::grabForReview(window.get(), QStringLiteral("start-empty-da"));

    // Import areas… opens the import dialog; an import makes the panel go.
    QTest::mouseClick(button("startImport"), Qt::LeftButton);
    auto *dialog = window->findChild<ImportDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    const QString source = dir.filePath(QStringLiteral("lawn.geojson"));
    ASSERT_EQ(test::writeVectorFile(
                  source, QStringLiteral("GeoJSON"), 25832,
                  {{QStringLiteral("POLYGON((701500 6171000,701520 6171000,701520 6171020,701500 6171020,701500 6171000))"),
                    {{QStringLiteral("vedlhold_f_type_kode"), 102000}}}}),
              QString());
    dialog->setSource(source);
    dialog->findChild<QSpinBox *>(QStringLiteral("orgNumber"))->setValue(12);
    dialog->findChild<QSpinBox *>(QStringLiteral("deptNumber"))->setValue(5);
    QSignalSpy finished(dialog, &ImportDialog::finished);
    ASSERT_TRUE(dialog->startImport());
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(dialog->lastImportSucceeded()) << dialog->reportText().toStdString();
    dialog->reject();
    EXPECT_FALSE(panel()->isVisible());

    // Undone: empty again, and the panel is back.
    window->document()->undoStack()->undo();
    EXPECT_TRUE(panel()->isVisible());
    EXPECT_EQ(panel()->mode(), StartPanel::Mode::EmptyProject);
}

TEST_F(StartPanelTest, TheSampleButtonOpensACopy)
{
    newEmptyProject();
    ASSERT_TRUE(panel()->isVisible());
    const QString installed = installedSampleProject();
    const QByteArray before = checksum(installed);
    QTest::mouseClick(button("startSample"), Qt::LeftButton);
    ASSERT_TRUE(window->document()) << window->lastError().toStdString();
    const QString copy = dir.filePath(QStringLiteral("documents/Engdrift-eksempel.engdrift.gpkg"));
    EXPECT_EQ(window->document()->path(), copy);
    EXPECT_FALSE(panel()->isVisible()); // the sample has areas
    // Worked in and saved: the copy changes, the installed sample does not.
    auto areas = window->document()->session().areasAt(QDate(2026, 6, 1), std::nullopt, DepartmentKey{123, 1});
    ASSERT_TRUE(areas.ok() && !areas->isEmpty());
    window->canvas()->setSelection({areas->first().version.areaId});
    ASSERT_TRUE(window->retagSelection(QStringLiteral("eng"), QDate(2026, 7, 1))) << window->lastError().toStdString();
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    EXPECT_EQ(checksum(installed), before);

    // Opened again: a fresh copy beside the first, which keeps the work done in it.
    ASSERT_TRUE(window->openSampleProject()) << window->lastError().toStdString();
    EXPECT_EQ(window->document()->path(), dir.filePath(QStringLiteral("documents/Engdrift-eksempel (2).engdrift.gpkg")));
    EXPECT_EQ(checksum(installed), before);
    auto first = openStore(copy, OpenMode::ReadOnly);
    ASSERT_TRUE(first.ok()) << first.errorMessage().toStdString();
    AreaQuery q;
    q.ids = {areas->first().version.areaId};
    q.at = QDate(2026, 7, 1);
    auto retagged = (*first)->areas(q);
    ASSERT_TRUE(retagged.ok() && retagged->size() == 1);
    EXPECT_EQ(retagged->first().careType, QStringLiteral("eng"));
}
