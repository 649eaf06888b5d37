#pragma once
// The adoption report as tables: CSV (one table) and XLSX (a workbook, through GDAL's XLSX
// driver), for people and for the programs they feed.
//
// Both name things the way a person reads them (the department's and the organisation's name, the
// status in the program's language, care-type names) and keep the codes in their own columns
// (status_code, care_type_code), as engdrift-cli's CSV listings do. Every percentage stands beside
// its numerator and denominator.
//
// CSV: a header of stable column names (reportColumns()' keys, then natureColumns()'), one row per
// department, then one per organisation and one for all (the column "row" says which: department,
// organisation, total); the counts and m² of an organisation's row are the sums of its departments'
// rows. The nature value's columns are not sums: an organisation's and the total's count each
// network once, also when it crosses departments (as the PDF's nature table).
// XLSX: the sheets Departments, Organisations (with the total last), Care types, Nature (the nature
// value per department, organisation and in all, with its method below the figures) and About (the
// period, the project and the method note), with headings in the program's language.
//
// Files are written whole or not at all (util/atomic_file.h); the XLSX is checked by reading it
// back before it is put in place.

#include "report/adoption_report.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace engdrift {

enum class ReportFormat { Pdf, Csv, Xlsx };

/// The format an output path asks for by its extension (.pdf, .csv, .xlsx); another is an error
/// that names the formats.
Result<ReportFormat> reportFormatOf(const QString &path);

/// A column of the report's tables.
struct ReportColumn
{
    enum class Type { Text, Integer, Real, Date };
    QString key;     ///< the CSV header (stable, English)
    QString heading; ///< the spreadsheet's heading (translated)
    Type type = Type::Text;
};

/// The columns of the department and organisation rows ("at the start": at the report's start
/// date; the others at its end date).
QList<ReportColumn> reportColumns();
/// The cells of a department's row, of an organisation's totals and of the totals of all
/// (parallel to reportColumns(); a null QVariant is an empty cell).
QVariantList departmentCells(const OrganisationReport &organisation, const DepartmentReport &department);
QVariantList organisationCells(const OrganisationReport &organisation);
QVariantList totalCells(const AdoptionReport &report);

/// The nature value's columns at the report's end date (as the PDF's nature table): units, the
/// green factor with its numerator and denominator, the networks, the patches and the isolated
/// ones, and the share in the largest network with its numerator and denominator.
QList<ReportColumn> natureColumns();
/// The cells of one NatureFigures (parallel to natureColumns(); a null QVariant is an empty cell).
QVariantList natureCells(const NatureFigures &figures);

/// A percentage of the share with two decimals, or null without green area.
QVariant sharePercent(const NatureShare &share);

Result<void> writeReportCsv(const AdoptionReport &report, const QString &path);
Result<void> writeReportXlsx(const AdoptionReport &report, const QString &path);

/// The method note: what the figures mean (the share's numerator and denominator, planar m² in
/// the project CRS, which departments count, the nature value's method), in the program's language.
QStringList reportMethodNote(const AdoptionReport &report);

} // namespace engdrift
