#pragma once

#include "run.h"
#include "runserver.h"

#include <chrono>
#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

/// Owns the runs of one RunServer and follows them to their end, whatever kind of server it is:
/// polls every live run on a fixed cadence (each poll starts one interval after the previous one
/// started, never while one is in flight), keeps runs through transient failures and gives a run
/// up as Lost only after the server has not answered for it for the whole grace period, or has
/// answered for that long without any attempt for its session (it has no record of the run).
/// The poll interval backs off (capped) only while every request of a cycle fails; a poll that
/// stays unanswered longer than max(interval, the shortest grace left) is abandoned, so the
/// grace period holds to within one interval even when the server accepts connections but never
/// answers. How few requests a poll costs is the server's business (RunServer::poll()).
class RunTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTracker)

public:
    explicit RunTracker(RunServer &server, QObject *parent = nullptr);
    ~RunTracker() override;

    [[nodiscard]] RunServer &server() const { return m_server; }

    /// Resolves and starts the task; the run exists (phase Submitting) from this moment.
    RunId start(const TaskRef &task);
    /// The same for a task already listed: its name and app show from the first moment.
    RunId start(const ReloadTask &task, const RunServer::StartOptions &options = {});
    /// start() for several tasks at once: they are looked up together (RunServer::start).
    QList<RunId> startAll(const QList<TaskRef> &tasks, const RunServer::StartOptions &options = {});
    /// Follows a run started elsewhere (or before a restart, as `origin` says) by its execution
    /// session id.
    RunId follow(const ReloadTask &task, const QString &sessionId, const QDateTime &requestedAt,
                 RunOrigin origin = RunOrigin::Followed);
    /// Follows a run the server told of without being asked (unfollowedSeen()): its changed
    /// attempts so far are `results`. It may be final at once. A session followed already is
    /// not added again: its run's id is returned (a Triggered origin replaces SeenOnServer).
    RunId adopt(const ReloadTask &task, const QString &sessionId,
                const QList<ExecutionResult> &results, RunOrigin origin, RunId parent = 0);
    /// The run's task as the server lists it (a run adopted by task id only gets its name).
    void describeTask(RunId id, const ReloadTask &task);
    /// While anybody wants them, polls go on even without live runs and tell every other
    /// session that changed on the server (unfollowedSeen()); from `since` on (UTC; default:
    /// now) until a poll dates the server's clock. False when the server cannot tell them.
    bool wantUnfollowed(const QObject *who, const QDateTime &since = {});
    void unwantUnfollowed(const QObject *who);

    /// Asks the server to stop the run: stopAccepted() or stopFailed() follows.
    void stop(RunId id);
    /// Follows a Lost run again (the server is back, or the person wants to keep waiting).
    /// Returns false for runs that are not Lost.
    bool resume(RunId id);
    /// Forgets a finished run. Runs in flight are never forgotten: returns false for them.
    bool remove(RunId id);

    /// Polls the live runs at once, unless a poll is in flight or polling is paused; the cadence
    /// goes on from here.
    void pollNow();
    /// Paused, the tracker sends no polls (starts and stops still go out); a poll in flight
    /// still lands. Time spent paused does not count towards the grace period: on resuming,
    /// the live runs are polled at once and their silence is counted afresh.
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }

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
    [[nodiscard]] RunServer::PollMode pollMode() const { return m_server.pollMode(); }

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
    /// The way polls ask changed; `why` says what made it so, in words.
    void pollModeChanged(RunServer::PollMode mode, const QString &why);
    /// The server holds requests back (a rate limit), or lets them go again; `why` in words.
    void heldBack(bool held, const QString &why);
    /// Sessions nobody follows here changed on the server (wantUnfollowed()): each with the
    /// attempts that changed. adopt() follows one.
    void unfollowedSeen(const QList<RunServer::SessionNews> &news);
    /// A poll cycle ended (answered, failed or abandoned) and every run it told about is updated.
    /// `failure`: no request of it was answered, and why.
    void pollEnded(const std::optional<QlikError> &failure = std::nullopt);
    /// The server accepted to stop the run; it ends when the server says it has stopped.
    void stopAccepted(RunId id);
    /// A stop request failed; the run goes on.
    void stopFailed(RunId id, const QlikError &error);

private:
    void onSubmitted(RunServer::RequestId request, const ReloadTask &task, const QString &sessionId,
                     const QString &note);
    void onStartFailed(RunServer::RequestId request, const QlikError &error);
    void onPolled(RunServer::RequestId request, const QList<RunServer::SessionNews> &news);
    void onPollEnded(RunServer::RequestId request, const std::optional<QlikError> &failure,
                     bool answered, bool askAgainNow);
    void onPollOverdue();
    void endPoll(const std::optional<QlikError> &failure, bool answered, bool askAgainNow);
    /// The run's complete list of attempts, as an answer by session id gives it.
    void applyResults(Run &run, QList<ExecutionResult> results);
    /// Only the attempts that changed, as a changes answer gives them.
    void mergeResults(Run &run, const QList<ExecutionResult> &changed);
    /// The server answered and had nothing new for the run.
    void answeredUnchanged(Run &run);
    /// An answer about the run came: no more silence, no more refused sign-in. True when there
    /// was either.
    bool clearContactTrouble(Run &run);
    /// The server answered without any attempt for the run: Lost once that lasted the grace.
    void noResults(Run &run, bool changed);
    void markUnanswered(const QlikError &error);
    void finish(Run &run, RunPhase phase);
    void schedulePoll();
    [[nodiscard]] std::chrono::milliseconds nextPollDelay() const;
    [[nodiscard]] std::chrono::milliseconds pollAllowance() const;
    /// The live runs with a session, in the order they were added, as a poll asks for them.
    [[nodiscard]] QList<RunServer::PolledRun> runsToPoll() const;
    Run *findBySession(const QString &sessionId);
    /// Polls are wanted: there are live runs, or somebody wants the unfollowed ones.
    [[nodiscard]] bool wantsPolls() const;
    Run &add(Run run);
    /// A run of a session the server has, followed from now on (Pending until told more).
    Run &addFollowed(const ReloadTask &task, const QString &sessionId, const QDateTime &requestedAt,
                     RunOrigin origin, RunId parent);
    Run &addRequested(const TaskRef &requested, const ReloadTask &known);

    RunServer &m_server;
    QHash<RunId, Run> m_runs;
    QList<RunId> m_order;
    QHash<QString, RunId> m_bySession; ///< the newest run of each session
    QHash<RunServer::RequestId, RunId> m_pendingStarts;
    QHash<RunServer::RequestId, RunId> m_pendingStops;
    RunServer::RequestId m_pollInFlight = 0;
    QSet<RunId> m_followed; ///< live runs with a session: what polls ask about
    QSet<const QObject *> m_wantUnfollowed;
    QStringList m_polledSessions;
    bool m_paused = false; ///< no polls until resumed (setPaused)
    QElapsedTimer m_sincePollStart; ///< the cadence: the next poll starts an interval after it
    QDateTime m_pollSentAt; ///< UTC; when the poll in flight was sent
    std::chrono::milliseconds m_pollAllowance {0}; ///< how long the poll in flight may take
    QSet<RunId> m_answered; ///< runs of the poll in flight that got an answer
    QTimer m_pollTimer;
    QTimer m_pollWatchdog; ///< abandons a poll that takes longer than m_pollAllowance
    std::chrono::milliseconds m_interval {std::chrono::seconds(5)};
    std::chrono::milliseconds m_grace {std::chrono::minutes(10)};
    std::chrono::milliseconds m_maxBackoff {std::chrono::seconds(60)};
    int m_failedPolls = 0; ///< consecutive polls in which every request failed
};
