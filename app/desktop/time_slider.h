#pragma once
// TimeSlider: the date the map shows, as a slider over the project's years and a date field.

#include <QDate>
#include <QWidget>

class QLabel;
class QSlider;

namespace engdrift::gui {

class DateField;

class TimeSlider : public QWidget
{
    Q_OBJECT
public:
    explicit TimeSlider(QWidget *parent = nullptr);
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void setRange(const QDate &first, const QDate &last);
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }

signals:
    void dateChanged(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;

private:
    QDate m_first = QDate(2015, 1, 1);
    QDate m_last;
    QDate m_date = QDate::currentDate();
    QLabel *m_label = nullptr;
    QSlider *m_slider = nullptr;
    DateField *m_edit = nullptr;
};

} // namespace engdrift::gui
