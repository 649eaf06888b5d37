#pragma once
// The figures of a layout's tables, as rows of text: the care types today and proposed, the
// estimated effect of a proposal, and a mowing plan's zones. The layout engine sizes and draws them.

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

} // namespace engdrift
