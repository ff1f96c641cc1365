#pragma once

#include "qlikservice.h"
#include "run.h"

#include <chrono>
#include <optional>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

/// Owns the runs of one QlikService and follows them to their end: polls every live run in as
/// few requests as the URL length allows, on a single-shot timer restarted after each answer,
/// keeps runs through transient failures and gives a run up as Lost only after the repository
/// has not answered for it for the whole grace period, or has answered for that long without any
/// execution result for its session (it has no record of the run). The poll interval backs off
/// (capped) only while every request of a cycle fails; a poll that stays unanswered longer than
/// max(interval, the shortest grace left) is abandoned, so the grace period holds to within one
/// interval even when the server accepts connections but never answers.
class RunTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTracker)

public:
    explicit RunTracker(QlikService &service, QObject *parent = nullptr);
    ~RunTracker() override;

    [[nodiscard]] QlikService &service() const { return m_service; }

    /// Resolves and starts the task; the run exists (phase Submitting) from this moment.
    RunId start(const TaskRef &task);
    /// The same for a task already listed: its name and app show from the first moment.
    RunId start(const ReloadTask &task);
    /// start() for several tasks at once: they are looked up together (QlikService::startTasks).
    QList<RunId> startAll(const QList<TaskRef> &tasks);
    /// Follows a run started elsewhere (or before a restart) by its execution session id.
    RunId follow(const ReloadTask &task, const QString &sessionId, const QDateTime &requestedAt);
    /// Asks the repository to stop the run's task (there is no per-execution stop).
    void stop(RunId id);
    /// Follows a Lost run again (the server is back, or the person wants to keep waiting).
    /// Returns false for runs that are not Lost.
    bool resume(RunId id);
    /// Forgets a finished run. Runs in flight are never forgotten: returns false for them.
    bool remove(RunId id);

    [[nodiscard]] const Run *run(RunId id) const;
    [[nodiscard]] QList<RunId> runIds() const { return m_order; }
    [[nodiscard]] bool hasLiveRuns() const;

    void setPollInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds pollInterval() const { return m_interval; }
    /// How long polls may fail, or answer without any execution result for a run, before live
    /// runs are given up as Lost. Default 10 minutes.
    void setUnreachableGrace(std::chrono::milliseconds grace);
    [[nodiscard]] std::chrono::milliseconds unreachableGrace() const { return m_grace; }
    /// Ceiling of the backoff between polls in which every request failed. Default 60 s.
    void setMaxBackoff(std::chrono::milliseconds ceiling);

Q_SIGNALS:
    void runAdded(RunId id);
    /// Anything about the run changed (phase, status, results, error).
    void runUpdated(RunId id);
    /// The run reached a final phase: NotSubmitted, Finished or Lost. Emitted once per run, and
    /// once more after each resume().
    void runFinished(RunId id);
    /// A Lost run is followed again (resume()); runUpdated() follows.
    void runResumed(RunId id);
    void runRemoved(RunId id);
    /// A stop request failed; the run goes on.
    void stopFailed(RunId id, const QlikError &error);

private:
    void onSubmitted(QlikService::RequestId request, const ReloadTask &task,
                     const QString &sessionId, const QString &note);
    void onPolled(QlikService::RequestId request, const QStringList &sessionIds,
                  const QList<ExecutionResult> &results);
    void onPollCompleted(QlikService::RequestId request);
    void onPollOverdue();
    void endPoll(const std::optional<QlikError> &failure);
    void onRequestFailed(QlikService::RequestId request, QlikService::Operation operation,
                         const QlikError &error);
    void applyResults(Run &run, QList<ExecutionResult> results);
    /// The repository answered without any result for the run: Lost once that lasted the grace.
    void noResults(Run &run, bool changed);
    void markUnanswered(const QlikError &error);
    void finish(Run &run, RunPhase phase);
    void pollNow();
    void schedulePoll();
    [[nodiscard]] std::chrono::milliseconds nextPollDelay() const;
    [[nodiscard]] std::chrono::milliseconds pollAllowance() const;
    [[nodiscard]] QStringList liveSessionIds() const;
    Run *findBySession(const QString &sessionId);
    Run &add(Run run);
    Run &addRequested(const TaskRef &requested, const ReloadTask &known);

    QlikService &m_service;
    QHash<RunId, Run> m_runs;
    QList<RunId> m_order;
    QHash<QString, RunId> m_bySession; ///< the newest run of each execution session
    QHash<QlikService::RequestId, RunId> m_pendingStarts;
    QHash<QlikService::RequestId, RunId> m_pendingStops;
    QlikService::RequestId m_pollInFlight = 0;
    QStringList m_polledSessions;
    QDateTime m_pollSentAt; ///< UTC; when the poll in flight was sent
    std::chrono::milliseconds m_pollAllowance {0}; ///< how long the poll in flight may take
    int m_pollAnswers = 0; ///< requests of the poll in flight that answered
    QSet<RunId> m_answered; ///< runs of the poll in flight that got an answer
    QList<QlikError> m_pollErrors; ///< errors of the poll in flight
    QTimer m_pollTimer;
    QTimer m_pollWatchdog; ///< abandons a poll that takes longer than m_pollAllowance
    std::chrono::milliseconds m_interval {std::chrono::seconds(5)};
    std::chrono::milliseconds m_grace {std::chrono::minutes(10)};
    std::chrono::milliseconds m_maxBackoff {std::chrono::seconds(60)};
    int m_failedPolls = 0; ///< consecutive polls in which every request failed
};
