#include "project_dump.h"

#include "model/zone_version.h"
#include "util/dates.h"

#include <QSet>

#include <algorithm>

namespace engdrift::test {
namespace {

QString text(const QDate &date)
{
    return date.isValid() ? isoDate(date) : QStringLiteral("open");
}

QString text(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

QString text(const std::optional<qint64> &id)
{
    return id ? QString::number(*id) : QStringLiteral("-");
}

QString text(double value)
{
    return QString::number(value, 'g', 17);
}

QString text(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

/// Text that keeps its line: newlines and the separator escaped.
QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    q.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString extentText(const QRectF &r)
{
    if (r.isNull())
        return QStringLiteral("none");
    return QStringLiteral("%1,%2,%3,%4")
        .arg(r.left(), 0, 'f', 4)
        .arg(r.top(), 0, 'f', 4)
        .arg(r.right(), 0, 'f', 4)
        .arg(r.bottom(), 0, 'f', 4);
}

QString statusText(AreaStatus s)
{
    return s == AreaStatus::Proposed ? QStringLiteral("proposed") : QStringLiteral("current");
}

QString common(const char *kind, qint64 fid, qint64 id, const QDate &from, const QDate &to, const DepartmentKey &dept,
               AreaStatus status, const std::optional<qint64> &proposal)
{
    // fid padded so that the sorted lines go by fid
    return QStringLiteral("%1 fid=%2 id=%3 %4..%5 dept=%6 %7 proposal=%8")
        .arg(QLatin1String(kind))
        .arg(fid, 12, 10, QLatin1Char('0'))
        .arg(id)
        .arg(text(from), text(to), dept.toString(), statusText(status), text(proposal));
}

QString line(const AreaVersion &v)
{
    return common("area", v.fid, v.areaId, v.validFrom, v.validTo, v.department, v.status, v.proposalId) +
           QStringLiteral(" care=%1 lineage=%2 note=%3 m2=%4 source=%5 source_fid=%6 import=%7 condition=%8")
               .arg(v.careType, text(v.lineage), quoted(v.note), text(v.areaM2), quoted(v.source), quoted(v.sourceFid),
                    text(v.importId), v.condition ? conditionCode(*v.condition) : QStringLiteral("-"));
}

QString line(const PathVersion &v)
{
    return common("path", v.fid, v.pathId, v.validFrom, v.validTo, v.department, v.status, v.proposalId) +
           QStringLiteral(" kind=%1 width=%2 length=%3 note=%4")
               .arg(pathKindCode(v.kind), text(v.widthM), text(v.lengthM), quoted(v.note));
}

QString line(const ZoneVersion &v)
{
    return common("zone", v.fid, v.zoneId, v.validFrom, v.validTo, v.department, v.status, v.proposalId) +
           QStringLiteral(" no=%1 name=%2 care=%3 overrides=%4 m2=%5 note=%6")
               .arg(v.number)
               .arg(quoted(v.name), v.careType, quoted(seasonOverridesToJson(v.overrides)), text(v.areaM2), quoted(v.note));
}

template <class Version>
void dumpLayer(const TemporalLayer<Version> &layer, const char *kind, QStringList &lines)
{
    VersionQuery all;
    all.status.reset();
    all.ordered = false;
    auto done = layer.forEachWkb(all, [&](const Version &v, const QByteArray &wkb) {
        // Who wrote and who ended each version, and when (schema 6 and 8).
        lines << line(v) +
                     QStringLiteral(" changed_by=%1 changed_at=%2 closed_by=%3 closed_at=%4")
                         .arg(quoted(v.changedBy), text(v.changedAt), quoted(v.closedBy), text(v.closedAt)) +
                     QStringLiteral(" wkb=") + QString::fromLatin1(wkb.toHex());
        return true;
    });
    if (!done.ok())
        lines << QStringLiteral("ERROR reading the %1: %2").arg(QLatin1String(kind), done.errorMessage());
}

template <class T>
bool take(const Result<T> &result, const char *what, QStringList &lines)
{
    if (!result.ok())
        lines << QStringLiteral("ERROR reading %1: %2").arg(QLatin1String(what), result.errorMessage());
    return result.ok();
}

} // namespace

QStringList projectDump(const ProjectStore &store)
{
    QStringList lines;
    lines << QStringLiteral("crs %1 %2").arg(store.crs().authId(), store.crs().wkt());
    lines << QStringLiteral("catalogue %1 %2").arg(store.catalogue().id(), QString::fromUtf8(store.catalogue().json().toHex()));
    if (auto created = store.createdStamp(); take(created, "the created stamp", lines))
        lines << QStringLiteral("created %1").arg(*created);
    if (auto summary = store.summary(QDate(2000, 1, 1)); take(summary, "the summary", lines))
        lines << QStringLiteral("schema %1").arg(summary->schemaVersion);
    if (auto orgs = store.organisations(); take(orgs, "the organisations", lines)) {
        for (const Organisation &o : *orgs)
            lines << QStringLiteral("organisation %1 %2").arg(o.orgNo).arg(quoted(o.name));
    }
    if (auto depts = store.departments(); take(depts, "the departments", lines)) {
        for (const Department &d : *depts)
            lines << QStringLiteral("department %1 name=%2 address=%3 homes=%4 extent=%5 significance=%6")
                         .arg(d.key.toString(), quoted(d.name), quoted(d.address))
                         .arg(d.homes)
                         .arg(extentText(d.extent), significanceCode(d.strategicSignificance));
    }
    dumpLayer(store.areaLayer(), "areas", lines);
    dumpLayer(store.pathLayer(), "paths", lines);
    dumpLayer(store.zoneLayer(), "mowing zones", lines);
    if (auto proposals = store.proposals(); take(proposals, "the proposals", lines)) {
        for (const Proposal &p : *proposals)
            lines << QStringLiteral("proposal %1 dept=%2 name=%3 created=%4 status=%5 conversion=%6 note=%7")
                         .arg(p.id)
                         .arg(p.department.toString(), quoted(p.name), text(p.created), proposalStatusCode(p.status),
                              text(p.conversionDate), quoted(p.note));
    }
    if (auto events = store.adoptionEvents(); take(events, "the adoption events", lines)) {
        for (const AdoptionEvent &e : *events) {
            const QString votes = e.votes ? QStringLiteral("%1/%2/%3 of %4")
                                                .arg(e.votes->votesFor)
                                                .arg(e.votes->votesAgainst)
                                                .arg(e.votes->votesBlank)
                                                .arg(e.votes->households)
                                          : QStringLiteral("-");
            lines << QStringLiteral("event %1 dept=%2 date=%3 kind=%4 body=%5 votes=%6 scheme=%7 proposal=%8 minutes=%9 note=%10")
                         .arg(e.id)
                         .arg(e.department.toString(), text(e.date), kindCode(e.kind), bodyCode(e.body), votes,
                              quoted(e.scheme), text(e.proposalId), quoted(e.minutesRef))
                         .arg(quoted(e.note));
        }
    }
    if (auto batches = store.importBatches(); take(batches, "the imports", lines)) {
        for (const ImportBatch &b : *batches) {
            QStringList created;
            for (const DepartmentKey &k : b.departmentsCreated)
                created << k.toString();
            QStringList orgs;
            for (int o : b.organisationsCreated)
                orgs << QString::number(o);
            lines << QStringLiteral("import %1 at=%2 source=%3 path=%4 layer=%5 dept=%6 from=%7 field=%8 areas=%9 m2=%10 "
                                    "created=%11 orgs=%12 undone=%13")
                         .arg(b.id)
                         .arg(text(b.importedAt), quoted(b.source), quoted(b.sourcePath), quoted(b.layer),
                              b.department ? b.department->toString() : QStringLiteral("-"), text(b.validFrom),
                              quoted(b.validFromField))
                         .arg(b.areas)
                         .arg(text(b.areaM2), created.join(QLatin1Char(',')), orgs.join(QLatin1Char(',')), text(b.undoneAt));
        }
    }
    if (auto corrections = store.corrections(); take(corrections, "the corrections", lines)) {
        for (const Correction &c : *corrections)
            lines << QStringLiteral("correction %1 dept=%2 kind=%3 old=%4 new=%5 rows=%6 at=%7 note=%8")
                         .arg(c.id)
                         .arg(c.department.toString(), c.kind, quoted(c.oldValue), quoted(c.newValue))
                         .arg(c.rows)
                         .arg(text(c.madeAt), quoted(c.note));
    }
    if (auto settings = store.settings(); take(settings, "the settings", lines)) {
        for (auto it = settings->cbegin(); it != settings->cend(); ++it)
            lines << QStringLiteral("setting %1 = %2").arg(it.key(), quoted(it.value()));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

QString dumpDifference(const QStringList &a, const QStringList &b, int limit)
{
    const QSet<QString> inA(a.cbegin(), a.cend());
    const QSet<QString> inB(b.cbegin(), b.cend());
    QStringList out;
    for (const QString &l : a) {
        if (!inB.contains(l) && out.size() < limit)
            out << QStringLiteral("- ") + l.left(400);
    }
    for (const QString &l : b) {
        if (!inA.contains(l) && out.size() < limit)
            out << QStringLiteral("+ ") + l.left(400);
    }
    if (out.isEmpty() && a.size() != b.size())
        out << QStringLiteral("the same lines, %1 and %2 times").arg(a.size()).arg(b.size());
    return out.join(QLatin1Char('\n'));
}

} // namespace engdrift::test
