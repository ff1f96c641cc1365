#include "historyrecord.h"

#include <QStringTokenizer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
/// The first line of `text` that is not blank, trimmed.
QString firstLine(const QString &text)
{
    for (QStringView line : QStringTokenizer(text, u'\n')) {
        line = line.trimmed(); // also drops the '\r' of CRLF
        if (!line.isEmpty())
            return line.toString();
    }
    return {};
}
} // namespace

HistoryRecord HistoryRecord::fromRun(const Run &run, const QString &profileName,
                                     const QDateTime &now)
{
    HistoryRecord record;
    record.key = run.sessionId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                         : run.sessionId.toLower();
    record.profileName = profileName;
    record.taskId =
        run.task.id.isEmpty() && run.requested.isId() ? run.requested.text() : run.task.id;
    record.taskName = run.displayName();
    record.appName = run.task.appName;
    record.outcome = run.outcome();
    const ExecutionResult *latest = run.latest();
    if (latest)
        record.statusName = latest->status.name();
    record.requestedAt = run.requestedAt.toUTC();
    if (!run.results.isEmpty() && run.results.constFirst().startTime.isValid())
        record.startedAt = run.results.constFirst().startTime.toUTC();
    if (latest && latest->stopTime.isValid())
        record.finishedAt = latest->stopTime.toUTC();
    else if (run.finishedAt.isValid())
        record.finishedAt = run.finishedAt.toUTC();
    else
        record.finishedAt = now.toUTC();
    record.durationMs = run.elapsedMs(now);
    record.message = firstLine(run.lastMessage());
    return record;
}
