#pragma once

#include <QString>

/// Wording shared by the command line and the desktop app.
namespace TextFormat {
/// "850 ms", "12 s", "2 min 05 s", "1 h 02 min"; translated.
[[nodiscard]] QString duration(qint64 ms);
/// The last `count` lines of a text with any line ends (CRLF from Qlik), joined with '\n'.
[[nodiscard]] QString lastLines(const QString &text, int count);
} // namespace TextFormat
