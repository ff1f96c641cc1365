#pragma once

#include "connectionprofile.h"
#include "qlikerror.h"

#include <optional>
#include <QList>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>
#include <utility>

/// The one place every QRS request is made: base URL and virtual proxy prefix, a fresh xrfkey in
/// query and header, what the sign-in method sends (user header; client certificate and
/// X-Qlik-User; a User-Agent the proxy's Windows pattern matches; the bearer token), TLS
/// configuration (extra CA, opt-out of verification), pinned server certificate, transfer
/// timeout, manual redirects and correct percent-encoding of every query value.
class QrsRequestBuilder final
{
public:
    using Query = QList<std::pair<QString, QString>>;

    /// `secret` is what the sign-in method needs beside the profile: the PFX password, the
    /// Windows password or the token (empty when it needs none).
    explicit QrsRequestBuilder(const ConnectionProfile &profile, const QString &secret = {});

    /// `path` is relative to `/qrs`, e.g. "/task/{id}/start/synchronous", and percent-encoded
    /// where a segment needs it (QUrl::toPercentEncoding of the segment).
    [[nodiscard]] QNetworkRequest build(const QString &path, const Query &query = {}) const;
    [[nodiscard]] const ConnectionProfile &profile() const { return m_profile; }
    /// Why no request can be made with this profile (its CA file or client certificate cannot
    /// be used); nullopt when requests can be made.
    [[nodiscard]] const std::optional<QlikError> &setupError() const { return m_setupError; }
    /// `UserDirectory=<dir>; UserId=<id>`, both percent-encoded: Certificate's X-Qlik-User.
    [[nodiscard]] static QByteArray qlikUserHeader(const QString &directory, const QString &id);

private:
    void useClientIdentity(const QString &pfxPassword);

    ConnectionProfile m_profile;
    QSslConfiguration m_ssl;
    QByteArray m_authorization; ///< Jwt: "Bearer <token>"
    std::optional<QlikError> m_setupError;
};
