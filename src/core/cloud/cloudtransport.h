#pragma once

#include "answerlimits.h"
#include "qrsreply.h"

#include <chrono>
#include <functional>
#include <optional>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>
#include <utility>

class QNetworkAccessManager;
class QNetworkRequest;

/// The one place every Qlik Cloud request is made and read: the tenant's address with the path
/// and a query percent-encoded value by value, `Authorization`, `Accept`, `User-Agent`, TLS with
/// certificate verification always on (extra trusted CAs may be added, never switched off), the
/// transfer timeout, redirects never followed. Every answer is read under its AnswerLimits and
/// deadline (AnswerReader); a request that must never go twice goes on a connection of its own
/// (OneShotRequest), since Qt sends a request again when a connection closes before the answer.
class CloudTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudTransport)

public:
    using Query = QList<std::pair<QString, QString>>;
    enum class Verb { Get, Post };

    struct Request
    {
        Verb verb = Verb::Get;
        QUrl url;
        QByteArray authorization; ///< the `Authorization` header; empty for none
        QByteArray jsonBody; ///< with Post: sent as application/json
        AnswerKind kind = AnswerKind::Small;
        bool expectText = false; ///< the answer is text (a log), not JSON
        bool sendOnce = false; ///< never sent twice, not even by Qt (starts)
    };
    /// `mayHaveArrived`: false only when nothing of the request was sent.
    using Handler = std::function<void(const QrsReply::Answer &answer, const QByteArray &body,
                                       bool mayHaveArrived)>;

    /// `tenant`: scheme, host and port (a path is kept as the base of every request).
    CloudTransport(QNetworkAccessManager &network, const QUrl &tenant, QObject *parent = nullptr);
    ~CloudTransport() override;

    [[nodiscard]] QUrl tenant() const { return m_tenant; }
    /// `path` from the tenant's root ("/api/v1/reloads"), its segments percent-encoded already.
    [[nodiscard]] QUrl url(const QString &path, const Query &query = {}) const;
    /// A `links.next` href (absolute or relative) as a URL of this tenant; nullopt when it leads
    /// to another server, where the token must not go.
    [[nodiscard]] std::optional<QUrl> sameTenant(const QString &href) const;

    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds requestTimeout() const { return m_requestTimeout; }
    /// Trusted besides the system's CAs (a TLS-inspecting proxy's, a test's).
    void addCaCertificates(const QList<QSslCertificate> &certificates);

    /// Sends `request` and calls `handler` once with what came back; never after the transport
    /// is gone.
    void send(const Request &request, Handler handler);

private:
    [[nodiscard]] QNetworkRequest build(const Request &request) const;

    QNetworkAccessManager &m_network;
    QUrl m_tenant;
    QSslConfiguration m_ssl;
    std::chrono::milliseconds m_requestTimeout {std::chrono::seconds(30)};
    QSet<QObject *> m_inFlight; ///< AnswerReaders and OneShotRequests
};
