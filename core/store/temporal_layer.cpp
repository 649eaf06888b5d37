#include "store/temporal_layer.h"

#include "util/dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>
#include <QtGlobal>

#include <cmath>

namespace engdrift {
namespace {

struct TemporalText
{
    Q_DECLARE_TR_FUNCTIONS(TemporalLayer)
};

QString describeThing(const AreaVersion &, qint64 id)
{
    return TemporalText::tr("area %1").arg(id);
}

QString describeThing(const PathVersion &, qint64 id)
{
    return TemporalText::tr("path %1").arg(id);
}

QString describeThing(const ZoneVersion &, qint64 id)
{
    return TemporalText::tr("mowing zone %1").arg(id);
}


/// The dates every version must have, whatever it is.
template <class Version>
Result<void> checkDates(const Version &v, qint64 id, const QString &location)
{
    if (!v.validFrom.isValid())
        return makeError(TemporalText::tr("%1: %2 needs a date it is valid from.").arg(location, describeThing(v, id)));
    if (v.validTo.isValid() && v.validTo <= v.validFrom)
        return makeError(TemporalText::tr("%1: %2 would end (%3) before it has been valid for a day (from %4).")
                             .arg(location, describeThing(v, id), isoDate(v.validTo), isoDate(v.validFrom)));
    if (!v.department.isValid())
        return makeError(TemporalText::tr("%1: %2 is not a department number.").arg(location, v.department.toString()));
    return {};
}

} // namespace

Result<void> VersionTraits<AreaVersion>::check(const AreaVersion &v, const Catalogue &catalogue, const QString &location)
{
    if (auto dates = checkDates(v, v.areaId, location); !dates.ok())
        return dates;
    if (!catalogue.find(v.careType))
        return makeError(TemporalText::tr("%1: \"%2\" is not a care type of the catalogue %3.")
                             .arg(location, v.careType, catalogue.id()));
    if (!std::isfinite(v.areaM2) || v.areaM2 < 0)
        return makeError(TemporalText::tr("%1: area %2 has no valid size (m²).").arg(location).arg(v.areaId));
    return {};
}

Result<void> VersionTraits<AreaVersion>::measure(AreaVersion &v, const Geometry &geometry, const QString &location)
{
    if (geometry.isNull() || geometry.isEmpty() || !geometry.isPolygonal())
        return makeError(TemporalText::tr("%1: area %2 needs a polygon.").arg(location).arg(v.areaId));
    v.areaM2 = geometry.area();
    return {};
}

Result<void> VersionTraits<PathVersion>::check(const PathVersion &v, const Catalogue &, const QString &location)
{
    if (auto dates = checkDates(v, v.pathId, location); !dates.ok())
        return dates;
    if (!(v.widthM > 0) || v.widthM > 20)
        return makeError(TemporalText::tr("%1: a mown path is 0-20 m wide, not %2 m.").arg(location).arg(v.widthM));
    if (!std::isfinite(v.lengthM) || v.lengthM < 0)
        return makeError(TemporalText::tr("%1: path %2 has no valid length.").arg(location).arg(v.pathId));
    return {};
}

Result<void> VersionTraits<PathVersion>::measure(PathVersion &v, const Geometry &geometry, const QString &location)
{
    if (geometry.isNull() || geometry.isEmpty() || !geometry.isLineal())
        return makeError(TemporalText::tr("%1: path %2 needs a line.").arg(location).arg(v.pathId));
    v.lengthM = geometry.length();
    return {};
}

Result<void> VersionTraits<ZoneVersion>::check(const ZoneVersion &v, const Catalogue &catalogue, const QString &location)
{
    if (auto dates = checkDates(v, v.zoneId, location); !dates.ok())
        return dates;
    if (v.number < 1)
        return makeError(TemporalText::tr("%1: mowing zone %2 needs a number of 1 or more, not %3.")
                             .arg(location)
                             .arg(v.zoneId)
                             .arg(v.number));
    if (v.name.size() > kZoneNameMaxLength)
        return makeError(TemporalText::tr("%1: the name of mowing zone %2 is longer than %3 characters.")
                             .arg(location)
                             .arg(v.zoneId)
                             .arg(kZoneNameMaxLength));
    const CareType *type = catalogue.find(v.careType);
    if (!type)
        type = catalogue.pathCare(v.careType);
    if (!type || !type->mowing)
        return makeError(TemporalText::tr("%1: \"%2\" is neither a mown care type of the catalogue %3 nor a kind of path.")
                             .arg(location, v.careType, catalogue.id()));
    for (auto it = v.overrides.cbegin(); it != v.overrides.cend(); ++it) {
        if (auto ok = checkRegimeOverride(it.key(), it.value(), *type->mowing); !ok.ok())
            return makeError(TemporalText::tr("%1: mowing zone %2: %3").arg(location).arg(v.zoneId).arg(ok.errorMessage()));
    }
    if (!std::isfinite(v.areaM2) || v.areaM2 < 0)
        return makeError(TemporalText::tr("%1: mowing zone %2 has no valid size (m²).").arg(location).arg(v.zoneId));
    return {};
}

Result<void> VersionTraits<ZoneVersion>::measure(ZoneVersion &v, const Geometry &geometry, const QString &location)
{
    if (geometry.isNull() || geometry.isEmpty() || !geometry.isPolygonal())
        return makeError(TemporalText::tr("%1: mowing zone %2 needs a polygon.").arg(location).arg(v.zoneId));
    v.areaM2 = geometry.area();
    return {};
}

template <class Version>
QString TemporalLayer<Version>::defaultEditorName()
{
    const QString named = qEnvironmentVariable("ENGDRIFT_USER").trimmed();
    if (!named.isEmpty())
        return named;
    QString user = qEnvironmentVariable("USER").trimmed();
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME").trimmed();
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME").trimmed();
    const QString host = QSysInfo::machineHostName();
    if (user.isEmpty())
        return host;
    return host.isEmpty() ? user : user + QLatin1Char('@') + host;
}

template <class Version>
Result<QList<Version>> TemporalLayer<Version>::versions(const VersionQuery &query) const
{
    QList<Version> list;
    auto done = forEach(query, false, [&list](const Version &v, const Geometry *) {
        list << v;
        return true;
    });
    if (!done.ok())
        return done.error();
    return list;
}

template <class Version>
QDateTime TemporalLayer<Version>::stampTime()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return now;
}

template <class Version>
Result<qint64> TemporalLayer<Version>::newId()
{
    if (auto ok = requireTransaction(); !ok.ok())
        return ok.error();
    if (m_nextId < 0) {
        auto max = readMaxId();
        if (!max.ok())
            return max.error();
        m_nextId = *max + 1;
    }
    return m_nextId++;
}

template <class Version>
Result<void> TemporalLayer<Version>::insert(Version &version, const Geometry &geometry)
{
    using Traits = VersionTraits<Version>;
    if (auto measured = Traits::measure(version, geometry, location()); !measured.ok())
        return measured;
    return insertPrepared(version, geometry.toWkb(), geometry.envelope());
}

template <class Version>
Result<void> TemporalLayer<Version>::insertPrepared(Version &version, const QByteArray &wkb, const QRectF &bounds)
{
    using Traits = VersionTraits<Version>;
    if (auto ok = requireTransaction(); !ok.ok())
        return ok;
    if (auto checked = Traits::check(version, catalogue(), location()); !checked.ok())
        return checked;
    // Who wrote it and when (to the second, UTC): what a conflict tells the other editor.
    version.changedBy = m_editor;
    version.changedAt = stampTime();
    version.closedBy.clear();
    version.closedAt = QDateTime();
    qint64 &id = Traits::id(version);
    if (id <= 0) {
        auto next = newId();
        if (!next.ok())
            return next.error();
        id = *next;
    } else if (m_nextId >= 0 && id >= m_nextId) {
        m_nextId = id + 1;
    }
    version.fid = 0; // a new row: writeRow gives it its fid
    return writeRow(version, wkb, bounds);
}

template <class Version>
Result<void> TemporalLayer<Version>::insertCopy(const Version &version, const QByteArray &wkb, const QRectF &bounds)
{
    using Traits = VersionTraits<Version>;
    if (auto ok = requireTransaction(); !ok.ok())
        return ok;
    const qint64 id = Traits::id(version);
    if (version.fid <= 0 || id <= 0)
        return makeError(TemporalText::tr("%1: a copied version needs its row number and id (row %2, %3).")
                             .arg(location())
                             .arg(version.fid)
                             .arg(describeThing(version, id)));
    if (m_nextId >= 0 && id >= m_nextId)
        m_nextId = id + 1;
    Version row = version;
    return writeRow(row, wkb, bounds);
}

template <class Version>
Result<void> TemporalLayer<Version>::supersede(qint64 fid, const QDate &date, std::vector<Successor> &next,
                                               const QDate &expectedValidTo)
{
    using Traits = VersionTraits<Version>;
    if (auto ok = requireTransaction(); !ok.ok())
        return ok;
    auto stored = version(fid);
    if (!stored.ok())
        return stored.error();
    if (!stored->has_value())
        return makeConflict(TemporalText::tr("%1: version %2 is no longer in the project: someone else changed it since "
                                             "it was read.")
                                .arg(location())
                                .arg(fid));
    const Version &old = **stored;
    const QString thing = describeThing(old, Traits::id(old));
    if (old.validTo != expectedValidTo) {
        const QString now = old.validTo.isValid() ? TemporalText::tr("ends on %1").arg(isoDate(old.validTo))
                                                  : TemporalText::tr("is open");
        return makeConflict(TemporalText::tr("%1: the version of %2 from %3 %4 in the project now: someone else changed it "
                                             "since it was read.")
                                .arg(location(), thing, isoDate(old.validFrom), now));
    }
    if (old.status != AreaStatus::Current)
        return makeError(TemporalText::tr("%1: the version of %2 from %3 is planned in a proposal; a plan is changed in "
                                          "place, not superseded.")
                             .arg(location(), thing, isoDate(old.validFrom)));
    if (!date.isValid() || !old.isValidAt(date))
        return makeError(TemporalText::tr("%1: the version of %2 from %3 is not valid on %4.")
                             .arg(location(), thing, isoDate(old.validFrom), isoDate(date)));
    // Changed on the day it began: it was never valid for a day, its successors replace it.
    auto ended = old.validFrom == date ? deleteRow(fid, expectedValidTo, AreaStatus::Current)
                                       : writeValidTo(fid, date, expectedValidTo, m_editor, stampTime());
    if (!ended.ok())
        return ended.error();
    if (!*ended)
        return makeConflict(TemporalText::tr("%1: the version of %2 from %3 changed in the project while it was being "
                                             "saved.")
                                .arg(location(), thing, isoDate(old.validFrom)));
    for (Successor &s : next) {
        Version &v = s.version;
        if (!v.validFrom.isValid() || v.validFrom < date)
            v.validFrom = date;
        v.fid = 0;
        if (auto inserted = insert(v, s.geometry); !inserted.ok())
            return inserted;
    }
    return {};
}

template <class Version>
Result<void> TemporalLayer<Version>::deletePlanned(qint64 fid)
{
    if (auto ok = requireTransaction(); !ok.ok())
        return ok;
    auto stored = version(fid);
    if (!stored.ok())
        return stored.error();
    if (!stored->has_value())
        return makeConflict(TemporalText::tr("%1: the planned version %2 is no longer in the project.").arg(location()).arg(fid));
    const Version &old = **stored;
    if (old.status != AreaStatus::Proposed)
        return makeError(TemporalText::tr("%1: version %2 is not planned; history is never deleted.").arg(location()).arg(fid));
    auto deleted = deleteRow(fid, old.validTo, AreaStatus::Proposed);
    if (!deleted.ok())
        return deleted.error();
    if (!*deleted)
        return makeConflict(TemporalText::tr("%1: the planned version %2 changed while it was being deleted.").arg(location()).arg(fid));
    return {};
}

template <class Version>
Result<void> TemporalLayer<Version>::updatePlanned(const Version &version)
{
    using Traits = VersionTraits<Version>;
    if (auto ok = requireTransaction(); !ok.ok())
        return ok;
    if (auto checked = Traits::check(version, catalogue(), location()); !checked.ok())
        return checked;
    auto written = writeFields(version);
    if (!written.ok())
        return written.error();
    if (!*written)
        return makeError(TemporalText::tr("%1: version %2 is not planned; it is not changed in place.")
                             .arg(location())
                             .arg(version.fid));
    return {};
}

template class TemporalLayer<AreaVersion>;
template class TemporalLayer<PathVersion>;
template class TemporalLayer<ZoneVersion>;

} // namespace engdrift
