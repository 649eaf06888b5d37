#include "care_type_table.h"

#include "catalogue/catalogue.h"
#include "edit/edit_session.h"
#include "legend_widget.h"
#include "render/map_style.h"
#include "util/translations.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace engdrift::gui {

QList<CareTypeSum> sumByCareType(const QList<AreaShape> &areas, const Catalogue &catalogue)
{
    QHash<QString, CareTypeSum> byCare;
    QStringList unknown;
    for (const AreaShape &shape : areas) {
        const QString &code = shape.version.careType;
        if (!byCare.contains(code) && !catalogue.find(code))
            unknown << code;
        CareTypeSum &sum = byCare[code];
        sum.code = code;
        ++sum.count;
        sum.m2 += shape.version.areaM2;
    }
    QList<CareTypeSum> sums;
    for (const CareType &ct : catalogue.careTypes())
        if (byCare.contains(ct.code))
            sums << byCare.value(ct.code);
    unknown.sort();
    for (const QString &code : std::as_const(unknown))
        sums << byCare.value(code);
    return sums;
}

CareTypeTable::CareTypeTable(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Fixed); // fitNumberColumns()
    header()->setSectionResizeMode(2, QHeaderView::Fixed);
    retranslate();
}

void CareTypeTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void CareTypeTable::retranslate()
{
    setHeaderLabels({tr("Care type"), tr("Areas"), tr("m²")});
    headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    fitNumberColumns();
}

void CareTypeTable::fitNumberColumns()
{
    // As wide as their numbers and headers, and a little apart: right-aligned numbers side by
    // side read as one number otherwise.
    const int gap = fontMetrics().horizontalAdvance(QStringLiteral("00"));
    for (int column : {1, 2})
        setColumnWidth(column, std::max(sizeHintForColumn(column), header()->sectionSizeHint(column)) + gap);
}

QString CareTypeTable::careType(const QTreeWidgetItem *item)
{
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void CareTypeTable::setAreas(const QList<AreaShape> &areas, const Catalogue &catalogue, const QString &language,
                             bool withTotal)
{
    clear();
    const QLocale locale = languageLocale(language);
    const MapStyle style(catalogue);
    auto addRow = [&](const CareTypeSum &sum, const QString &name) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, name);
        item->setToolTip(0, name);
        item->setData(0, Qt::UserRole, sum.code);
        item->setText(1, locale.toString(sum.count));
        item->setData(1, ValueRole, sum.count);
        item->setText(2, locale.toString(sum.m2, 'f', 0));
        item->setData(2, ValueRole, sum.m2);
        for (int c : {1, 2})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    CareTypeSum total;
    for (const CareTypeSum &sum : sumByCareType(areas, catalogue)) {
        const CareType *ct = catalogue.find(sum.code);
        QTreeWidgetItem *item = addRow(sum, ct ? ct->name.text(language) : sum.code);
        item->setIcon(0, careTypeIcon(style, sum.code));
        if (ct)
            item->setToolTip(0, careTypeToolTip(*ct));
        total.count += sum.count;
        total.m2 += sum.m2;
    }
    if (withTotal) {
        QTreeWidgetItem *item = addRow(total, tr("Total"));
        item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        QFont bold = item->font(0);
        bold.setBold(true);
        for (int c = 0; c < 3; ++c)
            item->setFont(c, bold);
    }
    fitNumberColumns();
}

int CareTypeTable::heightForRows(int rows) const
{
    const int rowHeight = topLevelItemCount() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    return header()->sizeHint().height() + rows * rowHeight + 2 * frameWidth();
}

CareTypeChooser::CareTypeChooser(const QList<AreaShape> &areas, const Catalogue &catalogue, const QString &language,
                                 const QString &where, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Select by care type"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(areas.isEmpty() ? tr("There are no areas %1.").arg(where)
                                             : tr("Select every area of a care type %1:").arg(where),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new CareTypeTable(this);
    m_table->setObjectName(QStringLiteral("careTypes"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAreas(areas, catalogue, language, false);
    m_table->setMinimumWidth(360);
    m_table->setMinimumHeight(m_table->heightForRows(std::min(m_table->topLevelItemCount(), 12)));
    layout->addWidget(m_table, 1);
    m_add = new QCheckBox(tr("Add them to the selection"), this);
    layout->addWidget(m_add);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Select"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &CareTypeChooser::updateButtons);
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!chosenCareType().isEmpty())
            accept();
    });
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
    updateButtons();
}

QString CareTypeChooser::chosenCareType() const
{
    return CareTypeTable::careType(m_table->currentItem());
}

void CareTypeChooser::chooseCareType(const QString &code)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        if (CareTypeTable::careType(m_table->topLevelItem(i)) == code)
            m_table->setCurrentItem(m_table->topLevelItem(i));
}

bool CareTypeChooser::addsToSelection() const
{
    return m_add->isChecked();
}

void CareTypeChooser::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenCareType().isEmpty());
}

} // namespace engdrift::gui
