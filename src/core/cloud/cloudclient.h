#pragma once

#include "cloudauth.h"
#include "cloudtransport.h"
#include "cloudtypes.h"
#include "qlikerror.h"
#include "ratelimitgate.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QSslCertificate;

/// Talks to one Qlik Cloud tenant through its REST API; the analogue of QlikService for a
/// tenant, which has no repository. Every call returns a request id at once; the answer comes as
/// a signal carrying that id, or as failed(). Requests go through the tenant's rate limits
/// (rateLimitGate()) and the sign-in (auth()); a 429 is waited out and the request sent again,
/// a 401 to an OAuth token renews the token once and sends the request again once.
///
/// Polls cost as few requests as the tenant allows: `GET /api/v1/reloads?filter=id eq "a" or
/// id eq "b"…&log=false` for up to 100 reloads at a time. Without an OAuth client (which acts as
/// the tenant admin) that list needs `appId`, so reloads are grouped by the app they were seen
/// with (a reload not seen yet is asked alone once). A tenant that refuses the filter (400) is
/// asked one reload at a time from then on, said once by pollModeChanged().
class QlikCloudClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QlikCloudClient)

public:
    using RequestId = quint64;
    enum class PollMode { ByFilter, ByReload };
    Q_ENUM(PollMode)

    /// Reloads one filtered request asks for (the list's largest page).
    static constexpr int MaxReloadsPerRequest = 100;
    /// Pages of a list followed at most.
    static constexpr int MaxPages = 1000;
    /// How often one request is sent again after a 429 before it fails.
    static constexpr int MaxRateLimitedResends = 10;
    /// What the Reloads API takes: at most 20 variables, values of at most 256 characters.
    static constexpr int MaxVariables = 20;
    static constexpr int MaxVariableLength = 256;
    /// How many of an app's newest reloads fetchRecentReloads() asks for.
    static constexpr int RecentReloads = 20;

    /// `tenant`: https://TENANT.REGION.qlikcloud.com. The network access manager is the
    /// caller's.
    QlikCloudClient(QNetworkAccessManager &network, const QUrl &tenant,
                    std::unique_ptr<CloudAuth> auth, QObject *parent = nullptr);
    ~QlikCloudClient() override;

    [[nodiscard]] QUrl tenant() const { return m_transport->tenant(); }
    [[nodiscard]] CloudAuth &auth() { return *m_auth; }
    /// Its held() signal tells when requests wait for the tenant's rate limit.
    [[nodiscard]] RateLimitGate &rateLimitGate() { return *m_gate; }
    [[nodiscard]] PollMode pollMode() const { return m_pollMode; }
    /// Silence after which a request is given up (30 s by default); answers also have a
    /// deadline of a few times this (AnswerLimits).
    void setRequestTimeout(std::chrono::milliseconds timeout);
    /// Trusted besides the system's CAs; certificate verification is never off.
    void addCaCertificates(const QList<QSslCertificate> &certificates);

    /// `GET /api/v1/users/me`: URL, TLS and sign-in are right. Emits connectionChecked().
    RequestId checkConnection();
    /// Every app (`GET /api/v1/items?resourceType=app`, page by page) with the names of their
    /// spaces (`GET /api/v1/spaces`; an app whose space is not listed keeps an empty name).
    /// Emits appsListed() once.
    RequestId listApps();
    /// `POST /api/v1/reloads`, sent once and never again: an answer lost after sending is
    /// StartUnconfirmed, not an error that invites another start. Emits reloadStarted().
    RequestId startReload(const QString &appId, bool partial = false,
                          const QMap<QString, QString> &variables = {});
    /// The reloads with these ids (see the class comment for how many requests that takes).
    /// Emits reloadsFetched() with every one the tenant knows (one it does not know, 404, is
    /// left out), or failed().
    RequestId fetchReloads(const QStringList &reloadIds);
    /// The app's newest reloads, newest first (`GET /api/v1/reloads?appId=…&sort=-creationTime`,
    /// one page of RecentReloads). Emits recentReloadsFetched().
    RequestId fetchRecentReloads(const QString &appId);
    /// `POST /api/v1/reloads/{id}/actions/cancel`. Emits cancelled(); a reload already final
    /// (409) is cancelled() with alreadyFinal, not an error.
    RequestId cancelReload(const QString &reloadId);
    /// `GET /api/v1/apps/{appId}/reloads/logs/{reloadId}`: the script log as text, its last
    /// 4 MB at most (a line says how much is not shown). Emits logFetched().
    RequestId fetchLog(const QString &appId, const QString &reloadId);

Q_SIGNALS:
    void connectionChecked(QlikCloudClient::RequestId id, const CloudUser &user);
    void appsListed(QlikCloudClient::RequestId id, const QList<CloudApp> &apps);
    void reloadStarted(QlikCloudClient::RequestId id, const CloudReload &reload);
    void reloadsFetched(QlikCloudClient::RequestId id, const QList<CloudReload> &reloads);
    void recentReloadsFetched(QlikCloudClient::RequestId id, const QList<CloudReload> &reloads);
    void cancelled(QlikCloudClient::RequestId id, bool alreadyFinal);
    void logFetched(QlikCloudClient::RequestId id, const QString &text);
    /// Polls go one reload at a time from now on; `why` in words. Once per client.
    void pollModeChanged(const QString &why);
    void failed(QlikCloudClient::RequestId id, const QlikError &error);

private:
    using BodyHandler = std::function<void(const QByteArray &body, qint64 bytesReceived)>;
    using ErrorHandler = std::function<void(const QlikError &error)>;
    /// Reads one page; returns why it cannot be read, if it cannot.
    using PageHandler = std::function<std::optional<QString>(const CloudJson::Page &page)>;
    struct Exchange;
    struct Paging;
    struct Poll;

    void send(const CloudTransport::Request &request, const QString &what, BodyHandler onBody,
              ErrorHandler onError);
    void dispatch(const std::shared_ptr<Exchange> &exchange);
    void transmit(const std::shared_ptr<Exchange> &exchange);
    void answered(const std::shared_ptr<Exchange> &exchange, const QByteArray &authorization,
                  const QrsReply::Answer &answer, const QByteArray &body, bool mayHaveArrived);
    void fetchPages(const std::shared_ptr<Paging> &paging, const QUrl &url);
    void pollByFilter(const std::shared_ptr<Poll> &poll, const QString &appId,
                      const QStringList &reloadIds);
    void pollByReload(const std::shared_ptr<Poll> &poll, const QString &reloadId);
    void pollEnded(const std::shared_ptr<Poll> &poll);
    void learn(const CloudReload &reload);
    void fail(RequestId id, QlikError error);
    /// Emits failed() for a request refused before anything is sent.
    RequestId refuse(QlikError::Category category, const QString &message);
    RequestId nextId() { return ++m_lastId; }

    std::unique_ptr<CloudAuth> m_auth;
    std::unique_ptr<RateLimitGate> m_gate;
    QHash<QString, QString> m_appOfReload; ///< reloads in flight seen, by id: their app's id
    PollMode m_pollMode = PollMode::ByFilter;
    RequestId m_lastId = 0;
    /// Last, so that it goes first: no answer reaches the others once they are gone.
    std::unique_ptr<CloudTransport> m_transport;
};
