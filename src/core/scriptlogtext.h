#pragma once

#include <QByteArray>
#include <QString>

/// A script log as it came from a server (the repository's download, Qlik Cloud's log route):
/// its text, and the line that says how much of a log longer than its limit is not shown.
namespace ScriptLogText {

/// The body as text, without a leading byte order mark.
[[nodiscard]] QString fromBody(const QByteArray &body);

/// A body kept as its last part (an answer read with AnswerLimits::keepTail) starts at a whole
/// line, under a line that says how much is missing; `received` counts every byte that came.
/// Unchanged when nothing was dropped.
[[nodiscard]] QByteArray withOmittedStart(const QByteArray &tail, qint64 received);

} // namespace ScriptLogText
