#pragma once

#include "cloudroutes.h"
#include "executions.h"
#include "faults.h"
#include "httpmessage.h"
#include "qrsroutes.h"
#include "requestlog.h"
#include "scenario.h"
#include "schedules.h"
#include "simoptions.h"
#include "triggers.h"
#include "virtualproxy.h"

#include <memory>
#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>

class QTcpSocket;

namespace qrssim {

/// The HTTP side of the sim: turns requests into SimRequests, applies the injected faults
/// (drop, latency, outage, reset after start, damaged bodies), answers /__sim control endpoints and
/// logs every QRS request. Replies are serialised by hand and written through a guarded socket
/// pointer, so a reply can be sent later (latency) or not at all (drop) without touching a socket
/// that is gone.
class SimServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    SimServer(SimOptions options, Scenario scenario, QObject *parent = nullptr);
    /// The cloud mode (--cloud): a Qlik Cloud tenant's REST API on \a scenario.
    SimServer(SimOptions options, CloudScenario scenario, QObject *parent = nullptr);
    ~SimServer() override;

    /// Sets up TLS (if configured) and listens; false with a reason in *error.
    [[nodiscard]] bool start(QString *error);
    [[nodiscard]] quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT/opcon" (no path when the prefix is empty or in the cloud mode).
    [[nodiscard]] QString url() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    [[nodiscard]] SimRequest toSimRequest(const QHttpServerRequest &request,
                                          const QTcpSocket *socket) const;
    [[nodiscard]] HttpReply control(const SimRequest &request, QTcpSocket *socket);
    void send(QTcpSocket *socket, const HttpReply &reply, int delayMs);
    /// Writes \a reply damaged as \a fault says (HostileWriter), \a delayMs later.
    void sendDamaged(QTcpSocket *socket, const HttpReply &reply, const BodyFault &fault,
                     int delayMs);
    /// "/qrs/..." for a path under the QRS root (the cloud mode: the whole path); a null string
    /// for any other path.
    [[nodiscard]] QString pathAfterPrefix(const QString &path) const;
    [[nodiscard]] bool isSynchronousStart(const SimRequest &request) const;
    void drop(QTcpSocket *socket);
    void beginOutage(int ms, QTcpSocket *controlSocket);
    void listenAgain();
    [[nodiscard]] bool setUpTls(QString *error);

    SimOptions m_options;
    Scenario m_scenario;
    Executions m_executions;
    VirtualProxy m_proxy;
    Faults m_faults;
    Triggers m_triggers;
    QrsRoutes m_routes;
    Schedules m_schedules;
    RequestLog m_log;
    QHostAddress m_address;
    quint16 m_port = 0;
    QSslConfiguration m_sslConfiguration; ///< TLS (--tls-cert): what the server presents
    QList<QPointer<QTcpSocket>> m_sockets; ///< connections seen, to abort on an outage
    std::unique_ptr<CloudRoutes> m_cloud; ///< the cloud mode's routes; null in QRS mode
};

} // namespace qrssim
