#include "charts_panel.h"
#include "util/file_names.h"

#include "error_text.h"
#include "background_task.h"
#include "plot_data.h"
#include "project_document.h"
#include "util/dates.h"
#include "util/translations.h"
#include "widget_colours.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace engdrift::gui {

using plots::PlotData;
using plots::PlotKind;

namespace {

const PlotKind kKinds[] = {PlotKind::CareArea, PlotKind::CareUnits, PlotKind::Adoption, PlotKind::Share};

} // namespace

/// What the worker hands back: the data of each chart, or why it could not be gathered.
struct ChartsPanel::Gathered
{
    std::array<PlotData, std::size(kKinds)> data;
    std::array<QString, std::size(kKinds)> errors;
};

ChartsPanel::ChartsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    for (PlotKind kind : kKinds) {
        Tab &tab = m_tab[index(kind)];
        tab.page = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(tab.page);
        pageLayout->setContentsMargins(4, 4, 4, 4);
        tab.chartArea = new QVBoxLayout;
        tab.chartArea->setContentsMargins(0, 0, 0, 0);
        pageLayout->addLayout(tab.chartArea, 1);
        tab.status = new QLabel(tab.page);
        tab.status->setAlignment(Qt::AlignCenter);
        tab.status->setWordWrap(true);
        tab.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        tab.chartArea->addWidget(tab.status, 1);
        auto *buttons = new QHBoxLayout;
        // The note beside the export buttons, wrapped: in the chart it would be cut at the panel's edge.
        tab.note = new QLabel(tab.page);
        tab.note->setWordWrap(true);
        tab.note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont small = tab.note->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        tab.note->setFont(small);
        QPalette muted = tab.note->palette();
        muted.setColor(QPalette::WindowText, uiColours().mutedText);
        tab.note->setPalette(muted);
        buttons->addWidget(tab.note, 1);
        tab.png = new QPushButton(tab.page);
        tab.pdf = new QPushButton(tab.page);
        tab.svg = new QPushButton(tab.page);
        for (QPushButton *button : {tab.png, tab.pdf, tab.svg}) {
            button->setEnabled(false);
            buttons->addWidget(button);
        }
        connect(tab.png, &QPushButton::clicked, this, [this, kind] { exportWithDialog(kind, QStringLiteral("png")); });
        connect(tab.pdf, &QPushButton::clicked, this, [this, kind] { exportWithDialog(kind, QStringLiteral("pdf")); });
        connect(tab.svg, &QPushButton::clicked, this, [this, kind] { exportWithDialog(kind, QStringLiteral("svg")); });
        pageLayout->addLayout(buttons);
        m_tabs->addTab(tab.page, QString());
    }
    retranslate();
    setStatus(tr("Open a project to see its charts."));
}

void ChartsPanel::retranslate()
{
    m_tabs->setTabText(index(PlotKind::CareArea), tr("Area by care type"));
    m_tabs->setTabText(index(PlotKind::CareUnits), tr("Units by care type"));
    m_tabs->setTabText(index(PlotKind::Adoption), tr("Adoption"));
    m_tabs->setTabText(index(PlotKind::Share), tr("Nature-friendly share"));
    for (Tab &tab : m_tab) {
        tab.png->setText(tr("Export PNG…"));
        tab.pdf->setText(tr("Export PDF…"));
        tab.svg->setText(tr("Export SVG…"));
        tab.png->setToolTip(tr("Save the chart as a picture (PNG)"));
        tab.pdf->setToolTip(tr("Save the chart as a PDF, for print"));
        tab.svg->setToolTip(tr("Save the chart as a drawing (SVG), for reports"));
    }
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Titles, axis titles and care type names are in the old language: gather and draw again.
        if (m_document)
            refresh(m_document, m_department, m_date, m_areaIds);
    }
    QWidget::changeEvent(event);
}

void ChartsPanel::setStatus(const QString &text)
{
    for (Tab &tab : m_tab) {
        tab.status->setText(text);
        tab.status->setVisible(!tab.chart || !text.isEmpty());
    }
}

QWidget *ChartsPanel::chart(PlotKind kind) const
{
    return m_tab[index(kind)].chart;
}

QString ChartsPanel::noteText(PlotKind kind) const
{
    return m_tab[index(kind)].note->text();
}

const PlotData &ChartsPanel::data(PlotKind kind) const
{
    return m_tab[index(kind)].data;
}

plots::PlotOptions ChartsPanel::options() const
{
    plots::PlotOptions options;
    options.language = m_language;
    return options;
}

void ChartsPanel::refresh(ProjectDocument *document, std::optional<DepartmentKey> department, QDate date,
                          const QList<qint64> &areaIds)
{
    m_document = document;
    m_department = department;
    m_areaIds = areaIds;
    m_date = date.isValid() ? date : QDate::currentDate();
    m_language = currentLanguage();
    const quint64 generation = ++m_generation;
    if (!document) {
        m_busy = false;
        for (Tab &tab : m_tab) {
            delete tab.chart;
            tab.chart = nullptr;
            tab.data = PlotData();
            tab.hasData = false;
            for (QPushButton *button : {tab.png, tab.pdf, tab.svg})
                button->setEnabled(false);
        }
        setStatus(tr("Open a project to see its charts."));
        emit refreshed();
        return;
    }
    m_busy = true;
    for (Tab &tab : m_tab) {
        if (!tab.chart) {
            tab.status->setText(tr("Gathering the data…"));
            tab.status->setVisible(true);
        }
    }
    const QDate at = m_date;
    const QDate to = std::max(m_date, QDate::currentDate());
    const QString language = m_language;
    const MapContent content = document->mapContent(); // what the map shows, saved or not
    runInBackground<Gathered>(
        document->path(), this,
        [at, to, department, language, areaIds, content](const ProjectStore &store) -> Result<Gathered> {
            Gathered gathered;
            plots::PlotQuery query;
            query.content = content;
            query.department = department;
            query.at = at;
            query.language = language;
            for (PlotKind kind : kKinds) {
                const int i = static_cast<int>(kind);
                query.dates.clear();
                if (kind != PlotKind::Share) {
                    // Adoption counts every department; the care area and units follow the chosen one.
                    const bool ofDepartment = kind == PlotKind::CareArea || kind == PlotKind::CareUnits;
                    auto dates = plots::plotDates(store, ofDepartment ? department : std::nullopt,
                                                  QDate(), to);
                    if (!dates.ok()) {
                        gathered.errors[i] = dates.errorMessage();
                        continue;
                    }
                    query.dates = *dates;
                }
                plots::PlotQuery kindQuery = query;
                if (kind == PlotKind::Adoption)
                    kindQuery.department.reset();
                if (kind == PlotKind::CareArea)
                    kindQuery.areaIds = areaIds;
                auto data = plots::gatherPlotData(store, kind, kindQuery);
                if (data.ok())
                    gathered.data[i] = std::move(data).value();
                else
                    gathered.errors[i] = data.errorMessage();
            }
            return gathered;
        },
        [this, generation](const Result<Gathered> &result) {
            if (generation != m_generation)
                return; // a newer refresh is on its way
            m_busy = false;
            for (PlotKind kind : kKinds) {
                Tab &tab = m_tab[index(kind)];
                const QString error = result.ok() ? result->errors[index(kind)] : result.errorMessage();
                tab.hasData = result.ok() && error.isEmpty();
                tab.data = tab.hasData ? result->data[index(kind)] : PlotData();
                tab.status->setText(error.isEmpty() ? QString() : tr("The chart cannot be drawn: %1").arg(error));
            }
            showCharts();
            emit refreshed();
        });
}

void ChartsPanel::showCharts()
{
    for (PlotKind kind : kKinds) {
        Tab &tab = m_tab[index(kind)];
        delete tab.chart;
        tab.chart = nullptr;
        if (tab.hasData) {
            plots::PlotOptions o = options();
            o.noteInChart = false; // shown beside the buttons
            tab.chart = plots::createPlotWidget(kind, tab.data, o, tab.page);
            tab.chartArea->insertWidget(0, tab.chart, 1);
        }
        tab.note->setText(tab.hasData ? tab.data.denominatorNote : QString());
        tab.status->setVisible(!tab.hasData);
        for (QPushButton *button : {tab.png, tab.pdf, tab.svg})
            button->setEnabled(tab.hasData);
    }
}

Result<void> ChartsPanel::exportChart(PlotKind kind, const QString &path, const QSize &size) const
{
    const Tab &tab = m_tab[index(kind)];
    if (!tab.hasData)
        return makeError(tr("%1: there is no chart to export yet").arg(path));
    plots::PlotOptions o = options();
    o.size = size;
    return plots::exportPlot(kind, tab.data, o, path);
}

void ChartsPanel::exportWithDialog(PlotKind kind, const QString &suffix)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("charts/exportFolder"), QDir::homePath()).toString();
    const QString name = safeFileName(plots::plotKindCode(kind) + QLatin1Char('-') + isoDate(m_date), QLatin1Char('.') + suffix);
    const QString filter = suffix == QLatin1String("png")   ? tr("PNG pictures (*.png)")
                           : suffix == QLatin1String("pdf") ? tr("PDF documents (*.pdf)")
                                                            : tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"), QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    settings.setValue(QStringLiteral("charts/exportFolder"), QFileInfo(path).absolutePath());
    auto written = exportChart(kind, path);
    if (!written.ok()) {
        showError(this, tr("Export the chart"), written.error());
        return;
    }
    emit exported(path);
}

} // namespace engdrift::gui
