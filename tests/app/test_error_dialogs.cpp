// The desktop program's errors: one plain sentence, what GDAL or SQLite said below it (smaller),
// never the SQL they quote.

#include "error_text.h"
#include "main_window.h"
#include "util/translations.h"
#include "window_fixture.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace engdrift;
using namespace engdrift::gui;

TEST(ErrorText, TheDetailGoesBelowTheSentence)
{
    EXPECT_EQ(errorText(makeError(QStringLiteral("The file is damaged."), QStringLiteral("database disk image is malformed"))),
              QStringLiteral("The file is damaged.\ndatabase disk image is malformed"));
    EXPECT_EQ(errorText(makeError(QStringLiteral("No."))), QStringLiteral("No."));
}

TEST(ErrorDialogs, ADamagedProjectIsASentenceWithGdalsWordsBelow)
{
    QStandardPaths::setTestModeEnabled(true);
    ASSERT_TRUE(installTranslations(QStringLiteral("da")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.engdrift.gpkg"));
    {
        QFile sample(QStringLiteral(ENGDRIFT_SAMPLE_PROJECT));
        ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
        QFile damaged(path);
        ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
        damaged.write(sample.read(sample.size() / 3)); // cut short
    }
    MainWindow window;
    window.show();
    QString text, informative;
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        text = box->text();
        informative = box->informativeText();
        test::grabForReview(box, QStringLiteral("error-box"));
        box->accept();
    });
    EXPECT_FALSE(window.openProject(path));
    installTranslations(QStringLiteral("en"));
    EXPECT_TRUE(text.contains(QStringLiteral("damaged.engdrift.gpkg"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("beskadiget"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("malformed"))) << text.toStdString(); // the library's words go below
    EXPECT_TRUE(informative.contains(QStringLiteral("malformed"))) << informative.toStdString();
    EXPECT_FALSE(QRegularExpression(QStringLiteral("\\b(SELECT|INSERT|CREATE)\\b")).match(informative).hasMatch())
        << informative.toStdString();
    EXPECT_EQ(window.lastError(), text);
}
