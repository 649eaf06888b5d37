// MowingPanel: its layout, the gathering in the background, and the calendar chart. The tables and
// texts are filled in mowing_tables.cpp.

#include "mowing_panel.h"
#include "util/file_names.h"

#include "background_task.h"
#include "mowing_calendar_chart.h"
#include "project_document.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/translations.h"
#include "widget_colours.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace engdrift::gui {

Result<MowingViewData> gatherMowingView(const ProjectStore &store, const DepartmentKey &department, const QDate &at,
                                        int season, const MapContent &content, const QString &language)
{
    MowingViewData data;
    data.department = department;
    data.at = at;
    data.season = season;
    auto dept = store.department(department);
    if (!dept.ok())
        return dept.error();
    if (dept->has_value())
        data.departmentName = (**dept).name;
    // The zones with the season's stored overrides of their regimes.
    auto zones = mowingZones(MapSnapshot(store, content, at), department, language, season);
    if (!zones.ok())
        return zones.error();
    auto assumptions = readMowingAssumptions(store);
    if (!assumptions.ok())
        return assumptions.error();
    const Catalogue &catalogue = store.catalogue();
    for (const MowingZone &zone : zones->zones)
        data.zoneFigures << zoneWorkload(zone, catalogue, *assumptions);
    data.calendar = mowingCalendar(*zones, catalogue, *assumptions, season);
    WorkloadRequest request;
    request.at = at;
    request.department = department;
    request.content = content;
    request.season = season;
    request.threads = 1;
    auto workload = gatherWorkload(store, request);
    if (!workload.ok())
        return workload.error();
    if (!workload->departments.isEmpty())
        data.workload = workload->departments.first();
    data.workload.department = department;
    data.assumptions = workload->assumptionRows;
    data.zones = std::make_shared<const MowingZones>(std::move(zones).value());
    return data;
}

MowingPanel::MowingPanel(QWidget *parent) : QWidget(parent), m_language(currentLanguage())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_departmentLabel = new QLabel(this);
    m_departments = new QComboBox(this);
    m_departments->setObjectName(QStringLiteral("mowingDepartment"));
    m_departments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_departments->setMinimumContentsLength(18);
    m_seasonLabel = new QLabel(this);
    m_season = new QSpinBox(this);
    m_season->setObjectName(QStringLiteral("mowingSeason"));
    m_season->setRange(1900, 2200);
    m_season->setGroupSeparatorShown(false);
    m_season->setValue(QDate::currentDate().year());
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // It may be cut short in a narrow panel rather than widen it (the whole text is its tooltip).
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_assumptionsButton = new QPushButton(this);
    m_exportButton = new QPushButton(this);
    auto *exportMenu = new QMenu(m_exportButton);
    m_exportCalendar = exportMenu->addAction(QString());
    m_exportZones = exportMenu->addAction(QString());
    m_exportButton->setMenu(exportMenu);
    m_departmentLabel->setBuddy(m_departments);
    m_seasonLabel->setBuddy(m_season);
    top->addWidget(m_departmentLabel);
    top->addWidget(m_departments);
    top->addSpacing(12);
    top->addWidget(m_seasonLabel);
    top->addWidget(m_season);
    top->addStretch(1);
    top->addWidget(m_assumptionsButton);
    top->addWidget(m_exportButton);
    layout->addLayout(top);
    // The zone classes on the map, and what the panel shows (or why not) beside them.
    auto *second = new QHBoxLayout;
    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("mowingLegend"));
    auto *legendLayout = new QHBoxLayout(m_legend);
    legendLayout->setContentsMargins(2, 0, 2, 0);
    second->addWidget(m_legend);
    second->addWidget(m_status, 1);
    layout->addLayout(second);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_zoneTable = new QTableWidget(this);
    m_zoneTable->setObjectName(QStringLiteral("mowingZoneTable"));
    m_zoneTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_zoneTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_zoneTable->verticalHeader()->hide();
    m_zoneTable->setAlternatingRowColors(true);
    m_zoneTable->horizontalHeader()->setStretchLastSection(false);
    m_zoneTable->setWordWrap(false);
    m_tabs->addTab(m_zoneTable, QString());

    auto *calendarSplit = new QSplitter(Qt::Horizontal, this);
    m_chartArea = new QScrollArea(calendarSplit);
    m_chartArea->setWidgetResizable(true);
    m_chartArea->setFrameShape(QFrame::NoFrame);
    auto *warningsBox = new QWidget(calendarSplit);
    auto *warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->setContentsMargins(4, 0, 0, 0);
    m_warningsTitle = new QLabel(warningsBox);
    QFont bold = m_warningsTitle->font();
    bold.setBold(true);
    m_warningsTitle->setFont(bold);
    m_warnings = new QListWidget(warningsBox);
    m_warnings->setObjectName(QStringLiteral("mowingWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setSelectionMode(QAbstractItemView::NoSelection);
    warningsLayout->addWidget(m_warningsTitle);
    warningsLayout->addWidget(m_warnings, 1);
    calendarSplit->setStretchFactor(0, 3);
    calendarSplit->setStretchFactor(1, 1);
    m_tabs->addTab(calendarSplit, QString());

    m_weekTable = new QTableWidget(this);
    m_weekTable->setObjectName(QStringLiteral("mowingWeekTable"));
    m_weekTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weekTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_weekTable->verticalHeader()->hide();
    m_weekTable->setAlternatingRowColors(true);
    m_weekTable->setWordWrap(true);
    m_tabs->addTab(m_weekTable, QString());

    auto *workloadSplit = new QSplitter(Qt::Horizontal, this);
    m_workload = new QTextBrowser(workloadSplit);
    m_workload->setObjectName(QStringLiteral("mowingWorkload"));
    m_assumptions = new QTextBrowser(workloadSplit);
    m_assumptions->setObjectName(QStringLiteral("mowingAssumptionsList"));
    workloadSplit->setStretchFactor(0, 1);
    workloadSplit->setStretchFactor(1, 1);
    m_tabs->addTab(workloadSplit, QString());

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &MowingPanel::gather);
    connect(m_season, &QSpinBox::valueChanged, this, [this] {
        m_seasonSet = true;
        refresh();
    });
    connect(m_departments, &QComboBox::activated, this, [this](int index) {
        const QVariant v = m_departments->itemData(index);
        if (!v.isValid())
            return;
        const DepartmentKey key{v.toList().value(0).toInt(), v.toList().value(1).toInt()};
        setDepartment(key);
        emit departmentChosen(key);
    });
    connect(m_assumptionsButton, &QPushButton::clicked, this, &MowingPanel::assumptionsRequested);
    connect(m_exportZones, &QAction::triggered, this, &MowingPanel::exportRequested);
    connect(m_exportCalendar, &QAction::triggered, this, [this] {
        if (!m_data.zones)
            return;
        const QString folder = m_document ? QFileInfo(m_document->path()).absolutePath() : QDir::homePath();
        const QString name = safeFileName(tr("mowing-calendar-%1-%2").arg(m_data.department.toString()).arg(m_data.season),
                                          QStringLiteral(".pdf"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the season calendar"),
                                                          QDir(folder).filePath(name),
                                                          tr("PDF (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)"));
        if (path.isEmpty())
            return;
        plots::MowingCalendarOptions options;
        options.language = m_language;
        options.rows = plots::calendarRows(*m_data.zones);
        options.subtitle = m_departments->currentText();
        const QSize hint = plots::mowingCalendarSizeHint(m_data.calendar, options);
        options.size = QSize(1400, std::max(700, hint.height()));
        if (auto written = plots::exportMowingCalendar(m_data.calendar, options, path); !written.ok())
            setStatus(written.errorMessage());
        else
            setStatus(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_zoneTable, &QTableWidget::itemSelectionChanged, this, [this] {
        QSet<int> numbers;
        for (const QModelIndex &index : m_zoneTable->selectionModel()->selectedRows(0))
            numbers.insert(index.data(Qt::UserRole).toInt());
        emit zonesHighlighted(numbers);
    });
    // The operator's changes to a zone: its name, its number, its regime for the season.
    m_zoneTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_zoneTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QTableWidgetItem *item = m_zoneTable->itemAt(at);
        if (!item || !m_data.zones)
            return;
        const int number = m_zoneTable->item(item->row(), 0)->data(Qt::UserRole).toInt();
        bool overridden = false;
        for (const MowingZone &zone : m_data.zones->zones)
            overridden = overridden || (zone.number == number && zone.overridden);
        QMenu menu(this);
        auto add = [&](const QString &text, int kind, bool enabled = true) {
            QAction *action = menu.addAction(text, this, [this, kind, number] { emit zoneEditRequested(kind, number); });
            action->setEnabled(enabled);
        };
        add(tr("Rename zone %1…").arg(number), 0);
        add(tr("Renumber zone %1…").arg(number), 1);
        add(tr("Change zone %1's mowing in %2…").arg(number).arg(m_data.season), 2);
        add(tr("Clear zone %1's change for %2").arg(number).arg(m_data.season), 3, overridden);
        menu.exec(m_zoneTable->viewport()->mapToGlobal(at));
    });
    connect(m_zoneTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const int number = m_zoneTable->item(row, 0)->data(Qt::UserRole).toInt();
        if (!m_data.zones)
            return;
        for (const MowingZone &zone : m_data.zones->zones)
            if (zone.number == number)
                emit zoneActivated(zone.bounds);
    });
    retranslate();
    setStatus(tr("Open a project and choose a department to see its mowing plan."));
}

MowingPanel::~MowingPanel() = default;

void MowingPanel::retranslate()
{
    m_departmentLabel->setText(tr("&Department"));
    m_seasonLabel->setText(tr("&Season"));
    m_season->setToolTip(tr("The year of the season calendar"));
    m_assumptionsButton->setText(tr("Assumptions…"));
    m_assumptionsButton->setToolTip(tr("The figures behind every estimate of hours, fuel, CO2 and cost"));
    m_exportButton->setText(tr("Export"));
    m_exportCalendar->setText(tr("Export calendar…"));
    m_exportCalendar->setToolTip(tr("Save the season calendar as a PDF, PNG or SVG"));
    m_exportZones->setText(tr("Export zones…"));
    m_exportZones->setToolTip(tr("Write the zones with their regimes and hours as CSV, GeoPackage or GeoJSON "
                                 "(for the mower's guidance)"));
    m_tabs->setTabText(0, tr("Zones"));
    m_tabs->setTabText(2, tr("Weeks"));
    m_tabs->setTabText(3, tr("Workload (estimates)"));
    fillZoneTable();
    fillWeekTable();
    fillWarnings();
    fillWorkload();
}

void MowingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_language = currentLanguage();
        retranslate();
        fillDepartments();
        refresh(); // zone names, regimes and warnings come in the language
    }
    QWidget::changeEvent(event);
}

void MowingPanel::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_data = MowingViewData();
    fillDepartments();
    showData(m_data);
    emit zonesChanged(nullptr);
    refresh();
}

void MowingPanel::fillDepartments()
{
    m_departments->clear();
    if (!m_document)
        return;
    auto departments = m_document->store().departments();
    if (!departments.ok())
        return;
    for (const Department &d : *departments) {
        const QString text = d.name.isEmpty() ? d.key.toString() : d.key.toString() + QStringLiteral("  ") + d.name;
        m_departments->addItem(text, QVariantList{d.key.orgNo, d.key.deptNo});
    }
    if (m_department)
        m_departments->setCurrentIndex(m_departments->findData(QVariantList{m_department->orgNo, m_department->deptNo}));
}

void MowingPanel::setDepartment(const std::optional<DepartmentKey> &department)
{
    if (department == m_department)
        return;
    m_department = department;
    m_departments->setCurrentIndex(
        department ? m_departments->findData(QVariantList{department->orgNo, department->deptNo}) : -1);
    refresh();
}

void MowingPanel::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    if (!m_seasonSet && date.isValid()) {
        const QSignalBlocker block(m_season);
        m_season->setValue(date.year());
    }
    refresh();
}

int MowingPanel::season() const
{
    return m_season->value();
}

void MowingPanel::setSeason(int season)
{
    m_season->setValue(season); // refreshes
    m_seasonSet = true;
}

void MowingPanel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    refresh();
}

void MowingPanel::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
}

void MowingPanel::refresh()
{
    if (m_active)
        m_timer->start();
}

void MowingPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setToolTip(text);
}

QString MowingPanel::statusText() const
{
    return m_status->text();
}

void MowingPanel::gather()
{
    const quint64 generation = ++m_generation;
    if (!m_document || !m_department || !m_date.isValid()) {
        m_busy = false;
        m_data = MowingViewData();
        showData(m_data);
        setStatus(m_document ? tr("Choose a department to see its mowing plan.")
                             : tr("Open a project and choose a department to see its mowing plan."));
        emit zonesChanged(nullptr);
        emit refreshed();
        return;
    }
    m_busy = true;
    setStatus(tr("Gathering the zones…"));
    const DepartmentKey department = *m_department;
    const QDate at = m_date;
    const int season = m_season->value();
    const MapContent content = m_document->mapContent();
    const QString language = m_language;
    runInBackground<MowingViewData>(
        m_document->path(), this,
        [department, at, season, content, language](const ProjectStore &store) {
            return gatherMowingView(store, department, at, season, content, language);
        },
        [this, generation](const Result<MowingViewData> &result) {
            if (generation != m_generation)
                return; // a newer gathering is on its way
            m_busy = false;
            if (!result.ok()) {
                m_data = MowingViewData();
                showData(m_data);
                setStatus(result.errorMessage());
                emit zonesChanged(nullptr);
            } else {
                showData(*result);
                emit zonesChanged(m_data.zones);
            }
            emit refreshed();
        });
}

void MowingPanel::showData(const MowingViewData &data)
{
    // Keep the chosen zones chosen when the same zones come again (another date, an edit).
    QSet<int> chosen;
    for (const QModelIndex &index : m_zoneTable->selectionModel()->selectedRows(0))
        chosen.insert(index.data(Qt::UserRole).toInt());
    m_data = data;
    fillZoneTable();
    showCalendar();
    fillWeekTable();
    fillWarnings();
    fillWorkload();
    fillLegend();
    if (m_data.zones) {
        const QLocale locale = languageLocale(m_language);
        const QString warned = m_data.calendar.warnings.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" · ") + tr("%n warning(s)", nullptr,
                                                                static_cast<int>(m_data.calendar.warnings.size()));
        setStatus(tr("%n zone(s), %1 mown, on the map of %2", nullptr, static_cast<int>(m_data.zones->zones.size()))
                      .arg(locale.toString(m_data.zones->mownM2(), 'f', 0) + QStringLiteral(" m²"),
                           isoDate(m_data.at)) +
                  warned);
    }
    for (int number : std::as_const(chosen))
        selectZone(number);
}

void MowingPanel::showCalendar()
{
    delete m_chart;
    m_chart = nullptr;
    m_tabs->setTabText(1, m_data.calendar.warnings.isEmpty()
                              ? tr("Calendar")
                              : tr("Calendar (%n warning(s))", nullptr, static_cast<int>(m_data.calendar.warnings.size())));
    if (!m_data.zones)
        return;
    plots::MowingCalendarOptions options;
    options.language = m_language;
    options.rows = plots::calendarRows(*m_data.zones);
    options.title = tr("Season calendar %1").arg(m_data.season);
    m_chart = plots::createMowingCalendarWidget(m_data.calendar, options, m_chartArea);
    m_chart->setObjectName(QStringLiteral("mowingCalendarChart"));
    m_chartArea->setWidget(m_chart);
}

void MowingPanel::selectZone(int number)
{
    for (int row = 0; row < m_zoneTable->rowCount(); ++row) {
        if (m_zoneTable->item(row, 0)->data(Qt::UserRole).toInt() == number) {
            m_zoneTable->selectRow(row);
            m_zoneTable->scrollToItem(m_zoneTable->item(row, 0));
            return;
        }
    }
}

} // namespace engdrift::gui
