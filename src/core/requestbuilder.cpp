#include "requestbuilder.h"

#include "certificatepin.h"
#include "clientidentity.h"
#include "xrfkey.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QUrl>

using namespace Qt::StringLiterals;

QrsRequestBuilder::QrsRequestBuilder(const ConnectionProfile &profile, const QString &secret)
    : m_profile(profile)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    if (!profile.caCertificateFile.isEmpty()) {
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(profile.caCertificateFile, QSsl::Pem);
        if (certificates.isEmpty())
            m_setupError =
                QlikError {QlikError::Category::Tls, 0,
                           QCoreApplication::translate("QrsRequestBuilder",
                                                       "No PEM certificate could be read from %1.")
                               .arg(profile.caCertificateFile)};
        else
            m_ssl.addCaCertificates(certificates);
    }
    if (profile.ignoreCertificateErrors)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    switch (profile.signIn) {
    case ConnectionProfile::SignIn::Certificate:
        useClientIdentity(secret);
        break;
    case ConnectionProfile::SignIn::Jwt:
        m_authorization = "Bearer " + secret.trimmed().toLatin1();
        break;
    case ConnectionProfile::SignIn::Header:
    case ConnectionProfile::SignIn::Windows:
    case ConnectionProfile::SignIn::CloudApiKey: // not a repository: QlikCloudClient's
    case ConnectionProfile::SignIn::CloudOAuth:
        break;
    }
}

void QrsRequestBuilder::useClientIdentity(const QString &pfxPassword)
{
    const Result<ClientIdentity> identity =
        ClientIdentity::load(m_profile.clientCertificateFile, m_profile.clientKeyFile, pfxPassword);
    if (!identity) {
        if (!m_setupError)
            m_setupError = QlikError {QlikError::Category::SignIn, 0, identity.error()};
        return;
    }
    m_ssl.setLocalCertificateChain(QList {identity.value().certificate()} +
                                   identity.value().issuers());
    m_ssl.setPrivateKey(identity.value().privateKey());
}

QByteArray QrsRequestBuilder::qlikUserHeader(const QString &directory, const QString &id)
{
    return "UserDirectory=" + QUrl::toPercentEncoding(directory) +
        "; UserId=" + QUrl::toPercentEncoding(id);
}

QNetworkRequest QrsRequestBuilder::build(const QString &path, const Query &query) const
{
    const QString key = Xrfkey::generate();

    QUrl url = m_profile.qrsBaseUrl();
    url.setPath(url.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);

    // Percent-encode every value ourselves: QUrlQuery leaves '&', '#', '+' and "'" in a shape the
    // repository's filter parser misreads.
    QString encodedQuery = u"xrfkey="_s + key;
    for (const auto &[name, value] : query)
        encodedQuery += u'&' + name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    url.setQuery(encodedQuery, QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader("X-Qlik-Xrfkey", key.toLatin1());
    QString userAgent = u"QlikTaskRunner/" QTR_VERSION ""_s;
    switch (m_profile.signIn) {
    case ConnectionProfile::SignIn::Header:
        request.setRawHeader(m_profile.userHeaderName.toLatin1(), m_profile.userId.toLatin1());
        break;
    case ConnectionProfile::SignIn::Certificate:
        request.setRawHeader("X-Qlik-User",
                             qlikUserHeader(m_profile.userDirectory, m_profile.userId));
        break;
    case ConnectionProfile::SignIn::Windows:
        // The proxy offers Windows sign-in only to user agents its device pattern matches
        // ("Windows" by default); any other gets the forms login page.
        userAgent += u" (Windows)"_s;
        break;
    case ConnectionProfile::SignIn::Jwt:
        request.setRawHeader("Authorization", m_authorization);
        break;
    case ConnectionProfile::SignIn::CloudApiKey: // not a repository: QlikCloudClient's
    case ConnectionProfile::SignIn::CloudOAuth:
        break;
    }
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    // Redirects are never followed by Qt: Windows sign-in's are followed by QlikService, hop by
    // hop (Qt 6.4 sends a redirect that follows an NTLM handshake up to three times).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_profile.signIn == ConnectionProfile::SignIn::Windows) // NTLM holds one connection
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(static_cast<int>(
        std::clamp<qint64>(m_profile.requestTimeout.count(), 1, std::numeric_limits<int>::max())));
    if (url.scheme() == "https"_L1) {
        request.setSslConfiguration(m_ssl);
        if (!m_profile.pinnedSha256.isEmpty())
            request.setAttribute(CertificatePin::RequestAttribute, m_profile.pinnedSha256);
    }
    return request;
}
