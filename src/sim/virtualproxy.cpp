#include "virtualproxy.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace qrssim {

VirtualProxy::VirtualProxy(QString prefix, QString headerName, AuthFailure failure)
    : m_prefix(std::move(prefix))
    , m_headerName(headerName.toLatin1())
    , m_failure(failure)
{ }

QString VirtualProxy::qrsRoot() const
{
    return m_prefix.isEmpty() ? u"/qrs"_s : u'/' + m_prefix + u"/qrs"_s;
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

QByteArray VirtualProxy::cookieName(bool tls) const
{
    QByteArray name = "X-Qlik-Session";
    if (!m_prefix.isEmpty())
        name += '-' + m_prefix.toLatin1();
    if (!tls)
        name += "-HTTP";
    return name;
}

HttpReply VirtualProxy::rejection() const
{
    if (m_failure == AuthFailure::Html)
        return loginPage();
    const QByteArray target = QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray location = "/internal_forms_authentication/?targetId=" + target;
    HttpReply reply = HttpReply::html("<!DOCTYPE html><html><head><title>Object moved</title>"
                                      "</head><body><h2>Object moved to <a href=\"" +
                                          location + "\">here</a>.</h2></body></html>",
                                      302);
    reply.addHeader("Location", location);
    return reply;
}

std::optional<HttpReply> VirtualProxy::authenticate(const SimRequest &request,
                                                    QByteArray *setCookie)
{
    setCookie->clear();
    if (!request.path.startsWith(qrsRoot() + u'/') && request.path != qrsRoot())
        return rejection(); // another virtual proxy: nobody is logged in there
    const QByteArray name = cookieName(request.tls);
    const auto cookie = request.cookie(name);
    const bool hasUser = !request.header(m_headerName).trimmed().isEmpty();
    if (hasUser) {
        if (!cookie || !m_sessions.contains(*cookie)) {
            const QByteArray session = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            m_sessions.insert(session);
            *setCookie =
                name + '=' + session + "; Path=/; HttpOnly" + (request.tls ? "; Secure" : "");
        }
        return std::nullopt;
    }
    if (cookie && m_sessions.contains(*cookie))
        return std::nullopt;
    return rejection();
}

} // namespace qrssim
