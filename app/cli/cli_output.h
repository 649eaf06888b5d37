#pragma once
// Rows for the command line, written as aligned text, CSV or JSON.
//
// CSV and JSON rows are written as they come, so a listing of a million areas does not sit in
// memory; aligned text needs every row for the column widths and is kept until finish().

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVariant>

namespace engdrift {
class Catalogue;
}

namespace engdrift::cli {

enum class Format { Text, Csv, Json };

/// A column of a listing. Text tables are for people: translated headings, names rather than
/// codes. CSV has the same words under stable column names, and the codes in their own columns
/// (care_type_code beside care_type). JSON is for programs: the codes, under the names they have
/// always had.
struct Column
{
    QString key;          ///< the CSV header
    QString heading;      ///< the text table's heading (translated); empty: not in the text table
    QString jsonKey;      ///< the JSON field; empty: not in JSON

    /// A column of the same value in every format.
    static Column plain(const QString &key, const QString &heading) { return {key, heading, key}; }
    /// A name for people, in text and CSV, whose code is the next column.
    static Column name(const QString &key, const QString &heading) { return {key, heading, QString()}; }
    /// The code of the column before (key_code in CSV, key in JSON). In the text table only with a heading.
    static Column code(const QString &key, const QString &heading = QString())
    {
        return {key + QStringLiteral("_code"), heading, key};
    }
    /// Only in CSV and JSON (what the text table says another way).
    static Column data(const QString &key) { return {key, QString(), key}; }
};

class RowWriter
{
public:
    /// JSON output is one object: the `header` fields, then "rows": [...], then the fields given
    /// to finish(). Cells are numbers (double: rounded to 0.01) or text.
    RowWriter(QTextStream &out, Format format, QList<Column> columns, const QJsonObject &header = {});
    void addRow(const QVariantList &cells);
    qint64 rowCount() const { return m_count; }
    /// Ends the output; `trailer` fields close the JSON object (e.g. a count known only now).
    void finish(const QJsonObject &trailer = {});

private:
    QString cellText(const QVariant &cell) const;
    bool shown(qsizetype column) const;

    QTextStream &m_out;
    Format m_format;
    QList<Column> m_columns;
    QList<QVariantList> m_textRows;
    qint64 m_count = 0;
};

/// Columns that several listings share, with their headings in the program's language.
namespace columns {
Column orgNo();
Column deptNo();
/// care_type (the name in the program's language) and care_type_code.
QList<Column> careType();
Column areaM2();
} // namespace columns

/// A care type's name in the program's language, from the catalogue (the code when it has none).
QString careTypeName(const Catalogue &catalogue, const QString &code);

/// The catalogue's name in the program's language (its id when it has none).
QString catalogueName(const Catalogue &catalogue);

/// A number with thousands separators, in the format of the language the program speaks.
QString formatNumber(double value, int decimals);
/// m² with thousands separators and one decimal, for text output.
QString formatArea(double m2);
/// A number rounded for JSON output (areas to 0.01 m²).
double roundForJson(double value, int decimals = 2);

} // namespace engdrift::cli
