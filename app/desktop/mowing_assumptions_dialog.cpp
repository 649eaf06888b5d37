#include "mowing_assumptions_dialog.h"

#include "util/translations.h"
#include "widget_colours.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace engdrift::gui {
namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kInitialRole = Qt::UserRole + 1; ///< the text the cell was filled with
constexpr int kValueColumn = 1;

/// Edits a value: a number, not negative, in the dialog's language.
class ValueDelegate : public QStyledItemDelegate
{
public:
    ValueDelegate(const QLocale &locale, QObject *parent) : QStyledItemDelegate(parent), m_locale(locale) {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        auto *validator = new QDoubleValidator(0.0, 1e9, 6, edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        validator->setLocale(m_locale);
        edit->setValidator(validator);
        return edit;
    }

private:
    QLocale m_locale;
};

struct AssumptionWords
{
    Q_DECLARE_TR_FUNCTIONS(AssumptionWords)
};

/// An assumption for people: a care type's figure as "Meadow: hours per hectare per cut".
QString describe(const AssumptionRow &a)
{
    const qsizetype dot = a.key.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return a.description;
    const QString figure = a.key.mid(dot + 1);
    QString words;
    if (figure == QLatin1String("hours_per_ha_per_cut"))
        words = AssumptionWords::tr("hours per hectare per cut");
    else if (figure == QLatin1String("fuel_l_per_ha_per_cut"))
        words = AssumptionWords::tr("litres of fuel per hectare per cut");
    else if (figure == QLatin1String("trim_factor"))
        words = AssumptionWords::tr("trimming adds this share of the mowing hours");
    else if (figure == QLatin1String("hours_per_ha_per_year"))
        words = AssumptionWords::tr("hours per hectare per year");
    if (words.isEmpty() || !a.description.endsWith(figure))
        return a.description;
    return a.description.left(a.description.size() - figure.size()) + words;
}

} // namespace

QString assumptionUnitText(const QString &unit)
{
    if (unit == QLatin1String("h/ha/cut"))
        return AssumptionWords::tr("h/ha/cut");
    if (unit == QLatin1String("l/ha/cut"))
        return AssumptionWords::tr("l/ha/cut");
    if (unit == QLatin1String("h/ha/year"))
        return AssumptionWords::tr("h/ha/year");
    if (unit == QLatin1String("m2/h"))
        return AssumptionWords::tr("m²/h");
    if (unit == QLatin1String("DKK/h"))
        return AssumptionWords::tr("DKK/h");
    if (unit == QLatin1String("DKK/m2/year"))
        return AssumptionWords::tr("DKK/m²/year");
    if (unit == QLatin1String("h/week"))
        return AssumptionWords::tr("h/week");
    return QString(unit).replace(QStringLiteral("m2"), QStringLiteral("m²"));
}

MowingAssumptionsDialog::MowingAssumptionsDialog(const MowingAssumptions &current, const Catalogue &catalogue,
                                                 const QString &language, QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue), m_language(language), m_base(current)
{
    setWindowTitle(tr("Mowing assumptions"));
    setObjectName(QStringLiteral("mowingAssumptionsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every estimate of mowing hours, fuel, CO2 and cost comes from these figures. Change a "
                                "value to this project's own; the figures of a care type replace the general ones."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("assumptionsTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Assumption"), tr("Value"), tr("Unit"), tr("From")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setItemDelegateForColumn(kValueColumn, new ValueDelegate(languageLocale(language), m_table));
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(textColourStyleSheet(uiColours().errorText));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore defaults"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("The general defaults and the catalogue's figures, without this project's own"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &MowingAssumptionsDialog::restoreDefaults);
    layout->addWidget(m_buttons);
    connect(m_table, &QTableWidget::itemChanged, this, &MowingAssumptionsDialog::validate);
    fill(current);
    resize(820, 560);
}

void MowingAssumptionsDialog::fill(const MowingAssumptions &assumptions)
{
    const QSignalBlocker block(m_table);
    const QLocale locale = languageLocale(m_language);
    const QList<AssumptionRow> rows = assumptions.rows(m_catalogue);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const AssumptionRow &a = rows.at(i);
        const int row = static_cast<int>(i);
        auto *name = new QTableWidgetItem(describe(a));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(kKeyRole, a.key);
        name->setToolTip(a.key);
        const QString text = locale.toString(a.value, 'g', 4);
        auto *value = new QTableWidgetItem(text);
        value->setData(kInitialRole, text);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont font = value->font();
        font.setBold(a.source == QLatin1String("project"));
        value->setFont(font);
        auto *unit = new QTableWidgetItem(assumptionUnitText(a.unit));
        unit->setFlags(Qt::ItemIsEnabled);
        const QString from = a.source == QLatin1String("project")     ? tr("this project")
                             : a.source == QLatin1String("catalogue") ? tr("catalogue")
                                                                      : tr("default");
        auto *source = new QTableWidgetItem(from);
        source->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, kValueColumn, value);
        m_table->setItem(row, 2, unit);
        m_table->setItem(row, 3, source);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 520));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    validate();
}

void MowingAssumptionsDialog::restoreDefaults()
{
    m_base = MowingAssumptions();
    fill(m_base);
}

bool MowingAssumptionsDialog::setValue(const QString &key, const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(kKeyRole).toString() == key) {
            m_table->item(row, kValueColumn)->setText(text);
            return true;
        }
    }
    return false;
}

Result<MowingAssumptions> MowingAssumptionsDialog::assumptions() const
{
    const QLocale locale = languageLocale(m_language);
    MowingAssumptions result = m_base;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *value = m_table->item(row, kValueColumn);
        const QString text = value->text().trimmed();
        if (text == value->data(kInitialRole).toString())
            continue; // unchanged: stays as it was (a catalogue figure stays the catalogue's)
        const QString key = m_table->item(row, 0)->data(kKeyRole).toString();
        const QString description = m_table->item(row, 0)->text();
        bool ok = false;
        const double number = locale.toDouble(text, &ok);
        if (!ok)
            return makeError(tr("%1: \"%2\" is not a number.").arg(description, text));
        if (number < 0)
            return makeError(tr("%1: a value cannot be negative.").arg(description));
        if (auto set = result.set(key, QString::number(number, 'g', 17), m_catalogue); !set.ok())
            return set.error();
    }
    return result;
}

void MowingAssumptionsDialog::validate()
{
    const auto checked = assumptions();
    m_problem->setVisible(!checked.ok());
    m_problem->setText(checked.ok() ? QString() : checked.errorMessage());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(checked.ok());
}

void MowingAssumptionsDialog::accept()
{
    if (!assumptions().ok())
        return;
    QDialog::accept();
}

} // namespace engdrift::gui
