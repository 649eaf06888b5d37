#pragma once
// The subcommands of engdrift-cli. Each takes its arguments (without the program and subcommand
// names) and returns the exit code: 0 success, 1 bad input, 2 usage error.

#include <QStringList>

namespace engdrift::cli {

enum ExitCode { Success = 0, BadInput = 1, UsageError = 2 };

int runNew(const QStringList &args);
int runImport(const QStringList &args);
int runInfo(const QStringList &args);
int runAreas(const QStringList &args);
int runStats(const QStringList &args);
int runTag(const QStringList &args);
int runRender(const QStringList &args);

/// The overview of all subcommands.
QString usage();

} // namespace engdrift::cli
