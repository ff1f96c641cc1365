#pragma once

#include "qlikerror.h"
#include "qrstypes.h"
#include "taskref.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>

using RunId = quint64;

/// Where a run stands, from the moment it is asked for until its end.
enum class RunPhase {
    Submitting, ///< resolving the task and asking the repository to start it
    NotSubmitted, ///< the repository did not accept it (final)
    Pending, ///< accepted; no execution result yet
    Running, ///< an execution result exists and is not final
    Finished, ///< the newest execution result is final
    Lost, ///< no answer, or no record of the run, for longer than the grace period, or a start
          ///< that may have happened but was never confirmed (final)
};

/// How a run ended, for exit codes, colours and notifications.
enum class RunOutcome { InProgress, Succeeded, Failed, Aborted, Skipped, NotSubmitted, Lost };

/// How the tracker came to follow a run.
enum class RunOrigin {
    Started, ///< started here
    Followed, ///< started elsewhere and followed by its session (a restart, --session)
    Triggered, ///< started by the server: a trigger on the end of a run of its chain
    SeenOnServer, ///< started by the server or somebody else, seen while watching the server
};

/// "started", "followed", "triggered", "seen": in files and JSON.
[[nodiscard]] QString originKey(RunOrigin origin);
[[nodiscard]] std::optional<RunOrigin> originFromKey(QStringView key);

/// A status as first seen by the tracker.
struct StatusChange
{
    QDateTime observedAt;
    TaskStatus status;
};

/// One start of one task, followed to its end. Owned by RunTracker; read by everybody else.
struct Run
{
    RunId id = 0;
    TaskRef requested; ///< what the person asked for
    ReloadTask task; ///< filled in once the task is resolved
    QString sessionId; ///< execution session id; empty until submitted
    RunOrigin origin = RunOrigin::Started;
    RunId parent = 0; ///< Triggered: the run whose end started it
    RunPhase phase = RunPhase::Submitting;
    QDateTime requestedAt; ///< UTC
    QDateTime finishedAt; ///< UTC; when the tracker saw the end
    QList<ExecutionResult> results; ///< every attempt of the session, newest last
    QList<StatusChange> history; ///< every status change seen
    std::optional<QlikError> error; ///< why it was not submitted, or the last poll error
    QString startNote; ///< how the session was found when the start's answer was lost
    QDateTime failingSince; ///< UTC; first of the current run of failed polls, else invalid
    /// UTC; since when answered polls have carried no execution result for the session (the
    /// repository has no record of it yet, or any more), else invalid.
    QDateTime unknownSince;

    [[nodiscard]] bool isFinished() const;
    /// The newest attempt, if any result came yet.
    [[nodiscard]] const ExecutionResult *latest() const;
    [[nodiscard]] std::optional<TaskStatus> status() const;
    [[nodiscard]] RunOutcome outcome() const;
    /// From the repository's start time (or the request, before that) to its stop time (or now).
    [[nodiscard]] qint64 elapsedMs(const QDateTime &now) const;
    /// The task's name, or what was asked for until the repository has resolved it.
    [[nodiscard]] QString displayName() const;
    /// The error, else the newest attempt's last error or warning, else its last message, else
    /// the start note.
    [[nodiscard]] QString lastMessage() const;
};
