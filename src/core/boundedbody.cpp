#include "boundedbody.h"

#include <algorithm>

bool BoundedBody::append(QByteArrayView data)
{
    if (m_received + data.size() > limit())
        return false;
    m_received += data.size();
    if (m_data.capacity() == 0) {
        // All the room the body takes, at once: growing step by step would copy it (malloc
        // serves blocks up to 32 MB from the heap once one was freed), holding old and new copy.
        // That is the announced length when there is one, else all the limit allows (untouched
        // room costs address space, not memory).
        if (m_limits.keepTail)
            m_data.reserve(2 * m_limits.maxBytes + data.size());
        else
            m_data.reserve(m_expected > 0 ? std::max<qint64>(m_expected, data.size())
                                          : m_limits.maxBytes);
    }
    if (!m_limits.keepTail) {
        m_data.append(data);
        return true;
    }
    // Keep the last maxBytes. Old bytes are dropped once the buffer holds twice that, so each byte
    // is moved at most once and memory stays under 2 x maxBytes.
    m_data.append(data);
    if (m_data.size() > 2 * m_limits.maxBytes)
        m_data.remove(0, m_data.size() - m_limits.maxBytes);
    return true;
}

QByteArray BoundedBody::take()
{
    if (m_limits.keepTail && m_data.size() > m_limits.maxBytes)
        m_data.remove(0, m_data.size() - m_limits.maxBytes);
    return std::exchange(m_data, {});
}

bool BoundedBody::accepts(qint64 announcedLength) const
{
    return announcedLength <= limit();
}

qint64 BoundedBody::limit() const
{
    return m_limits.keepTail ? m_limits.readCeilingBytes : m_limits.maxBytes;
}
