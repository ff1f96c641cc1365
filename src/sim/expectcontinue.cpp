#include "expectcontinue.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace qrssim {

namespace {
/// More than any request's headers: what is looked at ahead of the server.
constexpr qint64 MaxHeadBytes = 64 * 1024;
} // namespace

bool ExpectContinue::asksToContinue(const QByteArray &head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = head.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("expect", Qt::CaseInsensitive) == 0 &&
            line.mid(colon + 1).trimmed().compare("100-continue", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void ExpectContinue::watch(QTcpSocket *socket)
{
    // Connected before the server's own reader: every chunk is seen here first, and the server
    // takes all of it after. A request's headers come in the first chunk of the request.
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket] {
        if (asksToContinue(socket->peek(MaxHeadBytes)))
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    });
}

ContinuingTcpServer::~ContinuingTcpServer() = default;

void ContinuingTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ExpectContinue::watch(socket);
    addPendingConnection(socket);
}

QTcpServer *continuingSslServer(const QSslConfiguration &configuration, QObject *parent)
{
    auto *server = new QSslServer(parent);
    server->setSslConfiguration(configuration);
    QObject::connect(server, &QSslServer::startedEncryptionHandshake, server,
                     [](QSslSocket *socket) { ExpectContinue::watch(socket); });
    return server;
}

} // namespace qrssim
