#include "requestbuilder.h"

#include "certificatepin.h"
#include "xrfkey.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QUrl>

using namespace Qt::StringLiterals;

QrsRequestBuilder::QrsRequestBuilder(const ConnectionProfile &profile)
    : m_profile(profile)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    if (!profile.caCertificateFile.isEmpty()) {
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(profile.caCertificateFile, QSsl::Pem);
        if (certificates.isEmpty())
            m_caError = QCoreApplication::translate("QrsRequestBuilder",
                                                    "No PEM certificate could be read from %1.")
                            .arg(profile.caCertificateFile);
        else
            m_ssl.addCaCertificates(certificates);
    }
    if (profile.ignoreCertificateErrors)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
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
    if (!m_profile.userHeaderName.isEmpty())
        request.setRawHeader(m_profile.userHeaderName.toLatin1(), m_profile.userId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"QlikTaskRunner/" QTR_VERSION ""_s);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(static_cast<int>(
        std::clamp<qint64>(m_profile.requestTimeout.count(), 1, std::numeric_limits<int>::max())));
    if (url.scheme() == "https"_L1) {
        request.setSslConfiguration(m_ssl);
        if (!m_profile.pinnedSha256.isEmpty())
            request.setAttribute(CertificatePin::RequestAttribute, m_profile.pinnedSha256);
    }
    return request;
}
