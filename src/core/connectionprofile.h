#pragma once

#include <chrono>
#include <optional>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Where and as whom to talk to a Qlik Sense repository or a Qlik Cloud tenant, by one of the
/// ways a site lets a tool in. Holds no secret (PFX password, Windows password, token, API key or
/// OAuth client secret come from the keychain, the environment or a file, and are handed to the
/// client beside the profile).
struct ConnectionProfile
{
    enum class SignIn {
        Header, ///< a header-authenticated virtual proxy: `https://HOST/<prefix>/qrs/...`
        Certificate, ///< the repository itself with the exported client certificate, port 4242
        Windows, ///< NTLM/Negotiate through a virtual proxy (the default one when no prefix)
        Jwt, ///< `Authorization: Bearer` through a JWT virtual proxy
        CloudApiKey, ///< a Qlik Cloud tenant, with a user's API key as the secret
        CloudOAuth, ///< a Qlik Cloud tenant, with an OAuth machine-to-machine client
    };

    QString name; ///< what people call it: "Production"
    SignIn signIn = SignIn::Header;
    QUrl serverUrl; ///< scheme, host and port only: https://qlik.acme.com
    QString virtualProxyPrefix; ///< "opcon"; empty for the default proxy; none for Certificate
    QString userHeaderName; ///< Header: "opcon-usr"
    /// Header: "acme\\svc_reload" or "user@acme.com"; Certificate: X-Qlik-User's UserId;
    /// Windows: "DOMAIN\\user" (empty on Windows: the signed-in user); Jwt, CloudApiKey: unused;
    /// CloudOAuth: the OAuth client's id.
    QString userId;
    QString userDirectory; ///< Certificate: X-Qlik-User's UserDirectory, "INTERNAL"
    QString clientCertificateFile; ///< Certificate: client.pem, or client.pfx / .p12
    QString clientKeyFile; ///< Certificate with a PEM certificate: client_key.pem
    /// When needsSecret(): false keeps it in the OS keychain under the profile's name, true
    /// keeps it nowhere (the app asks each time it starts talking to the server).
    bool askSecretEachTime = false;
    QString caCertificateFile; ///< extra PEM file of trusted certificates; empty for none
    bool ignoreCertificateErrors = false; ///< explicit opt-in; verification is on by default
    /// SHA-256 of the server certificate's DER form, 64 lower-case hex digits (CertificatePin);
    /// empty for none. A pinned certificate is trusted alone, any other one refused.
    QString pinnedSha256;
    std::chrono::milliseconds requestTimeout {std::chrono::seconds(30)};
    /// Follow every run on the server, not only those started here (a repository only).
    bool watchServer = false;
    /// Which failed runs seen on the server notify: TaskFilter terms; empty: all of them.
    QStringList watchNotifyFilter;

    /// Specific messages for everything that is wrong; empty when the profile can be used.
    [[nodiscard]] QStringList validationErrors() const;
    [[nodiscard]] bool isValid() const { return validationErrors().isEmpty(); }
    /// Base of every QRS call: `https://host:port/prefix/qrs` (`https://host:4242/qrs` for
    /// Certificate when the URL names no port).
    [[nodiscard]] QUrl qrsBaseUrl() const;
    /// "https://qlik.acme.com/opcon (header opcon-usr, user ACME\\svc)": for messages; never
    /// secret.
    [[nodiscard]] QString describe() const;
    /// Whether this method needs a secret beside the profile: a PFX password, a Windows
    /// password, a token, an API key, an OAuth client secret.
    [[nodiscard]] bool needsSecret() const;
    /// A Qlik Cloud tenant rather than a client-managed repository.
    [[nodiscard]] bool isCloud() const { return isCloud(signIn); }
    [[nodiscard]] static bool isCloud(SignIn signIn)
    {
        return signIn == SignIn::CloudApiKey || signIn == SignIn::CloudOAuth;
    }

    /// "header", "certificate", "windows", "jwt", "cloud-api-key", "cloud-oauth": in settings
    /// files and on the command line.
    [[nodiscard]] static QString signInKey(SignIn signIn);
    [[nodiscard]] static std::optional<SignIn> signInFromKey(QStringView key);
    /// "Header", "Client certificate", "Windows", "JWT", "Qlik Cloud API key": for people.
    [[nodiscard]] static QString signInName(SignIn signIn);
    /// The repository's own port, where Certificate sign-in goes when the URL names none.
    static constexpr int RepositoryPort = 4242;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
