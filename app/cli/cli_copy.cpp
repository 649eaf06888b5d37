// engdrift-cli copy: a project, whole and with its history, from one place to another (a project
// file, a PostGIS database), through the store interface (store/project_copy.h).

#include "cli_commands.h"
#include "cli_common.h"
#include "store/project_copy.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace engdrift::cli {
namespace {

struct CliCopyText
{
    Q_DECLARE_TR_FUNCTIONS(CliCopy)
};

} // namespace

int runCopy(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli copy SOURCE DEST [--quiet]"), 2);
    cmd.option(QStringLiteral("quiet"), CliCopyText::tr("Do not print progress."));
    if (int code = cmd.parse(args); code >= 0)
        return code;
    const QString source = cmd.positional(0);
    const QString destination = cmd.positional(1);
    const bool quiet = cmd.isSet(QStringLiteral("quiet"));
    ProgressPrinter printer(CliCopyText::tr("Copying %1").arg(source));
    QElapsedTimer timer;
    timer.start();
    auto counts = copyProject(source, destination, [&](double fraction, qint64 rows) {
        if (interruptRequested())
            return false; // stop between rows: nothing is written
        return quiet ? true : printer(fraction, rows);
    });
    printer.finish();
    if (!counts.ok())
        return fail(counts.error());
    const ProjectCopyCounts &c = *counts;
    out() << CliCopyText::tr("Copied %1 to %2 in %3 s:").arg(source, destination).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << '\n';
    const std::pair<QString, qint64> lines[] = {
        {CliCopyText::tr("organisations"), c.organisations},
        {CliCopyText::tr("departments"), c.departments},
        {CliCopyText::tr("area versions"), c.areaVersions},
        {CliCopyText::tr("path versions"), c.pathVersions},
        {CliCopyText::tr("mowing zone versions"), c.zoneVersions},
        {CliCopyText::tr("proposals"), c.proposals},
        {CliCopyText::tr("adoption events"), c.adoptionEvents},
        {CliCopyText::tr("imports"), c.importBatches},
        {CliCopyText::tr("corrections"), c.corrections},
        {CliCopyText::tr("project settings"), c.settings},
    };
    for (const auto &[what, n] : lines)
        out() << "  " << what << ": " << n << '\n';
    out().flush();
    return Success;
}

} // namespace engdrift::cli
