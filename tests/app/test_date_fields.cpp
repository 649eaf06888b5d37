// Every date field of the desktop program, driven through its real widgets as a person would: select
// all, type (or paste, or pick in the calendar) a date, confirm, and read the date that reaches the
// project. In Danish and in English (locale and program language).

#include "adoption_dialog.h"
#include "date_field.h"
#include "department_dialog.h"
#include "edit/proposals.h"
#include "import_dialog.h"
#include "properties_panel.h"
#include "proposals_dialog.h"
#include "util/translations.h"
#include "window_fixture.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QToolButton>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

#include <functional>

using namespace engdrift;
using namespace engdrift::gui;

namespace {

/// The widget that takes the keys of a field (a composite field's line edit).
QWidget *keyTarget(QWidget *field)
{
    return field->focusProxy() ? field->focusProxy() : field;
}

void activate(QWidget *window)
{
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
}

enum class Confirm { Enter, Tab };

void confirm(QWidget *target, Confirm how)
{
    QTest::keyClick(target, how == Confirm::Enter ? Qt::Key_Return : Qt::Key_Tab);
}

/// Select all, type the text, confirm.
void typeDate(QWidget *field, const QString &text, Confirm how)
{
    QWidget *target = keyTarget(field);
    target->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(target, text);
    confirm(target, how);
}

/// Select all, paste the text, confirm.
void pasteDate(QWidget *field, const QString &text, Confirm how)
{
    QWidget *target = keyTarget(field);
    target->setFocus(Qt::OtherFocusReason);
    QGuiApplication::clipboard()->setText(text);
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_V, Qt::ControlModifier);
    confirm(target, how);
}

class DateFields : public test::SampleWindow, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        const QString language = QString::fromLatin1(GetParam());
        QLocale::setDefault(language == QLatin1String("da") ? QLocale(QLocale::Danish, QLocale::Denmark)
                                                            : QLocale(QLocale::English, QLocale::UnitedStates));
        SampleWindow::SetUp();
        window->setLanguage(language);
        activate(window.get());
    }
    void TearDown() override
    {
        SampleWindow::TearDown();
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    /// An area of department 123-001 with one version, valid since before 2024.
    qint64 areaWithOneVersion()
    {
        auto areas = window->document()->session().areasAt(kDate, std::nullopt, DepartmentKey{123, 1});
        EXPECT_TRUE(areas.ok());
        for (const AreaShape &a : *areas) {
            auto history = window->document()->session().history(a.version.areaId);
            if (history.ok() && history->size() == 1 && history->first().version.validFrom < QDate(2024, 1, 1))
                return a.version.areaId;
        }
        return 0;
    }

    QWidget *field(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<QWidget *>(QString::fromLatin1(name));
        EXPECT_TRUE(w) << name;
        return w;
    }
};

} // namespace

TEST_P(DateFields, PropertiesPanelFromReachesTheStore)
{
    const qint64 id = areaWithOneVersion();
    ASSERT_NE(id, 0);
    window->canvas()->setSelection({id});
    window->properties()->chooseCareType(QStringLiteral("blomstereng"));
    QWidget *from = field(window->properties(), "fromDate");
    ASSERT_TRUE(from);
    auto *apply = window->properties()->findChild<QPushButton *>(QStringLiteral("applyCareType"));
    ASSERT_TRUE(apply);
    auto lastFrom = [&] {
        auto history = window->document()->session().history(id);
        return history.ok() ? history->last().version.validFrom : QDate();
    };

    typeDate(from, QStringLiteral("2027-05-01"), Confirm::Enter);
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_EQ(window->document()->undoStack()->count(), 1) << window->lastError().toStdString();
    EXPECT_EQ(lastFrom(), QDate(2027, 5, 1));
    window->document()->undoStack()->undo();

    window->properties()->chooseCareType(QStringLiteral("blomstereng")); // the undo showed the old one
    pasteDate(from, QStringLiteral("2024-03-15"), Confirm::Enter);
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_EQ(window->document()->undoStack()->index(), 1) << window->lastError().toStdString();
    EXPECT_EQ(lastFrom(), QDate(2024, 3, 15));

    // Saved: the store has the date typed.
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    auto store = openStore(path, OpenMode::ReadOnly);
    ASSERT_TRUE(store.ok());
    AreaQuery q;
    q.ids = {id};
    q.at = QDate(2024, 3, 15);
    auto now = (*store)->areas(q);
    ASSERT_TRUE(now.ok() && now->size() == 1);
    EXPECT_EQ(now->first().validFrom, QDate(2024, 3, 15));
    EXPECT_EQ(now->first().careType, QStringLiteral("blomstereng"));
}

TEST_P(DateFields, TimeSliderDate)
{
    QWidget *date = field(window->timeSlider(), "mapDate");
    ASSERT_TRUE(date);
    typeDate(date, QStringLiteral("2027-05-01"), Confirm::Enter);
    EXPECT_EQ(window->canvas()->date(), QDate(2027, 5, 1));
    EXPECT_EQ(window->timeSlider()->date(), QDate(2027, 5, 1));
    pasteDate(date, QStringLiteral("2024-03-15"), Confirm::Enter);
    EXPECT_EQ(window->canvas()->date(), QDate(2024, 3, 15));
}

TEST_P(DateFields, ImportValidFrom)
{
    ImportDialog *dialog = window->showImportDialog();
    ASSERT_TRUE(dialog);
    activate(dialog);
    QWidget *date = field(dialog, "validFrom");
    ASSERT_TRUE(date);
    typeDate(date, QStringLiteral("2027-05-01"), Confirm::Tab);
    EXPECT_EQ(dialog->options().validFrom, QDate(2027, 5, 1));
    pasteDate(date, QStringLiteral("2024-03-15"), Confirm::Tab);
    EXPECT_EQ(dialog->options().validFrom, QDate(2024, 3, 15));
    EXPECT_FALSE(dialog->isRunning());
    dialog->reject();
}

TEST_P(DateFields, AdoptionEventDate)
{
    AdoptionDialog dialog(window->document(), {123, 3});
    activate(&dialog);
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("eventKind"));
    ASSERT_TRUE(kind);
    kind->setCurrentIndex(kind->findData(static_cast<int>(AdoptionEventKind::Analysis)));
    QWidget *date = field(&dialog, "eventDate");
    ASSERT_TRUE(date);
    auto *record = dialog.findChild<QPushButton *>(QStringLiteral("recordEvent"));
    ASSERT_TRUE(record);
    auto dates = [&] {
        QList<QDate> result;
        auto events = window->document()->store().adoptionEvents(DepartmentKey{123, 3});
        EXPECT_TRUE(events.ok());
        for (const AdoptionEvent &e : *events)
            result << e.date;
        return result;
    };
    typeDate(date, QStringLiteral("2027-01-20"), Confirm::Tab);
    QTest::mouseClick(record, Qt::LeftButton);
    EXPECT_TRUE(dates().contains(QDate(2027, 1, 20))) << dialog.message().toStdString();
    pasteDate(date, QStringLiteral("2027-02-10"), Confirm::Tab);
    QTest::mouseClick(record, Qt::LeftButton);
    EXPECT_TRUE(dates().contains(QDate(2027, 2, 10))) << dialog.message().toStdString();
}

TEST_P(DateFields, ProposalConversionDate)
{
    auto created = createProposal(window->document()->store(), {123, 1}, QStringLiteral("Forslag"), kDate);
    ASSERT_TRUE(created.ok()) << created.errorMessage().toStdString();
    // It plans one lawn as flower meadow; saved, adopted.
    const qint64 id = areaWithOneVersion();
    ASSERT_NE(id, 0);
    window->setProposal(created->id, created->name);
    window->canvas()->setSelection({id});
    ASSERT_TRUE(window->retagSelection(QStringLiteral("blomstereng"), kDate)) << window->lastError().toStdString();
    window->setProposal(std::nullopt);
    ASSERT_TRUE(window->saveProject()) << window->lastError().toStdString();
    ASSERT_TRUE(setProposalStatus(window->document()->store(), created->id, ProposalStatus::Adopted).ok());
    ProposalsDialog dialog(window->document(), {123, 1});
    activate(&dialog);
    auto *carry = dialog.findChild<QPushButton *>(QStringLiteral("carryOut"));
    ASSERT_TRUE(carry);
    bool typed = false;
    // The question is modal: answer it once it is up.
    QTimer::singleShot(0, &dialog, [&] {
        QWidget *ask = QApplication::activeModalWidget();
        ASSERT_TRUE(ask && ask != &dialog);
        QWidget *date = ask->findChild<QWidget *>(QStringLiteral("conversionDate"));
        ASSERT_TRUE(date);
        typeDate(date, QStringLiteral("2027-05-01"), Confirm::Tab);
        typed = true;
        for (QPushButton *b : ask->findChildren<QPushButton *>()) {
            if (b->text() == QCoreApplication::translate("QPlatformTheme", "OK")) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        }
        ADD_FAILURE() << "no OK button";
        qobject_cast<QDialog *>(ask)->reject();
    });
    QTest::mouseClick(carry, Qt::LeftButton);
    ASSERT_TRUE(typed);
    QStringList said; // what the dialog says, for a failure
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        said << l->text();
    auto proposals = window->document()->store().proposals(DepartmentKey{123, 1});
    ASSERT_TRUE(proposals.ok());
    bool found = false;
    for (const Proposal &p : *proposals) {
        if (p.id == created->id) {
            found = true;
            EXPECT_EQ(p.conversionDate, QDate(2027, 5, 1)) << said.join(QLatin1Char('\n')).toStdString();
        }
    }
    EXPECT_TRUE(found);
    // The planned care type is the current one from the date typed.
    AreaQuery q;
    q.ids = {id};
    q.at = QDate(2027, 5, 1);
    auto after = window->document()->store().areas(q);
    ASSERT_TRUE(after.ok() && after->size() == 1);
    EXPECT_EQ(after->first().validFrom, QDate(2027, 5, 1));
    EXPECT_EQ(after->first().careType, QStringLiteral("blomstereng"));
}

TEST_P(DateFields, DepartmentStartDate)
{
    const DepartmentKey key{123, 1};
    auto start = [&] {
        auto first = window->document()->store().departmentStart(key);
        EXPECT_TRUE(first.ok());
        return first.ok() ? *first : QDate();
    };
    ASSERT_GT(start(), QDate(2018, 4, 1));
    auto correct = [&](const std::function<void(QWidget *)> &enter) {
        StartDateDialog dialog(window->document(), key);
        activate(&dialog);
        QWidget *date = field(&dialog, "startDate");
        ASSERT_TRUE(date);
        EXPECT_TRUE(qobject_cast<DateField *>(date)); // the project's date field, as everywhere
        enter(date);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("correctStart"));
        ASSERT_TRUE(button);
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_TRUE(dialog.message().isEmpty()) << dialog.message().toStdString();
    };
    correct([](QWidget *date) { typeDate(date, QStringLiteral("2018-04-01"), Confirm::Tab); });
    EXPECT_EQ(start(), QDate(2018, 4, 1));
    correct([](QWidget *date) { pasteDate(date, QStringLiteral("2017-03-15"), Confirm::Enter); });
    EXPECT_EQ(start(), QDate(2017, 3, 15));
    // Not a date: refused with the reason, nothing moved.
    StartDateDialog dialog(window->document(), key);
    activate(&dialog);
    typeDate(field(&dialog, "startDate"), QStringLiteral("2016-02-30"), Confirm::Tab);
    EXPECT_FALSE(dialog.apply());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("2016-02-30"))) << dialog.message().toStdString();
    EXPECT_EQ(start(), QDate(2017, 3, 15));
}

TEST_P(DateFields, CalendarPickReachesTheSession)
{
    const qint64 id = areaWithOneVersion();
    ASSERT_NE(id, 0);
    window->canvas()->setSelection({id});
    window->properties()->chooseCareType(QStringLiteral("blomstereng"));
    auto *from = window->properties()->findChild<DateField *>(QStringLiteral("fromDate"));
    ASSERT_TRUE(from);
    auto *button = from->findChild<QToolButton *>(QStringLiteral("calendarButton"));
    ASSERT_TRUE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(from->isCalendarVisible());
    QCalendarWidget *calendar = from->calendarWidget();
    EXPECT_EQ(calendar->selectedDate(), kDate); // opens on the field's date
    calendar->setSelectedDate(QDate(2027, 5, 1)); // as paging and arrow keys would
    auto *days = calendar->findChild<QWidget *>(QStringLiteral("qt_calendar_calendarview"));
    ASSERT_TRUE(days);
    QTest::keyClick(days, Qt::Key_Return);
    EXPECT_FALSE(from->isCalendarVisible());
    EXPECT_EQ(from->lineEdit()->text(), QStringLiteral("2027-05-01"));
    auto *apply = window->properties()->findChild<QPushButton *>(QStringLiteral("applyCareType"));
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_EQ(window->document()->undoStack()->count(), 1) << window->lastError().toStdString();
    auto history = window->document()->session().history(id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().version.validFrom, QDate(2027, 5, 1));
}

TEST_P(DateFields, DanishFormsAreReadWhole)
{
    auto *date = window->timeSlider()->findChild<DateField *>(QStringLiteral("mapDate"));
    ASSERT_TRUE(date);
    typeDate(date, QStringLiteral("1.5.2027"), Confirm::Enter);
    EXPECT_EQ(window->canvas()->date(), QDate(2027, 5, 1));
    EXPECT_EQ(date->lineEdit()->text(), QStringLiteral("2027-05-01")); // shown as it was read
    typeDate(date, QStringLiteral("15-03-2024"), Confirm::Enter);
    EXPECT_EQ(window->canvas()->date(), QDate(2024, 3, 15));
}

TEST_P(DateFields, AnImpossibleDateIsRedAndChangesNothing)
{
    const qint64 id = areaWithOneVersion();
    ASSERT_NE(id, 0);
    window->canvas()->setSelection({id});
    window->properties()->chooseCareType(QStringLiteral("blomstereng"));
    auto *from = window->properties()->findChild<DateField *>(QStringLiteral("fromDate"));
    ASSERT_TRUE(from);
    typeDate(from, QStringLiteral("2027-02-30"), Confirm::Enter);
    EXPECT_EQ(from->lineEdit()->text(), QStringLiteral("2027-02-30")); // not changed into another date
    EXPECT_FALSE(from->date().isValid());
    EXPECT_TRUE(from->lineEdit()->property("invalidDate").toBool());
    EXPECT_TRUE(from->lineEdit()->toolTip().contains(QStringLiteral("2027-02-30")));
    EXPECT_TRUE(from->errorText().contains(QStringLiteral("28"))) << from->errorText().toStdString();
    auto *apply = window->properties()->findChild<QPushButton *>(QStringLiteral("applyCareType"));
    QTest::mouseClick(apply, Qt::LeftButton);
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
    EXPECT_FALSE(window->isWindowModified());
    // Corrected: the red goes, the date is taken.
    typeDate(from, QStringLiteral("2027-02-28"), Confirm::Enter);
    EXPECT_FALSE(from->lineEdit()->property("invalidDate").toBool());
    QTest::mouseClick(apply, Qt::LeftButton);
    EXPECT_EQ(window->document()->undoStack()->count(), 1) << window->lastError().toStdString();

    // The map date stays where it was.
    auto *mapDate = window->timeSlider()->findChild<DateField *>(QStringLiteral("mapDate"));
    typeDate(mapDate, QStringLiteral("2027-13-01"), Confirm::Enter);
    EXPECT_EQ(window->canvas()->date(), kDate);
    EXPECT_TRUE(mapDate->lineEdit()->property("invalidDate").toBool());
}

INSTANTIATE_TEST_SUITE_P(Languages, DateFields, ::testing::Values("da", "en"),
                         [](const ::testing::TestParamInfo<const char *> &param) {
                             return std::string(param.param);
                         });

TEST(DateField, ReadsTheWholeText)
{
    EXPECT_EQ(DateField::parse(QStringLiteral("2027-05-01")).value(), QDate(2027, 5, 1));
    EXPECT_EQ(DateField::parse(QStringLiteral(" 2027-5-1\n")).value(), QDate(2027, 5, 1));
    EXPECT_EQ(DateField::parse(QStringLiteral("1.5.2027")).value(), QDate(2027, 5, 1));
    EXPECT_EQ(DateField::parse(QStringLiteral("01.05.2027")).value(), QDate(2027, 5, 1));
    EXPECT_EQ(DateField::parse(QStringLiteral("01-05-2027")).value(), QDate(2027, 5, 1));
    EXPECT_EQ(DateField::parse(QStringLiteral("29.2.2028")).value(), QDate(2028, 2, 29));
    for (const char *bad : {"2027-02-30", "29.2.2027", "2027-13-01", "2027-00-10", "05/01/2027", "2027", "", "1.5.27",
                            "1850-01-01", "next spring"}) {
        auto parsed = DateField::parse(QString::fromLatin1(bad));
        EXPECT_FALSE(parsed.ok()) << bad;
        if (!parsed.ok() && *bad) {
            EXPECT_TRUE(parsed.errorMessage().contains(QString::fromLatin1(bad))) << parsed.errorMessage().toStdString();
        }
    }
}

TEST(DateField, RangeAndSteps)
{
    DateField field(QDate(2027, 5, 1));
    QSignalSpy changed(&field, &DateField::dateChanged);
    field.setDateRange(QDate(2019, 1, 1), QDate(2029, 12, 31));
    field.lineEdit()->setText(QStringLiteral("2031-01-01"));
    EXPECT_FALSE(field.date().isValid());
    EXPECT_TRUE(field.errorText().contains(QStringLiteral("2029-12-31"))) << field.errorText().toStdString();
    EXPECT_FALSE(field.checkDate());
    EXPECT_EQ(changed.count(), 0);
    field.setDate(QDate(2027, 5, 1));
    EXPECT_EQ(changed.count(), 0); // the same date as before
    QTest::keyClick(field.lineEdit(), Qt::Key_Up);
    EXPECT_EQ(field.date(), QDate(2027, 5, 2));
    QTest::keyClick(field.lineEdit(), Qt::Key_PageDown);
    EXPECT_EQ(field.date(), QDate(2027, 4, 2));
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.last().first().toDate(), QDate(2027, 4, 2));
}
