#include "runtracker.h"

#include "textformat.h"

#include <algorithm>
#include <QCoreApplication>
#include <utility>

using namespace std::chrono;

namespace {

RunId nextRunId()
{
    static std::atomic<RunId> last {0};
    return ++last;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

/// Attempts of one session, oldest first; one not started yet counts as the newest.
void sortByStart(QList<ExecutionResult> &results)
{
    std::stable_sort(results.begin(), results.end(),
                     [](const ExecutionResult &a, const ExecutionResult &b) {
                         if (!a.startTime.isValid() || !b.startTime.isValid())
                             return a.startTime.isValid() && !b.startTime.isValid();
                         return a.startTime < b.startTime;
                     });
}

} // namespace

RunTracker::RunTracker(RunServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer); // the interval is a promise
    connect(&m_pollTimer, &QTimer::timeout, this, &RunTracker::pollNow);
    // Precise: a coarse timer may fire a little early, and then the grace has not quite run out.
    m_pollWatchdog.setSingleShot(true);
    m_pollWatchdog.setTimerType(Qt::PreciseTimer);
    connect(&m_pollWatchdog, &QTimer::timeout, this, &RunTracker::onPollOverdue);
    connect(&server, &RunServer::submitted, this, &RunTracker::onSubmitted);
    connect(&server, &RunServer::startFailed, this, &RunTracker::onStartFailed);
    connect(&server, &RunServer::polled, this, &RunTracker::onPolled);
    connect(&server, &RunServer::pollEnded, this, &RunTracker::onPollEnded);
    connect(&server, &RunServer::pollModeChanged, this, &RunTracker::pollModeChanged);
    connect(&server, &RunServer::heldBack, this, &RunTracker::heldBack);
    connect(&server, &RunServer::stopAccepted, this, [this](RunServer::RequestId request) {
        if (m_pendingStops.contains(request))
            Q_EMIT stopAccepted(m_pendingStops.take(request));
    });
    connect(&server, &RunServer::stopFailed, this,
            [this](RunServer::RequestId request, const QlikError &error) {
                if (m_pendingStops.contains(request))
                    Q_EMIT stopFailed(m_pendingStops.take(request), error);
            });
}

RunTracker::~RunTracker() = default;

RunId RunTracker::start(const TaskRef &task)
{
    return startAll({task}).constFirst();
}

RunId RunTracker::start(const ReloadTask &task, const RunServer::StartOptions &options)
{
    const TaskRef requested = TaskRef::byId(task.id);
    const RunId id = addRequested(requested, task).id;
    m_pendingStarts.insert(m_server.start({requested}, options).constFirst(), id);
    return id;
}

QList<RunId> RunTracker::startAll(const QList<TaskRef> &tasks,
                                  const RunServer::StartOptions &options)
{
    QList<RunId> ids;
    for (const TaskRef &task : tasks) {
        ReloadTask known;
        (task.isId() ? known.id : known.name) = task.text();
        ids.append(addRequested(task, known).id);
    }
    const QList<RunServer::RequestId> requests = m_server.start(tasks, options);
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_pendingStarts.insert(requests[i], ids[i]);
    return ids;
}

Run &RunTracker::addRequested(const TaskRef &requested, const ReloadTask &known)
{
    Run run;
    run.requested = requested;
    run.task = known;
    run.requestedAt = now();
    return add(std::move(run));
}

RunId RunTracker::follow(const ReloadTask &task, const QString &sessionId,
                         const QDateTime &requestedAt, RunOrigin origin)
{
    const RunId id =
        addFollowed(task, sessionId, requestedAt.isValid() ? requestedAt : now(), origin, 0).id;
    schedulePoll();
    return id;
}

RunId RunTracker::adopt(const ReloadTask &task, const QString &sessionId,
                        const QList<ExecutionResult> &results, RunOrigin origin, RunId parent)
{
    if (const auto known = m_runs.find(m_bySession.value(sessionId.toLower()));
        known != m_runs.end()) {
        // Adopted already (by somebody else who wanted unfollowed runs): a trigger that started
        // it is the better account of where it came from.
        if (origin == RunOrigin::Triggered && known->origin == RunOrigin::SeenOnServer) {
            known->origin = origin;
            known->parent = parent;
            Q_EMIT runUpdated(known->id);
        }
        return known->id;
    }
    QDateTime firstSeen = now();
    for (const ExecutionResult &result : results) {
        if (result.startTime.isValid() && result.startTime < firstSeen)
            firstSeen = result.startTime;
    }
    Run &added = addFollowed(task, sessionId, firstSeen, origin, parent);
    const RunId id = added.id;
    applyResults(added, results);
    schedulePoll();
    return id;
}

Run &RunTracker::addFollowed(const ReloadTask &task, const QString &sessionId,
                             const QDateTime &requestedAt, RunOrigin origin, RunId parent)
{
    Run run;
    run.requested = TaskRef::byId(task.id);
    run.task = task;
    run.sessionId = sessionId.toLower();
    run.phase = RunPhase::Pending;
    run.requestedAt = requestedAt;
    run.origin = origin;
    run.parent = parent;
    Run &added = add(std::move(run));
    m_bySession.insert(added.sessionId, added.id);
    m_followed.insert(added.id);
    return added;
}

void RunTracker::describeTask(RunId id, const ReloadTask &task)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end() || it->task.id.compare(task.id, Qt::CaseInsensitive) != 0)
        return;
    it->task = task;
    Q_EMIT runUpdated(id);
}

bool RunTracker::wantUnfollowed(const QObject *who, const QDateTime &since)
{
    const bool first = m_wantUnfollowed.isEmpty();
    if (first && !m_server.setReportingUnfollowed(true, since))
        return false;
    m_wantUnfollowed.insert(who);
    if (first)
        schedulePoll();
    return true;
}

void RunTracker::unwantUnfollowed(const QObject *who)
{
    if (m_wantUnfollowed.remove(who) && m_wantUnfollowed.isEmpty())
        m_server.setReportingUnfollowed(false, {});
}

bool RunTracker::wantsPolls() const
{
    return !m_followed.isEmpty() || !m_wantUnfollowed.isEmpty();
}

Run &RunTracker::add(Run run)
{
    run.id = nextRunId();
    const RunId id = run.id;
    m_order.append(id);
    Run &stored = *m_runs.insert(id, std::move(run));
    Q_EMIT runAdded(id);
    return stored;
}

void RunTracker::stop(RunId id)
{
    const Run *run = this->run(id);
    if (!run || run->isFinished())
        return;
    if (const RunServer::RequestId request = m_server.stop(run->task, run->sessionId))
        m_pendingStops.insert(request, id);
}

bool RunTracker::resume(RunId id)
{
    const auto it = m_runs.find(id);
    // A start that was never confirmed has no session to follow.
    if (it == m_runs.end() || it->phase != RunPhase::Lost || it->sessionId.isEmpty())
        return false;
    it->phase = it->results.isEmpty() ? RunPhase::Pending : RunPhase::Running;
    it->finishedAt = {};
    it->failingSince = {};
    it->unknownSince = {};
    it->error.reset();
    m_bySession.insert(it->sessionId, id);
    m_followed.insert(id);
    Q_EMIT runResumed(id);
    Q_EMIT runUpdated(id);
    schedulePoll();
    return true;
}

bool RunTracker::remove(RunId id)
{
    const auto it = m_runs.constFind(id);
    if (it == m_runs.cend() || !it->isFinished())
        return false;
    if (m_bySession.value(it->sessionId) == id)
        m_bySession.remove(it->sessionId);
    m_runs.erase(it);
    m_order.removeOne(id);
    Q_EMIT runRemoved(id);
    return true;
}

const Run *RunTracker::run(RunId id) const
{
    const auto it = m_runs.constFind(id);
    return it == m_runs.cend() ? nullptr : &*it;
}

bool RunTracker::hasLiveRuns() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(),
                       [](const Run &run) { return !run.isFinished(); });
}

void RunTracker::setPollInterval(milliseconds interval)
{
    m_interval = std::max(interval, milliseconds(50));
    if (m_pollTimer.isActive())
        m_pollTimer.start(nextPollDelay());
}

void RunTracker::setUnreachableGrace(milliseconds grace)
{
    m_grace = std::max(grace, milliseconds(0));
}

void RunTracker::setMaxBackoff(milliseconds ceiling)
{
    m_maxBackoff = ceiling;
}

void RunTracker::onSubmitted(RunServer::RequestId request, const ReloadTask &task,
                             const QString &sessionId, const QString &note)
{
    const auto runId = m_pendingStarts.take(request);
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    it->task = task;
    it->sessionId = sessionId.toLower();
    it->startNote = note;
    it->phase = RunPhase::Pending;
    m_bySession.insert(it->sessionId, runId);
    m_followed.insert(runId);
    Q_EMIT runUpdated(runId);
    schedulePoll();
}

void RunTracker::onStartFailed(RunServer::RequestId request, const QlikError &error)
{
    const auto it = m_runs.find(m_pendingStarts.take(request));
    if (it == m_runs.end())
        return;
    it->error = error;
    // The task may be running on the server under a session we never learnt: calling it
    // NotSubmitted would tell a scheduler it is safe to start it again.
    finish(*it,
           error.category == QlikError::Category::StartUnconfirmed ? RunPhase::Lost
                                                                   : RunPhase::NotSubmitted);
}

void RunTracker::onPolled(RunServer::RequestId request, const QList<RunServer::SessionNews> &news)
{
    if (request != m_pollInFlight)
        return; // an abandoned poll answering late
    QList<RunServer::SessionNews> unfollowed;
    for (const RunServer::SessionNews &item : news) {
        Run *run = findBySession(item.sessionId);
        if (item.kind == RunServer::SessionNews::Kind::Unfollowed) {
            // Adopted after this poll went out: its changes all the same. A session that ended
            // here is no news.
            if (run)
                mergeResults(*run, item.results);
            else if (!m_bySession.contains(item.sessionId))
                unfollowed.append(item);
            continue;
        }
        if (!run)
            continue;
        m_answered.insert(run->id);
        switch (item.kind) {
        case RunServer::SessionNews::Kind::Complete:
            applyResults(*run, item.results);
            break;
        case RunServer::SessionNews::Kind::Changed:
            mergeResults(*run, item.results);
            break;
        case RunServer::SessionNews::Kind::Unchanged:
            answeredUnchanged(*run);
            break;
        case RunServer::SessionNews::Kind::Unfollowed:
            break;
        }
    }
    if (!unfollowed.isEmpty())
        Q_EMIT unfollowedSeen(unfollowed);
}

void RunTracker::mergeResults(Run &run, const QList<ExecutionResult> &changed)
{
    QList<ExecutionResult> merged = run.results;
    mergeAttempts(merged, changed);
    applyResults(run, std::move(merged));
}

void RunTracker::answeredUnchanged(Run &run)
{
    if (!clearContactTrouble(run))
        return;
    Q_EMIT runUpdated(run.id);
}

bool RunTracker::clearContactTrouble(Run &run)
{
    const bool signedOut = run.error && run.error->category == QlikError::Category::SignIn;
    if (!run.failingSince.isValid() && !signedOut)
        return false;
    run.failingSince = {};
    run.error.reset();
    return true;
}

void RunTracker::applyResults(Run &run, QList<ExecutionResult> results)
{
    sortByStart(results);
    bool changed = clearContactTrouble(run);
    if (results.isEmpty())
        return noResults(run, changed);
    run.unknownSince = {};
    // The duration the server advances while an attempt runs is no change to anybody: the
    // view ticks it. The newest values are kept all the same.
    if (!std::equal(
            results.cbegin(), results.cend(), run.results.cbegin(), run.results.cend(),
            [](const ExecutionResult &a, const ExecutionResult &b) { return a.showsTheSameAs(b); }))
        changed = true;
    run.results = std::move(results);
    const TaskStatus status = run.results.constLast().status;
    if (run.history.isEmpty() || run.history.constLast().status != status)
        run.history.append({now(), status});
    if (status.isFinal())
        return finish(run, RunPhase::Finished);
    if (run.phase != RunPhase::Running) {
        run.phase = RunPhase::Running;
        changed = true;
    }
    if (changed)
        Q_EMIT runUpdated(run.id);
}

void RunTracker::noResults(Run &run, bool changed)
{
    // Pending, while the server has not written a result yet; but a session that has none for
    // the whole grace period (or lost the ones it had: a server restarted without its
    // sessions) is one the server has no record of, and would be followed for ever.
    const QDateTime at = now();
    if (!run.unknownSince.isValid())
        run.unknownSince = m_pollSentAt.isValid() ? m_pollSentAt : at;
    const qint64 unknownFor = run.unknownSince.msecsTo(at);
    if (unknownFor < m_grace.count()) {
        if (changed)
            Q_EMIT runUpdated(run.id);
        return;
    }
    const QString why = run.results.isEmpty()
        ? QCoreApplication::translate(
              "RunTracker",
              "the server has answered for %1 without any record of session %2 (grace period "
              "%3).")
        : QCoreApplication::translate(
              "RunTracker",
              "the records of session %2 have been gone for %1 (grace period %3); the server "
              "may have been restarted without its sessions.");
    run.error = QlikError {
        QlikError::Category::NotFound, 0,
        QCoreApplication::translate("RunTracker", "The server has no record of this run: %1")
            .arg(why.arg(TextFormat::duration(unknownFor), run.sessionId,
                         TextFormat::duration(m_grace.count())))};
    finish(run, RunPhase::Lost);
}

void RunTracker::onPollEnded(RunServer::RequestId request, const std::optional<QlikError> &failure,
                             bool answered, bool askAgainNow)
{
    if (request != m_pollInFlight)
        return; // an abandoned poll ending late
    endPoll(failure, answered, askAgainNow);
}

void RunTracker::onPollOverdue()
{
    if (m_pollInFlight == 0)
        return;
    // Abandon it: its runs count as failed now, its late answers are not told, and the next
    // poll asks for them again.
    m_server.abandonPoll(m_pollInFlight);
    endPoll(QlikError {QlikError::Category::Transient, 0,
                       QCoreApplication::translate("RunTracker", "no answer within %1")
                           .arg(TextFormat::duration(m_pollAllowance.count()))},
            false, false);
}

void RunTracker::endPoll(const std::optional<QlikError> &failure, bool answered, bool askAgainNow)
{
    m_pollWatchdog.stop();
    m_pollInFlight = 0;
    // Back off only while the server is down (every request of the cycle failed); one failed
    // request among answered ones fails its own runs only, and they are asked again next cycle.
    if (answered)
        m_failedPolls = 0;
    else if (failure)
        ++m_failedPolls;
    if (failure)
        markUnanswered(*failure);
    m_answered.clear();
    m_polledSessions.clear();
    m_pollSentAt = {};
    // A poll that failed for want of a better query, not of contact, is asked again at once (it
    // answered nothing and failed nothing: no backoff, no run marked).
    if (!askAgainNow && !m_paused && wantsPolls() && !m_pollTimer.isActive()) {
        // On the cadence: from the start of this poll, unless backing off.
        milliseconds delay = nextPollDelay();
        if (m_failedPolls == 0)
            delay = std::max(milliseconds(0), delay - milliseconds(m_sincePollStart.elapsed()));
        m_pollTimer.start(delay);
    }
    Q_EMIT pollEnded(answered ? std::nullopt : failure);
    if (askAgainNow)
        pollNow();
}

void RunTracker::markUnanswered(const QlikError &error)
{
    const QDateTime at = now();
    for (const QString &sessionId : std::as_const(m_polledSessions)) {
        Run *run = findBySession(sessionId);
        if (!run || run->isFinished() || m_answered.contains(run->id))
            continue;
        if (error.category == QlikError::Category::SignIn) {
            // The server answers; it no longer lets this profile in (a password changed, a
            // token ran out), even after signing in again. The run goes on on the server: it is
            // not lost, and is followed on as soon as the sign-in works again.
            run->failingSince = {};
            run->error = error;
            Q_EMIT runUpdated(run->id);
            continue;
        }
        // The silence began when the unanswered request was sent, not when it was given up.
        if (!run->failingSince.isValid())
            run->failingSince = m_pollSentAt.isValid() ? m_pollSentAt : at;
        run->error = error;
        if (run->failingSince.msecsTo(at) >= m_grace.count()) {
            run->error = QlikError {
                error.category, error.httpStatus,
                QCoreApplication::translate("RunTracker",
                                            "Lost contact: the server has not answered for "
                                            "%1 (grace period %2). Last error: %3")
                    .arg(TextFormat::duration(run->failingSince.msecsTo(at)),
                         TextFormat::duration(m_grace.count()), error.message)};
            finish(*run, RunPhase::Lost);
        } else {
            Q_EMIT runUpdated(run->id);
        }
    }
}

void RunTracker::finish(Run &run, RunPhase phase)
{
    m_followed.remove(run.id);
    run.phase = phase;
    run.finishedAt = now();
    Q_EMIT runUpdated(run.id);
    Q_EMIT runFinished(run.id);
}

QList<RunServer::PolledRun> RunTracker::runsToPoll() const
{
    QList<RunServer::PolledRun> runs;
    runs.reserve(m_followed.size());
    for (const RunId id : m_order) {
        const Run &run = *m_runs.constFind(id);
        if (!run.isFinished() && !run.sessionId.isEmpty())
            runs.append({run.sessionId, run.results});
    }
    return runs;
}

Run *RunTracker::findBySession(const QString &sessionId)
{
    const auto it = m_runs.find(m_bySession.value(sessionId));
    return it == m_runs.end() || it->isFinished() ? nullptr : &*it;
}

milliseconds RunTracker::nextPollDelay() const
{
    if (m_failedPolls == 0)
        return m_interval;
    // Back off, but never beyond the moment the first failing run's grace period runs out.
    milliseconds delay = m_interval * (1LL << std::min(m_failedPolls, 10));
    delay = std::min(delay, std::max(m_maxBackoff, m_interval));
    const QDateTime at = now();
    for (const Run &run : m_runs) {
        if (!run.isFinished() && run.failingSince.isValid()) {
            const milliseconds left(at.msecsTo(run.failingSince.addMSecs(m_grace.count())));
            delay = std::min(delay, std::max(left, milliseconds(0)));
        }
    }
    return delay;
}

milliseconds RunTracker::pollAllowance() const
{
    // As long as every polled run still has grace left, but at least one interval: a poll sent
    // when a run's grace has just run out still gets its chance to answer.
    milliseconds shortest = m_grace;
    const QDateTime at = now();
    for (const QString &sessionId : m_polledSessions) {
        const auto it = m_runs.constFind(m_bySession.value(sessionId));
        if (it != m_runs.cend() && it->failingSince.isValid())
            shortest = std::min(
                shortest, milliseconds(at.msecsTo(it->failingSince.addMSecs(m_grace.count()))));
    }
    return std::max(m_interval, shortest);
}

void RunTracker::schedulePoll()
{
    if (m_paused || m_pollInFlight != 0 || m_pollTimer.isActive() || !wantsPolls())
        return;
    m_pollTimer.start(nextPollDelay());
}

void RunTracker::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_pollTimer.stop();
        return;
    }
    // Nobody asked while paused: no silence to hold against the server.
    for (const RunId id : std::as_const(m_followed)) {
        Run &run = m_runs[id];
        run.failingSince = {};
        run.unknownSince = {};
    }
    m_failedPolls = 0;
    pollNow();
}

void RunTracker::pollNow()
{
    if (m_paused || !wantsPolls() || m_pollInFlight != 0)
        return;
    m_pollTimer.stop();
    const QList<RunServer::PolledRun> runs = runsToPoll();
    for (const RunServer::PolledRun &run : runs)
        m_polledSessions.append(run.sessionId);
    m_pollSentAt = now();
    m_sincePollStart.start();
    m_pollAllowance = pollAllowance();
    m_pollInFlight = m_server.poll(runs);
    m_pollWatchdog.start(m_pollAllowance);
}
