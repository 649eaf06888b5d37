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

namespace engdrift::cli {

enum class Format { Text, Csv, Json };

class RowWriter
{
public:
    /// JSON output is one object: the `header` fields, then "rows": [...], then the fields given
    /// to finish(). Cells are numbers (double: rounded to 0.01) or text.
    RowWriter(QTextStream &out, Format format, QStringList columns, const QJsonObject &header = {});
    void addRow(const QVariantList &cells);
    qint64 rowCount() const { return m_count; }
    /// Ends the output; `trailer` fields close the JSON object (e.g. a count known only now).
    void finish(const QJsonObject &trailer = {});

private:
    QString cellText(const QVariant &cell) const;

    QTextStream &m_out;
    Format m_format;
    QStringList m_columns;
    QList<QVariantList> m_textRows;
    qint64 m_count = 0;
};

/// A number with thousands separators, in the format of the language the program speaks.
QString formatNumber(double value, int decimals);
/// m² with thousands separators and one decimal, for text output.
QString formatArea(double m2);
/// A number rounded for JSON output (areas to 0.01 m²).
double roundForJson(double value, int decimals = 2);

} // namespace engdrift::cli
