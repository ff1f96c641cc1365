#pragma once

#include "connectionprofile.h"
#include "serverconnection.h"

#include <memory>
#include <QObject>

class CertificateProbe;
class QNetworkAccessManager;
class QSslCertificate;

/// "Test connection": asks the server (`/qrs/about`, or a tenant's `/api/v1/users/me`) with a
/// profile that is not saved yet, on a network
/// access manager of its own, and says in words what came of it. When no authority the profile
/// trusts vouches for the server's certificate (and none is pinned), it also fetches that
/// certificate, so that the person can look at it and pin it.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// Starts a test with the profile's `secret` (see ConnectionProfile); an earlier one still
    /// running is dropped.
    void test(const ConnectionProfile &profile, const QString &secret = {});
    [[nodiscard]] bool isRunning() const { return m_request != 0; }

Q_SIGNALS:
    void succeeded(const QString &message);
    void failed(const QString &message);
    /// After failed(): the certificate the server presented, which nothing trusted vouches for.
    void untrustedCertificate(const QSslCertificate &certificate);

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ServerConnection> m_connection;
    CertificateProbe *m_probe = nullptr;
    RunServer::RequestId m_request = 0;
};
