// MowingPanel: the zone table, the table of weeks, the warnings and the workload with its
// assumptions, in words for people.

#include "mowing_panel.h"

#include "analysis/mowing_words.h"
#include "mowing_assumptions_dialog.h"
#include "project_document.h"
#include "render/zone_painter.h"
#include "util/dates.h"
#include "util/translations.h"
#include "widget_colours.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QTextBrowser>

#include <numeric>

namespace engdrift::gui {
namespace {

constexpr int kSortRole = Qt::UserRole + 1;

/// A cell that sorts by the number behind its text.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, double value) : QTableWidgetItem(text)
    {
        setData(kSortRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(kSortRole).toDouble() < other.data(kSortRole).toDouble();
    }
};

QIcon swatchIcon(const MowingZone &zone)
{
    QPixmap pixmap(16, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    drawZoneSwatch(painter, QRectF(0.5, 0.5, 15, 11), mowingClassSymbol(mowingClassOf(zone)));
    return QIcon(pixmap);
}

QString number(double value, const QLocale &locale, int decimals = 0)
{
    return locale.toString(value, 'f', decimals);
}

} // namespace

void MowingPanel::fillZoneTable()
{
    const QLocale locale = languageLocale(m_language);
    const QStringList headers{tr("No."),      tr("Name"),      tr("Regime"),    tr("Cuts/year"), tr("Months"),
                              tr("Cut height"), tr("Clippings"), tr("Equipment"), tr("m²"),      tr("Hours/year")};
    m_zoneTable->setSortingEnabled(false);
    m_zoneTable->clear();
    m_zoneTable->setColumnCount(static_cast<int>(headers.size()));
    m_zoneTable->setHorizontalHeaderLabels(headers);
    m_zoneTable->horizontalHeaderItem(9)->setToolTip(tr("Estimated from the assumptions (Workload tab)"));
    const QList<MowingZone> zones = m_data.zones ? m_data.zones->zones : QList<MowingZone>();
    const Catalogue *catalogue = m_document ? &m_document->store().catalogue() : nullptr;
    m_zoneTable->setRowCount(static_cast<int>(zones.size()));
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const MowingZone &z = zones.at(i);
        const int row = static_cast<int>(i);
        const double hours = i < m_data.zoneFigures.size() ? m_data.zoneFigures.at(i).hours : 0.0;
        auto *numberItem = new NumberItem(QString::number(z.number), z.number);
        numberItem->setData(Qt::UserRole, z.number);
        numberItem->setIcon(swatchIcon(z));
        numberItem->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_zoneTable->setItem(row, 0, numberItem);
        m_zoneTable->setItem(row, 1, new QTableWidgetItem(z.name));
        // The regime by its care type's name; its class (the map's colour) in the tooltip.
        const CareType *type = catalogue ? careOrPathType(*catalogue, z.careType) : nullptr;
        auto *regime = new QTableWidgetItem(type ? type->name.text(m_language) : z.careType);
        regime->setToolTip(mowingClassName(mowingClassOf(z)) + QStringLiteral(": ") +
                           mowingClassDescription(mowingClassOf(z)));
        m_zoneTable->setItem(row, 2, regime);
        m_zoneTable->setItem(row, 3, new NumberItem(QString::number(z.regime.cutsPerYear), z.regime.cutsPerYear));
        m_zoneTable->setItem(row, 4, new QTableWidgetItem(mowingMonthsText(z.regime.months, m_language)));
        m_zoneTable->setItem(row, 5, new QTableWidgetItem(cutHeightText(z.regime, m_language)));
        m_zoneTable->setItem(row, 6, new QTableWidgetItem(clippingsText(z.regime)));
        m_zoneTable->setItem(row, 7, new QTableWidgetItem(equipmentText(z.regime.equipment)));
        m_zoneTable->setItem(row, 8, new NumberItem(number(z.areaM2, locale), z.areaM2));
        m_zoneTable->setItem(row, 9, new NumberItem(number(hours, locale, hours < 10 ? 1 : 0), hours));
    }
    m_zoneTable->setSortingEnabled(true);
    m_zoneTable->sortByColumn(0, Qt::AscendingOrder);
    m_zoneTable->resizeColumnsToContents();
}

void MowingPanel::fillWeekTable()
{
    const QLocale locale = languageLocale(m_language);
    m_weekTable->clear();
    const QStringList headers{tr("Week"), tr("Monday"), tr("Zones cut"), tr("Hay removed"), tr("Hours"), tr("Warnings")};
    m_weekTable->setColumnCount(static_cast<int>(headers.size()));
    m_weekTable->setHorizontalHeaderLabels(headers);
    QList<const CalendarWeek *> weeks;
    for (const CalendarWeek &w : m_data.calendar.weeks)
        if (!w.entries.isEmpty())
            weeks << &w;
    m_weekTable->setRowCount(static_cast<int>(weeks.size()));
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        const CalendarWeek &w = *weeks.at(i);
        const int row = static_cast<int>(i);
        QStringList cut, removed, warnings;
        for (const CalendarEntry &e : w.entries)
            (e.removal ? removed : cut) << QString::number(e.zoneNumber);
        for (const CalendarWarning &warning : m_data.calendar.warnings)
            if (warning.week == w.week)
                warnings << warning.message;
        m_weekTable->setItem(row, 0, new NumberItem(QString::number(w.week), w.week));
        m_weekTable->setItem(row, 1, new QTableWidgetItem(isoDate(w.monday)));
        m_weekTable->setItem(row, 2, new QTableWidgetItem(cut.join(QStringLiteral(", "))));
        m_weekTable->setItem(row, 3, new QTableWidgetItem(removed.join(QStringLiteral(", "))));
        m_weekTable->setItem(row, 4, new NumberItem(number(w.hours, locale, 1), w.hours));
        auto *warningItem = new QTableWidgetItem(warnings.join(QLatin1Char('\n')));
        if (!warnings.isEmpty())
            warningItem->setForeground(uiColours().warningText);
        m_weekTable->setItem(row, 5, warningItem);
    }
    m_weekTable->resizeColumnsToContents();
    m_weekTable->horizontalHeader()->setStretchLastSection(true);
    m_weekTable->resizeRowsToContents();
}

void MowingPanel::fillWarnings()
{
    m_warnings->clear();
    m_warnings->setVisible(!m_data.calendar.warnings.isEmpty());
    m_warningsTitle->setText(m_data.calendar.warnings.isEmpty() ? tr("No warnings")
                                                                : tr("Warnings (%1)").arg(m_data.calendar.warnings.size()));
    for (const CalendarWarning &w : m_data.calendar.warnings) {
        auto *item = new QListWidgetItem(w.message, m_warnings);
        item->setForeground(uiColours().warningText);
    }
}

void MowingPanel::fillLegend()
{
    auto *layout = static_cast<QHBoxLayout *>(m_legend->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_data.zones) {
        m_legend->hide();
        return;
    }
    const QLocale locale = languageLocale(m_language);
    for (const ZoneLegendEntry &e : zoneLegend(m_data.zones.get())) {
        QPixmap pixmap(22, 14);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            drawZoneSwatch(painter, QRectF(0.5, 0.5, 21, 13), e.symbol);
        }
        auto *swatch = new QLabel(m_legend);
        swatch->setPixmap(pixmap);
        auto *text = new QLabel(QStringLiteral("%1 (%2)").arg(e.name).arg(e.zones), m_legend);
        const QString tip = tr("%1: %n zone(s), %2 m²", nullptr, e.zones).arg(e.description, locale.toString(e.areaM2, 'f', 0));
        text->setToolTip(tip);
        swatch->setToolTip(tip);
        layout->addWidget(swatch);
        layout->addWidget(text);
        layout->addSpacing(8);
    }
    layout->addStretch(1);
    m_legend->show();
}

QStringList MowingPanel::warnings() const
{
    QStringList list;
    for (int i = 0; i < m_warnings->count(); ++i)
        list << m_warnings->item(i)->text();
    return list;
}

QString MowingPanel::workloadHtml() const
{
    return m_workload->toHtml();
}

void MowingPanel::fillWorkload()
{
    const QLocale locale = languageLocale(m_language);
    if (!m_data.zones) {
        m_workload->setHtml(QString());
        m_assumptions->setHtml(QString());
        return;
    }
    const DepartmentWorkload &w = m_data.workload;
    const bool before = w.beforeProposal.has_value();
    auto cell = [](const QString &text) { return QStringLiteral("<td align=\"right\">%1</td>").arg(text.toHtmlEscaped()); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Estimated workload a year").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 m² of %2 m² are mown. These are estimates from the assumptions listed beside them.")
                         .arg(number(w.figures.mownM2, locale), number(w.figures.areaM2, locale))
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\"><tr><th></th><th>%1</th><th>%2</th>")
                .arg(m_data.zones->proposalId ? tr("With the proposal").toHtmlEscaped() : tr("Today").toHtmlEscaped(),
                     tr("All grass as lawn").toHtmlEscaped());
    if (before)
        html += QStringLiteral("<th>%1</th>").arg(tr("Before the proposal").toHtmlEscaped());
    html += QStringLiteral("</tr>");
    struct Line
    {
        QString label;
        double WorkloadFigures::*field;
        int decimals;
    };
    const Line lines[] = {{tr("Hours"), &WorkloadFigures::hours, 0},
                          {tr("Fuel, litres"), &WorkloadFigures::fuelLitres, 0},
                          {tr("CO2, kg"), &WorkloadFigures::co2Kg, 0},
                          {tr("Cost, DKK"), &WorkloadFigures::costDkk, 0}};
    for (const Line &line : lines) {
        html += QStringLiteral("<tr><td>%1</td>").arg(line.label.toHtmlEscaped());
        html += cell(number(w.figures.*line.field, locale, line.decimals));
        html += cell(number(w.allLawn.*line.field, locale, line.decimals));
        if (before)
            html += cell(number((*w.beforeProposal).*line.field, locale, line.decimals));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (before && w.baselineDate.isValid())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Before the proposal: the map of %1.").arg(isoDate(w.baselineDate))
                             .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Season %1: about %2 hours in the calendar; the crew has %3 hours a week.")
                         .arg(m_data.season)
                         .arg(number(std::accumulate(m_data.calendar.weeks.cbegin(), m_data.calendar.weeks.cend(), 0.0,
                                                     [](double sum, const CalendarWeek &week) { return sum + week.hours; }),
                                     locale),
                              number(m_data.calendar.crewHoursPerWeek, locale, 1))
                         .toHtmlEscaped());
    m_workload->setHtml(html);

    QString list = QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">").arg(tr("Assumptions").toHtmlEscaped());
    for (const AssumptionRow &a : m_data.assumptions) {
        const QString source = a.source == QLatin1String("project")     ? tr("this project")
                               : a.source == QLatin1String("catalogue") ? tr("catalogue")
                                                                        : tr("default");
        list += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td><td>%3</td><td><i>%4</i></td></tr>")
                    .arg(a.description.toHtmlEscaped(), locale.toString(a.value, 'g', 6).toHtmlEscaped(),
                         assumptionUnitText(a.unit).toHtmlEscaped(), source.toHtmlEscaped());
    }
    list += QStringLiteral("</table>");
    m_assumptions->setHtml(list);
}

} // namespace engdrift::gui
