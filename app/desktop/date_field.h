#pragma once
// DateField: a calendar date that is exactly what the person typed, pasted or picked.
//
// A line edit with a calendar button beside it. The whole text is read as one date (2027-05-01,
// or the Danish forms 1.5.2027 and 01-05-2027), never section by section, so no part of an older
// date survives a new one. The date is taken when the person presses Enter, leaves the field or
// picks a day in the calendar; the field then shows it as YYYY-MM-DD. Text that is not a date, an
// impossible date (2027-02-30) or one outside the allowed range turns the field red with the
// reason in its tooltip, and date() is invalid until it is corrected: nothing is changed silently.
// Up and Down step a day, Page Up and Page Down a month.
//
// Enter confirms a changed text and stops there; pressed again (or on an unchanged date) it goes
// on to the dialog's default button.

#include "util/result.h"

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QFrame;
class QLineEdit;
class QToolButton;

namespace engdrift::gui {

class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

    /// The date the text says, or an invalid QDate while it says none (see errorText()).
    QDate date() const;
    /// Why the text is not an allowed date, in a sentence that quotes it; empty when it is one.
    QString errorText() const;
    /// Shows the date (and takes it); emits dateChanged when it differs from the date taken before.
    void setDate(const QDate &date);
    void setDateRange(const QDate &minimum, const QDate &maximum);
    QDate minimumDate() const { return m_minimum; }
    QDate maximumDate() const { return m_maximum; }
    /// Turns the field red and shows the reason when the text is not an allowed date; returns
    /// whether it is one. For callers about to use date().
    bool checkDate();

    QLineEdit *lineEdit() const { return m_edit; }
    /// The calendar of the popup (it exists before the popup is first shown).
    QCalendarWidget *calendarWidget() const { return m_calendar; }
    /// Opens the calendar under the field, on the date of the field.
    void showCalendar();
    bool isCalendarVisible() const;

    QSize sizeHint() const override;

    /// Reads a whole text as a date: YYYY-MM-DD, D.M.YYYY or DD-MM-YYYY (surrounding spaces are
    /// ignored). Another form or an impossible date is an error that quotes the text.
    static Result<QDate> parse(const QString &text);

signals:
    /// A new date was taken: Enter, leaving the field, the calendar, a step key, or setDate().
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Takes the text's date if it is one; otherwise shows why not. Returns whether it was one.
    bool commit();
    void take(const QDate &date);
    void showError(const QString &reason);
    void clearError();
    Result<QDate> evaluate(const QString &text) const;
    void retranslate();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDate m_taken;
    QDate m_minimum{1900, 1, 1};
    QDate m_maximum{2200, 12, 31};
    bool m_error = false;
};

} // namespace engdrift::gui
