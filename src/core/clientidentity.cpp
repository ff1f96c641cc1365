#include "clientidentity.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#if QTR_HAVE_OPENSSL
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#endif

using namespace Qt::StringLiterals;

namespace {

/// PEM and PFX files of certificates and keys are a few kilobytes; nothing sensible is bigger.
constexpr qint64 MaxFileSize = 1024 * 1024;

QString text(const char *source)
{
    return QCoreApplication::translate("ClientIdentity", source);
}

Result<QByteArray> readSmallFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            text("The %1 %2 cannot be read: %3").arg(what, path, file.errorString()));
    if (file.size() > MaxFileSize)
        return Result<QByteArray>::failure(
            text("The %1 %2 is too big to be a certificate or key file").arg(what, path));
    return file.read(MaxFileSize);
}

QString validityProblem(const QSslCertificate &certificate, const QString &path)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.expiryDate().isValid() && certificate.expiryDate() < now)
        return text("The client certificate in %1 expired on %2: export a new one from the QMC")
            .arg(path, certificate.expiryDate().toString(Qt::ISODate));
    if (certificate.effectiveDate().isValid() && certificate.effectiveDate() > now)
        return text("The client certificate in %1 is not valid before %2")
            .arg(path, certificate.effectiveDate().toString(Qt::ISODate));
    return {};
}

#if QTR_HAVE_OPENSSL
/// PFX files written on Windows (and by the QMC) use RC2/3DES, which OpenSSL 3 reads only
/// with its "legacy" provider loaded next to the default one.
void loadLegacyAlgorithms()
{
    static const bool loaded = [] {
        OSSL_PROVIDER_try_load(nullptr, "default", 1);
        return OSSL_PROVIDER_try_load(nullptr, "legacy", 1) != nullptr;
    }();
    Q_UNUSED(loaded);
}

/// Whether `password` opens the PFX's integrity check: tells a wrong password from a format
/// nobody here can read. Nullopt when the file is not PKCS#12 at all.
std::optional<bool> passwordMatches(const QByteArray &data, const QString &password)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &bytes, data.size());
    if (!p12)
        return std::nullopt;
    const QByteArray utf8 = password.toUtf8();
    const bool matches = PKCS12_verify_mac(p12, utf8.constData(), int(utf8.size())) == 1;
    PKCS12_free(p12);
    return matches;
}
#endif

} // namespace

bool ClientIdentity::isPkcs12File(const QString &fileName)
{
    return fileName.endsWith(".pfx"_L1, Qt::CaseInsensitive) ||
        fileName.endsWith(".p12"_L1, Qt::CaseInsensitive);
}

Result<ClientIdentity> ClientIdentity::load(const QString &certificateFile, const QString &keyFile,
                                            const QString &pfxPassword)
{
    if (certificateFile.isEmpty())
        return Result<ClientIdentity>::failure(
            text("No client certificate is given: choose the client.pem (or client.pfx) "
                 "exported from the QMC"));
    Result<ClientIdentity> identity = isPkcs12File(certificateFile)
        ? loadPkcs12(certificateFile, pfxPassword)
        : loadPem(certificateFile, keyFile);
    if (!identity)
        return identity;
    if (const QString problem = validityProblem(identity.value().m_certificate, certificateFile);
        !problem.isEmpty())
        return Result<ClientIdentity>::failure(problem);
    return identity;
}

Result<ClientIdentity> ClientIdentity::loadPem(const QString &certificateFile,
                                               const QString &keyFile)
{
    const Result<QByteArray> certificateData =
        readSmallFile(certificateFile, text("client certificate"));
    if (!certificateData)
        return Result<ClientIdentity>::failure(certificateData.error());
    const QList<QSslCertificate> chain =
        QSslCertificate::fromData(certificateData.value(), QSsl::Pem);
    if (chain.isEmpty())
        return Result<ClientIdentity>::failure(
            text("%1 holds no PEM certificate: choose the client.pem exported from the QMC")
                .arg(certificateFile));
    if (keyFile.isEmpty())
        return Result<ClientIdentity>::failure(
            text("A PEM client certificate needs its key: choose the client_key.pem exported "
                 "with it"));
    const Result<QByteArray> keyData = readSmallFile(keyFile, text("client key"));
    if (!keyData)
        return Result<ClientIdentity>::failure(keyData.error());
    if (keyData.value().contains("ENCRYPTED"))
        return Result<ClientIdentity>::failure(
            text("The key in %1 is protected by a password: export the certificates from the "
                 "QMC again, or use the PFX file with its password")
                .arg(keyFile));
    ClientIdentity identity;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        identity.m_key = QSslKey(keyData.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!identity.m_key.isNull())
            break;
    }
    if (identity.m_key.isNull())
        return Result<ClientIdentity>::failure(
            text("%1 holds no PEM private key: choose the client_key.pem exported from the QMC")
                .arg(keyFile));
    identity.m_certificate = chain.first();
    identity.m_issuers = chain.mid(1);
    return identity;
}

Result<ClientIdentity> ClientIdentity::loadPkcs12(const QString &file, const QString &password)
{
    const Result<QByteArray> data = readSmallFile(file, text("client certificate"));
    if (!data)
        return Result<ClientIdentity>::failure(data.error());
#if QTR_HAVE_OPENSSL
    loadLegacyAlgorithms();
#endif
    QByteArray bytes = data.value();
    ClientIdentity identity;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    if (QSslCertificate::importPkcs12(&buffer, &identity.m_key, &identity.m_certificate,
                                      &identity.m_issuers, password.toUtf8()))
        return identity;
#if QTR_HAVE_OPENSSL
    const std::optional<bool> matches = passwordMatches(data.value(), password);
    if (!matches)
        return Result<ClientIdentity>::failure(
            text("%1 is not a PFX/P12 file: export the certificates from the QMC again").arg(file));
    if (!*matches)
        return Result<ClientIdentity>::failure(
            password.isEmpty()
                ? text("%1 needs its password: give the password set when it was exported")
                      .arg(file)
                : text("The password for %1 is wrong").arg(file));
    return Result<ClientIdentity>::failure(
        text("%1 opens with this password but its contents cannot be read here; the PEM "
             "export (client.pem and client_key.pem) always works")
            .arg(file));
#else
    return Result<ClientIdentity>::failure(
        text("%1 cannot be opened: the password is wrong, or the file uses a format this system "
             "cannot read; the PEM export (client.pem and client_key.pem) always works")
            .arg(file));
#endif
}
