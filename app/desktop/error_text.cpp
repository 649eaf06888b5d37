#include "error_text.h"

#include <QMessageBox>

namespace engdrift::gui {

QString errorText(const Error &error)
{
    const QString detail = error.detail.trimmed();
    return detail.isEmpty() ? error.message : error.message + QLatin1Char('\n') + detail;
}

void showError(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorBox"));
    box.setTextFormat(Qt::PlainText);
    if (const QString detail = error.detail.trimmed(); !detail.isEmpty()) {
        box.setInformativeText(QStringLiteral("<small>%1</small>")
                                   .arg(detail.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    }
    box.exec();
}

} // namespace engdrift::gui
