#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>
#include <utility>

/// The one place every QRS request is made: base URL and virtual proxy prefix, a fresh xrfkey in
/// query and header, the user header, TLS configuration (extra CA, opt-out of verification),
/// pinned server certificate, transfer timeout, manual redirects and correct percent-encoding of
/// every query value.
class QrsRequestBuilder final
{
public:
    using Query = QList<std::pair<QString, QString>>;

    explicit QrsRequestBuilder(const ConnectionProfile &profile);

    /// `path` is relative to `/qrs`, e.g. "/task/{id}/start/synchronous", and percent-encoded
    /// where a segment needs it (QUrl::toPercentEncoding of the segment).
    [[nodiscard]] QNetworkRequest build(const QString &path, const Query &query = {}) const;
    [[nodiscard]] const ConnectionProfile &profile() const { return m_profile; }
    /// Empty, or why the profile's CA file could not be used.
    [[nodiscard]] const QString &caCertificateError() const { return m_caError; }

private:
    ConnectionProfile m_profile;
    QSslConfiguration m_ssl;
    QString m_caError;
};
