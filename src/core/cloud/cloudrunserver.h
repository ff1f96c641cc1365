#pragma once

#include "cloudclient.h"
#include "runserver.h"

#include <chrono>
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
    /// How often, and how far apart, the app's reloads are looked at for a start whose answer
    /// was lost.
    static constexpr int StartProbes = 3;
    static constexpr std::chrono::milliseconds StartProbeDelay {1500};
    /// A reload created this long before its start was sent may still be it: the tenant's clock
    /// and ours differ.
    static constexpr std::chrono::minutes ClockAllowance {2};

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
    /// A start sent whose answer was lost.
    struct Unconfirmed
    {
        RequestId start = 0;
        ReloadTask task;
        QDateTime sentAt; ///< UTC, our clock
        QlikError why;
        int probes = 0;
    };
    /// Looks among the app's newest reloads for the one the start created.
    void probeStart(Unconfirmed unconfirmed);
    void probed(const Unconfirmed &unconfirmed, const QList<CloudReload> &reloads);
    void probeFailed(const Unconfirmed &unconfirmed, const QlikError &error);
    /// Fills `task` with the app `requested` names among `apps`; else says why there is none.
    [[nodiscard]] static std::optional<QlikError>
    resolve(const TaskRef &requested, const QList<CloudApp> &apps, ReloadTask &task);

    QlikCloudClient &m_client;
    RequestId m_lastId = 0;
    PollMode m_pollMode = PollMode::Compact;
    QHash<QlikCloudClient::RequestId, Resolution> m_resolutions; ///< by the listing's request
    QHash<QlikCloudClient::RequestId, RequestId> m_listOf; ///< listings asked by listTasks()
    /// Reloads started and not answered yet, with the app they reload and when they were sent.
    struct SentStart
    {
        RequestId id = 0;
        ReloadTask task;
        QDateTime sentAt; ///< UTC
    };
    QHash<QlikCloudClient::RequestId, SentStart> m_startOf;
    QHash<QlikCloudClient::RequestId, Unconfirmed> m_probeOf;
    QSet<QString> m_known; ///< reloads started or found here: never taken for another start
    QHash<QlikCloudClient::RequestId, RequestId> m_stopOf;
    QHash<QlikCloudClient::RequestId, RequestId> m_checkOf;
    QHash<QlikCloudClient::RequestId, std::pair<RequestId, QString>> m_logOf; ///< with reload id
    RequestId m_poll = 0; ///< the poll in flight
    QlikCloudClient::RequestId m_pollRequest = 0;
    QSet<QString> m_polled; ///< the reloads the poll in flight asks about
};
