#pragma once

#include "qlikservice.h"
#include "runserver.h"

#include <chrono>
#include <optional>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

/// A client-managed repository as a RunServer, over a QlikService.
///
/// A poll is one request whatever the number of runs (PollMode::Compact): the execution results
/// the repository changed since the newest change seen (less an overlap for changes written a
/// little late, until a poll sent an overlap after that change has answered; what comes twice
/// is recognised), plus as many sessions by id as fit, those without a result first, then the
/// others in turn, so that each session is checked by id now and then (a repository that lost
/// it says so). A run without a result yet is caught too: its first result comes after its start
/// was sent (or after the repository last said it had none), and every modifiedDate seen bounds
/// how far the repository's clock is ahead of ours, so the poll asks from early enough.
///
/// Until a modifiedDate has been seen (PollMode::Initial), a poll asks for the first sessions by
/// id in one request (their answer tells the repository's clock), or for every session, in as
/// many requests as the URL length needs, when some were followed from elsewhere and are known
/// only by id. For good once the repository refuses the query, dates nothing, or its
/// modifiedDate is seen not to move on a change (PollMode::Fallback), polls ask for every
/// session that way.
class QrsRunServer final : public RunServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrsRunServer)

public:
    /// How far before the newest change seen a changes poll asks from: a change the repository
    /// wrote a little late is still caught.
    static constexpr std::chrono::milliseconds ChangesOverlap {2000};

    explicit QrsRunServer(QlikService &service, QObject *parent = nullptr);
    ~QrsRunServer() override;

    [[nodiscard]] QlikService &service() const { return m_service; }

    QList<RequestId> start(const QList<TaskRef> &tasks, const StartOptions &options) override;
    RequestId stop(const ReloadTask &task, const QString &sessionId) override;
    RequestId poll(const QList<PolledRun> &runs) override;
    void abandonPoll(RequestId request) override;
    [[nodiscard]] PollMode pollMode() const override { return m_pollMode; }
    RequestId fetchLog(const ReloadTask &task, const ExecutionResult &result) override;
    RequestId listTasks() override;
    RequestId listTask(const ReloadTask &task) override;
    RequestId checkConnection() override;
    [[nodiscard]] bool offersTriggers() const override { return true; }
    RequestId fetchTriggers(const QString &taskId) override;
    bool setReportingUnfollowed(bool on, const QDateTime &since) override;

private:
    void onStartSent(QlikService::RequestId request);
    void onSubmitted(QlikService::RequestId request, const ReloadTask &task,
                     const QString &sessionId, const QString &note);
    void onPolled(QlikService::RequestId request, const QStringList &sessionIds,
                  const QList<ExecutionResult> &results);
    void onPollCompleted(QlikService::RequestId request);
    void onChangesFailed(QlikService::RequestId request, const QlikError &error);
    /// One kind of task listed (or `error`): tasksListed() once every kind has answered.
    void listed(QlikService::RequestId request, const QList<ReloadTask> &tasks,
                const std::optional<QlikError> &error);
    void onRequestFailed(QlikService::RequestId request, QlikService::Operation operation,
                         const QlikError &error);
    /// Learns the newest change and how far the repository's clock is at least ahead of
    /// m_clock from the results an answer brought; gives changes polls up when they are undated.
    void learnFromDates(const QList<ExecutionResult> &results);
    /// False (and changes polling given up) when an attempt changed while its modifiedDate did
    /// not move: changes polls would miss such changes.
    bool modifiedDateMoved(const QList<ExecutionResult> &known,
                           const QList<ExecutionResult> &answered);
    /// What a changes poll asks from: the newest change seen less the overlap (or the moment up
    /// to which every change is settled), but early enough for the first result of every
    /// polled run that has none yet.
    [[nodiscard]] QDateTime changesAnchor() const;
    /// Every polled run has a result or a moment its first result comes after.
    [[nodiscard]] bool firstResultsBounded() const;
    /// Sessions in the order a one-request poll checks them by id: those without results first,
    /// then the others, each group from its turn's position.
    [[nodiscard]] QStringList checkOrder(const QStringList &sessionIds);
    /// `sessionIds` from position `turn` on, then the ones before it; `turn` kept in range.
    [[nodiscard]] static QStringList inTurn(const QStringList &sessionIds, qsizetype &turn);
    struct SessionAnswer
    {
        QString sessionId; ///< lower case
        QList<ExecutionResult> results;
        QDateTime endedAt; ///< the newest stopTime among them; invalid while none stopped
    };
    /// An answer's results by session, those that stopped first first, the others last.
    [[nodiscard]] static QList<SessionAnswer>
    answersInOrderOfEnd(const QList<ExecutionResult> &results);
    /// The attempts of a session nobody polled that changed since they were last reported.
    [[nodiscard]] QList<ExecutionResult> unreported(const QList<ExecutionResult> &results);
    /// Forgets the reports a changes poll from `changesAfter` on can no longer bring again.
    void forgetUnreachableReports(const QDateTime &changesAfter);
    void setPollMode(PollMode mode, const QString &why);
    void endPoll(bool failed);

    QlikService &m_service;
    QHash<QlikService::RequestId, RequestId> m_startOf; ///< service request → our start request
    QHash<QlikService::RequestId, RequestId> m_stopOf;
    QHash<QlikService::RequestId, RequestId> m_logOf;
    /// A listing of every kind of task: one request per kind.
    struct Listing
    {
        QList<QList<ReloadTask>> byType;
        qsizetype pending = 0;
        std::optional<QlikError> failure;
    };
    QHash<RequestId, Listing> m_listings;
    /// service request → our listing and the kind it lists (its position in byType)
    QHash<QlikService::RequestId, std::pair<RequestId, qsizetype>> m_listOf;
    QHash<QlikService::RequestId, RequestId> m_checkOf;
    QHash<QlikService::RequestId, RequestId> m_triggersOf;
    RequestId m_lastId = 0;

    QElapsedTimer m_clock; ///< local time, compared with the repository's clock
    /// The least the repository's clock (ms since the epoch) is ahead of m_clock: a modifiedDate
    /// seen less the m_clock time its answer came in, the greatest of them. Unset until one is.
    std::optional<qint64> m_repositoryAhead;
    /// Starts sent and not answered yet: the m_clock time they were sent.
    QHash<QlikService::RequestId, qint64> m_startSentClock;
    /// Sessions without a result: the m_clock time after which the repository writes their
    /// first one (their start was sent, or a poll sent then found none). A session followed from
    /// elsewhere is missing here until it has been asked by id.
    QHash<QString, qint64> m_firstResultAfter;
    PollMode m_pollMode = PollMode::Initial;
    QDateTime m_newestChange; ///< repository time: the newest modifiedDate seen, else invalid
    QElapsedTimer m_sinceNewestChange; ///< local time since m_newestChange last moved
    /// Repository time up to which every change has been seen: no overlap needed before it.
    QDateTime m_settledUpTo;
    bool m_changesRefused = false; ///< the repository cannot answer changes polls right
    /// Polls ask by session until every change up to the newest is seen (a changes answer was
    /// too big for its limit: a burst of changes).
    bool m_bySessionUntilSettled = false;
    bool m_reportUnfollowed = false; ///< setReportingUnfollowed()
    QDateTime m_unfollowedSince; ///< UTC: what changes polls ask from before a date is seen
    /// Attempts of unfollowed sessions reported, with the modifiedDate reported; kept until a
    /// changes poll can no longer bring them (older than what it asks from).
    QHash<QString, QDateTime> m_reportedUnfollowed;
    qsizetype m_withoutResultsTurn = 0; ///< where by-id checks of sessions without results go on
    qsizetype m_checkTurn = 0; ///< where by-id checks of the other sessions go on

    /// The poll in flight.
    struct Poll
    {
        RequestId id = 0;
        QlikService::RequestId serviceRequest = 0;
        QHash<QString, QList<ExecutionResult>> known; ///< the polled runs' results, by session
        QStringList sessions; ///< the polled sessions, in the tracker's order
        qint64 sentClock = 0; ///< m_clock time it was sent
        QDateTime changesAfter; ///< what a changes poll asks from; invalid by session
        /// What m_settledUpTo becomes when it answers (it was sent an overlap after the newest
        /// change); invalid when it settles nothing.
        QDateTime settlesUpTo;
        bool checksInTurn = false; ///< it takes sessions by id in turn
        qsizetype checkedWithoutResults = 0; ///< sessions without results it asks
        int answers = 0;
        std::optional<QlikError> failure;
        bool askAgainNow = false;
        QSet<QString> told; ///< sessions an answer told about
    };
    Poll m_poll;
};
