#pragma once

#include <optional>
#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <utility>

namespace qrssim {

/// One incoming request, copied out of QHttpServerRequest so it can outlive the socket.
struct SimRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QString path; ///< percent-decoded path, no query
    QUrlQuery query; ///< raw query (values still encoded; use queryValue())
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool tls = false;
    quintptr connection = 0; ///< the same for every request on one TCP connection

    /// Header value by case-insensitive name; empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] bool hasHeader(QByteArrayView name) const;
    /// Value of a cookie from the Cookie header(s).
    [[nodiscard]] std::optional<QByteArray> cookie(QByteArrayView name) const;
    /// Fully percent-decoded query value; nullopt when the key is absent (case-sensitive key).
    [[nodiscard]] std::optional<QString> queryValue(const QString &key) const;
    /// The same, read as a form value: '+' is a space (a '+' is sent as %2B), as QRS reads
    /// `filter` and `orderby`.
    [[nodiscard]] std::optional<QString> formValue(const QString &key) const;
    /// Decoded query for logs, with the xrfkey value replaced by "***".
    [[nodiscard]] QString maskedQuery() const;
};

/// A complete answer; serialised by hand so it can be written later (latency) or never (drop).
struct HttpReply
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] static HttpReply json(const QJsonDocument &document, int status = 200);
    /// A JSON array of elements already written as compact JSON.
    [[nodiscard]] static HttpReply jsonArray(const QList<QByteArray> &elements);
    [[nodiscard]] static HttpReply
    text(const QByteArray &text, int status,
         const QByteArray &contentType = "text/plain; charset=utf-8");
    [[nodiscard]] static HttpReply html(const QByteArray &html, int status = 200);
    [[nodiscard]] static HttpReply empty(int status);

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
    /// Status line, headers (plus Content-Length) and body, ready for the socket.
    [[nodiscard]] QByteArray toWire() const;
};

[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace qrssim
