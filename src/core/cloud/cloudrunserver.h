#pragma once

#include "cloudclient.h"
#include "runserver.h"

#include <memory>
#include <QHash>
#include <QSet>

/// A Qlik Cloud tenant as a RunServer, over a QlikCloudClient. What can be run are the apps a
/// reload names; a run's session id is its reload's id and its one attempt is the reload, with
/// the cloud's own status (TaskStatus::cloud()).
///
/// Starts are resolved against one listing of the apps per call of start() (a name must match
/// exactly one app; an id that is not listed, as an app the key's user cannot see in the items
/// API, is sent as it is and the tenant says whether it exists). A poll is the client's
/// fetchReloads(): up to 100 reloads a request (QlikCloudClient says how), paced by the
/// tenant's rate limits, whose holds come as heldBack().
class CloudRunServer final : public RunServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudRunServer)

public:
    explicit CloudRunServer(QlikCloudClient &client, QObject *parent = nullptr);
    ~CloudRunServer() override;

    [[nodiscard]] QlikCloudClient &client() const { return m_client; }

    QList<RequestId> start(const QList<TaskRef> &tasks, const StartOptions &options) override;
    RequestId stop(const ReloadTask &task, const QString &sessionId) override;
    RequestId poll(const QList<PolledRun> &runs) override;
    void abandonPoll(RequestId request) override;
    [[nodiscard]] PollMode pollMode() const override { return m_pollMode; }
    RequestId fetchLog(const ReloadTask &task, const ExecutionResult &result) override;
    RequestId listTasks() override;
    RequestId checkConnection() override;

    /// An app as the runs table and the task browser show it.
    [[nodiscard]] static ReloadTask taskOf(const CloudApp &app);
    /// A reload as the one attempt of its run.
    [[nodiscard]] static ExecutionResult resultOf(const CloudReload &reload);

private:
    struct Start
    {
        RequestId id = 0;
        TaskRef requested;
    };
    /// Starts waiting for one listing of the apps.
    struct Resolution
    {
        QList<Start> starts;
        StartOptions options;
    };
    void onAppsListed(QlikCloudClient::RequestId request, const QList<CloudApp> &apps);
    void onFailed(QlikCloudClient::RequestId request, const QlikError &error);
    void startResolved(const Start &start, const ReloadTask &task, const StartOptions &options);
    /// Fills `task` with the app `requested` names among `apps`; else says why there is none.
    [[nodiscard]] static std::optional<QlikError>
    resolve(const TaskRef &requested, const QList<CloudApp> &apps, ReloadTask &task);

    QlikCloudClient &m_client;
    RequestId m_lastId = 0;
    PollMode m_pollMode = PollMode::Compact;
    QHash<QlikCloudClient::RequestId, Resolution> m_resolutions; ///< by the listing's request
    QHash<QlikCloudClient::RequestId, RequestId> m_listOf; ///< listings asked by listTasks()
    /// Reloads started and not answered yet, with the app they reload.
    QHash<QlikCloudClient::RequestId, std::pair<RequestId, ReloadTask>> m_startOf;
    QHash<QlikCloudClient::RequestId, RequestId> m_stopOf;
    QHash<QlikCloudClient::RequestId, RequestId> m_checkOf;
    QHash<QlikCloudClient::RequestId, std::pair<RequestId, QString>> m_logOf; ///< with reload id
    RequestId m_poll = 0; ///< the poll in flight
    QlikCloudClient::RequestId m_pollRequest = 0;
    QSet<QString> m_polled; ///< the reloads the poll in flight asks about
};
