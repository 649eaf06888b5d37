#pragma once
// The program's languages: Danish and English, from Qt Linguist files built into the program.

#include <QLocale>
#include <QString>

namespace engdrift {

/// "da" when the user's system language is Danish, otherwise "en". ENGDRIFT_LANGUAGE overrides.
QString systemLanguage();

/// Installs the translations of `language` ("da" or "en") in the running application, replacing
/// any installed before. Returns false if the language is not available.
bool installTranslations(const QString &language);

/// The language installed last ("en" before any call).
QString currentLanguage();

/// How numbers and dates are written in a language ("da": 1.234,5; otherwise 1,234.5).
QLocale languageLocale(const QString &language);

} // namespace engdrift
