#include "qrsreply.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QrsReply", text);
}

QString endpoint(const QNetworkReply &reply)
{
    return reply.url()
        .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

QString hostAndPort(const QNetworkReply &reply)
{
    const QUrl url = reply.url();
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

/// The server's own words, short and on one line; empty for HTML.
QString serverText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(400)).simplified();
    if (text.startsWith(u'<'))
        return {};
    if (body.size() > 400)
        text += u'…';
    return text;
}

bool looksLikeHtml(const QNetworkReply &reply, const QByteArray &body, QrsReply::Expect expect)
{
    const QString contentType =
        reply.header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    if (contentType.contains("text/html"_L1))
        return true;
    return expect == QrsReply::Expect::Json && body.trimmed().startsWith('<');
}

QString authHint(const ConnectionProfile &profile)
{
    const QString prefix = profile.virtualProxyPrefix.isEmpty()
        ? tr("(none)")
        : u"'%1'"_s.arg(profile.virtualProxyPrefix);
    return tr("Check the virtual proxy prefix %1 and the user header name '%2': the proxy did not "
              "accept user '%3' from them.")
        .arg(prefix, profile.userHeaderName, profile.userId);
}

QlikError networkError(const QNetworkReply &reply, const QStringList &sslErrors,
                       const ConnectionProfile &profile)
{
    using Category = QlikError::Category;
    const QString where = hostAndPort(reply);
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(profile.requestTimeout);
    switch (reply.error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return {Category::Tls, 0,
                tr("The TLS handshake with %1 failed: %2. Trust the server's certificate "
                   "authority (CA certificate file) or check the host name in the URL.")
                    .arg(where,
                         sslErrors.isEmpty() ? tr("the certificate was refused")
                                             : sslErrors.join(u"; "_s))};
    case QNetworkReply::ConnectionRefusedError:
        return {Category::Transient, 0,
                tr("%1 refused the connection: is the server URL right and the service running?")
                    .arg(where)};
    case QNetworkReply::HostNotFoundError:
        return {Category::Transient, 0,
                tr("Host %1 was not found: check the server URL.").arg(reply.url().host())};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return {Category::Transient, 0,
                tr("%1 did not answer within %2 s.").arg(where).arg(seconds.count())};
    case QNetworkReply::RemoteHostClosedError:
        return {Category::Transient, 0,
                tr("%1 closed the connection before answering.").arg(where)};
    default:
        return {Category::Transient, 0,
                tr("Network error talking to %1 (%2).")
                    .arg(where,
                         QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>()
                                                 .valueToKey(reply.error())))};
    }
}

QlikError httpError(int status, const QNetworkReply &reply, const QByteArray &body,
                    const ConnectionProfile &profile)
{
    using Category = QlikError::Category;
    const QString text = serverText(body);
    const QString said = text.isEmpty() ? QString() : u" "_s + tr("The server said: %1").arg(text);
    if (status == 401)
        return {Category::Unauthenticated, status,
                tr("The server refused to authenticate the request (401).") + u' ' +
                    authHint(profile)};
    if (status == 403) {
        if (text.contains("XSRF"_L1, Qt::CaseInsensitive))
            return {Category::Forbidden, status,
                    tr("The repository rejected the request's cross-site request forgery key "
                       "(403 XSRF check failed).")};
        return {
            Category::Forbidden, status,
            tr("Access denied (403) for user '%1' at %2.").arg(profile.userId, endpoint(reply)) +
                said};
    }
    if (status == 404)
        return {Category::NotFound, status, tr("Not found (404): %1.").arg(endpoint(reply)) + said};
    if (status == 429 || status == 502 || status == 503 || status == 504)
        return {Category::Transient, status,
                tr("The server is unavailable for now (HTTP %1).").arg(status) + said};
    if (status >= 500)
        return {Category::Server, status,
                tr("The server failed to handle %1 (HTTP %2).").arg(endpoint(reply)).arg(status) +
                    said};
    QString message =
        tr("The server refused the request to %1 (HTTP %2).").arg(endpoint(reply)).arg(status) +
        said;
    if (status == 400 && text.contains("header"_L1, Qt::CaseInsensitive))
        message += u' ' +
            tr("If the proxy says the request header is incorrect, use the server's fully "
               "qualified host name in the URL.");
    return {Category::BadRequest, status, message};
}

} // namespace

namespace QrsReply {

std::optional<QlikError> check(QNetworkReply &reply, const QByteArray &body, Expect expect,
                               const ConnectionProfile &profile, const QStringList &sslErrors)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return networkError(reply, sslErrors, profile);
    if (status >= 300 && status < 400) {
        const QString location = reply.header(QNetworkRequest::LocationHeader).toUrl().path();
        return QlikError {QlikError::Category::Unauthenticated, status,
                          tr("The virtual proxy sent the request to its login page (HTTP %1 to "
                             "%2) instead of answering.")
                                  .arg(status)
                                  .arg(location.isEmpty() ? tr("another page") : location) +
                              u' ' + authHint(profile)};
    }
    if (status >= 400)
        return httpError(status, reply, body, profile);
    if (looksLikeHtml(reply, body, expect))
        return QlikError {QlikError::Category::Unauthenticated, status,
                          tr("The server answered with an HTML page (usually a login page) where "
                             "the repository answers JSON.") +
                              u' ' + authHint(profile)};
    return std::nullopt;
}

} // namespace QrsReply
