#include "oneshotrequest.h"

#include "certificatepin.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace {
/// The most a status line and headers may take.
constexpr qint64 MaxHeadBytes = 64 * 1024;
constexpr qint64 ReadBytes = 64 * 1024;

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInvalidUserDataError:
    case QAbstractSocket::SslInternalError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::UnknownProxyError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

/// One line ending in LF (CRLF or LF), without its end; empty optional while incomplete.
std::optional<QByteArray> takeLine(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf('\n');
    if (end < 0)
        return std::nullopt;
    QByteArray line = buffer.left(end);
    buffer.remove(0, end + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

OneShotRequest::OneShotRequest(QByteArray verb, const QNetworkRequest &request,
                               QNetworkCookieJar *cookies, AnswerLimits limits,
                               std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent)
    , m_verb(std::move(verb))
    , m_request(request)
    , m_cookies(cookies)
    , m_body(limits)
{
    m_answer.url = request.url();
    m_answer.deadline = deadline;
    m_answer.sizeLimit = m_body.limit();
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadline);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(QNetworkReply::OperationCanceledError, QrsReply::Interruption::Deadline);
    });
    m_silence.setSingleShot(true);
    m_silence.setInterval(std::max(1, request.transferTimeout()));
    connect(&m_silence, &QTimer::timeout, this, [this] {
        fail(QNetworkReply::TimeoutError,
             m_answer.httpStatus != 0 ? QrsReply::Interruption::Silence
                                      : QrsReply::Interruption::None);
    });
}

OneShotRequest::~OneShotRequest()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void OneShotRequest::start()
{
    const QUrl url = m_request.url();
    const bool tls = url.scheme() == "https"_L1;
    if (tls) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(m_request.sslConfiguration());
        const CertificatePin pin = CertificatePin::of(m_request);
        QSslSocket *ssl = socket.get();
        connect(ssl, &QSslSocket::sslErrors, this,
                [this, ssl, pin](const QList<QSslError> &errors) {
                    m_answer.peerFingerprint = CertificatePin::fingerprint(ssl->peerCertificate());
                    if (pin.matches(ssl->peerCertificate()))
                        return ssl->ignoreSslErrors(errors);
                    const QrsReply::TlsTrouble trouble = QrsReply::tlsTrouble(errors);
                    m_answer.sslErrors += trouble.errors;
                    m_answer.certificateNames = trouble.certificateNames;
                });
        connect(ssl, &QSslSocket::encrypted, this, [this, ssl, pin] {
            m_answer.peerFingerprint = CertificatePin::fingerprint(ssl->peerCertificate());
            // Nothing is sent to a server that is not the pinned one.
            if (pin.isSet() && !pin.matches(ssl->peerCertificate()))
                return fail(QNetworkReply::SslHandshakeFailedError,
                            QrsReply::Interruption::PinMismatch);
            sendRequest();
        });
        m_socket = std::move(socket);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &OneShotRequest::sendRequest);
    }
    connect(m_socket.get(), &QAbstractSocket::readyRead, this, &OneShotRequest::readAvailable);
    connect(m_socket.get(), &QAbstractSocket::errorOccurred, this, &OneShotRequest::onSocketError);
    connect(m_socket.get(), &QAbstractSocket::disconnected, this, &OneShotRequest::onDisconnected);
    m_deadline.start();
    m_silence.start();
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket *>(m_socket.get())->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

QByteArray OneShotRequest::serializedRequest() const
{
    const QUrl url = m_request.url();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() > 0)
        host += ':' + QByteArray::number(url.port());

    QByteArray head = m_verb + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const QByteArray &name : m_request.rawHeaderList())
        head += name + ": " + m_request.rawHeader(name) + "\r\n";
    if (m_cookies) {
        QByteArrayList pairs;
        for (const QNetworkCookie &cookie : m_cookies->cookiesForUrl(url))
            pairs.append(cookie.toRawForm(QNetworkCookie::NameAndValueOnly));
        if (!pairs.isEmpty())
            head += "Cookie: " + pairs.join("; ") + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(m_requestBody.size()) +
        "\r\nConnection: close\r\n\r\n";
    return head + m_requestBody;
}

void OneShotRequest::sendRequest()
{
    m_stage = Stage::StatusLine;
    m_sent = true;
    m_silence.start();
    m_socket->write(serializedRequest());
}

void OneShotRequest::readAvailable()
{
    if (m_finished)
        return;
    m_silence.start();
    while (!m_finished && m_socket && m_socket->bytesAvailable() > 0) {
        m_buffer += m_socket->read(ReadBytes);
        const bool inHead = m_stage == Stage::StatusLine || m_stage == Stage::Headers;
        if (inHead && !parseHead())
            return;
        if (!inHead || m_stage != Stage::Headers) {
            if (!parseBody())
                return;
        }
    }
}

/// Status line and headers; false when the answer ended or failed.
bool OneShotRequest::parseHead()
{
    while (m_stage == Stage::StatusLine || m_stage == Stage::Headers) {
        const qsizetype before = m_buffer.size();
        const auto line = takeLine(m_buffer);
        if (!line) {
            if (m_headBytes + m_buffer.size() > MaxHeadBytes) {
                fail(QNetworkReply::ProtocolFailure, QrsReply::Interruption::TooLarge);
                return false;
            }
            return true;
        }
        m_headBytes += before - m_buffer.size();
        if (m_headBytes > MaxHeadBytes) {
            fail(QNetworkReply::ProtocolFailure, QrsReply::Interruption::TooLarge);
            return false;
        }
        if (m_stage == Stage::StatusLine) {
            const QList<QByteArray> parts = line->split(' ');
            bool ok = false;
            const int status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
            if (!line->startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
                fail(QNetworkReply::ProtocolFailure, QrsReply::Interruption::None);
                return false;
            }
            m_answer.httpStatus = status;
            m_stage = Stage::Headers;
            continue;
        }
        if (line->isEmpty()) {
            if (m_answer.httpStatus < 200) { // 100 Continue and friends: the answer follows
                m_answer.httpStatus = 0;
                m_contentLength = -1;
                m_chunked = false;
                m_stage = Stage::StatusLine;
                continue;
            }
            const bool noBody = m_answer.httpStatus == 204 || m_answer.httpStatus == 304;
            if (noBody || (!m_chunked && m_contentLength == 0)) {
                complete();
                return false;
            }
            if (!m_chunked && m_contentLength > 0) {
                if (!m_body.accepts(m_contentLength)) {
                    fail(QNetworkReply::OperationCanceledError, QrsReply::Interruption::TooLarge);
                    return false;
                }
                m_body.expect(m_contentLength);
            }
            m_stage = m_chunked ? Stage::ChunkSize : Stage::Body;
            return true;
        }
        const qsizetype colon = line->indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line->left(colon).trimmed().toLower();
        const QByteArray value = line->mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            m_contentLength = value.toLongLong(&ok);
            if (!ok || m_contentLength < 0)
                m_contentLength = -1;
        } else if (name == "transfer-encoding") {
            m_chunked = value.toLower().contains("chunked");
        } else if (name == "content-type") {
            m_answer.contentType = QString::fromLatin1(value);
        } else if (name == "retry-after") {
            m_answer.retryAfter = value;
        } else if (name == "location") {
            m_answer.locationPath = QUrl(QString::fromLatin1(value)).path();
        } else if (name == "set-cookie" && m_cookies) {
            m_cookies->setCookiesFromUrl(QNetworkCookie::parseCookies(value), m_request.url());
        }
    }
    return true;
}

bool OneShotRequest::takeBody(QByteArrayView data)
{
    if (m_body.append(data))
        return true;
    fail(QNetworkReply::OperationCanceledError, QrsReply::Interruption::TooLarge);
    return false;
}

/// Whatever of the body is buffered; false when the answer ended or failed.
bool OneShotRequest::parseBody()
{
    while (!m_buffer.isEmpty()) {
        switch (m_stage) {
        case Stage::Body: {
            const qint64 wanted = m_contentLength < 0
                ? m_buffer.size()
                : std::min<qint64>(m_buffer.size(), m_contentLength - m_body.received());
            if (!takeBody(QByteArrayView(m_buffer).first(wanted)))
                return false;
            m_buffer.remove(0, wanted);
            if (m_contentLength >= 0 && m_body.received() >= m_contentLength) {
                complete();
                return false;
            }
            break;
        }
        case Stage::ChunkSize: {
            if (m_buffer.indexOf('\n') < 0) {
                if (m_buffer.size() > 1024) {
                    fail(QNetworkReply::ProtocolFailure, QrsReply::Interruption::None);
                    return false;
                }
                return true;
            }
            const QByteArray line = *takeLine(m_buffer);
            bool ok = false;
            m_chunkLeft = line.split(';').constFirst().trimmed().toLongLong(&ok, 16);
            if (!ok || m_chunkLeft < 0) {
                fail(QNetworkReply::ProtocolFailure, QrsReply::Interruption::None);
                return false;
            }
            if (m_chunkLeft == 0) { // trailers are not read: the answer is complete
                complete();
                return false;
            }
            m_stage = Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            const qint64 wanted = std::min<qint64>(m_buffer.size(), m_chunkLeft);
            if (!takeBody(QByteArrayView(m_buffer).first(wanted)))
                return false;
            m_buffer.remove(0, wanted);
            m_chunkLeft -= wanted;
            if (m_chunkLeft == 0)
                m_stage = Stage::ChunkEnd;
            break;
        }
        case Stage::ChunkEnd:
            if (m_buffer.indexOf('\n') < 0)
                return true;
            (void)takeLine(m_buffer);
            m_stage = Stage::ChunkSize;
            break;
        default:
            return true;
        }
    }
    return true;
}

void OneShotRequest::onSocketError()
{
    if (m_finished)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return onDisconnected();
    fail(networkErrorOf(m_socket->error()),
         m_answer.httpStatus != 0 ? QrsReply::Interruption::ConnectionCut
                                  : QrsReply::Interruption::None);
}

void OneShotRequest::onDisconnected()
{
    if (m_finished)
        return;
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
    if (m_finished)
        return;
    if (m_stage == Stage::Body && m_contentLength < 0)
        return complete(); // the body ends with the connection
    fail(QNetworkReply::RemoteHostClosedError,
         m_answer.httpStatus != 0 ? QrsReply::Interruption::ConnectionCut
                                  : QrsReply::Interruption::None);
}

void OneShotRequest::complete()
{
    m_stage = Stage::Done;
    finish();
}

void OneShotRequest::fail(QNetworkReply::NetworkError error, QrsReply::Interruption why)
{
    m_answer.networkError = error;
    m_answer.interruption = why;
    finish();
}

void OneShotRequest::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_silence.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_answer.bytesReceived = m_body.received();
    Q_EMIT finished(m_answer, m_body.take());
    deleteLater();
}
