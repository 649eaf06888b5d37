// engdrift-cli department: list the departments, show one, give it a name, address and number of
// homes and strategic significance (creating it when missing), delete an empty one, or correct the start date of its first
// area versions.

#include "cli_commands.h"

#include "cli_common.h"
#include "cli_output.h"
#include "edit/departments.h"
#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace engdrift::cli {
namespace {

struct CliDepartmentText
{
    Q_DECLARE_TR_FUNCTIONS(CliDepartment)
};

int listDepartments(ProjectStore &store, const std::optional<DepartmentKey> &only, Format format)
{
    QList<Department> departments;
    if (only) {
        auto one = store.department(*only);
        if (!one.ok())
            return fail(one.error());
        if (!one->has_value())
            return fail(CliDepartmentText::tr("%1: there is no department %2.").arg(store.path(), only->toString()));
        departments << **one;
    } else {
        auto all = store.departments();
        if (!all.ok())
            return fail(all.error());
        departments = std::move(all).value();
    }
    AreaQuery today;
    today.at = QDate::currentDate();
    today.department = only;
    auto totals = store.areaTotals(today, AreaGrouping::Department);
    if (!totals.ok())
        return fail(totals.error());
    QHash<DepartmentKey, AreaTotal> byDepartment;
    for (const AreaTotal &t : *totals)
        byDepartment.insert(t.department, t);
    QJsonObject header;
    header.insert(QStringLiteral("at"), isoDate(*today.at));
    RowWriter writer(out(), format,
                     {columns::orgNo(), columns::deptNo(),
                      Column::plain(QStringLiteral("name"), CliDepartmentText::tr("Name")),
                      Column::plain(QStringLiteral("address"), CliDepartmentText::tr("Address")),
                      Column::plain(QStringLiteral("homes"), CliDepartmentText::tr("Homes")),
                      Column::plain(QStringLiteral("significance"), CliDepartmentText::tr("Significance")),
                      Column::plain(QStringLiteral("first_area"), CliDepartmentText::tr("First area")),
                      Column::plain(QStringLiteral("areas"), CliDepartmentText::tr("Areas")), columns::areaM2()},
                     header);
    for (const Department &d : departments) {
        auto start = store.departmentStart(d.key);
        if (!start.ok())
            return fail(start.error());
        const AreaTotal t = byDepartment.value(d.key);
        writer.addRow({d.key.orgNo, d.key.deptText(), d.name, d.address, d.homes, significanceCode(d.strategicSignificance),
                       isoDate(*start),
                       QVariant::fromValue<qint64>(t.count), t.areaM2});
    }
    writer.finish(QJsonObject{{QStringLiteral("count"), writer.rowCount()}});
    if (only && format == Format::Text) {
        auto corrections = store.corrections(*only);
        if (!corrections.ok())
            return fail(corrections.error());
        for (const Correction &c : *corrections) {
            if (c.kind == QLatin1String("start_date"))
                out() << CliDepartmentText::tr("Start corrected on %1 from %2 to %3 (%n area version(s))", "",
                                               static_cast<int>(c.rows))
                             .arg(isoDate(c.madeAt.toLocalTime().date()), c.oldValue, c.newValue)
                      << (c.note.isEmpty() ? QString() : QStringLiteral(": ") + c.note) << '\n';
        }
        out().flush();
    }
    return Success;
}

} // namespace

int runDepartment(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli department PROJECT [--org N --dept NNN [--name TEXT] [--address TEXT] "
                               "[--homes N] [--significance low|medium|high] | --delete | --correct-start YYYY-MM-DD [--note TEXT]] "
                               "[--json|--csv]"),
                1);
    cmd.option(QStringLiteral("org"), CliDepartmentText::tr("Organisation number of the department."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliDepartmentText::tr("Department number."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("name"), CliDepartmentText::tr("The department's name (creates the department when missing)."),
               QStringLiteral("TEXT"));
    cmd.option(QStringLiteral("address"), CliDepartmentText::tr("Its address."), QStringLiteral("TEXT"));
    cmd.option(QStringLiteral("homes"), CliDepartmentText::tr("Its number of homes."), QStringLiteral("N"));
    cmd.option(QStringLiteral("significance"),
               CliDepartmentText::tr("The strategic significance of its location for nature (biodiversity units): low "
                                     "(1.00), medium (1.10: ecologically desirable) or high (1.15: in a plan's green "
                                     "structure)."),
               QStringLiteral("LEVEL"));
    cmd.option(QStringLiteral("delete"),
               CliDepartmentText::tr("Delete the department (only one without areas, paths, events and proposals)."));
    cmd.option(QStringLiteral("correct-start"),
               CliDepartmentText::tr("Move the start of the department's first area versions to this date (a correction "
                                     "of a data-entry error, recorded as such)."),
               QStringLiteral("DATE"));
    cmd.option(QStringLiteral("note"), CliDepartmentText::tr("Why the start date is corrected."), QStringLiteral("TEXT"));
    cmd.option(QStringLiteral("json"), CliDepartmentText::tr("Write JSON."));
    cmd.option(QStringLiteral("csv"), CliDepartmentText::tr("Write CSV."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto dept = cmd.department(code);
    const Format format = code < 0 ? cmd.format(code) : Format::Text;
    if (code >= 0)
        return code;
    const bool details = cmd.isSet(QStringLiteral("name")) || cmd.isSet(QStringLiteral("address")) ||
                         cmd.isSet(QStringLiteral("homes")) || cmd.isSet(QStringLiteral("significance"));
    const bool remove = cmd.isSet(QStringLiteral("delete"));
    const bool correct = cmd.isSet(QStringLiteral("correct-start"));
    if (int(details) + int(remove) + int(correct) > 1)
        return usageFail(CliDepartmentText::tr("give the details (--name, --address, --homes, --significance), --delete or "
                                               "--correct-start, one at a time"),
                         cmd.synopsis());
    if ((details || remove || correct) && !dept)
        return usageFail(CliDepartmentText::tr("--org N --dept NNN is required to change a department"), cmd.synopsis());
    if (cmd.isSet(QStringLiteral("note")) && !correct)
        return usageFail(CliDepartmentText::tr("--note goes with --correct-start"), cmd.synopsis());
    std::optional<int> homes;
    if (cmd.isSet(QStringLiteral("homes"))) {
        bool ok = false;
        homes = cmd.value(QStringLiteral("homes")).toInt(&ok);
        if (!ok)
            return usageFail(CliDepartmentText::tr("--homes: \"%1\" is not a whole number").arg(cmd.value(QStringLiteral("homes"))),
                             cmd.synopsis());
    }
    std::optional<StrategicSignificance> significance;
    if (cmd.isSet(QStringLiteral("significance"))) {
        significance = significanceFromCode(cmd.value(QStringLiteral("significance")));
        if (!significance)
            return usageFail(CliDepartmentText::tr("--significance: \"%1\" is not low, medium or high")
                                 .arg(cmd.value(QStringLiteral("significance"))),
                             cmd.synopsis());
    }
    const auto newStart = correct ? cmd.date(QStringLiteral("correct-start"), code, true) : std::nullopt;
    if (code >= 0)
        return code;

    const bool writes = details || remove || correct;
    auto store = openProjectStore(cmd.positional(0), writes ? OpenMode::ReadWrite : OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    if (!writes)
        return listDepartments(**store, dept, format);

    if (remove) {
        if (auto deleted = deleteEmptyDepartment(**store, *dept); !deleted.ok())
            return fail(deleted.error());
        out() << CliDepartmentText::tr("Deleted department %1").arg(dept->toString()) << Qt::endl;
        return Success;
    }
    if (correct) {
        auto corrected = correctDepartmentStart(**store, *dept, *newStart, cmd.value(QStringLiteral("note")));
        if (!corrected.ok())
            return fail(corrected.error());
        out() << CliDepartmentText::tr("Department %1 now starts on %2 instead of %3 (%n area version(s) moved)", "",
                                       static_cast<int>(corrected->versionsMoved))
                     .arg(dept->toString(), isoDate(corrected->newStart), isoDate(corrected->oldStart))
              << Qt::endl;
        return Success;
    }
    // Details: what is not given stays as it is.
    auto existing = (*store)->department(*dept);
    if (!existing.ok())
        return fail(existing.error());
    Department d = existing->value_or(Department{});
    d.key = *dept;
    if (cmd.isSet(QStringLiteral("name")))
        d.name = cmd.value(QStringLiteral("name"));
    if (cmd.isSet(QStringLiteral("address")))
        d.address = cmd.value(QStringLiteral("address"));
    if (homes)
        d.homes = *homes;
    if (significance)
        d.strategicSignificance = *significance;
    if (auto saved = saveDepartmentDetails(**store, d, true); !saved.ok())
        return fail(saved.error());
    out() << (existing->has_value() ? CliDepartmentText::tr("Saved department %1 %2")
                                    : CliDepartmentText::tr("Created department %1 %2"))
                 .arg(dept->toString(), d.name.trimmed())
          << Qt::endl;
    return Success;
}

} // namespace engdrift::cli
