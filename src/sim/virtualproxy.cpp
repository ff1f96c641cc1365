#include "virtualproxy.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace qrssim {

VirtualProxy::VirtualProxy(Settings settings)
    : m_settings(std::move(settings))
    , m_headerName(m_settings.headerName.toLatin1())
{
    if (m_settings.method == Method::Certificate)
        m_settings.prefix.clear();
    if (m_settings.method == Method::Windows)
        m_windows = std::make_unique<WindowsAuthModule>(m_settings.windowsAccount,
                                                        m_settings.windowsPassword);
}

VirtualProxy::~VirtualProxy() = default;

QString VirtualProxy::qrsRoot() const
{
    return m_settings.prefix.isEmpty() ? u"/qrs"_s : u'/' + m_settings.prefix + u"/qrs"_s;
}

bool VirtualProxy::isLoginPath(const QString &path)
{
    return path.contains("/internal_forms_authentication"_L1);
}

HttpReply VirtualProxy::loginPage()
{
    return HttpReply::html(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Qlik Sense login</title></head><body>"
        "<form method=\"post\" action=\"/internal_forms_authentication/\">"
        "<h1>Qlik Sense login</h1><label>User name <input name=\"username\"></label>"
        "<label>Password <input name=\"pwd\" type=\"password\"></label>"
        "<button type=\"submit\">Log in</button></form></body></html>",
        200);
}

std::optional<HttpReply> VirtualProxy::windowsModule(const SimRequest &request)
{
    if (!m_windows || request.path != WindowsAuthModule::path(m_settings.prefix))
        return std::nullopt;
    return m_windows->handle(request);
}

void VirtualProxy::setRefusingSignIns(bool refusing)
{
    m_refusingSignIns = refusing;
    if (m_windows)
        m_windows->setRefusing(refusing);
    if (refusing)
        m_sessions.clear();
}

QByteArray VirtualProxy::cookieName(bool tls) const
{
    QByteArray name = "X-Qlik-Session";
    if (!m_settings.prefix.isEmpty())
        name += '-' + m_settings.prefix.toLatin1();
    if (!tls)
        name += "-HTTP";
    return name;
}

HttpReply VirtualProxy::rejection(const SimRequest &request)
{
    if (m_settings.failure == AuthFailure::Html)
        return loginPage();
    const bool windows = m_windows &&
        QString::fromLatin1(request.header("User-Agent"))
            .contains(m_settings.windowsUserAgentPattern, Qt::CaseInsensitive);
    // The login page lies under the virtual proxy's prefix, as the proxy redirects to it.
    const QByteArray prefix =
        m_settings.prefix.isEmpty() ? QByteArray() : '/' + m_settings.prefix.toUtf8();
    const QByteArray location = windows ? m_windows->redirectFor(m_settings.prefix, request)
                                        : prefix + "/internal_forms_authentication/?targetId=" +
            QUuid::createUuid().toByteArray(QUuid::Id128);
    HttpReply reply = HttpReply::html("<!DOCTYPE html><html><head><title>Object moved</title>"
                                      "</head><body><h2>Object moved to <a href=\"" +
                                          location + "\">here</a>.</h2></body></html>",
                                      302);
    reply.addHeader("Location", location);
    return reply;
}

bool VirtualProxy::hasLiveSession(const SimRequest &request)
{
    const auto cookie = request.cookie(cookieName(request.tls));
    if (!cookie)
        return false;
    const auto session = m_sessions.find(*cookie);
    if (session == m_sessions.end())
        return false;
    if (m_settings.sessionIdleMs > 0 && session->elapsed() >= m_settings.sessionIdleMs) {
        m_sessions.erase(session);
        return false;
    }
    session->start();
    return true;
}

QByteArray VirtualProxy::newSession(bool tls)
{
    const QByteArray session = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_sessions[session].start();
    return cookieName(tls) + '=' + session + "; Path=/; HttpOnly" + (tls ? "; Secure" : "");
}

std::optional<HttpReply> VirtualProxy::authenticate(const SimRequest &request,
                                                    QByteArray *setCookie)
{
    setCookie->clear();
    if (m_settings.method == Method::Certificate) {
        if (!request.path.startsWith(u"/qrs/"_s))
            return HttpReply::text("Not found", 404);
        return checkQlikUser(request);
    }
    if (!request.path.startsWith(qrsRoot() + u'/') && request.path != qrsRoot())
        return rejection(request); // another virtual proxy: nobody is logged in there
    switch (m_settings.method) {
    case Method::Header:
        if (!request.header(m_headerName).trimmed().isEmpty()) {
            if (!hasLiveSession(request))
                *setCookie = newSession(request.tls);
            return std::nullopt;
        }
        break;
    case Method::Jwt:
        if (const auto token = JwtVerifier::bearerToken(request.header("Authorization"))) {
            if (auto refusal = checkToken(*token))
                return refusal;
            if (!hasLiveSession(request))
                *setCookie = newSession(request.tls);
            return std::nullopt;
        }
        break;
    case Method::Windows:
        if (const auto ticket = request.queryValue(u"qlikTicket"_s)) {
            if (!m_windows->redeem(*ticket))
                return HttpReply::text("Forbidden: the ticket is unknown, used or expired", 403);
            *setCookie = newSession(request.tls);
            return std::nullopt;
        }
        break;
    case Method::Certificate:
        break;
    }
    if (hasLiveSession(request))
        return std::nullopt;
    return rejection(request);
}

bool VirtualProxy::isInactive(const QString &directory, const QString &id) const
{
    return m_settings.inactiveUsers.contains(directory + u'\\' + id, Qt::CaseInsensitive);
}

std::optional<HttpReply> VirtualProxy::checkToken(const QByteArray &token) const
{
    // ⚠ What a real JWT virtual proxy answers to a bad token is not documented: 401 here.
    if (m_refusingSignIns)
        return HttpReply::text("Unauthorized: sign-ins are refused", 401);
    const JwtVerifier::Outcome outcome =
        m_settings.jwt->verify(token, QDateTime::currentDateTimeUtc());
    if (outcome.kind != JwtVerifier::Outcome::Valid)
        return HttpReply::text("Unauthorized: " + outcome.reason.toUtf8(), 401);
    if (isInactive(outcome.userDirectory, outcome.userId))
        return HttpReply::text("Forbidden: Your account is inactive", 403);
    return std::nullopt;
}

std::optional<HttpReply> VirtualProxy::checkQlikUser(const SimRequest &request) const
{
    if (!request.hasHeader("X-Qlik-User")) {
        if (m_settings.missingUserIsSystem)
            return std::nullopt;
        return HttpReply::text("Forbidden: X-Qlik-User header is required", 403);
    }
    // "UserDirectory=<dir>; UserId=<id>", each percent-encoded, the space optional.
    static const QRegularExpression pattern(
        u"^\\s*UserDirectory\\s*=\\s*([^;]*?)\\s*;\\s*UserId\\s*=\\s*([^;]*?)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(QString::fromLatin1(request.header("X-Qlik-User")));
    if (!match.hasMatch())
        return HttpReply::text("Bad request: X-Qlik-User must be "
                               "\"UserDirectory=<directory>; UserId=<id>\"",
                               400);
    const QString directory = QUrl::fromPercentEncoding(match.captured(1).toLatin1());
    const QString id = QUrl::fromPercentEncoding(match.captured(2).toLatin1());
    if (directory.isEmpty() || id.isEmpty())
        return HttpReply::text("Bad request: X-Qlik-User names no user", 400);
    if (isInactive(directory, id))
        return HttpReply::text("Forbidden: Your account is inactive", 403);
    return std::nullopt;
}

} // namespace qrssim
