#pragma once

#include "result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

/// The client certificate and private key a profile signs in with straight to the repository
/// (port 4242), read from the QMC's PEM export (`client.pem` + `client_key.pem`) or from one
/// PFX/P12 file with its password. Every way a file can be unusable is told in words.
class ClientIdentity final
{
public:
    /// `certificateFile` ending in .pfx or .p12 is read as PKCS#12 with `pfxPassword` (and
    /// `keyFile` is not used); anything else as PEM, its key from `keyFile`.
    [[nodiscard]] static Result<ClientIdentity>
    load(const QString &certificateFile, const QString &keyFile, const QString &pfxPassword);
    [[nodiscard]] static bool isPkcs12File(const QString &fileName);

    [[nodiscard]] const QSslCertificate &certificate() const { return m_certificate; }
    [[nodiscard]] const QSslKey &privateKey() const { return m_key; }
    /// Certificates of the issuers that came with it (PFX), to send along.
    [[nodiscard]] const QList<QSslCertificate> &issuers() const { return m_issuers; }

private:
    static Result<ClientIdentity> loadPem(const QString &certificateFile, const QString &keyFile);
    static Result<ClientIdentity> loadPkcs12(const QString &file, const QString &password);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_issuers;
};
