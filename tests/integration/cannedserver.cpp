#include "cannedserver.h"

#include <QHostAddress>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

CannedServer::CannedServer()
{
    connect(this, &QTcpServer::pendingConnectionAvailable, this, &CannedServer::onConnection);
    listen(QHostAddress::LocalHost, 0);
}

void CannedServer::answer(int status, const QByteArray &contentType, const QByteArray &body)
{
    m_reply = "HTTP/1.1 " + QByteArray::number(status) + " Canned\r\nContent-Type: " + contentType +
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
        body;
}

void CannedServer::redirect(int status, const QByteArray &location)
{
    m_reply = "HTTP/1.1 " + QByteArray::number(status) + " Canned\r\nLocation: " + location +
        "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

QUrl CannedServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort()));
}

void CannedServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n"))
                return; // the request's headers are not complete yet
            socket->readAll();
            ++m_requests;
            if (m_mute)
                return;
            socket->write(m_reply);
            socket->disconnectFromHost();
        });
    }
}
