#pragma once

#include "cloudclock.h"
#include "qlikerror.h"

#include <chrono>
#include <functional>
#include <memory>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class CloudTransport;
namespace QrsReply {
struct Answer;
}

/// How a Qlik Cloud client signs in: an API key (`Authorization: Bearer <key>`), or an OAuth
/// machine-to-machine client whose access token (`POST /oauth/token`, client credentials) is
/// kept until it nears its end and renewed ahead of it, while requests still go with the token
/// at hand. Requests that need a token while none is usable wait for one fetch, which serves them
/// all. No secret (key, client secret, token) is ever part of a message.
class CloudAuth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudAuth)

public:
    enum class Method { ApiKey, OAuthClient };
    Q_ENUM(Method)

    /// The scope a machine-to-machine client asks for to act as the tenant admin it stands for.
    static constexpr QLatin1StringView DefaultScope {"admin_classic"};
    /// How often the token is asked again after a 429 before the sign-in fails.
    static constexpr int MaxRateLimitedTries = 10;
    /// A token is renewed at 90 % of its life, or five minutes before its end if that comes
    /// first, and never before half of it.
    static constexpr std::chrono::minutes RenewAhead {5};

    [[nodiscard]] static std::unique_ptr<CloudAuth> apiKey(const QString &key);
    [[nodiscard]] static std::unique_ptr<CloudAuth>
    oauthClient(const QString &clientId, const QString &clientSecret,
                const QString &scope = QString(DefaultScope));
    ~CloudAuth() override;

    [[nodiscard]] Method method() const { return m_method; }
    /// The OAuth client's id (not secret); empty for an API key.
    [[nodiscard]] QString clientId() const;
    void setClock(CloudClock clock);
    /// When the access token at hand expires; invalid with an API key or before the first one.
    [[nodiscard]] QDateTime tokenExpiry() const { return m_expires; }

    using Granted = std::function<void(const QByteArray &authorization)>;
    using Refused = std::function<void(const QlikError &error)>;
    /// Calls `granted` with the `Authorization` header to send, at once when one is at hand,
    /// else once a token came (through `transport`); `refused` when none can be had.
    void authorize(CloudTransport &transport, Granted granted, Refused refused);
    /// An API call sent with `authorization` was answered 401: a token that may have expired
    /// is given up, so the next authorize() fetches a new one. False when a new sign-in cannot
    /// help (an API key).
    bool renewAfterRefusal(const QByteArray &authorization);

    /// `text` with every secret of this sign-in (key, client secret, tokens; six characters or
    /// more) replaced by "***".
    [[nodiscard]] QString redacted(QString text) const;
    /// What to check when the tenant does not accept this sign-in, for messages.
    [[nodiscard]] QString signInHint() const;

Q_SIGNALS:
    /// A new access token came; it expires at `expires`.
    void tokenRenewed(const QDateTime &expires);
    /// The token endpoint answered 429 with this `Retry-After`; the token is asked again once
    /// it has passed.
    void rateLimited(const QByteArray &retryAfter);

private:
    CloudAuth(Method method, QString credential, QString secret, QString scope);
    void fetchToken(CloudTransport &transport);
    void tokenAnswered(CloudTransport &transport, const QrsReply::Answer &answer,
                       const QByteArray &body);
    void tokenFailed(const QlikError &error);

    struct Waiting
    {
        Granted granted;
        Refused refused;
    };

    Method m_method;
    QString m_credential; ///< the API key, or the OAuth client id
    QString m_secret; ///< the OAuth client secret
    QString m_scope;
    CloudClock m_clock;
    QByteArray m_authorization; ///< "Bearer …" of the key or the token at hand
    QDateTime m_fetched; ///< when the token at hand was asked for
    QDateTime m_renewAt;
    QDateTime m_expires;
    QList<QByteArray> m_pastTokens; ///< kept out of messages too
    QList<Waiting> m_waiting;
    bool m_fetching = false;
    int m_rateLimited = 0; ///< 429s in a row from the token endpoint
};
