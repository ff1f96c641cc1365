#pragma once

#include "run.h"

#include <QDateTime>
#include <QString>

/// One finished run as the run history keeps it across restarts.
struct HistoryRecord
{
    /// The execution session id (lower case) or, for a run never submitted, a generated uuid;
    /// unique in the history.
    QString key;
    QString profileName;
    QString taskId; ///< empty when the task was never resolved
    QString taskName;
    QString appName;
    RunOutcome outcome = RunOutcome::Lost;
    /// The server's own name of the last status ("FinishedFail"); empty when there was none.
    QString statusName;
    QDateTime requestedAt; ///< UTC
    QDateTime startedAt; ///< UTC; invalid when the repository never started it
    QDateTime finishedAt; ///< UTC
    qint64 durationMs = 0;
    QString message; ///< the first line of the error or last message; may be empty

    /// The record of a finished run; `now` stands in for an end time nobody saw.
    [[nodiscard]] static HistoryRecord fromRun(const Run &run, const QString &profileName,
                                               const QDateTime &now);

    friend bool operator==(const HistoryRecord &, const HistoryRecord &) = default;
};
