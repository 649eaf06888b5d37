// Checking a project and rebuilding what can be rebuilt: see project_check.h.

#include "store/project_check.h"

#include "store/project_audit.h"

#include "store/project_store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace engdrift {
namespace {

struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCheck)
};

/// Per table and kind of finding, at most this many versions are named; the rest are counted.
constexpr int kNamed = 20;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : CheckText::tr("open");
}

struct Row
{
    qint64 fid = 0;
    qint64 id = 0;
    QDate from;
    QDate to;
};

struct LayerCounts
{
    QHash<QString, int> byKind;
    QHash<QString, int> beyond;
    bool named(const QString &kind)
    {
        if (++byKind[kind] <= kNamed)
            return true;
        ++beyond[kind];
        return false;
    }
};

template <class Version>
Result<qint64> checkLayer(const TemporalLayer<Version> &layer, const QString &table, const QString &idWord,
                          const QSet<qint64> &proposals, const QSet<DepartmentKey> &departments,
                          QHash<DepartmentKey, QRectF> *boxes, QList<CheckFinding> &findings)
{
    qint64 count = 0;
    std::vector<Row> current;
    LayerCounts counts;
    auto add = [&](const QString &check, const Version &v, const QString &message) {
        if (!counts.named(check))
            return;
        CheckFinding f;
        f.check = check;
        f.table = table;
        f.fid = v.fid;
        f.id = VersionTraits<Version>::id(v);
        f.validFrom = v.validFrom;
        f.validTo = v.validTo;
        f.message = message;
        findings << f;
    };
    VersionQuery query;
    query.status.reset(); // current and planned
    query.ordered = false;
    auto read = layer.forEach(query, true, [&](const Version &v, const Geometry *geometry) {
        ++count;
        if (!geometry || geometry->isNull() || geometry->isEmpty())
            add(QStringLiteral("geometry"), v, CheckText::tr("the version has no shape"));
        else if (!geometry->isValid())
            add(QStringLiteral("geometry"), v, CheckText::tr("the shape is not valid: %1").arg(geometry->invalidReason()));
        if (!v.validFrom.isValid())
            add(QStringLiteral("temporal"), v, CheckText::tr("the version has no valid_from"));
        else if (v.validTo.isValid() && v.validTo <= v.validFrom)
            add(QStringLiteral("temporal"), v,
                CheckText::tr("valid_to (%1) is not after valid_from (%2)").arg(dateText(v.validTo), dateText(v.validFrom)));
        if (v.status == AreaStatus::Proposed) {
            if (!v.proposalId)
                add(QStringLiteral("proposal"), v, CheckText::tr("the planned version belongs to no proposal"));
            else if (!proposals.contains(*v.proposalId))
                add(QStringLiteral("proposal"), v,
                    CheckText::tr("the planned version belongs to proposal %1, which does not exist").arg(*v.proposalId));
        } else {
            current.push_back(Row{v.fid, VersionTraits<Version>::id(v), v.validFrom, v.validTo});
        }
        if (!departments.contains(v.department))
            add(QStringLiteral("department"), v,
                CheckText::tr("the version's department %1 does not exist").arg(v.department.toString()));
        if (boxes && geometry && !geometry->isNull() && !geometry->isEmpty()) {
            QRectF &box = (*boxes)[v.department];
            box = box.isNull() ? geometry->envelope() : box.united(geometry->envelope());
        }
        return true;
    });
    if (!read.ok())
        return read.error();

    // No id with two current versions valid on one date.
    std::sort(current.begin(), current.end(), [](const Row &a, const Row &b) {
        return a.id != b.id ? a.id < b.id : a.from < b.from;
    });
    for (std::size_t i = 1; i < current.size(); ++i) {
        const Row &a = current[i - 1];
        const Row &b = current[i];
        if (a.id != b.id || !a.from.isValid() || !b.from.isValid())
            continue;
        if (!a.to.isValid() || a.to > b.from) {
            if (!counts.named(QStringLiteral("overlap")))
                continue;
            CheckFinding f;
            f.check = QStringLiteral("temporal");
            f.table = table;
            f.fid = b.fid;
            f.id = b.id;
            f.validFrom = b.from;
            f.validTo = b.to;
            f.message = CheckText::tr("%1 %2 has two current versions valid on %3: row %4 (%5 to %6) and row %7 (%8 to %9)")
                            .arg(idWord)
                            .arg(b.id)
                            .arg(dateText(b.from))
                            .arg(a.fid)
                            .arg(dateText(a.from), dateText(a.to))
                            .arg(b.fid)
                            .arg(dateText(b.from), dateText(b.to));
            findings << f;
        }
    }
    for (auto it = counts.beyond.constBegin(); it != counts.beyond.constEnd(); ++it) {
        CheckFinding f;
        f.check = it.key() == QLatin1String("overlap") ? QStringLiteral("temporal") : it.key();
        f.table = table;
        f.message = CheckText::tr("and %1 more versions with findings of this kind (%2)").arg(it.value()).arg(it.key());
        findings << f;
    }
    return count;
}

/// True when `outer` holds `inner`, give or take float precision (the extents are read from the
/// R-tree, whose boxes are 32-bit floats rounded outwards).
bool holds(const QRectF &outer, const QRectF &inner)
{
    auto tol = [](double v) { return std::max(1e-3, std::abs(v) * 4.0e-7); };
    return outer.left() <= inner.left() + tol(inner.left()) && outer.top() <= inner.top() + tol(inner.top()) &&
           outer.right() >= inner.right() - tol(inner.right()) && outer.bottom() >= inner.bottom() - tol(inner.bottom());
}

} // namespace

qint64 CheckReport::repairable() const
{
    return std::count_if(findings.begin(), findings.end(), [](const CheckFinding &f) { return f.repairable; });
}

Result<CheckReport> checkStore(const ProjectStore &store)
{
    CheckReport report;
    report.location = store.path();
    report.opened = true;
    auto storage = store.checkStorage();
    if (!storage.ok())
        return storage.error();
    report.findings = *storage;

    auto proposals = store.proposals();
    if (!proposals.ok())
        return proposals.error();
    QSet<qint64> proposalIds;
    for (const Proposal &p : *proposals)
        proposalIds.insert(p.id);
    auto departments = store.departments();
    if (!departments.ok())
        return departments.error();
    report.departments = departments->size();
    QSet<DepartmentKey> keys;
    for (const Department &d : *departments)
        keys.insert(d.key);

    QHash<DepartmentKey, QRectF> boxes;
    auto areas = checkLayer(store.areaLayer(), QStringLiteral("areas"), CheckText::tr("area"), proposalIds, keys, &boxes,
                            report.findings);
    if (!areas.ok())
        return areas.error();
    report.areaVersions = *areas;
    auto paths = checkLayer(store.pathLayer(), QStringLiteral("paths"), CheckText::tr("path"), proposalIds, keys, nullptr,
                            report.findings);
    if (!paths.ok())
        return paths.error();
    report.pathVersions = *paths;
    auto zones = checkLayer(store.zoneLayer(), QStringLiteral("mowing_zones"), CheckText::tr("zone"), proposalIds, keys,
                            nullptr, report.findings);
    if (!zones.ok())
        return zones.error();
    report.zoneVersions = *zones;

    // Each department's stored extent holds the boxes of every area it has had.
    for (const Department &d : *departments) {
        if (!boxes.contains(d.key))
            continue; // no areas: any extent (or none) will do
        const QRectF box = boxes.value(d.key);
        if (d.extent.isNull() || !holds(d.extent, box)) {
            CheckFinding f;
            f.check = QStringLiteral("extent");
            f.table = QStringLiteral("departments");
            f.message = CheckText::tr("the stored extent of department %1 (%2) does not hold its areas (%3)")
                            .arg(d.key.toString(),
                                 d.extent.isNull() ? CheckText::tr("none")
                                                   : QStringLiteral("%1, %2 - %3, %4")
                                                         .arg(d.extent.left(), 0, 'f', 2)
                                                         .arg(d.extent.top(), 0, 'f', 2)
                                                         .arg(d.extent.right(), 0, 'f', 2)
                                                         .arg(d.extent.bottom(), 0, 'f', 2),
                                 QStringLiteral("%1, %2 - %3, %4")
                                     .arg(box.left(), 0, 'f', 2)
                                     .arg(box.top(), 0, 'f', 2)
                                     .arg(box.right(), 0, 'f', 2)
                                     .arg(box.bottom(), 0, 'f', 2));
            f.repairable = true;
            report.findings << f;
        }
    }
    // Care types in use that the project's catalogue lacks (store/project_audit.h; the versions'
    // own overlaps are the "temporal" findings above).
    auto audit = auditProject(store);
    if (!audit.ok())
        return audit.error();
    for (const QString &sentence : audit->unknownCareTypes) {
        CheckFinding f;
        f.check = QStringLiteral("catalogue");
        f.table = QStringLiteral("areas");
        f.message = sentence;
        report.findings << f;
    }
    return report;
}

CheckReport checkProject(const QString &location)
{
    auto store = openStore(location, OpenMode::ReadOnly);
    if (store.ok()) {
        auto checked = checkStore(**store);
        if (checked.ok())
            return *checked;
        CheckReport report;
        report.location = location;
        report.opened = true;
        CheckFinding f;
        f.check = QStringLiteral("open");
        f.message = CheckText::tr("the project could not be read to the end: %1").arg(checked.errorMessage());
        report.findings << f;
        return report;
    }
    CheckReport report;
    report.location = location;
    CheckFinding f;
    f.check = QStringLiteral("open");
    f.message = store.errorMessage();
    report.findings << f;
    // What the storage checks can still tell of a project that does not open.
    if (auto storage = checkStorageAt(location); storage.ok())
        report.findings << *storage;
    return report;
}

Result<RepairReport> repairProject(ProjectStore &store)
{
    RepairReport report;
    auto before = checkStore(store);
    if (!before.ok())
        return before.error();
    report.before = *before;
    if (report.before.repairable() > 0) {
        auto transaction = store.begin();
        if (!transaction.ok())
            return transaction.error();
        auto rebuilt = store.rebuildDerived(report.before.findings);
        if (!rebuilt.ok())
            return rebuilt.error(); // the transaction rolls back
        if (auto committed = transaction->commit(); !committed.ok())
            return committed.error();
        report.repaired = *rebuilt;
    }
    auto after = checkStore(store);
    if (!after.ok())
        return after.error();
    report.after = *after;
    return report;
}

} // namespace engdrift
