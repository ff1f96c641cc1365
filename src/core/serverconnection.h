#pragma once

#include "connectionprofile.h"
#include "runserver.h"

#include <memory>
#include <QString>

class QNetworkAccessManager;
class QlikService;
class QlikCloudClient;

/// What one profile talks through: for a client-managed server, a QlikService and its
/// QrsRunServer; for a Qlik Cloud tenant, a QlikCloudClient (API key or OAuth client, the CA
/// file and timeout of the profile) and its CloudRunServer. The one place that tells the two
/// kinds apart; the app and qlik-task both build their connection here.
class ServerConnection final
{
    Q_DISABLE_COPY_MOVE(ServerConnection)

public:
    /// `secret` is what the profile's sign-in needs beside it (see ConnectionProfile).
    ServerConnection(QNetworkAccessManager &network, const ConnectionProfile &profile,
                     const QString &secret);
    ~ServerConnection();

    [[nodiscard]] RunServer &server() const { return *m_server; }
    /// The repository's client; null for a Qlik Cloud tenant.
    [[nodiscard]] QlikService *repository() const { return m_repository.get(); }
    /// The tenant's client; null for a client-managed server.
    [[nodiscard]] QlikCloudClient *cloud() const { return m_cloud.get(); }

private:
    std::unique_ptr<QlikService> m_repository;
    std::unique_ptr<QlikCloudClient> m_cloud;
    std::unique_ptr<RunServer> m_server;
};
