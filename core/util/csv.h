#pragma once
// CSV cells as RFC 4180 writes them: a text with a comma, a quote or a line break goes in quotes,
// its quotes doubled.

#include <QString>

namespace engdrift {

inline QString csvEscape(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace engdrift
