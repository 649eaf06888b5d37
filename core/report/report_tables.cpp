#include "report/report_tables.h"

#include "util/atomic_file.h"
#include "util/csv.h"
#include "util/dates.h"
#include "util/gdal_error_scope.h"
#include "util/gdal_init.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <QUuid>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <iterator>
#include <memory>

namespace engdrift {
namespace {

struct ReportTablesText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using Type = ReportColumn::Type;

/// reportColumns(): org_no and organisation, then the columns only a department has (dept_no to
/// households), then the figures every row has.
constexpr qsizetype kDepartmentColumnsAt = 2;
constexpr qsizetype kDepartmentColumns = 11;

QVariant voteCell(const AdoptionStatus &status, int Votes::*field)
{
    return status.votes ? QVariant((*status.votes).*field) : QVariant();
}

QVariant dateCell(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

double rounded(double value, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

/// The figures every kind of row has: counts, then the areas at the end and at the start.
QVariantList figureCells(int departments, int counted, int adopted, int adoptedAtFrom, const NatureShare &share,
                         const NatureShare &atFrom)
{
    return {departments,
            counted,
            adopted,
            adoptedAtFrom,
            rounded(share.totalM2),
            rounded(share.greenM2),
            rounded(share.natureFriendlyM2),
            sharePercent(share),
            rounded(atFrom.greenM2),
            rounded(atFrom.natureFriendlyM2),
            sharePercent(atFrom),
            rounded(share.natureFriendlyM2 - atFrom.natureFriendlyM2)};
}

QString csvCell(const QVariant &cell)
{
    if (cell.isNull())
        return {};
    switch (cell.typeId()) {
    case QMetaType::Double:
        return QString::number(cell.toDouble(), 'f', 2);
    case QMetaType::QDate:
        return isoDate(cell.toDate());
    default:
        return csvEscape(cell.toString());
    }
}

OGRFieldType fieldType(Type type)
{
    switch (type) {
    case Type::Integer:
        return OFTInteger;
    case Type::Real:
        return OFTReal;
    case Type::Date:
        return OFTDate;
    case Type::Text:
        break;
    }
    return OFTString;
}

/// One sheet of the workbook: a layer with the columns' headings as its fields.
bool writeSheet(GDALDataset &ds, const QString &name, const QList<ReportColumn> &columns, const QList<QVariantList> &rows)
{
    OGRLayer *layer = ds.CreateLayer(name.toUtf8().constData(), nullptr, wkbNone, nullptr);
    if (!layer)
        return false;
    for (const ReportColumn &c : columns) {
        OGRFieldDefn field(c.heading.toUtf8().constData(), fieldType(c.type));
        if (layer->CreateField(&field) != OGRERR_NONE)
            return false;
    }
    for (const QVariantList &row : rows) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (int i = 0; i < row.size() && i < columns.size(); ++i) {
            const QVariant &cell = row.at(i);
            if (cell.isNull())
                continue;
            switch (columns.at(i).type) {
            case Type::Integer:
                feature->SetField(i, cell.toInt());
                break;
            case Type::Real:
                feature->SetField(i, cell.toDouble());
                break;
            case Type::Date: {
                const QDate d = cell.toDate();
                feature->SetField(i, d.year(), d.month(), d.day());
                break;
            }
            case Type::Text:
                feature->SetField(i, cell.toString().toUtf8().constData());
                break;
            }
        }
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

/// The nature value's part of the method note: the date, natureMethodText() line by line and the
/// nature value's warnings.
QStringList natureMethodNote(const AdoptionReport &report)
{
    QStringList note{ReportTablesText::tr("Nature value on %1, for the map of that date (proposals not carried out are "
                                          "not counted); the total counts each network once, also when it crosses "
                                          "departments:")
                         .arg(isoDate(report.query.to))};
    note << natureMethodText(report.natureLinkDistanceM).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    note << report.natureWarnings;
    return note;
}

QString periodText(const ReportQuery &query)
{
    return ReportTablesText::tr("%1 to %2").arg(isoDate(query.from), isoDate(query.to));
}

} // namespace

Result<ReportFormat> reportFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return ReportFormat::Xlsx;
    return makeError(ReportTablesText::tr("%1: a report can be written as .pdf, .csv or .xlsx, not as \"%2\".")
                         .arg(QFileInfo(path).fileName(),
                              suffix.isEmpty() ? ReportTablesText::tr("(no extension)") : QLatin1Char('.') + suffix));
}

QList<ReportColumn> reportColumns()
{
    return {
        {QStringLiteral("org_no"), ReportTablesText::tr("Org. no."), Type::Integer},
        {QStringLiteral("organisation"), ReportTablesText::tr("Organisation"), Type::Text},
        {QStringLiteral("dept_no"), ReportTablesText::tr("Dept. no."), Type::Text},
        {QStringLiteral("department"), ReportTablesText::tr("Department"), Type::Text},
        {QStringLiteral("first_area"), ReportTablesText::tr("First area"), Type::Date},
        {QStringLiteral("status"), ReportTablesText::tr("Status"), Type::Text},
        {QStringLiteral("status_code"), ReportTablesText::tr("Status code"), Type::Text},
        {QStringLiteral("status_since"), ReportTablesText::tr("Status since"), Type::Date},
        {QStringLiteral("decision_date"), ReportTablesText::tr("Decided"), Type::Date},
        {QStringLiteral("votes_for"), ReportTablesText::tr("Votes for"), Type::Integer},
        {QStringLiteral("votes_against"), ReportTablesText::tr("Votes against"), Type::Integer},
        {QStringLiteral("votes_blank"), ReportTablesText::tr("Blank votes"), Type::Integer},
        {QStringLiteral("households"), ReportTablesText::tr("Households"), Type::Integer},
        {QStringLiteral("departments"), ReportTablesText::tr("Departments"), Type::Integer},
        {QStringLiteral("counted"), ReportTablesText::tr("With areas"), Type::Integer},
        {QStringLiteral("adopted"), ReportTablesText::tr("Adopted"), Type::Integer},
        {QStringLiteral("adopted_from"), ReportTablesText::tr("Adopted at the start"), Type::Integer},
        {QStringLiteral("area_m2"), ReportTablesText::tr("Area m²"), Type::Real},
        {QStringLiteral("green_m2"), ReportTablesText::tr("Green m²"), Type::Real},
        {QStringLiteral("nature_friendly_m2"), ReportTablesText::tr("Nature-friendly m²"), Type::Real},
        {QStringLiteral("nature_friendly_percent"), ReportTablesText::tr("Nature-friendly %"), Type::Real},
        {QStringLiteral("green_m2_from"), ReportTablesText::tr("Green m² at the start"), Type::Real},
        {QStringLiteral("nature_friendly_m2_from"), ReportTablesText::tr("Nature-friendly m² at the start"), Type::Real},
        {QStringLiteral("nature_friendly_percent_from"), ReportTablesText::tr("Nature-friendly % at the start"), Type::Real},
        {QStringLiteral("nature_friendly_change_m2"), ReportTablesText::tr("Change of nature-friendly m²"), Type::Real},
    };
}

QList<ReportColumn> natureColumns()
{
    return {
        {QStringLiteral("nature_units"), ReportTablesText::tr("Biodiversity units"), Type::Real},
        {QStringLiteral("green_factor"), ReportTablesText::tr("Green factor"), Type::Real},
        {QStringLiteral("green_factor_numerator_m2"), ReportTablesText::tr("Green factor: Σ m² × biofaktor"), Type::Real},
        {QStringLiteral("green_factor_denominator_m2"), ReportTablesText::tr("Green factor: Σ m²"), Type::Real},
        {QStringLiteral("networks"), ReportTablesText::tr("Networks"), Type::Integer},
        {QStringLiteral("patches"), ReportTablesText::tr("Patches"), Type::Integer},
        {QStringLiteral("isolated_patches"), ReportTablesText::tr("Isolated patches"), Type::Integer},
        {QStringLiteral("largest_network_m2"), ReportTablesText::tr("Nature-friendly m² in the largest network"), Type::Real},
        {QStringLiteral("largest_network_of_m2"), ReportTablesText::tr("Nature-friendly m² in all networks"), Type::Real},
        {QStringLiteral("largest_network_percent"), ReportTablesText::tr("In the largest network %"), Type::Real},
    };
}

QVariantList natureCells(const NatureFigures &f)
{
    const NetworkFigures &c = f.connectivity;
    const std::optional<double> green = f.green.factor();
    const std::optional<double> largest = c.largestShare();
    return {rounded(f.units),
            green ? QVariant(rounded(*green)) : QVariant(),
            rounded(f.green.numeratorM2),
            rounded(f.green.denominatorM2),
            c.networks,
            c.patches,
            c.isolatedPatches,
            rounded(c.largestM2),
            rounded(c.natureFriendlyM2),
            largest ? QVariant(rounded(100.0 * *largest)) : QVariant()};
}

QVariant sharePercent(const NatureShare &share)
{
    const auto value = share.share();
    return value ? QVariant(rounded(100.0 * *value)) : QVariant();
}

QVariantList departmentCells(const OrganisationReport &organisation, const DepartmentReport &d)
{
    const AdoptionStatus &s = d.status;
    return QVariantList{d.key.orgNo,
                        organisation.organisation.name,
                        d.key.deptText(),
                        d.name,
                        dateCell(d.firstArea),
                        stateName(s.state),
                        stateCode(s.state),
                        dateCell(s.since),
                        dateCell(s.decided),
                        voteCell(s, &Votes::votesFor),
                        voteCell(s, &Votes::votesAgainst),
                        voteCell(s, &Votes::votesBlank),
                        voteCell(s, &Votes::households)} +
           figureCells(1, d.counted ? 1 : 0, d.isAdopted() ? 1 : 0, d.wasAdopted() ? 1 : 0, d.share, d.shareAtFrom);
}

QVariantList organisationCells(const OrganisationReport &organisation)
{
    const ReportTotals &t = organisation.totals;
    return QVariantList{organisation.organisation.orgNo, organisation.organisation.name, QVariant(), QVariant(),
                        QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                        QVariant(), QVariant()} +
           figureCells(t.departments, t.counted, t.adopted, t.adoptedAtFrom, t.share, t.shareAtFrom);
}

QVariantList totalCells(const AdoptionReport &report)
{
    const ReportTotals &t = report.totals;
    return QVariantList{QVariant(), ReportTablesText::tr("All organisations"), QVariant(), QVariant(), QVariant(),
                        QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                        QVariant()} +
           figureCells(t.departments, t.counted, t.adopted, t.adoptedAtFrom, t.share, t.shareAtFrom);
}

Result<void> writeReportCsv(const AdoptionReport &report, const QString &path)
{
    return writeFileAtomically(path, [&](QIODevice &device, QString &) {
        QTextStream out(&device);
        out.setEncoding(QStringConverter::Utf8);
        QStringList keys{QStringLiteral("row")};
        for (const ReportColumn &c : reportColumns() + natureColumns())
            keys << c.key;
        out << keys.join(QLatin1Char(',')) << '\n';
        auto write = [&out](const QString &row, const QVariantList &cells) {
            out << row;
            for (const QVariant &cell : cells)
                out << ',' << csvCell(cell);
            out << '\n';
        };
        for (const OrganisationReport &o : report.organisations) {
            for (const DepartmentReport &d : o.departments)
                write(QStringLiteral("department"), departmentCells(o, d) + natureCells(d.nature));
        }
        for (const OrganisationReport &o : report.organisations)
            write(QStringLiteral("organisation"), organisationCells(o) + natureCells(o.nature));
        write(QStringLiteral("total"), totalCells(report) + natureCells(report.natureTotal));
        out.flush();
        return out.status() == QTextStream::Ok;
    });
}

QStringList reportMethodNote(const AdoptionReport &report)
{
    const QString from = isoDate(report.query.from);
    const QString to = isoDate(report.query.to);
    QStringList note{
        ReportTablesText::tr("Status: each department's adoption status on %1, from its recorded events. The decision is "
                             "the meeting's outcome (for a proposal carried out: its adoption) with the votes for, "
                             "against and blank and the households present, as recorded.")
            .arg(to),
        ReportTablesText::tr("Adopted: adopted or carried out and not withdrawn, counted among the departments that had "
                             "areas on the date (a department exists from its first area), so the numerator is always "
                             "part of the denominator."),
        ReportTablesText::tr("Nature-friendly share: the area of the nature-friendly care types (the numerator) out of "
                             "the green area, the care types that the catalogue \"%1\" counts as green (the "
                             "denominator), as on the vote sheet. Paved and other areas that are not green are left "
                             "out of both.")
            .arg(report.catalogue),
        ReportTablesText::tr("Areas: planar m² in the project's coordinate system (%1), of the areas valid on each date; "
                             "proposals not carried out are not counted.")
            .arg(report.crs),
        ReportTablesText::tr("Change: the nature-friendly m² on %1 minus those on %2.").arg(to, from),
    };
    return note + natureMethodNote(report);
}

Result<void> writeReportXlsx(const AdoptionReport &report, const QString &path)
{
    initGdal();
    GdalErrorScope errors;
    const QByteArray memPath = "/vsimem/engdrift-report-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + ".xlsx";
    auto failed = [&](const QString &why) {
        VSIUnlink(memPath.constData());
        return makeError(ReportTablesText::tr("%1 cannot be written: %2").arg(path, why), errors.detailText());
    };
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    if (!driver)
        return failed(ReportTablesText::tr("GDAL has no XLSX driver."));

    const QList<ReportColumn> columns = reportColumns();
    QList<QVariantList> departmentRows;
    QList<QVariantList> organisationRows;
    for (const OrganisationReport &o : report.organisations) {
        for (const DepartmentReport &d : o.departments)
            departmentRows << departmentCells(o, d);
        organisationRows << organisationCells(o);
    }
    organisationRows << totalCells(report);
    // The organisations' sheet without the columns only a department has.
    QList<ReportColumn> organisationColumns = columns;
    organisationColumns.remove(kDepartmentColumnsAt, kDepartmentColumns);
    for (QVariantList &row : organisationRows)
        row.remove(kDepartmentColumnsAt, kDepartmentColumns);

    const QList<ReportColumn> careColumns{
        {QStringLiteral("care_type"), ReportTablesText::tr("Care type"), Type::Text},
        {QStringLiteral("care_type_code"), ReportTablesText::tr("Care type code"), Type::Text},
        {QStringLiteral("nature_friendly"), ReportTablesText::tr("Nature-friendly"), Type::Text},
        {QStringLiteral("green"), ReportTablesText::tr("Green"), Type::Text},
        {QStringLiteral("area_m2_from"), ReportTablesText::tr("m² at the start"), Type::Real},
        {QStringLiteral("area_m2"), ReportTablesText::tr("m² at the end"), Type::Real},
        {QStringLiteral("change_m2"), ReportTablesText::tr("Change m²"), Type::Real}};
    QList<QVariantList> careRows;
    const QString yes = ReportTablesText::tr("yes");
    const QString no = ReportTablesText::tr("no");
    for (const AdoptionReport::CareRow &row : report.careTypes)
        careRows << QVariantList{row.name, row.code, row.natureFriendly ? yes : no, row.green ? yes : no,
                                 rounded(row.fromM2), rounded(row.toM2), rounded(row.toM2 - row.fromM2)};

    // The nature value: a row per department, per organisation and for all, then its method, a line
    // a row in the first column (the figures' columns stay empty there).
    const QList<ReportColumn> natureSheetColumns =
        QList<ReportColumn>{{QStringLiteral("organisation"), ReportTablesText::tr("Organisation"), Type::Text},
                            {QStringLiteral("dept_no"), ReportTablesText::tr("Dept. no."), Type::Text},
                            {QStringLiteral("department"), ReportTablesText::tr("Department"), Type::Text}} +
        natureColumns();
    QList<QVariantList> natureRows;
    for (const OrganisationReport &o : report.organisations) {
        const QString organisation = QString::number(o.organisation.orgNo) +
                                     (o.organisation.name.isEmpty() ? QString() : QLatin1Char(' ') + o.organisation.name);
        for (const DepartmentReport &d : o.departments)
            natureRows << QVariantList{organisation, d.key.deptText(), d.name} + natureCells(d.nature);
        natureRows << QVariantList{organisation, QVariant(), QVariant()} + natureCells(o.nature);
    }
    natureRows << QVariantList{ReportTablesText::tr("All organisations"), QVariant(), QVariant()} +
                      natureCells(report.natureTotal);
    natureRows << QVariantList{ReportTablesText::tr("Method")};
    for (const QString &line : natureMethodNote(report))
        natureRows << QVariantList{line};

    const QList<ReportColumn> aboutColumns{{QStringLiteral("item"), ReportTablesText::tr("Item"), Type::Text},
                                           {QStringLiteral("value"), ReportTablesText::tr("Value"), Type::Text}};
    QList<QVariantList> aboutRows{
        {ReportTablesText::tr("Report"), ReportTablesText::tr("Adoption report")},
        {ReportTablesText::tr("Covers"), report.coverage},
        {ReportTablesText::tr("Period"), periodText(report.query)},
        {ReportTablesText::tr("Project"), QFileInfo(report.project).fileName()},
        {ReportTablesText::tr("Coordinate system"), report.crs},
        {ReportTablesText::tr("Catalogue"), report.catalogue},
        {ReportTablesText::tr("Made"), isoDate(QDate::currentDate())}};
    for (const QString &line : reportMethodNote(report))
        aboutRows << QVariantList{ReportTablesText::tr("Method"), line};

    {
        std::unique_ptr<GDALDataset> ds(driver->Create(memPath.constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return failed(errors.failureText());
        if (!writeSheet(*ds, ReportTablesText::tr("Departments"), columns, departmentRows) ||
            !writeSheet(*ds, ReportTablesText::tr("Organisations"), organisationColumns, organisationRows) ||
            !writeSheet(*ds, ReportTablesText::tr("Care types"), careColumns, careRows) ||
            !writeSheet(*ds, ReportTablesText::tr("Nature"), natureSheetColumns, natureRows) ||
            !writeSheet(*ds, ReportTablesText::tr("About"), aboutColumns, aboutRows) || errors.hasFailure())
            return failed(errors.failureText());
    } // closing the dataset writes the workbook

    // Read it back before it is put in place: every sheet with every row.
    {
        const char *drivers[] = {"XLSX", nullptr};
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE"); // the first row holds the headings
        std::unique_ptr<GDALDataset> check(GDALDataset::Open(memPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
        CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
        const qint64 expected[] = {departmentRows.size(), organisationRows.size(), careRows.size(), natureRows.size(),
                                   aboutRows.size()};
        constexpr int sheets = std::size(expected);
        bool whole = check && check->GetLayerCount() == sheets;
        for (int i = 0; whole && i < sheets; ++i)
            whole = check->GetLayer(i)->GetFeatureCount() == expected[i] || expected[i] == 0;
        if (!whole)
            return failed(ReportTablesText::tr("the workbook GDAL wrote cannot be read back whole."));
    }
    vsi_l_offset length = 0;
    GByte *data = VSIGetMemFileBuffer(memPath.constData(), &length, FALSE);
    if (!data)
        return failed(errors.failureText());
    auto result = writeFileAtomically(path, [&](QIODevice &device, QString &) {
        return device.write(reinterpret_cast<const char *>(data), static_cast<qint64>(length)) ==
               static_cast<qint64>(length);
    });
    VSIUnlink(memPath.constData());
    return result;
}

} // namespace engdrift
