#include "model/zone_version.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace engdrift {
namespace {

struct ZoneText
{
    Q_DECLARE_TR_FUNCTIONS(ZoneVersion)
};

bool isWhole(const QJsonValue &v, int min, int max)
{
    return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && v.toDouble() >= min && v.toDouble() <= max;
}

} // namespace

bool RegimeOverride::isEmpty() const
{
    return *this == RegimeOverride();
}

MowingRegime RegimeOverride::appliedTo(const MowingRegime &base) const
{
    MowingRegime r = base;
    if (cutsPerYear)
        r.cutsPerYear = *cutsPerYear;
    if (months)
        r.months = *months;
    if (cutHeightMinCm)
        r.cutHeightMinCm = *cutHeightMinCm;
    if (cutHeightMaxCm)
        r.cutHeightMaxCm = *cutHeightMaxCm;
    if (clippings)
        r.clippings = *clippings;
    if (removalDaysMin)
        r.removalDaysMin = *removalDaysMin;
    if (removalDaysMax)
        r.removalDaysMax = *removalDaysMax;
    if (equipment)
        r.equipment = *equipment;
    return r;
}

QString seasonOverridesToJson(const SeasonOverrides &overrides)
{
    if (overrides.isEmpty())
        return {};
    QJsonObject all;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const RegimeOverride &o = it.value();
        QJsonObject season;
        if (o.cutsPerYear)
            season.insert(QStringLiteral("cuts_per_year"), *o.cutsPerYear);
        if (o.months) {
            QJsonArray months;
            for (int m : *o.months)
                months << m;
            season.insert(QStringLiteral("months"), months);
        }
        if (o.cutHeightMinCm)
            season.insert(QStringLiteral("cut_height_min_cm"), *o.cutHeightMinCm);
        if (o.cutHeightMaxCm)
            season.insert(QStringLiteral("cut_height_max_cm"), *o.cutHeightMaxCm);
        if (o.clippings)
            season.insert(QStringLiteral("clippings"), clippingsCode(*o.clippings));
        if (o.removalDaysMin)
            season.insert(QStringLiteral("removal_days_min"), *o.removalDaysMin);
        if (o.removalDaysMax)
            season.insert(QStringLiteral("removal_days_max"), *o.removalDaysMax);
        if (o.equipment)
            season.insert(QStringLiteral("equipment"), *o.equipment);
        all.insert(QString::number(it.key()), season);
    }
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

Result<SeasonOverrides> seasonOverridesFromJson(const QString &json)
{
    SeasonOverrides overrides;
    if (json.trimmed().isEmpty())
        return overrides;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return makeError(ZoneText::tr("A zone's season overrides are not a JSON object: %1").arg(error.errorString()));
    const QJsonObject all = doc.object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        bool ok = false;
        const int season = it.key().toInt(&ok);
        const QJsonObject o = it.value().toObject();
        if (!ok || !it.value().isObject())
            return makeError(ZoneText::tr("A zone's season override \"%1\" is not a year with its changes.").arg(it.key()));
        RegimeOverride r;
        auto whole = [&](const char *key, std::optional<int> &into) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return true;
            if (!isWhole(v, -1000, 1000))
                return false;
            into = v.toInt();
            return true;
        };
        auto number = [&](const char *key, std::optional<double> &into) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return true;
            if (!v.isDouble())
                return false;
            into = v.toDouble();
            return true;
        };
        bool good = whole("cuts_per_year", r.cutsPerYear) && whole("removal_days_min", r.removalDaysMin) &&
                    whole("removal_days_max", r.removalDaysMax) && number("cut_height_min_cm", r.cutHeightMinCm) &&
                    number("cut_height_max_cm", r.cutHeightMaxCm);
        if (o.contains(QStringLiteral("months"))) {
            QList<int> months;
            for (const QJsonValue &m : o.value(QStringLiteral("months")).toArray()) {
                good = good && isWhole(m, 1, 12);
                months << m.toInt();
            }
            good = good && o.value(QStringLiteral("months")).isArray();
            r.months = months;
        }
        if (o.contains(QStringLiteral("clippings"))) {
            r.clippings = clippingsFromCode(o.value(QStringLiteral("clippings")).toString());
            good = good && r.clippings.has_value();
        }
        if (o.contains(QStringLiteral("equipment")))
            r.equipment = o.value(QStringLiteral("equipment")).toString();
        if (!good)
            return makeError(ZoneText::tr("A zone's season override for %1 cannot be read.").arg(season));
        overrides.insert(season, r);
    }
    return overrides;
}

Result<void> checkRegimeOverride(int season, const RegimeOverride &o, const MowingRegime &base)
{
    if (season < kFirstSeason || season > kLastSeason)
        return makeError(ZoneText::tr("%1 is not a season: give a year from %2 to %3.").arg(season).arg(kFirstSeason).arg(kLastSeason));
    if (o.cutsPerYear && (*o.cutsPerYear < 0 || *o.cutsPerYear > 60))
        return makeError(ZoneText::tr("A zone is cut 0-60 times a year, not %1.").arg(*o.cutsPerYear));
    if (o.months) {
        QSet<int> seen;
        for (int m : *o.months) {
            if (m < 1 || m > 12)
                return makeError(ZoneText::tr("%1 is not a month: months are 1-12.").arg(m));
            if (seen.contains(m))
                return makeError(ZoneText::tr("Month %1 is named twice.").arg(m));
            seen.insert(m);
        }
    }
    for (const std::optional<double> &h : {o.cutHeightMinCm, o.cutHeightMaxCm}) {
        if (h && !(*h > 0 && *h < 100))
            return makeError(ZoneText::tr("A cut height is more than 0 and less than 100 cm, not %1.").arg(*h));
    }
    for (const std::optional<int> &d : {o.removalDaysMin, o.removalDaysMax}) {
        if (d && (*d < 0 || *d > 120))
            return makeError(ZoneText::tr("Hay is removed 0-120 days after the cut, not %1.").arg(*d));
    }
    if (o.equipment && !isKnownEquipment(*o.equipment))
        return makeError(ZoneText::tr("\"%1\" is not mowing equipment the catalogue knows.").arg(*o.equipment));
    const MowingRegime r = o.appliedTo(base);
    if (r.cutHeightMaxCm < r.cutHeightMinCm)
        return makeError(ZoneText::tr("The lower cut height (%1 cm) comes first; the higher is %2 cm.")
                             .arg(r.cutHeightMinCm)
                             .arg(r.cutHeightMaxCm));
    if (r.removalDaysMax < r.removalDaysMin)
        return makeError(ZoneText::tr("Hay is removed after %1-%2 days: the earliest first.").arg(r.removalDaysMin).arg(r.removalDaysMax));
    if (r.removalDaysMax > 0 && r.clippings != Clippings::Collected && r.clippings != Clippings::PartlyCollected)
        return makeError(ZoneText::tr("Removal days need clippings that are collected."));
    if (r.cutsPerYear > 0 && r.months.isEmpty())
        return makeError(ZoneText::tr("A zone that is cut needs the months of its cuts."));
    return {};
}

} // namespace engdrift
