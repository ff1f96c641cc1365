#pragma once

#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace qrssim {

/// The server side of NTLM ([MS-NLMP]) for one accepted Windows account, NTLMv2 only: what the
/// proxy's Windows authentication module does between `401 WWW-Authenticate: NTLM` and its
/// ticket. Per connection the caller keeps the 8-byte server challenge it sent in the type-2
/// message and hands it back to verify() with the client's type-3 message.
class NtlmVerifier final
{
public:
    struct Outcome
    {
        enum Kind { Valid, Malformed, UnknownUser, WrongPassword, NotNtlmV2 };
        Kind kind = Malformed;
        /// On Valid the configured spelling of the account (also when the client sent an empty
        /// domain); otherwise what the client sent (empty when Malformed).
        QString domain;
        QString user;
    };

    /// \a domain is the NetBIOS domain name (e.g. "ACME"), also sent as the challenge's target.
    NtlmVerifier(QString domain, QString user, QString password);

    /// The server's NetBIOS name in the challenge's target info (default "QRSSIM").
    [[nodiscard]] const QString &computerName() const { return m_computerName; }
    void setComputerName(const QString &name) { m_computerName = name; }
    /// The DNS domain in the target info (default: the domain in lower case + ".local"). A client
    /// may also send it as its domain.
    [[nodiscard]] const QString &dnsDomainName() const { return m_dnsDomainName; }
    void setDnsDomainName(const QString &name) { m_dnsDomainName = name; }

    /// The decoded NTLM message of an `Authorization: NTLM <base64>` value, or of
    /// `Negotiate <base64>` when that wraps raw NTLM (starts with "NTLMSSP\0"); else nullopt.
    [[nodiscard]] static std::optional<QByteArray>
    messageFrom(QByteArrayView authorizationHeaderValue);
    /// 1 (NEGOTIATE), 2 (CHALLENGE), 3 (AUTHENTICATE), or 0 when \a message is no NTLM message.
    [[nodiscard]] static int messageType(QByteArrayView message);
    /// Eight random bytes for one connection's challenge.
    [[nodiscard]] static QByteArray newServerChallenge();

    /// A type-2 CHALLENGE message carrying \a serverChallenge (8 bytes; otherwise the result is
    /// empty), the domain as target name and a target-info list stamped with \a now.
    [[nodiscard]] QByteArray
    challengeMessage(const QByteArray &serverChallenge,
                     const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// Checks a type-3 AUTHENTICATE message answering \a serverChallenge. Every field is
    /// bounds-checked: a hostile message gives Malformed, never an out-of-range read. Also
    /// Malformed when \a serverChallenge is not 8 bytes (no challenge sent on this connection).
    [[nodiscard]] Outcome verify(QByteArrayView type3, const QByteArray &serverChallenge) const;

private:
    QString m_domain;
    QString m_user;
    QByteArray m_ntHash; ///< MD4(UTF-16LE(password)); the password itself is not kept
    QString m_computerName;
    QString m_dnsDomainName;
};

} // namespace qrssim
