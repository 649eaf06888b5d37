// Fuzz target: a file handed to Import (File → Import…, engdrift-cli import) into a fresh project.
//
// Input: a header line, then the file's bytes, then optionally sibling files of the same name:
//   <ext>[ key=value ...]\n<bytes>[\n--engdrift-fuzz-file: <ext>\n<bytes>]...
// <ext> is one of the extensions the import dialog offers (geojson json gpkg shp zip gml kml dxf
// fgb osm pbf csv tsv; anything else is written as .dat, for GDAL to recognise by content). A
// Shapefile is `shp` with `shx`, `dbf` (and `prj`, `cpg`) siblings. The keys choose the import's
// options: layer=NAME, org=FIELD and dept=FIELD (the department from fields; otherwise every area
// into 1/001), care=FIELD, from=FIELD (each area's start date), crs=EPSG:NNNN (assumed CRS; default
// EPSG:25832), map=1 (a care-type mapping from the sibling `mapcsv`).
// The import dialog's preview (layers, fields, first rows) runs first, as in the program.

#include "fuzz_support.h"

#include "io/vector_import.h"
#include "io/vector_source.h"

#include <QFileInfo>
#include <QList>
#include <QSet>

using namespace engdrift;

namespace {

const QByteArray kMarker = QByteArrayLiteral("\n--engdrift-fuzz-file: ");

const QSet<QByteArray> &knownExtensions()
{
    static const QSet<QByteArray> set{"geojson", "json", "gpkg", "shp", "shx", "dbf", "prj", "cpg", "zip", "gml",
                                      "xsd",     "gfs",  "kml",  "dxf", "fgb", "osm", "pbf", "csv", "tsv", "mapcsv"};
    return set;
}

QByteArray extensionOf(const QByteArray &word)
{
    const QByteArray lower = word.trimmed().toLower();
    return knownExtensions().contains(lower) ? lower : QByteArrayLiteral("dat");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    fuzz::fixtureProjectPath(); // made once, before the first input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0 || newline > 200)
        return -1; // not in the harness's format: not added to the corpus
    const QList<QByteArray> header = input.left(newline).split(' ');
    QByteArray rest = input.mid(newline + 1);

    ImportOptions options;
    options.assumeCrs = QStringLiteral("EPSG:25832");
    options.validFrom = QDate(2024, 1, 1);
    bool useMapping = false;
    for (qsizetype i = 1; i < header.size(); ++i) {
        const qsizetype eq = header[i].indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = header[i].left(eq);
        const QString value = QString::fromUtf8(header[i].mid(eq + 1));
        if (key == "layer")
            options.layer = value;
        else if (key == "org")
            options.orgField = value;
        else if (key == "dept")
            options.deptField = value;
        else if (key == "care")
            options.careField = value;
        else if (key == "from")
            options.validFromField = value;
        else if (key == "crs")
            options.assumeCrs = value;
        else if (key == "map")
            useMapping = true;
    }
    if (options.orgField.isEmpty() && options.deptField.isEmpty()) {
        options.department = DepartmentKey{1, 1};
        options.departmentName = QStringLiteral("Fuzz");
    }

    // The files: the main one and its siblings.
    const QString dir = fuzz::freshDir();
    const QString base = dir + QStringLiteral("/input.");
    QByteArray extension = extensionOf(header.value(0));
    while (true) {
        const qsizetype next = rest.indexOf(kMarker);
        const QByteArray content = next < 0 ? rest : rest.left(next);
        const QString path = base + QString::fromLatin1(extension == "mapcsv" ? QByteArrayLiteral("map.csv") : extension);
        if (options.sourcePath.isEmpty())
            options.sourcePath = path;
        if (!QFileInfo::exists(path))
            fuzz::writeFile(path, content);
        if (next < 0)
            break;
        rest = rest.mid(next + kMarker.size());
        const qsizetype end = rest.indexOf('\n');
        if (end < 0)
            break;
        extension = extensionOf(rest.left(end));
        rest = rest.mid(end + 1);
    }
    if (useMapping) {
        options.careMapFile = base + QStringLiteral("map.csv");
        if (options.careField.isEmpty())
            options.careField = QStringLiteral("care_type");
    }

    // What the import dialog shows before importing.
    {
        auto source = VectorSource::open(options.sourcePath);
        if (!source.ok()) {
            // The import would stop at the same place (it opens the source the same way): spare
            // the copy of the project.
            (void)source.errorMessage();
            return 0;
        }
        const QList<SourceLayerInfo> layers = (*source)->layers();
        (void)(*source)->displayName();
        (void)(*source)->driverName();
        if (auto chosen = (*source)->chooseLayer(options.layer); chosen.ok())
            (void)(*source)->describe(*chosen);
        (void)(*source)->sampleRows(options.layer, 5);
    }

    // The import itself, into a fresh project.
    auto store = fuzz::fixtureCopy(dir);
    auto report = importVectorFile(*store, options);
    if (report.ok())
        (void)report->describe();
    else
        (void)report.errorMessage();
    return 0;
}
