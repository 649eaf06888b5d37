#pragma once
// The tools of the map canvas: select (click, Shift adds, Ctrl toggles; drag pans), select by
// rectangle or polygon, zoom to a rectangle, draw a new area, split an area along a line, and edit
// the vertices of an area. Each tool turns mouse and keys into a selection or a finished shape and
// signals it; the main window turns shapes into edits.

#include "geometry/geometry.h"

#include <QCursor>
#include <QList>
#include <QObject>
#include <QPointF>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace engdrift::gui {

class MapCanvas;

class MapTool : public QObject
{
    Q_OBJECT
public:
    explicit MapTool(MapCanvas *canvas) : QObject(nullptr), m_canvas(canvas) {}
    virtual void activate() {}
    virtual void deactivate() {}
    virtual void mousePress(QMouseEvent *) {}
    virtual void mouseMove(QMouseEvent *) {}
    virtual void mouseRelease(QMouseEvent *) {}
    virtual void mouseDoubleClick(QMouseEvent *) {}
    /// Returns true when the tool used the key.
    virtual bool keyPress(QKeyEvent *) { return false; }
    /// Draws the tool's rubber band over the map, in widget pixels.
    virtual void paint(QPainter &) {}
    virtual QCursor cursor() const { return Qt::ArrowCursor; }

protected:
    MapCanvas *m_canvas;
};

/// Click selects the area under the cursor (Shift adds, Ctrl toggles); dragging pans.
class SelectTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    QCursor cursor() const override { return m_panning ? Qt::ClosedHandCursor : Qt::ArrowCursor; }

private:
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_pressed = false;
    bool m_panning = false;
};

/// Drag a rectangle: select the areas it meets (or zoom to it).
class RectangleTool : public MapTool
{
    Q_OBJECT
public:
    enum class Purpose { Select, Zoom };
    RectangleTool(MapCanvas *canvas, Purpose purpose) : MapTool(canvas), m_purpose(purpose) {}
    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    QCursor cursor() const override { return Qt::CrossCursor; }

private:
    Purpose m_purpose;
    bool m_dragging = false;
    QPointF m_start;
    QPointF m_end;
};

/// Click points, double-click or Enter to finish, Backspace to take back a point, Esc to cancel.
/// Purposes: select by polygon, draw a new area (snapping to neighbours' vertices), draw a split
/// line, draw a mown path (a right click with no line begun asks about the path under the mouse).
class PointsTool : public MapTool
{
    Q_OBJECT
public:
    enum class Purpose { SelectPolygon, DrawArea, SplitLine, PathLine };
    PointsTool(MapCanvas *canvas, Purpose purpose) : MapTool(canvas), m_purpose(purpose) {}
    void deactivate() override;
    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    QCursor cursor() const override { return Qt::CrossCursor; }
    /// Adds a point in map coordinates (also what a mouse click does, after snapping).
    void addPoint(const QPointF &mapPoint);
    /// Finishes the shape as if Enter was pressed.
    void finish();

signals:
    void areaDrawn(const QList<QPointF> &mapRing);
    void lineDrawn(const QList<QPointF> &mapLine);
    void contextRequested(const QPointF &pixel); ///< PathLine: a right click before a line is begun
    void failed(const QString &message);         ///< the shape could not be used (with the reason)

private:
    Purpose m_purpose;
    QList<QPointF> m_points; ///< map coordinates
    QPointF m_hover;         ///< pixels
    bool m_hoverSnapped = false;
};

/// Edits the vertices of the one selected area: drag a vertex to move it, double-click an edge to
/// add one, right-click a vertex (or hover it and press Delete) to remove it. Each change becomes a
/// new version of the area.
class VertexTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    void activate() override;
    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    void mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    QCursor cursor() const override { return Qt::PointingHandCursor; }
    /// Reloads the rings of the selected area (after a selection change or an edit).
    void reload();

signals:
    /// The new outline of `areaId` (rings in map coordinates; the first is the outer ring).
    void reshaped(qint64 areaId, const QList<QList<QPointF>> &rings);

private:
    struct Hit
    {
        int ring = -1;
        int index = -1;
    };
    Hit vertexAt(const QPointF &pixel) const;
    void emitReshaped();

    qint64 m_areaId = 0;
    QList<QList<QPointF>> m_rings; ///< map coordinates, rings not closed
    Hit m_dragging;
    Hit m_hover;
};

} // namespace engdrift::gui
