#include "singleinstance.h"

#include "appidentity.h"

#include <optional>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcInstance, "qtr.instance")

QByteArray encode(const SingleInstance::Request &request)
{
    QJsonObject object {{u"profile"_s, request.profile},
                        {u"tasks"_s, QJsonArray::fromStringList(request.tasks)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<SingleInstance::Request> decode(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject())
        return std::nullopt;
    SingleInstance::Request request;
    request.profile = document.object().value(u"profile"_s).toString();
    for (const QJsonValue &task : document.object().value(u"tasks"_s).toArray()) {
        if (task.isString() && !task.toString().trimmed().isEmpty())
            request.tasks.append(task.toString().trimmed());
    }
    return request;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    // Per user (the socket lives in the user's runtime or temp directory) and per settings.
    const QByteArray user = qgetenv("USER") + qgetenv("USERNAME");
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(user + '\0' + key.toUtf8()), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    m_serverName = AppIdentity::ApplicationName + u'-' + QString::fromLatin1(digest);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const Request &request, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers once it has taken the request.
    return socket.waitForReadyRead(timeoutMs) && socket.readLine(16).startsWith("ok");
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // Left behind by an instance that crashed: nobody answered handOver(), so it is stale.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            qCWarning(lcInstance) << "cannot listen for later starts:" << m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > MaxRequestBytes)
                return socket->abort();
            if (!socket->canReadLine())
                return;
            const auto request = decode(socket->readLine(MaxRequestBytes));
            socket->write(request ? "ok\n" : "bad\n");
            socket->flush();
            socket->disconnectFromServer();
            if (request)
                Q_EMIT requested(*request);
        });
    }
}
