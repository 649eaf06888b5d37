#include "map_tools.h"

#include "map_canvas.h"
#include "widget_colours.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace engdrift::gui {
namespace {

QSet<qint64> idsOf(const QList<AreaShape> &shapes)
{
    QSet<qint64> ids;
    for (const AreaShape &s : shapes)
        ids.insert(s.version.areaId);
    return ids;
}

/// Combines a new selection with the old one by the modifier keys: Shift adds, Ctrl toggles.
QSet<qint64> combine(const QSet<qint64> &old, const QSet<qint64> &picked, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ControlModifier) {
        QSet<qint64> result = old;
        for (qint64 id : picked) {
            if (result.contains(id))
                result.remove(id);
            else
                result.insert(id);
        }
        return result;
    }
    if (modifiers & Qt::ShiftModifier)
        return old | picked;
    return picked;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b, QPointF *closest)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    *closest = a + ab * t;
    const QPointF d = p - *closest;
    return std::sqrt(QPointF::dotProduct(d, d));
}

} // namespace

// --- SelectTool

void SelectTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    m_panning = false;
    m_pressPos = m_lastPos = event->position();
}

void SelectTool::mouseMove(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    if (!m_panning && (event->position() - m_pressPos).manhattanLength() > 4)
        m_panning = true;
    if (m_panning) {
        m_canvas->setView(m_canvas->view().panned(event->position() - m_lastPos));
        m_lastPos = event->position();
    }
}

void SelectTool::mouseRelease(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    if (m_panning) {
        m_panning = false;
        return;
    }
    const QList<AreaShape> hits = m_canvas->areasAtPixel(event->position());
    QSet<qint64> picked;
    if (!hits.isEmpty())
        picked.insert(hits.first().version.areaId); // the smallest area under the cursor
    m_canvas->setSelection(combine(m_canvas->selection(), picked, event->modifiers()));
}

// --- RectangleTool

void RectangleTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_start = m_end = event->position();
}

void RectangleTool::mouseMove(QMouseEvent *event)
{
    if (m_dragging)
        m_end = event->position();
}

void RectangleTool::mouseRelease(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    const QRectF pixels = QRectF(m_start, m_end).normalized();
    if (pixels.width() < 3 || pixels.height() < 3)
        return;
    const QRectF map = QRectF(m_canvas->view().toMap(pixels.topLeft()), m_canvas->view().toMap(pixels.bottomRight()))
                           .normalized();
    if (m_purpose == Purpose::Zoom) {
        m_canvas->zoomToExtent(map);
        return;
    }
    const QSet<qint64> picked = idsOf(m_canvas->areasIn(Geometry::rectangle(map)));
    m_canvas->setSelection(combine(m_canvas->selection(), picked, event->modifiers()));
}

bool RectangleTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_dragging) {
        m_dragging = false;
        return true;
    }
    return false;
}

void RectangleTool::paint(QPainter &painter)
{
    if (!m_dragging)
        return;
    painter.setPen(QPen(uiColours().rubberBand, 1.5, Qt::DashLine));
    painter.setBrush(uiColours().rubberBandFill);
    painter.drawRect(QRectF(m_start, m_end).normalized());
}

// --- PointsTool

void PointsTool::deactivate()
{
    m_points.clear();
}

void PointsTool::addPoint(const QPointF &mapPoint)
{
    m_points << mapPoint;
}

void PointsTool::mousePress(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        if (m_purpose == Purpose::PathLine && m_points.isEmpty())
            emit contextRequested(event->position());
        else
            finish();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    bool snapped = false;
    const QPointF pixel = m_purpose == Purpose::SelectPolygon ? event->position()
                                                               : m_canvas->snap(event->position(), 10.0, &snapped);
    addPoint(m_canvas->view().toMap(pixel));
}

void PointsTool::mouseMove(QMouseEvent *event)
{
    m_hover = m_purpose == Purpose::SelectPolygon ? event->position()
                                                  : m_canvas->snap(event->position(), 10.0, &m_hoverSnapped);
}

void PointsTool::mouseDoubleClick(QMouseEvent *)
{
    // The press before the double click added the point already.
    finish();
}

bool PointsTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Backspace:
        if (!m_points.isEmpty())
            m_points.removeLast();
        return true;
    case Qt::Key_Escape:
        m_points.clear();
        return true;
    default:
        return false;
    }
}

void PointsTool::finish()
{
    // Double clicks add the same point twice.
    QList<QPointF> points;
    for (const QPointF &p : std::as_const(m_points)) {
        if (points.isEmpty() || QLineF(points.last(), p).length() > 1e-6)
            points << p;
    }
    m_points.clear();
    switch (m_purpose) {
    case Purpose::SelectPolygon: {
        if (points.size() < 3)
            return;
        auto polygon = Geometry::polygon({points});
        if (polygon.ok() && !polygon->isValid())
            polygon = polygon->makeValidPolygonal(); // a polygon drawn across itself
        if (!polygon.ok()) {
            emit failed(tr("Cannot select by this polygon: %1").arg(polygon.errorMessage()));
            return;
        }
        m_canvas->setSelection(idsOf(m_canvas->areasIn(*polygon)));
        break;
    }
    case Purpose::DrawArea:
        if (points.size() >= 3)
            emit areaDrawn(points);
        break;
    case Purpose::SplitLine:
    case Purpose::PathLine:
        if (points.size() >= 2)
            emit lineDrawn(points);
        break;
    }
}

void PointsTool::paint(QPainter &painter)
{
    const MapView view = m_canvas->view();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPolygonF line;
    for (const QPointF &p : std::as_const(m_points))
        line << view.toPixel(p);
    if (!line.isEmpty())
        line << m_hover;
    const bool isLine = m_purpose == Purpose::SplitLine || m_purpose == Purpose::PathLine;
    const QColor colour = m_purpose == Purpose::SplitLine  ? uiColours().splitLine
                          : m_purpose == Purpose::PathLine ? uiColours().pathLine
                                                           : uiColours().rubberBand;
    if (!isLine && line.size() >= 3) {
        QColor fill = colour;
        fill.setAlpha(40); // the polygon being drawn shows through its own colour
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(line);
    }
    painter.setPen(QPen(colour, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(line);
    painter.setBrush(uiColours().vertexFill);
    for (const QPointF &p : std::as_const(line))
        painter.drawEllipse(p, 3.5, 3.5);
    if (m_purpose != Purpose::SelectPolygon && m_hoverSnapped) {
        // The snap marker: a square around the neighbour's vertex.
        painter.setPen(QPen(uiColours().snap, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(m_hover - QPointF(6, 6), QSizeF(12, 12)));
    }
}

// --- VertexTool

void VertexTool::activate()
{
    reload();
}

void VertexTool::reload()
{
    m_rings.clear();
    m_areaId = 0;
    m_dragging = m_hover = Hit{};
    const QSet<qint64> selection = m_canvas->selection();
    if (selection.size() != 1)
        return;
    const qint64 id = *selection.cbegin();
    for (const AreaShape &shape : m_canvas->areasIn(Geometry::rectangle(m_canvas->view().extent()))) {
        if (shape.version.areaId != id)
            continue;
        auto g = Geometry::fromWkb(shape.wkb);
        if (g.ok()) {
            m_rings = g->rings(); // vertex editing works on one polygon
            m_areaId = id;
        }
    }
}

VertexTool::Hit VertexTool::vertexAt(const QPointF &pixel) const
{
    const MapView view = m_canvas->view();
    double best = 8.0;
    Hit hit;
    for (int r = 0; r < m_rings.size(); ++r) {
        for (int i = 0; i < m_rings[r].size(); ++i) {
            const double d = QLineF(view.toPixel(m_rings[r][i]), pixel).length();
            if (d < best) {
                best = d;
                hit = Hit{r, i};
            }
        }
    }
    return hit;
}

void VertexTool::mousePress(QMouseEvent *event)
{
    if (m_areaId == 0)
        reload();
    const Hit hit = vertexAt(event->position());
    if (event->button() == Qt::RightButton && hit.ring >= 0) {
        if (m_rings[hit.ring].size() > 3) {
            m_rings[hit.ring].removeAt(hit.index);
            emitReshaped();
        }
        return;
    }
    if (event->button() == Qt::LeftButton)
        m_dragging = hit;
}

void VertexTool::mouseMove(QMouseEvent *event)
{
    if (m_dragging.ring >= 0) {
        const QPointF pixel = m_canvas->snap(event->position(), 8.0);
        m_rings[m_dragging.ring][m_dragging.index] = m_canvas->view().toMap(pixel);
        return;
    }
    m_hover = vertexAt(event->position());
}

void VertexTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging.ring >= 0) {
        m_dragging = Hit{};
        emitReshaped();
    }
}

void VertexTool::mouseDoubleClick(QMouseEvent *event)
{
    // A new vertex on the nearest edge within 8 pixels.
    const MapView view = m_canvas->view();
    double best = 8.0;
    int bestRing = -1, bestIndex = -1;
    QPointF bestPoint;
    for (int r = 0; r < m_rings.size(); ++r) {
        const auto &ring = m_rings[r];
        for (int i = 0; i < ring.size(); ++i) {
            QPointF closest;
            const double d = distanceToSegment(event->position(), view.toPixel(ring[i]),
                                               view.toPixel(ring[(i + 1) % ring.size()]), &closest);
            if (d < best) {
                best = d;
                bestRing = r;
                bestIndex = i + 1;
                bestPoint = view.toMap(closest);
            }
        }
    }
    if (bestRing >= 0) {
        m_rings[bestRing].insert(bestIndex, bestPoint);
        emitReshaped();
    }
}

bool VertexTool::keyPress(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_hover.ring >= 0 &&
        m_rings[m_hover.ring].size() > 3) {
        m_rings[m_hover.ring].removeAt(m_hover.index);
        m_hover = Hit{};
        emitReshaped();
        return true;
    }
    return false;
}

void VertexTool::emitReshaped()
{
    if (m_areaId != 0 && !m_rings.isEmpty())
        emit reshaped(m_areaId, m_rings);
}

void VertexTool::paint(QPainter &painter)
{
    if (m_rings.isEmpty())
        return;
    const MapView view = m_canvas->view();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int r = 0; r < m_rings.size(); ++r) {
        QPolygonF ring;
        for (const QPointF &p : m_rings[r])
            ring << view.toPixel(p);
        painter.setPen(QPen(uiColours().vertex, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(ring);
        for (int i = 0; i < ring.size(); ++i) {
            const bool active = (m_hover.ring == r && m_hover.index == i) || (m_dragging.ring == r && m_dragging.index == i);
            painter.setBrush(active ? uiColours().vertex : uiColours().vertexFill);
            painter.drawRect(QRectF(ring[i] - QPointF(4, 4), QSizeF(8, 8)));
        }
    }
}

} // namespace engdrift::gui
