#pragma once

#include <chrono>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Where and as whom to talk to a Qlik Sense repository: the header-authenticated virtual proxy
/// route (`https://HOST/<prefix>/qrs/...` with the user id in a header named on the proxy).
/// Holds no secret.
struct ConnectionProfile
{
    QString name; ///< what people call it: "Production"
    QUrl serverUrl; ///< scheme, host and port only: https://qlik.acme.com
    QString virtualProxyPrefix; ///< "opcon"; empty for the default proxy
    QString userHeaderName; ///< "opcon-usr"
    QString userId; ///< "acme\\svc_reload" or "user@acme.com"
    QString caCertificateFile; ///< extra PEM file of trusted certificates; empty for none
    bool ignoreCertificateErrors = false; ///< explicit opt-in; verification is on by default
    /// SHA-256 of the server certificate's DER form, 64 lower-case hex digits (CertificatePin);
    /// empty for none. A pinned certificate is trusted alone, any other one refused.
    QString pinnedSha256;
    std::chrono::milliseconds requestTimeout {std::chrono::seconds(30)};

    /// Specific messages for everything that is wrong; empty when the profile can be used.
    [[nodiscard]] QStringList validationErrors() const;
    [[nodiscard]] bool isValid() const { return validationErrors().isEmpty(); }
    /// Base of every QRS call: `https://host:port/prefix/qrs`.
    [[nodiscard]] QUrl qrsBaseUrl() const;
    /// "https://qlik.acme.com/opcon (header opcon-usr)": for messages; never secret.
    [[nodiscard]] QString describe() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
