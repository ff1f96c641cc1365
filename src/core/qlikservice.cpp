#include "qlikservice.h"

#include "qrsfilter.h"
#include "qrsjson.h"
#include "qrsreply.h"
#include "requestbuilder.h"

#include <memory>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QlikService", text);
}

QlikError protocolError(const QString &what, const QString &parseError)
{
    return {QlikError::Category::Protocol, 0,
            tr("The repository's answer to %1 could not be read: %2").arg(what, parseError)};
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
        lines.append(tr("%1 (app '%2')").arg(task.id, task.appName));
    return lines.join(u", "_s);
}

} // namespace

QlikService::QlikService(QNetworkAccessManager &network, const ConnectionProfile &profile,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_requests(std::make_unique<QrsRequestBuilder>(profile))
{ }

QlikService::~QlikService()
{
    // Answers that arrive after us must not reach handlers that capture us.
    for (QNetworkReply *reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
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

QlikService::RequestId QlikService::nextId()
{
    return ++m_lastId;
}

void QlikService::fail(RequestId id, Operation operation, const QlikError &error)
{
    Q_EMIT requestFailed(id, operation, error);
}

void QlikService::send(Verb verb, const QString &path, const Query &query, Expect expect,
                       BodyHandler onBody, ErrorHandler onError)
{
    if (!m_requests->caCertificateError().isEmpty()) {
        QTimer::singleShot(0, this, [this, onError] {
            onError({QlikError::Category::Tls, 0, m_requests->caCertificateError()});
        });
        return;
    }
    const QNetworkRequest request = m_requests->build(path, query);
    QNetworkReply *reply = nullptr;
    if (verb == Verb::Get) {
        reply = m_network.get(request);
    } else {
        QNetworkRequest post = request;
        post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply = m_network.post(post, QByteArray());
    }
    m_inFlight.insert(reply);

    auto sslErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            sslErrors->append(error.errorString());
    });
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, expect, sslErrors, onBody = std::move(onBody), onError = std::move(onError)] {
            m_inFlight.remove(reply);
            reply->deleteLater();
            const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
            const auto expected =
                expect == Expect::Json ? QrsReply::Expect::Json : QrsReply::Expect::Text;
            if (auto error = QrsReply::check(*reply, body, expected, profile(), *sslErrors))
                onError(*error);
            else
                onBody(body);
        });
}

QlikService::RequestId QlikService::fetchAbout()
{
    const RequestId id = nextId();
    send(
        Verb::Get, u"/about"_s, {}, Expect::Json,
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
    QStringList terms;
    for (const TaskRef &task : tasks) {
        ids.append(nextId());
        terms.append(filterTerm(task));
    }
    // One look-up for all of them (as few as the URL length allows), then one start each.
    for (const QrsFilter::Chunk &chunk : QrsFilter::anyOf(terms, MaxPollFilterLength)) {
        const QList<TaskRef> refs = tasks.mid(chunk.first, chunk.count);
        const QList<RequestId> refIds = ids.mid(chunk.first, chunk.count);
        send(
            Verb::Get, u"/reloadtask/full"_s, {{u"filter"_s, chunk.expression}}, Expect::Json,
            [this, refs, refIds](const QByteArray &body) {
                const auto listed = QrsJson::parseTasks(body);
                for (qsizetype i = 0; i < refs.size(); ++i) {
                    if (listed)
                        resolved(refIds[i], refs[i], matchesOf(refs[i], listed.value()));
                    else
                        fail(refIds[i], Operation::StartTask,
                             protocolError(u"/qrs/reloadtask/full"_s, listed.error()));
                }
            },
            [this, refIds](const QlikError &error) {
                for (const RequestId id : refIds)
                    fail(id, Operation::StartTask, error);
            });
    }
    return ids;
}

void QlikService::resolved(RequestId id, const TaskRef &requested, const QList<ReloadTask> &matches)
{
    using Category = QlikError::Category;
    if (matches.isEmpty()) {
        const QString message = requested.isId()
            ? tr("No reload task has the id %1 on this server.").arg(requested.text())
            : tr("No reload task is named '%1' on this server (names must match exactly).")
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
    submit(id, task);
}

void QlikService::submit(RequestId id, const ReloadTask &task)
{
    send(
        Verb::Post, u"/task/%1/start/synchronous"_s.arg(task.id), {}, Expect::Json,
        [this, id, task](const QByteArray &body) {
            const auto session = QrsJson::parseStartResponse(body);
            if (!session)
                return fail(
                    id, Operation::StartTask,
                    protocolError(tr("the start of task '%1'").arg(task.name), session.error()));
            if (QrsJson::isZeroGuid(session.value()))
                return fail(id, Operation::StartTask,
                            {QlikError::Category::NotStarted, 0,
                             tr("The repository did not start task '%1': it answered the "
                                "empty session id (the task may be disabled or already "
                                "running, or no scheduler is available).")
                                 .arg(task.name)});
            Q_EMIT taskSubmitted(id, task, session.value());
        },
        [this, id](const QlikError &error) { fail(id, Operation::StartTask, error); });
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
        send(
            Verb::Get, u"/executionresult"_s, {{u"filter"_s, chunk.expression}}, Expect::Json,
            [this, id, chunkEnded,
             ids = sessionIds.mid(chunk.first, chunk.count)](const QByteArray &body) {
                const auto results = QrsJson::parseExecutionResults(body);
                if (results)
                    Q_EMIT executionsPolled(id, ids, results.value());
                else
                    fail(id, Operation::PollExecutions,
                         protocolError(u"/qrs/executionresult"_s, results.error()));
                chunkEnded();
            },
            [this, id, chunkEnded](const QlikError &error) {
                fail(id, Operation::PollExecutions, error);
                chunkEnded();
            });
    }
    return id;
}

QlikService::RequestId QlikService::stopTask(const QString &taskId)
{
    const RequestId id = nextId();
    send(
        Verb::Post, u"/task/%1/stop"_s.arg(taskId), {}, Expect::Text,
        [this, id, taskId](const QByteArray &) { Q_EMIT taskStopRequested(id, taskId); },
        [this, id](const QlikError &error) { fail(id, Operation::StopTask, error); });
    return id;
}

QlikService::RequestId QlikService::listTasks(const QString &filter)
{
    const RequestId id = nextId();
    Query query;
    if (!filter.isEmpty())
        query.append({u"filter"_s, filter});
    send(
        Verb::Get, u"/reloadtask/full"_s, query, Expect::Json,
        [this, id](const QByteArray &body) {
            const auto tasks = QrsJson::parseTasks(body);
            if (!tasks)
                return fail(id, Operation::ListTasks,
                            protocolError(u"/qrs/reloadtask/full"_s, tasks.error()));
            Q_EMIT tasksListed(id, tasks.value());
        },
        [this, id](const QlikError &error) { fail(id, Operation::ListTasks, error); });
    return id;
}

QlikService::RequestId QlikService::fetchScriptLog(const ExecutionResult &result)
{
    const RequestId id = nextId();
    requestScriptLogTicket(id, result, true);
    return id;
}

void QlikService::requestScriptLogTicket(RequestId id, const ExecutionResult &result,
                                         bool newerRoute)
{
    const bool hasFileReference =
        !result.fileReferenceId.isEmpty() && !QrsJson::isZeroGuid(result.fileReferenceId);
    const QString path = newerRoute ? u"/reloadtask/%1/scriptlogfile"_s.arg(result.taskId)
                                    : u"/reloadtask/%1/scriptlog"_s.arg(result.taskId);
    const Query query = newerRoute ? Query {{u"executionResultId"_s, result.id}}
                                   : Query {{u"fileReferenceId"_s, result.fileReferenceId}};
    send(
        Verb::Get, path, query, Expect::Json,
        [this, id, result](const QByteArray &body) {
            const auto ticket = QrsJson::parseValue(body);
            if (!ticket || ticket.value().isEmpty())
                return fail(id, Operation::ScriptLog,
                            protocolError(tr("the script log request"),
                                          ticket ? tr("empty ticket") : ticket.error()));
            downloadScriptLog(id, result, ticket.value(), 1);
        },
        [this, id, result, newerRoute, hasFileReference](const QlikError &error) {
            const bool routeMissing = error.category == QlikError::Category::NotFound ||
                error.category == QlikError::Category::BadRequest;
            if (newerRoute && routeMissing && hasFileReference)
                return requestScriptLogTicket(id, result, false);
            fail(id, Operation::ScriptLog, error);
        });
}

void QlikService::downloadScriptLog(RequestId id, const ExecutionResult &result,
                                    const QString &ticket, int attempt)
{
    const QString path = u"/download/reloadtask/%1/%2.log"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(ticket)), result.taskId);
    send(
        Verb::Get, path, {}, Expect::Text,
        [this, id, result](const QByteArray &body) {
            QString text = QString::fromUtf8(body);
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            Q_EMIT scriptLogReceived(id, result.id, text);
        },
        [this, id, result, ticket, attempt](const QlikError &error) {
            // The file can be 404 for a moment after the run ends.
            if (error.category == QlikError::Category::NotFound && attempt < m_scriptLogAttempts) {
                QTimer::singleShot(m_scriptLogDelay, this, [=, this] {
                    downloadScriptLog(id, result, ticket, attempt + 1);
                });
                return;
            }
            fail(id, Operation::ScriptLog, error);
        });
}
