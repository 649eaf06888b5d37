#include "time_slider.h"

#include "date_field.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

namespace engdrift::gui {

TimeSlider::TimeSlider(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    m_label = new QLabel(tr("Map date"), this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_slider->setPageStep(30);
    m_edit = new DateField(this);
    m_edit->setObjectName(QStringLiteral("mapDate"));
    layout->addWidget(m_label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_edit);
    setRange(QDate(2015, 1, 1), QDate::currentDate().addYears(3));
    connect(m_slider, &QSlider::valueChanged, this, [this](int days) { setDate(m_first.addDays(days)); });
    connect(m_edit, &DateField::dateChanged, this, [this](const QDate &d) { setDate(d); });
    setDate(QDate::currentDate());
}

void TimeSlider::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_label->setText(tr("Map date"));
    QWidget::changeEvent(event);
}

void TimeSlider::setRange(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
    {
        // The slider and the field clamp their values to the new range: that is no date chosen.
        const QSignalBlocker b1(m_slider);
        const QSignalBlocker b2(m_edit);
        m_slider->setRange(0, static_cast<int>(first.daysTo(last)));
        m_edit->setDateRange(first, last);
    }
    setDate(m_date);
}

void TimeSlider::setDate(const QDate &date)
{
    const QDate clamped = std::clamp(date, m_first, m_first.addDays(m_slider->maximum()));
    const bool changed = clamped != m_date;
    m_date = clamped;
    const QSignalBlocker b1(m_slider);
    const QSignalBlocker b2(m_edit);
    m_slider->setValue(static_cast<int>(m_first.daysTo(clamped)));
    m_edit->setDate(clamped);
    if (changed)
        emit dateChanged(m_date);
}

} // namespace engdrift::gui
