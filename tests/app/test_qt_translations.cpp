// Qt's own words in Danish: the standard buttons of message boxes and dialogs, the undo stack's
// texts, the file dialog. They come from Qt's translations (Debian: qt6-translations-l10n), which
// installTranslations() loads beside Engdrift's own.

#include "util/translations.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace engdrift;

namespace {

class QtTranslations : public ::testing::Test
{
protected:
    void TearDown() override { installTranslations(QStringLiteral("en")); }
};

/// The texts of a message box's buttons, in the order it has them.
QStringList buttonTexts(QMessageBox::StandardButtons buttons)
{
    QMessageBox box(QMessageBox::Question, QStringLiteral("Engdrift"), QStringLiteral("?"), buttons);
    QStringList texts;
    for (QAbstractButton *b : box.buttons())
        texts << b->text().remove(QLatin1Char('&'));
    texts.sort();
    return texts;
}

} // namespace

TEST_F(QtTranslations, StandardButtonsReadDanish)
{
    ASSERT_TRUE(installTranslations(QStringLiteral("da")));
    EXPECT_EQ(buttonTexts(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel),
              (QStringList{QStringLiteral("Annuller"), QStringLiteral("Forkast"), QStringLiteral("Gem")}));
    EXPECT_EQ(buttonTexts(QMessageBox::Yes | QMessageBox::No), (QStringList{QStringLiteral("Ja"), QStringLiteral("Nej")}));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuller"));

    // Back in English.
    ASSERT_TRUE(installTranslations(QStringLiteral("en")));
    EXPECT_EQ(buttonTexts(QMessageBox::Yes | QMessageBox::No), (QStringList{QStringLiteral("No"), QStringLiteral("Yes")}));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    EXPECT_EQ(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

TEST_F(QtTranslations, UndoStackReadsDanish)
{
    ASSERT_TRUE(installTranslations(QStringLiteral("da")));
    QUndoStack stack;
    std::unique_ptr<QAction> undo(stack.createUndoAction(nullptr));
    std::unique_ptr<QAction> redo(stack.createRedoAction(nullptr));
    EXPECT_EQ(undo->text(), QStringLiteral("Fortryd"));
    EXPECT_EQ(redo->text(), QStringLiteral("Omgør"));
    stack.push(new QUndoCommand(QStringLiteral("plejetype")));
    EXPECT_EQ(undo->text(), QStringLiteral("Fortryd plejetype"));
}

TEST_F(QtTranslations, FileDialogReadsDanish)
{
    ASSERT_TRUE(installTranslations(QStringLiteral("da")));
    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    QStringList labels;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        labels << label->text();
    EXPECT_TRUE(labels.contains(QStringLiteral("Kig i:"))) << labels.join(QStringLiteral(" | ")).toStdString();
}
