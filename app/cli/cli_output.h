#pragma once
// Tables for the command line: the same rows written as aligned text, CSV or JSON.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace engdrift::cli {

enum class Format { Text, Csv, Json };

/// A table whose cells are numbers or text. Columns have a machine name (CSV header, JSON key).
class Table
{
public:
    explicit Table(QStringList columns) : m_columns(std::move(columns)) {}
    void addRow(QVariantList cells) { m_rows << std::move(cells); }
    qsizetype rowCount() const { return m_rows.size(); }

    QString toText() const;
    QString toCsv() const;
    /// The rows as a JSON array of objects.
    QJsonArray toJsonRows() const;

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
};

/// A number with thousands separators, in the format of the language the program speaks.
QString formatNumber(double value, int decimals);
/// m² with thousands separators and one decimal, for text output.
QString formatArea(double m2);
/// A number rounded for JSON output (areas to 0.01 m²).
double roundForJson(double value, int decimals = 2);

} // namespace engdrift::cli
