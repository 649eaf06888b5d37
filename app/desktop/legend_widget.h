#pragma once
// LegendWidget: the care types on the map with their colour (and hatching) and their m² at the
// date, for the whole project or the chosen department: of the map as it is drawn, with the unsaved
// edits and, in the proposal view, the proposal's plan. Counted on a background thread.

#include "model/department.h"

#include <QDate>
#include <QTreeWidget>

#include <memory>
#include <optional>

namespace engdrift {
class MapStyle;
struct NatureResult;
struct CareType;
} // namespace engdrift

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
    /// True while the numbers are being counted.
    bool isBusy() const { return m_busy; }
    /// The row of a care type (its code in Qt::UserRole of column 0), or nullptr if not on the map.
    QTreeWidgetItem *careTypeItem(const QString &code) const;
    /// The nature value view's entries (the ramp of units per ha, networks, isolated patches, links,
    /// suggested lawns) under the care types while the view is on (nullptr: none).
    void setNature(std::shared_ptr<const NatureResult> nature);
    /// The nature value view's top row, or nullptr when the view is off.
    QTreeWidgetItem *natureItem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateNatureItems();

    ProjectDocument *m_document = nullptr;
    std::shared_ptr<const NatureResult> m_nature;
    QDate m_date = QDate::currentDate();
    std::optional<DepartmentKey> m_department;
    QString m_language = QStringLiteral("da");
    quint64 m_generation = 0;
    bool m_busy = false;
};

/// A swatch of a care type's fill and hatching, for legends and drop-downs.
QIcon careTypeIcon(const QColor &fill, const QColor &outline, Qt::BrushStyle hatch, const QColor &hatchColour,
                   int size = 16);
/// The swatch of a care type as the map draws it.
QIcon careTypeIcon(const MapStyle &style, const QString &code);
/// A care type's names in both languages and its FKG label, for a tooltip (never its code).
QString careTypeToolTip(const CareType &careType);

} // namespace engdrift::gui
