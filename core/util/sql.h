#pragma once
// Small helpers for building SQL text (values are quoted, never pasted).

#include <QString>

namespace engdrift::sql {

/// 'text' with embedded quotes doubled.
inline QString quote(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

/// "identifier" with embedded double quotes doubled.
inline QString identifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace engdrift::sql
