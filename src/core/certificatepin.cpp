#include "certificatepin.h"

#include <QCryptographicHash>
#include <QSslCertificate>

namespace {

QString withColons(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace

CertificatePin::CertificatePin(QString sha256)
    : m_sha256(std::move(sha256))
{ }

CertificatePin CertificatePin::of(const QNetworkRequest &request)
{
    return CertificatePin(request.attribute(RequestAttribute).toString());
}

std::optional<QString> CertificatePin::normalised(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c == u':' || c.isSpace())
            continue;
        const bool hex = (c >= u'0' && c <= u'9') || (c.toLower() >= u'a' && c.toLower() <= u'f');
        if (!hex)
            return std::nullopt;
        digits.append(c.toLower());
    }
    if (digits.size() != 64)
        return std::nullopt;
    return digits;
}

QString CertificatePin::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return withColons(certificate.digest(QCryptographicHash::Sha256));
}

bool CertificatePin::matches(const QSslCertificate &certificate) const
{
    return isSet() && !certificate.isNull() &&
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()) == m_sha256;
}

QString CertificatePin::displayed() const
{
    return withColons(QByteArray::fromHex(m_sha256.toLatin1()));
}
