// engdrift-cli upgrade: brings a project written by an older Engdrift to the schema this program
// writes (the read-only commands refuse an older schema rather than guess at missing tables).

#include "cli_commands.h"
#include "cli_common.h"
#include "store/project_store.h"

#include <QCoreApplication>

namespace engdrift::cli {
namespace {

struct CliUpgradeText
{
    Q_DECLARE_TR_FUNCTIONS(CliUpgrade)
};

} // namespace

int runUpgrade(const QStringList &args)
{
    Command cmd(QStringLiteral("engdrift-cli upgrade PROJECT"), 1);
    if (int code = cmd.parse(args); code >= 0)
        return code;
    const QString path = cmd.positional(0);
    if (auto current = openProjectStore(path, OpenMode::ReadOnly); current.ok()) {
        out() << CliUpgradeText::tr("%1 already uses project schema version %2: nothing to do.")
                     .arg((*current)->path())
                     .arg(ProjectStore::schemaVersion())
              << Qt::endl;
        return Success;
    }
    // Opening for writing migrates an older project in one transaction (or leaves it unchanged
    // and says why); a damaged or foreign file fails here with its own sentence.
    auto store = openProjectStore(path, OpenMode::ReadWrite);
    if (!store.ok())
        return fail(store.error());
    out() << CliUpgradeText::tr("%1 now uses project schema version %2.").arg((*store)->path()).arg(ProjectStore::schemaVersion())
          << Qt::endl;
    return Success;
}

} // namespace engdrift::cli
