#include "render/render_worker.h"

#include <QMetaObject>

namespace engdrift {

Result<QImage> RenderJob::run(const ProjectStore &store, RenderStats *stats) const
{
    return MapRenderer(store, MapStyle(store.catalogue())).renderImage(options, cancel.get(), stats, devicePixelRatio);
}

RenderWorker::~RenderWorker() = default;

void RenderWorker::submit(RenderJob job)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_running)
            m_running->store(true);
        m_pending = std::move(job);
    }
    QMetaObject::invokeMethod(this, "process", Qt::QueuedConnection);
}

void RenderWorker::reset()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_running)
            m_running->store(true);
        m_pending.reset();
    }
    QMetaObject::invokeMethod(this, "closeStore", Qt::QueuedConnection);
}

void RenderWorker::closeStore()
{
    m_store.reset();
}

void RenderWorker::process()
{
    RenderJob job;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_pending)
            return; // a later call already took it
        job = std::move(*m_pending);
        m_pending.reset();
        m_running = job.cancel;
    }
    if (!m_store || m_store->path() != job.projectPath) {
        m_store.reset();
        auto opened = openStore(job.projectPath, OpenMode::ReadOnly);
        if (!opened.ok()) {
            emit failed(job.id, opened.errorMessage());
            return;
        }
        m_store = std::move(opened).value();
    }
    RenderStats stats;
    auto image = job.run(*m_store, &stats);
    {
        QMutexLocker lock(&m_mutex);
        if (m_running == job.cancel)
            m_running.reset();
    }
    if (!image.ok()) {
        emit failed(job.id, image.errorMessage());
        return;
    }
    if (stats.cancelled || job.cancel->load())
        return;
    emit rendered(job.id, *image, job.options.view, stats);
}

} // namespace engdrift
