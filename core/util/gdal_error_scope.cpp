#include "util/gdal_error_scope.h"

#include <QRegularExpression>

#include <cpl_error.h>

namespace engdrift {

GdalErrorScope::GdalErrorScope()
{
    CPLPushErrorHandlerEx(
        [](CPLErr errorClass, CPLErrorNum errorNo, const char *message) {
            handler(static_cast<int>(errorClass), errorNo, message);
        },
        this);
    // Let the handler see debug-free, real messages only.
    CPLSetCurrentErrorHandlerCatchDebug(FALSE);
}

GdalErrorScope::~GdalErrorScope()
{
    CPLPopErrorHandler();
}

void GdalErrorScope::handler(int errorClass, int /*errorNo*/, const char *message)
{
    auto *self = static_cast<GdalErrorScope *>(CPLGetErrorHandlerUserData());
    if (self == nullptr)
        return;
    // GDAL's messages are UTF-8 (file names included); keep them readable as such.
    const QString text = QString::fromUtf8(message ? message : "").trimmed();
    if (errorClass >= CE_Failure) {
        ++self->m_failures;
        if (self->m_failureMessages.size() < 20)
            self->m_failureMessages << text;
    } else if (errorClass == CE_Warning) {
        if (self->m_warningMessages.size() < 200)
            self->m_warningMessages << text;
    }
}

QString GdalErrorScope::failureText() const
{
    return m_failureMessages.join(QStringLiteral("; "));
}

QString GdalErrorScope::detailText() const
{
    return tidyDetail(m_failureMessages);
}

QString GdalErrorScope::tidyDetail(const QStringList &messages)
{
    // "sqlite3_exec(CREATE TABLE ...) failed: X", "In ExecuteSQL(): sqlite3_step(SELECT ...): X":
    // the call and what it said, without the statement.
    static const QRegularExpression quotedSql(
        QStringLiteral("^(.*?)(\\w+)\\(\\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|COMMIT|"
                       "ROLLBACK|REPLACE|ATTACH|DETACH|VACUUM|SAVEPOINT|RELEASE)\\b.*\\)(?: failed)?: (.*)$"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    constexpr qsizetype maxLength = 300;
    QStringList lines;
    for (const QString &message : messages) {
        QString line = message.simplified();
        if (const auto match = quotedSql.match(line); match.hasMatch())
            line = QStringLiteral("%1%2 failed: %3").arg(match.captured(1), match.captured(2), match.captured(3));
        if (line.size() > maxLength)
            line = line.left(maxLength - 1) + QChar(0x2026);
        if (!line.isEmpty() && !lines.contains(line))
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void GdalErrorScope::clear()
{
    m_failures = 0;
    m_failureMessages.clear();
    m_warningMessages.clear();
    CPLErrorReset();
}

} // namespace engdrift
