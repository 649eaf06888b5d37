#include "map_canvas.h"

#include "analysis/nature.h"
#include "geometry/geos_context.h"
#include "map_tools.h"
#include "project_document.h"
#include "render/geometry_paths.h"
#include "style/symbology.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <geos_c.h>

#include <cmath>

namespace engdrift::gui {

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_worker = new RenderWorker;
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &RenderWorker::rendered, this, &MapCanvas::onRendered, Qt::QueuedConnection);
    connect(m_worker, &RenderWorker::failed, this, [this](quint64 id, const QString &message) {
        if (id != m_jobId)
            return;
        m_rendering = false;
        emit renderingChanged(false);
        emit renderFailed(message);
    }, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("map renderer"));
    m_thread.start();
}

MapCanvas::~MapCanvas()
{
    m_worker->reset();
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection); // the store closes on its thread
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

ProjectDocument *MapCanvas::document() const
{
    return m_document.data();
}

void MapCanvas::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selection.clear();
    m_selectionShapes.clear();
    m_image = QImage();
    if (!document) {
        m_worker->reset();
        update();
        return;
    }
    connect(document, &ProjectDocument::contentChanged, this, [this] {
        updateSelectionShapes();
        refresh();
    });
    QRectF extent;
    if (auto departments = document->store().departments(); departments.ok()) {
        for (const Department &d : *departments)
            extent |= d.extent;
    }
    if (extent.isNull())
        extent = QRectF(699000, 6170000, 1000, 1000); // an empty project: somewhere sensible in Denmark
    const MapView before = m_view;
    zoomToExtent(extent);
    if (m_view == before)
        refresh(); // the same view (the project opened again): drawn anew all the same
}

void MapCanvas::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    updateSelectionShapes();
    refresh();
}

void MapCanvas::setLanguage(const QString &language)
{
    if (language == m_language)
        return; // the same map: no render (a national one takes seconds)
    m_language = language;
    refresh();
}

void MapCanvas::setProposal(const std::optional<qint64> &proposalId)
{
    if (proposalId == m_proposal)
        return; // a change of the proposal's plans comes as the document's contentChanged
    m_proposal = proposalId;
    refresh();
}

void MapCanvas::centreOn(const QRectF &bounds, double margin)
{
    const QRectF wanted = bounds.adjusted(-margin, -margin, margin, margin);
    if (wanted.width() <= m_view.extent().width() && wanted.height() <= m_view.extent().height())
        setView(MapView(bounds.center(), m_view.mapUnitsPerPixel(), m_view.size()));
    else
        zoomToExtent(wanted);
}

void MapCanvas::setMowingZones(std::shared_ptr<const MowingZones> zones)
{
    if (zones == m_mowingZones)
        return;
    m_mowingZones = std::move(zones);
    refresh();
}

void MapCanvas::setNature(std::shared_ptr<const NatureResult> nature)
{
    if (nature == m_nature)
        return;
    m_nature = std::move(nature);
    refresh();
}

void MapCanvas::setHighlightedZones(const QSet<int> &numbers)
{
    if (numbers == m_highlightedZones)
        return;
    m_highlightedZones = numbers;
    if (m_mowingZones)
        refresh();
}

void MapCanvas::setBackground(const QString &source)
{
    if (source == m_background)
        return;
    m_background = source;
    refresh();
}

void MapCanvas::setView(const MapView &view)
{
    if (!view.isValid() || view == m_view)
        return;
    m_view = view;
    update();
    requestRender();
    emit viewChanged(m_view);
}

void MapCanvas::zoomToExtent(const QRectF &extent)
{
    const QSize size = this->size().isValid() && !this->size().isEmpty() ? this->size() : QSize(800, 600);
    setView(MapView::fitting(extent, size, 24));
}

void MapCanvas::zoomBy(double factor, const QPointF &pixel)
{
    if (!m_view.isValid())
        return;
    MapView next = m_view.zoomed(factor, pixel);
    // Between a street corner (2 cm a pixel) and the whole country (2 km a pixel).
    if (next.mapUnitsPerPixel() < 0.02 || next.mapUnitsPerPixel() > 2000)
        return;
    setView(next);
}

void MapCanvas::setTool(MapTool *tool)
{
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    if (m_tool) {
        m_tool->activate();
        setCursor(m_tool->cursor());
    }
    update();
}

void MapCanvas::setSelection(const QSet<qint64> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    updateSelectionShapes();
    update();
    emit selectionChanged(m_selection);
}

void MapCanvas::updateSelectionShapes()
{
    m_selectionShapes.clear();
    if (!m_document || m_selection.isEmpty())
        return;
    for (qint64 id : std::as_const(m_selection)) {
        auto history = m_document->session().history(id);
        if (!history.ok())
            continue;
        for (const AreaShape &shape : *history) {
            if (shape.version.status == AreaStatus::Current && shape.version.isValidAt(m_date))
                m_selectionShapes << shape;
        }
    }
    // An area that does not exist at the canvas date is no longer selected.
    QSet<qint64> visible;
    for (const AreaShape &s : std::as_const(m_selectionShapes))
        visible.insert(s.version.areaId);
    if (visible != m_selection) {
        m_selection = visible;
        emit selectionChanged(m_selection);
    }
}

QList<AreaShape> MapCanvas::areasAtPixel(const QPointF &pixel) const
{
    if (!m_document)
        return {};
    const double r = 2.0 * m_view.mapUnitsPerPixel();
    const QPointF p = m_view.toMap(pixel);
    const QRectF box(p - QPointF(r, r), p + QPointF(r, r));
    QList<AreaShape> hits = areasIn(Geometry::rectangle(box));
    std::sort(hits.begin(), hits.end(),
              [](const AreaShape &a, const AreaShape &b) { return a.version.areaM2 < b.version.areaM2; });
    return hits;
}

QList<PathShape> MapCanvas::pathsAtPixel(const QPointF &pixel) const
{
    QList<PathShape> result;
    if (!m_document)
        return result;
    const QPointF p = m_view.toMap(pixel);
    const double reach = 4.0 * m_view.mapUnitsPerPixel();
    auto candidates = m_document->session().pathsAt(m_date, QRectF(p - QPointF(reach + 10, reach + 10), QSizeF(2 * reach + 20, 2 * reach + 20)));
    if (!candidates.ok())
        return result;
    for (const PathShape &shape : *candidates) {
        if (m_proposal && shape.version.status != AreaStatus::Proposed)
            continue; // in a proposal only its planned paths can be changed
        const double r = std::max(reach, shape.version.widthM / 2); // the band, or a few pixels of a thin one
        auto line = Geometry::fromWkb(shape.wkb);
        if (line.ok() && line->intersects(Geometry::rectangle(QRectF(p - QPointF(r, r), QSizeF(2 * r, 2 * r)))))
            result << shape;
    }
    return result;
}

QList<AreaShape> MapCanvas::areasIn(const Geometry &mapShape) const
{
    QList<AreaShape> result;
    if (!m_document || mapShape.isNull())
        return result;
    auto candidates = m_document->session().areasAt(m_date, mapShape.envelope());
    if (!candidates.ok())
        return result;
    for (const AreaShape &shape : *candidates) {
        auto g = Geometry::fromWkb(shape.wkb);
        if (g.ok() && g->intersects(mapShape))
            result << shape;
    }
    return result;
}

QPointF MapCanvas::snap(const QPointF &pixel, double pixels, bool *snapped) const
{
    if (snapped)
        *snapped = false;
    if (!m_document)
        return pixel;
    const double r = pixels * m_view.mapUnitsPerPixel();
    const QPointF p = m_view.toMap(pixel);
    auto candidates = m_document->session().areasAt(m_date, QRectF(p - QPointF(r, r), p + QPointF(r, r)));
    if (!candidates.ok())
        return pixel;
    double best = r * r;
    QPointF bestPoint = p;
    auto ctx = geos::context();
    for (const AreaShape &shape : *candidates) {
        auto g = Geometry::fromWkb(shape.wkb);
        if (!g.ok())
            continue;
        GEOSGeometry *points = GEOSGeom_extractUniquePoints_r(ctx, g->get());
        if (!points)
            continue;
        const int n = GEOSGetNumGeometries_r(ctx, points);
        for (int i = 0; i < n; ++i) {
            double x = 0, y = 0;
            const GEOSGeometry *pt = GEOSGetGeometryN_r(ctx, points, i);
            if (GEOSGeomGetX_r(ctx, pt, &x) != 1 || GEOSGeomGetY_r(ctx, pt, &y) != 1)
                continue;
            const double d = (x - p.x()) * (x - p.x()) + (y - p.y()) * (y - p.y());
            if (d < best) {
                best = d;
                bestPoint = QPointF(x, y);
                if (snapped)
                    *snapped = true;
            }
        }
        GEOSGeom_destroy_r(ctx, points);
    }
    return m_view.toPixel(bestPoint);
}

void MapCanvas::refresh()
{
    requestRender();
    update();
}

RenderOptions MapCanvas::renderOptions() const
{
    RenderOptions options;
    options.view = m_view;
    options.at = m_date;
    options.language = m_language;
    if (m_document)
        options.overlay = m_document->session().overlay();
    options.background = m_background;
    options.proposalId = m_proposal;
    options.fillOpacity = m_background.isEmpty() ? 1.0 : 0.6;
    options.mowingZones = m_mowingZones;
    options.highlightedZones = m_highlightedZones;
    options.nature = m_nature;
    return options;
}

void MapCanvas::requestRender()
{
    if (!m_document || !m_view.isValid())
        return;
    RenderJob job;
    job.id = ++m_jobId;
    job.projectPath = m_document->path();
    job.options = renderOptions();
    job.devicePixelRatio = devicePixelRatioF();
    m_worker->submit(std::move(job));
    if (!m_rendering) {
        m_rendering = true;
        m_renderTimer.start();
        emit renderingChanged(true);
    }
}

void MapCanvas::onRendered(quint64 id, const QImage &image, const MapView &view, const RenderStats &stats)
{
    if (id != m_jobId)
        return; // an older job finished after a newer was submitted
    if (!stats.backgroundError.isEmpty())
        emit renderFailed(stats.backgroundError);
    m_image = image;
    m_imageView = view;
    m_rendering = false;
    m_lastRenderMs = m_renderTimer.elapsed();
    emit renderingChanged(false);
    update();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const MapColours &colours = Symbology::active().map();
    painter.fillRect(rect(), colours.background);
    if (!m_image.isNull() && m_imageView.isValid() && m_view.isValid()) {
        // The last image, moved and scaled to the current view until the new one arrives.
        const QTransform t = m_imageView.mapToPixel().inverted() * m_view.mapToPixel();
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, !(m_imageView == m_view));
        painter.setTransform(t, true);
        painter.drawImage(QPointF(0, 0), m_image);
        painter.restore();
    }
    if (!m_selectionShapes.isEmpty()) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        const QTransform toPixel = m_view.mapToPixel();
        for (const AreaShape &shape : std::as_const(m_selectionShapes)) {
            auto g = Geometry::fromWkb(shape.wkb);
            if (!g.ok())
                continue;
            const QPainterPath path = toPainterPath(*g, toPixel, 0.5);
            painter.fillPath(path, colours.selectionFill);
            painter.strokePath(path, QPen(colours.selectionOutline, 2.5));
        }
    }
    if (m_tool)
        m_tool->paint(painter);
    // Without a project (or areas), the main window's start panel says what to do first.
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (m_view.isValid())
        setView(m_view.withSize(size()));
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        // The middle button always pans, whatever the tool.
        setProperty("panFrom", event->position());
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (m_tool)
        m_tool->mousePress(event);
    update();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    emit cursorMoved(m_view.toMap(event->position()));
    if (event->buttons() & Qt::MiddleButton) {
        const QPointF from = property("panFrom").toPointF();
        setView(m_view.panned(event->position() - from));
        setProperty("panFrom", event->position());
        return;
    }
    if (m_tool) {
        m_tool->mouseMove(event);
        setCursor(m_tool->cursor());
    }
    update();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
        return;
    }
    if (m_tool) {
        m_tool->mouseRelease(event);
        setCursor(m_tool->cursor());
    }
    update();
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseDoubleClick(event);
    update();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->keyPress(event)) {
        update();
        return;
    }
    const double stepX = width() / 4.0;
    const double stepY = height() / 4.0;
    switch (event->key()) {
    case Qt::Key_Left:
        setView(m_view.panned(QPointF(stepX, 0)));
        break;
    case Qt::Key_Right:
        setView(m_view.panned(QPointF(-stepX, 0)));
        break;
    case Qt::Key_Up:
        setView(m_view.panned(QPointF(0, stepY)));
        break;
    case Qt::Key_Down:
        setView(m_view.panned(QPointF(0, -stepY)));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        break;
    case Qt::Key_Minus:
        zoomBy(1.0 / 1.5);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace engdrift::gui
