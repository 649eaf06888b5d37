#include "analysis/mowing_words.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace engdrift {
namespace {

struct WordsTr
{
    Q_DECLARE_TR_FUNCTIONS(MowingWords)
};

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Danish, QLocale::Denmark);
}

QString monthName(const QLocale &locale, int month)
{
    QString name = locale.monthName(month, QLocale::ShortFormat);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

QString number(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 1);
}

} // namespace

QString mowingMonthsText(const QList<int> &months, const QString &language)
{
    if (months.isEmpty())
        return {};
    const QLocale locale = localeOf(language);
    QList<int> sorted = months;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList parts;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1)
            ++j;
        if (j - i >= 2)
            parts << monthName(locale, sorted[i]) + QChar(0x2013) + monthName(locale, sorted[j]);
        else
            for (qsizetype k = i; k <= j; ++k)
                parts << monthName(locale, sorted[k]);
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString cutHeightText(const MowingRegime &regime, const QString &language)
{
    const QLocale locale = localeOf(language);
    if (regime.cutHeightMinCm <= 0 && regime.cutHeightMaxCm <= 0)
        return {};
    if (regime.cutHeightMaxCm <= regime.cutHeightMinCm || regime.cutHeightMinCm <= 0)
        return WordsTr::tr("%1 cm").arg(number(std::max(regime.cutHeightMinCm, regime.cutHeightMaxCm), locale));
    return WordsTr::tr("%1–%2 cm").arg(number(regime.cutHeightMinCm, locale), number(regime.cutHeightMaxCm, locale));
}

QString clippingsText(const MowingRegime &regime)
{
    switch (regime.clippings) {
    case Clippings::Left:
        return WordsTr::tr("left");
    case Clippings::Collected:
        if (regime.removalDaysMax > 0)
            return regime.removalDaysMin == regime.removalDaysMax || regime.removalDaysMin <= 0
                       ? WordsTr::tr("collected after %1 days").arg(regime.removalDaysMax)
                       : WordsTr::tr("collected after %1–%2 days").arg(regime.removalDaysMin).arg(regime.removalDaysMax);
        return WordsTr::tr("collected");
    case Clippings::PartlyCollected:
        return WordsTr::tr("partly collected");
    case Clippings::None:
        break;
    }
    return {};
}

QString equipmentText(const QString &code)
{
    if (code == QLatin1String("ride_on_mower"))
        return WordsTr::tr("ride-on mower");
    if (code == QLatin1String("cylinder_mower"))
        return WordsTr::tr("cylinder mower");
    if (code == QLatin1String("flail_mower"))
        return WordsTr::tr("flail mower");
    if (code == QLatin1String("finger_bar_mower"))
        return WordsTr::tr("finger-bar mower");
    if (code == QLatin1String("cut_and_collect"))
        return WordsTr::tr("cut and collect");
    if (code == QLatin1String("scythe"))
        return WordsTr::tr("scythe");
    if (code == QLatin1String("none") || code.isEmpty())
        return {};
    return code;
}

} // namespace engdrift
