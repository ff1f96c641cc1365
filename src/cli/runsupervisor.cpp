#include "runsupervisor.h"

#include "exitcode.h"

#include <algorithm>
#include <QMap>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

RunSupervisor::RunSupervisor(const CliSettings &settings, ConsoleReporter &reporter,
                             QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_reporter(reporter)
    , m_connection(m_network, settings.profile, settings.secret)
    , m_tracker(m_connection.server())
    , m_chains(m_tracker)
{
    m_reporter.setCloud(settings.profile.isCloud());
    settings.applyPolling(m_tracker);

    connect(&m_tracker, &RunTracker::runAdded, this, [this](RunId id) {
        m_follow[id].lastLineAt = QDateTime::currentDateTimeUtc();
        m_unsettled.insert(id);
        onRunUpdated(id);
    });
    // Once per poll, not per run: the contact state looks at every run.
    connect(&m_tracker, &RunTracker::pollEnded, this, &RunSupervisor::updateContactState);
    connect(
        &m_tracker, &RunTracker::pollModeChanged, this,
        [this](RunServer::PollMode mode, const QString &why) {
            if (mode == RunServer::PollMode::Fallback)
                m_reporter.warning(
                    tr("note: asking for every run by its session id from now on (%1)").arg(why));
        });
    // Said once when requests begin to wait for the tenant's rate limit, and when they go again.
    connect(&m_tracker, &RunTracker::heldBack, this, [this](bool held, const QString &why) {
        m_reporter.warning(held ? tr("note: %1").arg(why)
                                : tr("note: requests go out again (no rate limit holds them)"));
    });
    connect(&m_chains, &ChainFollower::linkChanged, this, &RunSupervisor::onLinkChanged);
    connect(&m_chains, &ChainFollower::linkAdded, this, &RunSupervisor::onLinkChanged);
    connect(&m_chains, &ChainFollower::chainSettled, this, [this](RunId root) {
        if (m_openChains.remove(root))
            finishIfDone();
    });
    connect(&m_tracker, &RunTracker::runUpdated, this, &RunSupervisor::onRunUpdated);
    connect(&m_tracker, &RunTracker::runFinished, this, &RunSupervisor::onRunFinished);
    connect(&m_tracker, &RunTracker::stopFailed, this, [this](RunId id, const QlikError &error) {
        if (const Run *run = m_tracker.run(id))
            m_reporter.warning(tr("warning: could not stop task %1: %2")
                                   .arg(ConsoleReporter::taskLabel(*run), error.message));
        if (m_awaitingStop.remove(id))
            finishIfDone();
    });
    connect(&m_tracker, &RunTracker::stopAccepted, this, &RunSupervisor::onStopAnswered);
    connect(&m_connection.server(), &RunServer::logFetched, this,
            [this](RunServer::RequestId request, const QString &, const QString &text) {
                onScriptLog(request, text);
            });
    connect(&m_connection.server(), &RunServer::logFailed, this, &RunSupervisor::onScriptLogFailed);

    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &RunSupervisor::onTimeout);
    m_tickTimer.setInterval(1s);
    connect(&m_tickTimer, &QTimer::timeout, this, &RunSupervisor::onTick);
    m_stopGraceTimer.setSingleShot(true);
    connect(&m_stopGraceTimer, &QTimer::timeout, this, &RunSupervisor::finishNow);
}

RunSupervisor::~RunSupervisor() = default;

void RunSupervisor::start()
{
    if (m_finished)
        return; // interrupted before it began
    if (m_settings.timeout.count() > 0)
        m_timeoutTimer.start(m_settings.timeout);
    m_tickTimer.start();
    m_starting = true;
    const QList<RunId> started = m_tracker.startAll(m_settings.tasks, m_settings.startOptions);
    if (m_settings.followChain) {
        for (const RunId id : started) {
            m_openChains.insert(id);
            m_chains.follow(id);
        }
    }
    m_starting = false;
    finishIfDone();
}

void RunSupervisor::onLinkChanged(ChainFollower::LinkId id)
{
    const ChainFollower::Link *link = m_chains.link(id);
    if (!link || link->state != ChainFollower::Link::State::WillNotStart ||
        m_reportedLinks.contains(id))
        return;
    m_reportedLinks.insert(id);
    if (const Run *upstream = m_tracker.run(link->upstream))
        m_reporter.triggerWillNotStart(*upstream, link->trigger.target.name, link->why);
}

void RunSupervisor::onRunUpdated(RunId id)
{
    const Run *run = m_tracker.run(id);
    if (!run)
        return;
    Follow &follow = m_follow[id];
    if (follow.ended)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!follow.startPrinted && !run->sessionId.isEmpty()) {
        follow.startPrinted = true;
        follow.lastLineAt = now;
        const ChainFollower::Link *link = m_chains.link(m_chains.linkOfRun(id));
        const Run *upstream = m_tracker.run(run->parent);
        if (link && upstream)
            m_reporter.runTriggered(
                *run, {upstream->displayName(), upstream->sessionId, link->trigger.name});
        else
            m_reporter.runStarted(*run);
        if (m_settings.noWait) {
            follow.ended = true;
            m_reporter.submittedNoWait(*run);
            finishIfDone();
            return;
        }
    }
    if (!run->isFinished() && run->error && run->error->category == QlikError::Category::SignIn) {
        // Signing in again was refused: nothing this call can do brings the sign-in back.
        m_reporter.signedOut(*run);
        endRun(id, false, ExitCode::SignedOut);
        finishIfDone();
        return;
    }
    for (; follow.printedChanges < run->history.size(); ++follow.printedChanges) {
        const StatusChange &change = run->history.at(follow.printedChanges);
        const bool last = follow.printedChanges == run->history.size() - 1;
        if (last && run->phase == RunPhase::Finished && change.status.isFinal())
            continue; // the end line tells it
        m_reporter.statusChanged(*run, change);
        follow.lastLineAt = now;
    }
}

milliseconds RunSupervisor::contactLostThreshold() const
{
    return std::max(2 * m_settings.pollInterval,
                    std::min<milliseconds>(10s, m_settings.unreachableGrace / 2));
}

void RunSupervisor::updateContactState()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool anyLive = false;
    const Run *failing = nullptr;
    for (const RunId id : m_tracker.runIds()) {
        const Run *run = m_tracker.run(id);
        if (!run || m_follow.value(id).ended)
            continue;
        if (run->phase != RunPhase::Pending && run->phase != RunPhase::Running)
            continue;
        anyLive = true;
        if (run->failingSince.isValid() && (!failing || run->failingSince < failing->failingSince))
            failing = run;
    }
    if (!m_contactLost && failing &&
        failing->failingSince.msecsTo(now) >= contactLostThreshold().count()) {
        m_contactLost = true;
        m_lostSince = failing->failingSince;
        m_reporter.contactLost(failing->error ? failing->error->message : tr("no answer"));
    } else if (m_contactLost && anyLive && !failing) {
        m_contactLost = false;
        m_reporter.contactRestored(m_lostSince.msecsTo(now));
    }
}

void RunSupervisor::onRunFinished(RunId id)
{
    onRunUpdated(id);
    const Run *run = m_tracker.run(id);
    if (!run)
        return;
    Follow &follow = m_follow[id];
    if (follow.ended)
        return;
    if (run->phase == RunPhase::NotSubmitted)
        m_reporter.notSubmitted(*run, m_settings.profile);
    endRun(id, follow.timedOut);
    const RunOutcome outcome = run->outcome();
    if (run->phase == RunPhase::Finished && !follow.timedOut &&
        (outcome == RunOutcome::Failed || outcome == RunOutcome::Aborted)) {
        m_reporter.failureDetails(*run);
        fetchScriptLog(id);
    }
    finishIfDone();
}

void RunSupervisor::endRun(RunId id, bool timedOut, std::optional<int> exitCode)
{
    const Run *run = m_tracker.run(id);
    Follow &follow = m_follow[id];
    follow.ended = true;
    follow.timedOut = timedOut;
    follow.exitCode = exitCode.value_or(
        ExitCode::forRun(run ? run->outcome() : RunOutcome::InProgress, timedOut));
    m_exitCode = ExitCode::combine(m_exitCode, follow.exitCode);
    if (run)
        m_reporter.runEnded(*run, follow.exitCode, timedOut);
}

void RunSupervisor::fetchScriptLog(RunId id)
{
    const Run *run = m_tracker.run(id);
    const ExecutionResult *latest = run ? run->latest() : nullptr;
    if (!latest) {
        if (run)
            m_reporter.scriptLogUnavailable(*run, tr("the run has no execution result"));
        return;
    }
    // The server always answers later, never from within the call.
    m_follow[id].scriptLogRequest = m_connection.server().fetchLog(run->task, *latest);
}

RunId RunSupervisor::runForScriptLog(RunServer::RequestId request) const
{
    for (auto it = m_follow.cbegin(); it != m_follow.cend(); ++it) {
        if (it->scriptLogRequest == request)
            return it.key();
    }
    return 0;
}

void RunSupervisor::scriptLogDone(RunId id)
{
    m_follow[id].scriptLogRequest = 0;
    finishIfDone();
}

void RunSupervisor::onScriptLog(RunServer::RequestId request, const QString &text)
{
    const RunId id = runForScriptLog(request);
    const Run *run = id ? m_tracker.run(id) : nullptr;
    if (!run)
        return;
    m_reporter.scriptLog(*run, text, ScriptLogLines);
    scriptLogDone(id);
}

void RunSupervisor::onScriptLogFailed(RunServer::RequestId request, const QlikError &error)
{
    const RunId id = runForScriptLog(request);
    const Run *run = id ? m_tracker.run(id) : nullptr;
    if (!run)
        return;
    m_reporter.scriptLogUnavailable(*run, error.message);
    scriptLogDone(id);
}

void RunSupervisor::onTimeout()
{
    m_timedOut = true;
    bool stopping = false;
    for (const RunId id : m_tracker.runIds()) {
        Follow &follow = m_follow[id];
        const Run *run = m_tracker.run(id);
        if (follow.ended && follow.scriptLogRequest != 0) {
            // The run's end and exit code are known; only its script log is still on the way.
            // --timeout bounds the whole call: give the log up, keep the run's code.
            follow.scriptLogRequest = 0;
            if (run)
                m_reporter.scriptLogUnavailable(
                    *run, tr("--timeout passed while it was being fetched; not waiting for it"));
        }
        if (follow.ended || !run)
            continue;
        follow.timedOut = true;
        const bool stop =
            m_settings.stopOnTimeout && !run->sessionId.isEmpty() && !run->isFinished();
        m_reporter.timedOut(*run, stop);
        if (stop) {
            m_tracker.stop(id);
            stopping = true;
        } else {
            endRun(id, true);
        }
    }
    // Runs the chains may still start are not waited for.
    m_openChains.clear();
    if (stopping) {
        // Wait for the stopped runs to end (Aborted), but not for ever.
        m_stopGraceTimer.start(std::max<milliseconds>(30s, 10 * m_settings.pollInterval));
    }
    finishIfDone();
}

void RunSupervisor::interrupt(int signalNumber)
{
    if (m_finished)
        return;
    if (m_interruptSignal != 0) {
        finishNow(); // a second signal: no more waiting for stop answers
        return;
    }
    m_interruptSignal = signalNumber;
    m_openChains.clear();
    const int code = ExitCode::forSignal(signalNumber);
    const QString signalName = ExitCode::signalName(signalNumber);
    m_timeoutTimer.stop();
    // Before start() there is no run yet: that call was interrupted, nothing ended.
    bool anyInFlight = m_tracker.runIds().isEmpty();
    for (const RunId id : m_tracker.runIds()) {
        Follow &follow = m_follow[id];
        const Run *run = m_tracker.run(id);
        if (follow.scriptLogRequest != 0) {
            // Its outcome is known (the run ended); only the script log was still coming.
            follow.scriptLogRequest = 0;
            if (run)
                m_reporter.scriptLogUnavailable(
                    *run, tr("interrupted by %1 while it was being fetched").arg(signalName));
        }
        if (follow.ended || !run)
            continue;
        anyInFlight = true;
        // RunTracker::stop needs the task id, and a run without a session has not started yet.
        const bool stop = m_settings.stopOnInterrupt && !run->isFinished() &&
            !run->task.id.isEmpty() && !run->sessionId.isEmpty();
        follow.ended = true;
        follow.interrupted = true;
        follow.exitCode = code;
        m_reporter.interrupted(*run, signalName, stop, code);
        if (stop) {
            m_awaitingStop.insert(id);
            m_tracker.stop(id);
        }
    }
    // Runs still in flight give the signal's code, which outranks every run's. When every
    // outcome was already known (only script logs were pending), the code is theirs.
    if (anyInFlight)
        m_exitCode = ExitCode::combine(m_exitCode, code);
    if (!m_awaitingStop.isEmpty())
        m_stopGraceTimer.start(milliseconds(CliOptions::StopOnInterruptWaitMs));
    finishIfDone();
}

void RunSupervisor::onStopAnswered(RunId id)
{
    if (!m_awaitingStop.remove(id))
        return;
    if (const Run *run = m_tracker.run(id))
        m_reporter.stopAccepted(*run);
    finishIfDone();
}

void RunSupervisor::onTick()
{
    updateContactState();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RunId id : m_tracker.runIds()) {
        Follow &follow = m_follow[id];
        const Run *run = m_tracker.run(id);
        if (follow.ended || !run || run->isFinished())
            continue;
        if (follow.lastLineAt.msecsTo(now) >= m_settings.stillRunningInterval.count()) {
            follow.lastLineAt = now;
            m_reporter.stillRunning(*run, run->elapsedMs(now));
        }
    }
}

void RunSupervisor::finishIfDone()
{
    if (m_finished || m_starting || !m_awaitingStop.isEmpty() || !m_openChains.isEmpty())
        return;
    // Each run leaves the set once: the walk stops at the first one still unsettled.
    for (auto it = m_unsettled.begin(); it != m_unsettled.end();) {
        const auto follow = m_follow.constFind(*it);
        if (follow != m_follow.cend() && (!follow->ended || follow->scriptLogRequest != 0))
            return;
        it = m_unsettled.erase(it);
    }
    finishNow();
}

void RunSupervisor::finishNow()
{
    if (m_finished)
        return;
    m_finished = true;
    m_tickTimer.stop();
    m_timeoutTimer.stop();
    m_stopGraceTimer.stop();
    for (const RunId id : std::as_const(m_awaitingStop)) {
        if (const Run *run = m_tracker.run(id))
            m_reporter.stopUnanswered(*run);
    }
    m_awaitingStop.clear();
    QMap<QString, int> endings;
    for (const RunId id : m_tracker.runIds()) {
        if (!m_follow.value(id).ended)
            endRun(id, true); // still not ended after a stop request: give up on it
        const Follow &follow = m_follow[id];
        const Run *run = m_tracker.run(id);
        if (!run)
            continue;
        QString ending = follow.interrupted ? u"Interrupted"_s
            : m_settings.noWait && !run->sessionId.isEmpty()
            ? tr("submitted")
            : ConsoleReporter::outcomeName(run->outcome(), follow.timedOut);
        ++endings[ending];
    }
    m_reporter.summary(endings, m_exitCode);
    Q_EMIT finished(m_exitCode);
}
