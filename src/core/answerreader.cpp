#include "answerreader.h"

#include "certificatepin.h"

#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

namespace {
/// What Qt may hold of a body before we take it.
constexpr qint64 ReadBufferBytes = 256 * 1024;
} // namespace

AnswerReader::AnswerReader(QNetworkReply *reply, AnswerLimits limits,
                           std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_body(limits)
    , m_pin(CertificatePin::of(reply->request()))
{
    reply->setParent(this);
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
        m_peerFingerprint = CertificatePin::fingerprint(peer);
        if (m_pin.matches(peer))
            return m_reply->ignoreSslErrors(errors);
        m_tls = QrsReply::tlsTrouble(errors);
    });
    if (m_pin.isSet()) {
        connect(reply, &QNetworkReply::encrypted, this, [this] {
            if (!peerIsPinned())
                interrupt(QrsReply::Interruption::PinMismatch);
        });
    }
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (!length.isValid())
            return;
        if (!m_body.accepts(length.toLongLong()))
            return interrupt(QrsReply::Interruption::TooLarge);
        m_body.expect(length.toLongLong());
    });
    // Qt's network thread can be ahead of what we have read: its count is checked too, so what
    // both hold together never passes the limit.
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (!m_body.accepts(received) || !m_body.accepts(total))
            interrupt(QrsReply::Interruption::TooLarge);
    });
    connect(reply, &QNetworkReply::readyRead, this, &AnswerReader::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &AnswerReader::onFinished);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { interrupt(QrsReply::Interruption::Deadline); });
    m_deadline.start(deadline);
}

AnswerReader::~AnswerReader()
{
    cancel();
}

void AnswerReader::cancel()
{
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void AnswerReader::readAvailable()
{
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(ReadBufferBytes);
        if (!m_body.append(chunk))
            return interrupt(QrsReply::Interruption::TooLarge);
    }
}

void AnswerReader::interrupt(QrsReply::Interruption why)
{
    if (m_interruption != QrsReply::Interruption::None || !m_reply)
        return;
    m_interruption = why;
    m_reply->abort(); // finished() follows at once
}

bool AnswerReader::peerIsPinned()
{
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (peer.isNull())
        return true; // no connection came about: its error says why
    m_peerFingerprint = CertificatePin::fingerprint(peer);
    return m_pin.matches(peer);
}

void AnswerReader::onFinished()
{
    m_deadline.stop();
    // Again at the end: an answer on a connection reused from an earlier request brings no
    // handshake of its own.
    if (m_pin.isSet() && m_interruption == QrsReply::Interruption::None && !peerIsPinned())
        m_interruption = QrsReply::Interruption::PinMismatch;
    if (m_interruption == QrsReply::Interruption::None)
        readAvailable();
    QrsReply::Answer answer = QrsReply::answerOf(*m_reply);
    answer.sslErrors = m_tls.errors;
    answer.certificateNames = m_tls.certificateNames;
    answer.peerFingerprint = m_peerFingerprint;
    answer.bytesReceived = m_body.received();
    if (m_interruption != QrsReply::Interruption::None)
        answer.interruption = m_interruption;
    else if (answer.httpStatus != 0 &&
             (answer.networkError == QNetworkReply::OperationCanceledError ||
              answer.networkError == QNetworkReply::TimeoutError))
        answer.interruption = QrsReply::Interruption::Silence; // the transfer timeout fired
    answer.sizeLimit = m_body.limit();
    answer.deadline = std::chrono::milliseconds(m_deadline.interval());
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT finished(answer, m_body.take());
    deleteLater();
}
