#include "cli_output.h"

#include "util/translations.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace engdrift::cli {
namespace {

QString cellText(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::Double)
        return QString::number(cell.toDouble(), 'f', 2);
    return cell.toString();
}

bool isNumeric(const QVariant &cell)
{
    const int t = cell.typeId();
    return t == QMetaType::Double || t == QMetaType::Int || t == QMetaType::LongLong;
}

QString csvEscape(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString Table::toText() const
{
    QList<qsizetype> widths;
    for (const QString &c : m_columns)
        widths << c.size();
    for (const QVariantList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cellText(row.at(i)).size());
    }
    QString out;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        out += (i ? QStringLiteral("  ") : QString()) + m_columns.at(i).leftJustified(widths.at(i));
    out += QLatin1Char('\n');
    for (const QVariantList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
            const QString text = cellText(row.at(i));
            out += (i ? QStringLiteral("  ") : QString()) +
                   (isNumeric(row.at(i)) ? text.rightJustified(widths.at(i)) : text.leftJustified(widths.at(i)));
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString Table::toCsv() const
{
    QString out = m_columns.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const QVariantList &row : m_rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << csvEscape(cell.typeId() == QMetaType::Double ? QString::number(roundForJson(cell.toDouble()), 'g', 15)
                                                                  : cell.toString());
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QJsonArray Table::toJsonRows() const
{
    QJsonArray rows;
    for (const QVariantList &row : m_rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < row.size() && i < m_columns.size(); ++i) {
            const QVariant &cell = row.at(i);
            if (cell.typeId() == QMetaType::Double)
                object.insert(m_columns.at(i), roundForJson(cell.toDouble()));
            else if (cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong)
                object.insert(m_columns.at(i), cell.toLongLong());
            else if (cell.isNull())
                object.insert(m_columns.at(i), QJsonValue::Null);
            else
                object.insert(m_columns.at(i), cell.toString());
        }
        rows.append(object);
    }
    return rows;
}

QString formatNumber(double value, int decimals)
{
    // Numbers in the reading language's own format: 12,345.6 in English, 12.345,6 in Danish.
    const QLocale locale(currentLanguage() == QLatin1String("da") ? QLocale::Danish : QLocale::English);
    return locale.toString(value, 'f', decimals);
}

QString formatArea(double m2)
{
    return formatNumber(m2, 1) + QStringLiteral(" m²");
}

double roundForJson(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace engdrift::cli
