#pragma once
// The desktop program's own few colours (error and warning texts, the tools' rubber bands), from
// styles/symbology.json like every other colour (style/symbology.h).

#include "style/symbology.h"

#include <QColor>
#include <QString>

namespace engdrift::gui {

inline const UiColours &uiColours()
{
    return Symbology::active().ui();
}

/// A style sheet that sets a label's text colour.
inline QString textColourStyleSheet(const QColor &colour)
{
    return QStringLiteral("color: %1").arg(colour.name());
}

} // namespace engdrift::gui
