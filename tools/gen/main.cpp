// engdrift-gen: Engdrift's deterministic data generator. Parses the command line and runs one of
// its modes: the bundled sample project, a national-scale data set, or a self-check of the estate
// generator.

#include "modes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>

using namespace engdrift::gen;

namespace {

QString usage()
{
    return QStringLiteral(
        "engdrift-gen: deterministic synthetic data for Engdrift\n"
        "\n"
        "usage:\n"
        "  engdrift-gen sample --spec SPEC.json --out FILE.engdrift.gpkg [--force]\n"
        "      the sample project described by SPEC (one organisation, its departments and their\n"
        "      history of conversions)\n"
        "  engdrift-gen national [--departments N] [--organisations M] [--seed S]\n"
        "                        --out-project P.engdrift.gpkg [--out-plain-4326 A.gpkg]\n"
        "                        [--out-plain-25832 B.gpkg] [--threads T] [--check] [--force]\n"
        "      N departments (default 7100) of about 560 organisations spread over Denmark, as an\n"
        "      Engdrift project and optionally as plain GeoPackages (layer areas: org_no, dept_no,\n"
        "      care_type) in EPSG:4326 and EPSG:25832\n"
        "  engdrift-gen check [--count N] [--seed S]\n"
        "      draws N estates, checks each tiling with GEOS and prints their statistics\n"
        "\n"
        "The same arguments always give the same data. Outputs are never overwritten unless --force\n"
        "is given. Exit status: 0 success, 1 failure, 2 usage error.\n");
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "engdrift-gen: " << message << "\n\n" << usage();
    return 2;
}

/// Parses the options of one mode; returns -1 when they are fine, else the exit status.
int parse(QCommandLineParser &parser, const QStringList &args, const QList<QCommandLineOption> &options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    parser.addHelpOption();
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("engdrift-gen"));
    if (!parser.parse(withProgram))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << usage();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    return -1;
}

bool toInt(const QString &text, int min, int max, int &value)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    value = v;
    return true;
}

bool toSeed(const QString &text, std::uint64_t &value)
{
    bool ok = false;
    const qulonglong v = text.toULongLong(&ok);
    if (!ok)
        return false;
    value = v;
    return true;
}

QCommandLineOption valueOption(const char *name, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

QCommandLineOption flag(const char *name)
{
    return QCommandLineOption(QString::fromLatin1(name));
}

int sampleMode(const QStringList &args)
{
    QCommandLineParser parser;
    if (int code = parse(parser, args, {valueOption("spec", "FILE"), valueOption("out", "FILE"), flag("force")});
        code >= 0)
        return code;
    SampleOptions options;
    options.specPath = parser.value(QStringLiteral("spec"));
    options.outPath = parser.value(QStringLiteral("out"));
    options.force = parser.isSet(QStringLiteral("force"));
    if (options.specPath.isEmpty() || options.outPath.isEmpty())
        return usageError(QStringLiteral("sample needs --spec and --out"));
    return runSample(options);
}

int nationalMode(const QStringList &args)
{
    QCommandLineParser parser;
    if (int code = parse(parser, args,
                         {valueOption("departments", "N"), valueOption("organisations", "M"), valueOption("seed", "S"),
                          valueOption("out-project", "FILE"), valueOption("out-plain-4326", "FILE"),
                          valueOption("out-plain-25832", "FILE"), valueOption("threads", "T"), flag("check"),
                          flag("force")});
        code >= 0)
        return code;
    NationalOptions options;
    if (parser.isSet(QStringLiteral("departments")) &&
        !toInt(parser.value(QStringLiteral("departments")), 1, 200000, options.departments))
        return usageError(QStringLiteral("--departments wants a number from 1 to 200000"));
    if (parser.isSet(QStringLiteral("organisations")) &&
        !toInt(parser.value(QStringLiteral("organisations")), 1, 100000, options.organisations))
        return usageError(QStringLiteral("--organisations wants a number from 1 to 100000"));
    if (parser.isSet(QStringLiteral("seed")) && !toSeed(parser.value(QStringLiteral("seed")), options.seed))
        return usageError(QStringLiteral("--seed wants a non-negative integer"));
    if (parser.isSet(QStringLiteral("threads")) && !toInt(parser.value(QStringLiteral("threads")), 1, 64, options.threads))
        return usageError(QStringLiteral("--threads wants a number from 1 to 64"));
    options.projectPath = parser.value(QStringLiteral("out-project"));
    options.plain4326Path = parser.value(QStringLiteral("out-plain-4326"));
    options.plain25832Path = parser.value(QStringLiteral("out-plain-25832"));
    options.check = parser.isSet(QStringLiteral("check"));
    options.force = parser.isSet(QStringLiteral("force"));
    if (options.projectPath.isEmpty())
        return usageError(QStringLiteral("national needs --out-project"));
    return runNational(options);
}

int checkMode(const QStringList &args)
{
    QCommandLineParser parser;
    if (int code = parse(parser, args, {valueOption("count", "N"), valueOption("seed", "S")}); code >= 0)
        return code;
    CheckOptions options;
    if (parser.isSet(QStringLiteral("count")) && !toInt(parser.value(QStringLiteral("count")), 1, 1000000, options.count))
        return usageError(QStringLiteral("--count wants a positive number"));
    if (parser.isSet(QStringLiteral("seed")) && !toSeed(parser.value(QStringLiteral("seed")), options.seed))
        return usageError(QStringLiteral("--seed wants a non-negative integer"));
    return runCheck(options);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("engdrift-gen"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty())
        return usageError(QStringLiteral("no mode given"));
    const QString mode = args.takeFirst();
    if (mode == QLatin1String("--help") || mode == QLatin1String("-h") || mode == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return 0;
    }
    if (mode == QLatin1String("sample"))
        return sampleMode(args);
    if (mode == QLatin1String("national"))
        return nationalMode(args);
    if (mode == QLatin1String("check"))
        return checkMode(args);
    return usageError(QStringLiteral("unknown mode \"%1\"").arg(mode));
}
