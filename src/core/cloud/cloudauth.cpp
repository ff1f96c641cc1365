#include "cloudauth.h"

#include "cloudreply.h"
#include "cloudtransport.h"
#include "ratelimitgate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

/// After a renewal ahead of expiry failed, the token at hand is used this long before the next
/// try (requests that have no usable token ask at once).
constexpr std::chrono::seconds RenewRetry {30};
/// Tokens given up are kept this many, to keep them out of messages too.
constexpr qsizetype PastTokensKept = 4;
/// Secrets shorter than this are not looked for in messages.
constexpr qsizetype MinSecretLength = 6;

struct Token
{
    QByteArray accessToken;
    qint64 lifetimeMs = 0;
};

/// `{"access_token","token_type":"Bearer","expires_in":N,…}`, every field the client uses
/// checked; an error never quotes the token.
std::optional<Token> parseToken(const QByteArray &body, const QDateTime &asked, QString &error)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || object.isEmpty()) {
        error = CloudAuth::tr("the answer is not a JSON object");
        return std::nullopt;
    }
    const QJsonValue token = object.value("access_token"_L1);
    if (!token.isString() || token.toString().trimmed().isEmpty()) {
        error = CloudAuth::tr("access_token is missing or not text");
        return std::nullopt;
    }
    const QJsonValue type = object.value("token_type"_L1);
    if (!type.isUndefined() && !type.isNull() &&
        type.toString().compare("Bearer"_L1, Qt::CaseInsensitive) != 0) {
        error = CloudAuth::tr("token_type is not Bearer");
        return std::nullopt;
    }
    qint64 lifetimeMs = 0;
    const QJsonValue expiresIn = object.value("expires_in"_L1);
    const QJsonValue expiresAt = object.value("expires_at"_L1);
    if (expiresIn.isDouble() && expiresIn.toDouble() >= 1 && expiresIn.toDouble() < 1e9) {
        lifetimeMs = qint64(expiresIn.toDouble() * 1000);
    } else if (expiresAt.isString()) {
        const QDateTime at = QDateTime::fromString(expiresAt.toString(), Qt::ISODateWithMs);
        lifetimeMs = at.isValid() ? asked.msecsTo(at) : 0;
    }
    if (lifetimeMs <= 0) {
        error = CloudAuth::tr("expires_in is missing or not a positive number of seconds");
        return std::nullopt;
    }
    return Token {token.toString().trimmed().toLatin1(), lifetimeMs};
}

} // namespace

CloudAuth::CloudAuth(Method method, QString credential, QString secret, QString scope)
    : m_method(method)
    , m_credential(std::move(credential))
    , m_secret(std::move(secret))
    , m_scope(std::move(scope))
    , m_clock(steadyUtcClock())
{
    if (m_method == Method::ApiKey)
        m_authorization = "Bearer " + m_credential.trimmed().toLatin1();
}

CloudAuth::~CloudAuth() = default;

std::unique_ptr<CloudAuth> CloudAuth::apiKey(const QString &key)
{
    return std::unique_ptr<CloudAuth>(new CloudAuth(Method::ApiKey, key, {}, {}));
}

std::unique_ptr<CloudAuth> CloudAuth::oauthClient(const QString &clientId,
                                                  const QString &clientSecret, const QString &scope)
{
    return std::unique_ptr<CloudAuth>(
        new CloudAuth(Method::OAuthClient, clientId, clientSecret, scope));
}

QString CloudAuth::clientId() const
{
    return m_method == Method::OAuthClient ? m_credential : QString();
}

void CloudAuth::setClock(CloudClock clock)
{
    m_clock = std::move(clock);
}

void CloudAuth::authorize(CloudTransport &transport, Granted granted, Refused refused)
{
    if (m_method == Method::ApiKey)
        return granted(m_authorization);
    const QDateTime now = m_clock();
    if (!m_authorization.isEmpty() && now < m_expires) {
        if (now >= m_renewAt && !m_fetching)
            fetchToken(transport); // ahead of expiry: this request goes with the token at hand
        return granted(m_authorization);
    }
    m_waiting.append({std::move(granted), std::move(refused)});
    if (!m_fetching)
        fetchToken(transport);
}

bool CloudAuth::renewAfterRefusal(const QByteArray &authorization)
{
    if (m_method == Method::ApiKey)
        return false;
    if (authorization == m_authorization) { // not renewed since by another request
        m_pastTokens.append(m_authorization.mid(7));
        m_authorization.clear();
        m_expires = {};
    }
    return true;
}

void CloudAuth::fetchToken(CloudTransport &transport)
{
    m_fetching = true;
    m_fetched = m_clock();
    const QJsonObject body {{u"client_id"_s, m_credential},
                            {u"client_secret"_s, m_secret},
                            {u"grant_type"_s, u"client_credentials"_s},
                            {u"scope"_s, m_scope}};
    CloudTransport::Request request;
    request.verb = CloudTransport::Verb::Post;
    request.url = transport.url(u"/oauth/token"_s);
    request.jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    transport.send(request,
                   [this, &transport](const QrsReply::Answer &answer, const QByteArray &answerBody,
                                      bool) { tokenAnswered(transport, answer, answerBody); });
}

void CloudAuth::tokenAnswered(CloudTransport &transport, const QrsReply::Answer &answer,
                              const QByteArray &body)
{
    if (answer.httpStatus == 429 && answer.interruption == QrsReply::Interruption::None &&
        m_rateLimited < MaxRateLimitedTries) {
        // Asked again once Retry-After has passed (the transport sends the handler no answer
        // once it is gone, and it goes before us).
        ++m_rateLimited;
        Q_EMIT rateLimited(answer.retryAfter);
        const auto wait = RateLimitGate::parseRetryAfter(answer.retryAfter, m_clock())
                              .value_or(RateLimitGate::DefaultRetryAfter);
        QTimer::singleShot(wait, Qt::PreciseTimer, &transport,
                           [this, &transport] { fetchToken(transport); });
        return;
    }
    m_fetching = false;
    m_rateLimited = 0;
    const QString what = tr("the sign-in of OAuth client '%1'").arg(m_credential);
    if (auto error = CloudReply::check(answer, body, QrsReply::Expect::Json,
                                       {what, transport.requestTimeout(), signInHint()})) {
        if (answer.httpStatus == 400 || answer.httpStatus == 401 || answer.httpStatus == 403) {
            const QString reason = CloudReply::errorsText(body);
            error = QlikError {
                QlikError::Category::SignIn, answer.httpStatus,
                tr("Qlik Cloud did not accept OAuth client '%1' (HTTP %2)%3. Check the client id "
                   "and secret, and that it is a machine-to-machine client that may use the scope "
                   "%4.")
                    .arg(m_credential)
                    .arg(answer.httpStatus)
                    .arg(reason.isEmpty() ? QString() : u": "_s + reason, m_scope)};
        }
        error->message = redacted(error->message);
        return tokenFailed(*error);
    }
    QString why;
    const std::optional<Token> token = parseToken(body, m_fetched, why);
    if (!token)
        return tokenFailed(CloudReply::unreadable(what, why));
    if (!m_authorization.isEmpty())
        m_pastTokens.append(m_authorization.mid(7));
    while (m_pastTokens.size() > PastTokensKept)
        m_pastTokens.removeFirst();
    m_authorization = "Bearer " + token->accessToken;
    const qint64 life = token->lifetimeMs;
    const qint64 renewAfter = std::max(
        life / 2,
        std::min(life * 9 / 10, life - qint64(std::chrono::milliseconds(RenewAhead).count())));
    m_expires = m_fetched.addMSecs(life);
    m_renewAt = m_fetched.addMSecs(renewAfter);
    Q_EMIT tokenRenewed(m_expires);
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &request : waiting)
        request.granted(m_authorization);
}

void CloudAuth::tokenFailed(const QlikError &error)
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    const QDateTime now = m_clock();
    const bool stillUsable = !m_authorization.isEmpty() && now < m_expires;
    if (stillUsable) // a renewal ahead of time failed: go on with the token at hand, try later
        m_renewAt = std::min(m_expires, now.addSecs(RenewRetry.count()));
    for (const Waiting &request : waiting) {
        if (stillUsable)
            request.granted(m_authorization);
        else
            request.refused(error);
    }
}

QString CloudAuth::redacted(QString text) const
{
    QList<QByteArray> secrets = m_pastTokens;
    secrets.append(m_authorization.mid(7));
    if (m_method == Method::ApiKey)
        secrets.append(m_credential.toUtf8());
    secrets.append(m_secret.toUtf8());
    for (const QByteArray &secret : std::as_const(secrets)) {
        // Shorter ones would be found in ordinary words; no key, secret or token is that short.
        if (secret.trimmed().size() >= MinSecretLength)
            text.replace(QString::fromUtf8(secret.trimmed()), u"***"_s);
    }
    return text;
}

QString CloudAuth::signInHint() const
{
    if (m_method == Method::ApiKey)
        return tr("Check the API key: it may have expired or been revoked, or its user may have "
                  "lost the right to use API keys.");
    return tr("Check OAuth client '%1': it may have been deleted, its secret replaced or its "
              "scope changed.")
        .arg(m_credential);
}
