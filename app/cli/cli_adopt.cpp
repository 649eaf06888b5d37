// engdrift-cli adopt / adoption: record a department's adoption events and list them, or the
// status of every department at a date with the count adopted out of how many.

#include "cli_commands.h"

#include "analysis/adoption.h"
#include "cli_common.h"
#include "cli_output.h"
#include "model/adoption.h"
#include "store/project_store.h"
#include "util/dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace engdrift::cli {
namespace {

struct CliAdoptText
{
    Q_DECLARE_TR_FUNCTIONS(CliAdopt)
};

QVariant optionalInt(const std::optional<Votes> &votes, int Votes::*field)
{
    return votes ? QVariant((*votes).*field) : QVariant();
}

/// A whole number option; sets exitCode when it is not one.
std::optional<int> intOption(const Command &cmd, const QString &name, int &exitCode)
{
    if (!cmd.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int value = cmd.value(name).toInt(&ok);
    if (!ok) {
        exitCode = usageFail(CliAdoptText::tr("--%1: \"%2\" is not a whole number").arg(name, cmd.value(name)),
                             cmd.synopsis());
        return std::nullopt;
    }
    return value;
}

/// --org N --dept NNN: only one department.
void addDepartmentFilter(Command &cmd)
{
    cmd.option(QStringLiteral("org"), CliAdoptText::tr("Only the department with this organisation number (use with --dept)."),
               QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliAdoptText::tr("Department number (use with --org)."), QStringLiteral("NNN"));
}

/// --json, --csv.
void addFormats(Command &cmd)
{
    cmd.option(QStringLiteral("json"), CliAdoptText::tr("Write JSON."));
    cmd.option(QStringLiteral("csv"), CliAdoptText::tr("Write CSV."));
}

int listEvents(ProjectStore &store, const std::optional<DepartmentKey> &dept, Format format)
{
    auto events = store.adoptionEvents(dept);
    if (!events.ok())
        return fail(events.error());
    RowWriter writer(out(), format,
                     {Column::plain(QStringLiteral("id"), CliAdoptText::tr("ID")), columns::orgNo(), columns::deptNo(),
                      Column::plain(QStringLiteral("date"), CliAdoptText::tr("Date")),
                      Column::name(QStringLiteral("event"), CliAdoptText::tr("What")), Column::code(QStringLiteral("event")),
                      Column::name(QStringLiteral("body"), CliAdoptText::tr("Decided by")),
                      Column::code(QStringLiteral("body")),
                      Column::plain(QStringLiteral("votes_for"), CliAdoptText::tr("For")),
                      Column::plain(QStringLiteral("votes_against"), CliAdoptText::tr("Against")),
                      Column::plain(QStringLiteral("votes_blank"), CliAdoptText::tr("Blank")),
                      Column::plain(QStringLiteral("households"), CliAdoptText::tr("Households")),
                      Column::plain(QStringLiteral("proposal_id"), CliAdoptText::tr("Proposal")),
                      Column::plain(QStringLiteral("minutes_ref"), CliAdoptText::tr("Minutes")),
                      Column::plain(QStringLiteral("note"), CliAdoptText::tr("Note"))});
    for (const AdoptionEvent &e : *events) {
        writer.addRow({QVariant::fromValue<qint64>(e.id), e.department.orgNo, e.department.deptText(), isoDate(e.date),
                       kindName(e.kind), kindCode(e.kind), bodyName(e.body), bodyCode(e.body),
                       optionalInt(e.votes, &Votes::votesFor),
                       optionalInt(e.votes, &Votes::votesAgainst), optionalInt(e.votes, &Votes::votesBlank),
                       optionalInt(e.votes, &Votes::households),
                       e.proposalId ? QVariant::fromValue<qint64>(*e.proposalId) : QVariant(), e.minutesRef, e.note});
    }
    writer.finish(QJsonObject{{QStringLiteral("count"), writer.rowCount()}});
    return Success;
}

int listStatus(ProjectStore &store, const QString &path, const std::optional<DepartmentKey> &dept, const QDate &at,
               Format format)
{
    QList<Department> departments;
    if (dept) {
        auto one = store.department(*dept);
        if (!one.ok())
            return fail(one.error());
        if (!one->has_value())
            return fail(CliAdoptText::tr("%1: there is no department %2.").arg(path, dept->toString()));
        departments << **one;
    } else {
        auto all = store.departments();
        if (!all.ok())
            return fail(all.error());
        departments = std::move(all).value();
    }
    auto events = store.adoptionEvents(dept);
    if (!events.ok())
        return fail(events.error());
    QHash<DepartmentKey, QList<AdoptionEvent>> byDepartment;
    for (const AdoptionEvent &e : *events)
        byDepartment[e.department] << e;

    QJsonObject header;
    header.insert(QStringLiteral("at"), isoDate(at));
    RowWriter writer(out(), format,
                     {columns::orgNo(), columns::deptNo(), Column::plain(QStringLiteral("name"), CliAdoptText::tr("Name")),
                      Column::plain(QStringLiteral("first_area"), CliAdoptText::tr("First area")),
                      Column::name(QStringLiteral("status"), CliAdoptText::tr("Status")),
                      Column::code(QStringLiteral("status")),
                      Column::plain(QStringLiteral("since"), CliAdoptText::tr("Since")),
                      Column::data(QStringLiteral("description"))},
                     header);
    // As in adoptionSeries(): a department exists from its first area; the adopted ones are counted
    // among those, so the numerator is always part of the denominator.
    int existing = 0;
    int adopted = 0;
    for (const Department &d : departments) {
        auto start = store.departmentStart(d.key);
        if (!start.ok())
            return fail(start.error());
        const AdoptionStatus status = adoptionStatusAt(byDepartment.value(d.key), at);
        if (start->isValid() && *start <= at) {
            ++existing;
            if (status.isAdopted())
                ++adopted;
        }
        writer.addRow({d.key.orgNo, d.key.deptText(), d.name, isoDate(*start), stateName(status.state),
                       stateCode(status.state), isoDate(status.since), describeStatus(status)});
    }
    writer.finish(QJsonObject{{QStringLiteral("adopted"), adopted}, {QStringLiteral("departments"), existing}});
    if (format != Format::Text)
        return Success;
    out() << '\n' << CliAdoptText::tr("%1 of %n department(s) adopted at %2", "", existing).arg(adopted).arg(isoDate(at));
    if (existing > 0)
        out() << CliAdoptText::tr(" (%1 %)").arg(formatNumber(100.0 * adopted / existing, 1));
    if (existing < departments.size())
        out() << '\n'
              << CliAdoptText::tr("%n department(s) without areas at that date are not counted", "",
                                  static_cast<int>(departments.size() - existing));
    out() << Qt::endl;
    return Success;
}

} // namespace

int runAdopt(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli adopt PROJECT --org N --dept NNN --event KIND --date YYYY-MM-DD "
                               "[--body department_meeting|extraordinary_meeting|board] "
                               "[--for N --against N --blank N --households N] [--note TEXT] [--minutes REF] "
                               "[--proposal ID]"),
                1);
    cmd.option(QStringLiteral("org"), CliAdoptText::tr("Organisation number of the department."), QStringLiteral("N"));
    cmd.option(QStringLiteral("dept"), CliAdoptText::tr("Department number."), QStringLiteral("NNN"));
    cmd.option(QStringLiteral("event"),
               CliAdoptText::tr("What happened: proposed, analysis, meeting, adopted, rejected, postponed, "
                                "implemented or withdrawn."),
               QStringLiteral("KIND"));
    cmd.option(QStringLiteral("date"), CliAdoptText::tr("The date it happened."), QStringLiteral("DATE"));
    cmd.option(QStringLiteral("body"),
               CliAdoptText::tr("Who decided: department_meeting, extraordinary_meeting or board."),
               QStringLiteral("BODY"));
    cmd.option(QStringLiteral("for"), CliAdoptText::tr("Votes for."), QStringLiteral("N"));
    cmd.option(QStringLiteral("against"), CliAdoptText::tr("Votes against."), QStringLiteral("N"));
    cmd.option(QStringLiteral("blank"), CliAdoptText::tr("Blank votes."), QStringLiteral("N"));
    cmd.option(QStringLiteral("households"), CliAdoptText::tr("Households present (two votes each at most)."),
               QStringLiteral("N"));
    cmd.option(QStringLiteral("note"), CliAdoptText::tr("A note."), QStringLiteral("TEXT"));
    cmd.option(QStringLiteral("minutes"), CliAdoptText::tr("Where the minutes are (a link or a file name)."),
               QStringLiteral("REF"));
    cmd.option(QStringLiteral("proposal"), CliAdoptText::tr("The proposal the event is about."), QStringLiteral("ID"));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto dept = cmd.department(code);
    if (code >= 0)
        return code;
    if (!dept)
        return usageFail(CliAdoptText::tr("--org N --dept NNN is required"), cmd.synopsis());
    if (!cmd.isSet(QStringLiteral("event")))
        return usageFail(CliAdoptText::tr("--event KIND is required"), cmd.synopsis());
    const auto kind = kindFromCode(cmd.value(QStringLiteral("event")).trimmed().toLower());
    if (!kind)
        return usageFail(CliAdoptText::tr("--event: \"%1\" is not one of proposed, analysis, meeting, adopted, "
                                          "rejected, postponed, implemented, withdrawn")
                             .arg(cmd.value(QStringLiteral("event"))),
                         cmd.synopsis());
    const auto date = cmd.date(QStringLiteral("date"), code, true);
    if (code >= 0)
        return code;

    AdoptionEvent event;
    event.department = *dept;
    event.kind = *kind;
    event.date = *date;
    if (cmd.isSet(QStringLiteral("body"))) {
        const auto body = bodyFromCode(cmd.value(QStringLiteral("body")).trimmed().toLower());
        if (!body || *body == MeetingBody::None)
            return usageFail(CliAdoptText::tr("--body: \"%1\" is not one of department_meeting, "
                                              "extraordinary_meeting, board")
                                 .arg(cmd.value(QStringLiteral("body"))),
                             cmd.synopsis());
        event.body = *body;
    }
    const auto votesFor = intOption(cmd, QStringLiteral("for"), code);
    const auto votesAgainst = code < 0 ? intOption(cmd, QStringLiteral("against"), code) : std::nullopt;
    const auto votesBlank = code < 0 ? intOption(cmd, QStringLiteral("blank"), code) : std::nullopt;
    const auto households = code < 0 ? intOption(cmd, QStringLiteral("households"), code) : std::nullopt;
    if (code >= 0)
        return code;
    if (votesFor || votesAgainst || votesBlank || households) // a count not given is 0
        event.votes = Votes{votesFor.value_or(0), votesAgainst.value_or(0), votesBlank.value_or(0),
                            households.value_or(0)};
    if (cmd.isSet(QStringLiteral("proposal"))) {
        bool ok = false;
        const qint64 id = cmd.value(QStringLiteral("proposal")).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageFail(CliAdoptText::tr("--proposal: \"%1\" is not a proposal ID")
                                 .arg(cmd.value(QStringLiteral("proposal"))),
                             cmd.synopsis());
        event.proposalId = id;
    }
    event.note = cmd.value(QStringLiteral("note"));
    event.minutesRef = cmd.value(QStringLiteral("minutes"));

    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadWrite);
    if (!store.ok())
        return fail(store.error());
    auto recorded = recordAdoptionEvent(**store, event);
    if (!recorded.ok()) {
        QString message = recorded.errorMessage(); // one broken rule a line: one line here
        message.replace(QLatin1Char('\n'), QLatin1String("; "));
        return fail(rephrased(recorded.error(), message));
    }
    out() << CliAdoptText::tr("Recorded: %1 %2 for department %3")
                 .arg(kindName(event.kind), isoDate(event.date), event.department.toString());
    if (event.votes) {
        const Votes &v = *event.votes;
        out() << CliAdoptText::tr(" (%1 for, %2 against, %3 blank; %4 households)")
                     .arg(v.votesFor)
                     .arg(v.votesAgainst)
                     .arg(v.votesBlank)
                     .arg(v.households);
    }
    out() << Qt::endl;
    if (recorded->proposalId && recorded->proposalStatus) {
        auto proposal = (*store)->proposal(*recorded->proposalId);
        if (proposal.ok() && proposal->has_value())
            out() << CliAdoptText::tr("Proposal %1 \"%2\" is now %3")
                         .arg(*recorded->proposalId)
                         .arg((**proposal).name, proposalStatusName(*recorded->proposalStatus))
                  << Qt::endl;
    }
    for (const QString &warning : recorded->warnings)
        err() << "engdrift-cli: " << CliAdoptText::tr("note: %1").arg(warning) << Qt::endl;
    return Success;
}

int runAdoption(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli adoption PROJECT [--org N --dept NNN] [--at YYYY-MM-DD] [--json|--csv]"),
                1);
    addDepartmentFilter(cmd);
    cmd.option(QStringLiteral("at"),
               CliAdoptText::tr("Instead of the events: each department's status at this date, and how many adopted."),
               QStringLiteral("DATE"));
    addFormats(cmd);
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto dept = cmd.department(code);
    const Format format = code < 0 ? cmd.format(code) : Format::Text;
    const auto at = code < 0 && cmd.isSet(QStringLiteral("at")) ? cmd.date(QStringLiteral("at"), code) : std::nullopt;
    if (code >= 0)
        return code;
    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    if (at)
        return listStatus(**store, (*store)->path(), dept, *at, format);
    return listEvents(**store, dept, format);
}

int runProposals(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli proposals PROJECT [--org N --dept NNN] [--json|--csv]"), 1);
    addDepartmentFilter(cmd);
    addFormats(cmd);
    if (int code = cmd.parse(args); code >= 0)
        return code;
    int code = -1;
    const auto dept = cmd.department(code);
    const Format format = code < 0 ? cmd.format(code) : Format::Text;
    if (code >= 0)
        return code;
    auto store = openProjectStore(cmd.positional(0), OpenMode::ReadOnly);
    if (!store.ok())
        return fail(store.error());
    auto proposals = (*store)->proposals(dept);
    if (!proposals.ok())
        return fail(proposals.error());
    RowWriter writer(out(), format,
                     {Column::plain(QStringLiteral("id"), CliAdoptText::tr("ID")), columns::orgNo(),
                      columns::deptNo(), Column::plain(QStringLiteral("name"), CliAdoptText::tr("Name")),
                      Column::plain(QStringLiteral("created"), CliAdoptText::tr("Created")),
                      Column::name(QStringLiteral("status"), CliAdoptText::tr("Status")),
                      Column::code(QStringLiteral("status")),
                      Column::plain(QStringLiteral("conversion"), CliAdoptText::tr("Conversion")),
                      Column::plain(QStringLiteral("planned_areas"), CliAdoptText::tr("Planned areas")),
                      Column::plain(QStringLiteral("planned_m2"), CliAdoptText::tr("Planned m²")),
                      Column::plain(QStringLiteral("planned_paths"), CliAdoptText::tr("Mown paths")),
                      Column::plain(QStringLiteral("planned_path_m"), CliAdoptText::tr("Path length (m)"))});
    for (const Proposal &p : *proposals) {
        AreaQuery areas;
        areas.status = AreaStatus::Proposed;
        areas.proposalId = p.id;
        auto planned = (*store)->areas(areas);
        ProjectStore::PathQuery paths;
        paths.status = AreaStatus::Proposed;
        paths.proposalId = p.id;
        auto plannedPaths = (*store)->paths(paths);
        if (!planned.ok())
            return fail(planned.error());
        if (!plannedPaths.ok())
            return fail(plannedPaths.error());
        double m2 = 0, metres = 0;
        for (const AreaVersion &v : *planned)
            m2 += v.areaM2;
        for (const PathVersion &v : *plannedPaths)
            metres += v.lengthM;
        writer.addRow({QVariant::fromValue<qint64>(p.id), p.department.orgNo, p.department.deptText(), p.name, isoDate(p.created),
                       proposalStatusName(p.status), proposalStatusCode(p.status), isoDate(p.conversionDate), static_cast<int>(planned->size()), m2,
                       static_cast<int>(plannedPaths->size()), metres});
    }
    writer.finish(QJsonObject{{QStringLiteral("count"), writer.rowCount()}});
    return Success;
}

} // namespace engdrift::cli
