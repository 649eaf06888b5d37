#pragma once
// DepartmentTree: organisations and their departments, each with its adoption status and its
// nature-friendly share of the green area (numerator and denominator in the tooltip).

#include "model/department.h"

#include <QDate>
#include <QTreeWidget>

#include <optional>

namespace engdrift::gui {

class ProjectDocument;

class DepartmentTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit DepartmentTree(QWidget *parent = nullptr);
    void setDocument(ProjectDocument *document);
    void setDate(const QDate &date);
    std::optional<DepartmentKey> currentDepartment() const;
    void reload();
    void retranslate();

signals:
    void departmentActivated(const engdrift::DepartmentKey &key); ///< double click: zoom to it
    void departmentSelected(const std::optional<engdrift::DepartmentKey> &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    ProjectDocument *m_document = nullptr;
    QDate m_date = QDate::currentDate();
    quint64 m_generation = 0;
};

} // namespace engdrift::gui
