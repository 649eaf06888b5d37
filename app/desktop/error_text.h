#pragma once
// Errors as a person reads them in the desktop program: the sentence first, the libraries' own
// words (Error::detail: what GDAL, SQLite or the system said, without the SQL) below it.

#include "util/result.h"

class QWidget;

namespace engdrift::gui {

/// The sentence, and the detail on the lines below it (for labels and reports).
QString errorText(const Error &error);

/// A warning box: the sentence, the detail below it in smaller type. Returns when it is closed.
void showError(QWidget *parent, const QString &title, const Error &error);

} // namespace engdrift::gui
