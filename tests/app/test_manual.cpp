// The manual of the Help menu: it opens from the menu (F1), in the program's language, and names
// every key the program has, as the program shows it.

#include "manual_dialog.h"
#include "util/translations.h"
#include "window_fixture.h"

#include <QAction>
#include <QMenu>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocument>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

class Manual : public test::SampleWindow, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        SampleWindow::SetUp();
        window->setLanguage(QString::fromLatin1(GetParam()));
    }
    void TearDown() override
    {
        SampleWindow::TearDown();
        installTranslations(QStringLiteral("en"));
    }

    /// Opens the manual as a person does: Help → Manual.
    ManualDialog *openFromMenu()
    {
        auto *help = window->findChild<QMenu *>(QStringLiteral("menu.help"));
        auto *entry = window->findChild<QAction *>(QStringLiteral("manual"));
        EXPECT_TRUE(help && entry);
        if (!help || !entry)
            return nullptr;
        EXPECT_TRUE(help->actions().contains(entry));
        entry->trigger();
        QCoreApplication::processEvents();
        return window->findChild<ManualDialog *>();
    }
};

/// The keys the manual's table of keys lists, one by one ("Ctrl+Z / Ctrl+Shift+Z" is two).
QSet<QString> listedKeys(const QString &html)
{
    QSet<QString> keys;
    static const QRegularExpression cell(QStringLiteral("<td class=\"key\">(.*?)</td>"));
    for (auto it = cell.globalMatch(html); it.hasNext();) {
        QTextDocument unescape;
        unescape.setHtml(it.next().captured(1));
        for (const QString &key : unescape.toPlainText().split(QStringLiteral(" / ")))
            keys.insert(key.trimmed());
    }
    return keys;
}

} // namespace

TEST_P(Manual, OpensFromTheHelpMenuWithEveryKeyOfTheProgram)
{
    auto *entry = window->findChild<QAction *>(QStringLiteral("manual"));
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->shortcut(), QKeySequence(QKeySequence::HelpContents)); // F1
    ManualDialog *dialog = openFromMenu();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    const QString shown = dialog->browser()->toPlainText();
    EXPECT_GT(shown.size(), 3000);
    EXPECT_FALSE(shown.contains(QStringLiteral("{{"))) << shown.toStdString();
    EXPECT_TRUE(dialog->windowTitle().contains(GetParam() == std::string("da") ? QStringLiteral("vejledning")
                                                                                : QStringLiteral("manual")))
        << dialog->windowTitle().toStdString();

    // Every shortcut of the program is in the manual's keys, as the program shows it.
    const QSet<QString> keys = listedKeys(ManualDialog::html(currentLanguage(), window.get()));
    int actions = 0;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        ++actions;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        EXPECT_TRUE(keys.contains(key)) << key.toStdString() << " (" << action->text().toStdString()
                                        << ") is not in the manual's keys";
        EXPECT_TRUE(shown.contains(key)) << key.toStdString();
    }
    EXPECT_GE(actions, 20);
    // It says what the menus say.
    for (const char *name : {"menu.file", "menu.department", "menu.view"}) {
        QString title = window->findChild<QMenu *>(QString::fromLatin1(name))->title();
        EXPECT_TRUE(shown.contains(title.remove(QLatin1Char('&')))) << title.toStdString();
    }
    const QString language = QString::fromLatin1(GetParam());
    test::grabForReview(dialog, QStringLiteral("manual-%1").arg(language));
    for (const QString &anchor : {QStringLiteral("keys"), QStringLiteral("symbols")}) {
        dialog->browser()->scrollToAnchor(anchor);
        test::grabForReview(dialog, QStringLiteral("manual-%1-%2").arg(language, anchor));
    }
}

TEST_P(Manual, ShowsTheMapsSymbols)
{
    ManualDialog *dialog = openFromMenu();
    ASSERT_TRUE(dialog);
    for (const char *name : {"lawn", "meadow", "planned", "path", "edge", "plannedPath", "selection", "decorations"}) {
        const QVariant image = dialog->browser()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("symbol:%1").arg(QString::fromLatin1(name))));
        EXPECT_FALSE(ManualDialog::symbol(QString::fromLatin1(name)).isNull()) << name;
        EXPECT_TRUE(dialog->browser()->toHtml().contains(QStringLiteral("symbol:%1").arg(QString::fromLatin1(name)))) << name;
        (void)image;
    }
    EXPECT_TRUE(ManualDialog::symbol(QStringLiteral("nothing")).isNull());
}

TEST_P(Manual, FollowsTheLanguage)
{
    ManualDialog *dialog = openFromMenu();
    ASSERT_TRUE(dialog);
    const bool danish = GetParam() == std::string("da");
    window->setLanguage(danish ? QStringLiteral("en") : QStringLiteral("da"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog->windowTitle().contains(danish ? QStringLiteral("manual") : QStringLiteral("vejledning")))
        << dialog->windowTitle().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, Manual, ::testing::Values("da", "en"),
                         [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });
