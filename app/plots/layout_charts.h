#pragma once
// PlotLayoutCharts: the charts of print layouts (core/layout), drawn by the program's chart code.
// Core asks for a chart through the LayoutCharts interface; this library, which holds QCustomPlot,
// draws it. On the GUI thread only (QCustomPlot is a widget).

#include "layout/layout_engine.h"

namespace engdrift::plots {

class PlotLayoutCharts final : public LayoutCharts
{
public:
    Result<void> drawChart(QPainter &painter, const QRectF &rect, const QString &kind, const LayoutPage &page,
                           const ProjectStore &store) const override;
};

} // namespace engdrift::plots
