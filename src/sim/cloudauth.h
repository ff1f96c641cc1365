#pragma once

#include "cloudscenario.h"

#include <optional>
#include <QHash>
#include <QString>

namespace qrssim {

/// Who is calling the cloud API: the API key's user or an OAuth client (a tenant admin).
struct CloudCaller
{
    QString token; ///< the bearer token the caller sent (rate limits count per token)
    QString userId;
    QString userName;
    bool admin = false; ///< OAuth machine-to-machine clients act as tenant admin
};

/// Bearer sign-in of the cloud mode: one API key, and access tokens issued to OAuth clients by
/// POST /oauth/token that expire after a lifetime. Times are sim-clock milliseconds.
class CloudAuth final
{
public:
    struct Settings
    {
        QString apiKey = QStringLiteral("qrs-sim-api-key"); ///< empty: no API key is accepted
        QHash<QString, QString> clients; ///< OAuth client id → secret
        qint64 tokenLifetimeMs = 21'600'000;
    };

    /// Why a request was refused.
    enum class Refusal { NoToken, UnknownToken, Expired };

    CloudAuth(Settings settings, const CloudTenant &tenant);

    /// The caller behind an Authorization header at \a nowMs; nullopt with the reason.
    [[nodiscard]] std::optional<CloudCaller> authenticate(const QByteArray &authorization,
                                                          qint64 nowMs, Refusal *why) const;
    /// A new access token for the client at \a nowMs; nullopt when the id or secret is wrong.
    [[nodiscard]] std::optional<QString> issueToken(const QString &clientId, const QString &secret,
                                                    qint64 nowMs);
    /// Every access token issued so far expires at \a nowMs.
    void expireAll(qint64 nowMs);
    [[nodiscard]] qint64 tokenLifetimeMs() const { return m_settings.tokenLifetimeMs; }

private:
    struct Token
    {
        QString clientId;
        qint64 expiresAtMs = 0;
    };

    Settings m_settings;
    const CloudTenant &m_tenant;
    QHash<QString, Token> m_tokens;
};

} // namespace qrssim
