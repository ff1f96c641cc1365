#pragma once

#include "faults.h"
#include "httpmessage.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace qrssim {

/// Writes a damaged answer (BodyFault) to one connection without blocking the sim: large and
/// endless bodies are produced as the socket drains (bytesWritten), trickles and stalls run on
/// timers. Each writer lives as a child of its socket (gone with the connection) and closes the
/// connection itself after the fault's time limit, so nothing it does is unbounded.
class HostileWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileWriter)

public:
    /// Starts writing \a reply (the real answer of the route) damaged as \a fault says.
    static void start(QTcpSocket *socket, const HttpReply &reply, const BodyFault &fault);

    ~HostileWriter() override;

private:
    HostileWriter(QTcpSocket *socket, const HttpReply &reply, const BodyFault &fault);

    void begin();
    /// Huge and endless: tops the socket's buffers up whenever they drain.
    void writeAsItDrains();
    /// Bytes waiting in the socket's buffers (plain and, over TLS, encrypted).
    [[nodiscard]] qint64 pendingBytes() const;
    void topUp();
    void trickleOne();
    /// Next piece of the huge body, at most \a max bytes.
    [[nodiscard]] QByteArray hugePiece(qint64 max);
    [[nodiscard]] QByteArray endlessChunk();
    void write(const QByteArray &bytes);
    /// Closes the connection gracefully (pending bytes are sent first) or resets it.
    void finish(bool reset);

    QPointer<QTcpSocket> m_socket;
    BodyFault m_fault;
    QByteArray m_head; ///< status line and headers of the real answer
    QByteArray m_body; ///< body of the real answer
    qint64 m_position = 0; ///< bytes of the body written so far
    qint64 m_total = 0; ///< huge: promised body length
    QTimer m_deadline;
    QTimer m_tick;
};

} // namespace qrssim
