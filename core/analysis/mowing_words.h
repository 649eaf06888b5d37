#pragma once
// The words of a mowing regime for people (zone tables on screen and on paper): the months of its
// cuts, the cut height, what happens to the clippings and the machine, in the language asked
// ("da" or "en"; month names from QLocale, the rest through tr()).

#include "catalogue/catalogue.h"

#include <QList>
#include <QString>

namespace engdrift {

/// "May–Sep" for a run of months, "Jun, Sep" otherwise; "" for none.
QString mowingMonthsText(const QList<int> &months, const QString &language);
/// "5–8 cm", "8 cm", or "" when the regime gives none.
QString cutHeightText(const MowingRegime &regime, const QString &language);
/// "left", "collected", "collected after 7–14 days", "partly collected", "".
QString clippingsText(const MowingRegime &regime);
/// The machine of an equipment code: "ride-on mower", "cut and collect", ...; an unknown code as it is.
QString equipmentText(const QString &code);

} // namespace engdrift
