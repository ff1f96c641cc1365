#include "textformat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace TextFormat {

QString duration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return QCoreApplication::translate("TextFormat", "%1 ms").arg(ms);
    const qint64 totalSeconds = ms / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    if (hours > 0)
        return QCoreApplication::translate("TextFormat", "%1 h %2 min")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QCoreApplication::translate("TextFormat", "%1 min %2 s")
            .arg(minutes)
            .arg(seconds, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("TextFormat", "%1 s").arg(seconds);
}

QString lastLines(const QString &text, int count)
{
    if (count <= 0)
        return {};
    static const QRegularExpression lineEnd(QStringLiteral("\r\n|\r|\n"));
    QStringList lines = text.split(lineEnd);
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QLatin1Char('\n'));
}

} // namespace TextFormat
