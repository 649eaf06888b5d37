#pragma once
// TaskProgress: the window-modal progress dialog, with Cancel, of a long task that runs in the
// background (runInBackground, background_task.h): the atlas, an export for other GIS, a report.
//
// Made on the GUI thread; a copy goes to the task, whose thread reports through report() (the
// dialog is updated on the GUI thread) and learns there that the user cancelled. The dialog
// appears only when the task takes longer than a moment, and goes when close() is called or its
// parent does. Copies share one dialog and one cancel flag.

#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace engdrift::gui {

class TaskProgress
{
public:
    TaskProgress(QWidget *parent, const QString &label);

    /// Any thread: shows `done` of `total`; false once the user has cancelled.
    bool report(qint64 done, qint64 total) const;
    /// True once the user has cancelled (the flag a task may poll itself).
    bool cancelled() const { return m_cancel->load(); }
    const std::atomic_bool *cancelFlag() const { return m_cancel.get(); }
    /// GUI thread: closes the dialog (a close is no cancel: cancelled() keeps what it was).
    void close() const;

private:
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_bool> m_closing;
};

} // namespace engdrift::gui
