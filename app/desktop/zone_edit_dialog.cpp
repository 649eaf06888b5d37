#include "zone_edit_dialog.h"

#include "date_field.h"
#include "widget_colours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace engdrift::gui {
namespace {

const Clippings kClippings[] = {Clippings::Left, Clippings::Collected, Clippings::PartlyCollected, Clippings::None};

QString clippingsName(Clippings c)
{
    switch (c) {
    case Clippings::Left:
        return ZoneEditDialog::tr("left lying");
    case Clippings::Collected:
        return ZoneEditDialog::tr("collected");
    case Clippings::PartlyCollected:
        return ZoneEditDialog::tr("partly collected");
    case Clippings::None:
        break;
    }
    return ZoneEditDialog::tr("none (not cut)");
}

QString monthsList(const QList<int> &months)
{
    QStringList parts;
    for (int m : months)
        parts << QString::number(m);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ZoneEditDialog::ZoneEditDialog(ZoneEdit::Kind kind, const DepartmentKey &department, const MowingZone &zone, int season,
                               const QDate &from, const QString &language, QWidget *parent)
    : QDialog(parent), m_regime(zone.regime)
{
    Q_UNUSED(language);
    setObjectName(QStringLiteral("zoneEditDialog"));
    m_base.kind = kind;
    m_base.department = department;
    m_base.number = zone.number;
    m_base.season = season;
    auto *form = new QFormLayout;
    QString title;
    switch (kind) {
    case ZoneEdit::Kind::Rename:
        title = tr("Rename zone %1").arg(zone.number);
        m_name = new QLineEdit(zone.name, this);
        m_name->setObjectName(QStringLiteral("zoneName"));
        m_name->setMaxLength(kZoneNameMaxLength);
        m_name->setPlaceholderText(tr("empty: the name the plan gives it"));
        form->addRow(tr("&Name"), m_name);
        break;
    case ZoneEdit::Kind::Renumber:
        title = tr("Renumber zone %1").arg(zone.number);
        m_number = new QSpinBox(this);
        m_number->setObjectName(QStringLiteral("zoneNumber"));
        m_number->setRange(1, 999);
        m_number->setValue(zone.number);
        m_number->setToolTip(tr("A zone that has this number gets zone %1's number.").arg(zone.number));
        form->addRow(tr("&New number"), m_number);
        break;
    case ZoneEdit::Kind::Override:
    case ZoneEdit::Kind::ClearOverride:
        title = tr("Zone %1 in the season %2").arg(zone.number).arg(season);
        m_cuts = new QSpinBox(this);
        m_cuts->setObjectName(QStringLiteral("zoneCuts"));
        m_cuts->setRange(0, 60);
        m_cuts->setValue(zone.regime.cutsPerYear);
        form->addRow(tr("&Cuts in the season"), m_cuts);
        m_months = new QLineEdit(monthsList(zone.regime.months), this);
        m_months->setObjectName(QStringLiteral("zoneMonths"));
        m_months->setPlaceholderText(tr("e.g. 6, 9"));
        m_months->setToolTip(tr("The months (1-12) the cuts fall in, separated by commas."));
        form->addRow(tr("&Months"), m_months);
        m_clippings = new QComboBox(this);
        m_clippings->setObjectName(QStringLiteral("zoneClippings"));
        for (Clippings c : kClippings) {
            m_clippings->addItem(clippingsName(c), static_cast<int>(c));
            if (c == zone.regime.clippings)
                m_clippings->setCurrentIndex(m_clippings->count() - 1);
        }
        form->addRow(tr("C&lippings"), m_clippings);
        break;
    }
    setWindowTitle(title);
    setMinimumWidth(420);
    m_from = new DateField(from, this);
    m_from->setObjectName(QStringLiteral("zoneFrom"));
    form->addRow(tr("&From"), m_from);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textColourStyleSheet(uiColours().errorText));
    m_error->hide();
    auto *note = new QLabel(tr("The change is saved in the project at once, from the date on; the map before it keeps "
                               "the zone as it was."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ZoneEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Result<ZoneEdit> ZoneEditDialog::edit() const
{
    ZoneEdit edit = m_base;
    edit.from = m_from->date();
    if (!edit.from.isValid())
        return makeError(m_from->errorText().isEmpty() ? tr("Give the date the change holds from.") : m_from->errorText());
    if (m_name)
        edit.name = m_name->text().trimmed();
    if (m_number)
        edit.newNumber = m_number->value();
    if (m_cuts) {
        QList<int> months;
        for (const QString &part : m_months->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int month = part.trimmed().toInt(&ok);
            if (!ok || month < 1 || month > 12)
                return makeError(tr("\"%1\" is not a month: write the months as numbers 1-12, e.g. 6, 9.").arg(part.trimmed()));
            if (!months.contains(month))
                months << month;
        }
        std::sort(months.begin(), months.end());
        if (m_cuts->value() != m_regime.cutsPerYear)
            edit.regime.cutsPerYear = m_cuts->value();
        if (months != m_regime.months)
            edit.regime.months = months;
        const auto clippings = static_cast<Clippings>(m_clippings->currentData().toInt());
        if (clippings != m_regime.clippings)
            edit.regime.clippings = clippings;
        if (edit.regime.isEmpty())
            return makeError(tr("Nothing is changed: give the season other cuts, months or clippings."));
    }
    return edit;
}

void ZoneEditDialog::accept()
{
    auto checked = edit();
    if (!checked.ok()) {
        m_error->setText(checked.errorMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace engdrift::gui
