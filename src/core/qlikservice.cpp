#include "qlikservice.h"

#include "answerreader.h"
#include "oneshotrequest.h"
#include "qrsfilter.h"
#include "qrsjson.h"
#include "qrsreply.h"
#include "requestbuilder.h"
#include "scriptlogtext.h"

#include <memory>
#include <QAuthenticator>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QlikError protocolError(const QString &what, const QString &parseError)
{
    return {QlikError::Category::Protocol, 0,
            QlikService::tr("The repository's answer to %1 could not be read: %2")
                .arg(what, parseError)};
}

/// What a task reference asks for, as a filter term.
QString filterTerm(const TaskRef &task)
{
    return task.isId() ? QrsFilter::equalsGuid(u"id", task.text())
                       : QrsFilter::compare(u"name", u"eq", task.text());
}

/// The listed tasks a reference matches; the repository compares names without case.
QList<ReloadTask> matchesOf(const TaskRef &task, const QList<ReloadTask> &listed)
{
    QList<ReloadTask> matches;
    for (const ReloadTask &candidate : listed) {
        const QString &key = task.isId() ? candidate.id : candidate.name;
        if (key.compare(task.text(), Qt::CaseInsensitive) == 0)
            matches.append(candidate);
    }
    return matches;
}

QString describeCandidates(const QList<ReloadTask> &tasks)
{
    QStringList lines;
    for (const ReloadTask &task : tasks)
        lines.append(QlikService::tr("%1 (app '%2')").arg(task.id, task.appName));
    return lines.join(u", "_s);
}

} // namespace

QlikService::QlikService(QNetworkAccessManager &network, const ConnectionProfile &profile,
                         const QString &secret, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_requests(std::make_unique<QrsRequestBuilder>(profile, secret))
{
    if (profile.signIn == ConnectionProfile::SignIn::Windows) {
        m_windowsPassword = secret;
        answerWindowsChallenges(m_network);
    }
}

void QlikService::answerWindowsChallenges(QNetworkAccessManager &network)
{
    // Once per request: a second challenge means the proxy refused these credentials, and the
    // request then ends with 401 instead of asking forever. An empty user and password on
    // Windows leave it to the system: the signed-in user.
    static constexpr char Answered[] = "qtr.credentialsGiven";
    connect(&network, &QNetworkAccessManager::authenticationRequired, this,
            [this](QNetworkReply *reply, QAuthenticator *authenticator) {
                if (reply->property(Answered).toBool())
                    return;
                reply->setProperty(Answered, true);
                authenticator->setUser(profile().userId);
                authenticator->setPassword(m_windowsPassword);
            });
}

QlikService::~QlikService()
{
    // Answers that arrive after us must not reach handlers that capture us.
    qDeleteAll(m_inFlight);
}

const ConnectionProfile &QlikService::profile() const
{
    return m_requests->profile();
}

void QlikService::setScriptLogRetry(int attempts, std::chrono::milliseconds delay)
{
    m_scriptLogAttempts = qMax(1, attempts);
    m_scriptLogDelay = delay;
}

void QlikService::setStartProbe(int attempts, std::chrono::milliseconds delay)
{
    m_probeAttempts = qMax(1, attempts);
    m_probeDelay = delay;
}

QlikService::RequestId QlikService::nextId()
{
    return ++m_lastId;
}

void QlikService::fail(RequestId id, Operation operation, const QlikError &error)
{
    Q_EMIT requestFailed(id, operation, error);
}

void QlikService::send(Verb verb, const QString &path, const Query &query, Expect expect,
                       AnswerKind kind, BodyHandler onBody, ErrorHandler onError)
{
    if (const std::optional<QlikError> &unusable = m_requests->setupError()) {
        QTimer::singleShot(0, this, [onError, error = *unusable] { onError(error); });
        return;
    }
    auto exchange = std::make_shared<const Exchange>(
        Exchange {verb, path, query, expect, kind, std::move(onBody), std::move(onError)});
    transfer(exchange, m_requests->build(path, query), QrsReply::MaxSignInHops, true);
}

void QlikService::transfer(const std::shared_ptr<const Exchange> &exchange,
                           const QNetworkRequest &request, int hopsLeft, bool mayResend)
{
    // The hop to the proxy's Windows module goes on fresh connections of a manager of its own:
    // Qt 6.4 refuses a second NTLM handshake on a connection that finished one (a session that
    // expired would then never be renewed). The hop back, with the ticket, goes on the
    // profile's manager, whose cookie jar keeps the session.
    const bool toModule = profile().signIn == ConnectionProfile::SignIn::Windows &&
        request.url().path(QUrl::FullyEncoded) !=
            profile().qrsBaseUrl().path(QUrl::FullyEncoded) + exchange->path;
    QNetworkAccessManager *network = &m_network;
    if (toModule) {
        network = new QNetworkAccessManager(this);
        answerWindowsChallenges(*network);
    }
    QNetworkReply *reply = nullptr;
    if (exchange->verb == Verb::Get) {
        reply = network->get(request);
    } else {
        QNetworkRequest post = request;
        post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply = network->post(post, QByteArray());
    }
    const AnswerLimits limits = AnswerLimits::of(exchange->kind);
    auto *reader = new AnswerReader(reply, limits, limits.deadline(profile().requestTimeout));
    m_inFlight.insert(reader);
    connect(reader, &AnswerReader::finished, this,
            [this, reader, exchange, request, hopsLeft, mayResend,
             temporary = toModule ? network : nullptr](const QrsReply::Answer &answer,
                                                       const QByteArray &body) {
                m_inFlight.remove(reader);
                if (temporary)
                    temporary->deleteLater();
                if (hopsLeft > 0 && QrsReply::isSignInHop(answer, profile())) {
                    if (exchange->verb == Verb::Get) {
                        QNetworkRequest next = request;
                        next.setUrl(answer.location);
                        return transfer(exchange, next, hopsLeft - 1, mayResend);
                    }
                    if (mayResend)
                        return signInThenResend(exchange);
                }
                const auto expected = exchange->expect == Expect::Json ? QrsReply::Expect::Json
                                                                       : QrsReply::Expect::Text;
                if (auto error = QrsReply::check(answer, body, expected, profile())) {
                    if (!m_heardFromServer)
                        error = QrsReply::firstContactError(answer, profile()).value_or(*error);
                    exchange->onError(*error);
                } else {
                    exchange->onBody(ScriptLogText::withOmittedStart(body, answer.bytesReceived));
                }
                m_heardFromServer = m_heardFromServer || answer.httpStatus != 0;
            });
}

void QlikService::signInThenResend(const std::shared_ptr<const Exchange> &exchange)
{
    // A redirect turns a POST into a GET: the sign-in goes with a GET of its own, then the POST
    // is sent again, once.
    auto signIn = std::make_shared<const Exchange>(Exchange {
        Verb::Get,
        u"/about"_s,
        {},
        Expect::Json,
        AnswerKind::Small,
        [this, exchange](const QByteArray &) {
            transfer(exchange, m_requests->build(exchange->path, exchange->query), 0, false);
        },
        exchange->onError});
    transfer(signIn, m_requests->build(signIn->path, signIn->query), QrsReply::MaxSignInHops,
             false);
}

QlikService::RequestId QlikService::fetchAbout()
{
    const RequestId id = nextId();
    send(
        Verb::Get, u"/about"_s, {}, Expect::Json, AnswerKind::Small,
        [this, id](const QByteArray &body) {
            const auto about = QrsJson::parseAbout(body);
            if (!about)
                return fail(id, Operation::About, protocolError(u"/qrs/about"_s, about.error()));
            Q_EMIT aboutReceived(id, about.value());
        },
        [this, id](const QlikError &error) { fail(id, Operation::About, error); });
    return id;
}

QlikService::RequestId QlikService::startTask(const TaskRef &task)
{
    return startTasks({task}).constFirst();
}

QList<QlikService::RequestId> QlikService::startTasks(const QList<TaskRef> &tasks)
{
    QList<RequestId> ids;
    for (qsizetype i = 0; i < tasks.size(); ++i)
        ids.append(nextId());
    lookUp(tasks, ids, ReloadTask::Type::Reload);
    return ids;
}

QString QlikService::taskRoute(ReloadTask::Type type)
{
    switch (type) {
    case ReloadTask::Type::ExternalProgram:
        return u"/externalprogramtask/full"_s;
    case ReloadTask::Type::UserSync:
        return u"/usersynctask/full"_s;
    case ReloadTask::Type::Reload:
    case ReloadTask::Type::Distribute:
        break;
    }
    return u"/reloadtask/full"_s;
}

QString QlikService::taskMember(ReloadTask::Type type)
{
    switch (type) {
    case ReloadTask::Type::ExternalProgram:
        return u"externalProgramTask"_s;
    case ReloadTask::Type::UserSync:
        return u"userSyncTask"_s;
    case ReloadTask::Type::Reload:
    case ReloadTask::Type::Distribute:
        break;
    }
    return u"reloadTask"_s;
}

QList<ReloadTask> QlikService::ofType(QList<ReloadTask> tasks, ReloadTask::Type type)
{
    // The route says the type, whatever the objects say (condensed ones say nothing).
    if (type != ReloadTask::Type::Reload) {
        for (ReloadTask &task : tasks)
            task.type = type;
    }
    return tasks;
}

void QlikService::lookUp(const QList<TaskRef> &tasks, const QList<RequestId> &ids,
                         ReloadTask::Type type)
{
    QStringList terms;
    for (const TaskRef &task : tasks)
        terms.append(filterTerm(task));
    // Reload tasks first, as most are; what is not one of them is looked for among the
    // external program tasks, then the user sync tasks. One look-up for all of a kind (as few
    // as the URL length allows), then one start each.
    const auto nextType = type == ReloadTask::Type::Reload ? ReloadTask::Type::ExternalProgram
        : type == ReloadTask::Type::ExternalProgram        ? ReloadTask::Type::UserSync
                                                           : std::optional<ReloadTask::Type>();
    const QString route = taskRoute(type);
    for (const QrsFilter::Chunk &chunk : QrsFilter::anyOf(terms, MaxPollFilterLength)) {
        const QList<TaskRef> refs = tasks.mid(chunk.first, chunk.count);
        const QList<RequestId> refIds = ids.mid(chunk.first, chunk.count);
        send(
            Verb::Get, route, {{u"filter"_s, chunk.expression}}, Expect::Json, AnswerKind::TaskList,
            [this, refs, refIds, route, type, nextType](const QByteArray &body) {
                const auto listed = QrsJson::parseTasks(body);
                QList<TaskRef> notFound;
                QList<RequestId> notFoundIds;
                for (qsizetype i = 0; i < refs.size(); ++i) {
                    if (!listed) {
                        fail(refIds[i], Operation::StartTask,
                             protocolError(u"/qrs"_s + route, listed.error()));
                        continue;
                    }
                    const QList<ReloadTask> matches =
                        matchesOf(refs[i], ofType(listed.value(), type));
                    if (matches.isEmpty() && nextType) {
                        notFound.append(refs[i]);
                        notFoundIds.append(refIds[i]);
                    } else {
                        resolved(refIds[i], refs[i], matches);
                    }
                }
                if (!notFound.isEmpty())
                    lookUp(notFound, notFoundIds, *nextType);
            },
            [this, refIds](const QlikError &error) {
                for (const RequestId id : refIds)
                    fail(id, Operation::StartTask, error);
            });
    }
}

void QlikService::resolved(RequestId id, const TaskRef &requested, const QList<ReloadTask> &matches)
{
    using Category = QlikError::Category;
    if (matches.isEmpty()) {
        const QString message = requested.isId()
            ? tr("No task has the id %1 on this server.").arg(requested.text())
            : tr("No task is named '%1' on this server (names must match exactly).")
                  .arg(requested.text());
        return fail(id, Operation::StartTask, {Category::NotFound, 0, message});
    }
    if (matches.size() > 1)
        return fail(id, Operation::StartTask,
                    {Category::Ambiguous, 0,
                     tr("%n tasks are named '%1': %2. Start one of them by its id.", nullptr,
                        int(matches.size()))
                         .arg(requested.text(), describeCandidates(matches))});
    const ReloadTask &task = matches.constFirst();
    if (!task.enabled)
        return fail(
            id, Operation::StartTask,
            {Category::NotStarted, 0,
             tr("Task '%1' is disabled; enable it in the QMC to start it.").arg(task.name)});
    m_startQueue.enqueue({id, task});
    sendStarts();
}

void QlikService::sendStarts()
{
    while (m_startsInFlight < MaxStartsInFlight && !m_startQueue.isEmpty()) {
        ++m_startsInFlight;
        submit(m_startQueue.dequeue());
    }
}

void QlikService::submit(const PendingStart &start)
{
    // An unusable CA file or client certificate never gets here: the look-up before every start
    // fails with it.
    QNetworkRequest request =
        m_requests->build(u"/task/%1/start/synchronous"_s.arg(start.task.id), {});
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const AnswerLimits limits = AnswerLimits::of(AnswerKind::Small);
    // Not through the network access manager: it would send the start again, silently, when the
    // connection closes before the answer.
    auto *post = new OneShotRequest("POST", request, m_network.cookieJar(), limits,
                                    limits.deadline(profile().requestTimeout));
    m_inFlight.insert(post);
    Q_EMIT startSent(start.id);
    connect(post, &OneShotRequest::finished, this,
            [this, post, start](const QrsReply::Answer &answer, const QByteArray &body) {
                m_inFlight.remove(post);
                --m_startsInFlight;
                startAnswered(start, answer, body, post->wasSent());
                sendStarts();
            });
    post->start();
}

void QlikService::startAnswered(const PendingStart &start, const QrsReply::Answer &answer,
                                const QByteArray &body, bool sent)
{
    const ReloadTask &task = start.task;
    QlikError why;
    if (auto error = QrsReply::check(answer, body, QrsReply::Expect::Json, profile())) {
        // A redirect, a login page or a 4xx is the proxy or the repository refusing: not started.
        const bool refused = answer.interruption == QrsReply::Interruption::None &&
            answer.httpStatus >= 300 && answer.httpStatus < 500;
        if (!sent || refused)
            return fail(start.id, Operation::StartTask, *error);
        why = *error;
    } else {
        const auto session = QrsJson::parseStartResponse(body);
        if (session && QrsJson::isZeroGuid(session.value()))
            return fail(start.id, Operation::StartTask,
                        {QlikError::Category::NotStarted, 0,
                         tr("The repository did not start task '%1': it answered the "
                            "empty session id (the task may be disabled or already "
                            "running, or no scheduler is available).")
                             .arg(task.name)});
        if (session)
            return Q_EMIT taskSubmitted(start.id, task, session.value().toLower());
        why = protocolError(tr("the start of task '%1'").arg(task.name), session.error());
    }
    probeStart(start, why, 1);
}

/// The start's answer was lost or unreadable: has the task a result newer than the look-up saw?
void QlikService::probeStart(const PendingStart &start, const QlikError &why, int attempt)
{
    const ReloadTask &before = start.task;
    send(
        Verb::Get, taskRoute(before.type), {{u"filter"_s, QrsFilter::equalsGuid(u"id", before.id)}},
        Expect::Json, AnswerKind::TaskList,
        [this, start, why, attempt](const QByteArray &body) {
            const auto listed = QrsJson::parseTasks(body);
            if (!listed)
                return probeAgain(start, why, attempt);
            const QList<ReloadTask> matches =
                matchesOf(TaskRef::byId(start.task.id), listed.value());
            const QString newest =
                matches.size() == 1 ? matches.constFirst().lastExecutionId : QString();
            if (QrsJson::isGuid(newest) && !QrsJson::isZeroGuid(newest) &&
                newest.compare(start.task.lastExecutionId, Qt::CaseInsensitive) != 0)
                return startFound(start, newest, why);
            probeSessions(start, why, attempt);
        },
        [this, start, why, attempt](const QlikError &) { probeAgain(start, why, attempt); });
}

/// No newer result: is a session of the task live (the run has not written a result yet)?
void QlikService::probeSessions(const PendingStart &start, const QlikError &why, int attempt)
{
    send(
        Verb::Get, u"/executionsession/full"_s,
        {{u"filter"_s,
          QrsFilter::equalsGuid(QString(taskMember(start.task.type) + u".id"_s), start.task.id)}},
        Expect::Json, AnswerKind::Small,
        [this, start, why, attempt](const QByteArray &body) {
            const auto sessions = QrsJson::parseExecutionSessions(body);
            if (!sessions)
                return probeAgain(start, why, attempt);
            const bool wasLive = start.task.lastStatus && !start.task.lastStatus->isFinal() &&
                start.task.lastStatus->code() != 0;
            for (const ExecutionSession &session : sessions.value()) {
                if (!wasLive && QrsJson::isGuid(session.id) &&
                    session.taskId.compare(start.task.id, Qt::CaseInsensitive) == 0)
                    return startFound(start, session.id, why);
            }
            if (!sessions.value().isEmpty() && wasLive)
                return fail(start.id, Operation::StartTask,
                            {QlikError::Category::StartUnconfirmed, 0,
                             tr("The start of task '%1' was not answered (%2), and the task was "
                                "already running: whether it started again cannot be told.")
                                 .arg(start.task.name, why.message)});
            if (attempt < m_probeAttempts)
                return probeAgain(start, why, attempt);
            fail(start.id, Operation::StartTask,
                 {QlikError::Category::NotStarted, 0,
                  tr("The start of task '%1' was not answered (%2), and the repository has no "
                     "run of it since: the task was not started.")
                      .arg(start.task.name, why.message)});
        },
        [this, start, why, attempt](const QlikError &) { probeAgain(start, why, attempt); });
}

void QlikService::startFound(const PendingStart &start, const QString &sessionId,
                             const QlikError &why)
{
    Q_EMIT taskSubmitted(start.id, start.task, sessionId.toLower(),
                         tr("The answer to the start was lost (%1); the repository shows the run "
                            "it started, which is followed.")
                             .arg(why.message));
}

void QlikService::probeAgain(const PendingStart &start, const QlikError &why, int attempt)
{
    // Asking failed too (or found nothing yet): ask again a little later, a few times at most.
    if (attempt >= m_probeAttempts * 3)
        return fail(start.id, Operation::StartTask,
                    {QlikError::Category::StartUnconfirmed, 0,
                     tr("The start of task '%1' was not answered (%2), and the repository could "
                        "not be asked whether it started: the run may be going on on the server.")
                         .arg(start.task.name, why.message)});
    QTimer::singleShot(m_probeDelay * attempt, this,
                       [this, start, why, attempt] { probeStart(start, why, attempt + 1); });
}

QlikService::RequestId QlikService::pollExecutions(const QStringList &sessionIds)
{
    const RequestId id = nextId();
    QStringList terms;
    for (const QString &sessionId : sessionIds)
        terms.append(QrsFilter::equalsGuid(u"ExecutionId", sessionId));
    const QList<QrsFilter::Chunk> chunks = QrsFilter::anyOf(terms, MaxPollFilterLength);
    if (chunks.isEmpty()) {
        QTimer::singleShot(0, this, [this, id] { Q_EMIT pollCompleted(id); });
        return id;
    }
    auto remaining = std::make_shared<qsizetype>(chunks.size());
    const auto chunkEnded = [this, id, remaining] {
        if (--*remaining == 0)
            Q_EMIT pollCompleted(id);
    };
    for (const QrsFilter::Chunk &chunk : chunks) {
        sendPoll(
            id, chunk.expression, sessionIds.mid(chunk.first, chunk.count),
            [this, id](const QlikError &error) { fail(id, Operation::PollExecutions, error); },
            chunkEnded);
    }
    return id;
}

QlikService::RequestId QlikService::pollFirstSessions(const QStringList &sessionIds)
{
    const RequestId id = nextId();
    QString filter;
    const qsizetype fitting = appendSessionsThatFit(filter, sessionIds);
    if (fitting == 0) {
        QTimer::singleShot(0, this, [this, id] { Q_EMIT pollCompleted(id); });
        return id;
    }
    sendPoll(
        id, filter, sessionIds.mid(0, fitting),
        [this, id](const QlikError &error) { fail(id, Operation::PollExecutions, error); },
        [this, id] { Q_EMIT pollCompleted(id); });
    return id;
}

QlikService::RequestId QlikService::pollChanges(const QDateTime &changedAfter,
                                                const QStringList &sessionIds)
{
    const RequestId id = nextId();
    QString filter = QrsFilter::compare(
        u"modifiedDate", u"gt", changedAfter.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s));
    const qsizetype fitting = appendSessionsThatFit(filter, sessionIds);
    sendPoll(
        id, filter, sessionIds.mid(0, fitting),
        [this, id](const QlikError &error) {
            if (error.category == QlikError::Category::BadRequest ||
                error.category == QlikError::Category::Protocol)
                Q_EMIT changesFailed(id, error);
            else
                fail(id, Operation::PollExecutions, error);
        },
        [this, id] { Q_EMIT pollCompleted(id); });
    return id;
}

qsizetype QlikService::appendSessionsThatFit(QString &filter, const QStringList &sessionIds)
{
    qsizetype length = QrsFilter::encodedLength(filter);
    // Only as many terms as fit are built: the list may hold thousands of sessions.
    qsizetype fitting = 0;
    for (const QString &sessionId : sessionIds) {
        const QString term = (filter.isEmpty() ? QString() : u" or "_s) +
            QrsFilter::equalsGuid(u"ExecutionId", sessionId);
        const qsizetype termLength = QrsFilter::encodedLength(term);
        if (length + termLength > MaxPollFilterLength)
            break;
        filter += term;
        length += termLength;
        ++fitting;
    }
    return fitting;
}

void QlikService::sendPoll(RequestId id, const QString &filter, const QStringList &asked,
                           const ErrorHandler &onError, const std::function<void()> &ended)
{
    send(
        Verb::Get, u"/executionresult"_s, {{u"filter"_s, filter}}, Expect::Json, AnswerKind::Poll,
        [this, id, asked, onError, ended](const QByteArray &body) {
            const auto results = QrsJson::parseExecutionResults(body);
            if (results)
                Q_EMIT executionsPolled(id, asked, results.value());
            else
                onError(protocolError(u"/qrs/executionresult"_s, results.error()));
            ended();
        },
        [onError, ended](const QlikError &error) {
            onError(error);
            ended();
        });
}

QlikService::RequestId QlikService::stopTask(const QString &taskId)
{
    const RequestId id = nextId();
    send(
        Verb::Post, u"/task/%1/stop"_s.arg(taskId), {}, Expect::Text, AnswerKind::Small,
        [this, id, taskId](const QByteArray &) { Q_EMIT taskStopRequested(id, taskId); },
        [this, id](const QlikError &error) { fail(id, Operation::StopTask, error); });
    return id;
}

QlikService::RequestId QlikService::listTasks(ReloadTask::Type type, const QString &filter)
{
    const RequestId id = nextId();
    Query query;
    if (!filter.isEmpty())
        query.append({u"filter"_s, filter});
    const QString route = taskRoute(type);
    send(
        Verb::Get, route, query, Expect::Json, AnswerKind::TaskList,
        [this, id, route, type](const QByteArray &body) {
            auto tasks = QrsJson::parseTasks(body);
            if (!tasks)
                return fail(id, Operation::ListTasks,
                            protocolError(u"/qrs"_s + route, tasks.error()));
            Q_EMIT tasksListed(id, ofType(tasks.value(), type));
        },
        [this, id](const QlikError &error) { fail(id, Operation::ListTasks, error); });
    return id;
}

QlikService::RequestId QlikService::fetchTriggers(const QString &taskId)
{
    const RequestId id = nextId();
    Query query;
    if (!taskId.isEmpty()) {
        QStringList terms;
        for (const QStringView type : {u"reloadTask", u"externalProgramTask", u"userSyncTask"})
            terms.append(
                QrsFilter::equalsGuid(QString(u"compositeRules."_s + type + u".id"_s), taskId));
        query.append({u"filter"_s, terms.join(u" or "_s)});
    }
    send(
        Verb::Get, u"/compositeevent/full"_s, query, Expect::Json, AnswerKind::TaskList,
        [this, id](const QByteArray &body) {
            const auto triggers = QrsJson::parseTriggers(body);
            if (!triggers)
                return fail(id, Operation::Triggers,
                            protocolError(u"/qrs/compositeevent/full"_s, triggers.error()));
            Q_EMIT triggersFetched(id, triggers.value());
        },
        [this, id](const QlikError &error) { fail(id, Operation::Triggers, error); });
    return id;
}

QlikService::RequestId QlikService::fetchScriptLog(const ExecutionResult &result)
{
    const RequestId id = nextId();
    requestScriptLogTicket(id, result, true, 1);
    return id;
}

void QlikService::requestScriptLogTicket(RequestId id, const ExecutionResult &result,
                                         bool newerRoute, int attempt)
{
    const bool hasFileReference =
        !result.fileReferenceId.isEmpty() && !QrsJson::isZeroGuid(result.fileReferenceId);
    const QString path = newerRoute ? u"/reloadtask/%1/scriptlogfile"_s.arg(result.taskId)
                                    : u"/reloadtask/%1/scriptlog"_s.arg(result.taskId);
    const Query query = newerRoute ? Query {{u"executionResultId"_s, result.id}}
                                   : Query {{u"fileReferenceId"_s, result.fileReferenceId}};
    send(
        Verb::Get, path, query, Expect::Json, AnswerKind::Small,
        [this, id, result, newerRoute, attempt](const QByteArray &body) {
            const auto ticket = QrsJson::parseValue(body);
            if (!ticket || ticket.value().isEmpty())
                return fail(id, Operation::ScriptLog,
                            protocolError(tr("the script log request"),
                                          ticket ? tr("empty ticket") : ticket.error()));
            downloadScriptLog(id, result, ticket.value(), newerRoute, attempt);
        },
        [this, id, result, newerRoute, hasFileReference, attempt](const QlikError &error) {
            const bool routeMissing = error.category == QlikError::Category::NotFound ||
                error.category == QlikError::Category::BadRequest;
            if (newerRoute && routeMissing && hasFileReference)
                return requestScriptLogTicket(id, result, false, attempt);
            fail(id, Operation::ScriptLog, error);
        });
}

void QlikService::downloadScriptLog(RequestId id, const ExecutionResult &result,
                                    const QString &ticket, bool newerRoute, int attempt)
{
    const QString path = u"/download/reloadtask/%1/%2.log"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(ticket)), result.taskId);
    send(
        Verb::Get, path, {}, Expect::Text, AnswerKind::ScriptLog,
        [this, id, result](const QByteArray &body) {
            Q_EMIT scriptLogReceived(id, result.id, ScriptLogText::fromBody(body));
        },
        [this, id, result, newerRoute, attempt](const QlikError &error) {
            // The file can be 404 for a moment after the run ends, and a ticket serves one
            // download: every new try asks for a new ticket.
            const bool retry = error.category == QlikError::Category::NotFound ||
                error.category == QlikError::Category::Transient;
            if (retry && attempt < m_scriptLogAttempts) {
                QTimer::singleShot(m_scriptLogDelay, this, [=, this] {
                    requestScriptLogTicket(id, result, newerRoute, attempt + 1);
                });
                return;
            }
            fail(id, Operation::ScriptLog, error);
        });
}
