#pragma once

#include <QList>
#include <QString>
#include <QStringView>

/// Wording shared by the command line and the desktop app.
namespace TextFormat {
/// "850 ms", "12 s", "2 min 05 s", "1 h 02 min"; translated.
[[nodiscard]] QString duration(qint64 ms);
/// The last `count` lines of a text with any line ends (CRLF from Qlik), as views into `text` (no
/// copy of a large log); trailing empty lines dropped.
[[nodiscard]] QList<QStringView> lastLineViews(QStringView text, int count);

/// One field of text from a server or a person, made safe to print on a terminal as part of
/// one line: C0 controls (line ends and tabs too), DEL, C1 controls (U+0080-U+009F) and the
/// Unicode bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069) are shown escaped as
/// `\n`, `\r`, `\t`, `\e`, `\x07`, `\u009b`, `\u202e`; everything else is unchanged. Backslashes
/// are kept as they are, so applying it twice changes nothing. Multi-line text (a script log) is
/// split into lines first and each line passed on its own.
[[nodiscard]] QString forTerminal(QStringView text);
/// Whether forTerminal() shows this UTF-16 code unit escaped.
[[nodiscard]] bool isTerminalUnsafe(char16_t c);
} // namespace TextFormat
