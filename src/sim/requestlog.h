#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace qrssim {

/// What the sim answered, for tests (GET /__sim/requests) and for --log-requests on stderr.
/// Query strings are stored decoded with the xrfkey value masked.
class RequestLog final
{
public:
    struct Entry
    {
        QByteArray method;
        QString path;
        QString query;
        int status = 0; ///< 0: the connection was dropped
        qint64 atMs = 0;
        qint64 atEpochMs = 0; ///< the same moment on the wall clock (benchmarks)
        qint64 tookMs = 0; ///< how long the sim took to build the answer (benchmarks)
    };

    explicit RequestLog(bool echoToStderr)
        : m_echo(echoToStderr)
    { }

    void append(const Entry &entry);
    void clear() { m_entries.clear(); }
    [[nodiscard]] QJsonArray toJson() const;
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

private:
    QList<Entry> m_entries;
    bool m_echo = false;
};

} // namespace qrssim
