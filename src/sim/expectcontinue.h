#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

class QTcpSocket;

namespace qrssim {

/// Answers `Expect: 100-continue`: a client that sends it (.NET's HttpClient and Windows
/// PowerShell's Invoke-RestMethod do, for a POST with a body) waits for `100 Continue` before it
/// sends the body, and the HTTP server of Qt reads a request whole before it hands it on. The
/// interim answer goes out as soon as the headers have come, read ahead of the server without
/// taking them from it.
class ExpectContinue final
{
public:
    /// Watches the socket's requests; to be called before the HTTP server reads from it.
    static void watch(QTcpSocket *socket);
    /// Whether these bytes (the start of a request) hold complete headers asking for it.
    [[nodiscard]] static bool asksToContinue(const QByteArray &head);
};

/// A plain listening server whose connections are watched by ExpectContinue.
class ContinuingTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContinuingTcpServer)

public:
    using QTcpServer::QTcpServer;
    ~ContinuingTcpServer() override;

protected:
    void incomingConnection(qintptr descriptor) override;
};

/// A TLS listening server (on `configuration`) whose connections are watched by ExpectContinue.
[[nodiscard]] QTcpServer *continuingSslServer(const QSslConfiguration &configuration,
                                              QObject *parent);

} // namespace qrssim
