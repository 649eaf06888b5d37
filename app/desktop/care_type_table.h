#pragma once
// Areas by care type: how many of each care type and their m², in the order of the catalogue,
// with the care types' names and swatches (never their codes). CareTypeTable shows them (the
// selection panel's summary); CareTypeChooser asks for one of them (Edit > Select by care type).

#include <QDialog>
#include <QList>
#include <QTreeWidget>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace engdrift {
class Catalogue;
struct AreaShape;
} // namespace engdrift

namespace engdrift::gui {

struct CareTypeSum
{
    QString code;
    int count = 0;
    double m2 = 0;
};

/// The areas summed by care type, in the order of the catalogue (a care type it lacks at the end).
QList<CareTypeSum> sumByCareType(const QList<AreaShape> &areas, const Catalogue &catalogue);

class CareTypeTable : public QTreeWidget
{
    Q_OBJECT
public:
    /// In each row: the code in Qt::UserRole of column 0 (empty in the total's row), the count
    /// and the m² as numbers in CareTypeTable::ValueRole of columns 1 and 2.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit CareTypeTable(QWidget *parent = nullptr);
    /// Shows the sums; a total row at the end when `withTotal`.
    void setAreas(const QList<AreaShape> &areas, const Catalogue &catalogue, const QString &language, bool withTotal);
    /// The height that shows the header and up to `rows` rows without scrolling.
    int heightForRows(int rows) const;
    /// The care type of a row (empty for the total).
    static QString careType(const QTreeWidgetItem *item);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitNumberColumns();
};

/// Asks which care type to select, showing how many areas of each there are where it selects.
class CareTypeChooser : public QDialog
{
    Q_OBJECT
public:
    /// `where` says where it selects ("in department 123-001 Stationsparken on 2026-06-01").
    CareTypeChooser(const QList<AreaShape> &areas, const Catalogue &catalogue, const QString &language,
                    const QString &where, QWidget *parent = nullptr);
    QString chosenCareType() const;
    /// For tests and scripting: choose the row of a care type.
    void chooseCareType(const QString &code);
    /// Add the areas to the selection rather than replace it.
    bool addsToSelection() const;

private:
    void updateButtons();

    CareTypeTable *m_table = nullptr;
    QCheckBox *m_add = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace engdrift::gui
