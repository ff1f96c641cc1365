#pragma once

#include "answerlimits.h"
#include "boundedbody.h"
#include "qrsreply.h"

#include <chrono>
#include <memory>
#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkCookieJar;
class QTcpSocket;

/// One HTTP/1.1 request on a connection of its own that is never sent twice. For requests that
/// must not be repeated (starting a task): QNetworkAccessManager silently sends a request again
/// when its connection closes before the answer, so a task could start several times.
///
/// Uses the request's URL, headers and TLS configuration as QrsRequestBuilder made them, the
/// cookie jar's cookies (and stores the ones the answer sets), reads the answer under its
/// AnswerLimits, a silence timeout (the request's transfer timeout) and a deadline. finished()
/// tells whether the request may have reached the server (wasSent()).
class OneShotRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotRequest)

public:
    OneShotRequest(QByteArray verb, const QNetworkRequest &request, QNetworkCookieJar *cookies,
                   AnswerLimits limits, std::chrono::milliseconds deadline,
                   QObject *parent = nullptr);
    ~OneShotRequest() override;

    /// What goes after the headers (with its Content-Length); none unless set before start().
    void setBody(const QByteArray &body) { m_requestBody = body; }
    void start();
    /// True once any byte of the request was handed to the connection: from then on the server
    /// may have carried it out, whatever the answer.
    [[nodiscard]] bool wasSent() const { return m_sent; }

Q_SIGNALS:
    /// Once; the OneShotRequest deletes itself afterwards.
    void finished(const QrsReply::Answer &answer, const QByteArray &body);

private:
    enum class Stage {
        Connecting,
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Done
    };

    void sendRequest();
    void readAvailable();
    bool parseHead();
    bool parseBody();
    bool takeBody(QByteArrayView data);
    void onSocketError();
    void onDisconnected();
    void complete();
    void fail(QNetworkReply::NetworkError error, QrsReply::Interruption why);
    void finish();
    [[nodiscard]] QByteArray serializedRequest() const;

    QByteArray m_verb;
    QNetworkRequest m_request;
    QByteArray m_requestBody;
    QPointer<QNetworkCookieJar> m_cookies;
    BoundedBody m_body;
    std::unique_ptr<QTcpSocket> m_socket;
    QTimer m_deadline;
    QTimer m_silence;
    QrsReply::Answer m_answer;
    QByteArray m_buffer; ///< received and not parsed yet
    Stage m_stage = Stage::Connecting;
    qint64 m_contentLength = -1; ///< -1: until the connection closes
    qint64 m_chunkLeft = 0;
    qint64 m_headBytes = 0;
    bool m_chunked = false;
    bool m_sent = false;
    bool m_finished = false;
};
