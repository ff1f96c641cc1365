#include "executions.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

QString changingStatus(int status)
{
    return u"Changing status to "_s + Scenario::statusName(status);
}

QString defaultError(int status)
{
    switch (status) {
    case 11:
        return u"Error: The engine did not respond to the reload request"_s;
    case 12:
        return u"Task was reset by the scheduler: the node running it restarted"_s;
    case 9:
        return u"Task skipped: a previous execution is still running"_s;
    default:
        return u"Error: General Script Error"_s;
    }
}

QString startedText(int taskType)
{
    switch (taskType) {
    case 1:
        return u"External program started"_s;
    case 2:
        return u"User directory synchronization started"_s;
    default:
        return u"Engine: Reload of app started"_s;
    }
}

QString completedText(int taskType)
{
    switch (taskType) {
    case 1:
        return u"External program exited with code 0"_s;
    case 2:
        return u"User directory synchronization completed"_s;
    default:
        return u"Reload completed. Lines fetched: 12,345"_s;
    }
}

} // namespace

Executions::Executions(const Scenario &scenario, double timeScale)
    : m_scenario(scenario)
    , m_timeScale(timeScale)
    , m_wallBase(QDateTime::currentDateTimeUtc())
{
    m_clock.start();
}

qint64 Executions::scaled(qint64 ms) const
{
    return qint64(std::llround(double(ms) * m_timeScale));
}

QUuid Executions::start(const ScenarioTask &task)
{
    if (!task.enabled || task.noScheduler || isRunning(task.id))
        return {};
    Session session;
    session.id = QUuid::createUuid();
    session.taskId = task.id;
    session.createdMs = nowMs();
    qint64 at = session.createdMs + scaled(task.pendingMs);
    for (int i = 0; i <= task.retries; ++i) {
        Attempt attempt = planAttempt(task, session.id, i, at, i == task.retries);
        at = attempt.endMs + scaled(task.retryDelayMs);
        session.attempts.append(attempt);
    }
    session.endMs = session.attempts.constLast().endMs;
    m_sessionIndex.insert(session.id, m_sessions.size());
    m_sessions.append(session);
    if (m_observer)
        m_observer->sessionPlanned(m_sessions.constLast());
    return session.id;
}

Attempt Executions::planAttempt(const ScenarioTask &task, const QUuid &sessionId, int index,
                                qint64 startMs, bool last) const
{
    Attempt attempt;
    attempt.index = index;
    attempt.resultId = QUuid::createUuidV5(sessionId, u"attempt-%1"_s.arg(index));
    attempt.startMs = startMs;
    const qint64 queuedAt = startMs + scaled(task.triggeredMs);
    const qint64 startedAt = queuedAt + scaled(task.queuedMs);
    attempt.endMs = startedAt + scaled(task.durationMs);

    attempt.events.append({startMs, 1, {{2, changingStatus(1), startMs}}});
    attempt.events.append({queuedAt, 3, {{2, changingStatus(3), queuedAt}}});
    const QString node = u"qse-central.acme.local"_s;
    attempt.events.append(
        {startedAt,
         2,
         {{2, u"Trying to start task. Sending task to slave scheduler %1"_s.arg(node), startedAt},
          {2, changingStatus(2), startedAt},
          {2, startedText(task.taskType), startedAt}}});

    const int status = last ? task.outcome : 10;
    Attempt::Event end {attempt.endMs, status, {}};
    const qint64 t = attempt.endMs;
    if (status == 7) {
        end.details.append({2, completedText(task.taskType), t});
    } else if (status != 6) {
        const QString message =
            task.errorMessage.isEmpty() ? defaultError(task.outcome) : task.errorMessage;
        end.details.append({status == 9 ? 1 : 0, message, t});
        if (status == 10) {
            end.details.append(
                {1,
                 u"Task failed, it will be retried (attempt %1 of %2)"_s.arg(index + 1).arg(
                     task.retries + 1),
                 t});
        }
    }
    end.details.append({2, changingStatus(status), t});
    attempt.events.append(end);
    return attempt;
}

bool Executions::isRunning(const QUuid &taskId) const
{
    const qint64 now = nowMs();
    for (const Session &session : m_sessions) {
        if (session.taskId == taskId && now < session.endMs)
            return true;
    }
    return false;
}

void Executions::stop(const QUuid &taskId)
{
    const qint64 now = nowMs();
    const ScenarioTask *task = m_scenario.task(taskId);
    if (!task)
        return;
    const qint64 step = scaled(task->abortStepMs);
    for (Session &session : m_sessions) {
        if (session.taskId != taskId || now >= session.endMs)
            continue;
        // Keep attempts that ended; abort the running one, or a fresh one in a pending gap.
        QList<Attempt> kept;
        Attempt *active = nullptr;
        for (Attempt &attempt : session.attempts) {
            if (attempt.endMs <= now) {
                kept.append(attempt);
            } else if (attempt.startMs <= now) {
                kept.append(attempt);
                active = &kept.last();
            }
        }
        if (active && active->aborted)
            continue;
        if (!active) {
            Attempt fresh;
            fresh.index = int(kept.size());
            fresh.resultId = QUuid::createUuidV5(session.id, u"attempt-%1"_s.arg(fresh.index));
            fresh.startMs = now;
            kept.append(fresh);
            active = &kept.last();
        }
        active->events.erase(
            std::remove_if(active->events.begin(), active->events.end(),
                           [now](const Attempt::Event &e) { return e.atMs > now; }),
            active->events.end());
        active->aborted = true;
        active->events.append({now,
                               4,
                               {{2, u"Abort requested by user INTERNAL\\sa_repository"_s, now},
                                {2, changingStatus(4), now}}});
        active->events.append({now + step, 5, {{2, changingStatus(5), now + step}}});
        active->events.append(
            {now + 2 * step,
             6,
             {{1, u"Reload aborted"_s, now + 2 * step}, {2, changingStatus(6), now + 2 * step}}});
        active->endMs = now + 2 * step;
        session.attempts = kept;
        session.endMs = active->endMs;
        if (m_observer)
            m_observer->sessionPlanned(session);
    }
}

ResultView Executions::view(const Session &session, const Attempt &attempt) const
{
    const qint64 now = nowMs();
    ResultView result;
    result.session = &session;
    result.attempt = &attempt;
    result.details.reserve(attempt.events.size());
    for (const Attempt::Event &event : attempt.events) {
        if (event.atMs > now)
            break;
        result.status = event.status;
        result.details.append(event.details);
    }
    result.ended = attempt.endMs <= now;
    if (result.ended) {
        // Stable and unique; cheaper than a name-based (SHA-1) uuid in every view.
        result.fileReferenceId = attempt.resultId;
        result.fileReferenceId.data2 ^= 0x5c10;
    }
    return result;
}

QList<ResultView> Executions::results() const
{
    const qint64 now = nowMs();
    QList<ResultView> all;
    for (const Session &session : m_sessions) {
        for (const Attempt &attempt : session.attempts) {
            if (attempt.startMs <= now)
                all.append(view(session, attempt));
        }
    }
    return all;
}

QList<ResultView> Executions::resultsOfSessions(const QList<QUuid> &sessionIds) const
{
    QList<qsizetype> positions;
    for (const QUuid &id : sessionIds) {
        if (const auto it = m_sessionIndex.constFind(id); it != m_sessionIndex.cend())
            positions.append(*it);
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    const qint64 now = nowMs();
    QList<ResultView> found;
    for (const qsizetype position : positions) {
        const Session &session = m_sessions.at(position);
        for (const Attempt &attempt : session.attempts) {
            if (attempt.startMs <= now)
                found.append(view(session, attempt));
        }
    }
    return found;
}

std::optional<ResultView> Executions::result(const QUuid &resultId) const
{
    for (const ResultView &result : results()) {
        if (result.attempt->resultId == resultId)
            return result;
    }
    return std::nullopt;
}

std::optional<ResultView> Executions::resultByFileReference(const QUuid &fileReferenceId) const
{
    if (fileReferenceId.isNull())
        return std::nullopt;
    for (const ResultView &result : results()) {
        if (result.fileReferenceId == fileReferenceId)
            return result;
    }
    return std::nullopt;
}

std::optional<ResultView> Executions::latestResult(const QUuid &taskId) const
{
    std::optional<ResultView> latest;
    for (const ResultView &result : results()) {
        if (result.session->taskId == taskId)
            latest = result; // sessions and attempts are in start order
    }
    return latest;
}

const Session *Executions::liveSession(const QUuid &sessionId) const
{
    const qint64 now = nowMs();
    for (const Session &session : m_sessions) {
        if (session.id == sessionId)
            return now < session.endMs ? &session : nullptr;
    }
    return nullptr;
}

QList<const Session *> Executions::liveSessions() const
{
    const qint64 now = nowMs();
    QList<const Session *> live;
    for (const Session &session : m_sessions) {
        if (now < session.endMs)
            live.append(&session);
    }
    return live;
}

const Attempt *Executions::currentAttempt(const Session &session) const
{
    const qint64 now = nowMs();
    const Attempt *current = nullptr;
    for (const Attempt &attempt : session.attempts) {
        if (attempt.startMs <= now)
            current = &attempt;
    }
    return current;
}

const Session *Executions::session(const QUuid &sessionId) const
{
    const auto it = m_sessionIndex.constFind(sessionId);
    return it == m_sessionIndex.cend() ? nullptr : &m_sessions.at(*it);
}

int Executions::finalStatus(const Session &session)
{
    if (session.attempts.isEmpty() || session.attempts.constLast().events.isEmpty())
        return 0;
    return session.attempts.constLast().events.constLast().status;
}

void Executions::forget()
{
    m_sessions.clear();
    m_sessionIndex.clear();
    m_tickets.clear();
    if (m_observer)
        m_observer->sessionsForgotten();
}

QString Executions::issueTicket(const ResultView &result)
{
    const QString ticket = QUuid::createUuid().toString(QUuid::Id128);
    m_tickets.insert(ticket, result.attempt->resultId);
    return ticket;
}

std::optional<ResultView> Executions::ticketResult(const QString &ticket) const
{
    const auto it = m_tickets.constFind(ticket);
    if (it == m_tickets.constEnd())
        return std::nullopt;
    return result(*it);
}

} // namespace qrssim
