#include "runtracker.h"

#include "qrsjson.h"
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

RunTracker::RunTracker(QlikService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer); // the interval is a promise
    connect(&m_pollTimer, &QTimer::timeout, this, &RunTracker::pollNow);
    // Precise: a coarse timer may fire a little early, and then the grace has not quite run out.
    m_pollWatchdog.setSingleShot(true);
    m_pollWatchdog.setTimerType(Qt::PreciseTimer);
    connect(&m_pollWatchdog, &QTimer::timeout, this, &RunTracker::onPollOverdue);
    m_clock.start();
    connect(&service, &QlikService::startSent, this, &RunTracker::onStartSent);
    connect(&service, &QlikService::taskSubmitted, this, &RunTracker::onSubmitted);
    connect(&service, &QlikService::executionsPolled, this, &RunTracker::onPolled);
    connect(&service, &QlikService::pollCompleted, this, &RunTracker::onPollCompleted);
    connect(&service, &QlikService::changesFailed, this, &RunTracker::onChangesFailed);
    connect(&service, &QlikService::requestFailed, this, &RunTracker::onRequestFailed);
}

RunTracker::~RunTracker() = default;

RunId RunTracker::start(const TaskRef &task)
{
    return startAll({task}).constFirst();
}

RunId RunTracker::start(const ReloadTask &task)
{
    const TaskRef requested = TaskRef::byId(task.id);
    const RunId id = addRequested(requested, task).id;
    m_pendingStarts.insert(m_service.startTask(requested), id);
    return id;
}

QList<RunId> RunTracker::startAll(const QList<TaskRef> &tasks)
{
    QList<RunId> ids;
    for (const TaskRef &task : tasks) {
        ReloadTask known;
        (task.isId() ? known.id : known.name) = task.text();
        ids.append(addRequested(task, known).id);
    }
    const QList<QlikService::RequestId> requests = m_service.startTasks(tasks);
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
                         const QDateTime &requestedAt)
{
    Run run;
    run.requested = TaskRef::byId(task.id);
    run.task = task;
    run.sessionId = sessionId.toLower();
    run.phase = RunPhase::Pending;
    run.requestedAt = requestedAt.isValid() ? requestedAt : now();
    const QString session = run.sessionId;
    const RunId id = add(std::move(run)).id;
    m_bySession.insert(session, id);
    m_followed.insert(id);
    schedulePoll();
    return id;
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
    if (!run || run->isFinished() || run->task.id.isEmpty())
        return;
    m_pendingStops.insert(m_service.stopTask(run->task.id), id);
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

void RunTracker::onStartSent(QlikService::RequestId request)
{
    if (const auto it = m_pendingStarts.constFind(request); it != m_pendingStarts.cend())
        m_firstResultAfter.insert(*it, m_clock.elapsed());
}

void RunTracker::onSubmitted(QlikService::RequestId request, const ReloadTask &task,
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

void RunTracker::onRequestFailed(QlikService::RequestId request, QlikService::Operation operation,
                                 const QlikError &error)
{
    switch (operation) {
    case QlikService::Operation::StartTask:
        if (const auto it = m_runs.find(m_pendingStarts.take(request)); it != m_runs.end()) {
            it->error = error;
            // The task may be running on the server under a session we never learnt: calling it
            // NotSubmitted would tell a scheduler it is safe to start it again.
            finish(*it,
                   error.category == QlikError::Category::StartUnconfirmed
                       ? RunPhase::Lost
                       : RunPhase::NotSubmitted);
        }
        break;
    case QlikService::Operation::StopTask:
        if (m_pendingStops.contains(request))
            Q_EMIT stopFailed(m_pendingStops.take(request), error);
        break;
    case QlikService::Operation::PollExecutions:
        if (request != m_pollInFlight)
            break;
        m_pollErrors.append(error);
        break;
    default:
        break;
    }
}

void RunTracker::onChangesFailed(QlikService::RequestId request, const QlikError &error)
{
    if (request != m_pollInFlight)
        return;
    // No contact problem: the poll is asked again at once, by session.
    m_pollAgainNow = true;
    if (error.category != QlikError::Category::BadRequest) {
        // Too many changes for one answer (a burst of runs), or an unreadable one: by session
        // until every change up to the newest has been seen.
        m_bySessionUntilSettled = true;
        return;
    }
    m_changesRefused = true;
    setPollMode(PollMode::BySession,
                QCoreApplication::translate("RunTracker",
                                            "the repository refused a query by modifiedDate: %1")
                    .arg(error.message));
}

void RunTracker::onPolled(QlikService::RequestId request, const QStringList &sessionIds,
                          const QList<ExecutionResult> &results)
{
    if (request != m_pollInFlight)
        return; // an abandoned poll answering late
    ++m_pollAnswers;
    learnFromDates(results);
    const bool changesPoll = m_changesAfter.isValid();
    if (m_pollChecksInTurn) {
        const qsizetype withoutResults = std::min(sessionIds.size(), m_checkedWithoutResults);
        m_withoutResultsTurn += withoutResults;
        m_checkTurn += sessionIds.size() - withoutResults;
    }
    QSet<QString> asked;
    for (const QString &sessionId : sessionIds)
        asked.insert(sessionId.toLower());
    // Runs that end in the same answer are told in the order they ended.
    for (SessionAnswer &answer : answersInOrderOfEnd(results)) {
        Run *run = findBySession(answer.sessionId);
        if (!run)
            continue;
        if (asked.remove(answer.sessionId)) {
            m_answered.insert(run->id);
            if (changesPoll && !m_changesRefused)
                modifiedDateMoved(*run, answer.results);
            applyResults(*run, std::move(answer.results));
        } else if (changesPoll) {
            // Not asked by id: only its changed attempts came.
            m_answered.insert(run->id);
            mergeResults(*run, answer.results);
        }
    }
    for (const QString &sessionId : std::as_const(asked)) {
        Run *run = findBySession(sessionId);
        if (!run)
            continue;
        m_answered.insert(run->id);
        applyResults(*run, {});
        // Asked by id and without a result: its first one is written after this poll was sent.
        if (!run->isFinished() && run->results.isEmpty())
            m_firstResultAfter.insert(run->id, m_pollSentClock);
    }
    if (!changesPoll)
        return;
    // Every other session followed did not change.
    for (const QString &sessionId : std::as_const(m_polledSessions)) {
        Run *run = findBySession(sessionId);
        if (run && !m_answered.contains(run->id)) {
            m_answered.insert(run->id);
            answeredUnchanged(*run);
        }
    }
}

QList<RunTracker::SessionAnswer>
RunTracker::answersInOrderOfEnd(const QList<ExecutionResult> &results)
{
    QList<SessionAnswer> answers;
    QHash<QString, qsizetype> index;
    for (const ExecutionResult &result : results) {
        const QString sessionId = result.executionId.toLower();
        auto it = index.constFind(sessionId);
        if (it == index.cend()) {
            it = index.insert(sessionId, answers.size());
            answers.append({sessionId, {}, {}});
        }
        SessionAnswer &answer = answers[*it];
        answer.results.append(result);
        if (result.stopTime.isValid() &&
            (!answer.endedAt.isValid() || result.stopTime > answer.endedAt))
            answer.endedAt = result.stopTime;
    }
    std::stable_sort(answers.begin(), answers.end(),
                     [](const SessionAnswer &a, const SessionAnswer &b) {
                         if (!a.endedAt.isValid() || !b.endedAt.isValid())
                             return a.endedAt.isValid() && !b.endedAt.isValid();
                         return a.endedAt < b.endedAt;
                     });
    return answers;
}

void RunTracker::learnFromDates(const QList<ExecutionResult> &results)
{
    const qint64 answeredAt = m_clock.elapsed();
    bool undated = false;
    for (const ExecutionResult &result : results) {
        if (!result.modifiedDate.isValid()) {
            undated = true;
            continue;
        }
        // Written before this answer came: the repository's clock is at least that far ahead.
        const qint64 ahead = result.modifiedDate.toMSecsSinceEpoch() - answeredAt;
        if (!m_repositoryAhead || ahead > *m_repositoryAhead)
            m_repositoryAhead = ahead;
        if (!m_newestChange.isValid() || result.modifiedDate > m_newestChange) {
            m_newestChange = result.modifiedDate;
            m_sinceNewestChange.start();
        }
    }
    if (undated && !m_changesRefused) {
        m_changesRefused = true;
        setPollMode(PollMode::BySession,
                    QCoreApplication::translate(
                        "RunTracker", "the repository's execution results carry no modifiedDate"));
    }
}

bool RunTracker::modifiedDateMoved(const Run &run, const QList<ExecutionResult> &answered)
{
    for (const ExecutionResult &result : answered) {
        const auto known =
            std::find_if(run.results.cbegin(), run.results.cend(),
                         [&](const ExecutionResult &r) { return r.id == result.id; });
        if (known == run.results.cend() || known->showsTheSameAs(result))
            continue;
        if (result.modifiedDate.isValid() &&
            (!known->modifiedDate.isValid() || result.modifiedDate > known->modifiedDate))
            continue;
        m_changesRefused = true;
        setPollMode(PollMode::BySession,
                    QCoreApplication::translate(
                        "RunTracker",
                        "execution result %1 changed (%2 → %3) while its modifiedDate did not "
                        "move from %4")
                        .arg(result.id, known->status.name(), result.status.name(),
                             known->modifiedDate.toString(Qt::ISODateWithMs)));
        return false;
    }
    return true;
}

void RunTracker::mergeResults(Run &run, const QList<ExecutionResult> &changed)
{
    QList<ExecutionResult> merged = run.results;
    for (const ExecutionResult &result : changed) {
        const auto known =
            std::find_if(merged.begin(), merged.end(),
                         [&](const ExecutionResult &r) { return r.id == result.id; });
        if (known != merged.end())
            *known = result;
        else
            merged.append(result);
    }
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

void RunTracker::setPollMode(PollMode mode, const QString &why)
{
    if (mode == m_pollMode)
        return;
    m_pollMode = mode;
    Q_EMIT pollModeChanged(mode, why);
}

QStringList RunTracker::checkOrder(const QStringList &sessionIds)
{
    QStringList withoutResults;
    QStringList others;
    for (const QString &sessionId : sessionIds) {
        const Run *run = findBySession(sessionId);
        (run && run->results.isEmpty() ? withoutResults : others).append(sessionId);
    }
    m_checkedWithoutResults = withoutResults.size();
    QStringList ordered = inTurn(withoutResults, m_withoutResultsTurn);
    ordered += inTurn(others, m_checkTurn);
    return ordered;
}

QStringList RunTracker::inTurn(const QStringList &sessionIds, qsizetype &turn)
{
    turn = sessionIds.isEmpty() ? 0 : turn % sessionIds.size();
    return sessionIds.mid(turn) + sessionIds.mid(0, turn);
}

void RunTracker::applyResults(Run &run, QList<ExecutionResult> results)
{
    sortByStart(results);
    bool changed = clearContactTrouble(run);
    if (results.isEmpty())
        return noResults(run, changed);
    m_firstResultAfter.remove(run.id);
    run.unknownSince = {};
    // The duration the repository advances while a result runs is no change to anybody: the
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
    // Pending, while the repository has not written a result yet; but a session that has none for
    // the whole grace period (or lost the ones it had: a repository restarted without its
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
              "the repository has answered for %1 without any execution result for session %2 "
              "(grace period %3).")
        : QCoreApplication::translate(
              "RunTracker",
              "the execution results of session %2 have been gone for %1 (grace period %3); the "
              "repository may have been restarted without its sessions.");
    run.error = QlikError {
        QlikError::Category::NotFound, 0,
        QCoreApplication::translate("RunTracker", "The server has no record of this run: %1")
            .arg(why.arg(TextFormat::duration(unknownFor), run.sessionId,
                         TextFormat::duration(m_grace.count())))};
    finish(run, RunPhase::Lost);
}

void RunTracker::onPollCompleted(QlikService::RequestId request)
{
    if (request != m_pollInFlight)
        return; // an abandoned poll ending late
    endPoll(m_pollErrors.isEmpty() ? std::nullopt : std::optional(m_pollErrors.constLast()));
}

void RunTracker::onPollOverdue()
{
    if (m_pollInFlight == 0)
        return;
    // Abandon it: its runs count as failed now, its late answers are ignored (they carry its
    // request id), and the next poll asks for them again.
    endPoll(QlikError {QlikError::Category::Transient, 0,
                       QCoreApplication::translate("RunTracker", "no answer within %1")
                           .arg(TextFormat::duration(m_pollAllowance.count()))});
}

void RunTracker::endPoll(const std::optional<QlikError> &failure)
{
    m_pollWatchdog.stop();
    m_pollInFlight = 0;
    m_changesAfter = {};
    if (!failure && m_pollAnswers > 0 && m_settlesUpTo.isValid() &&
        (!m_settledUpTo.isValid() || m_settlesUpTo > m_settledUpTo))
        m_settledUpTo = m_settlesUpTo;
    m_settlesUpTo = {};
    if (m_settledUpTo.isValid() && m_settledUpTo >= m_newestChange)
        m_bySessionUntilSettled = false;
    // Back off only while the server is down (every request of the cycle failed); one failed
    // request among answered ones fails its own runs only, and they are asked again next cycle.
    if (m_pollAnswers > 0)
        m_failedPolls = 0;
    else if (failure)
        ++m_failedPolls;
    if (failure)
        markUnanswered(*failure);
    m_pollErrors.clear();
    m_answered.clear();
    m_polledSessions.clear();
    m_pollAnswers = 0;
    m_pollSentAt = {};
    // A changes query that failed for want of a better query, not of contact, is asked again
    // at once, by session (it answered nothing and failed nothing: no backoff, no run marked).
    const bool askAgainNow = std::exchange(m_pollAgainNow, false);
    if (!askAgainNow && !m_paused && !m_followed.isEmpty() && !m_pollTimer.isActive()) {
        // On the cadence: from the start of this poll, unless backing off.
        milliseconds delay = nextPollDelay();
        if (m_failedPolls == 0)
            delay = std::max(milliseconds(0), delay - milliseconds(m_sincePollStart.elapsed()));
        m_pollTimer.start(delay);
    }
    Q_EMIT pollEnded();
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
            // The repository answers; it no longer lets this profile in (a password changed, a
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
                                            "Lost contact: the repository has not answered for "
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
    m_firstResultAfter.remove(run.id);
    run.phase = phase;
    run.finishedAt = now();
    Q_EMIT runUpdated(run.id);
    Q_EMIT runFinished(run.id);
}

QStringList RunTracker::liveSessionIds() const
{
    QStringList ids;
    for (const RunId id : m_order) {
        const Run &run = *m_runs.constFind(id);
        if (!run.isFinished() && !run.sessionId.isEmpty())
            ids.append(run.sessionId);
    }
    return ids;
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
    if (m_paused || m_pollInFlight != 0 || m_pollTimer.isActive() || m_followed.isEmpty())
        return;
    m_pollTimer.start(nextPollDelay());
}

QDateTime RunTracker::changesAnchor() const
{
    QDateTime after = m_newestChange.addMSecs(-ChangesOverlap.count());
    if (m_settledUpTo.isValid() && m_settledUpTo > after)
        after = m_settledUpTo;
    std::optional<qint64> earliest;
    for (auto it = m_firstResultAfter.cbegin(); it != m_firstResultAfter.cend(); ++it) {
        if (m_followed.contains(it.key()) && (!earliest || it.value() < *earliest))
            earliest = it.value();
    }
    if (!earliest)
        return after;
    // A result written a little late may carry a date up to the overlap before it shows.
    const QDateTime firstResult = QDateTime::fromMSecsSinceEpoch(
        *earliest + *m_repositoryAhead - ChangesOverlap.count(), Qt::UTC);
    return std::min(after, firstResult);
}

bool RunTracker::firstResultsBounded() const
{
    return std::all_of(m_followed.cbegin(), m_followed.cend(), [this](RunId id) {
        const auto it = m_runs.constFind(id);
        return it == m_runs.cend() || !it->results.isEmpty() || m_firstResultAfter.contains(id);
    });
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
    if (m_paused || m_followed.isEmpty() || m_pollInFlight != 0)
        return;
    m_pollTimer.stop();
    const QStringList ids = liveSessionIds();
    m_polledSessions = ids;
    m_pollSentAt = now();
    m_sincePollStart.start();
    m_pollAnswers = 0;
    m_pollAllowance = pollAllowance();
    // Both clocks run at the same rate: an overlap after the newest change was seen here, the
    // repository has written everything up to it, and an answer to this poll shows it all.
    if (m_sinceNewestChange.isValid() && m_sinceNewestChange.elapsed() >= ChangesOverlap.count())
        m_settlesUpTo = m_newestChange;
    m_pollSentClock = m_clock.elapsed();
    m_pollChecksInTurn = false;
    if (m_changesRefused || m_bySessionUntilSettled) {
        m_pollInFlight = m_service.pollExecutions(ids);
    } else if (!m_repositoryAhead) {
        // No date seen yet: the first dated answer tells the repository's clock. Runs followed
        // from elsewhere are known only by id: all of them at once.
        if (firstResultsBounded()) {
            m_pollChecksInTurn = true;
            m_pollInFlight = m_service.pollFirstSessions(checkOrder(ids));
        } else {
            m_pollInFlight = m_service.pollExecutions(ids);
        }
    } else {
        setPollMode(PollMode::Changes,
                    QCoreApplication::translate(
                        "RunTracker",
                        "the repository dates its execution results (modifiedDate): one request "
                        "per poll"));
        m_changesAfter = changesAnchor();
        m_pollChecksInTurn = true;
        m_pollInFlight = m_service.pollChanges(m_changesAfter, checkOrder(ids));
    }
    m_pollWatchdog.start(m_pollAllowance);
}
