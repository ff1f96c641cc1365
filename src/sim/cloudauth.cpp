#include "cloudauth.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace qrssim {

CloudAuth::CloudAuth(Settings settings, const CloudTenant &tenant)
    : m_settings(std::move(settings))
    , m_tenant(tenant)
{ }

std::optional<CloudCaller> CloudAuth::authenticate(const QByteArray &authorization, qint64 nowMs,
                                                   Refusal *why) const
{
    const QByteArray trimmed = authorization.trimmed();
    if (!trimmed.startsWith("Bearer ") && !trimmed.startsWith("bearer ")) {
        *why = Refusal::NoToken;
        return std::nullopt;
    }
    const QString token = QString::fromUtf8(trimmed.mid(7).trimmed());
    if (token.isEmpty()) {
        *why = Refusal::NoToken;
        return std::nullopt;
    }
    if (!m_settings.apiKey.isEmpty() && token == m_settings.apiKey)
        return CloudCaller {token, m_tenant.userId, m_tenant.userName, false};
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend()) {
        *why = Refusal::UnknownToken;
        return std::nullopt;
    }
    if (nowMs >= it->expiresAtMs) {
        *why = Refusal::Expired;
        return std::nullopt;
    }
    return CloudCaller {token, CloudScenario::objectId(u"oauth-client"_s, it->clientId),
                        u"OAuth client "_s + it->clientId, true};
}

std::optional<QString> CloudAuth::issueToken(const QString &clientId, const QString &secret,
                                             qint64 nowMs)
{
    const auto it = m_settings.clients.constFind(clientId);
    if (clientId.isEmpty() || it == m_settings.clients.cend() || *it != secret)
        return std::nullopt;
    QByteArray random(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / 4);
    const QString token = QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding));
    m_tokens.insert(token, {clientId, nowMs + m_settings.tokenLifetimeMs});
    return token;
}

void CloudAuth::expireAll(qint64 nowMs)
{
    for (Token &token : m_tokens)
        token.expiresAtMs = std::min(token.expiresAtMs, nowMs);
}

} // namespace qrssim
