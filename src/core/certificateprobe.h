#pragma once

#include <chrono>
#include <memory>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QSslSocket;

/// Fetches the certificate a TLS server presents, without trusting it and without sending
/// anything: what a person needs to see before deciding to pin a certificate no authority they
/// trust vouches for.
class CertificateProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateProbe)

public:
    explicit CertificateProbe(QObject *parent = nullptr);
    ~CertificateProbe() override;

    /// Connects to `server` (https; port 443 when it names none). An earlier fetch still running
    /// is dropped.
    void fetch(const QUrl &server, std::chrono::milliseconds timeout);
    /// Drops a fetch still running; nothing is told of it.
    void cancel();

Q_SIGNALS:
    void presented(const QSslCertificate &certificate);
    void failed(const QString &message);

private:
    std::unique_ptr<QSslSocket> m_socket;
};
