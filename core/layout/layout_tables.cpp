#include "layout/layout_tables.h"

#include "analysis/mowing_words.h"

#include <QCoreApplication>

#include <cmath>

namespace engdrift {
namespace {

struct TablesTr
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};

QString signedNumber(double delta, const QString &language)
{
    if (std::abs(delta) < 0.5)
        return QStringLiteral("0");
    return (delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) + formatLayoutNumber(std::abs(delta), language);
}

LayoutTableContent effectTable(const LayoutPage &page)
{
    const QString &language = page.request.language;
    const LayoutEffect &e = page.effect;
    LayoutTableContent table;
    table.rows << LayoutTableRow{{TablesTr::tr("Estimated a year"), TablesTr::tr("Today"), TablesTr::tr("Proposal"), TablesTr::tr("Change")},
                                 true};
    auto add = [&](const QString &what, double today, double proposal) {
        table.rows << LayoutTableRow{{what, formatLayoutNumber(today, language), formatLayoutNumber(proposal, language),
                                      signedNumber(proposal - today, language)}};
    };
    add(TablesTr::tr("Hours of outdoor care"), e.today.hours, e.proposal.hours);
    add(TablesTr::tr("CO₂ from fuel (kg)"), e.today.co2Kg, e.proposal.co2Kg);
    add(TablesTr::tr("Cost (DKK)"), e.today.costDkk, e.proposal.costDkk);
    return table;
}

/// A change with `decimals`, signed ("+1.25", "−0.10", "0").
QString signedDecimal(double delta, const QString &language, int decimals)
{
    if (std::abs(delta) < 0.5 * std::pow(10.0, -decimals))
        return QStringLiteral("0");
    return (delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) + formatLayoutNumber(std::abs(delta), language, decimals);
}

/// The nature value of the department today and with the proposal, and the change.
LayoutTableContent natureTable(const LayoutPage &page)
{
    const QString &language = page.request.language;
    const NatureFigures &today = page.effect.natureToday;
    const NatureFigures &planned = page.effect.natureProposal;
    LayoutTableContent table;
    table.rows << LayoutTableRow{{TablesTr::tr("Nature value"), TablesTr::tr("Today"), TablesTr::tr("Proposal"), TablesTr::tr("Change")},
                                 true};
    table.rows << LayoutTableRow{{TablesTr::tr("Biodiversity units"), natureUnitsText(today.units, language),
                                  natureUnitsText(planned.units, language), signedDecimal(planned.units - today.units, language, 2)}};
    const std::optional<double> greenToday = today.green.factor(), greenPlanned = planned.green.factor();
    table.rows << LayoutTableRow{{TablesTr::tr("Green factor"), greenFactorText(today.green, language),
                                  greenFactorText(planned.green, language),
                                  greenToday && greenPlanned ? signedDecimal(*greenPlanned - *greenToday, language, 2) : QString()}};
    auto count = [&](const QString &what, int a, int b) {
        table.rows << LayoutTableRow{{what, QString::number(a), QString::number(b), signedDecimal(b - a, language, 0)}};
    };
    count(TablesTr::tr("Networks of nature-friendly patches"), today.connectivity.networks, planned.connectivity.networks);
    count(TablesTr::tr("Isolated patches"), today.connectivity.isolatedPatches, planned.connectivity.isolatedPatches);
    const std::optional<double> shareToday = today.connectivity.largestShare(), sharePlanned = planned.connectivity.largestShare();
    table.rows << LayoutTableRow{{TablesTr::tr("Share in the largest network"), largestShareText(today.connectivity, language),
                                  largestShareText(planned.connectivity, language),
                                  shareToday && sharePlanned
                                      ? TablesTr::tr("%1 pp").arg(signedDecimal(100 * (*sharePlanned - *shareToday), language, 0))
                                      : QString()}};
    return table;
}

/// A mowing plan's zones: number, name, regime and workload, and their sums.
LayoutTableContent zoneTable(const LayoutPage &page)
{
    const QString &language = page.request.language;
    LayoutTableContent table;
    table.left = {1, 3, 5, 6};
    table.stretch = 1;
    table.rows << LayoutTableRow{{TablesTr::tr("No."), TablesTr::tr("Zone"), TablesTr::tr("Cuts"), TablesTr::tr("Months"),
                                  TablesTr::tr("Height"), TablesTr::tr("Clippings"), TablesTr::tr("Machine"), TablesTr::tr("m²"),
                                  TablesTr::tr("Hours")},
                                 true};
    if (!page.mowing)
        return table;
    const MowingPlan &plan = *page.mowing;
    double m2 = 0, hours = 0;
    for (qsizetype i = 0; i < plan.zones.zones.size(); ++i) {
        const MowingZone &zone = plan.zones.zones[i];
        const double zoneHours = plan.zoneFigures.value(i).hours;
        m2 += zone.areaM2;
        hours += zoneHours;
        table.rows << LayoutTableRow{{QString::number(zone.number), zone.name, QString::number(zone.regime.cutsPerYear),
                                      mowingMonthsText(zone.regime.months, language), cutHeightText(zone.regime, language),
                                      clippingsText(zone.regime), equipmentText(zone.regime.equipment),
                                      formatLayoutNumber(zone.areaM2, language), formatLayoutNumber(zoneHours, language, 1)}};
    }
    table.rows << LayoutTableRow{{QString(), TablesTr::tr("Total"), QString(), QString(), QString(), QString(), QString(),
                                  formatLayoutNumber(m2, language), formatLayoutNumber(hours, language, 1)},
                                 true, true};
    return table;
}

} // namespace

QString natureUnitsText(double units, const QString &language)
{
    return formatLayoutNumber(units, language, 2);
}

QString greenFactorText(const GreenFactor &green, const QString &language)
{
    const std::optional<double> factor = green.factor();
    return factor ? formatLayoutNumber(*factor, language, 2) : QStringLiteral("–");
}

QString largestShareText(const NetworkFigures &connectivity, const QString &language)
{
    const std::optional<double> share = connectivity.largestShare();
    return share ? QStringLiteral("%1 %").arg(formatLayoutNumber(100 * *share, language)) : QStringLiteral("–");
}

LayoutTableContent layoutTableContent(LayoutTable kind, const LayoutPage &page)
{
    const QString &language = page.request.language;
    if (kind == LayoutTable::MowingEffect)
        return effectTable(page);
    if (kind == LayoutTable::NatureValue)
        return natureTable(page);
    if (kind == LayoutTable::MowingZones)
        return zoneTable(page);
    LayoutTableContent table;
    QList<LayoutTableRow> &rows = table.rows;
    const bool change = kind == LayoutTable::CareTypeChange;
    if (change)
        rows << LayoutTableRow{{TablesTr::tr("Care type"), TablesTr::tr("Today m²"), TablesTr::tr("Proposal m²"), TablesTr::tr("Change m²")},
                               true};
    else
        rows << LayoutTableRow{{TablesTr::tr("Care type"), TablesTr::tr("m²")}, true};
    double today = 0, proposal = 0;
    for (const LayoutCareRow &row : page.careRows) {
        if (!change && row.todayM2 <= 0)
            continue;
        today += row.todayM2;
        proposal += row.proposalM2;
        if (change)
            rows << LayoutTableRow{{row.name, formatLayoutNumber(row.todayM2, language), formatLayoutNumber(row.proposalM2, language),
                                    signedNumber(row.proposalM2 - row.todayM2, language)}};
        else
            rows << LayoutTableRow{{row.name, formatLayoutNumber(row.todayM2, language)}};
    }
    if (change)
        rows << LayoutTableRow{{TablesTr::tr("Total"), formatLayoutNumber(today, language), formatLayoutNumber(proposal, language), QString()},
                               true, true};
    else
        rows << LayoutTableRow{{TablesTr::tr("Total"), formatLayoutNumber(today, language)}, true, true};
    return table;
}

} // namespace engdrift
