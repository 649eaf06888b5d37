#include "cli_output.h"

#include "catalogue/catalogue.h"
#include "util/csv.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace engdrift::cli {
namespace {

struct CliTableText
{
    Q_DECLARE_TR_FUNCTIONS(CliTable)
};

bool isNumeric(const QVariant &cell)
{
    const int t = cell.typeId();
    return t == QMetaType::Double || t == QMetaType::Int || t == QMetaType::LongLong;
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

RowWriter::RowWriter(QTextStream &out, Format format, QList<Column> columns, const QJsonObject &header)
    : m_out(out), m_format(format), m_columns(std::move(columns))
{
    if (m_format == Format::Csv) {
        QStringList keys;
        for (const Column &c : std::as_const(m_columns))
            keys << c.key;
        m_out << keys.join(QLatin1Char(',')) << '\n';
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
        return formatNumber(cell.toDouble(), 2);
    return cell.toString();
}

bool RowWriter::shown(qsizetype column) const
{
    switch (m_format) {
    case Format::Text:
        return !m_columns.at(column).heading.isEmpty();
    case Format::Csv:
        return true;
    case Format::Json:
        return !m_columns.at(column).jsonKey.isEmpty();
    }
    return true;
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
        for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i) {
            if (shown(i))
                row.insert(m_columns.at(i).jsonKey, jsonCell(cells.at(i)));
        }
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
        QList<bool> numeric; // numbers line up on the right, under headings that do too
        for (const Column &c : std::as_const(m_columns)) {
            widths << c.heading.size();
            numeric << false;
        }
        for (const QVariantList &row : std::as_const(m_textRows)) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
                widths[i] = std::max(widths[i], cellText(row.at(i)).size());
                numeric[i] = numeric[i] || isNumeric(row.at(i));
            }
        }
        auto writeLine = [&](const QStringList &texts) {
            QString line;
            for (qsizetype i = 0; i < texts.size() && i < widths.size(); ++i) {
                if (!shown(i))
                    continue;
                if (!line.isEmpty())
                    line += QStringLiteral("  ");
                line += numeric.at(i) ? texts.at(i).rightJustified(widths.at(i)) : texts.at(i).leftJustified(widths.at(i));
            }
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            m_out << line << '\n';
        };
        QStringList headings;
        for (const Column &c : std::as_const(m_columns))
            headings << c.heading;
        writeLine(headings);
        for (const QVariantList &row : std::as_const(m_textRows)) {
            QStringList texts;
            for (const QVariant &cell : row)
                texts << cellText(cell);
            writeLine(texts);
        }
        m_textRows.clear();
    }
    m_out.flush();
}

namespace columns {

Column orgNo()
{
    return Column::plain(QStringLiteral("org_no"), CliTableText::tr("Org."));
}

Column deptNo()
{
    return Column::plain(QStringLiteral("dept_no"), CliTableText::tr("Dept."));
}

QList<Column> careType()
{
    return {Column::name(QStringLiteral("care_type"), CliTableText::tr("Care type")),
            Column::code(QStringLiteral("care_type"), CliTableText::tr("Code"))};
}

Column areaM2()
{
    return Column::plain(QStringLiteral("area_m2"), QStringLiteral("m²"));
}

} // namespace columns

QString careTypeName(const Catalogue &catalogue, const QString &code)
{
    return catalogue.careTypeName(code, currentLanguage());
}

QString catalogueName(const Catalogue &catalogue)
{
    return catalogue.title(currentLanguage());
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
