// engdrift-cli check: reports what is wrong in a project, and where (store/project_check.h); with
// --repair it rebuilds what can be rebuilt from the tables in one transaction and checks again.

#include "cli_commands.h"
#include "cli_common.h"
#include "store/project_check.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace engdrift::cli {
namespace {

struct CliCheckText
{
    Q_DECLARE_TR_FUNCTIONS(CliCheck)
};

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : CliCheckText::tr("open");
}

/// "areas, row 12 (area 5, 2020-01-01 to open)": where a finding is.
QString whereOf(const CheckFinding &f)
{
    QString where = f.table.isEmpty() ? CliCheckText::tr("project") : f.table;
    if (f.fid != 0)
        where += CliCheckText::tr(", row %1").arg(f.fid);
    if (f.id != 0 || f.validFrom.isValid()) {
        QStringList parts;
        if (f.id != 0)
            parts << CliCheckText::tr("id %1").arg(f.id);
        if (f.validFrom.isValid())
            parts << CliCheckText::tr("%1 to %2").arg(dateText(f.validFrom), dateText(f.validTo));
        where += QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
    }
    return where;
}

QJsonObject jsonOf(const CheckFinding &f)
{
    QJsonObject o{{QStringLiteral("check"), f.check},
                  {QStringLiteral("table"), f.table},
                  {QStringLiteral("message"), f.message},
                  {QStringLiteral("repairable"), f.repairable}};
    if (f.fid != 0)
        o.insert(QStringLiteral("fid"), f.fid);
    if (f.id != 0)
        o.insert(QStringLiteral("id"), f.id);
    if (f.validFrom.isValid())
        o.insert(QStringLiteral("valid_from"), f.validFrom.toString(Qt::ISODate));
    if (f.validTo.isValid())
        o.insert(QStringLiteral("valid_to"), f.validTo.toString(Qt::ISODate));
    return o;
}

QJsonObject jsonOf(const CheckReport &r)
{
    QJsonArray findings;
    for (const CheckFinding &f : r.findings)
        findings.append(jsonOf(f));
    return {{QStringLiteral("project"), r.location},
            {QStringLiteral("clean"), r.clean()},
            {QStringLiteral("opened"), r.opened},
            {QStringLiteral("area_versions"), r.areaVersions},
            {QStringLiteral("path_versions"), r.pathVersions},
            {QStringLiteral("zone_versions"), r.zoneVersions},
            {QStringLiteral("departments"), r.departments},
            {QStringLiteral("findings"), findings}};
}

void printFindings(const CheckReport &r)
{
    for (const CheckFinding &f : r.findings)
        out() << QStringLiteral("%1: %2: %3").arg(f.check, whereOf(f), f.message)
              << (f.repairable ? CliCheckText::tr(" [repairable: check --repair]") : QString()) << Qt::endl;
}

void printSummary(const CheckReport &r)
{
    if (r.clean()) {
        out() << CliCheckText::tr("%1: no problems found (%2 area versions, %3 path versions, %4 zone versions, %5 "
                                  "departments checked).")
                     .arg(r.location)
                     .arg(r.areaVersions)
                     .arg(r.pathVersions)
                     .arg(r.zoneVersions)
                     .arg(r.departments)
              << Qt::endl;
    } else {
        out() << CliCheckText::tr("%1: %n problem(s) found, %2 of them repairable with check --repair.", nullptr,
                                  static_cast<int>(r.findings.size()))
                     .arg(r.location)
                     .arg(r.repairable())
              << Qt::endl;
    }
}

} // namespace

int runCheck(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli check PROJECT [--repair] [--json]"), 1);
    cmd.option(QStringLiteral("repair"),
               CliCheckText::tr("Rebuild what can be rebuilt from the tables (spatial indexes, department extents) in one "
                                "transaction, then check again. Versions are never changed."));
    cmd.option(QStringLiteral("json"), CliCheckText::tr("Write JSON."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const Format format = cmd.format(code);
    if (code >= 0)
        return code;
    const QString path = cmd.positional(0);

    if (!cmd.isSet(QStringLiteral("repair"))) {
        const CheckReport report = checkProject(path);
        if (format == Format::Json) {
            printJson(jsonOf(report));
        } else {
            printFindings(report);
            printSummary(report);
        }
        return report.clean() ? Success : BadInput;
    }

    // Nothing to rebuild: the project is not even opened for writing (which alone changes bytes
    // of its header).
    if (const CheckReport first = checkProject(path); first.opened && first.repairable() == 0) {
        if (format == Format::Json) {
            QJsonObject o = jsonOf(first);
            o.insert(QStringLiteral("before"), jsonOf(first));
            o.insert(QStringLiteral("repaired"), QJsonArray());
            printJson(o);
        } else {
            out() << CliCheckText::tr("Nothing to rebuild.") << Qt::endl;
            if (!first.clean())
                out() << CliCheckText::tr("Not repaired (for a person to decide):") << Qt::endl;
            printFindings(first);
            printSummary(first);
        }
        return first.clean() ? Success : BadInput;
    }
    auto store = openStore(path, OpenMode::ReadWrite);
    if (!store.ok()) {
        // Nothing can be repaired in a project that does not open for writing; say what a check sees.
        const CheckReport report = checkProject(path);
        if (format == Format::Json) {
            QJsonObject o = jsonOf(report);
            o.insert(QStringLiteral("repaired"), QJsonArray());
            o.insert(QStringLiteral("error"), store.errorMessage());
            printJson(o);
        } else {
            printFindings(report);
        }
        return fail(rephrased(store.error(), CliCheckText::tr("Nothing was repaired: %1").arg(store.errorMessage())));
    }
    auto repaired = repairProject(**store);
    if (!repaired.ok())
        return fail(rephrased(repaired.error(),
                              CliCheckText::tr("The repair of %1 failed and changed nothing: %2").arg(path, repaired.errorMessage())));
    if (format == Format::Json) {
        QJsonObject o = jsonOf(repaired->after);
        o.insert(QStringLiteral("before"), jsonOf(repaired->before));
        o.insert(QStringLiteral("repaired"), QJsonArray::fromStringList(repaired->repaired));
        printJson(o);
    } else {
        if (repaired->repaired.isEmpty())
            out() << CliCheckText::tr("Nothing to rebuild.") << Qt::endl;
        for (const QString &what : repaired->repaired)
            out() << CliCheckText::tr("Repaired: %1").arg(what) << Qt::endl;
        if (!repaired->after.clean())
            out() << CliCheckText::tr("Not repaired (for a person to decide):") << Qt::endl;
        printFindings(repaired->after);
        printSummary(repaired->after);
    }
    return repaired->after.clean() ? Success : BadInput;
}

} // namespace engdrift::cli
