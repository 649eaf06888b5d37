#pragma once
// runInBackground: runs a read-only query of a project on a thread of Engdrift's own pool (with
// its own ProjectStore, as GDAL wants) and hands the result to a receiver on the GUI thread. The
// GUI thread never waits for the database. waitForBackgroundTasks() (the main window calls it when
// it closes) lets running tasks finish before the program's objects go away.
//
// Not Qt's global pool: Qt's raster paint engine draws in parallel on the global pool, and a task
// that waits for the database there (while a save waits for a render to finish reading) would
// starve the render of its threads: a deadlock until SQLite's busy timeout.

#include "store/project_store.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace engdrift::gui {

/// The pool of the tasks that read or write projects.
inline QThreadPool &backgroundPool()
{
    static QThreadPool pool;
    return pool;
}

template <typename T>
void runInBackground(const QString &projectPath, QObject *receiver,
                     std::function<Result<T>(const ProjectStore &)> query, std::function<void(const Result<T> &)> done)
{
    QPointer<QObject> guard(receiver);
    backgroundPool().start([projectPath, query, done, guard] {
        auto result = std::make_shared<Result<T>>(makeError(QString()));
        {
            auto store = openStore(projectPath, OpenMode::ReadOnly);
            *result = store.ok() ? query(**store) : Result<T>(store.error());
        } // the store closes on this thread
        if (guard) {
            QMetaObject::invokeMethod(guard.data(), [guard, done, result] {
                if (guard)
                    done(*result);
            }, Qt::QueuedConnection);
        }
    });
}

/// Waits until every background task has finished (their results are dropped if the receiver is gone).
inline void waitForBackgroundTasks()
{
    backgroundPool().waitForDone();
}

} // namespace engdrift::gui
