#include "hostilewriter.h"

#include <algorithm>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kPieceBytes = 64 * 1024; ///< produced at a time
constexpr qint64 kHighWater = 1024 * 1024; ///< never more than this waits in the socket's buffer
constexpr qint64 kUnitBytes = 1024;
constexpr QByteArrayView kUnitOpen = R"({"padding":")";
constexpr QByteArrayView kTailClose = R"("}])";

/// `{"padding":"xxx..."},` of exactly kUnitBytes bytes.
const QByteArray &unit()
{
    static const QByteArray bytes = QByteArray(kUnitOpen.data(), kUnitOpen.size())
                                        .append(QByteArray(kUnitBytes - kUnitOpen.size() - 3, 'x'))
                                        .append(R"("},)");
    return bytes;
}

/// The status line and headers of a 200 JSON answer with \a framing (length or chunked).
QByteArray headOf(const QByteArray &framing)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=utf-8\r\n"
           "Server: qrs-sim\r\n" +
        framing + "\r\n";
}

} // namespace

void HostileWriter::start(QTcpSocket *socket, const HttpReply &reply, const BodyFault &fault)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    auto *writer = new HostileWriter(socket, reply, fault); // owned by the socket
    writer->begin();
}

HostileWriter::HostileWriter(QTcpSocket *socket, const HttpReply &reply, const BodyFault &fault)
    : QObject(socket)
    , m_socket(socket)
    , m_fault(fault)
    , m_body(reply.body)
{
    const QByteArray wire = reply.toWire();
    m_head = wire.left(wire.size() - reply.body.size());
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(m_fault.limitMs());
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(true); });
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(m_fault.trickleMs);
    connect(&m_tick, &QTimer::timeout, this, &HostileWriter::trickleOne);
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        m_tick.stop();
        m_deadline.stop();
        deleteLater();
    });
}

HostileWriter::~HostileWriter() = default;

void HostileWriter::begin()
{
    m_deadline.start();
    switch (m_fault.mode) {
    case BodyFault::Mode::Huge:
        m_total = qint64(m_fault.sizeMb) * kMiB;
        write(headOf("Content-Length: " + QByteArray::number(m_total) + "\r\n"));
        writeAsItDrains();
        break;
    case BodyFault::Mode::Endless:
        write(headOf("Transfer-Encoding: chunked\r\n"));
        writeAsItDrains();
        break;
    case BodyFault::Mode::Trickle:
        write(m_head);
        if (m_body.isEmpty())
            deleteLater();
        else
            m_tick.start();
        break;
    case BodyFault::Mode::Cut: {
        // Always short of the promised length, so the answer is really cut.
        const qint64 sent =
            std::min<qint64>(m_fault.cutAfter, std::max<qint64>(0, m_body.size() - 1));
        write(m_head + m_body.left(sent));
        finish(false);
        break;
    }
    case BodyFault::Mode::Stall:
        write(m_head); // then nothing until the deadline
        break;
    case BodyFault::Mode::None:
        write(m_head + m_body);
        deleteLater();
        break;
    }
}

void HostileWriter::writeAsItDrains()
{
    connect(m_socket, &QIODevice::bytesWritten, this, &HostileWriter::topUp);
    // Over TLS the plain bytes are encrypted at once into a second buffer that drains on its
    // own: its progress is what counts.
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &HostileWriter::topUp);
    topUp();
}

qint64 HostileWriter::pendingBytes() const
{
    qint64 pending = m_socket->bytesToWrite();
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket.data()))
        pending += ssl->encryptedBytesToWrite();
    return pending;
}

void HostileWriter::topUp()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool huge = m_fault.mode == BodyFault::Mode::Huge;
    while (pendingBytes() < kHighWater) {
        if (huge && m_position >= m_total)
            break;
        write(huge ? hugePiece(kPieceBytes) : endlessChunk());
    }
    if (huge && m_position >= m_total && pendingBytes() == 0)
        deleteLater(); // everything promised was sent
}

QByteArray HostileWriter::hugePiece(qint64 max)
{
    // "[" + n units + `{"padding":"x..."}]`: a JSON array of exactly m_total bytes.
    const qint64 units = (m_total - 1 - kUnitOpen.size() - kTailClose.size()) / kUnitBytes;
    const qint64 unitsEnd = 1 + units * kUnitBytes;
    QByteArray piece;
    piece.reserve(max);
    while (piece.size() < max && m_position < m_total) {
        const qint64 room = max - piece.size();
        qint64 taken = 1;
        if (m_position == 0) {
            piece += '[';
        } else if (m_position < unitsEnd) {
            const qint64 offset = (m_position - 1) % kUnitBytes;
            taken = std::min(kUnitBytes - offset, room);
            piece += QByteArrayView(unit()).sliced(offset, taken);
        } else {
            const qint64 tailBytes = m_total - unitsEnd;
            const QByteArray tail =
                QByteArray(kUnitOpen.data(), kUnitOpen.size())
                    .append(QByteArray(tailBytes - kUnitOpen.size() - kTailClose.size(), 'x'))
                    .append(kTailClose);
            const qint64 offset = m_position - unitsEnd;
            taken = std::min(tailBytes - offset, room);
            piece += QByteArrayView(tail).sliced(offset, taken);
        }
        m_position += taken;
    }
    return piece;
}

QByteArray HostileWriter::endlessChunk()
{
    QByteArray data = m_position == 0 ? QByteArray("[") : QByteArray();
    while (data.size() < kPieceBytes)
        data += unit();
    m_position += data.size();
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

void HostileWriter::trickleOne()
{
    if (m_position >= m_body.size()) {
        m_tick.stop();
        deleteLater();
        return;
    }
    write(m_body.mid(m_position, 1));
    ++m_position;
    if (m_socket)
        m_socket->flush();
    if (m_position >= m_body.size()) { // the answer is complete; the connection stays usable
        m_tick.stop();
        deleteLater();
    }
}

void HostileWriter::write(const QByteArray &bytes)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void HostileWriter::finish(bool reset)
{
    m_tick.stop();
    m_deadline.stop();
    if (m_socket) {
        if (reset)
            m_socket->abort();
        else
            m_socket->disconnectFromHost(); // the bytes already written are sent first
    }
    deleteLater();
}

} // namespace qrssim
