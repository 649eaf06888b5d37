#include "report_charts.h"

#include "plot_data.h"
#include "plots.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>

namespace engdrift::plots {
namespace {

struct ReportChartsText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString period(const QList<QDate> &dates)
{
    if (dates.isEmpty())
        return {};
    return ReportChartsText::tr("%1 to %2").arg(isoDate(dates.first()), isoDate(dates.last()));
}

} // namespace

Result<void> PlotReportCharts::drawChart(QPainter &painter, const QRectF &rect, Chart chart, const AdoptionReport &report,
                                         const ProjectStore &store) const
{
    PlotData data;
    PlotOptions options;
    options.language = currentLanguage();
    PlotKind kind = PlotKind::Adoption;
    if (chart == Chart::Adoption) {
        data.adoption = report.adoption;
        data.subtitle = report.coverage + QStringLiteral(" · ") + period(report.adoption.dates);
        data.denominatorNote = ReportChartsText::tr("Adopted: adopted or implemented and not withdrawn. Out of the "
                                                    "departments that had areas at each date.");
    } else {
        kind = PlotKind::CareArea;
        data.careArea = report.careArea;
        data.careTypeLooks = careTypeLooks(store.catalogue(), report.careArea.careTypes, options.language);
        data.subtitle = report.coverage + QStringLiteral(" · ") + period(report.careArea.dates);
        data.denominatorNote = ReportChartsText::tr("The areas valid at each date, by care type; planar m² in the project's "
                                                    "coordinate system.");
    }
    return drawPlot(kind, data, options, painter, rect);
}

} // namespace engdrift::plots
