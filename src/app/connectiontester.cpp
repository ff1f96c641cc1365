#include "connectiontester.h"

#include "certificateprobe.h"
#include "errortext.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_probe(new CertificateProbe(this))
{
    connect(m_probe, &CertificateProbe::presented, this, &ConnectionTester::untrustedCertificate);
}

ConnectionTester::~ConnectionTester()
{
    m_connection.reset();
    m_network.reset();
}

void ConnectionTester::test(const ConnectionProfile &profile, const QString &secret)
{
    m_probe->cancel();
    const QStringList errors = profile.validationErrors();
    if (!errors.isEmpty()) {
        m_request = 0;
        Q_EMIT failed(errors.join(u' '));
        return;
    }
    // A fresh manager and connection per test: nothing of an earlier profile (cookies, TLS)
    // stays.
    m_connection.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_connection = std::make_unique<ServerConnection>(*m_network, profile, secret);
    RunServer &server = m_connection->server();
    connect(&server, &RunServer::connectionChecked, this,
            [this](RunServer::RequestId id, const QString &answered) {
                if (id != m_request)
                    return;
                m_request = 0;
                Q_EMIT succeeded(tr("Connected: %1.").arg(answered));
            });
    connect(&server, &RunServer::connectionFailed, this,
            [this, profile](RunServer::RequestId id, const QlikError &error) {
                if (id != m_request)
                    return;
                m_request = 0;
                Q_EMIT failed(ErrorText::explain(error));
                // A changed pinned certificate is not offered for trust at a click.
                if (error.category == QlikError::Category::Tls &&
                    profile.serverUrl.scheme() == "https"_L1 && profile.pinnedSha256.isEmpty())
                    m_probe->fetch(profile.serverUrl, profile.requestTimeout);
            });
    m_request = server.checkConnection();
}
