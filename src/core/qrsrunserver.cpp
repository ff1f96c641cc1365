#include "qrsrunserver.h"

#include "qrsfilter.h"

#include <algorithm>
#include <QCoreApplication>
#include <QTimer>
#include <utility>

using namespace std::chrono;

QrsRunServer::QrsRunServer(QlikService &service, QObject *parent)
    : RunServer(parent)
    , m_service(service)
{
    m_clock.start();
    connect(&service, &QlikService::startSent, this, &QrsRunServer::onStartSent);
    connect(&service, &QlikService::taskSubmitted, this, &QrsRunServer::onSubmitted);
    connect(&service, &QlikService::executionsPolled, this, &QrsRunServer::onPolled);
    connect(&service, &QlikService::pollCompleted, this, &QrsRunServer::onPollCompleted);
    connect(&service, &QlikService::changesFailed, this, &QrsRunServer::onChangesFailed);
    connect(&service, &QlikService::requestFailed, this, &QrsRunServer::onRequestFailed);
    connect(&service, &QlikService::taskStopRequested, this,
            [this](QlikService::RequestId request) {
                if (const RequestId stop = m_stopOf.take(request))
                    Q_EMIT stopAccepted(stop);
            });
    connect(&service, &QlikService::scriptLogReceived, this,
            [this](QlikService::RequestId request, const QString &resultId, const QString &text) {
                if (const RequestId log = m_logOf.take(request))
                    Q_EMIT logFetched(log, resultId, text);
            });
    connect(&service, &QlikService::aboutReceived, this,
            [this](QlikService::RequestId request, const AboutInfo &about) {
                if (const RequestId check = m_checkOf.take(request))
                    Q_EMIT connectionChecked(
                        check, tr("Qlik Sense repository %1").arg(about.buildVersion));
            });
    connect(&service, &QlikService::triggersFetched, this,
            [this](QlikService::RequestId request, const QList<TaskTrigger> &triggers) {
                if (const RequestId fetch = m_triggersOf.take(request))
                    Q_EMIT triggersFetched(fetch, triggers);
            });
    connect(&service, &QlikService::tasksListed, this,
            [this](QlikService::RequestId request, const QList<ReloadTask> &tasks) {
                listed(request, tasks, std::nullopt);
            });
}

QrsRunServer::~QrsRunServer() = default;

QList<RunServer::RequestId> QrsRunServer::start(const QList<TaskRef> &tasks,
                                                const StartOptions &options)
{
    Q_UNUSED(options) // a repository's reload task has neither partial reloads nor variables
    QList<RequestId> ids;
    for (const QlikService::RequestId request : m_service.startTasks(tasks)) {
        ids.append(++m_lastId);
        m_startOf.insert(request, m_lastId);
    }
    return ids;
}

RunServer::RequestId QrsRunServer::stop(const ReloadTask &task, const QString &sessionId)
{
    Q_UNUSED(sessionId) // the repository stops a task, not one of its executions
    if (task.id.isEmpty())
        return 0;
    m_stopOf.insert(m_service.stopTask(task.id), ++m_lastId);
    return m_lastId;
}

RunServer::RequestId QrsRunServer::fetchLog(const ReloadTask &task, const ExecutionResult &result)
{
    const RequestId id = ++m_lastId;
    if (task.type == ReloadTask::Type::ExternalProgram || task.type == ReloadTask::Type::UserSync) {
        // Said later, as every answer is.
        const QlikError none {QlikError::Category::NotFound, 0,
                              task.type == ReloadTask::Type::ExternalProgram
                                  ? tr("An external program task writes no script log; only "
                                       "reload tasks do.")
                                  : tr("A user sync task writes no script log; only reload tasks "
                                       "do.")};
        QTimer::singleShot(0, this, [this, id, none] { Q_EMIT logFailed(id, none); });
        return id;
    }
    m_logOf.insert(m_service.fetchScriptLog(result), id);
    return id;
}

RunServer::RequestId QrsRunServer::listTasks()
{
    const RequestId id = ++m_lastId;
    Listing &listing = m_listings[id];
    // Every kind of task from its own route, told together in this order.
    for (const ReloadTask::Type type : {ReloadTask::Type::Reload, ReloadTask::Type::ExternalProgram,
                                        ReloadTask::Type::UserSync}) {
        m_listOf.insert(m_service.listTasks(type), {id, listing.byType.size()});
        listing.byType.append(QList<ReloadTask>());
    }
    listing.pending = listing.byType.size();
    return id;
}

RunServer::RequestId QrsRunServer::listTask(const ReloadTask &task)
{
    const RequestId id = ++m_lastId;
    Listing &listing = m_listings[id];
    listing.byType.append(QList<ReloadTask>());
    listing.pending = 1;
    m_listOf.insert(m_service.listTasks(task.type, QrsFilter::equalsGuid(u"id", task.id)), {id, 0});
    return id;
}

void QrsRunServer::listed(QlikService::RequestId request, const QList<ReloadTask> &tasks,
                          const std::optional<QlikError> &error)
{
    const auto part = m_listOf.take(request);
    const auto it = m_listings.find(part.first);
    if (it == m_listings.end())
        return;
    Listing &listing = *it;
    // A repository without the route of a kind has no tasks of that kind; the reload tasks'
    // route is the one that must answer.
    if (error && (part.second == 0 || error->category != QlikError::Category::NotFound))
        listing.failure = error;
    else
        listing.byType[part.second] = tasks;
    if (--listing.pending > 0)
        return;
    const Listing done = std::move(*it);
    m_listings.erase(it);
    if (done.failure)
        return Q_EMIT listFailed(part.first, *done.failure);
    QList<ReloadTask> all;
    for (const QList<ReloadTask> &ofType : done.byType)
        all += ofType;
    Q_EMIT tasksListed(part.first, all);
}

RunServer::RequestId QrsRunServer::checkConnection()
{
    m_checkOf.insert(m_service.fetchAbout(), ++m_lastId);
    return m_lastId;
}

RunServer::RequestId QrsRunServer::fetchTriggers(const QString &taskId)
{
    m_triggersOf.insert(m_service.fetchTriggers(taskId), ++m_lastId);
    return m_lastId;
}

bool QrsRunServer::setReportingUnfollowed(bool on, const QDateTime &since)
{
    m_reportUnfollowed = on && !m_changesRefused;
    m_unfollowedSince = since.isValid() ? since.toUTC() : QDateTime::currentDateTimeUtc();
    if (!m_reportUnfollowed)
        m_reportedUnfollowed.clear();
    return m_reportUnfollowed || !on;
}

void QrsRunServer::onStartSent(QlikService::RequestId request)
{
    if (m_startOf.contains(request))
        m_startSentClock.insert(request, m_clock.elapsed());
}

void QrsRunServer::onSubmitted(QlikService::RequestId request, const ReloadTask &task,
                               const QString &sessionId, const QString &note)
{
    const RequestId start = m_startOf.take(request);
    if (start == 0)
        return;
    // Its first result is written after the start was sent.
    if (const auto sent = m_startSentClock.constFind(request); sent != m_startSentClock.cend())
        m_firstResultAfter.insert(sessionId.toLower(), *sent);
    m_startSentClock.remove(request);
    Q_EMIT submitted(start, task, sessionId, note);
}

void QrsRunServer::onRequestFailed(QlikService::RequestId request, QlikService::Operation operation,
                                   const QlikError &error)
{
    switch (operation) {
    case QlikService::Operation::StartTask:
        m_startSentClock.remove(request);
        if (const RequestId start = m_startOf.take(request))
            Q_EMIT startFailed(start, error);
        break;
    case QlikService::Operation::StopTask:
        if (const RequestId stop = m_stopOf.take(request))
            Q_EMIT stopFailed(stop, error);
        break;
    case QlikService::Operation::PollExecutions:
        if (request != 0 && request == m_poll.serviceRequest)
            m_poll.failure = error;
        break;
    case QlikService::Operation::ScriptLog:
        if (const RequestId log = m_logOf.take(request))
            Q_EMIT logFailed(log, error);
        break;
    case QlikService::Operation::ListTasks:
        listed(request, {}, error);
        break;
    case QlikService::Operation::Triggers:
        if (const RequestId fetch = m_triggersOf.take(request))
            Q_EMIT triggersFailed(fetch, error);
        break;
    case QlikService::Operation::About:
        if (const RequestId check = m_checkOf.take(request))
            Q_EMIT connectionFailed(check, error);
        break;
    }
}

void QrsRunServer::onChangesFailed(QlikService::RequestId request, const QlikError &error)
{
    if (request == 0 || request != m_poll.serviceRequest)
        return;
    // No contact problem: the poll is asked again at once, by session.
    m_poll.askAgainNow = true;
    if (error.category != QlikError::Category::BadRequest) {
        // Too many changes for one answer (a burst of runs), or an unreadable one: by session
        // until every change up to the newest has been seen.
        m_bySessionUntilSettled = true;
        return;
    }
    m_changesRefused = true;
    setPollMode(PollMode::Fallback,
                tr("the repository refused a query by modifiedDate: %1").arg(error.message));
}

void QrsRunServer::onPolled(QlikService::RequestId request, const QStringList &sessionIds,
                            const QList<ExecutionResult> &results)
{
    if (request == 0 || request != m_poll.serviceRequest)
        return; // an abandoned poll answering late
    ++m_poll.answers;
    learnFromDates(results);
    const bool changesPoll = m_poll.changesAfter.isValid();
    if (m_poll.checksInTurn) {
        const qsizetype withoutResults = std::min(sessionIds.size(), m_poll.checkedWithoutResults);
        m_withoutResultsTurn += withoutResults;
        m_checkTurn += sessionIds.size() - withoutResults;
    }
    QSet<QString> asked;
    for (const QString &sessionId : sessionIds)
        asked.insert(sessionId.toLower());
    QList<SessionNews> news;
    for (SessionAnswer &answer : answersInOrderOfEnd(results)) {
        const auto known = m_poll.known.constFind(answer.sessionId);
        if (known == m_poll.known.cend()) {
            // A run nobody follows here: told when asked for, each change once.
            if (m_reportUnfollowed && changesPoll) {
                if (QList<ExecutionResult> changed = unreported(answer.results); !changed.isEmpty())
                    news.append(
                        {answer.sessionId, SessionNews::Kind::Unfollowed, std::move(changed)});
            }
            continue;
        }
        m_firstResultAfter.remove(answer.sessionId);
        m_poll.told.insert(answer.sessionId);
        if (asked.remove(answer.sessionId)) {
            if (changesPoll && !m_changesRefused)
                modifiedDateMoved(*known, answer.results);
            news.append({answer.sessionId, SessionNews::Kind::Complete, std::move(answer.results)});
        } else if (changesPoll) {
            // Not asked by id: only its changed attempts came.
            news.append({answer.sessionId, SessionNews::Kind::Changed, std::move(answer.results)});
        }
    }
    for (const QString &sessionId : std::as_const(asked)) {
        const auto known = m_poll.known.constFind(sessionId);
        if (known == m_poll.known.cend())
            continue;
        m_poll.told.insert(sessionId);
        news.append({sessionId, SessionNews::Kind::Complete, {}});
        // Asked by id and without a result: its first one is written after this poll was sent.
        if (known->isEmpty())
            m_firstResultAfter.insert(sessionId, m_poll.sentClock);
    }
    if (changesPoll) {
        // Every other session polled did not change.
        for (const QString &sessionId : std::as_const(m_poll.sessions)) {
            if (!m_poll.told.contains(sessionId)) {
                m_poll.told.insert(sessionId);
                news.append({sessionId, SessionNews::Kind::Unchanged, {}});
            }
        }
    }
    Q_EMIT polled(m_poll.id, news);
}

QList<ExecutionResult> QrsRunServer::unreported(const QList<ExecutionResult> &results)
{
    QList<ExecutionResult> changed;
    for (const ExecutionResult &result : results) {
        const auto reported = m_reportedUnfollowed.constFind(result.id);
        if (reported != m_reportedUnfollowed.cend() && *reported >= result.modifiedDate)
            continue;
        m_reportedUnfollowed.insert(result.id, result.modifiedDate);
        changed.append(result);
    }
    return changed;
}

void QrsRunServer::forgetUnreachableReports(const QDateTime &changesAfter)
{
    for (auto it = m_reportedUnfollowed.begin(); it != m_reportedUnfollowed.end();) {
        if (it.value().isValid() && it.value() <= changesAfter)
            it = m_reportedUnfollowed.erase(it);
        else
            ++it;
    }
}

QList<QrsRunServer::SessionAnswer>
QrsRunServer::answersInOrderOfEnd(const QList<ExecutionResult> &results)
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

void QrsRunServer::learnFromDates(const QList<ExecutionResult> &results)
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
        setPollMode(PollMode::Fallback,
                    tr("the repository's execution results carry no modifiedDate"));
    }
}

bool QrsRunServer::modifiedDateMoved(const QList<ExecutionResult> &known,
                                     const QList<ExecutionResult> &answered)
{
    for (const ExecutionResult &result : answered) {
        const auto seen = std::find_if(known.cbegin(), known.cend(),
                                       [&](const ExecutionResult &r) { return r.id == result.id; });
        if (seen == known.cend() || seen->showsTheSameAs(result))
            continue;
        if (result.modifiedDate.isValid() &&
            (!seen->modifiedDate.isValid() || result.modifiedDate > seen->modifiedDate))
            continue;
        m_changesRefused = true;
        setPollMode(PollMode::Fallback,
                    tr("execution result %1 changed (%2 → %3) while its modifiedDate did not "
                       "move from %4")
                        .arg(result.id, seen->status.name(), result.status.name(),
                             seen->modifiedDate.toString(Qt::ISODateWithMs)));
        return false;
    }
    return true;
}

void QrsRunServer::setPollMode(PollMode mode, const QString &why)
{
    if (mode == m_pollMode)
        return;
    m_pollMode = mode;
    Q_EMIT pollModeChanged(mode, why);
}

QStringList QrsRunServer::checkOrder(const QStringList &sessionIds)
{
    QStringList withoutResults;
    QStringList others;
    for (const QString &sessionId : sessionIds)
        (m_poll.known.value(sessionId).isEmpty() ? withoutResults : others).append(sessionId);
    m_poll.checkedWithoutResults = withoutResults.size();
    QStringList ordered = inTurn(withoutResults, m_withoutResultsTurn);
    ordered += inTurn(others, m_checkTurn);
    return ordered;
}

QStringList QrsRunServer::inTurn(const QStringList &sessionIds, qsizetype &turn)
{
    turn = sessionIds.isEmpty() ? 0 : turn % sessionIds.size();
    return sessionIds.mid(turn) + sessionIds.mid(0, turn);
}

void QrsRunServer::onPollCompleted(QlikService::RequestId request)
{
    if (request == 0 || request != m_poll.serviceRequest)
        return; // an abandoned poll ending late
    endPoll(false);
}

void QrsRunServer::abandonPoll(RequestId request)
{
    if (request != 0 && request == m_poll.id)
        endPoll(true);
}

void QrsRunServer::endPoll(bool abandoned)
{
    Poll ended = std::exchange(m_poll, {});
    if (!abandoned && !ended.failure && ended.answers > 0 && ended.settlesUpTo.isValid() &&
        (!m_settledUpTo.isValid() || ended.settlesUpTo > m_settledUpTo))
        m_settledUpTo = ended.settlesUpTo;
    if (m_settledUpTo.isValid() && m_settledUpTo >= m_newestChange)
        m_bySessionUntilSettled = false;
    if (!abandoned)
        Q_EMIT pollEnded(ended.id, ended.failure, ended.answers > 0, ended.askAgainNow);
}

QDateTime QrsRunServer::changesAnchor() const
{
    QDateTime after = m_newestChange.addMSecs(-ChangesOverlap.count());
    if (m_settledUpTo.isValid() && m_settledUpTo > after)
        after = m_settledUpTo;
    if (m_firstResultAfter.isEmpty())
        return after;
    const qint64 earliest =
        *std::min_element(m_firstResultAfter.cbegin(), m_firstResultAfter.cend());
    // A result written a little late may carry a date up to the overlap before it shows.
    const QDateTime firstResult = QDateTime::fromMSecsSinceEpoch(
        earliest + *m_repositoryAhead - ChangesOverlap.count(), Qt::UTC);
    return std::min(after, firstResult);
}

bool QrsRunServer::firstResultsBounded() const
{
    return std::all_of(m_poll.sessions.cbegin(), m_poll.sessions.cend(),
                       [this](const QString &sessionId) {
                           return !m_poll.known.value(sessionId).isEmpty() ||
                               m_firstResultAfter.contains(sessionId);
                       });
}

RunServer::RequestId QrsRunServer::poll(const QList<PolledRun> &runs)
{
    m_poll = {};
    m_poll.id = ++m_lastId;
    QStringList ids;
    ids.reserve(runs.size());
    for (const PolledRun &run : runs) {
        m_poll.known.insert(run.sessionId, run.results);
        ids.append(run.sessionId);
    }
    m_poll.sessions = ids;
    // Only the runs polled without a result yet wait for a first one: the others ended or
    // have one.
    for (auto it = m_firstResultAfter.begin(); it != m_firstResultAfter.end();) {
        const auto known = m_poll.known.constFind(it.key());
        if (known == m_poll.known.cend() || !known->isEmpty())
            it = m_firstResultAfter.erase(it);
        else
            ++it;
    }
    // Both clocks run at the same rate: an overlap after the newest change was seen here, the
    // repository has written everything up to it, and an answer to this poll shows it all.
    if (m_sinceNewestChange.isValid() && m_sinceNewestChange.elapsed() >= ChangesOverlap.count())
        m_poll.settlesUpTo = m_newestChange;
    m_poll.sentClock = m_clock.elapsed();
    if (m_changesRefused || m_bySessionUntilSettled) {
        m_poll.serviceRequest = m_service.pollExecutions(ids);
    } else if (!m_repositoryAhead && m_reportUnfollowed && firstResultsBounded()) {
        // Every change on the server is wanted: asked by date from the start, on our clock
        // until an answer dates the repository's.
        m_poll.changesAfter = m_unfollowedSince;
        m_poll.checksInTurn = true;
        m_poll.serviceRequest = m_service.pollChanges(m_poll.changesAfter, checkOrder(ids));
    } else if (!m_repositoryAhead) {
        // No date seen yet: the first dated answer tells the repository's clock. Runs followed
        // from elsewhere are known only by id: all of them at once.
        if (firstResultsBounded()) {
            m_poll.checksInTurn = true;
            m_poll.serviceRequest = m_service.pollFirstSessions(checkOrder(ids));
        } else {
            m_poll.serviceRequest = m_service.pollExecutions(ids);
        }
    } else {
        setPollMode(PollMode::Compact,
                    tr("the repository dates its execution results (modifiedDate): one request "
                       "per poll"));
        m_poll.changesAfter = changesAnchor();
        m_poll.checksInTurn = true;
        forgetUnreachableReports(m_poll.changesAfter);
        m_poll.serviceRequest = m_service.pollChanges(m_poll.changesAfter, checkOrder(ids));
    }
    return m_poll.id;
}
