#include "properties_panel.h"

#include "analysis/nature.h"
#include "edit/condition.h"
#include "store/project_store.h"

#include "care_type_table.h"
#include "date_field.h"
#include "legend_widget.h"
#include "project_document.h"
#include "render/map_style.h"
#include "widget_colours.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace engdrift::gui {
namespace {

constexpr int kIdRole = Qt::UserRole;        ///< an area's id in the list of areas
constexpr int kValueRole = Qt::UserRole + 1; ///< the number behind a formatted m²
constexpr int kSummaryRowsShown = 8;         ///< more care types than this scroll
constexpr qsizetype kAreasListed = 1000;     ///< the list of a larger selection stops here

} // namespace

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

    // A selection of several areas: how many of each care type and their m², with the total.
    m_careSummary = new CareTypeTable(this);
    m_careSummary->setObjectName(QStringLiteral("careSummary"));
    m_careSummary->setSelectionMode(QAbstractItemView::NoSelection);
    m_careSummary->setFocusPolicy(Qt::NoFocus);
    m_careSummary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_careSummary);

    auto *form = new QFormLayout;
    m_careLabel = new QLabel(this);
    m_care = new QComboBox(this);
    m_care->setObjectName(QStringLiteral("careTypeCombo"));
    m_care->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_care->setMinimumContentsLength(12);
    m_fromLabel = new QLabel(this);
    m_from = new DateField(QDate::currentDate(), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_conditionLabel = new QLabel(this);
    m_condition = new QComboBox(this);
    m_condition->setObjectName(QStringLiteral("conditionCombo"));
    m_condition->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_condition->setMinimumContentsLength(12);
    form->addRow(m_careLabel, m_care);
    form->addRow(m_fromLabel, m_from);
    layout->addLayout(form);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyCareType"));
    layout->addWidget(m_apply);
    auto *conditionForm = new QFormLayout;
    conditionForm->addRow(m_conditionLabel, m_condition);
    layout->addLayout(conditionForm);
    m_setCondition = new QPushButton(this);
    m_setCondition->setObjectName(QStringLiteral("applyCondition"));
    layout->addWidget(m_setCondition);

    // One area: its biodiversity units with the numbers that make them, and its biofaktor.
    m_unitsLabel = new QLabel(this);
    m_units = new QLabel(this);
    m_units->setObjectName(QStringLiteral("unitsFormula"));
    m_units->setWordWrap(true);
    m_units->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_biofaktorLabel = new QLabel(this);
    m_biofaktor = new QLabel(this);
    m_biofaktor->setObjectName(QStringLiteral("biofaktor"));
    m_biofaktor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *natureForm = new QFormLayout;
    natureForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    natureForm->addRow(m_unitsLabel, m_units);
    natureForm->addRow(m_biofaktorLabel, m_biofaktor);
    layout->addLayout(natureForm);

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

    // One area: its history. Several: the list of them.
    m_historyLabel = new QLabel(this);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setColumnCount(4);
    m_history->setRootIsDecorated(false);
    // The four columns fit the panel: the dates and the condition as wide as their words, the care
    // type in the rest (a long name elided, whole in its tooltip).
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->header()->setStretchLastSection(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
    m_areasLabel = new QLabel(this);
    m_areas = new QTreeWidget(this);
    m_areas->setObjectName(QStringLiteral("selectedAreas"));
    m_areas->setColumnCount(3);
    m_areas->setRootIsDecorated(false);
    m_areas->setUniformRowHeights(true);
    m_areas->setSelectionMode(QAbstractItemView::SingleSelection);
    m_areas->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_areas->header()->setStretchLastSection(false);
    m_areas->header()->setSectionsMovable(false);
    m_areas->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_areas->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_areasLabel);
    layout->addWidget(m_areas, 1);
    layout->addStretch(0); // takes the room when neither list is shown

    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_ids.isEmpty() && !chosenCareType().isEmpty() && m_from->checkDate())
            emit retagRequested(m_ids, chosenCareType(), m_from->date());
    });
    connect(m_care, &QComboBox::currentIndexChanged, this, [this] {
        if (!chosenCareType().isEmpty())
            m_lastChosen = chosenCareType();
        updateApply();
    });
    connect(m_setCondition, &QPushButton::clicked, this, [this] {
        if (m_ids.isEmpty() || !m_condition->currentData().isValid() || !m_from->checkDate())
            return;
        const QString code = m_condition->currentData().toString();
        emit conditionRequested(m_ids, code.isEmpty() ? std::nullopt : conditionFromCode(code), m_from->date());
    });
    connect(m_condition, &QComboBox::currentIndexChanged, this, [this] { updateApply(); });
    connect(m_saveNote, &QPushButton::clicked, this, [this] {
        if (!m_ids.isEmpty() && m_from->checkDate())
            emit noteRequested(m_ids, m_note->toPlainText().trimmed(), m_from->date());
    });
    connect(m_split, &QPushButton::clicked, this, &PropertiesPanel::splitRequested);
    connect(m_merge, &QPushButton::clicked, this, &PropertiesPanel::mergeRequested);
    connect(m_retire, &QPushButton::clicked, this, &PropertiesPanel::retireRequested);
    for (auto signal : {&QTreeWidget::itemClicked, &QTreeWidget::itemActivated}) {
        connect(m_areas, signal, this, [this](QTreeWidgetItem *item) {
            if (item && item->data(0, kIdRole).isValid())
                emit areaActivated(item->data(0, kIdRole).toLongLong());
        });
    }
    connect(m_careSummary, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString code = CareTypeTable::careType(item);
        if (code.isEmpty()) // the total
            return;
        QSet<qint64> ids;
        for (const AreaShape &shape : shownAreas())
            if (shape.version.careType == code)
                ids.insert(shape.version.areaId);
        emit selectionNarrowed(ids);
    });
    retranslate();
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
    m_conditionLabel->setText(tr("Condition"));
    m_condition->setToolTip(tr("The habitat's condition for the biodiversity units (good 3, fairly good 2.5, moderate 2, "
                               "fairly poor 1.5, poor 1). Unless one is recorded, the care type's default counts."));
    m_setCondition->setText(tr("Set condition"));
    m_setCondition->setToolTip(tr("Record this condition for the selected areas from the date; their history is kept. A "
                                  "new care type starts again from its default."));
    m_unitsLabel->setText(tr("Units"));
    m_units->setToolTip(tr("Biodiversity units = area (ha) × the care type's distinctiveness × the condition (recorded, "
                           "or the care type's default) × the department's strategic significance."));
    m_biofaktorLabel->setText(tr("Biofaktor"));
    m_biofaktor->setToolTip(tr("The care type's weight in the green factor: the department's green factor is Σ m² × "
                               "biofaktor / Σ m² of all its areas."));
    m_noteLabel->setText(tr("Note"));
    m_saveNote->setText(tr("Save note"));
    m_split->setText(tr("Split"));
    m_split->setToolTip(tr("Draw a line across the selected area to split it (S)."));
    m_merge->setText(tr("Merge"));
    m_merge->setToolTip(tr("Merge the selected areas into one (M)."));
    m_retire->setText(tr("Retire"));
    m_retire->setToolTip(tr("The selected areas leave the map on the date; their history is kept (Del)."));
    m_historyLabel->setText(tr("History"));
    m_history->setHeaderLabels({tr("From"), tr("Until"), tr("Care type"), tr("Condition")});
    m_careSummary->setToolTip(tr("Double-click a care type to keep only its areas selected."));
    m_areasLabel->setText(tr("Selected areas"));
    m_areas->setHeaderLabels({tr("Area"), tr("Care type"), tr("m²")});
    for (int c : {0, 2})
        m_areas->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    m_areas->setToolTip(tr("Click an area to show it on the map."));
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

QString PropertiesPanel::careTypeName(const QString &code) const
{
    const CareType *ct = m_document ? m_document->store().catalogue().find(code) : nullptr;
    return ct ? ct->name.text(m_language) : code;
}

void PropertiesPanel::fillCareTypes()
{
    const QString current = chosenCareType().isEmpty() ? m_lastChosen : chosenCareType();
    const QSignalBlocker blocker(m_care);
    m_care->clear();
    m_shownCareTypes.clear(); // reload() shows the selection's again
    m_shownIds.clear();
    if (!m_document)
        return;
    const Catalogue &catalogue = m_document->store().catalogue();
    const MapStyle style(catalogue);
    for (const CareType &ct : catalogue.careTypes()) {
        m_care->addItem(careTypeIcon(style, ct.code),
                        ct.name.text(m_language) + (ct.natureFriendly ? QStringLiteral("  ✿") : QString()), ct.code);
        m_care->setItemData(m_care->count() - 1, careTypeToolTip(ct), Qt::ToolTipRole);
    }
    if (!current.isEmpty())
        chooseCareType(current);
    if (m_lastChosen.isEmpty())
        m_lastChosen = chosenCareType();
}

QString PropertiesPanel::chosenCareType() const
{
    return m_care->currentData().toString();
}

QString PropertiesPanel::careTypeForNewArea() const
{
    return chosenCareType().isEmpty() ? m_lastChosen : chosenCareType();
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

void PropertiesPanel::updateApply()
{
    m_apply->setEnabled(m_document && !m_ids.isEmpty() && !chosenCareType().isEmpty());
    // Conditions are recorded on today's map, not planned in a proposal.
    m_setCondition->setEnabled(m_document && !m_ids.isEmpty() && m_condition->currentData().isValid() &&
                               !m_document->session().proposal());
}

void PropertiesPanel::chooseCondition(const QString &code)
{
    const int index = m_condition->findData(code);
    if (index >= 0)
        m_condition->setCurrentIndex(index);
}

void PropertiesPanel::showConditions(const QList<AreaShape> &areas)
{
    const QSignalBlocker blocker(m_condition);
    m_condition->clear();
    if (!m_document || areas.isEmpty()) {
        updateApply();
        return;
    }
    const Catalogue &catalogue = m_document->store().catalogue();
    QSet<QString> careTypes;
    QSet<QString> recorded; ///< each area's condition code ("": the default)
    for (const AreaShape &shape : areas) {
        careTypes.insert(shape.version.careType);
        recorded.insert(shape.version.condition ? conditionCode(*shape.version.condition) : QString());
    }
    // The default's entry names what it is when the selection has one care type.
    QString defaultText = tr("The care type's default");
    if (careTypes.size() == 1) {
        AreaVersion probe;
        probe.careType = *careTypes.cbegin();
        defaultText = tr("%1 (default for %2)")
                          .arg(conditionName(effectiveCondition(probe, catalogue)), careTypeName(probe.careType));
    }
    if (recorded.size() > 1) {
        m_condition->addItem(tr("(mixed: %n conditions)", "", static_cast<int>(recorded.size())));
        m_condition->setItemData(0, tr("The selected areas have different conditions; choose the one to give them all."),
                                 Qt::ToolTipRole);
    }
    m_condition->addItem(defaultText, QString());
    for (HabitatCondition c : {HabitatCondition::Good, HabitatCondition::FairlyGood, HabitatCondition::Moderate,
                               HabitatCondition::FairlyPoor, HabitatCondition::Poor})
        m_condition->addItem(conditionName(c), conditionCode(c));
    m_condition->setCurrentIndex(recorded.size() > 1 ? 0 : m_condition->findData(*recorded.cbegin()));
    updateApply();
}

void PropertiesPanel::showNatureValue(const QList<AreaShape> &areas)
{
    const bool one = m_document && m_ids.size() == 1 && areas.size() == 1;
    for (QWidget *w : {m_unitsLabel, m_units, m_biofaktorLabel, m_biofaktor})
        w->setVisible(one);
    m_units->clear();
    m_biofaktor->clear();
    if (!one)
        return;
    // The figures of the one area by the method's own code (analysis/nature.h), with its
    // department's strategic significance.
    const ProjectStore &store = m_document->store();
    const AreaShape &shape = areas.first();
    NatureInput input;
    input.at = m_date;
    input.areas = {NatureArea::of(shape.version, shape.wkb)};
    if (auto department = store.department(shape.version.department); department.ok() && department->has_value())
        input.departments.insert(shape.version.department, **department);
    auto nature = computeNature(input, store.catalogue());
    if (!nature.ok() || nature->areas.isEmpty()) {
        m_units->setText(tr("none: the catalogue does not have the care type"));
        return;
    }
    const AreaNature &area = nature->areas.first();
    m_units->setText(unitsFormulaText(area.formula, m_language));
    m_biofaktor->setText(languageLocale(m_language).toString(area.biofaktor, 'f', 2));
}

QList<AreaShape> PropertiesPanel::shownAreas() const
{
    QList<AreaShape> shown;
    if (!m_document)
        return shown;
    QRectF bounds;
    for (qint64 id : m_ids) {
        auto history = m_document->session().history(id);
        if (!history.ok())
            continue;
        for (const AreaShape &shape : *history) {
            if (shape.version.status == AreaStatus::Current && shape.version.isValidAt(m_date)) {
                shown << shape;
                bounds |= shape.bounds;
            }
        }
    }
    if (!m_document->session().proposal() || shown.isEmpty())
        return shown;
    // The proposal view: the care types the proposal plans for them.
    auto planned = m_document->session().areasAt(m_date, bounds);
    if (!planned.ok())
        return shown;
    const QSet<qint64> ids(m_ids.cbegin(), m_ids.cend());
    QList<AreaShape> result;
    for (const AreaShape &shape : *planned)
        if (ids.contains(shape.version.areaId))
            result << shape;
    std::sort(result.begin(), result.end(),
              [](const AreaShape &a, const AreaShape &b) { return a.version.areaId < b.version.areaId; });
    return result;
}

void PropertiesPanel::showCareTypes(const QStringList &careTypes)
{
    if (careTypes == m_shownCareTypes && m_ids == m_shownIds)
        return; // the same areas with the same care types as before: a choice made since stays
    m_shownCareTypes = careTypes;
    m_shownIds = m_ids;
    const QSignalBlocker blocker(m_care);
    if (m_care->count() > 0 && m_care->itemData(0).isNull()) { // the placeholder of a mixed selection
        m_care->removeItem(0);
        chooseCareType(m_lastChosen);
    }
    if (careTypes.size() > 1) {
        const int n = static_cast<int>(careTypes.size());
        m_care->insertItem(0, tr("(mixed: %n care types)", "", n));
        m_care->setItemData(0, tr("The selected areas have %n care types; choose the one to give them all.", "", n),
                            Qt::ToolTipRole);
        m_care->setCurrentIndex(0);
    } else if (careTypes.size() == 1) {
        chooseCareType(careTypes.first());
        m_lastChosen = careTypes.first();
    }
}

void PropertiesPanel::fillSummary(const QList<AreaShape> &areas)
{
    m_careSummary->setAreas(areas, m_document->store().catalogue(), m_language, true);
    // As high as its rows (up to a few), so that a usual selection needs no scrolling.
    m_careSummary->setFixedHeight(
        m_careSummary->heightForRows(std::min(m_careSummary->topLevelItemCount(), kSummaryRowsShown)));
}

void PropertiesPanel::fillAreaList(const QList<AreaShape> &areas)
{
    m_areas->clear();
    const QLocale locale = languageLocale(m_language);
    const MapStyle style(m_document->store().catalogue());
    QHash<QString, std::pair<QIcon, QString>> looks; // a care type's swatch and name, made once
    const qsizetype shown = std::min<qsizetype>(areas.size(), kAreasListed);
    QList<QTreeWidgetItem *> items;
    items.reserve(shown + 1);
    for (qsizetype i = 0; i < shown; ++i) {
        const AreaVersion &v = areas[i].version;
        auto look = looks.constFind(v.careType);
        if (look == looks.cend())
            look = looks.insert(v.careType, {careTypeIcon(style, v.careType), careTypeName(v.careType)});
        auto *item = new QTreeWidgetItem;
        item->setText(0, QString::number(v.areaId));
        item->setData(0, kIdRole, v.areaId);
        item->setIcon(1, look->first);
        item->setText(1, look->second);
        item->setToolTip(1, look->second);
        item->setText(2, locale.toString(v.areaM2, 'f', 0));
        item->setData(2, kValueRole, v.areaM2);
        for (int c : {0, 2})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    if (areas.size() > shown) { // a long list says how many it leaves out (the summary counts them all)
        auto *more = new QTreeWidgetItem;
        more->setText(1, tr("… and %n more", "", static_cast<int>(areas.size() - shown)));
        more->setFlags(Qt::NoItemFlags);
        items << more;
    }
    m_areas->addTopLevelItems(items);
}

void PropertiesPanel::fillHistory()
{
    m_history->clear();
    auto history = m_document->session().history(m_ids.first());
    if (!history.ok())
        return;
    const QLocale locale = languageLocale(m_language);
    const Catalogue &catalogue = m_document->store().catalogue();
    for (const AreaShape &shape : *history) {
        const AreaVersion &v = shape.version;
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, isoDate(v.validFrom));
        item->setText(1, v.validTo.isValid() ? isoDate(v.validTo) : QStringLiteral("…"));
        item->setText(2, careTypeName(v.careType));
        // The condition recorded, or the care type's default, muted and said to be the default.
        if (v.condition) {
            item->setText(3, conditionName(*v.condition));
        } else {
            item->setText(3, catalogue.find(v.careType)
                                 ? tr("%1 (default)").arg(conditionName(effectiveCondition(v, catalogue)))
                                 : tr("(default)"));
            item->setForeground(3, uiColours().mutedText);
        }
        QString tip = tr("%1 m²").arg(locale.toString(v.areaM2, 'f', 1));
        if (!v.condition)
            tip += QLatin1Char('\n') + tr("condition: not recorded, the care type's default counts");
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
        for (int c = 0; c < m_history->columnCount(); ++c)
            item->setToolTip(c, tip);
        item->setToolTip(2, careTypeName(v.careType) + QLatin1Char('\n') + tip);
    }
}

void PropertiesPanel::reload()
{
    const bool any = m_document && !m_ids.isEmpty();
    const bool several = any && m_ids.size() > 1;
    for (QWidget *w : {static_cast<QWidget *>(m_care), static_cast<QWidget *>(m_condition),
                       static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_note),
                       static_cast<QWidget *>(m_saveNote), static_cast<QWidget *>(m_retire)})
        w->setEnabled(any);
    m_split->setEnabled(any && m_ids.size() == 1);
    m_merge->setEnabled(several);
    m_careSummary->setVisible(several);
    m_areasLabel->setVisible(several);
    m_areas->setVisible(several);
    m_historyLabel->setVisible(any && !several);
    m_history->setVisible(any && !several);
    if (!any) {
        m_title->setText(tr("Selection"));
        m_summary->setText(tr("Click an area on the map to select it; Shift adds, Ctrl toggles."));
        m_note->clear();
        m_history->clear();
        m_areas->clear();
        m_careSummary->clear();
        showCareTypes({});
        showConditions({});
        showNatureValue({});
        updateApply();
        return;
    }
    const QList<AreaShape> areas = shownAreas();
    double total = 0;
    QSet<QString> careTypes;
    QSet<QString> departments;
    QSet<QString> notes;
    for (const AreaShape &shape : areas) {
        total += shape.version.areaM2;
        careTypes.insert(shape.version.careType);
        departments.insert(shape.version.department.toString());
        notes.insert(shape.version.note);
    }
    const QLocale locale = languageLocale(m_language);
    m_title->setText(m_ids.size() == 1 ? tr("Area %1").arg(m_ids.first()) : tr("%n areas", "", static_cast<int>(m_ids.size())));
    QStringList deptList(departments.cbegin(), departments.cend());
    deptList.sort();
    m_summary->setText(tr("%1 m² · department %2").arg(locale.toString(total, 'f', 0), deptList.join(QStringLiteral(", "))));
    if (several) {
        fillSummary(areas);
        fillAreaList(areas);
    } else {
        fillHistory();
    }
    QStringList careList(careTypes.cbegin(), careTypes.cend());
    careList.sort();
    showCareTypes(careList);
    showConditions(areas);
    showNatureValue(areas);
    m_note->setPlainText(notes.size() == 1 ? *notes.cbegin() : QString());
    updateApply();
}

} // namespace engdrift::gui
