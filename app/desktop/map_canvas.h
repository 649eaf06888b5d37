#pragma once
// MapCanvas: the map in the middle of the main window.
//
// Shows the last image the RenderWorker drew; while a new one is drawn after a pan or zoom it shows
// the previous image moved and scaled (a preview within one frame). Pans with drag and arrow keys,
// zooms with the wheel around the cursor, +/- and a box; the active MapTool handles the mouse.
// The selection is drawn here, over the image, so selecting needs no new render.

#include "edit/edit_session.h"
#include "render/map_view.h"
#include "render/render_worker.h"

#include <QDate>
#include <QElapsedTimer>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QWidget>

namespace engdrift::gui {

class MapTool;
class ProjectDocument;

class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const;

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void setLanguage(const QString &language);
    /// A raster under the map (GeoTIFF or a GDAL raster source such as a WMS), or empty for none.
    void setBackground(const QString &source);
    QString background() const { return m_background; }
    /// Show the map as this proposal plans it (nullopt: today's map).
    void setProposal(const std::optional<qint64> &proposalId);
    std::optional<qint64> proposal() const { return m_proposal; }
    /// A department's mowing zones drawn over the map with their numbers (nullptr: none), and the
    /// zones drawn as chosen (by number).
    void setMowingZones(std::shared_ptr<const MowingZones> zones);
    std::shared_ptr<const MowingZones> mowingZones() const { return m_mowingZones; }
    void setHighlightedZones(const QSet<int> &numbers);
    /// The nature value view drawn over the map (nullptr: none).
    void setNature(std::shared_ptr<const NatureResult> nature);
    std::shared_ptr<const NatureResult> nature() const { return m_nature; }
    QSet<int> highlightedZones() const { return m_highlightedZones; }
    /// What the map shows, as render options: view, date, language, unsaved edits, proposal,
    /// background. The canvas draws with them, and so does an export of the map.
    RenderOptions renderOptions() const;

    MapView view() const { return m_view; }
    void setView(const MapView &view);
    void zoomToExtent(const QRectF &extent);
    /// Centres the map on `bounds` (map units), zooming out to show them whole (with `margin`
    /// around) when they do not fit the view.
    void centreOn(const QRectF &bounds, double margin = 5.0);
    void zoomBy(double factor, const QPointF &pixel);
    void zoomBy(double factor) { zoomBy(factor, rect().center()); }

    /// The tool that gets the mouse; the canvas does not own it.
    void setTool(MapTool *tool);
    MapTool *tool() const { return m_tool; }

    QSet<qint64> selection() const { return m_selection; }
    void setSelection(const QSet<qint64> &ids);
    /// The areas valid at the canvas date with the edits applied, around a pixel or in a map rectangle.
    QList<AreaShape> areasAtPixel(const QPointF &pixel) const;
    /// The mown paths (valid at the date, or planned in the proposal shown) under a pixel.
    QList<PathShape> pathsAtPixel(const QPointF &pixel) const;
    QList<AreaShape> areasIn(const Geometry &mapShape) const;
    /// The nearest vertex of an area within `pixels` of `pixel`, for snapping; or the pixel itself.
    QPointF snap(const QPointF &pixel, double pixels = 10.0, bool *snapped = nullptr) const;

    /// Draws the map again (the content changed).
    void refresh();
    bool isRendering() const { return m_rendering; }
    /// The time of the last finished render in ms (for the status bar and the benchmark).
    qint64 lastRenderMs() const { return m_lastRenderMs; }
    /// The image on screen now (for screenshots and tests).
    QImage mapImage() const { return m_image; }

signals:
    void viewChanged(const engdrift::MapView &view);
    void cursorMoved(const QPointF &mapPoint);
    void selectionChanged(const QSet<qint64> &ids);
    void renderingChanged(bool busy);
    void renderFailed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void requestRender();
    void onRendered(quint64 id, const QImage &image, const MapView &view, const RenderStats &stats);
    void updateSelectionShapes();

    QPointer<ProjectDocument> m_document;
    QThread m_thread;
    RenderWorker *m_worker = nullptr;
    quint64 m_jobId = 0;
    bool m_rendering = false;
    QElapsedTimer m_renderTimer;
    qint64 m_lastRenderMs = 0;

    MapView m_view;
    QImage m_image;
    MapView m_imageView;
    QDate m_date = QDate::currentDate();
    QString m_language = QStringLiteral("da");
    QString m_background;
    std::optional<qint64> m_proposal;
    std::shared_ptr<const MowingZones> m_mowingZones;
    QSet<int> m_highlightedZones;
    std::shared_ptr<const NatureResult> m_nature;

    MapTool *m_tool = nullptr;
    QSet<qint64> m_selection;
    QList<AreaShape> m_selectionShapes;
};

} // namespace engdrift::gui
