#include "cli_output.h"

#include "util/translations.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace engdrift::cli {
namespace {

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

QJsonValue jsonCell(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double:
        return roundForJson(cell.toDouble());
    case QMetaType::Int:
    case QMetaType::LongLong:
        return cell.toLongLong();
    default:
        return cell.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(cell.toString());
    }
}

/// The fields of an object as JSON text without its braces ("" if empty).
QString jsonFields(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
    text = text.mid(1, text.size() - 2); // strip { }
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

} // namespace

RowWriter::RowWriter(QTextStream &out, Format format, QStringList columns, const QJsonObject &header)
    : m_out(out), m_format(format), m_columns(std::move(columns))
{
    if (m_format == Format::Csv) {
        m_out << m_columns.join(QLatin1Char(',')) << '\n';
    } else if (m_format == Format::Json) {
        m_out << "{";
        const QString fields = jsonFields(header);
        if (!fields.isEmpty())
            m_out << fields << ",";
        m_out << "\n    \"rows\": [";
    }
}

QString RowWriter::cellText(const QVariant &cell) const
{
    if (cell.typeId() == QMetaType::Double)
        return QString::number(cell.toDouble(), 'f', 2);
    return cell.toString();
}

void RowWriter::addRow(const QVariantList &cells)
{
    switch (m_format) {
    case Format::Text:
        m_textRows << cells;
        break;
    case Format::Csv: {
        QStringList texts;
        for (const QVariant &cell : cells)
            texts << csvEscape(cell.typeId() == QMetaType::Double ? QString::number(roundForJson(cell.toDouble()), 'g', 15)
                                                                  : cell.toString());
        m_out << texts.join(QLatin1Char(',')) << '\n';
        break;
    }
    case Format::Json: {
        QJsonObject row;
        for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i)
            row.insert(m_columns.at(i), jsonCell(cells.at(i)));
        m_out << (m_count ? ",\n        " : "\n        ")
              << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
        break;
    }
    }
    ++m_count;
}

void RowWriter::finish(const QJsonObject &trailer)
{
    if (m_format == Format::Json) {
        m_out << (m_count ? "\n    ]" : "]");
        const QString fields = jsonFields(trailer);
        if (!fields.isEmpty())
            m_out << "," << fields;
        m_out << "\n}\n";
    } else if (m_format == Format::Text) {
        QList<qsizetype> widths;
        for (const QString &c : m_columns)
            widths << c.size();
        for (const QVariantList &row : std::as_const(m_textRows)) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], cellText(row.at(i)).size());
        }
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            m_out << (i ? "  " : "") << m_columns.at(i).leftJustified(widths.at(i));
        m_out << '\n';
        for (const QVariantList &row : std::as_const(m_textRows)) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
                const QString text = cellText(row.at(i));
                m_out << (i ? "  " : "")
                      << (isNumeric(row.at(i)) ? text.rightJustified(widths.at(i)) : text.leftJustified(widths.at(i)));
            }
            m_out << '\n';
        }
        m_textRows.clear();
    }
    m_out.flush();
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
