#include "properties_panel.h"

#include "date_field.h"
#include "legend_widget.h"
#include "project_document.h"
#include "render/map_style.h"
#include "util/dates.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace engdrift::gui {

PropertiesPanel::PropertiesPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    m_careLabel = new QLabel(this);
    m_care = new QComboBox(this);
    m_care->setObjectName(QStringLiteral("careTypeCombo"));
    m_fromLabel = new QLabel(this);
    m_from = new DateField(QDate::currentDate(), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    form->addRow(m_careLabel, m_care);
    form->addRow(m_fromLabel, m_from);
    layout->addLayout(form);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyCareType"));
    layout->addWidget(m_apply);

    m_noteLabel = new QLabel(this);
    m_note = new QPlainTextEdit(this);
    m_note->setMaximumHeight(70);
    m_saveNote = new QPushButton(this);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_saveNote);

    auto *buttons = new QHBoxLayout;
    m_split = new QPushButton(this);
    m_merge = new QPushButton(this);
    m_retire = new QPushButton(this);
    m_split->setObjectName(QStringLiteral("splitSelection"));
    m_merge->setObjectName(QStringLiteral("mergeSelection"));
    m_retire->setObjectName(QStringLiteral("retireSelection"));
    buttons->addWidget(m_split);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_retire);
    layout->addLayout(buttons);

    m_historyLabel = new QLabel(this);
    m_history = new QTreeWidget(this);
    m_history->setColumnCount(3);
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);

    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_ids.isEmpty() && m_from->checkDate())
            emit retagRequested(m_ids, chosenCareType(), m_from->date());
    });
    connect(m_saveNote, &QPushButton::clicked, this, [this] {
        if (!m_ids.isEmpty() && m_from->checkDate())
            emit noteRequested(m_ids, m_note->toPlainText().trimmed(), m_from->date());
    });
    connect(m_split, &QPushButton::clicked, this, &PropertiesPanel::splitRequested);
    connect(m_merge, &QPushButton::clicked, this, &PropertiesPanel::mergeRequested);
    connect(m_retire, &QPushButton::clicked, this, &PropertiesPanel::retireRequested);
    retranslate();
    reload();
}

void PropertiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PropertiesPanel::retranslate()
{
    m_careLabel->setText(tr("Care type"));
    m_fromLabel->setText(tr("From"));
    m_apply->setText(tr("Set care type"));
    m_apply->setToolTip(tr("Give the selected areas this care type from the date; their history is kept."));
    m_noteLabel->setText(tr("Note"));
    m_saveNote->setText(tr("Save note"));
    m_split->setText(tr("Split"));
    m_split->setToolTip(tr("Draw a line across the selected area to split it (S)."));
    m_merge->setText(tr("Merge"));
    m_merge->setToolTip(tr("Merge the selected areas into one (M)."));
    m_retire->setText(tr("Retire"));
    m_retire->setToolTip(tr("The selected areas leave the map on the date; their history is kept (Del)."));
    m_historyLabel->setText(tr("History"));
    m_history->setHeaderLabels({tr("From"), tr("Until"), tr("Care type")});
    fillCareTypes();
    reload();
}

void PropertiesPanel::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_ids.clear();
    fillCareTypes();
    reload();
}

void PropertiesPanel::setLanguage(const QString &language)
{
    m_language = language;
    retranslate(); // the care types' names too
}

void PropertiesPanel::fillCareTypes()
{
    const QString current = chosenCareType();
    m_care->clear();
    if (!m_document)
        return;
    const Catalogue &catalogue = m_document->store().catalogue();
    const MapStyle style(catalogue);
    for (const CareType &ct : catalogue.careTypes()) {
        const CareStyle &s = style.careStyle(ct.code);
        m_care->addItem(careTypeIcon(s.fill, s.outline, s.hatch, s.hatchColour),
                        ct.name.text(m_language) + (ct.natureFriendly ? QStringLiteral("  ✿") : QString()), ct.code);
        m_care->setItemData(m_care->count() - 1,
                            QStringLiteral("%1 / %2 · %3").arg(ct.name.da, ct.name.en, ct.fkgLabel), Qt::ToolTipRole);
    }
    if (!current.isEmpty())
        chooseCareType(current);
}

QString PropertiesPanel::chosenCareType() const
{
    return m_care->currentData().toString();
}

QDate PropertiesPanel::fromDate() const
{
    return m_from->date();
}

void PropertiesPanel::chooseCareType(const QString &code)
{
    const int index = m_care->findData(code);
    if (index >= 0)
        m_care->setCurrentIndex(index);
}

void PropertiesPanel::setFromDate(const QDate &date)
{
    m_from->setDate(date);
}

void PropertiesPanel::setSelection(const QSet<qint64> &ids, const QDate &date)
{
    m_ids = QList<qint64>(ids.cbegin(), ids.cend());
    std::sort(m_ids.begin(), m_ids.end());
    m_date = date;
    m_from->setDate(date);
    reload();
}

void PropertiesPanel::reload()
{
    const bool any = m_document && !m_ids.isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_care), static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_apply),
                       static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_saveNote),
                       static_cast<QWidget *>(m_retire)})
        w->setEnabled(any);
    m_split->setEnabled(any && m_ids.size() == 1);
    m_merge->setEnabled(any && m_ids.size() >= 2);
    m_history->clear();
    if (!any) {
        m_title->setText(tr("Selection"));
        m_summary->setText(tr("Click an area on the map to select it; Shift adds, Ctrl toggles."));
        m_note->clear();
        return;
    }
    const QLocale locale(m_language == QLatin1String("da") ? QLocale::Danish : QLocale::English);
    const Catalogue &catalogue = m_document->store().catalogue();
    double total = 0;
    QSet<QString> careTypes;
    QSet<QString> departments;
    QSet<QString> notes;
    for (qint64 id : std::as_const(m_ids)) {
        auto history = m_document->session().history(id);
        if (!history.ok())
            continue;
        for (const AreaShape &shape : *history) {
            const AreaVersion &v = shape.version;
            if (!v.isValidAt(m_date) || v.status != AreaStatus::Current)
                continue;
            total += v.areaM2;
            careTypes.insert(v.careType);
            departments.insert(v.department.toString());
            notes.insert(v.note);
        }
        if (m_ids.size() == 1) {
            for (const AreaShape &shape : *history) {
                const AreaVersion &v = shape.version;
                const CareType *ct = catalogue.find(v.careType);
                auto *item = new QTreeWidgetItem(m_history);
                item->setText(0, isoDate(v.validFrom));
                item->setText(1, v.validTo.isValid() ? isoDate(v.validTo) : QStringLiteral("…"));
                item->setText(2, ct ? ct->name.text(m_language) : v.careType);
                QString tip = tr("%1 m²").arg(locale.toString(v.areaM2, 'f', 1));
                if (!v.lineage.isEmpty()) {
                    QStringList parents;
                    for (qint64 p : v.lineage)
                        parents << QString::number(p);
                    tip += QLatin1Char('\n') + tr("from area %1").arg(parents.join(QStringLiteral(", ")));
                }
                if (!v.note.isEmpty())
                    tip += QLatin1Char('\n') + v.note;
                if (v.fid == 0)
                    tip += QLatin1Char('\n') + tr("not saved yet");
                for (int c = 0; c < 3; ++c)
                    item->setToolTip(c, tip);
            }
        }
    }
    m_title->setText(m_ids.size() == 1 ? tr("Area %1").arg(m_ids.first()) : tr("%n areas", "", static_cast<int>(m_ids.size())));
    QStringList deptList(departments.cbegin(), departments.cend());
    deptList.sort();
    m_summary->setText(tr("%1 m² · department %2").arg(locale.toString(total, 'f', 0), deptList.join(QStringLiteral(", "))));
    if (careTypes.size() == 1)
        chooseCareType(*careTypes.cbegin());
    m_note->setPlainText(notes.size() == 1 ? *notes.cbegin() : QString());
}

} // namespace engdrift::gui
