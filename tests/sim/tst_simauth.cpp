// The sim's sign-in checks: JWT (what a JWT virtual proxy verifies) against the tokens made by
// tests/data/auth/make-material.sh, and NTLMv2 (the Windows module's server side) against the
// [MS-NLMP] 4.2.4 test vector, hostile messages and Qt's own NTLM client.

#include "jwtverifier.h"
#include "ntlmverifier.h"

#include <algorithm>
#include <memory>
#include <QAuthenticator>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>
#include <QTest>

using namespace Qt::StringLiterals;
using qrssim::JwtVerifier;
using qrssim::NtlmVerifier;

namespace {

using JwtKind = JwtVerifier::Outcome::Kind;
using NtlmKind = NtlmVerifier::Outcome::Kind;

QString authFile(const char *name)
{
    return QString::fromUtf8(QTR_AUTH_DATA_DIR) + u'/' + QString::fromUtf8(name);
}

QByteArray material(const char *name)
{
    QFile file(authFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s (the build makes it)", qPrintable(file.fileName()));
    return file.readAll().trimmed();
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray tokenPart(const QByteArray &token, int index)
{
    return token.split('.').value(index);
}

/// The token with one character in the middle of part \a index replaced by another base64url one.
QByteArray tamper(const QByteArray &token, int index)
{
    QList<QByteArray> parts = token.split('.');
    QByteArray &part = parts[index];
    char &c = part[part.size() / 2];
    c = c == 'A' ? 'B' : 'A';
    return parts.join('.');
}

QJsonObject claimsOf(const QByteArray &token)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(tokenPart(token, 1), QByteArray::Base64UrlEncoding))
        .object();
}

// --- NTLM message building, written from [MS-NLMP] 2.2.1.3 independently of the verifier ---

void appendU16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 2);
}
void appendU32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 4);
}
void patchU16(QByteArray &message, qsizetype at, quint16 value)
{
    qToLittleEndian(value, message.data() + at);
}
void patchU32(QByteArray &message, qsizetype at, quint32 value)
{
    qToLittleEndian(value, message.data() + at);
}
quint16 readU16(const QByteArray &message, qsizetype at)
{
    return qFromLittleEndian<quint16>(message.constData() + at);
}
quint32 readU32(const QByteArray &message, qsizetype at)
{
    return qFromLittleEndian<quint32>(message.constData() + at);
}

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    for (const QChar c : text)
        appendU16(out, c.unicode());
    return out;
}

/// The bytes a security buffer descriptor at \a at points to (the test trusts its input).
QByteArray field(const QByteArray &message, qsizetype at)
{
    return message.mid(readU32(message, at + 4), readU16(message, at));
}

QString fromUtf16le(const QByteArray &bytes)
{
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text.append(QChar(readU16(bytes, i)));
    return text;
}

constexpr quint32 FlagUnicode = 0x1;
constexpr quint32 FlagOem = 0x2;
// Type-3 field descriptors
constexpr qsizetype LmField = 12, NtField = 20, DomainField = 28, UserField = 36;

struct Type3
{
    QByteArray lm;
    QByteArray nt;
    QByteArray domain;
    QByteArray user;
    QByteArray workstation;
    QByteArray sessionKey;
    quint32 flags = FlagUnicode | 0x00000200 | 0x00080000 | 0x00800000;

    [[nodiscard]] QByteArray build() const
    {
        QByteArray message("NTLMSSP\0", 8);
        appendU32(message, 3);
        const QByteArray *const header[] = {&lm, &nt, &domain, &user, &workstation, &sessionKey};
        const QByteArray *const payloadOrder[] = {&domain, &user, &workstation,
                                                  &lm,     &nt,   &sessionKey};
        QHash<const QByteArray *, quint32> offsets;
        quint32 offset = 64;
        for (const QByteArray *part : payloadOrder) {
            offsets.insert(part, offset);
            offset += quint32(part->size());
        }
        for (const QByteArray *part : header) {
            appendU16(message, quint16(part->size()));
            appendU16(message, quint16(part->size()));
            appendU32(message, offsets.value(part));
        }
        appendU32(message, flags);
        for (const QByteArray *part : payloadOrder)
            message.append(*part);
        return message;
    }
};

// [MS-NLMP] 4.2.4: NTLMv2 authentication test vector
const QByteArray VectorServerChallenge = QByteArray::fromHex("0123456789abcdef");
/// temp = 0x0101, reserved, time 0, client challenge aa.., reserved, AV pairs (NbDomainName
/// "Domain", NbComputerName "Server", EOL), reserved.
const QByteArray VectorBlob = QByteArray::fromHex("0101000000000000"
                                                  "0000000000000000"
                                                  "aaaaaaaaaaaaaaaa"
                                                  "00000000"
                                                  "02000c0044006f006d00610069006e00"
                                                  "01000c0053006500720076006500720000000000"
                                                  "00000000");
const QByteArray VectorNtProofStr = QByteArray::fromHex("68cd0ab851e51c96aabc927bebef6a1c");

Type3 vectorType3()
{
    Type3 t;
    t.domain = utf16le(u"Domain"_s);
    t.user = utf16le(u"User"_s);
    t.workstation = utf16le(u"COMPUTER"_s);
    t.lm = QByteArray::fromHex("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa");
    t.nt = VectorNtProofStr + VectorBlob;
    return t;
}

/// An NTLMv2 response computed here (for cases the documented vector does not cover).
QByteArray ntlmV2Response(const QString &password, const QString &user, const QString &domain,
                          const QByteArray &serverChallenge, const QByteArray &blob)
{
    const QByteArray ntHash = QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
    const QByteArray key = QMessageAuthenticationCode::hash(utf16le(user.toUpper() + domain),
                                                            ntHash, QCryptographicHash::Md5);
    return QMessageAuthenticationCode::hash(serverChallenge + blob, key, QCryptographicHash::Md5) +
        blob;
}

// --- A tiny keep-alive HTTP/1.1 server that demands NTLM, for Qt's real client ---

class NtlmHttpServer final : public QObject
{
public:
    struct Exchange
    {
        int connection = 0;
        QByteArray scheme; ///< "NTLM" or "Negotiate"
        int type = 0; ///< NTLM message type, 0 when none
        QString domainSent; ///< type 3 only
        QString userSent;
        NtlmVerifier::Outcome::Kind outcome = NtlmKind::Malformed; ///< type 3 only
    };

    NtlmHttpServer(const NtlmVerifier &verifier, bool offerNegotiate)
        : m_verifier(verifier)
        , m_offerNegotiate(offerNegotiate)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_connections.insert(socket, Connection {++m_connectionCount, {}, {}});
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_connections.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    ~NtlmHttpServer() override
    {
        // The sockets die with m_server, after m_connections: no disconnected() handling then.
        for (QTcpSocket *socket : m_connections.keys())
            disconnect(socket, nullptr, this, nullptr);
    }
    Q_DISABLE_COPY_MOVE(NtlmHttpServer)

    [[nodiscard]] bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    [[nodiscard]] QUrl url() const
    {
        return QUrl(u"http://127.0.0.1:%1/qrs/about"_s.arg(m_server.serverPort()));
    }
    [[nodiscard]] const QList<Exchange> &exchanges() const { return m_exchanges; }
    [[nodiscard]] QList<Exchange> type3s() const
    {
        QList<Exchange> result;
        for (const Exchange &e : m_exchanges) {
            if (e.type == 3)
                result.append(e);
        }
        return result;
    }

private:
    struct Connection
    {
        int id = 0;
        QByteArray buffer;
        QByteArray challenge; ///< sent in this connection's type-2 message
    };

    void serve(QTcpSocket *socket)
    {
        Connection &connection = m_connections[socket];
        connection.buffer += socket->readAll();
        qsizetype end;
        while ((end = connection.buffer.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = connection.buffer.left(end).split('\n');
            connection.buffer.remove(0, end + 4); // GETs only: no body
            QByteArray authorization;
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 &&
                    line.left(colon).trimmed().compare("authorization", Qt::CaseInsensitive) == 0)
                    authorization = line.mid(colon + 1).trimmed();
            }
            socket->write(answer(connection, authorization));
        }
        if (connection.buffer.size() > 64 * 1024)
            socket->abort();
    }

    QByteArray answer(Connection &connection, const QByteArray &authorization)
    {
        const auto message = NtlmVerifier::messageFrom(authorization);
        if (!message)
            return unauthorized({});
        Exchange exchange;
        exchange.connection = connection.id;
        exchange.scheme = authorization.left(authorization.indexOf(' '));
        exchange.type = NtlmVerifier::messageType(*message);
        QByteArray reply = unauthorized({});
        if (exchange.type == 1) {
            connection.challenge = NtlmVerifier::newServerChallenge();
            reply = unauthorized(exchange.scheme + ' ' +
                                 m_verifier.challengeMessage(connection.challenge).toBase64());
        } else if (exchange.type == 3) {
            exchange.domainSent = fromUtf16le(field(*message, DomainField));
            exchange.userSent = fromUtf16le(field(*message, UserField));
            exchange.outcome = m_verifier.verify(*message, connection.challenge).kind;
            connection.challenge.clear();
            if (exchange.outcome == NtlmKind::Valid)
                reply = response("200 OK", {}, "ok");
        }
        m_exchanges.append(exchange);
        return reply;
    }

    QByteArray unauthorized(const QByteArray &challenge) const
    {
        QList<QByteArray> headers;
        if (!challenge.isEmpty()) {
            headers.append(challenge);
        } else {
            if (m_offerNegotiate)
                headers.append("Negotiate");
            headers.append("NTLM");
        }
        return response("401 Unauthorized", headers, {});
    }

    static QByteArray response(const QByteArray &status, const QList<QByteArray> &authenticate,
                               const QByteArray &body)
    {
        QByteArray out = "HTTP/1.1 " + status + "\r\n";
        for (const QByteArray &value : authenticate)
            out += "WWW-Authenticate: " + value + "\r\n";
        out += "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n\r\n" + body;
        return out;
    }

    QTcpServer m_server;
    NtlmVerifier m_verifier;
    bool m_offerNegotiate;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_connectionCount = 0;
    QList<Exchange> m_exchanges;
};

} // namespace

class TestSimAuth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void jwtValidToken();
    void jwtExpiryBoundary();
    void jwtRejections_data();
    void jwtRejections();
    void jwtClaimNamesAreConfigurable();
    void jwtCertificateErrors();
    void bearerToken_data();
    void bearerToken();

    void ntlmMessageFrom();
    void ntlmChallengeMessage();
    void ntlmTestVector_data();
    void ntlmTestVector();
    void ntlmHostileMessages_data();
    void ntlmHostileMessages();
    void ntlmTruncationsAndNoise();
    void ntlmWithQtClient_data();
    void ntlmWithQtClient();

private:
    std::optional<JwtVerifier> m_jwt;
    QByteArray m_token;
};

void TestSimAuth::initTestCase()
{
    QString error;
    m_jwt = JwtVerifier::fromCertificateFile(authFile("jwt.pem"), &error);
    QVERIFY2(m_jwt, qPrintable(error));
    m_token = material("token.jwt");
    QVERIFY(m_token.count('.') == 2);
}

void TestSimAuth::jwtValidToken()
{
    const auto outcome = m_jwt->verify(m_token, QDateTime::currentDateTimeUtc());
    QCOMPARE(outcome.kind, JwtKind::Valid);
    QCOMPARE(outcome.userId, u"tester"_s);
    QCOMPARE(outcome.userDirectory, u"ACME"_s);
    QVERIFY(outcome.reason.isEmpty());

    // A copy shares the key and checks the same way.
    const JwtVerifier copy = *m_jwt;
    QCOMPARE(copy.verify(m_token, QDateTime::currentDateTimeUtc()).kind, JwtKind::Valid);
}

void TestSimAuth::jwtExpiryBoundary()
{
    const QByteArray token = material("token.jwt");
    const qint64 exp = claimsOf(token).value("exp"_L1).toInteger();
    QVERIFY(exp > 0);
    const QDateTime expiry = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);

    QCOMPARE(m_jwt->verify(token, expiry.addMSecs(-1)).kind, JwtKind::Valid);
    const auto atExpiry = m_jwt->verify(token, expiry);
    QCOMPARE(atExpiry.kind, JwtKind::Expired); // no leeway: now >= exp is expired
    QVERIFY2(atExpiry.reason.contains(expiry.toString(Qt::ISODate)), qPrintable(atExpiry.reason));
    QCOMPARE(m_jwt->verify(token, expiry.addSecs(3600)).kind, JwtKind::Expired);

    JwtVerifier lenient = *m_jwt;
    lenient.setLeeway(std::chrono::seconds(30));
    QCOMPARE(lenient.verify(token, expiry.addSecs(29)).kind, JwtKind::Valid);
    QCOMPARE(lenient.verify(token, expiry.addSecs(30)).kind, JwtKind::Expired);
}

void TestSimAuth::jwtRejections_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<JwtKind>("kind");

    const QByteArray token = material("token.jwt");
    const QByteArray payload = tokenPart(token, 1);
    const QByteArray signature = tokenPart(token, 2);
    const auto header = [](const char *json) {
        return base64Url(QByteArray(json));
    };
    const auto join = [](const QByteArray &a, const QByteArray &b, const QByteArray &c) {
        return QByteArray(a + '.' + b + '.' + c);
    };
    const QByteArray rs256 = tokenPart(token, 0);

    QTest::newRow("expired") << material("expired.jwt") << JwtKind::Expired;
    QTest::newRow("signed with another key")
        << material("wrongly-signed.jwt") << JwtKind::BadSignature;
    QTest::newRow("tampered payload") << tamper(token, 1) << JwtKind::BadSignature;
    QTest::newRow("header changed")
        << join(header(R"({"alg":"RS256","typ":"JWT","kid":"x"})"), payload, signature)
        << JwtKind::BadSignature;
    QTest::newRow("tampered signature") << tamper(token, 2) << JwtKind::BadSignature;
    QTest::newRow("signature cut short") // by 3 bytes, still canonical base64url
        << join(rs256, payload, signature.mid(4)) << JwtKind::BadSignature;
    QTest::newRow("RS256 signature claimed as RS384")
        << join(header(R"({"alg":"RS384","typ":"JWT"})"), payload, signature)
        << JwtKind::BadSignature;
    QTest::newRow("alg none") << join(header(R"({"alg":"none","typ":"JWT"})"), payload, {})
                              << JwtKind::UnsupportedAlgorithm;
    QTest::newRow("HS256") << join(header(R"({"alg":"HS256","typ":"JWT"})"), payload, signature)
                           << JwtKind::UnsupportedAlgorithm;
    QTest::newRow("ES256") << join(header(R"({"alg":"ES256"})"), payload, signature)
                           << JwtKind::UnsupportedAlgorithm;
    QTest::newRow("no alg") << join(header(R"({"typ":"JWT"})"), payload, signature)
                            << JwtKind::Malformed;
    QTest::newRow("header not JSON")
        << join(header("RS256"), payload, signature) << JwtKind::Malformed;
    QTest::newRow("two parts") << QByteArray("a.b") << JwtKind::Malformed;
    QTest::newRow("four parts") << QByteArray(token + ".x") << JwtKind::Malformed;
    QTest::newRow("garbage") << QByteArray("garbage") << JwtKind::Malformed;
    QTest::newRow("empty") << QByteArray() << JwtKind::Malformed;
    QTest::newRow("dots only") << QByteArray("..") << JwtKind::Malformed;
    QTest::newRow("padded signature") << QByteArray(token + "==") << JwtKind::Malformed;
    QTest::newRow("standard base64 alphabet")
        << join(rs256, payload, '+' + signature.mid(1)) << JwtKind::Malformed;
    QTest::newRow("over 16 KiB") << QByteArray(token + QByteArray(16 * 1024, 'A'))
                                 << JwtKind::Malformed;
}

void TestSimAuth::jwtRejections()
{
    QFETCH(QByteArray, token);
    QFETCH(JwtKind, kind);
    const auto outcome = m_jwt->verify(token, QDateTime::currentDateTimeUtc());
    QCOMPARE(outcome.kind, kind);
    QVERIFY(!outcome.reason.isEmpty());
    QVERIFY(outcome.userId.isEmpty());
    QVERIFY(outcome.userDirectory.isEmpty());
}

void TestSimAuth::jwtClaimNamesAreConfigurable()
{
    JwtVerifier verifier = *m_jwt;
    QCOMPARE(verifier.userIdClaim(), u"userId"_s);
    QCOMPARE(verifier.userDirectoryClaim(), u"userDirectory"_s);

    verifier.setUserIdClaim(u"uid"_s);
    const auto missing = verifier.verify(m_token, QDateTime::currentDateTimeUtc());
    QCOMPARE(missing.kind, JwtKind::MissingClaim);
    QVERIFY2(missing.reason.contains("\"uid\""_L1), qPrintable(missing.reason));

    verifier.setUserIdClaim(u"name"_s);
    verifier.setUserDirectoryClaim(u"userId"_s);
    const auto mapped = verifier.verify(m_token, QDateTime::currentDateTimeUtc());
    QCOMPARE(mapped.kind, JwtKind::Valid);
    QCOMPARE(mapped.userId, u"Test User"_s);
    QCOMPARE(mapped.userDirectory, u"tester"_s);

    verifier.setUserDirectoryClaim(u"exp"_s); // a number, not a user directory
    QCOMPARE(verifier.verify(m_token, QDateTime::currentDateTimeUtc()).kind, JwtKind::MissingClaim);
}

void TestSimAuth::jwtCertificateErrors()
{
    QString error;
    QVERIFY(!JwtVerifier::fromCertificateFile(authFile("no-such.pem"), &error));
    QVERIFY2(error.contains("no-such.pem"_L1) && error.contains("Cannot read"_L1),
             qPrintable(error));

    error.clear();
    QVERIFY(!JwtVerifier::fromCertificateFile(authFile("jwt_key.pem"), &error)); // a key only
    QVERIFY2(error.contains("no PEM certificate"_L1), qPrintable(error));
    QVERIFY(!JwtVerifier::fromCertificateFile(authFile("token.jwt")));

    // Another certificate loads, but the tokens were not signed with its key.
    const auto other = JwtVerifier::fromCertificateFile(authFile("client.pem"), &error);
    QVERIFY2(other, qPrintable(error));
    QCOMPARE(other->verify(m_token, QDateTime::currentDateTimeUtc()).kind, JwtKind::BadSignature);
}

void TestSimAuth::bearerToken_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("token"); // empty: none

    QTest::newRow("Bearer") << QByteArray("Bearer a.b.c") << QByteArray("a.b.c");
    QTest::newRow("lower case") << QByteArray("bearer a.b.c") << QByteArray("a.b.c");
    QTest::newRow("upper case, extra spaces")
        << QByteArray("  BEARER   a.b.c  ") << QByteArray("a.b.c");
    QTest::newRow("tab") << QByteArray("Bearer\ta.b.c") << QByteArray("a.b.c");
    QTest::newRow("Basic") << QByteArray("Basic dXNlcjpwdw==") << QByteArray();
    QTest::newRow("scheme only") << QByteArray("Bearer") << QByteArray();
    QTest::newRow("scheme and space") << QByteArray("Bearer ") << QByteArray();
    QTest::newRow("no separator") << QByteArray("Bearera.b.c") << QByteArray();
    QTest::newRow("two tokens") << QByteArray("Bearer a.b.c d") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestSimAuth::bearerToken()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, token);
    const auto parsed = JwtVerifier::bearerToken(header);
    QCOMPARE(parsed.has_value(), !token.isEmpty());
    if (parsed)
        QCOMPARE(*parsed, token);
}

void TestSimAuth::ntlmMessageFrom()
{
    const QByteArray type3 = vectorType3().build();
    const auto decoded = [](const QByteArray &header) {
        return NtlmVerifier::messageFrom(header).value_or(QByteArray("(none)"));
    };
    QCOMPARE(decoded("NTLM " + type3.toBase64()), type3);
    QCOMPARE(decoded(" ntlm  " + type3.toBase64() + ' '), type3);
    QCOMPARE(decoded("Negotiate " + type3.toBase64()), type3);
    QCOMPARE(NtlmVerifier::messageType(type3), 3);

    // SPNEGO (an ASN.1 blob) inside Negotiate is not raw NTLM.
    QCOMPARE(decoded("Negotiate " + QByteArray("\x60\x28\x06\x06").toBase64()),
             QByteArray("(none)"));
    QCOMPARE(decoded("Basic " + type3.toBase64()), QByteArray("(none)"));
    QVERIFY(!NtlmVerifier::messageFrom("NTLM"));
    QVERIFY(!NtlmVerifier::messageFrom("NTLM "));
    QVERIFY(!NtlmVerifier::messageFrom("NTLM not*base64!"));
    QVERIFY(!NtlmVerifier::messageFrom(QByteArray()));

    QCOMPARE(NtlmVerifier::messageType(QByteArray("NTLMSSP\0\1\0\0\0", 12)), 1);
    QCOMPARE(NtlmVerifier::messageType(QByteArray("NTLMSSP\0\4\0\0\0", 12)), 0);
    QCOMPARE(NtlmVerifier::messageType(QByteArray("NTLMSSP\0\1\0\0", 11)), 0);
    QCOMPARE(NtlmVerifier::messageType(QByteArray("NTLMSSPX\1\0\0\0", 12)), 0);
    QCOMPARE(NtlmVerifier::messageType({}), 0);
}

void TestSimAuth::ntlmChallengeMessage()
{
    const NtlmVerifier verifier(u"ACME"_s, u"tester"_s, u"s3cret"_s);
    const QByteArray challenge = QByteArray::fromHex("0011223344556677");
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const QByteArray message = verifier.challengeMessage(challenge, now);

    QVERIFY(message.startsWith(QByteArray("NTLMSSP\0", 8)));
    QCOMPARE(NtlmVerifier::messageType(message), 2);
    QCOMPARE(message.mid(24, 8), challenge);
    const quint32 flags = readU32(message, 20);
    for (const quint32 flag : {0x1U, 0x4U, 0x200U, 0x10000U, 0x80000U, 0x800000U})
        QVERIFY2(flags & flag, qPrintable(QString::number(flag, 16)));
    QVERIFY(!(flags & FlagOem));
    QCOMPARE(fromUtf16le(field(message, 12)), u"ACME"_s);

    QHash<quint16, QByteArray> pairs;
    const QByteArray info = field(message, 40);
    QVERIFY(!info.isEmpty());
    qsizetype at = 0;
    quint16 lastId = 0xffff;
    while (at + 4 <= info.size()) {
        lastId = readU16(info, at);
        const quint16 length = readU16(info, at + 2);
        QVERIFY(at + 4 + length <= info.size());
        pairs.insert(lastId, info.mid(at + 4, length));
        at += 4 + length;
        if (lastId == 0)
            break;
    }
    QCOMPARE(lastId, quint16(0)); // MsvAvEOL ends the list
    QCOMPARE(at, info.size());
    QCOMPARE(fromUtf16le(pairs.value(2)), u"ACME"_s); // NbDomainName
    QCOMPARE(fromUtf16le(pairs.value(1)), verifier.computerName()); // NbComputerName
    QCOMPARE(fromUtf16le(pairs.value(4)), u"acme.local"_s); // DnsDomainName
    QVERIFY(!pairs.value(3).isEmpty()); // DnsComputerName
    QCOMPARE(pairs.value(7).size(), 8); // Timestamp: 100 ns since 1601
    QCOMPARE(qFromLittleEndian<quint64>(pairs.value(7).constData()),
             (quint64(1'700'000'000) + 11'644'473'600ULL) * 10'000'000ULL);

    QVERIFY(verifier.challengeMessage(QByteArray(7, 'x')).isEmpty());
    QCOMPARE(NtlmVerifier::newServerChallenge().size(), 8);
    QVERIFY(NtlmVerifier::newServerChallenge() != NtlmVerifier::newServerChallenge());
}

void TestSimAuth::ntlmTestVector_data()
{
    QTest::addColumn<QString>("domain"); // configured account
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("serverChallenge");
    QTest::addColumn<NtlmKind>("kind");

    const QByteArray vector = vectorType3().build();
    const QString domain = u"Domain"_s, user = u"User"_s, password = u"Password"_s;

    QTest::newRow("MS-NLMP 4.2.4")
        << domain << user << password << vector << VectorServerChallenge << NtlmKind::Valid;
    QTest::newRow("account spelled in another case")
        << u"DOMAIN"_s << u"user"_s << password << vector << VectorServerChallenge
        << NtlmKind::Valid;
    QTest::newRow("wrong password") << domain << user << u"password"_s << vector
                                    << VectorServerChallenge << NtlmKind::WrongPassword;
    QTest::newRow("answers another challenge")
        << domain << user << password << vector << QByteArray::fromHex("0123456789abcdee")
        << NtlmKind::WrongPassword;
    QTest::newRow("other user") << domain << u"Someone"_s << password << vector
                                << VectorServerChallenge << NtlmKind::UnknownUser;
    QTest::newRow("other domain") << u"Elsewhere"_s << user << password << vector
                                  << VectorServerChallenge << NtlmKind::UnknownUser;

    Type3 oem = vectorType3(); // OEM strings; NTOWFv2 is still computed over UTF-16
    oem.flags = (oem.flags & ~FlagUnicode) | FlagOem;
    oem.domain = "Domain";
    oem.user = "User";
    QTest::newRow("OEM strings") << domain << user << password << oem.build()
                                 << VectorServerChallenge << NtlmKind::Valid;

    Type3 emptyDomain = vectorType3();
    emptyDomain.domain.clear();
    emptyDomain.nt = ntlmV2Response(password, user, {}, VectorServerChallenge, VectorBlob);
    QTest::newRow("empty domain") << domain << user << password << emptyDomain.build()
                                  << VectorServerChallenge << NtlmKind::Valid;
    Type3 dnsDomain = vectorType3();
    dnsDomain.domain = utf16le(u"domain.local"_s);
    dnsDomain.nt =
        ntlmV2Response(password, user, u"domain.local"_s, VectorServerChallenge, VectorBlob);
    QTest::newRow("DNS domain") << domain << user << password << dnsDomain.build()
                                << VectorServerChallenge << NtlmKind::Valid;
    // The domain is part of NTOWFv2 as sent: a proof made for "Domain" fails for "DOMAIN".
    Type3 relabelled = vectorType3();
    relabelled.domain = utf16le(u"DOMAIN"_s);
    QTest::newRow("domain relabelled after signing")
        << domain << user << password << relabelled.build() << VectorServerChallenge
        << NtlmKind::WrongPassword;

    Type3 v1 = vectorType3();
    v1.nt = QByteArray::fromHex("aa2f8d6c2b9e3d17e8d4b8dc42b0c2e1cc0b8d5e9a7e3a44");
    QTest::newRow("NTLMv1 response")
        << domain << user << password << v1.build() << VectorServerChallenge << NtlmKind::NotNtlmV2;
    Type3 anonymous = vectorType3();
    anonymous.nt.clear();
    anonymous.lm = QByteArray(1, '\0');
    QTest::newRow("no NT response") << domain << user << password << anonymous.build()
                                    << VectorServerChallenge << NtlmKind::NotNtlmV2;
    Type3 nobody = anonymous;
    nobody.user.clear();
    nobody.domain.clear();
    QTest::newRow("anonymous") << domain << user << password << nobody.build()
                               << VectorServerChallenge << NtlmKind::UnknownUser;
}

void TestSimAuth::ntlmTestVector()
{
    QFETCH(QString, domain);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, serverChallenge);
    QFETCH(NtlmKind, kind);

    const NtlmVerifier verifier(domain, user, password);
    const auto outcome = verifier.verify(message, serverChallenge);
    QCOMPARE(outcome.kind, kind);
    if (kind == NtlmKind::Valid) { // the configured spelling
        QCOMPARE(outcome.domain, domain);
        QCOMPARE(outcome.user, user);
    } else if (kind != NtlmKind::Malformed) { // what was sent
        QCOMPARE(outcome.user, fromUtf16le(field(message, UserField)));
    }
}

void TestSimAuth::ntlmHostileMessages_data()
{
    QTest::addColumn<QByteArray>("message");

    const QByteArray good = vectorType3().build();
    const auto patched16 = [&good](qsizetype at, quint16 value) {
        QByteArray m = good;
        patchU16(m, at, value);
        return m;
    };
    const auto patched32 = [&good](qsizetype at, quint32 value) {
        QByteArray m = good;
        patchU32(m, at, value);
        return m;
    };

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("signature only") << QByteArray("NTLMSSP\0", 8);
    QTest::newRow("type 1") << QByteArray("NTLMSSP\0\1\0\0\0\7\x82\x08\xa2", 16);
    QTest::newRow("type 2 header")
        << QByteArray(good.left(8) + QByteArray("\2\0\0\0", 4) + good.mid(12));
    QTest::newRow("header cut before flags") << good.left(60);
    QTest::newRow("NT offset far away") << patched32(NtField + 4, 0xfffffff0);
    QTest::newRow("NT offset + length wraps 32 bits") << patched32(NtField + 4, 0xffffffff);
    QTest::newRow("NT length past the end") << patched16(NtField, 0xffff);
    QTest::newRow("user length past the end") << patched16(UserField, 0xffff);
    QTest::newRow("user offset past the end") << patched32(UserField + 4, quint32(good.size()));
    QTest::newRow("session key points outside") << patched16(52, 16);
    QTest::newRow("odd UTF-16 user length") << patched16(UserField, 7);
    QTest::newRow("LM points outside") << patched32(LmField + 4, 0x7fffffff);
    QTest::newRow("NT response between v1 and v2")
        << patched16(NtField, 30); // 16-byte proof + 14-byte "blob"
    QByteArray wrongBlobType = good;
    wrongBlobType[readU32(good, NtField + 4) + 16] = 2; // RespType must be 1
    QTest::newRow("blob RespType 2") << wrongBlobType;
}

void TestSimAuth::ntlmHostileMessages()
{
    QFETCH(QByteArray, message);
    const NtlmVerifier verifier(u"Domain"_s, u"User"_s, u"Password"_s);
    // Copied into an exactly-sized buffer, so that a read past the end is a read past the
    // allocation (visible under the asan preset).
    const std::unique_ptr<char[]> exact(new char[size_t(std::max<qsizetype>(message.size(), 1))]);
    std::copy(message.cbegin(), message.cend(), exact.get());
    const auto outcome =
        verifier.verify(QByteArrayView(exact.get(), message.size()), VectorServerChallenge);
    QCOMPARE(outcome.kind, NtlmKind::Malformed);
}

void TestSimAuth::ntlmTruncationsAndNoise()
{
    const NtlmVerifier verifier(u"Domain"_s, u"User"_s, u"Password"_s);
    const QByteArray good = vectorType3().build();
    QCOMPARE(verifier.verify(good, VectorServerChallenge).kind, NtlmKind::Valid);
    QCOMPARE(verifier.verify(good, QByteArray(7, '\1')).kind, NtlmKind::Malformed);

    // The NT response is the last field, so every shorter prefix points outside itself.
    for (qsizetype size = 0; size < good.size(); ++size) {
        const QByteArray prefix = good.left(size);
        QCOMPARE(
            verifier.verify(QByteArrayView(prefix.constData(), size), VectorServerChallenge).kind,
            NtlmKind::Malformed);
    }
    // Random corruption must never be accepted (nor crash).
    QRandomGenerator random(20240611);
    for (int round = 0; round < 5000; ++round) {
        QByteArray noisy = good;
        const int changes = 1 + int(random.bounded(4));
        for (int i = 0; i < changes; ++i)
            noisy[random.bounded(int(noisy.size()))] = char(random.bounded(256));
        if (noisy == good)
            continue;
        const auto kind = verifier.verify(noisy, VectorServerChallenge).kind;
        // The proof covers neither the workstation, the LM response nor most flags.
        const bool harmless = noisy.left(LmField) == good.left(LmField) &&
            (readU32(noisy, 60) & FlagUnicode) == (readU32(good, 60) & FlagUnicode) &&
            field(noisy, NtField) == field(good, NtField) &&
            field(noisy, UserField) == field(good, UserField) &&
            field(noisy, DomainField) == field(good, DomainField);
        if (kind == NtlmKind::Valid && !harmless)
            QFAIL(qPrintable("accepted a corrupted message: "_L1 +
                             QString::fromLatin1(noisy.toHex())));
    }
}

void TestSimAuth::ntlmWithQtClient_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("offerNegotiate");
    QTest::addColumn<NtlmKind>("kind");
    QTest::addColumn<QString>("domainSent");

    QTest::newRow("DOMAIN\\user") << u"ACME\\tester"_s << u"s3cret"_s << false << NtlmKind::Valid
                                  << u"ACME"_s;
    QTest::newRow("user only: domain from the target name")
        << u"tester"_s << u"s3cret"_s << false << NtlmKind::Valid << u"ACME"_s;
    QTest::newRow("other case") << u"acme\\TESTER"_s << u"s3cret"_s << false << NtlmKind::Valid
                                << u"acme"_s;
    QTest::newRow("Negotiate and NTLM offered")
        << u"ACME\\tester"_s << u"s3cret"_s << true << NtlmKind::Valid << u"ACME"_s;
    QTest::newRow("wrong password")
        << u"ACME\\tester"_s << u"S3cret"_s << false << NtlmKind::WrongPassword << u"ACME"_s;
    QTest::newRow("unknown user") << u"ACME\\nobody"_s << u"s3cret"_s << false
                                  << NtlmKind::UnknownUser << u"ACME"_s;
}

void TestSimAuth::ntlmWithQtClient()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, offerNegotiate);
    QFETCH(NtlmKind, kind);
    QFETCH(QString, domainSent);

    NtlmHttpServer server(NtlmVerifier(u"ACME"_s, u"tester"_s, u"s3cret"_s), offerNegotiate);
    QVERIFY(server.listen());

    QSet<QNetworkReply *> answered;
    int prompts = 0;
    QNetworkAccessManager manager; // a fresh one: no cached credentials or connections
    connect(&manager, &QNetworkAccessManager::authenticationRequired, this,
            [&](QNetworkReply *reply, QAuthenticator *authenticator) {
                ++prompts;
                if (answered.contains(reply))
                    return; // refused once: give up, as a person who typed it wrong would
                answered.insert(reply);
                authenticator->setUser(user);
                authenticator->setPassword(password);
            });
    QNetworkRequest request(server.url());
    request.setRawHeader("User-Agent", "Mozilla/5.0 (Windows NT 10.0)");
    const std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QList<NtlmHttpServer::Exchange> type3s = server.type3s();
    QCOMPARE(type3s.size(), 1); // one handshake; no retry with the refused credentials
    const auto &final = type3s.constFirst();
    qInfo("Qt sent scheme %s, domain \"%s\", user \"%s\"; %lld requests on %d connection(s); "
          "%d prompt(s)",
          final.scheme.constData(), qPrintable(final.domainSent), qPrintable(final.userSent),
          qlonglong(server.exchanges().size()), final.connection, prompts);
    QCOMPARE(final.outcome, kind);
    QCOMPARE(final.domainSent, domainSent);
    QCOMPARE(final.scheme, QByteArray("NTLM"));
    // The type-1 that got this connection's challenge came on the same connection.
    const auto type1 = std::find_if(server.exchanges().cbegin(), server.exchanges().cend(),
                                    [](const auto &e) { return e.type == 1; });
    QVERIFY(type1 != server.exchanges().cend());
    QCOMPARE(type1->connection, final.connection);

    if (kind == NtlmKind::Valid) {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(status, 200);
        QCOMPARE(reply->readAll(), QByteArray("ok"));
        QCOMPARE(prompts, 1);
    } else {
        QCOMPARE(reply->error(), QNetworkReply::AuthenticationRequiredError);
        QCOMPARE(status, 401);
    }
}

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_simauth.moc"
