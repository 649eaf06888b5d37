#pragma once
// Calendar dates as Engdrift writes and reads them: ISO 8601, YYYY-MM-DD.

#include "util/result.h"

#include <QDate>
#include <QString>

namespace engdrift {

/// Parses a date written YYYY-MM-DD; an impossible date (2026-02-30) or another form is an error
/// that quotes the text. `what` names the value in the message, e.g. "--from".
Result<QDate> parseIsoDate(const QString &text, const QString &what);

inline QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace engdrift
