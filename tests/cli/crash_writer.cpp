// engdrift-crash-writer: writes to a project through core the way the desktop program does, for
// the crash-safety tests (tests/cli/test_cli_crash.cpp), which kill it at random points.
//
//   edit-save PROJECT FIRST COUNT     an EditSession retags areas FIRST.. (COUNT of them) to
//                                     blomstereng from 2023-05-01, notes every other one, saves
//   plan PROJECT COUNT                a proposal of department 12-001 that plans areas 1..COUNT as
//                                     blomstereng, adopted; prints its id (not killed: set-up)
//   implement PROJECT ID DATE         carries out proposal ID from DATE
//
// Exit 0 on success; 1 with the error's sentence (and detail) on stderr.

#include "edit/edit_session.h"
#include "edit/proposals.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <cstdio>

using namespace engdrift;

namespace {

int failWith(const Error &error)
{
    QTextStream err(stderr);
    err << "engdrift-crash-writer: " << error.message << '\n';
    if (!error.detail.isEmpty())
        err << "    " << error.detail << '\n';
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fputs("usage: engdrift-crash-writer edit-save|plan|implement PROJECT ...\n", stderr);
        return 2;
    }
    const QString command = args.at(0);
    auto store = openStore(args.at(1), OpenMode::ReadWrite);
    if (!store.ok())
        return failWith(store.error());
    ProjectStore &s = **store;

    if (command == QLatin1String("edit-save") && args.size() == 4) {
        const qint64 first = args.at(2).toLongLong();
        const qint64 count = args.at(3).toLongLong();
        EditSession session(s);
        QList<qint64> ids, noted;
        for (qint64 id = first; id < first + count; ++id) {
            ids << id;
            if (id % 2 == 0)
                noted << id;
        }
        const QDate from(2023, 5, 1);
        if (auto step = session.retag(ids, QStringLiteral("blomstereng"), from); !step.ok())
            return failWith(step.error());
        if (auto step = session.setNote(noted, QStringLiteral("sown 2023"), from); !step.ok())
            return failWith(step.error());
        auto saved = session.save();
        if (!saved.ok())
            return failWith(saved.error());
        QTextStream(stdout) << "saved " << saved->versionsClosed << " " << saved->versionsInserted << '\n';
        return 0;
    }
    if (command == QLatin1String("plan") && args.size() == 3) {
        const qint64 count = args.at(2).toLongLong();
        auto proposal = createProposal(s, DepartmentKey{12, 1}, QStringLiteral("Meadows"), QDate(2023, 1, 10));
        if (!proposal.ok())
            return failWith(proposal.error());
        EditSession session(s);
        session.setProposal(proposal->id);
        QList<qint64> ids;
        for (qint64 id = 1; id <= count; ++id)
            ids << id;
        if (auto step = session.retag(ids, QStringLiteral("blomstereng"), QDate(2023, 1, 10)); !step.ok())
            return failWith(step.error());
        if (auto saved = session.save(); !saved.ok())
            return failWith(saved.error());
        if (auto adopted = setProposalStatus(s, proposal->id, ProposalStatus::Adopted); !adopted.ok())
            return failWith(adopted.error());
        QTextStream(stdout) << proposal->id << '\n';
        return 0;
    }
    if (command == QLatin1String("implement") && args.size() == 4) {
        const QDate date = QDate::fromString(args.at(3), Qt::ISODate);
        auto done = implementProposal(s, args.at(2).toLongLong(), date);
        if (!done.ok())
            return failWith(done.error());
        QTextStream(stdout) << "implemented " << done->retagged << '\n';
        return 0;
    }
    std::fputs("engdrift-crash-writer: unknown command or wrong arguments\n", stderr);
    return 2;
}
