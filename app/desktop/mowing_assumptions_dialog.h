#pragma once
// MowingAssumptionsDialog (Mowing > Assumptions…): every figure behind the estimates of mowing
// hours, fuel, CO2 and cost (analysis/mowing_assumptions.h), each with its unit and where it comes
// from (default, catalogue, this project), editable. A value must be a number and not negative
// (the core's range decides the rest, and says why); "Restore defaults" goes back to the defaults
// and the catalogue's figures. The caller stores the result (ProjectStore::saveSetting in a
// transaction).

#include "analysis/mowing_assumptions.h"
#include "util/result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace engdrift::gui {

/// An assumption's unit ("h/ha/cut", "m2/h", "DKK/h", ...) for people, in the program's language.
QString assumptionUnitText(const QString &unit);

class MowingAssumptionsDialog : public QDialog
{
    Q_OBJECT
public:
    MowingAssumptionsDialog(const MowingAssumptions &current, const Catalogue &catalogue, const QString &language,
                            QWidget *parent = nullptr);

    /// The assumptions as edited; an error sentence names the first value that is wrong.
    Result<MowingAssumptions> assumptions() const;
    /// Sets the value of the row of `key` (e.g. "dkk_per_hour", "eng.trim_factor") as if typed.
    bool setValue(const QString &key, const QString &text);
    /// Back to the defaults and the catalogue's figures.
    void restoreDefaults();
    QTableWidget *table() const { return m_table; }

    void accept() override;

private:
    void fill(const MowingAssumptions &assumptions);
    void validate();

    const Catalogue &m_catalogue;
    QString m_language;
    MowingAssumptions m_base; ///< what the edits apply to
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace engdrift::gui
