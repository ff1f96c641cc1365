#include "cloudrunserver.h"

#include <algorithm>
#include <QTimer>

using namespace Qt::StringLiterals;

CloudRunServer::CloudRunServer(QlikCloudClient &client, QObject *parent)
    : RunServer(parent)
    , m_client(client)
{
    connect(&client, &QlikCloudClient::appsListed, this, &CloudRunServer::onAppsListed);
    connect(&client, &QlikCloudClient::failed, this, &CloudRunServer::onFailed);
    connect(&client, &QlikCloudClient::connectionChecked, this,
            [this](QlikCloudClient::RequestId request, const CloudUser &user) {
                if (const RequestId check = m_checkOf.take(request))
                    Q_EMIT connectionChecked(check,
                                             tr("Qlik Cloud tenant %1 as %2")
                                                 .arg(m_client.tenant().host(),
                                                      user.name.isEmpty() ? user.id : user.name));
            });
    connect(&client, &QlikCloudClient::reloadStarted, this,
            [this](QlikCloudClient::RequestId request, const CloudReload &reload) {
                const SentStart start = m_startOf.take(request);
                m_known.insert(reload.id.toLower());
                if (start.id != 0)
                    Q_EMIT submitted(start.id, start.task, reload.id, QString());
            });
    connect(&client, &QlikCloudClient::recentReloadsFetched, this,
            [this](QlikCloudClient::RequestId request, const QList<CloudReload> &reloads) {
                if (m_probeOf.contains(request))
                    probed(m_probeOf.take(request), reloads);
            });
    connect(&client, &QlikCloudClient::cancelled, this, [this](QlikCloudClient::RequestId request) {
        // Already final (409) is no failure: the run's end shows in the next poll.
        if (const RequestId stop = m_stopOf.take(request))
            Q_EMIT stopAccepted(stop);
    });
    connect(&client, &QlikCloudClient::logFetched, this,
            [this](QlikCloudClient::RequestId request, const QString &text) {
                const auto log = m_logOf.take(request);
                if (log.first != 0)
                    Q_EMIT logFetched(log.first, log.second, text);
            });
    connect(&client, &QlikCloudClient::reloadsFetched, this,
            [this](QlikCloudClient::RequestId request, const QList<CloudReload> &reloads) {
                if (request == 0 || request != m_pollRequest)
                    return; // an abandoned poll answering late
                QList<CloudReload> ended = reloads;
                // Runs that end in the same answer are told in the order they ended.
                std::stable_sort(ended.begin(), ended.end(),
                                 [](const CloudReload &a, const CloudReload &b) {
                                     if (!a.endTime.isValid() || !b.endTime.isValid())
                                         return a.endTime.isValid() && !b.endTime.isValid();
                                     return a.endTime < b.endTime;
                                 });
                QList<SessionNews> news;
                QSet<QString> missing = std::exchange(m_polled, {});
                for (const CloudReload &reload : std::as_const(ended)) {
                    const QString sessionId = reload.id.toLower();
                    if (missing.remove(sessionId))
                        news.append({sessionId, SessionNews::Kind::Complete, {resultOf(reload)}});
                }
                // Not known to the tenant (404, or left out of the list): no record of it.
                for (const QString &sessionId : std::as_const(missing))
                    news.append({sessionId, SessionNews::Kind::Complete, {}});
                const RequestId poll = std::exchange(m_poll, 0);
                m_pollRequest = 0;
                Q_EMIT polled(poll, news);
                Q_EMIT pollEnded(poll, std::nullopt, true, false);
            });
    connect(&client, &QlikCloudClient::pollModeChanged, this, [this](const QString &why) {
        m_pollMode = PollMode::Fallback;
        Q_EMIT pollModeChanged(m_pollMode, why);
    });
    connect(&client.rateLimitGate(), &RateLimitGate::held, this, &RunServer::heldBack);
}

CloudRunServer::~CloudRunServer() = default;

ReloadTask CloudRunServer::taskOf(const CloudApp &app)
{
    ReloadTask task;
    task.id = app.id;
    task.name = app.name;
    task.appId = app.id;
    task.appName = app.name;
    task.streamName = app.spaceName;
    task.lastStartTime = app.lastReloadTime;
    return task;
}

ExecutionResult CloudRunServer::resultOf(const CloudReload &reload)
{
    ExecutionResult result;
    result.id = reload.id;
    result.executionId = reload.id;
    result.taskId = reload.appId;
    result.appId = reload.appId;
    result.status = TaskStatus::cloud(reload.status);
    result.startTime = reload.startTime;
    result.stopTime = reload.endTime;
    if (reload.startTime.isValid() && reload.endTime.isValid())
        result.durationMs = std::max<qint64>(0, reload.startTime.msecsTo(reload.endTime));
    if (reload.status == CloudReloadStatus::ExceededLimit)
        result.details.append(
            {ExecutionDetail::Type::Error,
             tr("Qlik Cloud stopped the reload: it went beyond a limit of the tenant (reload "
                "time, app size or memory)."),
             reload.endTime});
    if (!reload.errorMessage.isEmpty() || !reload.errorCode.isEmpty()) {
        const QString message = reload.errorCode.isEmpty() ? reload.errorMessage
            : reload.errorMessage.isEmpty()
            ? reload.errorCode
            : tr("%1 (%2)").arg(reload.errorMessage, reload.errorCode);
        result.details.append({ExecutionDetail::Type::Error, message, reload.endTime});
    }
    if (reload.status == CloudReloadStatus::Unknown)
        result.details.append(
            {ExecutionDetail::Type::Warning, reload.displayStatus(), QDateTime()});
    // A reload that began has a log, even one that failed early.
    result.scriptLogAvailable = reload.startTime.isValid();
    return result;
}

QList<RunServer::RequestId> CloudRunServer::start(const QList<TaskRef> &tasks,
                                                  const StartOptions &options)
{
    QList<RequestId> ids;
    Resolution resolution;
    resolution.options = options;
    for (const TaskRef &task : tasks) {
        ids.append(++m_lastId);
        resolution.starts.append({m_lastId, task});
    }
    if (!resolution.starts.isEmpty())
        m_resolutions.insert(m_client.listApps(), resolution);
    return ids;
}

std::optional<QlikError> CloudRunServer::resolve(const TaskRef &requested,
                                                 const QList<CloudApp> &apps, ReloadTask &task)
{
    QList<const CloudApp *> matches;
    for (const CloudApp &app : apps) {
        if (requested.isId() ? app.id.compare(requested.text(), Qt::CaseInsensitive) == 0
                             : app.name == requested.text())
            matches.append(&app);
    }
    if (matches.size() == 1) {
        task = taskOf(*matches.constFirst());
        return std::nullopt;
    }
    if (matches.isEmpty() && requested.isId()) {
        // Not every app shows in the items list (one shared with the key's user alone, say):
        // the tenant tells whether it exists.
        task.id = requested.text();
        task.appId = requested.text();
        return std::nullopt;
    }
    if (matches.isEmpty())
        return QlikError {QlikError::Category::NotFound, 0,
                          tr("No app is named '%1' on this tenant (names must match exactly).")
                              .arg(requested.text())};
    QStringList candidates;
    for (const CloudApp *app : std::as_const(matches))
        candidates.append(app->spaceName.isEmpty()
                              ? tr("%1 (personal space)").arg(app->id)
                              : tr("%1 (space %2)").arg(app->id, app->spaceName));
    return QlikError {QlikError::Category::Ambiguous, 0,
                      tr("%n apps are named '%1': %2. Reload one of them by its id.", nullptr,
                         int(matches.size()))
                          .arg(requested.text(), candidates.join(u", "_s))};
}

void CloudRunServer::onAppsListed(QlikCloudClient::RequestId request, const QList<CloudApp> &apps)
{
    if (const RequestId list = m_listOf.take(request)) {
        QList<ReloadTask> tasks;
        tasks.reserve(apps.size());
        for (const CloudApp &app : apps)
            tasks.append(taskOf(app));
        Q_EMIT tasksListed(list, tasks);
        return;
    }
    const auto it = m_resolutions.constFind(request);
    if (it == m_resolutions.cend())
        return;
    const Resolution resolution = *it;
    m_resolutions.erase(it);
    for (const Start &start : resolution.starts) {
        ReloadTask task;
        if (const auto error = resolve(start.requested, apps, task))
            Q_EMIT startFailed(start.id, *error);
        else
            startResolved(start, task, resolution.options);
    }
}

void CloudRunServer::startResolved(const Start &start, const ReloadTask &task,
                                   const StartOptions &options)
{
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    m_startOf.insert(m_client.startReload(task.appId, options.partial, options.variables),
                     {start.id, task, sentAt});
}

void CloudRunServer::probeStart(Unconfirmed unconfirmed)
{
    ++unconfirmed.probes;
    m_probeOf.insert(m_client.fetchRecentReloads(unconfirmed.task.appId), unconfirmed);
}

void CloudRunServer::probed(const Unconfirmed &unconfirmed, const QList<CloudReload> &reloads)
{
    // Ours: created by the API after the start was sent (less the clocks' difference), and not
    // a reload this server already follows.
    const QDateTime earliest = unconfirmed.sentAt.addSecs(
        -std::chrono::duration_cast<std::chrono::seconds>(ClockAllowance).count());
    QList<const CloudReload *> candidates;
    for (const CloudReload &reload : reloads) {
        if (m_known.contains(reload.id.toLower()) || !reload.creationTime.isValid() ||
            reload.creationTime < earliest ||
            (!reload.type.isEmpty() && reload.type != u"external"_s))
            continue;
        candidates.append(&reload);
    }
    if (candidates.size() == 1) {
        const CloudReload &found = *candidates.constFirst();
        m_known.insert(found.id.toLower());
        return Q_EMIT submitted(
            unconfirmed.start, unconfirmed.task, found.id,
            tr("The answer to the start was lost (%1); the app's reloads show the one it "
               "started, which is followed.")
                .arg(unconfirmed.why.message));
    }
    if (candidates.size() > 1)
        return Q_EMIT startFailed(
            unconfirmed.start,
            {QlikError::Category::StartUnconfirmed, 0,
             tr("The start of app '%1' was not answered (%2), and %3 reloads of it were started "
                "since: which one is this start's cannot be told.")
                 .arg(unconfirmed.task.name)
                 .arg(unconfirmed.why.message)
                 .arg(candidates.size())});
    if (unconfirmed.probes < StartProbes) {
        QTimer::singleShot(StartProbeDelay, this, [this, unconfirmed] { probeStart(unconfirmed); });
        return;
    }
    Q_EMIT startFailed(unconfirmed.start,
                       {QlikError::Category::NotStarted, 0,
                        tr("The start of app '%1' was not answered (%2), and the app has no "
                           "reload since: it was not started.")
                            .arg(unconfirmed.task.name, unconfirmed.why.message)});
}

void CloudRunServer::probeFailed(const Unconfirmed &unconfirmed, const QlikError &error)
{
    if (unconfirmed.probes < StartProbes) {
        QTimer::singleShot(StartProbeDelay, this, [this, unconfirmed] { probeStart(unconfirmed); });
        return;
    }
    Q_EMIT startFailed(unconfirmed.start,
                       {QlikError::Category::StartUnconfirmed, 0,
                        tr("The start of app '%1' was not answered (%2), and the app's reloads "
                           "could not be looked at (%3): the reload may be going on.")
                            .arg(unconfirmed.task.name, unconfirmed.why.message, error.message)});
}

void CloudRunServer::onFailed(QlikCloudClient::RequestId request, const QlikError &error)
{
    if (const auto resolution = m_resolutions.constFind(request);
        resolution != m_resolutions.cend()) {
        // Without the list nothing was started: every start of the call failed the same way.
        const Resolution failed = *resolution;
        m_resolutions.erase(resolution);
        for (const Start &start : failed.starts)
            Q_EMIT startFailed(start.id, error);
    } else if (const SentStart start = m_startOf.take(request); start.id != 0) {
        if (error.category != QlikError::Category::StartUnconfirmed)
            return Q_EMIT startFailed(start.id, error);
        // It may have started: the app's newest reloads tell.
        probeStart({start.id, start.task, start.sentAt, error, 0});
    } else if (m_probeOf.contains(request)) {
        probeFailed(m_probeOf.take(request), error);
    } else if (const RequestId stop = m_stopOf.take(request)) {
        Q_EMIT stopFailed(stop, error);
    } else if (const auto log = m_logOf.take(request); log.first != 0) {
        Q_EMIT logFailed(log.first, error);
    } else if (const RequestId list = m_listOf.take(request)) {
        Q_EMIT listFailed(list, error);
    } else if (const RequestId check = m_checkOf.take(request)) {
        Q_EMIT connectionFailed(check, error);
    } else if (request != 0 && request == m_pollRequest) {
        const RequestId poll = std::exchange(m_poll, 0);
        m_pollRequest = 0;
        m_polled.clear();
        Q_EMIT pollEnded(poll, error, false, false);
    }
}

RunServer::RequestId CloudRunServer::stop(const ReloadTask &task, const QString &sessionId)
{
    Q_UNUSED(task) // a reload is cancelled by its own id
    if (sessionId.isEmpty())
        return 0;
    m_stopOf.insert(m_client.cancelReload(sessionId), ++m_lastId);
    return m_lastId;
}

RunServer::RequestId CloudRunServer::poll(const QList<PolledRun> &runs)
{
    m_poll = ++m_lastId;
    m_polled.clear();
    QStringList reloadIds;
    reloadIds.reserve(runs.size());
    for (const PolledRun &run : runs) {
        m_polled.insert(run.sessionId);
        m_known.insert(run.sessionId); // followed from elsewhere (a restart): never another's
        reloadIds.append(run.sessionId);
    }
    m_pollRequest = m_client.fetchReloads(reloadIds);
    return m_poll;
}

void CloudRunServer::abandonPoll(RequestId request)
{
    if (request == 0 || request != m_poll)
        return;
    m_poll = 0;
    m_pollRequest = 0;
    m_polled.clear();
}

RunServer::RequestId CloudRunServer::fetchLog(const ReloadTask &task, const ExecutionResult &result)
{
    const QString appId = result.appId.isEmpty() ? task.appId : result.appId;
    m_logOf.insert(m_client.fetchLog(appId, result.id), {++m_lastId, result.id});
    return m_lastId;
}

RunServer::RequestId CloudRunServer::listTasks()
{
    m_listOf.insert(m_client.listApps(), ++m_lastId);
    return m_lastId;
}

RunServer::RequestId CloudRunServer::checkConnection()
{
    m_checkOf.insert(m_client.checkConnection(), ++m_lastId);
    return m_lastId;
}
