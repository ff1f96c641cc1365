#pragma once

#include "httpmessage.h"
#include "jwtverifier.h"
#include "windowsauthmodule.h"

#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QStringList>

namespace qrssim {

/// What stands before the repository: the Qlik proxy, which maps the path prefix to a virtual
/// proxy, authenticates by its method (a user header, a JWT, Windows sign-in through its
/// authentication module) and then by the session cookie it handed out; or, for certificate
/// sign-in, the repository's own port 4242, where the TLS handshake has already checked the
/// client certificate and `X-Qlik-User` names the user.
class VirtualProxy final
{
public:
    enum class AuthFailure { Redirect, Html };
    enum class Method { Header, Certificate, Windows, Jwt };

    struct Settings
    {
        Method method = Method::Header;
        QString prefix = QStringLiteral("opcon"); ///< none for Certificate
        QString headerName = QStringLiteral("opcon-usr");
        AuthFailure failure = AuthFailure::Redirect;
        /// Users (`DIRECTORY\\\\id`, any case) whose account is inactive (Certificate, Jwt).
        QStringList inactiveUsers;
        /// Certificate: a request without X-Qlik-User runs as the repository's system user
        /// (true, what public clients assume ⚠) or is refused (false).
        bool missingUserIsSystem = true;
        /// A proxy session unused this long is gone (0: sessions never expire).
        qint64 sessionIdleMs = 0;
        std::optional<JwtVerifier> jwt; ///< Jwt: checks the bearer tokens
        QString windowsAccount; ///< Windows: "DOMAIN\\\\user" the module accepts
        QString windowsPassword;
        /// Windows: user agents containing this get the Windows module, others the forms login.
        QString windowsUserAgentPattern = QStringLiteral("Windows");
    };

    explicit VirtualProxy(Settings settings);
    ~VirtualProxy();
    VirtualProxy(const VirtualProxy &) = delete;
    VirtualProxy &operator=(const VirtualProxy &) = delete;

    [[nodiscard]] const QString &prefix() const { return m_settings.prefix; }
    /// "/opcon/qrs" (or "/qrs" without a prefix).
    [[nodiscard]] QString qrsRoot() const;
    /// True for the login module's own pages (served without authentication).
    [[nodiscard]] static bool isLoginPath(const QString &path);
    [[nodiscard]] static HttpReply loginPage();
    /// The Windows authentication module's answer when \a request is for it; nullopt otherwise.
    [[nodiscard]] std::optional<HttpReply> windowsModule(const SimRequest &request);

    /// While refusing, every session ends and every sign-in (token, Windows account) is
    /// refused: a password changed or an account disabled in the middle of a run.
    void setRefusingSignIns(bool refusing);
    [[nodiscard]] bool isRefusingSignIns() const { return m_refusingSignIns; }

    /// Nullopt when the request may pass to the repository; otherwise the proxy's answer.
    /// On success, *setCookie is the Set-Cookie value to add (empty when the client has one).
    [[nodiscard]] std::optional<HttpReply> authenticate(const SimRequest &request,
                                                        QByteArray *setCookie);

private:
    [[nodiscard]] QByteArray cookieName(bool tls) const;
    [[nodiscard]] HttpReply rejection(const SimRequest &request);
    [[nodiscard]] bool hasLiveSession(const SimRequest &request);
    /// A new session for the client, as the Set-Cookie value.
    [[nodiscard]] QByteArray newSession(bool tls);
    /// Certificate: nullopt when X-Qlik-User names an active user (or is absent and that is
    /// allowed), else the repository's refusal.
    [[nodiscard]] std::optional<HttpReply> checkQlikUser(const SimRequest &request) const;
    /// Jwt: nullopt when the bearer token is good, else the proxy's refusal.
    [[nodiscard]] std::optional<HttpReply> checkToken(const QByteArray &token) const;
    [[nodiscard]] bool isInactive(const QString &directory, const QString &id) const;

    Settings m_settings;
    QByteArray m_headerName;
    std::unique_ptr<WindowsAuthModule> m_windows;
    QHash<QByteArray, QElapsedTimer> m_sessions; ///< cookie value → time since its last use
    bool m_refusingSignIns = false;
};

} // namespace qrssim
