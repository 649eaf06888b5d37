#include "util/dates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace engdrift {
namespace {
struct DatesText
{
    Q_DECLARE_TR_FUNCTIONS(Dates)
};
} // namespace

Result<QDate> parseIsoDate(const QString &text, const QString &what)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return makeError(DatesText::tr("%1: \"%2\" is not a date written YYYY-MM-DD.").arg(what, text));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return makeError(DatesText::tr("%1: %2 is not a date in the calendar.").arg(what, text));
    if (date.year() < 1900 || date.year() > 2200)
        return makeError(DatesText::tr("%1: %2 is outside the years 1900-2200.").arg(what, text));
    return date;
}

} // namespace engdrift
