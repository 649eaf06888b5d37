#pragma once
// RenderWorker: the render job. Draws the map on its own thread, one job at a time, always the
// latest; the desktop canvas, the command line, print layouts and the atlas share it.
//
// A caller submits a job for every view change; a job that is still waiting is replaced and a
// job that is drawing is cancelled, so a burst of wheel events costs one render. The worker opens
// its own read-only ProjectStore on its thread (GDAL datasets are per thread) and keeps it open
// while the path stays the same.

#include "render/map_renderer.h"

#include <QImage>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace engdrift {

/// One drawing of the map: what to draw (options: view, date, edits, proposal, ...) of which
/// project, at which device pixel ratio. run() draws it on the calling thread with a store of that
/// thread; RenderWorker runs jobs on its own thread.
struct RenderJob
{
    quint64 id = 0;
    QString projectPath;
    RenderOptions options;
    qreal devicePixelRatio = 1.0;
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);

    /// Draws the job into a new image (options.view.size() x devicePixelRatio pixels) with `store`
    /// (the job's project, opened on this thread). A cancelled job returns with stats.cancelled.
    Result<QImage> run(const ProjectStore &store, RenderStats *stats = nullptr) const;
};

class RenderWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RenderWorker() override;

    /// Thread-safe: queue `job` (replacing a waiting one) and cancel the one being drawn.
    void submit(RenderJob job);
    /// Thread-safe: cancel everything and close the store (on the worker's thread).
    void reset();

signals:
    void rendered(quint64 id, const QImage &image, const engdrift::MapView &view, const engdrift::RenderStats &stats);
    void failed(quint64 id, const QString &message);

private:
    Q_INVOKABLE void process();
    Q_INVOKABLE void closeStore();

    QMutex m_mutex;
    std::optional<RenderJob> m_pending;
    std::shared_ptr<std::atomic_bool> m_running;
    std::unique_ptr<ProjectStore> m_store; // worker thread only
};

} // namespace engdrift
