// engdrift-cli report: the adoption report for the project leader (each department's status and
// decision with its votes, its nature-friendly area with numerator and denominator and the change
// over the period; totals per organisation; the adoption and care-area charts; a method note), as
// PDF, CSV or XLSX.

#include "cli_commands.h"

#include "cli_common.h"
#include "report/adoption_report.h"
#include "report/report_pdf.h"
#include "report/report_tables.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>

#ifdef ENGDRIFT_HAVE_PLOTS
#include "plot_data.h"
#include "report_charts.h"
#endif

namespace engdrift::cli {
namespace {

struct CliReportText
{
    Q_DECLARE_TR_FUNCTIONS(CliReport)
};

/// A date option: its value, or `fallback` when it is not given; an error sentence when it is not
/// a real date.
Result<QDate> dateOption(const Command &cmd, const QString &name, const QDate &fallback)
{
    if (!cmd.isSet(name))
        return fallback;
    return parseIsoDate(cmd.value(name), QStringLiteral("--") + name);
}

} // namespace

int runReport(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli report PROJECT --out FILE.pdf|csv|xlsx [--org N] [--from YYYY-MM-DD] "
                               "[--to YYYY-MM-DD] [--lang da|en]"),
                1);
    cmd.option(QStringLiteral("out"),
               CliReportText::tr("The file to write: .pdf (the report to print), .csv or .xlsx (the figures)."),
               QStringLiteral("FILE"));
    cmd.option(QStringLiteral("org"), CliReportText::tr("Only the departments of this organisation."), QStringLiteral("N"));
    cmd.option(QStringLiteral("from"),
               CliReportText::tr("The start of the period: the change is counted since this date (default: a year "
                                 "before --to)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("to"),
               CliReportText::tr("The end of the period: the status and areas at this date (default today)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("lang"), CliReportText::tr("The language of the report: da or en (default: the system's)."),
               QStringLiteral("LANG"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    const QString outPath = cmd.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usageFail(CliReportText::tr("--out FILE.pdf|csv|xlsx is required"), cmd.synopsis());
    const auto format = reportFormatOf(outPath);
    if (!format.ok())
        return usageFail(format.errorMessage(), cmd.synopsis());
    int orgCode = -1;
    const std::optional<int> organisation = cmd.organisation(orgCode);
    if (orgCode >= 0)
        return orgCode;
    if (cmd.isSet(QStringLiteral("lang"))) {
        const QString language = cmd.value(QStringLiteral("lang")).trimmed().toLower();
        if ((language != QLatin1String("da") && language != QLatin1String("en")) || !installTranslations(language))
            return usageFail(CliReportText::tr("--lang must be da or en"), cmd.synopsis());
    }
    // Dates that are not dates, and a period that ends before it starts, are bad input: one sentence.
    const auto to = dateOption(cmd, QStringLiteral("to"), QDate::currentDate());
    if (!to.ok())
        return fail(to.error());
    const auto from = dateOption(cmd, QStringLiteral("from"), to->addYears(-1));
    if (!from.ok())
        return fail(from.error());
    if (*from > *to)
        return fail(CliReportText::tr("The period must not end before it starts: --from %1 is after --to %2.")
                        .arg(isoDate(*from), isoDate(*to)));

    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    ReportQuery query;
    query.from = *from;
    query.to = *to;
    query.organisation = organisation;
#ifdef ENGDRIFT_HAVE_PLOTS
    if (*format == ReportFormat::Pdf) {
        auto dates = plots::plotDates(**store, std::nullopt, *from, *to);
        if (!dates.ok())
            return fail(dates.error());
        query.chartDates = std::move(dates).value();
    }
#endif
    auto report = gatherAdoptionReport(**store, query);
    if (!report.ok())
        return fail(report.error());

    // Said only once the file is in place, whole.
    const QString counted = CliReportText::tr("%n department(s)", nullptr, report->totals.departments);
    switch (*format) {
    case ReportFormat::Csv:
        if (auto written = writeReportCsv(*report, outPath); !written.ok())
            return fail(written.error());
        out() << CliReportText::tr("Wrote %1 (adoption report: %2, %3)").arg(outPath, report->coverage, counted)
              << Qt::endl;
        break;
    case ReportFormat::Xlsx:
        if (auto written = writeReportXlsx(*report, outPath); !written.ok())
            return fail(written.error());
        out() << CliReportText::tr("Wrote %1 (adoption report: %2, %3)").arg(outPath, report->coverage, counted)
              << Qt::endl;
        break;
    case ReportFormat::Pdf: {
        ReportPdfOptions options;
#ifdef ENGDRIFT_HAVE_PLOTS
        const plots::PlotReportCharts charts;
        options.charts = &charts;
#endif
        auto written = writeReportPdf(**store, *report, outPath, options);
        if (!written.ok())
            return fail(written.error());
        out() << CliReportText::tr("Wrote %1 (adoption report: %2, %3, %4)")
                     .arg(outPath, report->coverage, counted, CliReportText::tr("%n page(s)", nullptr, *written))
              << Qt::endl;
        break;
    }
    }
    return Success;
}

} // namespace engdrift::cli
