#include "simserver.h"

#include "expectcontinue.h"
#include "hostilewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SimServer::SimServer(SimOptions options, Scenario scenario, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_scenario(std::move(scenario))
    , m_executions(m_scenario, m_options.timeScale)
    , m_proxy(m_options.proxy)
    , m_faults(m_options.faults)
    , m_triggers(m_scenario, m_executions)
    , m_routes(m_scenario, m_executions, m_triggers, m_proxy, m_faults,
               {m_options.scriptLogRoute, m_executions.scaled(m_options.scriptLogDelayMs),
                m_options.wire})
    , m_schedules(m_scenario, m_executions)
    , m_log(m_options.logRequests)
{ }

SimServer::SimServer(SimOptions options, CloudScenario scenario, QObject *parent)
    : SimServer(std::move(options), Scenario(), parent)
{
    m_cloud =
        std::make_unique<CloudRoutes>(std::move(scenario), m_options.cloud, m_executions, m_faults);
}

SimServer::~SimServer() = default;

bool SimServer::setUpTls(QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCertFile);
    if (chain.isEmpty()) {
        *error = tr("cannot read a PEM certificate from %1").arg(m_options.tlsCertFile);
        return false;
    }
    QFile keyFile(m_options.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read key file %1: %2").arg(m_options.tlsKeyFile, keyFile.errorString());
        return false;
    }
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = tr("cannot read a PEM private key from %1").arg(m_options.tlsKeyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!m_options.clientCaFile.isEmpty()) {
        // The repository's port 4242: no client certificate signed by its CA, no handshake.
        const QList<QSslCertificate> clientCas = QSslCertificate::fromPath(m_options.clientCaFile);
        if (clientCas.isEmpty()) {
            *error = tr("cannot read a PEM certificate from %1").arg(m_options.clientCaFile);
            return false;
        }
        configuration.setCaCertificates(clientCas);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    m_sslConfiguration = configuration;
    return true;
}

bool SimServer::start(QString *error)
{
    if (m_options.host == "localhost"_L1)
        m_address = QHostAddress(QHostAddress::LocalHost);
    else if (!m_address.setAddress(m_options.host)) {
        *error = tr("--host needs an IP address, not \"%1\"").arg(m_options.host);
        return false;
    }
    if (m_options.tls() && !setUpTls(error))
        return false;
    // A server of our own, whose connections answer Expect: 100-continue.
    QTcpServer *server = m_options.tls() ? continuingSslServer(m_sslConfiguration, this)
                                         : new ContinuingTcpServer(this);
    if (!server->listen(m_address, m_options.port)) {
        *error = tr("cannot listen on %1:%2: %3")
                     .arg(m_options.host)
                     .arg(m_options.port)
                     .arg(server->errorString());
        delete server;
        return false;
    }
    m_port = server->serverPort();
    bind(server);
    return true;
}

QString SimServer::url() const
{
    const bool ipv6 = m_address.protocol() == QAbstractSocket::IPv6Protocol;
    QString url = (m_options.tls() ? u"https://"_s : u"http://"_s) +
        (ipv6 ? u'[' + m_options.host + u']' : m_options.host) + u':' + QString::number(m_port);
    if (!m_cloud && !m_proxy.prefix().isEmpty())
        url += u'/' + m_proxy.prefix();
    return url;
}

SimRequest SimServer::toSimRequest(const QHttpServerRequest &request,
                                   const QTcpSocket *socket) const
{
    SimRequest simRequest;
    simRequest.method = methodName(request.method());
    const QUrl url = request.url();
    simRequest.path = url.path(QUrl::FullyDecoded);
    simRequest.query.setQuery(url.query(QUrl::FullyEncoded));
    for (const auto &header : request.headers())
        simRequest.headers.append({header.first, header.second});
    simRequest.body = request.body();
    simRequest.tls = m_options.tls();
    simRequest.connection = reinterpret_cast<quintptr>(socket);
    return simRequest;
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!m_sockets.contains(socket)) {
        m_sockets.removeAll(nullptr);
        m_sockets.append(socket);
    }
    const SimRequest simRequest = toSimRequest(request, socket);
    if (simRequest.path.startsWith("/__sim/"_L1)) {
        send(socket, control(simRequest, socket), 0);
        return true;
    }

    const qint64 now = m_executions.nowMs();
    RequestLog::Entry entry {simRequest.method,
                             simRequest.path,
                             simRequest.maskedQuery(),
                             0,
                             now,
                             m_executions.wallTime(now).toMSecsSinceEpoch()};
    if (m_faults.countRequestAndCheckDrop()) {
        m_log.append(entry);
        drop(socket);
        return true;
    }
    QElapsedTimer handling;
    handling.start();
    const HttpReply reply = m_cloud ? m_cloud->handle(simRequest) : m_routes.handle(simRequest);
    entry.tookMs = handling.elapsed();
    if (isSynchronousStart(simRequest) && m_faults.countStartAndCheckReset()) {
        // The start was carried out; the client never hears of it.
        m_log.append(entry);
        socket->abort();
        return true;
    }
    const QString qrsPath = pathAfterPrefix(simRequest.path);
    if (!qrsPath.isNull() && m_faults.countAndCheckBodyFault(qrsPath)) {
        const BodyFault fault = m_faults.body;
        const bool ownStatus =
            fault.mode == BodyFault::Mode::Huge || fault.mode == BodyFault::Mode::Endless;
        entry.status = ownStatus ? 200 : reply.status;
        m_log.append(entry);
        sendDamaged(socket, reply, fault, m_faults.latencyMs);
        return true;
    }
    entry.status = reply.status;
    m_log.append(entry);
    send(socket, reply, m_faults.latencyMs);
    return true;
}

QString SimServer::pathAfterPrefix(const QString &path) const
{
    if (m_cloud)
        return path;
    const QString root = m_proxy.qrsRoot();
    if (!path.startsWith(root)) // the proxy matches the prefix case-sensitively too
        return {};
    return path.mid(root.size() - 4); // keeps "/qrs"
}

bool SimServer::isSynchronousStart(const SimRequest &request) const
{
    if (m_cloud) // the cloud mode's start: POST /api/v1/reloads
        return request.method == "POST" && request.path == "/api/v1/reloads"_L1;
    const QString qrsPath = pathAfterPrefix(request.path);
    return request.method == "POST" && !qrsPath.isNull() &&
        qrsPath.endsWith("/start/synchronous"_L1, Qt::CaseInsensitive);
}

void SimServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, HttpReply::text("Not found", 404), 0);
}

HttpReply SimServer::control(const SimRequest &request, QTcpSocket *socket)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const QString &path = request.path;
    if (get && path == "/__sim/health"_L1)
        return HttpReply::json(QJsonDocument(QJsonObject {{u"status"_s, u"ok"_s}}));
    if (get && path == "/__sim/requests"_L1)
        return HttpReply::json(QJsonDocument(m_log.toJson()));
    if (post && path == "/__sim/requests/clear"_L1) {
        m_log.clear();
        return HttpReply::empty(204);
    }
    if ((get || post) && path == "/__sim/faults"_L1) {
        if (post) {
            const QJsonDocument body = QJsonDocument::fromJson(request.body);
            if (!body.isObject() || !m_faults.update(body.object()))
                return HttpReply::text(
                    "Body must be a JSON object with failEvery, latencyMs, dropEvery, "
                    "resetAfterStart (numbers >= 0) and body: {mode: huge|endless|trickle|cut|"
                    "stall|none, route, every >= 1, sizeMb 1..4096, trickleMs >= 1, cutAfter, "
                    "maxMs}; GET shows them all",
                    400);
        }
        return HttpReply::json(QJsonDocument(m_faults.toJson()));
    }
    if ((get || post) && path == "/__sim/signins"_L1) {
        if (post) {
            const QJsonDocument body = QJsonDocument::fromJson(request.body);
            if (!body.isObject() || !body.object().value(u"refuse"_s).isBool())
                return HttpReply::text("Body must be {\"refuse\": true|false}", 400);
            m_proxy.setRefusingSignIns(body.object().value(u"refuse"_s).toBool());
        }
        return HttpReply::json(
            QJsonDocument(QJsonObject {{u"refuse"_s, m_proxy.isRefusingSignIns()}}));
    }
    if (get && path == "/__sim/triggers"_L1)
        return HttpReply::json(
            QJsonDocument(QJsonObject {{u"fired"_s, m_triggers.fired()},
                                       {u"started"_s, m_triggers.started()},
                                       {u"skipped"_s, m_triggers.skipped()},
                                       {u"scheduled"_s, m_schedules.started()}}));
    if (post && path == "/__sim/forget"_L1) {
        if (m_cloud)
            m_cloud->forget();
        else
            m_executions.forget();
        return HttpReply::empty(204);
    }
    if (m_cloud && path.startsWith("/__sim/cloud/"_L1))
        return m_cloud->control(request);
    if (post && path == "/__sim/outage"_L1) {
        bool ok = false;
        const int ms = request.queryValue(u"ms"_s).value_or(QString()).toInt(&ok);
        if (!ok || ms < 0)
            return HttpReply::text("Query parameter ms=N (milliseconds) is required", 400);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, this, [this, ms, guard] { beginOutage(ms, guard.data()); });
        return HttpReply::empty(204);
    }
    return HttpReply::text("Unknown control endpoint", 404);
}

void SimServer::send(QTcpSocket *socket, const HttpReply &reply, int delayMs)
{
    QPointer<QTcpSocket> guard(socket);
    const QByteArray wire = reply.toWire();
    auto write = [guard, wire] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState) {
            guard->write(wire);
            guard->flush();
        }
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, write);
    else
        write();
}

void SimServer::sendDamaged(QTcpSocket *socket, const HttpReply &reply, const BodyFault &fault,
                            int delayMs)
{
    if (delayMs <= 0) {
        HostileWriter::start(socket, reply, fault);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, this,
                       [guard, reply, fault] { HostileWriter::start(guard.data(), reply, fault); });
}

void SimServer::drop(QTcpSocket *socket)
{
    // A connection reset in the middle of the answer: the status line and headers arrive, the
    // promised body does not. (Closing before any byte would be invisible to clients that
    // silently resend, as QNetworkAccessManager does on a reused connection.)
    QPointer<QTcpSocket> guard(socket);
    if (guard && guard->state() == QAbstractSocket::ConnectedState) {
        guard->write("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=utf-8\r\n"
                     "Content-Length: 4096\r\n\r\n[{\"id\":");
        guard->flush();
    }
    QTimer::singleShot(0, this, [guard] {
        if (guard)
            guard->abort();
    });
}

void SimServer::beginOutage(int ms, QTcpSocket *controlSocket)
{
    const auto tcpServers = servers();
    for (QTcpServer *server : tcpServers) {
        server->close();
        const auto children = server->findChildren<QTcpSocket *>();
        for (QTcpSocket *child : children) {
            if (!m_sockets.contains(child))
                m_sockets.append(child);
        }
    }
    const auto sockets = m_sockets;
    for (const QPointer<QTcpSocket> &socket : sockets) {
        if (!socket)
            continue;
        if (socket == controlSocket)
            socket->disconnectFromHost(); // let the 204 arrive
        else
            socket->abort();
    }
    m_sockets.removeAll(nullptr);
    QTimer::singleShot(ms, this, &SimServer::listenAgain);
}

void SimServer::listenAgain()
{
    bool listening = true;
    const auto tcpServers = servers();
    for (QTcpServer *server : tcpServers) {
        if (!server->isListening() && !server->listen(m_address, m_port))
            listening = false;
    }
    if (!listening) // the port is briefly taken by someone else: try again soon
        QTimer::singleShot(50, this, &SimServer::listenAgain);
}

} // namespace qrssim
