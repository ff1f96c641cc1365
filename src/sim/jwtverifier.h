#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of this header

namespace qrssim {

/// What a JWT virtual proxy checks: an RS256/RS384/RS512 signature made with the key of the
/// certificate pasted into the proxy, an `exp` claim in the future and the two claims that name
/// the user. Copies share the (immutable) public key.
class JwtVerifier final
{
public:
    struct Outcome
    {
        enum Kind { Valid, Malformed, UnsupportedAlgorithm, BadSignature, Expired, MissingClaim };
        Kind kind = Malformed;
        QString reason; ///< English, for a log line or an HTML body; empty when valid
        QString userDirectory;
        QString userId;
    };

    /// Tokens longer than this are rejected as Malformed before any decoding.
    static constexpr qsizetype MaxTokenSize = 16 * 1024;

    /// Reads the first PEM certificate in \a path (other PEM blocks are skipped). Its key must be
    /// an RSA key. On failure returns nullopt and, when \a error is given, says why in words.
    [[nodiscard]] static std::optional<JwtVerifier> fromCertificateFile(const QString &path,
                                                                        QString *error = nullptr);

    /// The token of an `Authorization: Bearer <token>` value (scheme case-insensitive);
    /// nullopt for another scheme, no token, or a token with spaces in it.
    [[nodiscard]] static std::optional<QByteArray>
    bearerToken(QByteArrayView authorizationHeaderValue);

    /// The proxy's "JWT attribute for user ID" (default "userId").
    [[nodiscard]] const QString &userIdClaim() const { return m_userIdClaim; }
    void setUserIdClaim(const QString &name) { m_userIdClaim = name; }
    /// The proxy's "JWT attribute for user directory" (default "userDirectory").
    [[nodiscard]] const QString &userDirectoryClaim() const { return m_userDirectoryClaim; }
    void setUserDirectoryClaim(const QString &name) { m_userDirectoryClaim = name; }
    /// Clock skew allowed past `exp` (default none: expired when now >= exp).
    [[nodiscard]] std::chrono::seconds leeway() const { return m_leeway; }
    void setLeeway(std::chrono::seconds leeway) { m_leeway = leeway; }

    /// Checks \a token (compact JWS, base64url without padding) at time \a now. On Valid the
    /// user's directory and id are filled in from the configured claims.
    [[nodiscard]] Outcome verify(QByteArrayView token, const QDateTime &now) const;

private:
    explicit JwtVerifier(std::shared_ptr<evp_pkey_st> key);

    std::shared_ptr<evp_pkey_st> m_key;
    QString m_userIdClaim;
    QString m_userDirectoryClaim;
    std::chrono::seconds m_leeway {0};
};

} // namespace qrssim
