#pragma once
// LegendWidget: the care types on the map with their colour (and hatching) and their m² at the
// date, for the whole project or the chosen department.

#include "model/department.h"

#include <QDate>
#include <QTreeWidget>

#include <optional>

namespace engdrift::gui {

class ProjectDocument;

class LegendWidget : public QTreeWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(QWidget *parent = nullptr);
    void setDocument(ProjectDocument *document);
    void setDate(const QDate &date);
    void setDepartment(const std::optional<DepartmentKey> &department);
    void setLanguage(const QString &language);
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    ProjectDocument *m_document = nullptr;
    QDate m_date = QDate::currentDate();
    std::optional<DepartmentKey> m_department;
    QString m_language = QStringLiteral("da");
    quint64 m_generation = 0;
};

/// A swatch of a care type's fill and hatching, for legends and drop-downs.
QIcon careTypeIcon(const QColor &fill, const QColor &outline, Qt::BrushStyle hatch, const QColor &hatchColour,
                   int size = 16);

} // namespace engdrift::gui
