#pragma once

#include "httpmessage.h"

#include <optional>
#include <QSet>
#include <QString>

namespace qrssim {

/// What the Qlik proxy does before a request reaches the repository: it maps the path prefix
/// to a virtual proxy and authenticates by the configured header (or its session cookie).
class VirtualProxy final
{
public:
    enum class AuthFailure { Redirect, Html };

    VirtualProxy(QString prefix, QString headerName, AuthFailure failure);

    [[nodiscard]] const QString &prefix() const { return m_prefix; }
    /// "/opcon/qrs" (or "/qrs" without a prefix).
    [[nodiscard]] QString qrsRoot() const;
    /// True for the login module's own pages (served without authentication).
    [[nodiscard]] static bool isLoginPath(const QString &path);
    [[nodiscard]] static HttpReply loginPage();

    /// Nullopt when the request may pass to the repository; otherwise the proxy's answer.
    /// On success, *setCookie is the Set-Cookie value to add (empty when the client has one).
    [[nodiscard]] std::optional<HttpReply> authenticate(const SimRequest &request,
                                                        QByteArray *setCookie);

private:
    [[nodiscard]] QByteArray cookieName(bool tls) const;
    [[nodiscard]] HttpReply rejection() const;

    QString m_prefix;
    QByteArray m_headerName;
    AuthFailure m_failure;
    QSet<QByteArray> m_sessions; ///< session cookie values handed out
};

} // namespace qrssim
