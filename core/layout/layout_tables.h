#pragma once
// The figures of a layout's tables, as rows of text: the care types today and proposed, the
// estimated effect and the nature value of a proposal, and a mowing plan's zones. The layout engine sizes and draws them.

#include "layout/layout_page.h"
#include "layout/layout_template.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace engdrift {

struct LayoutTableRow
{
    QStringList cells;
    bool bold = false;
    bool total = false; ///< a sum under a rule
};

struct LayoutTableContent
{
    QList<LayoutTableRow> rows; ///< the header first
    QSet<int> left = {0};       ///< the columns of words (aligned left); numbers align right
    int stretch = 0;            ///< the column that takes the width the others leave
};

LayoutTableContent layoutTableContent(LayoutTable table, const LayoutPage &page);

/// Nature figures as the nature-value table writes them: units with two decimals, the green
/// factor with two ("0,62"; "–" without ground), the share in the largest network in whole
/// percent ("–" without nature-friendly area).
QString natureUnitsText(double units, const QString &language);
QString greenFactorText(const GreenFactor &green, const QString &language);
QString largestShareText(const NetworkFigures &connectivity, const QString &language);

} // namespace engdrift
