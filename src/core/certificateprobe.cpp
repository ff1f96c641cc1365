#include "certificateprobe.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

CertificateProbe::CertificateProbe(QObject *parent)
    : QObject(parent)
{ }

CertificateProbe::~CertificateProbe()
{
    cancel();
}

void CertificateProbe::fetch(const QUrl &server, std::chrono::milliseconds timeout)
{
    cancel();
    m_socket = std::make_unique<QSslSocket>();
    QSslSocket *socket = m_socket.get();
    // Only looked at, never trusted: nothing is sent on this connection.
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        const QSslCertificate certificate = socket->peerCertificate();
        cancel();
        if (certificate.isNull())
            Q_EMIT failed(tr("the server presented no certificate"));
        else
            Q_EMIT presented(certificate);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        const QString message = socket->errorString();
        cancel();
        Q_EMIT failed(message);
    });
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this] {
        cancel();
        Q_EMIT failed(tr("no TLS handshake within the request timeout"));
    });
    timer->start(timeout);
    socket->connectToHostEncrypted(server.host(), quint16(server.port(443)));
}

void CertificateProbe::cancel()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    // Deleted later: cancel() may run inside one of the socket's own signals.
    m_socket.release()->deleteLater();
}
