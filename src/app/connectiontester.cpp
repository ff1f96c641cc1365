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
    m_service.reset();
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
    // A fresh manager and service per test: nothing of an earlier profile (cookies, TLS) stays.
    m_service.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_service = std::make_unique<QlikService>(*m_network, profile, secret);
    connect(m_service.get(), &QlikService::aboutReceived, this,
            [this](QlikService::RequestId id, const AboutInfo &about) {
                if (id != m_request)
                    return;
                m_request = 0;
                Q_EMIT succeeded(
                    tr("Connected: Qlik Sense repository %1.").arg(about.buildVersion));
            });
    connect(
        m_service.get(), &QlikService::requestFailed, this,
        [this, profile](QlikService::RequestId id, QlikService::Operation, const QlikError &error) {
            if (id != m_request)
                return;
            m_request = 0;
            Q_EMIT failed(ErrorText::explain(error));
            // A changed pinned certificate is not offered for trust at a click.
            if (error.category == QlikError::Category::Tls &&
                profile.serverUrl.scheme() == "https"_L1 && profile.pinnedSha256.isEmpty())
                m_probe->fetch(profile.serverUrl, profile.requestTimeout);
        });
    m_request = m_service->fetchAbout();
}
