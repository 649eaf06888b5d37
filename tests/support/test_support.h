#pragma once
// Helpers shared by the tests: temporary folders, fixture files written with GDAL, a snapshot of
// a project's whole content, and running engdrift-cli. Test-only: never linked into the program.

#include "catalogue/catalogue.h"
#include "store/project_store.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

#include <ostream>

/// Lets GoogleTest print QStrings readably.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace engdrift::test {

QString dataDir();        ///< tests/data
QString sharedDataDir();  ///< ../shared/data

/// A feature of a fixture file: geometry as WKT plus attributes.
struct FixtureFeature
{
    QString wkt;
    QMap<QString, QVariant> attributes;
};

/// Writes a vector file with GDAL. epsg 0 writes no CRS. Attribute types follow the first feature's
/// QVariant types (int, double, string). Returns an error text, empty on success.
QString writeVectorFile(const QString &path, const QString &driver, int epsg, const QList<FixtureFeature> &features,
                        const QString &layerName = QStringLiteral("areas"),
                        const QStringList &creationOptions = {});

/// A fresh project at `path` with the built-in catalogue, in EPSG:25832 or the given CRS.
std::unique_ptr<ProjectStore> newProject(const QString &path, const QString &crs = QStringLiteral("EPSG:25832"));

/// Everything a project holds, as text: one line per row of each Engdrift table (geometry as WKB
/// hex), sorted. Two equal snapshots mean the project did not change.
QString snapshot(const QString &projectPath);

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;
};

/// Runs engdrift-cli with the arguments, waiting at most timeoutMs, speaking `language` (da or en).
CliResult runCli(const QStringList &args, int timeoutMs = 60000, const QString &language = QStringLiteral("en"));
/// Runs engdrift-cli (in English) with a file size limit of `kib` KiB (RLIMIT_FSIZE, as `ulimit -f`
/// sets it): writes beyond it fail with EFBIG, as on a full disk (SIGXFSZ is ignored, so the
/// program sees the failure instead of being killed).
CliResult runCliWithFileSizeLimit(const QStringList &args, int kib);

/// The share of pixels of `actual` that differ from `expected` by more than `channelTolerance` in a
/// colour channel; `diff` (if given) shows them red on a pale copy of `expected`. Sizes must agree.
double differingShare(const QImage &actual, const QImage &expected, int channelTolerance, QImage *diff = nullptr);

/// Runs a program (a command-line tool such as pdftotext) and returns its standard output; `ok`
/// says whether it ran and exited 0.
QString runTool(const QString &program, const QStringList &arguments, bool *ok = nullptr);

} // namespace engdrift::test
