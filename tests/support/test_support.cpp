#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <csignal>
#include <functional>

#include <sys/resource.h>

namespace engdrift::test {

QString dataDir()
{
    return QStringLiteral(ENGDRIFT_TEST_DATA_DIR);
}

QString sharedDataDir()
{
    return QStringLiteral(ENGDRIFT_SHARED_DATA_DIR);
}

QString writeVectorFile(const QString &path, const QString &driverName, int epsg, const QList<FixtureFeature> &features,
                        const QString &layerName, const QStringList &creationOptions)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData());
    if (!driver)
        return QStringLiteral("no driver ") + driverName;
    std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return QStringLiteral("cannot create ") + path + QStringLiteral(": ") + QString::fromUtf8(CPLGetLastErrorMsg());
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (epsg > 0)
        srs.importFromEPSG(epsg);
    QList<QByteArray> optionBytes;
    for (const QString &o : creationOptions)
        optionBytes << o.toUtf8();
    std::vector<const char *> options;
    for (const QByteArray &o : optionBytes)
        options.push_back(o.constData());
    options.push_back(nullptr);
    // One geometry type for the layer when all features share it (some formats need one).
    OGRwkbGeometryType type = wkbUnknown;
    for (qsizetype i = 0; i < features.size(); ++i) {
        OGRGeometry *g = nullptr;
        const QByteArray wkt = features.at(i).wkt.toUtf8();
        if (wkt.isEmpty() || OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g) != OGRERR_NONE)
            continue;
        const OGRwkbGeometryType t = g->getGeometryType();
        OGRGeometryFactory::destroyGeometry(g);
        type = (i == 0 || t == type) ? t : wkbUnknown;
    }
    if (driverName != QLatin1String("OpenFileGDB") && driverName != QLatin1String("GPKG"))
        type = wkbUnknown;
    else if (type == wkbPolygon && driverName == QLatin1String("OpenFileGDB"))
        type = wkbMultiPolygon;
    OGRLayer *layer = ds->CreateLayer(layerName.toUtf8().constData(), epsg > 0 ? &srs : nullptr, type,
                                      const_cast<char **>(options.data()));
    if (!layer)
        return QStringLiteral("cannot create layer: ") + QString::fromUtf8(CPLGetLastErrorMsg());
    if (!features.isEmpty()) {
        const auto &attributes = features.first().attributes;
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
            OGRFieldType fieldType = OFTString;
            if (it.value().typeId() == QMetaType::Int || it.value().typeId() == QMetaType::LongLong)
                fieldType = OFTInteger;
            else if (it.value().typeId() == QMetaType::Double)
                fieldType = OFTReal;
            OGRFieldDefn field(it.key().toUtf8().constData(), fieldType);
            if (layer->CreateField(&field) != OGRERR_NONE)
                return QStringLiteral("cannot create field ") + it.key();
        }
    }
    for (const FixtureFeature &ff : features) {
        std::unique_ptr<OGRFeature> f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (auto it = ff.attributes.cbegin(); it != ff.attributes.cend(); ++it) {
            const int index = f->GetFieldIndex(it.key().toUtf8().constData());
            if (it.value().typeId() == QMetaType::QByteArray)
                f->SetField(index, it.value().toByteArray().constData()); // raw bytes, e.g. Latin-1
            else if (it.value().typeId() == QMetaType::Int || it.value().typeId() == QMetaType::LongLong)
                f->SetField(index, static_cast<GIntBig>(it.value().toLongLong()));
            else if (it.value().typeId() == QMetaType::Double)
                f->SetField(index, it.value().toDouble());
            else
                f->SetField(index, it.value().toString().toUtf8().constData());
        }
        if (!ff.wkt.isEmpty()) {
            OGRGeometry *g = nullptr;
            const QByteArray wkt = ff.wkt.toUtf8();
            if (OGRGeometryFactory::createFromWkt(wkt.constData(), epsg > 0 ? &srs : nullptr, &g) != OGRERR_NONE)
                return QStringLiteral("bad WKT ") + ff.wkt;
            f->SetGeometryDirectly(g);
        }
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return QStringLiteral("cannot write feature: ") + QString::fromUtf8(CPLGetLastErrorMsg());
    }
    return {};
}

std::unique_ptr<ProjectStore> newProject(const QString &path, const QString &crsText)
{
    auto crs = Crs::fromUserInput(crsText);
    if (!crs.ok())
        return nullptr;
    auto store = createStore(path, *crs, Catalogue::builtIn());
    if (!store.ok())
        return nullptr;
    return std::move(store).value();
}

QString snapshot(const QString &projectPath)
{
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(projectPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        return QStringLiteral("<cannot open>");
    QStringList lines;
    for (const char *table : {"meta", "organisations", "departments", "areas", "care_types", "adoption_events", "imports",
                              "corrections"}) {
        OGRLayer *layer = ds->GetLayerByName(table);
        if (!layer) {
            lines << QStringLiteral("%1 missing").arg(QString::fromLatin1(table));
            continue;
        }
        for (auto &f : *layer) {
            QString line = QString::fromLatin1(table) + QLatin1Char('|') + QString::number(f->GetFID());
            for (int i = 0; i < f->GetFieldCount(); ++i)
                line += QLatin1Char('|') + QString::fromUtf8(f->GetFieldAsString(i));
            if (const OGRGeometry *g = f->GetGeometryRef()) {
                QByteArray wkb(g->WkbSize(), '\0');
                g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
                line += QLatin1Char('|') + QString::fromLatin1(wkb.toHex());
            }
            lines << line;
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines.join(QLatin1Char('\n'));
}

namespace {

CliResult runCliProcess(const QStringList &args, int timeoutMs, const QString &language,
                        const std::function<void()> &childModifier = {})
{
    CliResult result;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ENGDRIFT_LANGUAGE"), language);
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(ENGDRIFT_CLI_PATH));
    process.setArguments(args);
    if (childModifier)
        process.setChildProcessModifier(childModifier);
    process.start();
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("cannot start ") + process.program();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

CliResult runCli(const QStringList &args, int timeoutMs, const QString &language)
{
    return runCliProcess(args, timeoutMs, language);
}

CliResult runCliWithFileSizeLimit(const QStringList &args, int kib)
{
    const rlim_t limit = static_cast<rlim_t>(kib) * 1024;
    return runCliProcess(args, 60000, QStringLiteral("en"), [limit] {
        ::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit r = {limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &r);
    });
}

double differingShare(const QImage &actual, const QImage &expected, int channelTolerance, QImage *diff)
{
    const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
    const QImage b = expected.convertToFormat(QImage::Format_ARGB32);
    if (a.size() != b.size())
        return 1.0;
    if (diff)
        *diff = QImage(a.size(), QImage::Format_ARGB32);
    qint64 different = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        auto *pd = diff ? reinterpret_cast<QRgb *>(diff->scanLine(y)) : nullptr;
        for (int x = 0; x < a.width(); ++x) {
            const bool differs = std::abs(qRed(pa[x]) - qRed(pb[x])) > channelTolerance ||
                                 std::abs(qGreen(pa[x]) - qGreen(pb[x])) > channelTolerance ||
                                 std::abs(qBlue(pa[x]) - qBlue(pb[x])) > channelTolerance;
            different += differs ? 1 : 0;
            if (pd) {
                const int grey = qGray(pb[x]) / 3 + 170;
                pd[x] = differs ? qRgb(255, 0, 0) : qRgb(grey, grey, grey);
            }
        }
    }
    return double(different) / (double(a.width()) * a.height());
}

QString runTool(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace engdrift::test
