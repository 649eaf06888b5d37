#pragma once
// Small painting helpers shared by the charts (app/plots), the report and the layouts.

#include <QPainter>
#include <QPicture>
#include <QRectF>
#include <QSizeF>

namespace engdrift {

/// Replays `picture`, recorded at `size` (in its own units, from 0,0), into `rect` of `painter`,
/// scaled to fill it.
inline void drawPictureScaled(QPainter &painter, const QPicture &picture, const QSizeF &size, const QRectF &rect)
{
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / size.width(), rect.height() / size.height());
    painter.drawPicture(QPointF(0, 0), picture);
    painter.restore();
}

} // namespace engdrift
