#include "date_field.h"

#include "util/dates.h"
#include "widget_colours.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace engdrift::gui {

DateField::DateField(QWidget *parent) : DateField(QDate::currentDate(), parent) {}

DateField::DateField(const QDate &date, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->installEventFilter(this);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(1, 1, 1, 1);
    m_calendar = new QCalendarWidget(m_popup);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    popupLayout->addWidget(m_calendar);

    auto pick = [this](const QDate &picked) {
        m_popup->hide();
        setDate(picked);
        m_edit->setFocus(Qt::PopupFocusReason);
        m_edit->selectAll();
    };
    connect(m_calendar, &QCalendarWidget::clicked, this, pick);
    connect(m_calendar, &QCalendarWidget::activated, this, pick);
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { commit(); });
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        if (m_error && evaluate(m_edit->text()).ok())
            clearError();
    });
    retranslate();
    if (date.isValid()) {
        m_taken = date;
        m_edit->setText(isoDate(date));
    }
}

Result<QDate> DateField::parse(const QString &text)
{
    struct Form
    {
        QRegularExpression pattern;
        int year, month, day; // capture groups
    };
    static const Form forms[] = {
        {QRegularExpression(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$")), 1, 2, 3},
        {QRegularExpression(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$")), 3, 2, 1},
        {QRegularExpression(QStringLiteral("^(\\d{1,2})-(\\d{1,2})-(\\d{4})$")), 3, 2, 1},
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("Type a date, e.g. 2027-05-01."));
    for (const Form &form : forms) {
        const QRegularExpressionMatch match = form.pattern.match(trimmed);
        if (!match.hasMatch())
            continue;
        const int year = match.captured(form.year).toInt();
        const int month = match.captured(form.month).toInt();
        const int day = match.captured(form.day).toInt();
        if (year < 1900 || year > 2200)
            return makeError(tr("%1 is not a date Engdrift can use: the year must be between 1900 and 2200.").arg(trimmed));
        if (month < 1 || month > 12)
            return makeError(tr("%1 is not a date: there is no month %2.").arg(trimmed).arg(month));
        if (!QDate::isValid(year, month, day))
            return makeError(tr("%1 is not a date: that month has %2 days.").arg(trimmed).arg(QDate(year, month, 1).daysInMonth()));
        return QDate(year, month, day);
    }
    return makeError(tr("\"%1\" is not a date; write it as 2027-05-01 (or 1.5.2027).").arg(trimmed));
}

Result<QDate> DateField::evaluate(const QString &text) const
{
    auto date = parse(text);
    if (!date.ok())
        return date;
    if (*date < m_minimum)
        return makeError(tr("%1 is before %2, the first date allowed here.").arg(isoDate(*date), isoDate(m_minimum)));
    if (*date > m_maximum)
        return makeError(tr("%1 is after %2, the last date allowed here.").arg(isoDate(*date), isoDate(m_maximum)));
    return date;
}

QDate DateField::date() const
{
    auto date = evaluate(m_edit->text());
    return date.ok() ? *date : QDate();
}

QString DateField::errorText() const
{
    auto date = evaluate(m_edit->text());
    return date.ok() ? QString() : date.errorMessage();
}

void DateField::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_edit->setText(isoDate(date));
    auto checked = evaluate(m_edit->text());
    if (!checked.ok()) {
        showError(checked.errorMessage());
        return;
    }
    clearError();
    take(date);
}

void DateField::setDateRange(const QDate &minimum, const QDate &maximum)
{
    if (!minimum.isValid() || !maximum.isValid() || maximum < minimum)
        return;
    m_minimum = minimum;
    m_maximum = maximum;
    m_calendar->setDateRange(minimum, maximum);
    if (m_error || !evaluate(m_edit->text()).ok()) {
        auto checked = evaluate(m_edit->text());
        if (checked.ok())
            clearError();
        else
            showError(checked.errorMessage());
    }
}

bool DateField::checkDate()
{
    if (commit())
        return true;
    if (isVisible())
        QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())), errorText(), m_edit);
    return false;
}

bool DateField::commit()
{
    auto date = evaluate(m_edit->text());
    if (!date.ok()) {
        showError(date.errorMessage());
        return false;
    }
    clearError();
    const QString iso = isoDate(*date);
    if (m_edit->text() != iso)
        m_edit->setText(iso); // shows how the text was read
    take(*date);
    return true;
}

void DateField::take(const QDate &date)
{
    if (date == m_taken)
        return;
    m_taken = date;
    emit dateChanged(date);
}

void DateField::showError(const QString &reason)
{
    m_error = true;
    QPalette palette = m_edit->palette();
    palette.setColor(QPalette::Base, uiColours().errorBackground);
    palette.setColor(QPalette::Text, uiColours().errorText);
    m_edit->setPalette(palette);
    m_edit->setToolTip(reason);
    m_edit->setProperty("invalidDate", true);
}

void DateField::clearError()
{
    if (!m_error)
        return;
    m_error = false;
    m_edit->setPalette(QPalette());
    m_edit->setProperty("invalidDate", false);
    retranslate();
}

void DateField::showCalendar()
{
    const QDate shown = date().isValid() ? date() : m_taken;
    m_calendar->setDateRange(m_minimum, m_maximum);
    if (shown.isValid())
        m_calendar->setSelectedDate(shown);
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect available = s->availableGeometry();
        if (at.y() + m_popup->height() > available.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(std::clamp(at.x(), available.left(), std::max(available.left(), available.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool DateField::isCalendarVisible() const
{
    return m_popup->isVisible();
}

QSize DateField::sizeHint() const
{
    const int text = m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 24;
    const QSize edit = m_edit->sizeHint();
    return QSize(text + m_button->sizeHint().width() + 2, std::max(edit.height(), m_button->sizeHint().height()));
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QDate base = date().isValid() ? date() : m_taken;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // A changed or wrong text: Enter takes (or refuses) it and goes no further.
            if (!date().isValid() || m_edit->text() != isoDate(m_taken)) {
                commit();
                m_edit->selectAll();
                return true;
            }
            return false;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            if ((key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier)) {
                showCalendar();
                return true;
            }
            if (!base.isValid())
                return true;
            const int sign = key->key() == Qt::Key_Up || key->key() == Qt::Key_PageUp ? 1 : -1;
            const bool month = key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown;
            const QDate next = month ? base.addMonths(sign) : base.addDays(sign);
            setDate(std::clamp(next, m_minimum, m_maximum));
            m_edit->selectAll();
            return true;
        }
        case Qt::Key_F4:
            showCalendar();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_error)
            m_edit->setToolTip(errorText());
    }
    QWidget::changeEvent(event);
}

void DateField::retranslate()
{
    m_button->setToolTip(tr("Choose the date in a calendar"));
    if (!m_error)
        m_edit->setToolTip(tr("A date: 2027-05-01, or 1.5.2027. Up and Down step a day."));
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
}

} // namespace engdrift::gui
