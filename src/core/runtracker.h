#pragma once

#include "qlikservice.h"
#include "run.h"

#include <chrono>
#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

/// Owns the runs of one QlikService and follows them to their end: polls every live run on a
/// fixed cadence (each poll starts one interval after the previous one started, never while one
/// is in flight), keeps runs through transient failures and gives a run up as Lost only after the
/// repository has not answered for it for the whole grace period, or has answered for that long
/// without any execution result for its session (it has no record of the run). The poll interval
/// backs off (capped) only while every request of a cycle fails; a poll that stays unanswered
/// longer than max(interval, the shortest grace left) is abandoned, so the grace period holds to
/// within one interval even when the server accepts connections but never answers.
///
/// A poll is one request whatever the number of runs (PollMode::Changes): the execution results
/// the repository changed since the newest change seen (less an overlap for changes written a
/// little late, until a poll sent an overlap after that change has answered; what comes twice
/// is recognised), plus as many sessions by id as fit, those without a result first, then the
/// others in turn, so that each session is checked by id now and then (a repository that lost
/// it says so). A run without a result yet is caught too: its first result comes after its start
/// was sent (or after the repository last said it had none), and every modifiedDate seen bounds
/// how far the repository's clock is ahead of ours, so the poll asks from early enough.
///
/// Until a modifiedDate has been seen, a poll asks for the first sessions by id in one request
/// (their answer tells the repository's clock), or for every session, in as many requests as the
/// URL length needs, when some were followed from elsewhere and are known only by id
/// (PollMode::BySession). For good once the repository refuses the query, dates nothing, or its
/// modifiedDate is seen not to move on a change, polls ask for every session that way.
class RunTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTracker)

public:
    enum class PollMode { BySession, Changes };
    Q_ENUM(PollMode)
    /// How far before the newest change seen a changes poll asks from: a change the repository
    /// wrote a little late is still caught.
    static constexpr std::chrono::milliseconds ChangesOverlap {2000};

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
    [[nodiscard]] PollMode pollMode() const { return m_pollMode; }

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
    void pollModeChanged(RunTracker::PollMode mode, const QString &why);
    /// A poll cycle ended (answered, failed or abandoned) and every run it told about is updated.
    void pollEnded();
    /// A stop request failed; the run goes on.
    void stopFailed(RunId id, const QlikError &error);

private:
    void onStartSent(QlikService::RequestId request);
    void onSubmitted(QlikService::RequestId request, const ReloadTask &task,
                     const QString &sessionId, const QString &note);
    /// Learns the newest change and how far the repository's clock is at least ahead of
    /// m_clock from the results an answer brought; gives changes polls up when they are undated.
    void learnFromDates(const QList<ExecutionResult> &results);
    /// What a changes poll asks from: the newest change seen less the overlap (or the moment up
    /// to which every change is settled), but early enough for the first result of every
    /// followed run that has none yet.
    [[nodiscard]] QDateTime changesAnchor() const;
    /// Every followed run has a result or a moment its first result comes after.
    [[nodiscard]] bool firstResultsBounded() const;
    void onPolled(QlikService::RequestId request, const QStringList &sessionIds,
                  const QList<ExecutionResult> &results);
    void onPollCompleted(QlikService::RequestId request);
    void onChangesFailed(QlikService::RequestId request, const QlikError &error);
    void onPollOverdue();
    void endPoll(const std::optional<QlikError> &failure);
    void onRequestFailed(QlikService::RequestId request, QlikService::Operation operation,
                         const QlikError &error);
    struct SessionAnswer
    {
        QString sessionId; ///< lower case
        QList<ExecutionResult> results;
        QDateTime endedAt; ///< the newest stopTime among them; invalid while none stopped
    };
    /// An answer's results by session, those that stopped first first, the others last.
    [[nodiscard]] static QList<SessionAnswer>
    answersInOrderOfEnd(const QList<ExecutionResult> &results);
    /// The run's complete list of attempts, as an answer by session id gives it.
    void applyResults(Run &run, QList<ExecutionResult> results);
    /// Only the attempts that changed, as a changes answer gives them.
    void mergeResults(Run &run, const QList<ExecutionResult> &changed);
    /// The repository answered and had nothing new for the run.
    void answeredUnchanged(Run &run);
    /// An answer about the run came: no more silence, no more refused sign-in. True when there
    /// was either.
    bool clearContactTrouble(Run &run);
    /// False (and changes polling given up) when an attempt changed while its modifiedDate did
    /// not move: changes polls would miss such changes.
    bool modifiedDateMoved(const Run &run, const QList<ExecutionResult> &answered);
    void setPollMode(PollMode mode, const QString &why);
    /// Sessions in the order a one-request poll checks them by id: those without results first,
    /// then the others, each group from its turn's position.
    [[nodiscard]] QStringList checkOrder(const QStringList &sessionIds);
    /// `sessionIds` from position `turn` on, then the ones before it; `turn` kept in range.
    [[nodiscard]] static QStringList inTurn(const QStringList &sessionIds, qsizetype &turn);
    /// The repository answered without any result for the run: Lost once that lasted the grace.
    void noResults(Run &run, bool changed);
    void markUnanswered(const QlikError &error);
    void finish(Run &run, RunPhase phase);
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
    QSet<RunId> m_followed; ///< live runs with a session: what polls ask about
    QElapsedTimer m_clock; ///< local time, compared with the repository's clock
    /// The least the repository's clock (ms since the epoch) is ahead of m_clock: a modifiedDate
    /// seen less the m_clock time its answer came in, the greatest of them. Unset until one is.
    std::optional<qint64> m_repositoryAhead;
    /// Runs without a result: the m_clock time after which the repository writes their first
    /// one (their start was sent, or a poll sent then found none). A run followed from elsewhere
    /// is missing here until it has been asked by id.
    QHash<RunId, qint64> m_firstResultAfter;
    qint64 m_pollSentClock = 0; ///< m_clock time the poll in flight was sent
    QStringList m_polledSessions;
    PollMode m_pollMode = PollMode::BySession;
    QDateTime m_newestChange; ///< repository time: the newest modifiedDate seen, else invalid
    QElapsedTimer m_sinceNewestChange; ///< local time since m_newestChange last moved
    /// Repository time up to which every change has been seen: no overlap needed before it.
    QDateTime m_settledUpTo;
    /// What m_settledUpTo becomes when the poll in flight answers (it was sent an overlap after
    /// the newest change); invalid when it settles nothing.
    QDateTime m_settlesUpTo;
    QDateTime m_changesAfter; ///< what the changes poll in flight asks from; invalid by session
    bool m_changesRefused = false; ///< the repository cannot answer changes polls right
    /// Polls ask by session until every change up to the newest is seen (a changes answer was
    /// too big for its limit: a burst of changes).
    bool m_bySessionUntilSettled = false;
    bool m_pollAgainNow = false; ///< the poll in flight is asked again at once, by session
    bool m_paused = false; ///< no polls until resumed (setPaused)
    bool m_pollChecksInTurn = false; ///< the poll in flight takes sessions by id in turn
    qsizetype m_withoutResultsTurn = 0; ///< where by-id checks of sessions without results go on
    qsizetype m_checkTurn = 0; ///< where by-id checks of the other sessions go on
    qsizetype m_checkedWithoutResults = 0; ///< sessions without results the poll in flight asks
    QElapsedTimer m_sincePollStart; ///< the cadence: the next poll starts an interval after it
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
