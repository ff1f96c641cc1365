#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

/// A raw HTTP/1.1 peer started inside a test: it answers every request with one canned reply,
/// or never answers at all. For replies qrs-sim will not give (malformed JSON, huge bodies).
class CannedServer final : public QTcpServer
{
public:
    CannedServer();

    void answer(int status, const QByteArray &contentType, const QByteArray &body);
    /// Answers every request with a redirect to `location`.
    void redirect(int status, const QByteArray &location);
    /// Accept connections and read requests but never reply.
    void stayMute() { m_mute = true; }
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] int requestCount() const { return m_requests; }

private:
    void onConnection();
    QByteArray m_reply;
    bool m_mute = false;
    int m_requests = 0;
};
