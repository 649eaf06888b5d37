#include "edit/edit_conflicts.h"

#include "geometry/geometry.h"
#include "store/project_store.h"
#include "util/dates.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace engdrift {
namespace {

struct ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(EditConflicts)
};

/// The shapes differ by more than a millimetre somewhere (the same WKB is the same shape).
bool shapeDiffers(const QByteArray &readWkb, const Geometry &now)
{
    if (now.isNull())
        return false;
    const QByteArray nowWkb = now.toWkb();
    if (nowWkb == readWkb)
        return false;
    auto read = Geometry::fromWkb(readWkb);
    if (!read.ok())
        return true;
    return !read->equalsExact(now, 0.001);
}

QString idWords(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

QString careName(const ProjectStore &store, const QString &code)
{
    const QString name = store.catalogue().careTypeName(code, currentLanguage());
    return name.isEmpty() ? code : name;
}

QString changeWords(const ProjectStore &store, const AreaChanges &changes, const QString &fromCare, const QString &toCare)
{
    QStringList parts;
    if (changes.careType)
        parts << ConflictText::tr("care type %1 → %2").arg(careName(store, fromCare), careName(store, toCare));
    if (changes.shape)
        parts << ConflictText::tr("shape changed");
    if (changes.note)
        parts << ConflictText::tr("note changed");
    if (changes.condition)
        parts << ConflictText::tr("condition changed");
    if (changes.ended)
        parts << ConflictText::tr("area ended");
    return parts.join(QStringLiteral(", "));
}

/// "12-005 Engparken" (the number alone when the department has no name).
QString departmentWords(const DepartmentKey &key, const QString &name)
{
    return name.isEmpty() ? key.toString() : QStringLiteral("%1 %2").arg(key.toString(), name);
}

} // namespace

QString editorAndTime(const QString &changedBy, const QDateTime &changedAt)
{
    const QString who = changedBy.isEmpty() ? ConflictText::tr("an unknown editor") : changedBy;
    if (!changedAt.isValid())
        return ConflictText::tr("%1 (time unknown)").arg(who);
    return ConflictText::tr("%1 on %2 UTC").arg(who, changedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void phraseAreaConflict(const ProjectStore &store, AreaConflict &c)
{
    QString what;
    if (c.theirs.ended) {
        if (!c.successorIds.isEmpty() && c.merged)
            what = ConflictText::tr("merged into area %1 on %2").arg(idWords(c.successorIds), isoDate(c.theirDate));
        else if (!c.successorIds.isEmpty())
            what = ConflictText::tr("split into areas %1 on %2").arg(idWords(c.successorIds), isoDate(c.theirDate));
        else
            what = ConflictText::tr("area ended on %1").arg(isoDate(c.theirDate));
    } else if (c.theirs.any()) {
        what = ConflictText::tr("%1 from %2")
                   .arg(changeWords(store, c.theirs, c.careType, c.theirCareType), isoDate(c.theirDate));
    } else {
        what = ConflictText::tr("a new version from %1").arg(isoDate(c.theirDate));
    }
    c.whatChanged = what;
    c.byWhom = editorAndTime(c.changedBy, c.changedAt);
    const QString department = departmentWords(c.department, c.departmentName);
    c.message = ConflictText::tr("Area %1 (department %2, %3) was changed by someone else after you read it: %4, by %5.")
                    .arg(c.areaId)
                    .arg(department, careName(store, c.careType), what, c.byWhom);
    if (c.mine.any()) {
        c.message += QLatin1Char(' ') + ConflictText::tr("Your edit from %1: %2.")
                                            .arg(isoDate(c.date), changeWords(store, c.mine, c.careType, c.myCareType));
    }
}

Result<AreaConflict> describeAreaConflict(const ProjectStore &store, const AreaShape &read, const QDate &readValidTo,
                                          const QDate &date)
{
    const AreaVersion &was = read.version;
    AreaConflict c;
    c.areaId = was.areaId;
    c.department = was.department;
    c.careType = was.careType;
    c.date = date;
    c.readFrom = was.validFrom;
    if (auto department = store.department(was.department); department.ok() && department->has_value())
        c.departmentName = (*department)->name;

    AreaQuery query;
    query.ids = {was.areaId};
    auto stored = store.areas(query);
    if (!stored.ok())
        return stored.error();
    const AreaVersion *same = nullptr;
    const AreaVersion *successor = nullptr;
    for (const AreaVersion &v : *stored) {
        if (v.fid == was.fid) {
            same = &v;
            continue;
        }
        if (v.validFrom < was.validFrom || (readValidTo.isValid() && v.validFrom >= readValidTo))
            continue;
        if (!successor || v.validFrom < successor->validFrom)
            successor = &v;
    }
    if (successor) {
        c.theirDate = successor->validFrom;
        c.theirs.careType = successor->careType != was.careType;
        c.theirCareType = successor->careType;
        c.theirs.note = successor->note != was.note;
        c.theirs.condition = successor->condition != was.condition;
        auto now = store.areaGeometry(successor->fid);
        if (!now.ok())
            return now.error();
        c.theirs.shape = !read.wkb.isEmpty() && shapeDiffers(read.wkb, *now); // empty: the shape read is not known
        c.changedBy = successor->changedBy;
        c.changedAt = successor->changedAt;
    } else {
        // No version takes over inside what was read: the area ends (retired, split or merged).
        c.theirs.ended = true;
        c.theirDate = same && same->validTo.isValid() ? same->validTo : was.validFrom;
        if (same) { // who closed it (schema 8); the successors' writer stands in for older rows
            c.changedBy = same->closedBy;
            c.changedAt = same->closedAt;
        }
        AreaQuery after;
        after.at = c.theirDate;
        after.department = was.department;
        after.ordered = false;
        auto around = store.areas(after);
        if (!around.ok())
            return around.error();
        for (const AreaVersion &v : *around) {
            if (v.lineage.contains(was.areaId) && v.validFrom == c.theirDate) {
                c.successorIds << v.areaId;
                c.merged = v.lineage.size() > 1;
                const bool closerKnown = same && same->closedAt.isValid();
                if (!closerKnown && (!c.changedAt.isValid() || v.changedAt > c.changedAt)) {
                    c.changedBy = v.changedBy;
                    c.changedAt = v.changedAt;
                }
            }
        }
        std::sort(c.successorIds.begin(), c.successorIds.end());
        if (c.successorIds.size() > 1)
            c.merged = false;
    }
    phraseAreaConflict(store, c);
    return c;
}

Result<PathConflict> describePathConflict(const ProjectStore &store, const PathVersion &read, const QDate &readValidTo,
                                          const QDate &myEnd)
{
    PathConflict c;
    c.pathId = read.pathId;
    c.department = read.department;
    c.kind = read.kind;
    c.readFrom = read.validFrom;
    c.myEnd = myEnd;
    if (auto department = store.department(read.department); department.ok() && department->has_value())
        c.departmentName = (*department)->name;
    PathQuery query;
    query.ids = {read.pathId};
    auto stored = store.paths(query);
    if (!stored.ok())
        return stored.error();
    const PathVersion *same = nullptr;
    const PathVersion *replacement = nullptr; // a version from the same day that took its place
    for (const PathVersion &v : *stored) {
        if (v.fid == read.fid)
            same = &v;
        else if (v.validFrom >= read.validFrom && (!readValidTo.isValid() || v.validFrom < readValidTo) &&
                 (!replacement || v.validFrom < replacement->validFrom))
            replacement = &v;
    }
    if (same) {
        c.theirEnd = same->validTo;
        c.changedBy = same->closedBy;
        c.changedAt = same->closedAt;
        c.whatChanged = same->validTo.isValid() ? ConflictText::tr("path ended on %1").arg(isoDate(same->validTo))
                                                : ConflictText::tr("path changed");
    } else {
        c.gone = true;
        if (replacement) {
            c.theirEnd = replacement->validTo;
            c.changedBy = replacement->changedBy;
            c.changedAt = replacement->changedAt;
            c.whatChanged = ConflictText::tr("path drawn again from %1").arg(isoDate(replacement->validFrom));
        } else {
            c.whatChanged = ConflictText::tr("path removed from %1").arg(isoDate(read.validFrom));
        }
    }
    c.byWhom = editorAndTime(c.changedBy, c.changedAt);
    const QString department = departmentWords(c.department, c.departmentName);
    c.message = ConflictText::tr("Path %1 (%2, department %3) was changed by someone else after you read it: %4, by %5.")
                    .arg(c.pathId)
                    .arg(pathKindName(c.kind).toLower(), department, c.whatChanged, c.byWhom);
    if (myEnd.isValid()) {
        c.message += QLatin1Char(' ') + ConflictText::tr("Your edit ends it on %1.").arg(isoDate(myEnd));
        if (!c.mineApplies() && !c.gone)
            c.message += QLatin1Char(' ') + ConflictText::tr("It already ends before that in the project.");
    }
    return c;
}

QString pathConflictSummary(const QList<PathConflict> &conflicts)
{
    QStringList lines;
    for (const PathConflict &c : conflicts)
        lines << c.message;
    return ConflictText::tr("%n path(s) were not saved because someone else changed them since you read them:", nullptr,
                            static_cast<int>(conflicts.size())) +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QString conflictSummary(const QList<AreaConflict> &conflicts)
{
    QStringList lines;
    for (const AreaConflict &c : conflicts)
        lines << c.message;
    return ConflictText::tr("%n area(s) were not saved because someone else changed them since you read them:", nullptr,
                            static_cast<int>(conflicts.size())) +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

Error describeZoneConflict(const ProjectStore &store, const ZoneVersion &read, const Error &conflict)
{
    VersionQuery query;
    query.ids = {read.zoneId};
    auto stored = store.zoneLayer().versions(query);
    const ZoneVersion *successor = nullptr;
    const ZoneVersion *same = nullptr;
    if (stored.ok()) {
        for (const ZoneVersion &v : *stored) {
            if (v.fid == read.fid)
                same = &v;
            else if (v.validFrom >= read.validFrom && (!successor || v.validFrom < successor->validFrom))
                successor = &v;
        }
    }
    QString what;
    QString who;
    if (successor) {
        QStringList parts;
        if (successor->number != read.number)
            parts << ConflictText::tr("number %1 → %2").arg(read.number).arg(successor->number);
        if (successor->name != read.name)
            parts << ConflictText::tr("name \"%1\" → \"%2\"").arg(read.name, successor->name);
        if (successor->overrides != read.overrides)
            parts << ConflictText::tr("season overrides changed");
        if (successor->careType != read.careType)
            parts << ConflictText::tr("regime %1 → %2").arg(read.careType, successor->careType);
        if (parts.isEmpty())
            parts << ConflictText::tr("shape changed");
        what = ConflictText::tr("%1 from %2").arg(parts.join(QStringLiteral(", ")), isoDate(successor->validFrom));
        who = editorAndTime(successor->changedBy, successor->changedAt);
    } else {
        what = same && same->validTo.isValid() ? ConflictText::tr("the zone ended on %1").arg(isoDate(same->validTo))
                                               : ConflictText::tr("the zone ended");
        who = same ? editorAndTime(same->closedBy, same->closedAt) : editorAndTime(QString(), QDateTime());
    }
    return makeConflict(ConflictText::tr("Mowing zone %1 (department %2) was changed by someone else after it was read: "
                                         "%3, by %4. Nothing was saved; open the zones again and repeat the change.")
                            .arg(read.number)
                            .arg(read.department.toString(), what, who),
                        conflict.message);
}

} // namespace engdrift
