#pragma once

#include "answerlimits.h"
#include "boundedbody.h"
#include "certificatepin.h"
#include "qrsreply.h"

#include <chrono>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

/// Reads one QNetworkReply under its AnswerLimits: the body is taken as it arrives (Qt buffers
/// at most a little of it), an answer that announces or reaches more than its limit is aborted
/// at once, and so is a request still going at its deadline. Emits finished() once, with the
/// Answer that QrsReply judges, and deletes itself and the reply afterwards.
class AnswerReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerReader)

public:
    /// Takes charge of `reply` (made a child of the reader).
    AnswerReader(QNetworkReply *reply, AnswerLimits limits, std::chrono::milliseconds deadline,
                 QObject *parent = nullptr);
    ~AnswerReader() override;

    /// Stops reading without emitting finished().
    void cancel();

Q_SIGNALS:
    void finished(const QrsReply::Answer &answer, const QByteArray &body);

private:
    void readAvailable();
    void interrupt(QrsReply::Interruption why);
    void onFinished();
    /// The server's certificate is the pinned one (or none was presented yet).
    [[nodiscard]] bool peerIsPinned();

    QPointer<QNetworkReply> m_reply;
    BoundedBody m_body;
    QTimer m_deadline;
    QrsReply::TlsTrouble m_tls;
    CertificatePin m_pin; ///< of the request; not set for most
    QString m_peerFingerprint;
    QrsReply::Interruption m_interruption = QrsReply::Interruption::None;
};
