#pragma once

#include "qrstypes.h"
#include "result.h"

#include <QByteArray>

class QJsonValue;

/// Parsers for the Qlik Repository Service wire format. They never throw and never crash on
/// hostile input (wrong types, truncated JSON, huge bodies, invalid UTF-8): they return an error.
/// Unknown fields are ignored; missing optional fields take their defaults.
namespace QrsJson {

/// Bodies larger than this are refused without parsing.
inline constexpr qsizetype MaxBodySize = 64 * 1024 * 1024;

/// The all-zero guid the start call returns when the task did not start.
inline constexpr auto ZeroGuid = "00000000-0000-0000-0000-000000000000";
[[nodiscard]] bool isZeroGuid(const QString &guid);
[[nodiscard]] bool isGuid(const QString &text);

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC; "1753-01-01T00:00:00.000Z", null or junk give an invalid
/// date.
[[nodiscard]] QDateTime parseDate(const QJsonValue &value);

[[nodiscard]] Result<QList<ExecutionResult>> parseExecutionResults(const QByteArray &body);
[[nodiscard]] Result<ExecutionSession> parseExecutionSession(const QByteArray &body);
/// `/qrs/executionsession/full`: the live sessions (the task's id from `reloadTask.id`, ...).
[[nodiscard]] Result<QList<ExecutionSession>> parseExecutionSessions(const QByteArray &body);
[[nodiscard]] Result<QList<ReloadTask>> parseTasks(const QByteArray &body);
/// `/qrs/compositeevent/full`: the task-event triggers; time triggers (eventType 0) are left out.
[[nodiscard]] Result<QList<TaskTrigger>> parseTriggers(const QByteArray &body);
[[nodiscard]] Result<AboutInfo> parseAbout(const QByteArray &body);
/// The start call's answer: `{"value":"<guid>"}` or a bare JSON string. The zero guid is returned
/// as it is (the caller decides what it means); anything that is not a guid is an error.
[[nodiscard]] Result<QString> parseStartResponse(const QByteArray &body);
/// `{"value":"..."}` answers such as script log tickets and counts (`{"value": 12}` gives "12").
[[nodiscard]] Result<QString> parseValue(const QByteArray &body);

} // namespace QrsJson
