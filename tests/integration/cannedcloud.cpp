#include "cannedcloud.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

CannedCloud::Reply CannedCloud::Reply::json(const QJsonObject &object, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

CannedCloud::Reply CannedCloud::Reply::errors(int status, const QString &code, const QString &title,
                                              const QString &detail)
{
    const QJsonObject error {{u"code"_s, code}, {u"title"_s, title}, {u"detail"_s, detail}};
    return json({{u"errors"_s, QJsonArray {error}}}, status);
}

CannedCloud::Reply CannedCloud::Reply::text(const QByteArray &text, int status,
                                            const QByteArray &contentType)
{
    Reply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = text;
    return reply;
}

CannedCloud::Reply CannedCloud::Reply::silence()
{
    Reply reply;
    reply.delivery = Delivery::Never;
    return reply;
}

CannedCloud::CannedCloud()
{
    m_clock.start();
    m_port = listen(QHostAddress::LocalHost, 0);
}

QUrl CannedCloud::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QList<CannedCloud::Request> CannedCloud::requestsTo(const QByteArray &method,
                                                    const QString &path) const
{
    QList<Request> matching;
    for (const Request &request : m_requests) {
        if (request.method == method && request.path.startsWith(path))
            matching.append(request);
    }
    return matching;
}

bool CannedCloud::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request logged;
    logged.method = methodName(request.method());
    logged.path = request.url().path(QUrl::FullyDecoded);
    logged.query.setQuery(request.url().query(QUrl::FullyEncoded));
    for (const auto &header : request.headers()) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
            logged.authorization = header.second;
    }
    logged.body = request.body();
    logged.arrivedMs = elapsedMs();
    const Reply reply = m_handler ? m_handler(logged) : Reply::errors(404, u"404"_s, u"No"_s, {});
    logged.status = reply.status;
    if (reply.delivery != Reply::Delivery::Never)
        logged.answeredMs = elapsedMs();
    m_requests.append(logged);
    if (reply.delivery == Reply::Delivery::Never)
        return true;

    QByteArray wire = "HTTP/1.1 " + QByteArray::number(reply.status) + " Canned\r\n";
    if (!reply.contentType.isEmpty())
        wire += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        wire += name + ": " + value + "\r\n";
    wire += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    if (reply.delivery == Reply::Delivery::CutInBody) {
        // The head and half the body, then the connection is gone.
        socket->write(wire + reply.body.left(reply.body.size() / 2));
        socket->flush();
        QPointer<QTcpSocket> guard(socket);
        QMetaObject::invokeMethod(
            this,
            [guard] {
                if (guard)
                    guard->disconnectFromHost();
            },
            Qt::QueuedConnection);
        return true;
    }
    socket->write(wire + reply.body);
    return true;
}

void CannedCloud::missingHandler(const QHttpServerRequest &, QTcpSocket *) { }
