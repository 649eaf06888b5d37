#include "report/report_pdf.h"

#include "layout/layout_page.h"
#include "report/report_pdf_p.h"
#include "report/report_tables.h"
#include "util/atomic_file.h"
#include "util/dates.h"
#include "util/painting.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <memory>

namespace engdrift {
namespace {

using namespace reportpdf;

struct ReportPdfText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// The PDF's units: layout units themselves (1/96 inch; it stays vector, coordinates are real
/// numbers). At this resolution a chart recorded at 96 dpi (plots::drawPlot replays a QPicture,
/// whose fonts are sized in points) keeps the size of its text.
constexpr int kPdfResolution = 96;
constexpr double kMarginMm = 15;
constexpr double kFooterMm = 9;
constexpr double kChartHeightMm = 78;
constexpr double kChartGapMm = 3; ///< below each chart
constexpr double kTablePoints = 7.5;

/// Figures in the program's language.
class Numbers
{
public:
    explicit Numbers(QString language) : m_language(std::move(language)) {}
    QString m2(double value) const { return formatLayoutNumber(value, m_language); }
    QString percent(const NatureShare &share) const
    {
        const auto value = share.share();
        return value ? formatLayoutNumber(100.0 * *value, m_language, 1) + QStringLiteral(" %") : QStringLiteral("–");
    }
    QString change(double value) const
    {
        if (std::abs(value) < 0.5)
            return QStringLiteral("0");
        return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + formatLayoutNumber(std::abs(value), m_language);
    }
    /// "4.830 af 11.760 m² (41,1 %)"
    QString share(const NatureShare &share) const
    {
        return ReportPdfText::tr("%1 of %2 m² (%3)").arg(m2(share.natureFriendlyM2), m2(share.greenM2), percent(share));
    }
    /// "3.396 af 3.810 m² (89 %)", "–" without a denominator
    QString natureShare(double part, double whole) const
    {
        if (whole <= 0)
            return QStringLiteral("–");
        return ReportPdfText::tr("%1 of %2 m² (%3 %)").arg(m2(part), m2(whole), formatLayoutNumber(100.0 * part / whole, m_language));
    }
    /// "2 af 3"
    QString outOf(int part, int whole) const { return ReportPdfText::tr("%1 of %2").arg(part).arg(whole); }

private:
    QString m_language;
};

/// A paragraph the width of the body, wrapped; its height measured.
void paragraph(PageFlow &flow, const QString &text, const QFont &textFont, const QColor &colour, double spaceAfter = 0)
{
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const double height =
        QFontMetricsF(textFont).boundingRect(QRectF(0, 0, flow.body().width(), 1e9), flags, text).height() + spaceAfter;
    flow.place(height, [text, textFont, colour, flags](QPainter &painter, const QRectF &rect) {
        painter.setFont(textFont);
        painter.setPen(colour);
        painter.drawText(rect, flags, text);
    });
}

/// The group row of an organisation's departments: "Organisation 123 Boligselskabet Hedehusene".
QString organisationHeading(const Organisation &organisation)
{
    return organisation.name.isEmpty() ? ReportPdfText::tr("Organisation %1").arg(organisation.orgNo)
                                       : ReportPdfText::tr("Organisation %1 %2").arg(organisation.orgNo).arg(organisation.name);
}

Table organisationTable(const AdoptionReport &report, const Numbers &n)
{
    Table table({{ReportPdfText::tr("Organisation"), false, true},
                 {ReportPdfText::tr("Departments"), true},
                 {ReportPdfText::tr("Adopted"), true},
                 {ReportPdfText::tr("Adopted at the start"), true},
                 {ReportPdfText::tr("Nature-friendly m²"), true},
                 {ReportPdfText::tr("Green m²"), true},
                 {ReportPdfText::tr("Share"), true},
                 {ReportPdfText::tr("Change m²"), true}},
                kTablePoints);
    auto cells = [&n](const QString &name, const ReportTotals &t) {
        return QStringList{name,
                           QString::number(t.departments),
                           n.outOf(t.adopted, t.counted),
                           n.outOf(t.adoptedAtFrom, t.countedAtFrom),
                           n.m2(t.share.natureFriendlyM2),
                           n.m2(t.share.greenM2),
                           n.percent(t.share),
                           n.change(t.natureChangeM2())};
    };
    for (const OrganisationReport &o : report.organisations)
        table.addRow({cells(QString::number(o.organisation.orgNo) + QLatin1Char(' ') + o.organisation.name, o.totals)});
    table.addRow({cells(ReportPdfText::tr("All organisations"), report.totals), TableRow::Kind::Total});
    return table;
}

Table departmentTable(const AdoptionReport &report, const Numbers &n)
{
    Table table({{ReportPdfText::tr("Dept.")},
                 {ReportPdfText::tr("Department"), false, true},
                 {ReportPdfText::tr("Status")},
                 {ReportPdfText::tr("Decided")},
                 {ReportPdfText::tr("For"), true},
                 {ReportPdfText::tr("Against"), true},
                 {ReportPdfText::tr("Blank"), true},
                 {ReportPdfText::tr("Households"), true},
                 {ReportPdfText::tr("Nature-friendly m²"), true},
                 {ReportPdfText::tr("Green m²"), true},
                 {ReportPdfText::tr("Share"), true},
                 {ReportPdfText::tr("Change m²"), true}},
                kTablePoints);
    for (const OrganisationReport &o : report.organisations) {
        table.addRow({{organisationHeading(o.organisation)}, TableRow::Kind::Group});
        for (const DepartmentReport &d : o.departments) {
            const std::optional<Votes> &v = d.status.votes;
            auto vote = [&v](int Votes::*field) { return v ? QString::number((*v).*field) : QString(); };
            table.addRow({{d.key.deptText(), d.name, stateName(d.status.state), isoDate(d.status.decided),
                           vote(&Votes::votesFor), vote(&Votes::votesAgainst), vote(&Votes::votesBlank),
                           vote(&Votes::households), n.m2(d.share.natureFriendlyM2), n.m2(d.share.greenM2),
                           n.percent(d.share), n.change(d.natureChangeM2())}});
        }
    }
    return table;
}

/// The nature value at the end date: per department (under its organisation) and in total.
Table natureTable(const AdoptionReport &report, const Numbers &n, const QString &language)
{
    Table table({{ReportPdfText::tr("Dept.")},
                 {ReportPdfText::tr("Department"), false, true},
                 {ReportPdfText::tr("Biodiversity units"), true},
                 {ReportPdfText::tr("Green factor"), true},
                 {ReportPdfText::tr("Networks"), true},
                 {ReportPdfText::tr("Patches"), true},
                 {ReportPdfText::tr("Isolated"), true},
                 {ReportPdfText::tr("In the largest network"), true}},
                kTablePoints);
    auto cells = [&](const QString &number, const QString &name, const NatureFigures &f) {
        const NetworkFigures &c = f.connectivity;
        const std::optional<double> green = f.green.factor();
        return QStringList{number,
                           name,
                           formatLayoutNumber(f.units, language, 2),
                           green ? formatLayoutNumber(*green, language, 2) : QStringLiteral("–"),
                           QString::number(c.networks),
                           QString::number(c.patches),
                           QString::number(c.isolatedPatches),
                           n.natureShare(c.largestM2, c.natureFriendlyM2)};
    };
    for (const OrganisationReport &o : report.organisations) {
        table.addRow({{organisationHeading(o.organisation)}, TableRow::Kind::Group});
        for (const DepartmentReport &d : o.departments)
            table.addRow({cells(d.key.deptText(), d.name, d.nature)});
    }
    table.addRow({cells(QString(), ReportPdfText::tr("All"), report.natureTotal), TableRow::Kind::Total});
    return table;
}

Table careTable(const AdoptionReport &report, const Numbers &n)
{
    Table table({{ReportPdfText::tr("Care type"), false, true},
                 {ReportPdfText::tr("Code")},
                 {ReportPdfText::tr("Nature-friendly")},
                 {ReportPdfText::tr("m² at the start"), true},
                 {ReportPdfText::tr("m² at the end"), true},
                 {ReportPdfText::tr("Change m²"), true}},
                kTablePoints + 0.5);
    double from = 0, to = 0;
    for (const AdoptionReport::CareRow &row : report.careTypes) {
        table.addRow({{row.name, row.code,
                       row.natureFriendly ? ReportPdfText::tr("yes") : (row.green ? ReportPdfText::tr("no") : ReportPdfText::tr("not green")),
                       n.m2(row.fromM2), n.m2(row.toM2), n.change(row.toM2 - row.fromM2)}});
        from += row.fromM2;
        to += row.toM2;
    }
    table.addRow({{ReportPdfText::tr("Total"), QString(), QString(), n.m2(from), n.m2(to), n.change(to - from)},
                  TableRow::Kind::Total});
    return table;
}

} // namespace

QSizeF reportChartSize()
{
    const QPageLayout pageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    const double width = pageLayout.fullRect(QPageLayout::Millimeter).width() - 2 * kMarginMm;
    return QSizeF(width, kChartHeightMm - kChartGapMm) * kUnitsPerMm;
}

Result<RecordedReportCharts> RecordedReportCharts::record(const ReportCharts &charts, const AdoptionReport &report,
                                                          const ProjectStore &store)
{
    RecordedReportCharts recorded;
    const QRectF rect(QPointF(0, 0), reportChartSize());
    for (const auto chart : {Chart::Adoption, Chart::CareArea}) {
        QPicture &picture = chart == Chart::Adoption ? recorded.m_adoption : recorded.m_careArea;
        QPainter painter(&picture);
        auto drawn = charts.drawChart(painter, rect, chart, report, store);
        painter.end();
        if (!drawn.ok())
            return drawn.error();
        picture.setBoundingRect(rect.toAlignedRect());
    }
    return recorded;
}

Result<void> RecordedReportCharts::drawChart(QPainter &painter, const QRectF &rect, Chart chart, const AdoptionReport &,
                                             const ProjectStore &) const
{
    drawPictureScaled(painter, chart == Chart::Adoption ? m_adoption : m_careArea, reportChartSize(), rect);
    return {};
}

Result<int> writeReportPdf(const ProjectStore &store, const AdoptionReport &report, const QString &path,
                           const ReportPdfOptions &options)
{
    const QString language = currentLanguage();
    const Numbers n(language);
    const Ink ink = Ink::active();
    const QPageLayout pageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    const QSizeF pageUnits = pageLayout.fullRect(QPageLayout::Millimeter).size() * kUnitsPerMm;
    const double margin = kMarginMm * kUnitsPerMm;
    const QRectF body(margin, margin, pageUnits.width() - 2 * margin, pageUnits.height() - 2 * margin - kFooterMm * kUnitsPerMm);
    const QString title = ReportPdfText::tr("Adoption report");
    const QString period = ReportPdfText::tr("%1 to %2").arg(isoDate(report.query.from), isoDate(report.query.to));
    const QString from = isoDate(report.query.from);
    const QString to = isoDate(report.query.to);

    // --- the pages, measured
    PageFlow flow(body);
    paragraph(flow, title, font(20, true), ink.text, 2 * kUnitsPerMm);
    paragraph(flow, report.catalogue + QStringLiteral(" · ") + report.coverage, font(12, true), ink.text, kUnitsPerMm);
    paragraph(flow,
              ReportPdfText::tr("Period %1 · made %2 · project %3")
                  .arg(period, isoDate(options.printed), QFileInfo(report.project).fileName()),
              font(9), ink.muted, 5 * kUnitsPerMm);

    const ReportTotals &t = report.totals;
    QStringList keyFigures;
    keyFigures << ReportPdfText::tr("Adopted on %1: %2 departments; on %3: %4.")
                      .arg(to, n.outOf(t.adopted, t.counted), from, n.outOf(t.adoptedAtFrom, t.countedAtFrom));
    keyFigures << ReportPdfText::tr("Nature-friendly share of the green area on %1: %2; on %3: %4.")
                      .arg(to, n.share(t.share), from, n.share(t.shareAtFrom));
    keyFigures << ReportPdfText::tr("Change in the period: %1 m² nature-friendly area.").arg(n.change(t.natureChangeM2()));
    keyFigures << ReportPdfText::tr("%n department(s) in %1; those without areas on a date are not counted on it.", nullptr,
                                    t.departments)
                      .arg(ReportPdfText::tr("%n organisation(s)", nullptr, static_cast<int>(report.organisations.size())));
    for (const QString &line : std::as_const(keyFigures))
        paragraph(flow, line, font(10), ink.text, 1.2 * kUnitsPerMm);
    flow.skip(4 * kUnitsPerMm);

    // Charts: the caller's chart code draws them; the first failure is told after drawing.
    std::optional<Error> chartError;
    const double chartHeight = kChartHeightMm * kUnitsPerMm;
    for (const auto chart : {ReportCharts::Chart::Adoption, ReportCharts::Chart::CareArea}) {
        flow.place(chartHeight, [&, chart](QPainter &painter, const QRectF &rect) {
            const QRectF area = rect.adjusted(0, 0, 0, -kChartGapMm * kUnitsPerMm);
            if (!options.charts) {
                painter.setFont(font(8));
                painter.setPen(ink.muted);
                painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                                 ReportPdfText::tr("(The chart is drawn by the desktop program and engdrift-cli.)"));
                return;
            }
            painter.save();
            auto drawn = options.charts->drawChart(painter, area, chart, report, store);
            painter.restore();
            if (!drawn.ok() && !chartError)
                chartError = drawn.error();
        });
    }

    Table organisations = organisationTable(report, n);
    Table departments = departmentTable(report, n);
    Table careTypes = careTable(report, n);
    Table nature = natureTable(report, n, language); // the flow draws from the tables: they live until the end
    const QString continued = ReportPdfText::tr("(continued)");
    flow.skip(3 * kUnitsPerMm);
    organisations.fit(body.width());
    organisations.flow(flow, ReportPdfText::tr("Organisations"), ink, continued);
    flow.skip(6 * kUnitsPerMm);
    if (report.organisations.isEmpty()) {
        paragraph(flow, ReportPdfText::tr("There are no departments to report on."), font(10), ink.text);
    } else {
        departments.fit(body.width());
        departments.flow(flow, ReportPdfText::tr("Departments"), ink, continued);
    }
    flow.skip(6 * kUnitsPerMm);
    careTypes.fit(body.width());
    careTypes.flow(flow, ReportPdfText::tr("Area by care type"), ink, continued);
    flow.skip(6 * kUnitsPerMm);
    if (!report.organisations.isEmpty()) {
        nature.fit(body.width());
        nature.flow(flow, ReportPdfText::tr("Nature value on %1").arg(to), ink, continued);
        flow.skip(6 * kUnitsPerMm);
    }
    const QFont noteFont = font(8.5);
    const QFont headingFont = font(11, true);
    if (flow.room() < 40 * kUnitsPerMm)
        flow.newPage();
    paragraph(flow, ReportPdfText::tr("How the figures are made"), headingFont, ink.text, 1.5 * kUnitsPerMm);
    for (const QString &line : reportMethodNote(report))
        paragraph(flow, line, noteFont, ink.text, 1.2 * kUnitsPerMm);

    // --- drawn
    AtomicFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.failure();
    QPdfWriter pdf(&file);
    pdf.setResolution(kPdfResolution);
    pdf.setPageLayout(pageLayout);
    pdf.setTitle(title + QStringLiteral(" · ") + report.coverage + QStringLiteral(" · ") + period);
    pdf.setCreator(QStringLiteral("Engdrift %1").arg(QCoreApplication::applicationVersion()));
    QPainter painter;
    if (!painter.begin(&pdf))
        return makeError(ReportPdfText::tr("%1 cannot be written: the PDF could not be started.").arg(path));
    const int pages = flow.pageCount();
    const QString footer = title + QStringLiteral(" · ") + report.coverage + QStringLiteral(" · ") + period;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !pdf.newPage()) {
            painter.end();
            return makeError(ReportPdfText::tr("%1 cannot be written: page %2 could not be started.").arg(path).arg(page + 1));
        }
        painter.save();
        painter.scale(pdf.width() / pageUnits.width(), pdf.height() / pageUnits.height());
        painter.setRenderHint(QPainter::Antialiasing, true);
        flow.drawPage(painter, page);
        // The footer: what the report is, and the page out of how many.
        const QRectF foot(body.left(), pageUnits.height() - margin - kFooterMm * kUnitsPerMm * 0.6, body.width(),
                          kFooterMm * kUnitsPerMm * 0.6);
        painter.setPen(QPen(ink.rule, 0.8));
        painter.drawLine(foot.topLeft(), foot.topRight());
        const QString number = ReportPdfText::tr("Page %1 of %2").arg(page + 1).arg(pages);
        // The footer's size: 7 pt, smaller when a long organisation name needs it.
        QFont footerFont = font(7);
        for (double points = 7; points >= 4.5; points -= 0.5) {
            footerFont = font(points);
            const QFontMetricsF metrics(footerFont);
            if (metrics.horizontalAdvance(footer) + metrics.horizontalAdvance(number) + 4 * kUnitsPerMm <= foot.width())
                break;
        }
        painter.setFont(footerFont);
        painter.setPen(ink.muted);
        const double numberWidth = QFontMetricsF(footerFont).horizontalAdvance(number) + 4 * kUnitsPerMm;
        painter.drawText(QRectF(foot.left(), foot.top() + 1, foot.width() - numberWidth, foot.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, footer);
        painter.drawText(foot.adjusted(0, 1, 0, 0), Qt::AlignRight | Qt::AlignVCenter, number);
        painter.restore();
        if (chartError) {
            painter.end();
            return *chartError;
        }
        if (options.progress && !options.progress(page + 1, pages)) {
            painter.end();
            file.cancel();
            return makeError(ReportPdfText::tr("The report was cancelled; nothing was written."));
        }
    }
    painter.end();
    if (auto committed = file.commit(); !committed.ok())
        return committed.error();
    return pages;
}

} // namespace engdrift
