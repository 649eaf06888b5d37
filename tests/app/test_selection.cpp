// The words of the editing actions (each says one thing), and the selection: the panel with a
// mixed selection, its summary by care type and its list of areas, and select by care type.
//
// With ENGDRIFT_SCREENSHOT_DIR set, the tests also write what they looked at as PNG files there.

#include "department_tree.h"
#include "edit/departments.h"
#include "properties_panel.h"
#include "window_fixture.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QToolBar>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

/// Writes a picture of a widget to ENGDRIFT_SCREENSHOT_DIR (if set), for a person to look at.
void keepPicture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ENGDRIFT_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

/// An action's text as a person reads it: without the mnemonic's ampersand and the ellipsis.
QString plain(const QString &text)
{
    QString t = text;
    t.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    return t.trimmed();
}

/// Every action of the menus (not the list of recent projects) and of the tool bar.
QList<QAction *> windowActions(MainWindow &window)
{
    QList<QAction *> actions;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        if (menu->objectName() == QLatin1String("recentMenu"))
            return;
        for (QAction *a : menu->actions()) {
            if (a->menu())
                collect(a->menu());
            else if (!a->isSeparator() && !actions.contains(a))
                actions << a;
        }
    };
    for (QAction *a : window.menuBar()->actions())
        if (a->menu())
            collect(a->menu());
    for (QAction *a : window.findChild<QToolBar *>(QStringLiteral("tools"))->actions())
        if (!a->isSeparator() && !a->text().isEmpty() && !actions.contains(a))
            actions << a;
    return actions;
}

QAction *actionNamed(const QList<QAction *> &actions, const QString &name)
{
    for (QAction *a : actions)
        if (a->objectName() == name)
            return a;
    return nullptr;
}

QAction *actionWithShortcut(const QList<QAction *> &actions, const QKeySequence &key)
{
    for (QAction *a : actions)
        if (!key.isEmpty() && a->shortcut() == key)
            return a;
    return nullptr;
}

class Selection : public test::SampleWindow
{
};

class Words : public test::SampleWindow, public ::testing::WithParamInterface<const char *>
{
};

} // namespace

TEST_P(Words, EachWordSaysOneThing)
{
    window->setLanguage(QString::fromLatin1(GetParam()));
    QCoreApplication::processEvents(); // the panels' texts follow the language
    const QList<QAction *> actions = windowActions(*window);
    // No two actions share a text, and no action is named like a key of another ("Del").
    QHash<QString, QAction *> byText;
    QSet<QString> keys;
    for (QAction *a : actions) {
        if (!a->shortcut().isEmpty())
            keys << a->shortcut().toString(QKeySequence::NativeText);
    }
    for (QAction *a : actions) {
        const QString text = plain(a->text());
        if (text.isEmpty())
            continue;
        EXPECT_FALSE(byText.contains(text)) << GetParam() << ": two actions are called " << text.toStdString();
        byText.insert(text, a);
        EXPECT_FALSE(keys.contains(text)) << GetParam() << ": an action is called like the key " << text.toStdString();
    }
    // Quitting the program is one word that nothing else uses (retiring an area, finishing a line).
    QAction *quit = actionNamed(actions, QStringLiteral("quit"));
    QAction *retire = actionNamed(actions, QStringLiteral("retireSelection"));
    QAction *split = actionWithShortcut(actions, QKeySequence(Qt::Key_S));
    ASSERT_TRUE(quit && retire && split);
    const QString quitWord = plain(quit->text()).toLower();
    for (QAction *a : actions) {
        if (a == quit)
            continue;
        EXPECT_FALSE(plain(a->text()).toLower().contains(quitWord)) << a->text().toStdString();
        EXPECT_FALSE(a->toolTip().toLower().contains(quitWord)) << a->toolTip().toStdString();
    }
    // The panel's buttons say what the actions say.
    PropertiesPanel *panel = window->properties();
    QPushButton *splitButton = panel->findChild<QPushButton *>(QStringLiteral("splitSelection"));
    QPushButton *retireButton = panel->findChild<QPushButton *>(QStringLiteral("retireSelection"));
    ASSERT_TRUE(splitButton && retireButton);
    EXPECT_EQ(plain(splitButton->text()), plain(split->text()));
    EXPECT_TRUE(plain(retire->text()).startsWith(plain(retireButton->text())))
        << retire->text().toStdString() << " / " << retireButton->text().toStdString();
    EXPECT_FALSE(retireButton->text().toLower().contains(quitWord));
    EXPECT_FALSE(retireButton->toolTip().toLower().contains(quitWord));
    if (QLatin1String(GetParam()) == QLatin1String("da")) { // the words chosen
        EXPECT_EQ(plain(split->text()), QStringLiteral("Opdel"));
        EXPECT_EQ(plain(retireButton->text()), QStringLiteral("Nedlæg"));
        EXPECT_EQ(quitWord, QStringLiteral("afslut"));
    }
    window->setLanguage(QStringLiteral("en"));
}

INSTANTIATE_TEST_SUITE_P(Languages, Words, ::testing::Values("da", "en"),
                         [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

namespace {

/// Waits until the department tree has gathered its rows again.
void waitForTree(MainWindow &window)
{
    (void)QTest::qWaitFor([&] { return !window.departments()->isBusy(); }, 20000);
    test::settle(window);
}

} // namespace

TEST_F(Selection, TheTreeShowsLongDepartmentNamesWhole)
{
    const QString longName = QStringLiteral("Kornmarken og Hedehusene Stationsby, afsnit Nord (blok 1-14)");
    auto department = window->document()->store().department({123, 3});
    ASSERT_TRUE(department.ok() && department->has_value());
    Department renamed = **department;
    renamed.name = longName;
    ASSERT_TRUE(saveDepartmentDetails(window->document()->store(), renamed, false).ok());
    window->document()->storeChangedOutside();
    for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
        window->setLanguage(language);
        for (const QSize &size : {QSize(1280, 800), QSize(1600, 1000)}) {
            const std::string where = QStringLiteral("%1 %2x%3").arg(language).arg(size.width()).arg(size.height()).toStdString();
            window->resize(size);
            waitForTree(*window);
            QTreeView *tree = window->departments();
            const QFontMetrics metrics(tree->font());
            QAbstractItemModel *model = tree->model();
            const QModelIndex org = model->index(0, 0);
            ASSERT_EQ(model->rowCount(org), 3) << where;
            bool sawLongName = false;
            for (int row = 0; row < model->rowCount(org); ++row) {
                const QModelIndex name = model->index(row, 0, org);
                const QString text = name.data().toString();
                sawLongName |= text.contains(longName);
                // The whole name fits its column (a long one scrolls sideways, it is not cut).
                EXPECT_GE(tree->visualRect(name).width(), metrics.horizontalAdvance(text) + 6) << where << " " << text.toStdString();
                EXPECT_TRUE(name.data(Qt::ToolTipRole).toString().contains(text.section(QLatin1Char(' '), 1)))
                    << where << " " << text.toStdString();
            }
            EXPECT_TRUE(sawLongName) << where;
            keepPicture(window.get(), QStringLiteral("tree-long-name-%1-%2").arg(language).arg(size.width()));
        }
    }
    // Short names again: the name column fills the room the other columns leave.
    renamed.name = QStringLiteral("Kornmarken");
    ASSERT_TRUE(saveDepartmentDetails(window->document()->store(), renamed, false).ok());
    window->document()->storeChangedOutside();
    waitForTree(*window);
    QTreeView *tree = window->departments();
    EXPECT_EQ(tree->header()->length(), tree->viewport()->width());
    window->setLanguage(QStringLiteral("en"));
}
