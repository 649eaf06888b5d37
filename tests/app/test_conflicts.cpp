// The desktop program saving while someone else changed one of the edited areas: the other area is
// saved, a dialog names the changed one and asks what to keep, and the choice (keep mine, keep
// theirs, decide later) is what the project holds afterwards. The other editor is a second
// connection to the file (two processes: tests/cli/test_cli_conflicts.cpp).

#include "conflict_dialog.h"
#include "edit/tagging.h"
#include "window_fixture.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTimer>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

const QString kFlowers = QStringLiteral("blomstereng");
const QString kHay = QStringLiteral("hoeslaet");
const DepartmentKey kDept{123, 1};

/// Clicks the button called `button` in every conflict dialog that opens, and remembers its text.
class ConflictAnswerer : public QObject
{
public:
    explicit ConflictAnswerer(const QString &button) : m_button(button)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<ConflictDialog *>(w);
                if (!dialog || !dialog->isVisible())
                    continue;
                if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("conflict.message")))
                    m_text = label->text();
                m_mergeEnabled = dialog->mergeButton()->isEnabled();
                m_mineEnabled = dialog->keepMineButton()->isEnabled();
                m_texts << m_text;
                ++m_answered;
                dialog->findChild<QPushButton *>(m_button)->click();
            }
        });
        m_timer.start();
    }
    int answered() const { return m_answered; }
    QString text() const { return m_text; }
    bool mergeEnabled() const { return m_mergeEnabled; }
    bool mineEnabled() const { return m_mineEnabled; }
    QStringList texts() const { return m_texts; }

private:
    QString m_button;
    QTimer m_timer;
    int m_answered = 0;
    QString m_text;
    bool m_mergeEnabled = true;
    bool m_mineEnabled = true;
    QStringList m_texts;
};

class Conflicts : public test::SampleWindow
{
protected:
    void SetUp() override
    {
        test::SampleWindow::SetUp();
        auto areas = window->document()->session().areasAt(kDate, std::nullopt, kDept);
        ASSERT_TRUE(areas.ok());
        for (const AreaShape &a : *areas) {
            if (a.version.careType != kFlowers && a.version.careType != kHay && ids.size() < 2)
                ids << a.version.areaId;
        }
        ASSERT_EQ(ids.size(), 2);
        window->canvas()->setSelection(QSet<qint64>(ids.cbegin(), ids.cend()));
        ASSERT_TRUE(window->retagSelection(kFlowers, kDate)) << window->lastError().toStdString();
        // Meanwhile another editor tags the first area as hay from the same date.
        auto other = openStore(path, OpenMode::ReadWrite);
        ASSERT_TRUE(other.ok());
        (*other)->setEditorName(QStringLiteral("bo@driften"));
        ASSERT_TRUE(tagAreas(**other, {{ids[0]}, kHay, kDate, {}}).ok());
    }

    QString careAt(qint64 areaId)
    {
        AreaQuery q;
        q.ids = {areaId};
        q.at = kDate;
        auto list = window->document()->store().areas(q);
        EXPECT_TRUE(list.ok() && list->size() == 1);
        return list.ok() && !list->isEmpty() ? list->first().careType : QString();
    }

    QList<qint64> ids;
};

} // namespace

TEST_F(Conflicts, KeepMineSavesMyEditOnTopOfTheirs)
{
    ConflictAnswerer answerer(QStringLiteral("conflict.keepMine"));
    EXPECT_TRUE(window->saveProject()) << window->lastError().toStdString();
    EXPECT_EQ(answerer.answered(), 1);
    EXPECT_TRUE(answerer.text().contains(QStringLiteral("Area %1").arg(ids[0]))) << answerer.text().toStdString();
    EXPECT_TRUE(answerer.text().contains(QStringLiteral("bo@driften"))) << answerer.text().toStdString();
    EXPECT_FALSE(answerer.mergeEnabled()) << "both edits changed the care type";
    EXPECT_EQ(careAt(ids[0]), kFlowers);
    EXPECT_EQ(careAt(ids[1]), kFlowers);
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(Conflicts, KeepTheirsDropsMyEditOfThatArea)
{
    ConflictAnswerer answerer(QStringLiteral("conflict.keepTheirs"));
    EXPECT_TRUE(window->saveProject()) << window->lastError().toStdString();
    EXPECT_EQ(answerer.answered(), 1);
    EXPECT_EQ(careAt(ids[0]), kHay);
    EXPECT_EQ(careAt(ids[1]), kFlowers);
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(Conflicts, DecideLaterKeepsMyEditUnsaved)
{
    ConflictAnswerer answerer(QStringLiteral("conflict.later"));
    EXPECT_FALSE(window->saveProject());
    EXPECT_EQ(answerer.answered(), 1);
    EXPECT_EQ(careAt(ids[0]), kHay) << "nothing overwritten";
    EXPECT_EQ(careAt(ids[1]), kFlowers) << "the other area is saved";
    EXPECT_TRUE(window->document()->isModified());
    EXPECT_EQ(window->document()->session().editedAreaIds(), QList<qint64>{ids[0]});
    EXPECT_TRUE(window->lastError().contains(QStringLiteral("Area %1").arg(ids[0]))) << window->lastError().toStdString();
    EXPECT_TRUE(ProjectDocument::hasRecovery(path)) << "the pending edit is kept for a crash too";
}

TEST_F(Conflicts, APathTheOtherEditorEndedIsAskedAboutAfterTheAreas)
{
    auto paths = window->document()->session().pathsAt(kDate, std::nullopt, kDept);
    ASSERT_TRUE(paths.ok());
    ASSERT_FALSE(paths->isEmpty()) << "the sample department has mown paths";
    const qint64 pathId = paths->first().version.pathId;
    const QDate mine(2026, 7, 1);
    const QDate theirs(2026, 9, 1);
    ASSERT_TRUE(window->endPath(pathId, mine)) << window->lastError().toStdString();
    {
        auto other = openStore(path, OpenMode::ReadWrite);
        ASSERT_TRUE(other.ok());
        (*other)->setEditorName(QStringLiteral("bo@driften"));
        EditSession session(**other);
        ASSERT_TRUE(session.endPaths({pathId}, theirs).ok());
        ASSERT_TRUE(session.save().ok());
    }
    ConflictAnswerer answerer(QStringLiteral("conflict.keepMine"));
    EXPECT_TRUE(window->saveProject()) << window->lastError().toStdString();
    ASSERT_EQ(answerer.answered(), 2) << "the area, then the path";
    const QString pathText = answerer.texts().last();
    for (const QString &part : {QStringLiteral("Path %1").arg(pathId), QStringLiteral("2026-09-01"), QStringLiteral("2026-07-01"),
                                QStringLiteral("bo@driften")})
        EXPECT_TRUE(pathText.contains(part)) << pathText.toStdString();
    EXPECT_FALSE(answerer.mergeEnabled()) << "a path edit only ends the path";
    EXPECT_TRUE(answerer.mineEnabled()) << "my end is earlier than theirs";
    EXPECT_FALSE(window->document()->isModified());
    PathQuery q;
    q.ids = {pathId};
    auto stored = window->document()->store().paths(q);
    ASSERT_TRUE(stored.ok());
    ASSERT_FALSE(stored->isEmpty());
    EXPECT_EQ(stored->last().validTo, mine) << "ended on my date, on top of theirs";
    EXPECT_EQ(careAt(ids[0]), kFlowers);
}

TEST_F(Conflicts, APathThatAlreadyEndsBeforeMyDateOffersOnlyTheirs)
{
    auto paths = window->document()->session().pathsAt(kDate, std::nullopt, kDept);
    ASSERT_TRUE(paths.ok());
    ASSERT_FALSE(paths->isEmpty());
    const qint64 pathId = paths->first().version.pathId;
    ASSERT_TRUE(window->endPath(pathId, QDate(2026, 9, 1))) << window->lastError().toStdString();
    {
        auto other = openStore(path, OpenMode::ReadWrite);
        ASSERT_TRUE(other.ok());
        EditSession session(**other);
        ASSERT_TRUE(session.endPaths({pathId}, QDate(2026, 7, 1)).ok());
        ASSERT_TRUE(session.save().ok());
    }
    ConflictAnswerer answerer(QStringLiteral("conflict.later"));
    EXPECT_FALSE(window->saveProject());
    ASSERT_EQ(answerer.answered(), 2);
    EXPECT_FALSE(answerer.mineEnabled()) << "the path already ends before my date";
    EXPECT_TRUE(window->document()->isModified());
    EXPECT_EQ(window->document()->session().pathConflicts().size(), 1);
    EXPECT_TRUE(window->lastError().contains(QStringLiteral("Path %1").arg(pathId))) << window->lastError().toStdString();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("1 path"))) << window->statusBar()->currentMessage().toStdString();
}
