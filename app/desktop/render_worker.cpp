#include "render_worker.h"

#include <QMetaObject>
#include <QPainter>

namespace engdrift::gui {

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
    const QSize pixels = job.options.view.size() * job.devicePixelRatio;
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(job.devicePixelRatio);
    QPainter painter(&image);
    MapRenderer renderer(*m_store, MapStyle(m_store->catalogue()));
    auto stats = renderer.render(painter, job.options, job.cancel.get());
    painter.end();
    {
        QMutexLocker lock(&m_mutex);
        if (m_running == job.cancel)
            m_running.reset();
    }
    if (!stats.ok()) {
        emit failed(job.id, stats.errorMessage());
        return;
    }
    if (stats->cancelled || job.cancel->load())
        return;
    emit rendered(job.id, image, job.options.view, *stats);
}

} // namespace engdrift::gui
