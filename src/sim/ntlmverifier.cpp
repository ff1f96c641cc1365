#include "ntlmverifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace qrssim {

namespace {

constexpr QByteArrayView Signature("NTLMSSP\0", 8);
constexpr qsizetype ChallengeSize = 8;
constexpr qsizetype MaxEncodedMessageSize = 64 * 1024;
constexpr qsizetype Type3HeaderSize = 64; ///< up to and including NegotiateFlags
constexpr qsizetype ProofSize = 16; ///< NTProofStr, an HMAC-MD5
constexpr qsizetype MinBlobSize = 28; ///< NTLMv2_CLIENT_CHALLENGE without AV pairs
constexpr qsizetype NtlmV1ResponseSize = 24;

// NegotiateFlags ([MS-NLMP] 2.2.2.5)
constexpr quint32 NegotiateUnicode = 0x00000001;
constexpr quint32 RequestTarget = 0x00000004;
constexpr quint32 NegotiateNtlm = 0x00000200;
constexpr quint32 NegotiateAlwaysSign = 0x00008000;
constexpr quint32 TargetTypeDomain = 0x00010000;
constexpr quint32 NegotiateExtendedSessionSecurity = 0x00080000;
constexpr quint32 NegotiateTargetInfo = 0x00800000;
constexpr quint32 NegotiateVersion = 0x02000000;
constexpr quint32 Negotiate128 = 0x20000000;
constexpr quint32 Negotiate56 = 0x80000000;

// AvId ([MS-NLMP] 2.2.2.1)
enum AvId : quint16 {
    MsvAvEOL = 0,
    MsvAvNbComputerName = 1,
    MsvAvNbDomainName = 2,
    MsvAvDnsComputerName = 3,
    MsvAvDnsDomainName = 4,
    MsvAvTimestamp = 7,
};

void appendU16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}
void appendU32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}
void appendU64(QByteArray &out, quint64 value)
{
    const quint64 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}
quint16 readU16(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}
quint32 readU32(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text)
        appendU16(out, c.unicode());
    return out;
}

/// A security buffer's bytes, or nullopt when the descriptor at \a at points outside \a message.
std::optional<QByteArrayView> securityBuffer(QByteArrayView message, qsizetype at)
{
    const quint16 length = readU16(message, at);
    const quint32 offset = readU32(message, at + 4);
    if (length == 0)
        return QByteArrayView();
    if (qint64(offset) + qint64(length) > qint64(message.size()))
        return std::nullopt;
    return message.sliced(offset, length);
}

std::optional<QString> decodeText(QByteArrayView bytes, bool unicode)
{
    if (!unicode)
        return QString::fromLatin1(bytes);
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    QString text(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        text[i] = QChar(readU16(bytes, 2 * i));
    return text;
}

QByteArray hmacMd5(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Md5);
}

bool equalInConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

void appendAvPair(QByteArray &out, AvId id, const QByteArray &value)
{
    appendU16(out, id);
    appendU16(out, quint16(value.size()));
    out.append(value);
}

} // namespace

NtlmVerifier::NtlmVerifier(QString domain, QString user, QString password)
    : m_domain(std::move(domain))
    , m_user(std::move(user))
    , m_ntHash(QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4))
    , m_computerName(u"QRSSIM"_s)
    , m_dnsDomainName(m_domain.toLower() + ".local"_L1)
{ }

std::optional<QByteArray> NtlmVerifier::messageFrom(QByteArrayView authorizationHeaderValue)
{
    const QByteArrayView value = authorizationHeaderValue.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.size() > MaxEncodedMessageSize)
        return std::nullopt;
    const QByteArrayView scheme = value.first(space);
    const bool ntlm = scheme.compare("NTLM", Qt::CaseInsensitive) == 0;
    if (!ntlm && scheme.compare("Negotiate", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.sliced(space).trimmed().toByteArray(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    if (!ntlm && !decoded.decoded.startsWith(Signature))
        return std::nullopt; // SPNEGO/Kerberos, which the sim does not speak
    return std::move(decoded.decoded);
}

int NtlmVerifier::messageType(QByteArrayView message)
{
    if (message.size() < 12 || !message.startsWith(Signature))
        return 0;
    const quint32 type = readU32(message, 8);
    return type >= 1 && type <= 3 ? int(type) : 0;
}

QByteArray NtlmVerifier::newServerChallenge()
{
    QByteArray challenge(ChallengeSize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(challenge.begin(), challenge.end());
    return challenge;
}

QByteArray NtlmVerifier::challengeMessage(const QByteArray &serverChallenge,
                                          const QDateTime &now) const
{
    if (serverChallenge.size() != ChallengeSize)
        return {};
    const QByteArray targetName = utf16le(m_domain);
    QByteArray targetInfo;
    appendAvPair(targetInfo, MsvAvNbDomainName, utf16le(m_domain.toUpper()));
    appendAvPair(targetInfo, MsvAvNbComputerName, utf16le(m_computerName.toUpper()));
    appendAvPair(targetInfo, MsvAvDnsDomainName, utf16le(m_dnsDomainName));
    appendAvPair(targetInfo, MsvAvDnsComputerName,
                 utf16le(m_computerName.toLower() + u'.' + m_dnsDomainName));
    QByteArray fileTime; // 100 ns ticks since 1601-01-01
    appendU64(fileTime, quint64(now.toMSecsSinceEpoch() + 11'644'473'600'000LL) * 10'000U);
    appendAvPair(targetInfo, MsvAvTimestamp, fileTime);
    appendAvPair(targetInfo, MsvAvEOL, {});

    constexpr quint32 headerSize = 56; // with the optional Version field
    const quint32 flags = NegotiateUnicode | RequestTarget | NegotiateNtlm | NegotiateAlwaysSign |
        TargetTypeDomain | NegotiateExtendedSessionSecurity | NegotiateTargetInfo |
        NegotiateVersion | Negotiate128 | Negotiate56;
    QByteArray message;
    message.reserve(headerSize + targetName.size() + targetInfo.size());
    message.append(Signature);
    appendU32(message, 2);
    appendU16(message, quint16(targetName.size())); // TargetNameFields
    appendU16(message, quint16(targetName.size()));
    appendU32(message, headerSize);
    appendU32(message, flags);
    message.append(serverChallenge);
    message.append(8, '\0'); // Reserved
    appendU16(message, quint16(targetInfo.size())); // TargetInfoFields
    appendU16(message, quint16(targetInfo.size()));
    appendU32(message, headerSize + quint32(targetName.size()));
    // Version: Windows 10.0 build 17763, NTLMSSP_REVISION_W2K3
    message.append("\x0a\x00", 2);
    appendU16(message, 17763);
    message.append("\0\0\0\x0f", 4);
    Q_ASSERT(message.size() == headerSize);
    message.append(targetName);
    message.append(targetInfo);
    return message;
}

NtlmVerifier::Outcome NtlmVerifier::verify(QByteArrayView type3,
                                           const QByteArray &serverChallenge) const
{
    using Kind = Outcome::Kind;
    if (serverChallenge.size() != ChallengeSize || type3.size() < Type3HeaderSize ||
        messageType(type3) != 3) {
        return {};
    }
    // LmChallengeResponse 12, NtChallengeResponse 20, DomainName 28, UserName 36,
    // Workstation 44, EncryptedRandomSessionKey 52: all must lie inside the message.
    std::optional<QByteArrayView> buffers[6];
    for (int i = 0; i < 6; ++i) {
        buffers[i] = securityBuffer(type3, 12 + 8 * i);
        if (!buffers[i])
            return {};
    }
    const QByteArrayView ntResponse = *buffers[1];
    const bool unicode = readU32(type3, 60) & NegotiateUnicode;
    const auto domain = decodeText(*buffers[2], unicode);
    const auto user = decodeText(*buffers[3], unicode);
    if (!domain || !user)
        return {};

    Outcome outcome {Kind::UnknownUser, *domain, *user};
    const bool domainOk = domain->isEmpty() ||
        domain->compare(m_domain, Qt::CaseInsensitive) == 0 ||
        domain->compare(m_dnsDomainName, Qt::CaseInsensitive) == 0;
    if (!domainOk || user->isEmpty() || user->compare(m_user, Qt::CaseInsensitive) != 0)
        return outcome;

    if (ntResponse.size() <= NtlmV1ResponseSize) { // NTLMv1, LM only, or anonymous
        outcome.kind = Kind::NotNtlmV2;
        return outcome;
    }
    const QByteArrayView blob = ntResponse.sliced(ProofSize);
    if (blob.size() < MinBlobSize || blob[0] != 1 || blob[1] != 1) { // RespType, HiRespType
        outcome.kind = Kind::Malformed;
        return outcome;
    }
    // NTOWFv2 uses the user in upper case and the domain exactly as the client sent them.
    const QByteArray responseKey = hmacMd5(m_ntHash, utf16le(user->toUpper() + *domain));
    const QByteArray proof = hmacMd5(responseKey, serverChallenge + blob.toByteArray());
    if (!equalInConstantTime(proof, ntResponse.first(ProofSize))) {
        outcome.kind = Kind::WrongPassword;
        return outcome;
    }
    return {Kind::Valid, m_domain, m_user};
}

} // namespace qrssim
