#pragma once
// ZoneEditDialog: the operator's change to one mowing zone from a date (core/edit/mowing_zone_edits.h):
// a new name, a new number (swapped with the zone that has it), or the zone's regime for one
// season (cuts a year, months, clippings). Asked from the mowing plan's zone table.

#include "analysis/mowing_zones.h"
#include "model/zone_version.h"

#include <QDate>
#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace engdrift::gui {

class DateField;

/// One change to a zone, ready for the core edit.
struct ZoneEdit
{
    enum class Kind { Rename, Renumber, Override, ClearOverride };
    Kind kind = Kind::Rename;
    DepartmentKey department;
    int number = 0;        ///< the zone, by its number at `from`
    QDate from;
    QString name;          ///< Rename (empty: the derived name back)
    int newNumber = 0;     ///< Renumber
    int season = 0;        ///< Override, ClearOverride
    RegimeOverride regime; ///< Override
};

class ZoneEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// `zone` as the plan shows it (its regime is the season's); `from` the date of the map.
    ZoneEditDialog(ZoneEdit::Kind kind, const DepartmentKey &department, const MowingZone &zone, int season,
                   const QDate &from, const QString &language, QWidget *parent = nullptr);

    /// The change as the fields say it; an error sentence when a field is not right.
    Result<ZoneEdit> edit() const;

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *numberBox() const { return m_number; }
    QSpinBox *cutsBox() const { return m_cuts; }
    QLineEdit *monthsEdit() const { return m_months; }
    QComboBox *clippingsBox() const { return m_clippings; }
    DateField *fromField() const { return m_from; }

    void accept() override;

private:
    ZoneEdit m_base;
    MowingRegime m_regime;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_number = nullptr;
    QSpinBox *m_cuts = nullptr;
    QLineEdit *m_months = nullptr;
    QComboBox *m_clippings = nullptr;
    DateField *m_from = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace engdrift::gui
