#pragma once

#include <optional>
#include <QNetworkRequest>
#include <QString>
#include <QStringView>

class QSslCertificate;

/// A server certificate pinned by the SHA-256 digest of its DER form, like an SSH host key: a
/// pinned certificate is trusted even when no certificate authority vouches for it, and any other
/// certificate is refused even when one does.
class CertificatePin final
{
public:
    /// Where QrsRequestBuilder puts the profile's pin on every request it builds.
    static constexpr auto RequestAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);

    /// `sha256` as normalised() returns it; empty for no pin.
    explicit CertificatePin(QString sha256 = {});
    /// The pin a request carries (RequestAttribute).
    [[nodiscard]] static CertificatePin of(const QNetworkRequest &request);

    /// 64 hexadecimal digits in lower case from `text` (either case, with or without colons or
    /// spaces between the bytes); nullopt when it is not a SHA-256 digest.
    [[nodiscard]] static std::optional<QString> normalised(QStringView text);
    /// The certificate's SHA-256 digest as people compare it: "AB:CD:…".
    [[nodiscard]] static QString fingerprint(const QSslCertificate &certificate);

    [[nodiscard]] bool isSet() const { return !m_sha256.isEmpty(); }
    [[nodiscard]] bool matches(const QSslCertificate &certificate) const;
    /// The pin as fingerprint() writes it.
    [[nodiscard]] QString displayed() const;

private:
    QString m_sha256;
};
