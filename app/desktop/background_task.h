#pragma once
// runInBackground: runs a read-only query of a project on a thread of its own (with its own
// ProjectStore, as GDAL wants) and hands the result to a receiver on the GUI thread. The GUI
// thread never waits for the database.

#include "store/project_store.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace engdrift::gui {

template <typename T>
void runInBackground(const QString &projectPath, QObject *receiver,
                     std::function<Result<T>(const ProjectStore &)> query, std::function<void(const Result<T> &)> done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([projectPath, query, done, guard] {
        auto result = std::make_shared<Result<T>>(makeError(QString()));
        {
            auto store = ProjectStore::open(projectPath, OpenMode::ReadOnly);
            *result = store.ok() ? query(**store) : Result<T>(store.error());
        } // the store closes on this thread
        if (guard) {
            QMetaObject::invokeMethod(guard.data(), [guard, done, result] {
                if (guard)
                    done(*result);
            }, Qt::QueuedConnection);
        }
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace engdrift::gui
