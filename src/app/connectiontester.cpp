#include "connectiontester.h"

#include "errortext.h"

#include <QNetworkAccessManager>

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

ConnectionTester::~ConnectionTester()
{
    m_service.reset();
    m_network.reset();
}

void ConnectionTester::test(const ConnectionProfile &profile)
{
    const QStringList errors = profile.validationErrors();
    if (!errors.isEmpty()) {
        m_request = 0;
        Q_EMIT failed(errors.join(u' '));
        return;
    }
    // A fresh manager and service per test: nothing of an earlier profile (cookies, TLS) stays.
    m_service.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_service = std::make_unique<QlikService>(*m_network, profile);
    connect(m_service.get(), &QlikService::aboutReceived, this,
            [this](QlikService::RequestId id, const AboutInfo &about) {
                if (id != m_request)
                    return;
                m_request = 0;
                Q_EMIT succeeded(
                    tr("Connected: Qlik Sense repository %1.").arg(about.buildVersion));
            });
    connect(m_service.get(), &QlikService::requestFailed, this,
            [this](QlikService::RequestId id, QlikService::Operation, const QlikError &error) {
                if (id != m_request)
                    return;
                m_request = 0;
                Q_EMIT failed(ErrorText::explain(error));
            });
    m_request = m_service->fetchAbout();
}
