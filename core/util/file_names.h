#pragma once
// File names made from data (a department's name or number, a care type's code, a season): safe
// on every system the files may travel to. Any export that names a file after something in the
// project goes through safeFileName(); a name a person typed into a save dialog does not.

#include <QString>

namespace engdrift {

/// `text` as one file name (no folder): runs of dots become one, path separators (/ \), the characters Windows refuses
/// (: * ? " < > |), control characters and Unicode format characters (such as the bidirectional
/// overrides that make "exe.pdf" look like "fdp.exe") become '_'; leading and trailing dots and
/// spaces go (so neither "." nor ".." nor a hidden file can come out); a name Windows reserves
/// (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without an extension) gets a '_' after it; the
/// result is at most `maxBytes` bytes of UTF-8 (cut at a character boundary); nothing left gives
/// `fallback`. `suffix` (e.g. ".pdf") is appended after the cut, and is taken as given.
QString safeFileName(const QString &text, const QString &suffix = QString(), int maxBytes = 120,
                     const QString &fallback = QStringLiteral("unnamed"));

} // namespace engdrift
