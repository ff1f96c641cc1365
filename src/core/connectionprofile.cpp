#include "connectionprofile.h"

#include "certificatepin.h"
#include "clientidentity.h"
#include "taskfilter.h"

#include <algorithm>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

bool hasLineBreak(QStringView text)
{
    return text.contains(u'\r') || text.contains(u'\n');
}

/// RFC 7230 `tchar`: what an HTTP header field name may consist of.
bool isTokenCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'))
        return true;
    return QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

bool isPrefixCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool hasControlCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

/// scheme://host[:port] of the server URL, or an empty URL when it has none.
QUrl originOf(const QUrl &serverUrl)
{
    if (!serverUrl.isValid() || serverUrl.host().isEmpty() || serverUrl.scheme().isEmpty())
        return {};
    QUrl origin;
    origin.setScheme(serverUrl.scheme());
    origin.setHost(serverUrl.host());
    origin.setPort(serverUrl.port());
    return origin;
}

void checkServerUrl(const QUrl &url, QStringList &errors)
{
    const bool lineBreak = hasLineBreak(url.toString()) ||
        hasLineBreak(url.host(QUrl::FullyDecoded)) || hasLineBreak(url.path(QUrl::FullyDecoded)) ||
        hasLineBreak(url.query(QUrl::FullyDecoded)) ||
        hasLineBreak(url.fragment(QUrl::FullyDecoded)) ||
        hasLineBreak(url.userName(QUrl::FullyDecoded)) ||
        hasLineBreak(url.password(QUrl::FullyDecoded));
    if (lineBreak) {
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "Server URL must not contain line breaks");
        return;
    }
    if (url.isEmpty()) {
        errors << QCoreApplication::translate("ConnectionProfile", "Server URL is empty");
        return;
    }
    if (!url.isValid()) {
        errors << QCoreApplication::translate("ConnectionProfile", "Server URL is not a valid URL");
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty()) {
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "Server URL must start with https://");
        return;
    }
    if (scheme != u"https"_s && scheme != u"http"_s) {
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "%1 is not supported: use https://")
                      .arg(scheme);
        return;
    }
    if (url.host().isEmpty()) {
        errors << QCoreApplication::translate("ConnectionProfile", "Server URL has no host name");
        return;
    }
    if (!url.userInfo().isEmpty())
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "Server URL must not contain a user name or password: put the user into "
            "the user id field");
    const QString path = url.path();
    if (!path.isEmpty() && path != u"/"_s)
        errors << QCoreApplication::translate(
                      "ConnectionProfile",
                      "Server URL must not have a path (%1): put the virtual proxy prefix into "
                      "the prefix field")
                      .arg(path);
    if (url.hasQuery() || url.hasFragment())
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "Server URL must not have a query or a fragment (nothing after '?' or '#')");
}

void checkPrefix(const QString &prefix, QStringList &errors)
{
    if (hasLineBreak(prefix)) {
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "Virtual proxy prefix must not contain line breaks");
        return;
    }
    if (prefix.contains(u'/')) {
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "Virtual proxy prefix must not contain '/': write 'opcon', not '/opcon/'");
        return;
    }
    if (std::all_of(prefix.begin(), prefix.end(), isPrefixCharacter))
        return;
    const QString lower = prefix.toLower();
    if (std::all_of(lower.begin(), lower.end(), isPrefixCharacter))
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "Virtual proxy prefix must be lower case: '%1'")
                      .arg(lower);
    else
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "Virtual proxy prefix may only contain lower case letters, digits, '-' "
            "and '_'");
}

void checkHeaderName(const QString &name, QStringList &errors)
{
    if (hasLineBreak(name)) {
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "User header name must not contain line breaks");
        return;
    }
    if (name.isEmpty()) {
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "User header name is empty: enter the header name set on the virtual proxy");
        return;
    }
    if (name.contains(u' ') || name.contains(u'\t')) {
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "User header name must not contain spaces");
        return;
    }
    const auto bad = std::find_if_not(name.begin(), name.end(), isTokenCharacter);
    if (bad != name.end()) {
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "User header name must not contain '%1'")
                      .arg(*bad);
        return;
    }
    if (name.startsWith(u"X-Qlik-"_s, Qt::CaseInsensitive))
        errors << QCoreApplication::translate(
                      "ConnectionProfile",
                      "User header name %1 is reserved by Qlik Sense: use the header name set on "
                      "the virtual proxy")
                      .arg(name);
}

void checkUserId(const QString &userId, QStringList &errors)
{
    if (hasLineBreak(userId)) {
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "User id must not contain line breaks");
        return;
    }
    if (userId.trimmed().isEmpty()) {
        errors << QCoreApplication::translate("ConnectionProfile", "User id is empty");
        return;
    }
    if (!isAscii(userId)) {
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "User id must use US-ASCII characters only (it is sent in an HTTP header)");
        return;
    }
    if (hasControlCharacter(userId))
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "User id must not contain control characters");
}

void checkCaFile(const QString &path, QStringList &errors)
{
    if (path.isEmpty())
        return;
    if (hasLineBreak(path)) {
        errors << QCoreApplication::translate(
            "ConnectionProfile", "CA certificate file name must not contain line breaks");
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "CA certificate file %1 cannot be read")
                      .arg(path);
}

/// `unreadable` is the message's source text, with %1 for the file name.
void checkReadableFile(const QString &path, const char *unreadable, QStringList &errors)
{
    const QFileInfo info(path);
    if (hasLineBreak(path) || !info.isFile() || !info.isReadable())
        errors << QCoreApplication::translate("ConnectionProfile", unreadable).arg(path);
}

/// X-Qlik-User's parts are percent-encoded, so any text will do but line breaks and controls.
bool isUsableQlikUserPart(const QString &value)
{
    return !value.trimmed().isEmpty() && !hasControlCharacter(value);
}

void checkCertificateSignIn(const ConnectionProfile &profile, QStringList &errors)
{
    if (profile.serverUrl.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0)
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "Certificate sign-in needs https://: the repository only speaks TLS on port 4242");
    if (!profile.virtualProxyPrefix.isEmpty())
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "Certificate sign-in goes straight to the repository, not through a virtual proxy: "
            "leave the prefix empty");
    if (!isUsableQlikUserPart(profile.userDirectory))
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "User directory is empty or has control characters: enter the directory of the user "
            "the repository should act as, such as INTERNAL");
    if (!isUsableQlikUserPart(profile.userId))
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "User id is empty or has control characters: enter the user the repository should "
            "act as, such as sa_api");
    if (profile.clientCertificateFile.isEmpty()) {
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "No client certificate is chosen: use the client.pem (or client.pfx) exported from "
            "the QMC");
        return;
    }
    checkReadableFile(
        profile.clientCertificateFile,
        QT_TRANSLATE_NOOP("ConnectionProfile", "The client certificate file %1 cannot be read"),
        errors);
    if (ClientIdentity::isPkcs12File(profile.clientCertificateFile))
        return;
    if (profile.clientKeyFile.isEmpty())
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "No client key is chosen: use the client_key.pem exported with client.pem");
    else
        checkReadableFile(
            profile.clientKeyFile,
            QT_TRANSLATE_NOOP("ConnectionProfile", "The client key file %1 cannot be read"),
            errors);
}

void checkWindowsUser(const QString &user, QStringList &errors)
{
    if (hasControlCharacter(user)) {
        errors << QCoreApplication::translate(
            "ConnectionProfile", "User must not contain line breaks or control characters");
        return;
    }
#ifndef Q_OS_WIN
    if (user.trimmed().isEmpty())
        errors << QCoreApplication::translate(
            "ConnectionProfile", "User is empty: enter the Windows account as DOMAIN\\user");
#endif
}

void checkCloudSignIn(const ConnectionProfile &profile, QStringList &errors)
{
    if (!profile.virtualProxyPrefix.isEmpty())
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "A Qlik Cloud tenant has no virtual proxy: leave the prefix empty");
    if (profile.ignoreCertificateErrors || !profile.pinnedSha256.isEmpty())
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "A Qlik Cloud tenant's certificate is always verified against the trusted CAs: "
            "check “Verify the server's certificate” and remove the pinned certificate");
    if (profile.signIn != ConnectionProfile::SignIn::CloudOAuth)
        return;
    const QString clientId = profile.userId.trimmed();
    if (clientId.isEmpty())
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "OAuth client id is empty: enter the id of the machine-to-machine client created in "
            "the tenant's Administration activity center");
    else if (!isAscii(clientId) || hasControlCharacter(clientId) || clientId.contains(u' '))
        errors << QCoreApplication::translate(
            "ConnectionProfile",
            "OAuth client id must be US-ASCII without spaces or control characters");
}

} // namespace

QStringList ConnectionProfile::validationErrors() const
{
    QStringList errors;
    if (hasLineBreak(name))
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "Profile name must not contain line breaks");
    checkServerUrl(serverUrl, errors);
    switch (signIn) {
    case SignIn::Header:
        checkPrefix(virtualProxyPrefix, errors);
        checkHeaderName(userHeaderName, errors);
        checkUserId(userId, errors);
        break;
    case SignIn::Certificate:
        checkCertificateSignIn(*this, errors);
        break;
    case SignIn::Windows:
        checkPrefix(virtualProxyPrefix, errors);
        checkWindowsUser(userId, errors);
        break;
    case SignIn::Jwt:
        checkPrefix(virtualProxyPrefix, errors);
        break;
    case SignIn::CloudApiKey:
    case SignIn::CloudOAuth:
        checkCloudSignIn(*this, errors);
        break;
    }
    checkCaFile(caCertificateFile, errors);
    if (!pinnedSha256.isEmpty() && CertificatePin::normalised(pinnedSha256) != pinnedSha256)
        errors << QCoreApplication::translate(
                      "ConnectionProfile",
                      "The pinned certificate fingerprint %1 is not a SHA-256 digest (64 "
                      "hexadecimal digits)")
                      .arg(pinnedSha256);
    if (requestTimeout.count() <= 0)
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "Request timeout must be greater than zero");
    if (watchServer && isCloud())
        errors << QCoreApplication::translate("ConnectionProfile",
                                              "Watching every run is for a Qlik Sense "
                                              "repository; a Qlik Cloud tenant is not watched");
    if (QString problem; !TaskFilter::parse(watchNotifyFilter, &problem))
        errors << QCoreApplication::translate("ConnectionProfile", "Notify failures of: %1")
                      .arg(problem);
    return errors;
}

QUrl ConnectionProfile::qrsBaseUrl() const
{
    QUrl base = originOf(serverUrl);
    if (base.isEmpty())
        return {};
    if (signIn == SignIn::Certificate) {
        if (base.port() < 0)
            base.setPort(RepositoryPort);
        base.setPath(u"/qrs"_s);
        return base;
    }
    base.setPath(virtualProxyPrefix.isEmpty() ? u"/qrs"_s : u'/' + virtualProxyPrefix + u"/qrs"_s);
    return base;
}

QString ConnectionProfile::describe() const
{
    QUrl where = originOf(serverUrl);
    QString server;
    if (where.isEmpty()) {
        server = serverUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                           QUrl::RemoveFragment);
    } else {
        if (signIn == SignIn::Certificate && where.port() < 0)
            where.setPort(RepositoryPort);
        else if (signIn != SignIn::Certificate && !virtualProxyPrefix.isEmpty())
            where.setPath(u'/' + virtualProxyPrefix);
        server = where.toDisplayString();
    }
    switch (signIn) {
    case SignIn::Header:
        break;
    case SignIn::Certificate:
        return QCoreApplication::translate("ConnectionProfile",
                                           "%1 (client certificate, user %2\\%3)")
            .arg(server, userDirectory, userId);
    case SignIn::Windows:
        if (userId.isEmpty())
            return QCoreApplication::translate("ConnectionProfile",
                                               "%1 (Windows sign-in as the signed-in user)")
                .arg(server);
        return QCoreApplication::translate("ConnectionProfile", "%1 (Windows sign-in, user %2)")
            .arg(server, userId);
    case SignIn::Jwt:
        return QCoreApplication::translate("ConnectionProfile", "%1 (JWT sign-in)").arg(server);
    case SignIn::CloudApiKey:
        return QCoreApplication::translate("ConnectionProfile", "%1 (Qlik Cloud, API key)")
            .arg(server);
    case SignIn::CloudOAuth:
        return QCoreApplication::translate("ConnectionProfile", "%1 (Qlik Cloud, OAuth client %2)")
            .arg(server, userId);
    }
    return QCoreApplication::translate("ConnectionProfile", "%1 (header %2, user %3)")
        .arg(server, userHeaderName, userId);
}

bool ConnectionProfile::needsSecret() const
{
    switch (signIn) {
    case SignIn::Header:
        return false;
    case SignIn::Certificate:
        return ClientIdentity::isPkcs12File(clientCertificateFile);
    case SignIn::Windows:
    case SignIn::Jwt:
    case SignIn::CloudApiKey:
    case SignIn::CloudOAuth:
        return true;
    }
    return false;
}

QString ConnectionProfile::signInKey(SignIn signIn)
{
    switch (signIn) {
    case SignIn::Header:
        return u"header"_s;
    case SignIn::Certificate:
        return u"certificate"_s;
    case SignIn::Windows:
        return u"windows"_s;
    case SignIn::Jwt:
        return u"jwt"_s;
    case SignIn::CloudApiKey:
        return u"cloud-api-key"_s;
    case SignIn::CloudOAuth:
        return u"cloud-oauth"_s;
    }
    return {};
}

std::optional<ConnectionProfile::SignIn> ConnectionProfile::signInFromKey(QStringView key)
{
    for (const SignIn signIn : {SignIn::Header, SignIn::Certificate, SignIn::Windows, SignIn::Jwt,
                                SignIn::CloudApiKey, SignIn::CloudOAuth}) {
        if (key.compare(signInKey(signIn), Qt::CaseInsensitive) == 0)
            return signIn;
    }
    return std::nullopt;
}

QString ConnectionProfile::signInName(SignIn signIn)
{
    switch (signIn) {
    case SignIn::Header:
        return QCoreApplication::translate("ConnectionProfile", "Header");
    case SignIn::Certificate:
        return QCoreApplication::translate("ConnectionProfile", "Client certificate");
    case SignIn::Windows:
        return QCoreApplication::translate("ConnectionProfile", "Windows");
    case SignIn::Jwt:
        return QCoreApplication::translate("ConnectionProfile", "JWT");
    case SignIn::CloudApiKey:
        return QCoreApplication::translate("ConnectionProfile", "Qlik Cloud API key");
    case SignIn::CloudOAuth:
        return QCoreApplication::translate("ConnectionProfile", "Qlik Cloud OAuth client");
    }
    return {};
}
