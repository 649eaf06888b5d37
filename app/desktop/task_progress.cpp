#include "task_progress.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <algorithm>
#include <climits>

namespace engdrift::gui {
namespace {

struct TaskProgressText
{
    Q_DECLARE_TR_FUNCTIONS(TaskProgress)
};

} // namespace

TaskProgress::TaskProgress(QWidget *parent, const QString &label)
    : m_cancel(std::make_shared<std::atomic_bool>(false)), m_closing(std::make_shared<std::atomic_bool>(false))
{
    auto *dialog = new QProgressDialog(label, TaskProgressText::tr("Cancel"), 0, 100, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    // Closing the dialog says "canceled" too: only the user's cancel counts.
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [cancel = m_cancel, closing = m_closing] {
        if (!closing->load())
            *cancel = true;
    });
    m_dialog = dialog;
}

bool TaskProgress::report(qint64 done, qint64 total) const
{
    QMetaObject::invokeMethod(qApp, [dialog = m_dialog, done, total] {
        if (dialog) {
            dialog->setMaximum(static_cast<int>(std::min<qint64>(total, INT_MAX)));
            dialog->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
        }
    });
    return !m_cancel->load();
}

void TaskProgress::close() const
{
    *m_closing = true;
    if (m_dialog)
        m_dialog->close();
}

} // namespace engdrift::gui
