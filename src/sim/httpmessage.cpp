#include "httpmessage.h"

using namespace Qt::StringLiterals;

namespace qrssim {

QByteArray SimRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SimRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QByteArray> SimRequest::cookie(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(';')) {
            const QByteArray trimmed = part.trimmed();
            const qsizetype eq = trimmed.indexOf('=');
            if (eq > 0 && trimmed.left(eq) == name)
                return trimmed.mid(eq + 1);
        }
    }
    return std::nullopt;
}

std::optional<QString> SimRequest::queryValue(const QString &key) const
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

std::optional<QString> SimRequest::formValue(const QString &key) const
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    QString encoded = query.queryItemValue(key, QUrl::FullyEncoded);
    encoded.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

QString SimRequest::maskedQuery() const
{
    QStringList parts;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.compare("xrfkey"_L1, Qt::CaseInsensitive) == 0)
            parts.append(key + "=***"_L1);
        else
            parts.append(key + u'=' + value);
    }
    return parts.join(u'&');
}

HttpReply HttpReply::json(const QJsonDocument &document, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.addHeader("Content-Type", "application/json;charset=utf-8");
    reply.body = document.toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::jsonArray(const QList<QByteArray> &elements)
{
    HttpReply reply;
    reply.addHeader("Content-Type", "application/json;charset=utf-8");
    qsizetype size = 2 + elements.size();
    for (const QByteArray &element : elements)
        size += element.size();
    reply.body.reserve(size);
    reply.body.append('[');
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (i > 0)
            reply.body.append(',');
        reply.body.append(elements.at(i));
    }
    reply.body.append(']');
    return reply;
}

HttpReply HttpReply::text(const QByteArray &text, int status, const QByteArray &contentType)
{
    HttpReply reply;
    reply.status = status;
    reply.addHeader("Content-Type", contentType);
    reply.body = text;
    return reply;
}

HttpReply HttpReply::html(const QByteArray &html, int status)
{
    return text(html, status, "text/html; charset=utf-8");
}

HttpReply HttpReply::empty(int status)
{
    HttpReply reply;
    reply.status = status;
    return reply;
}

QByteArray HttpReply::toWire() const
{
    QByteArray wire =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        wire += name + ": " + value + "\r\n";
    wire += "Server: qrs-sim\r\n";
    wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    wire += body;
    return wire;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace qrssim
