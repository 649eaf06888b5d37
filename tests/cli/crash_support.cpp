#include "crash_support.h"

#include "store/project_store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace engdrift::crashtest {

QString cliPath()
{
    return QStringLiteral(ENGDRIFT_CLI_PATH);
}

QString writerPath()
{
    return QStringLiteral(ENGDRIFT_CRASH_WRITER_PATH);
}

void writeSquares(const QString &path, int count)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference srs;
    srs.importFromEPSG(25832);
    OGRLayer *layer = ds->CreateLayer("areas", &srs, wkbPolygon, nullptr);
    OGRFieldDefn code("kode", OFTInteger);
    if (layer->CreateField(&code) != OGRERR_NONE || ds->StartTransaction() != OGRERR_NONE)
        return;
    for (int i = 0; i < count; ++i) {
        const double x = 700000 + (i % 200) * 10.0;
        const double y = 6170000 + (i / 200) * 10.0;
        OGRLinearRing ring;
        ring.addPoint(x, y);
        ring.addPoint(x + 10, y);
        ring.addPoint(x + 10, y + 10);
        ring.addPoint(x, y + 10);
        ring.addPoint(x, y);
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("kode", 102000);
        f.SetGeometry(&polygon);
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            return;
    }
    if (ds->CommitTransaction() != OGRERR_NONE)
        return;
}

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

template <class Version>
QString commonFields(const Version &v, qint64 id)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(v.fid)
        .arg(id)
        .arg(dateText(v.validFrom), dateText(v.validTo), v.department.toString())
        .arg(v.status == AreaStatus::Current ? 0 : 1)
        .arg(v.proposalId ? *v.proposalId : -1);
}

} // namespace

QString storeDigest(const QString &project, QString *error)
{
    auto opened = openStore(project, OpenMode::ReadOnly);
    if (!opened.ok()) {
        if (error)
            *error = opened.errorMessage() + QLatin1Char(' ') + opened.errorDetail();
        return {};
    }
    const ProjectStore &store = **opened;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto line = [&](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData("\n");
    };
    auto failed = [&](const Error &e) {
        if (error)
            *error = e.message + QLatin1Char(' ') + e.detail;
        return QString();
    };
    auto orgs = store.organisations();
    if (!orgs.ok())
        return failed(orgs.error());
    for (const Organisation &o : *orgs)
        line(QStringLiteral("org|%1|%2").arg(o.orgNo).arg(o.name));
    auto depts = store.departments();
    if (!depts.ok())
        return failed(depts.error());
    for (const Department &d : *depts)
        line(QStringLiteral("dept|%1|%2|%3|%4").arg(d.key.toString(), d.name, d.address).arg(d.homes));
    VersionQuery all;
    all.status.reset();
    auto areas = store.areaLayer().forEachWkb(all, [&](const AreaVersion &v, const QByteArray &wkb) {
        QStringList lineage;
        for (qint64 id : v.lineage)
            lineage << QString::number(id);
        line(QStringLiteral("area|%1|%2|%3|%4|%5|%6|%7|%8")
                 .arg(commonFields(v, v.areaId), v.careType, lineage.join(QLatin1Char(',')), v.note)
                 .arg(v.areaM2, 0, 'f', 3)
                 .arg(v.source, v.sourceFid, QString::fromLatin1(wkb.toHex())));
        return true;
    });
    if (!areas.ok())
        return failed(areas.error());
    auto paths = store.pathLayer().forEachWkb(all, [&](const PathVersion &v, const QByteArray &wkb) {
        line(QStringLiteral("path|%1|%2").arg(commonFields(v, v.pathId), QString::fromLatin1(wkb.toHex())));
        return true;
    });
    if (!paths.ok())
        return failed(paths.error());
    auto zones = store.zoneLayer().forEachWkb(all, [&](const ZoneVersion &v, const QByteArray &wkb) {
        line(QStringLiteral("zone|%1|%2|%3|%4")
                 .arg(commonFields(v, v.zoneId))
                 .arg(v.number)
                 .arg(v.name, QString::fromLatin1(wkb.toHex())));
        return true;
    });
    if (!zones.ok())
        return failed(zones.error());
    auto proposals = store.proposals();
    if (!proposals.ok())
        return failed(proposals.error());
    for (const Proposal &p : *proposals)
        line(QStringLiteral("proposal|%1|%2|%3|%4|%5|%6|%7")
                 .arg(p.id)
                 .arg(p.department.toString(), p.name, dateText(p.created), proposalStatusCode(p.status),
                      dateText(p.conversionDate), p.note));
    auto events = store.adoptionEvents();
    if (!events.ok())
        return failed(events.error());
    for (const AdoptionEvent &e : *events)
        line(QStringLiteral("event|%1|%2|%3|%4|%5")
                 .arg(e.department.toString(), dateText(e.date), kindCode(e.kind))
                 .arg(e.proposalId ? *e.proposalId : -1)
                 .arg(e.note));
    auto imports = store.importBatches();
    if (!imports.ok())
        return failed(imports.error());
    for (const ImportBatch &b : *imports)
        line(QStringLiteral("import|%1|%2|%3|%4|%5")
                 .arg(b.id)
                 .arg(b.source, b.department ? b.department->toString() : QString())
                 .arg(b.areas)
                 .arg(b.isUndone() ? 1 : 0));
    auto corrections = store.corrections();
    if (!corrections.ok())
        return failed(corrections.error());
    line(QStringLiteral("corrections|%1").arg(corrections->size()));
    return QString::fromLatin1(hash.result().toHex());
}

QString runSql(const QString &project, const QStringList &statements)
{
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(project.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!ds)
        return QStringLiteral("cannot open ") + project;
    for (const QString &statement : statements) {
        CPLErrorReset();
        OGRLayer *result = ds->ExecuteSQL(statement.toUtf8().constData(), nullptr, nullptr);
        if (result)
            ds->ReleaseResultSet(result);
        if (CPLGetLastErrorType() != CE_None)
            return statement + QStringLiteral(": ") + QString::fromUtf8(CPLGetLastErrorMsg());
    }
    return {};
}

QString fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

ProcessResult run(const QString &program, const QStringList &args, const QStringList &environment,
        const std::function<void()> &childSetup)
{
    ProcessResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENGDRIFT_LANGUAGE"), QStringLiteral("en"));
    for (const QString &setting : environment)
        env.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setProgram(program);
    process.setArguments(args);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("cannot start ") + program;
        return result;
    }
    process.waitForFinished(120000);
    result.elapsedMs = timer.elapsed();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool copyProject(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

qint64 pendingBytes(const QString &project)
{
    qint64 bytes = 0;
    for (const char *suffix : {"-journal", "-wal"}) {
        const QFileInfo info(project + QLatin1String(suffix));
        bytes += info.exists() ? info.size() : 0;
    }
    return bytes;
}

} // namespace engdrift::crashtest
