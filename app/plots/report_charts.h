#pragma once
// PlotReportCharts: the charts of the adoption report (core/report), drawn by the program's chart
// code from the report's own series. On the GUI thread only (QCustomPlot is a widget).

#include "report/report_pdf.h"

namespace engdrift::plots {

class PlotReportCharts final : public ReportCharts
{
public:
    Result<void> drawChart(QPainter &painter, const QRectF &rect, Chart chart, const AdoptionReport &report,
                           const ProjectStore &store) const override;
};

} // namespace engdrift::plots
