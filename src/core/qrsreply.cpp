#include "qrsreply.h"

#include "certificatepin.h"

#include <algorithm>
#include <QCoreApplication>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace QrsReply {

QString serverText(const QByteArray &body, const QUrl &url)
{
    QString text = QString::fromUtf8(body.left(400)).simplified();
    if (text.startsWith(u'<'))
        return {};
    static const QRegularExpression keyParameter(u"xrfkey=[^&\\s\"']*"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    text.replace(keyParameter, u"xrfkey=***"_s);
    const QString key = QUrlQuery(url).queryItemValue(u"xrfkey"_s);
    if (!key.isEmpty())
        text.replace(key, u"***"_s);
    if (body.size() > 400)
        text += u'…';
    return text;
}

} // namespace QrsReply

namespace {

/// The texts of this file, translated in the context "QrsReply".
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(QrsReply)
};

/// The request's address for people: no query (it holds the xrfkey) and no script log ticket
/// (a one-time credential in the path of `/download/reloadtask/<ticket>/...`).
QString endpoint(const QUrl &url)
{
    QString shown =
        url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
    static const QRegularExpression ticket(u"(/download/[^/]+/)[^/]+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return shown.replace(ticket, u"\\1***"_s);
}

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

bool looksLikeHtml(const QrsReply::Answer &answer, const QByteArray &body, QrsReply::Expect expect)
{
    if (answer.contentType.toLower().contains("text/html"_L1))
        return true;
    return expect == QrsReply::Expect::Json && body.trimmed().startsWith('<');
}

QString authHint(const ConnectionProfile &profile)
{
    const QString prefix = profile.virtualProxyPrefix.isEmpty()
        ? Text::tr("(none)")
        : u"'%1'"_s.arg(profile.virtualProxyPrefix);
    switch (profile.signIn) {
    case ConnectionProfile::SignIn::Header:
        break;
    case ConnectionProfile::SignIn::Certificate:
        return Text::tr("The repository did not accept user %1\\%2 named in X-Qlik-User with this "
                        "client certificate: check that the URL is the repository's (port 4242), "
                        "not a virtual proxy.")
            .arg(profile.userDirectory, profile.userId);
    case ConnectionProfile::SignIn::Windows:
        return Text::tr("Check the virtual proxy prefix %1 (it must offer Windows sign-in), the "
                        "user '%2' and the password.")
            .arg(prefix, profile.userId);
    case ConnectionProfile::SignIn::Jwt:
        return Text::tr("Check the virtual proxy prefix %1 (it must be a JWT virtual proxy) and "
                        "the token: it may have expired, be signed with a key the proxy does not "
                        "know, or name a user the proxy does not map.")
            .arg(prefix);
    case ConnectionProfile::SignIn::CloudApiKey:
    case ConnectionProfile::SignIn::CloudOAuth:
        break; // a tenant's refusals are worded by CloudReply
    }
    return Text::tr(
               "Check the virtual proxy prefix %1 and the user header name '%2': the proxy did not "
               "accept user '%3' from them.")
        .arg(prefix, profile.userHeaderName, profile.userId);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}

qint64 wholeSeconds(std::chrono::milliseconds duration)
{
    // Rounded without adding first, so that no duration can overflow.
    const qint64 ms = duration.count();
    return std::max<qint64>(1, ms / 1000 + (ms % 1000 >= 500 ? 1 : 0));
}

/// What the Windows and JWT sign-ins' own refusals mean; nullopt for any other answer.
std::optional<QlikError> refusedSignIn(const QrsReply::Answer &answer, const QByteArray &body,
                                       QrsReply::Expect expect, const ConnectionProfile &profile)
{
    using SignIn = ConnectionProfile::SignIn;
    const QString where = hostAndPort(answer.url);
    if (profile.signIn == SignIn::Windows && answer.httpStatus == 401)
        return QlikError {
            QlikError::Category::SignIn, 401,
            Text::tr("%1 did not accept the Windows sign-in of %2: the user name or the password "
                     "is wrong, or the account may not sign in there.")
                .arg(where, profile.userId)};
    if (profile.signIn == SignIn::Windows && looksLikeHtml(answer, body, expect))
        return QlikError {
            QlikError::Category::SignIn, answer.httpStatus,
            Text::tr("The virtual proxy %1 does not offer Windows sign-in to this client: it "
                     "answered with a forms login page. Use a virtual proxy with Windows "
                     "authentication whose user agent pattern matches \"Windows\".")
                .arg(profile.virtualProxyPrefix.isEmpty() ? Text::tr("(default)")
                                                          : profile.virtualProxyPrefix)};
    if (profile.signIn == SignIn::Windows && answer.httpStatus >= 300 && answer.httpStatus < 400)
        return QlikError {
            QlikError::Category::SignIn, answer.httpStatus,
            QrsReply::isSignInHop(answer, profile)
                ? Text::tr("The Windows sign-in at %1 did not end after %2 redirects.")
                      .arg(where)
                      .arg(QrsReply::MaxSignInHops)
                : Text::tr("%1 sent the Windows sign-in on to %2: only redirects to the same "
                           "server are followed.")
                      .arg(where, hostAndPort(answer.location))};
    if (profile.signIn == SignIn::Jwt && answer.httpStatus == 401) {
        const QString text = QrsReply::serverText(body, answer.url);
        return QlikError {
            QlikError::Category::SignIn, 401,
            Text::tr("%1 refused the token (401).").arg(where) +
                (text.isEmpty() ? QString() : u' ' + Text::tr("The server said: %1").arg(text)) +
                u' ' + authHint(profile)};
    }
    return std::nullopt;
}

/// Reading stopped before the end of the answer: said in words, with the numbers.
QlikError interrupted(const QrsReply::Answer &answer, std::chrono::milliseconds requestTimeout,
                      const QString &pinnedSha256)
{
    using Category = QlikError::Category;
    using Interruption = QrsReply::Interruption;
    const QString where = hostAndPort(answer.url);
    switch (answer.interruption) {

    case Interruption::TooLarge:
        return {
            Category::Protocol, answer.httpStatus,
            Text::tr("The answer of %1 exceeded %2 MB, the most this kind of answer may have; it "
                     "was not read further.")
                .arg(endpoint(answer.url), megabytes(answer.sizeLimit))};
    case Interruption::Deadline:
        return {Category::Transient, answer.httpStatus,
                Text::tr(
                    "%1 took longer than %2 s to answer (%3 bytes came); the request was given up.")
                    .arg(where)
                    .arg(wholeSeconds(answer.deadline))
                    .arg(answer.bytesReceived)};
    case Interruption::Silence:
        return {Category::Transient, answer.httpStatus,
                Text::tr("%1 did not answer within %2 s.")
                    .arg(where)
                    .arg(wholeSeconds(requestTimeout))};
    case Interruption::ConnectionCut:
        return {Category::Transient, answer.httpStatus,
                Text::tr("The connection to %1 was cut after %2 bytes of the answer.")
                    .arg(where)
                    .arg(answer.bytesReceived)};
    case Interruption::PinMismatch:
        return {Category::Tls, 0,
                Text::tr(
                    "%1 presented a certificate with the SHA-256 fingerprint %2, not the one "
                    "pinned for this profile (%3). Nothing was sent. If the server's certificate "
                    "was replaced on purpose, pin the new one; otherwise something between you and "
                    "the server may be listening in.")
                    .arg(where, answer.peerFingerprint, CertificatePin(pinnedSha256).displayed())};
    case Interruption::None:
        break;
    }
    return {Category::Transient, answer.httpStatus, Text::tr("%1 did not answer.").arg(where)};
}

QlikError networkError(const QrsReply::Answer &answer, std::chrono::milliseconds requestTimeout)
{
    using Category = QlikError::Category;
    const QString where = hostAndPort(answer.url);
    switch (answer.networkError) {
    case QNetworkReply::SslHandshakeFailedError:
        if (!answer.certificateNames.isEmpty())
            return {
                Category::Tls, 0,
                Text::tr("The certificate of %1 is made out for %2, not for %3: use one of those "
                         "names in the server URL.")
                    .arg(where, answer.certificateNames.join(u", "_s), answer.url.host())};
        return {Category::Tls, 0,
                Text::tr("The TLS handshake with %1 failed: %2. Trust the server's certificate "
                         "authority (CA certificate file) or check the host name in the URL.")
                        .arg(where,
                             answer.sslErrors.isEmpty() ? Text::tr("the certificate was refused")
                                                        : answer.sslErrors.join(u"; "_s)) +
                    (answer.peerFingerprint.isEmpty() ? QString()
                                                      : u' ' +
                             Text::tr("To trust this certificate alone for this profile, pin its "
                                      "SHA-256 fingerprint: %1.")
                                 .arg(answer.peerFingerprint))};
    case QNetworkReply::ConnectionRefusedError:
        return {
            Category::Transient, 0,
            Text::tr("%1 refused the connection: is the server URL right and the service running?")
                .arg(where)};
    case QNetworkReply::HostNotFoundError:
        return {Category::Transient, 0,
                Text::tr("Host %1 was not found: check the server URL.").arg(answer.url.host())};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return {Category::Transient, 0,
                Text::tr("%1 did not answer within %2 s.")
                    .arg(where)
                    .arg(wholeSeconds(requestTimeout))};
    case QNetworkReply::RemoteHostClosedError:
        return {Category::Transient, 0,
                Text::tr("%1 closed the connection before answering.").arg(where)};
    default:
        return {Category::Transient, 0,
                Text::tr("Network error talking to %1 (%2).")
                    .arg(where,
                         QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>()
                                                 .valueToKey(answer.networkError)))};
    }
}

QlikError httpError(const QrsReply::Answer &answer, const QByteArray &body,
                    const ConnectionProfile &profile)
{
    using Category = QlikError::Category;
    const int status = answer.httpStatus;
    const QString text = QrsReply::serverText(body, answer.url);
    const QString said =
        text.isEmpty() ? QString() : u" "_s + Text::tr("The server said: %1").arg(text);
    if (status == 401)
        return {Category::Unauthenticated, status,
                Text::tr("The server refused to authenticate the request (401).") + u' ' +
                    authHint(profile)};
    if (status == 403) {
        if (text.contains("XSRF"_L1, Qt::CaseInsensitive))
            return {Category::Forbidden, status,
                    Text::tr("The repository rejected the request's cross-site request forgery key "
                             "(403 XSRF check failed).")};
        return {Category::Forbidden, status,
                Text::tr("Access denied (403) for user '%1' at %2.")
                        .arg(profile.userId, endpoint(answer.url)) +
                    said};
    }
    if (status == 404)
        return {Category::NotFound, status,
                Text::tr("Not found (404): %1.").arg(endpoint(answer.url)) + said};
    if (status == 429 || status == 502 || status == 503 || status == 504)
        return {Category::Transient, status,
                Text::tr("The server is unavailable for now (HTTP %1).").arg(status) + said};
    if (status >= 500)
        return {Category::Server, status,
                Text::tr("The server failed to handle %1 (HTTP %2).")
                        .arg(endpoint(answer.url))
                        .arg(status) +
                    said};
    QString message = Text::tr("The server refused the request to %1 (HTTP %2).")
                          .arg(endpoint(answer.url))
                          .arg(status) +
        said;
    if (status == 400 && text.contains("header"_L1, Qt::CaseInsensitive))
        message += u' ' +
            Text::tr("If the proxy says the request header is incorrect, use the server's fully "
                     "qualified host name in the URL.");
    return {Category::BadRequest, status, message};
}

/// Errors of the transport, as opposed to the ones QNetworkReply derives from HTTP statuses.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

} // namespace

namespace QrsReply {

TlsTrouble tlsTrouble(const QList<QSslError> &errors)
{
    TlsTrouble trouble;
    for (const QSslError &error : errors) {
        trouble.errors.append(error.errorString());
        if (error.error() != QSslError::HostNameMismatch)
            continue;
        const auto names = error.certificate().subjectAlternativeNames();
        trouble.certificateNames =
            names.values(QSsl::DnsEntry) + names.values(QSsl::IpAddressEntry);
        if (trouble.certificateNames.isEmpty())
            trouble.certificateNames = error.certificate().subjectInfo(QSslCertificate::CommonName);
    }
    return trouble;
}

Answer answerOf(const QNetworkReply &reply)
{
    Answer answer;
    answer.url = reply.url();
    answer.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isTransportError(reply.error()))
        answer.networkError = reply.error();
    answer.contentType = reply.header(QNetworkRequest::ContentTypeHeader).toString();
    if (reply.hasRawHeader("Location")) {
        answer.location = reply.url().resolved(QUrl::fromEncoded(reply.rawHeader("Location")));
        answer.locationPath = answer.location.path();
    }
    if (answer.httpStatus != 0 && answer.networkError == QNetworkReply::RemoteHostClosedError)
        answer.interruption = Interruption::ConnectionCut;
    answer.retryAfter = reply.rawHeader("Retry-After");
    return answer;
}

bool isSignInHop(const Answer &answer, const ConnectionProfile &profile)
{
    const QUrl &to = answer.location;
    return profile.signIn == ConnectionProfile::SignIn::Windows && answer.httpStatus >= 300 &&
        answer.httpStatus < 400 && to.isValid() && to.scheme() == answer.url.scheme() &&
        to.host() == answer.url.host() && to.port(443) == answer.url.port(443);
}

std::optional<QlikError> firstContactError(const Answer &answer, const ConnectionProfile &profile)
{
    if (profile.signIn != ConnectionProfile::SignIn::Certificate || answer.httpStatus != 0 ||
        answer.networkError != QNetworkReply::RemoteHostClosedError)
        return std::nullopt;
    return QlikError {
        QlikError::Category::SignIn, 0,
        Text::tr("%1 closed the connection as soon as it was opened: the repository did not "
                 "accept the client certificate. Use the client certificate exported from this "
                 "server's QMC (signed by its root certificate), and check that the port is the "
                 "repository's (4242).")
            .arg(hostAndPort(answer.url))};
}

std::optional<QlikError> transportError(const Answer &answer,
                                        std::chrono::milliseconds requestTimeout)
{
    if (answer.interruption != Interruption::None)
        return interrupted(answer, requestTimeout, {});
    if (answer.httpStatus == 0 || isTransportError(answer.networkError))
        return networkError(answer, requestTimeout);
    return std::nullopt;
}

std::optional<QlikError> check(const Answer &answer, const QByteArray &body, Expect expect,
                               const ConnectionProfile &profile)
{
    const int status = answer.httpStatus;
    if (answer.interruption != Interruption::None)
        return interrupted(answer, profile.requestTimeout, profile.pinnedSha256);
    if (auto refused = refusedSignIn(answer, body, expect, profile))
        return refused;
    if (status == 0 || isTransportError(answer.networkError))
        return networkError(answer, profile.requestTimeout);
    if (status >= 300 && status < 400) {
        return QlikError {
            QlikError::Category::Unauthenticated, status,
            Text::tr("The virtual proxy sent the request to its login page (HTTP %1 to "
                     "%2) instead of answering.")
                    .arg(status)
                    .arg(answer.locationPath.isEmpty() ? Text::tr("another page")
                                                       : answer.locationPath) +
                u' ' + authHint(profile)};
    }
    if (status >= 400)
        return httpError(answer, body, profile);
    if (status < 200)
        return QlikError {QlikError::Category::Protocol, status,
                          Text::tr("The server answered %1 with the unexpected HTTP status %2.")
                              .arg(endpoint(answer.url))
                              .arg(status)};
    if (looksLikeHtml(answer, body, expect))
        return QlikError {
            QlikError::Category::Unauthenticated, status,
            Text::tr("The server answered with an HTML page (usually a login page) where "
                     "the repository answers JSON.") +
                u' ' + authHint(profile)};
    return std::nullopt;
}

} // namespace QrsReply
