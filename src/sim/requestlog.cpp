#include "requestlog.h"

#include <cstdio>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qrssim {

void RequestLog::append(const Entry &entry)
{
    m_entries.append(entry);
    if (!m_echo)
        return;
    const QString status = entry.status == 0 ? u"dropped"_s : QString::number(entry.status);
    const QString line = u"qrs-sim: %1 %2%3 -> %4\n"_s.arg(
        QString::fromLatin1(entry.method), entry.path,
        entry.query.isEmpty() ? QString() : u'?' + entry.query, status);
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray array;
    for (const Entry &entry : m_entries) {
        array.append(QJsonObject {{u"method"_s, QString::fromLatin1(entry.method)},
                                  {u"path"_s, entry.path},
                                  {u"query"_s, entry.query},
                                  {u"status"_s, entry.status},
                                  {u"atMs"_s, entry.atMs},
                                  {u"atEpochMs"_s, entry.atEpochMs},
                                  {u"tookMs"_s, entry.tookMs}});
    }
    return array;
}

} // namespace qrssim
