#pragma once
// The program's languages: Danish and English, from Qt Linguist files built into the program.

#include <QString>

namespace engdrift {

/// "da" when the user's system language is Danish, otherwise "en". ENGDRIFT_LANGUAGE overrides.
QString systemLanguage();

/// Installs the translations of `language` ("da" or "en") in the running application, replacing
/// any installed before. Returns false if the language is not available.
bool installTranslations(const QString &language);

/// The language installed last ("en" before any call).
QString currentLanguage();

} // namespace engdrift
