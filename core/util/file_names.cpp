#include "util/file_names.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace engdrift {
namespace {

bool isUnsafe(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return true;
    switch (c.unicode()) {
    case '/': case '\\': case ':': case '*': case '?': case '"': case '<': case '>': case '|':
        return true;
    default:
        break;
    }
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate ||
           category == QChar::Other_NotAssigned || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

QString trimDotsAndSpaces(QString name)
{
    while (!name.isEmpty() && (name.front() == QLatin1Char('.') || name.front().isSpace()))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == QLatin1Char('.') || name.back().isSpace()))
        name.chop(1);
    return name;
}

} // namespace

QString safeFileName(const QString &text, const QString &suffix, int maxBytes, const QString &fallback)
{
    QString name;
    name.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            const auto category = QChar::category(ucs4);
            if (category == QChar::Other_Format || category == QChar::Other_NotAssigned)
                name += QLatin1Char('_');
            else
                name += text.mid(i, 2);
            ++i;
            continue;
        }
        name += isUnsafe(c) ? QChar(QLatin1Char('_')) : c;
    }
    // No ".." anywhere, not even inside a name.
    static const QRegularExpression dots(QStringLiteral("\\.{2,}"));
    name.replace(dots, QStringLiteral("."));
    name = trimDotsAndSpaces(name.simplified());

    // At most maxBytes of UTF-8, never half a character.
    const int budget = std::max(1, maxBytes - int(suffix.toUtf8().size()));
    while (name.toUtf8().size() > budget) {
        name.chop(name.size() >= 2 && name.at(name.size() - 1).isLowSurrogate() ? 2 : 1);
    }
    name = trimDotsAndSpaces(name);
    if (name.isEmpty())
        name = fallback;

    // Windows' reserved device names, also with an extension ("con.pdf", "LPT1.txt").
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString whole = name + suffix;
    if (reserved.match(whole).hasMatch()) {
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        if (dot < 0)
            name += QLatin1Char('_');
        else
            name.insert(dot, QLatin1Char('_'));
    }
    return name + suffix;
}

} // namespace engdrift
