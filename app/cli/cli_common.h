#pragma once
// What every engdrift-cli subcommand shares: the output streams, one-line failures, the option
// parser of a subcommand (Command) and small JSON objects.

#include "cli_commands.h"
#include "cli_output.h"
#include "model/department.h"
#include "store/project_store.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace engdrift::cli {

QTextStream &out();
QTextStream &err();

/// One line on stderr: what failed and where.
int fail(const QString &message, int code = BadInput);
/// The error's sentence on the first line of stderr, its technical detail (GDAL's, SQLite's or
/// the system's words) indented on the lines below.
int fail(const Error &error, int code = BadInput);
int usageFail(const QString &message, const QString &synopsis);

/// Opens a project (openStore) and prints its open-time warnings (store/open_warnings.h:
/// foreign triggers and views removed, contents that disagree) on stderr, one line each.
Result<std::unique_ptr<ProjectStore>> openProjectStore(const QString &path, OpenMode mode);

/// Lives through a command that writes. Meanwhile SIGINT (Ctrl-C), SIGTERM and SIGHUP do not kill
/// the program in the middle of a write: interruptRequested() turns true, the command stops where
/// it can (an import between features) and rolls back, and when the guard goes (after the project
/// is closed: declare it first) the program ends with that signal. A second signal ends it at once;
/// the project's journal keeps the file whole even then. Not nestable.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;
};
/// True once SIGINT, SIGTERM or SIGHUP arrived while an InterruptGuard lives.
bool interruptRequested();

/// Progress on stderr: a rewritten line on a terminal, a line every 10 % otherwise; quick jobs (under
/// a second) print nothing. Call it with the fraction done (negative when the total is unknown) and
/// the features so far; finish() ends the terminal's line.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(QString label);
    bool operator()(double fraction, qint64 count);
    void finish();

private:
    QString m_label;
    bool m_tty;
    int m_lastDecile = -1;
    bool m_printed = false;
    QElapsedTimer m_timer;
};

/// A parser for one subcommand: its options, then parse() checks them and the positional count.
class Command
{
public:
    Command(QString synopsis, int positionals);
    void option(const QString &name, const QString &description, const QString &valueName = QString());
    /// Returns -1 when the arguments are fine, otherwise the exit code to return.
    int parse(const QStringList &args);
    QString positional(int i) const { return m_parser.positionalArguments().at(i); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    const QString &synopsis() const { return m_synopsis; }

    /// --at or today; sets exitCode on a bad date.
    std::optional<QDate> date(const QString &name, int &exitCode, bool required = false) const;
    /// --org N --dept NNN (both or neither); sets exitCode on bad values.
    std::optional<DepartmentKey> department(int &exitCode) const;
    /// --org N [--dept NNN]: one department (with --dept), else one organisation (--org alone),
    /// else neither; sets exitCode on bad values.
    void departmentOrOrganisation(std::optional<DepartmentKey> &department, std::optional<int> &organisation,
                                  int &exitCode) const;
    /// --org N alone (an organisation), when given; sets exitCode on a bad number.
    std::optional<int> organisation(int &exitCode) const;
    /// --area ID[,ID...] (empty when not given); sets exitCode on a bad or empty list.
    QList<qint64> areaIds(int &exitCode) const;
    /// --json / --csv / text; sets exitCode when both are given.
    Format format(int &exitCode) const;

private:
    QCommandLineParser m_parser;
    QString m_synopsis;
    int m_positionals;
};

void printJson(const QJsonObject &object); // small objects only; rows go through RowWriter

} // namespace engdrift::cli
