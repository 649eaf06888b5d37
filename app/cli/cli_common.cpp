#include "cli_common.h"

#include "store/open_warnings.h"
#include "store/project_audit.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <utility>

namespace engdrift::cli {
namespace {
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

Result<std::unique_ptr<ProjectStore>> openProjectStore(const QString &path, OpenMode mode)
{
    auto store = openStore(path, mode);
    if (store.ok()) {
        // The full audit reads every version (about a second at 1,000,000 areas): before a write,
        // so nothing is written into a project that disagrees with itself unnoticed (`check` runs
        // it too); a command that only reads gets the quick one.
        addAuditWarnings(**store, mode == OpenMode::ReadWrite ? AuditDepth::Full : AuditDepth::Quick);
        for (const QString &warning : openWarnings(**store)) {
            QString line = warning;
            line.replace(QLatin1Char('\n'), QLatin1Char(' '));
            err() << "engdrift-cli: " << CliText::tr("warning: %1").arg(line) << '\n';
        }
        err().flush();
    }
    return store;
}

int fail(const QString &message, int code)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << "engdrift-cli: " << line << Qt::endl;
    return code;
}

ProgressPrinter::ProgressPrinter(QString label) : m_label(std::move(label)), m_tty(isatty(fileno(stderr)) != 0)
{
    m_timer.start();
}

bool ProgressPrinter::operator()(double fraction, qint64 count)
{
    if (m_timer.elapsed() < 1000)
        return true; // quick jobs print nothing
    m_printed = true;
    if (fraction < 0) {
        if (m_tty)
            err() << '\r' << CliText::tr("%1: %2 features read").arg(m_label).arg(count) << Qt::flush;
        return true;
    }
    const int percent = static_cast<int>(fraction * 100.0);
    if (m_tty) {
        err() << '\r' << CliText::tr("%1: %2 % (%3 features)").arg(m_label).arg(percent).arg(count) << Qt::flush;
    } else if (percent / 10 > m_lastDecile) {
        m_lastDecile = percent / 10;
        err() << CliText::tr("%1: %2 %").arg(m_label).arg(m_lastDecile * 10) << Qt::endl;
    }
    return true;
}

void ProgressPrinter::finish()
{
    if (m_tty && m_printed)
        err() << Qt::endl;
}

namespace {

volatile std::sig_atomic_t g_signal = 0;
constexpr int kGuardedSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[3];

extern "C" void noteSignal(int signal)
{
    g_signal = signal; // SA_RESETHAND: the next one takes the default action
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_signal = 0;
    struct sigaction action {};
    action.sa_handler = noteSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (int i = 0; i < 3; ++i)
        sigaction(kGuardedSignals[i], &action, &g_previous[i]);
}

InterruptGuard::~InterruptGuard()
{
    for (int i = 0; i < 3; ++i)
        sigaction(kGuardedSignals[i], &g_previous[i], nullptr);
    if (const int signal = g_signal; signal != 0) {
        out().flush();
        err().flush();
        std::signal(signal, SIG_DFL);
        std::raise(signal); // the caller sees the program ended by the signal, as it asked
    }
}

bool interruptRequested()
{
    return g_signal != 0;
}

int fail(const Error &error, int code)
{
    QString line = error.message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << "engdrift-cli: " << line << '\n';
    for (const QString &detail : error.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        err() << "    " << detail.trimmed() << '\n';
    err().flush();
    return code;
}

int usageFail(const QString &message, const QString &synopsis)
{
    err() << "engdrift-cli: " << message << '\n' << CliText::tr("usage: ") << synopsis << Qt::endl;
    return UsageError;
}

Command::Command(QString synopsis, int positionals) : m_synopsis(std::move(synopsis)), m_positionals(positionals)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void Command::option(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

int Command::parse(const QStringList &args)
{
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("engdrift-cli"));
    if (!m_parser.parse(withProgram))
        return usageFail(m_parser.errorText(), m_synopsis);
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << CliText::tr("usage: ") << m_synopsis << "\n\n" << m_parser.helpText().section(QLatin1Char('\n'), 2);
        out().flush();
        return Success;
    }
    if (m_parser.positionalArguments().size() != m_positionals)
        return usageFail(CliText::tr("expected %n argument(s), got %1", "", m_positionals)
                             .arg(m_parser.positionalArguments().size()),
                         m_synopsis);
    return -1;
}

std::optional<QDate> Command::date(const QString &name, int &exitCode, bool required) const
{
    if (!isSet(name)) {
        if (required)
            exitCode = usageFail(CliText::tr("--%1 YYYY-MM-DD is required").arg(name), m_synopsis);
        return required ? std::nullopt : std::optional<QDate>(QDate::currentDate());
    }
    auto parsed = parseIsoDate(value(name), QStringLiteral("--") + name);
    if (!parsed.ok()) {
        exitCode = usageFail(parsed.errorMessage(), m_synopsis);
        return std::nullopt;
    }
    return parsed.value();
}

std::optional<DepartmentKey> Command::department(int &exitCode) const
{
    const bool org = isSet(QStringLiteral("org"));
    const bool dept = isSet(QStringLiteral("dept"));
    if (!org && !dept)
        return std::nullopt;
    if (org != dept) {
        exitCode = usageFail(CliText::tr("--org and --dept go together"), m_synopsis);
        return std::nullopt;
    }
    bool okOrg = false, okDept = false;
    const int orgNo = value(QStringLiteral("org")).toInt(&okOrg);
    const int deptNo = value(QStringLiteral("dept")).toInt(&okDept);
    const DepartmentKey key{orgNo, deptNo};
    if (!okOrg || !okDept || !key.isValid()) {
        exitCode = usageFail(CliText::tr("--org must be a number above 0 and --dept a number 0-999 (got %1, %2)")
                                 .arg(value(QStringLiteral("org")), value(QStringLiteral("dept"))),
                             m_synopsis);
        return std::nullopt;
    }
    return key;
}

QList<qint64> Command::areaIds(int &exitCode) const
{
    QList<qint64> ids;
    if (!isSet(QStringLiteral("area")))
        return ids;
    for (const QString &part : value(QStringLiteral("area")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            exitCode = usageFail(CliText::tr("--area: \"%1\" is not an area ID").arg(part), m_synopsis);
            return {};
        }
        ids << id;
    }
    if (ids.isEmpty())
        exitCode = usageFail(CliText::tr("--area: no area IDs"), m_synopsis);
    return ids;
}

void Command::departmentOrOrganisation(std::optional<DepartmentKey> &department, std::optional<int> &organisation,
                                       int &exitCode) const
{
    if (isSet(QStringLiteral("dept")))
        department = this->department(exitCode);
    else
        organisation = this->organisation(exitCode);
}

std::optional<int> Command::organisation(int &exitCode) const
{
    if (!isSet(QStringLiteral("org")))
        return std::nullopt;
    bool ok = false;
    const int orgNo = value(QStringLiteral("org")).toInt(&ok);
    if (!ok || orgNo <= 0) {
        exitCode = usageFail(CliText::tr("--org must be an organisation number above 0 (got \"%1\")")
                                 .arg(value(QStringLiteral("org"))),
                             m_synopsis);
        return std::nullopt;
    }
    return orgNo;
}

Format Command::format(int &exitCode) const
{
    const bool json = isSet(QStringLiteral("json"));
    const bool csv = m_parser.optionNames().contains(QStringLiteral("csv")) && isSet(QStringLiteral("csv"));
    if (json && csv)
        exitCode = usageFail(CliText::tr("choose one of --json and --csv"), m_synopsis);
    return json ? Format::Json : csv ? Format::Csv : Format::Text;
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

} // namespace engdrift::cli
