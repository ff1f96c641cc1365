#pragma once

#include "answerlimits.h"

#include <QByteArray>
#include <utility>

/// The body of one answer as it arrives, held to its AnswerLimits: append() refuses what would
/// pass the size limit (or, for logs, drops the oldest bytes and refuses only past the read
/// ceiling), so memory never grows past the limit whatever the server sends.
class BoundedBody final
{
public:
    explicit BoundedBody(AnswerLimits limits)
        : m_limits(limits)
    { }

    /// False when the body passed its limit; nothing more should be read.
    [[nodiscard]] bool append(QByteArrayView data);
    /// False when an announced length already passes the limit (checked before reading).
    [[nodiscard]] bool accepts(qint64 announcedLength) const;
    /// The answer announced its length (and accepts() it): the body takes room for that much
    /// instead of for all its limit allows.
    void expect(qint64 announcedLength) { m_expected = announcedLength; }

    /// The body (for logs: its last maxBytes); the BoundedBody is empty afterwards.
    [[nodiscard]] QByteArray take();
    /// Everything received, including what was dropped.
    [[nodiscard]] qint64 received() const { return m_received; }
    /// The limit that was passed, for the message.
    [[nodiscard]] qint64 limit() const;

private:
    AnswerLimits m_limits;
    QByteArray m_data;
    qint64 m_received = 0;
    qint64 m_expected = 0; ///< the announced length; 0 when unknown
};
