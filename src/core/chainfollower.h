#pragma once

#include "runtracker.h"
#include "triggerdirectory.h"

#include <chrono>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

/// Follows the task chains of the runs it is given. When a run of a chain ends FinishedSuccess
/// or FinishedFail, the task-event triggers with a rule on its task that this outcome meets are
/// read from the server, and the run each one starts is followed too (RunOrigin::Triggered, a
/// child of the run), and so on down the chain.
///
/// Nothing is waited on for ever: a trigger that cannot fire is reported as a link that will not
/// start, at once when it is disabled, its task is, or another of its rules is not met in its
/// window (and that rule's task is not running in the chain: then it is waited for); and when
/// every rule is met, its task must start within fireAllowance().
class ChainFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainFollower)

public:
    using LinkId = quint64;

    /// One trigger an ended run of a chain met, and what came of it.
    struct Link
    {
        enum class State {
            Waiting, ///< for its task to start, or for another rule's task to end
            Started, ///< its task started: `run`
            WillNotStart, ///< it cannot fire, or its task did not start: `why`
        };
        LinkId id = 0;
        RunId upstream = 0; ///< the ended run whose outcome met the trigger
        RunId root = 0;
        TaskTrigger trigger;
        State state = State::Waiting;
        RunId run = 0;
        QString why; ///< WillNotStart: why, in words; Waiting: what it waits for
    };

    /// How long a trigger's task may take to start once every rule is met. Default 2 minutes.
    static constexpr std::chrono::milliseconds DefaultFireAllowance {std::chrono::minutes(2)};

    explicit ChainFollower(RunTracker &tracker, QObject *parent = nullptr);
    ~ChainFollower() override;

    void setFireAllowance(std::chrono::milliseconds allowance);
    [[nodiscard]] std::chrono::milliseconds fireAllowance() const { return m_allowance; }

    /// Follows the chain that starts with the run (it may not have started yet).
    void follow(RunId root);
    /// The chain of the run: its root, or 0 when it is in none.
    [[nodiscard]] RunId rootOf(RunId run) const { return m_rootOf.value(run); }
    /// Nothing of the chain is live or waits: every run has ended, every trigger it met has
    /// started its task or been reported.
    [[nodiscard]] bool isSettled(RunId root) const;
    [[nodiscard]] const Link *link(LinkId id) const;
    /// The link that started the run, or 0.
    [[nodiscard]] LinkId linkOfRun(RunId run) const { return m_linkOfRun.value(run); }
    /// The links of the run's end, in the order the server listed the triggers.
    [[nodiscard]] QList<LinkId> linksFrom(RunId upstream) const
    {
        return m_linksFrom.value(upstream);
    }
    /// Every link of the chain, in the order they came.
    [[nodiscard]] QList<LinkId> linksOf(RunId root) const;

Q_SIGNALS:
    void linkAdded(ChainFollower::LinkId id);
    void linkChanged(ChainFollower::LinkId id);
    /// The chain has nothing live or waiting left (isSettled()); told once per settling.
    void chainSettled(RunId root);

private:
    void joinChain(RunId run, RunId root);
    void onRunFinished(RunId id);
    void onTriggersRead(const QString &taskId, const QList<TaskTrigger> &triggers);
    void onTriggersUnreadable(const QString &taskId, const QlikError &error);
    /// A link for each trigger the ended run's outcome meets.
    void followTriggers(RunId upstream, const QList<TaskTrigger> &triggers);
    /// The ended run's wait for the triggers on its task is over.
    void readDone(RunId upstream);
    void onUnfollowedSeen(const QList<RunServer::SessionNews> &news);
    void onPollModeChanged(RunServer::PollMode mode, const QString &why);
    /// Decides what the link waits for, or that it will not start.
    void evaluate(Link &link);
    /// The run of the chain that last ran the task, or nullptr.
    [[nodiscard]] const Run *chainRunOf(RunId root, const QString &taskId) const;
    /// Whether the rule is met within `windowMs` of `at`: true, false, or nullopt while its
    /// task runs in the chain.
    [[nodiscard]] std::optional<bool> ruleMet(RunId root, const TaskTrigger::Rule &rule,
                                              qint64 windowMs, const QDateTime &at) const;
    /// The link waits for its task to start: a session seen already, or one to come.
    void expectStart(Link &link);
    /// A session of the link's task that started after its upstream ended: followed.
    bool adoptFor(Link &link, const RunServer::SessionNews &news);
    /// Keeps an unfollowed session a while, in case a link comes to want it.
    void remember(const QString &taskId, const RunServer::SessionNews &news, const QDateTime &at);
    void giveUp(Link &link, const QString &why);
    void armDeadline();
    void onDeadline();
    void addLink(Link link);
    void changed(Link &link);
    void checkSettled(RunId root);

    /// An unfollowed session seen while chains were followed, kept a while in case a link comes
    /// to want it (its trigger is read only after its upstream run has ended).
    struct Sighting
    {
        RunServer::SessionNews news;
        QDateTime seenAt; ///< UTC
    };

    RunTracker &m_tracker;
    std::chrono::milliseconds m_allowance = DefaultFireAllowance;
    QHash<RunId, RunId> m_rootOf; ///< every run of a chain → its root
    QHash<RunId, QList<RunId>> m_runsOf; ///< root → the runs of its chain
    TriggerDirectory m_triggers;
    /// Ended runs waiting for the triggers on their task: lower-case task id → runs.
    QHash<QString, QList<RunId>> m_awaitingTriggers;
    QHash<LinkId, Link> m_links;
    QHash<RunId, QList<LinkId>> m_linksFrom;
    QHash<RunId, QList<LinkId>> m_linksOfRoot;
    QList<LinkId> m_waiting; ///< links in state Waiting
    QHash<LinkId, QDateTime> m_deadline; ///< UTC: waiting for their task's start until then
    QHash<QString, QList<Sighting>> m_sightings; ///< task id (lower case) → sessions seen
    QSet<RunId> m_unsettled; ///< roots not settled yet
    QHash<RunId, int> m_readsOf; ///< root → runs of its chain waiting for their triggers
    LinkId m_lastLink = 0;
    LinkId m_adopting = 0; ///< while adopting a run: the link it is for
    QHash<RunId, LinkId> m_linkOfRun;
    QHash<RunServer::RequestId, RunId> m_describing; ///< task listings → the run they describe
    /// Why runs started by the server cannot be seen (not even asked); empty while they can.
    QString m_cannotSee;
    QTimer m_deadlineTimer;
};
