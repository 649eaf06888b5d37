#pragma once
// GdalErrorScope: collects the messages GDAL/OGR/CPL report on this thread while it lives.
//
// GDAL reports errors through a global (per-thread) handler. A scope pushes its own handler,
// keeps every message as UTF-8 text, and pops the handler when it goes out of scope, so the
// messages can be returned inside an Error instead of being printed to stderr.
// Use one per operation, on the thread that calls GDAL.

#include <QString>
#include <QStringList>

namespace engdrift {

class GdalErrorScope
{
public:
    GdalErrorScope();
    ~GdalErrorScope();
    GdalErrorScope(const GdalErrorScope &) = delete;
    GdalErrorScope &operator=(const GdalErrorScope &) = delete;

    /// True when a CE_Failure or CE_Fatal was reported since construction (or the last clear()).
    bool hasFailure() const { return m_failures > 0; }
    /// The messages of failures (not warnings), oldest first.
    QStringList failures() const { return m_failureMessages; }
    /// The warnings, oldest first.
    QStringList warnings() const { return m_warningMessages; }
    /// All failure messages joined with "; ", or an empty string.
    QString failureText() const;
    /// The failure messages as a technical detail for a person: one a line, without repeats and
    /// without the SQL statements GDAL quotes ("sqlite3_exec(CREATE TABLE ...) failed: X" is X),
    /// each at most a few hundred characters.
    QString detailText() const;
    /// The same tidying for any list of library messages.
    static QString tidyDetail(const QStringList &messages);
    void clear();

private:
    static void handler(int errorClass, int errorNo, const char *message);
    int m_failures = 0;
    QStringList m_failureMessages;
    QStringList m_warningMessages;
};

} // namespace engdrift
