#include "serverconnection.h"

#include "cloud/cloudrunserver.h"
#include "qlikservice.h"
#include "qrsrunserver.h"

#include <QSslCertificate>

ServerConnection::ServerConnection(QNetworkAccessManager &network, const ConnectionProfile &profile,
                                   const QString &secret)
{
    if (!profile.isCloud()) {
        m_repository = std::make_unique<QlikService>(network, profile, secret);
        m_server = std::make_unique<QrsRunServer>(*m_repository);
        return;
    }
    auto auth = profile.signIn == ConnectionProfile::SignIn::CloudOAuth
        ? CloudAuth::oauthClient(profile.userId.trimmed(), secret)
        : CloudAuth::apiKey(secret.trimmed());
    m_cloud = std::make_unique<QlikCloudClient>(network, profile.serverUrl, std::move(auth));
    m_cloud->setRequestTimeout(profile.requestTimeout);
    if (!profile.caCertificateFile.isEmpty())
        m_cloud->addCaCertificates(QSslCertificate::fromPath(profile.caCertificateFile));
    m_server = std::make_unique<CloudRunServer>(*m_cloud);
}

// Members go in reverse order: the run server, which listens to its client, goes first.
ServerConnection::~ServerConnection() = default;
