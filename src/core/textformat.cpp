#include "textformat.h"

#include <algorithm>
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

QList<QStringView> lastLineViews(QStringView text, int count)
{
    QList<QStringView> lines;
    if (count <= 0)
        return lines;
    const auto isLineEnd = [](QChar c) {
        return c == u'\n' || c == u'\r';
    };
    // Trailing line ends are trailing empty lines: dropped.
    qsizetype end = text.size();
    while (end > 0 && isLineEnd(text.at(end - 1)))
        --end;
    if (end == 0)
        return lines;
    // From the end backwards: CRLF, LF and a lone CR each end a line. Only the tail is read.
    qsizetype lineEnd = end;
    for (qsizetype i = end - 1; i >= 0 && lines.size() < count - 1; --i) {
        const QChar c = text.at(i);
        if (!isLineEnd(c))
            continue;
        lines.prepend(text.sliced(i + 1, lineEnd - i - 1));
        if (c == u'\n' && i > 0 && text.at(i - 1) == u'\r')
            --i;
        lineEnd = i;
    }
    // The first line kept starts after the previous line end (or at the beginning).
    qsizetype start = lineEnd;
    while (start > 0 && !isLineEnd(text.at(start - 1)))
        --start;
    lines.prepend(text.sliced(start, lineEnd - start));
    return lines;
}

bool isTerminalUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
        (c >= 0x2066 && c <= 0x2069);
}

QString forTerminal(QStringView text)
{
    const auto firstUnsafe = std::find_if(text.begin(), text.end(),
                                          [](QChar c) { return isTerminalUnsafe(c.unicode()); });
    if (firstUnsafe == text.end())
        return text.toString();
    QString escaped;
    escaped.reserve(text.size() + 16);
    escaped.append(text.first(firstUnsafe - text.begin()));
    for (auto it = firstUnsafe; it != text.end(); ++it) {
        const char16_t c = it->unicode();
        if (!isTerminalUnsafe(c)) {
            escaped.append(*it);
            continue;
        }
        switch (c) {
        case u'\n':
            escaped.append(QLatin1StringView("\\n"));
            break;
        case u'\r':
            escaped.append(QLatin1StringView("\\r"));
            break;
        case u'\t':
            escaped.append(QLatin1StringView("\\t"));
            break;
        case 0x1b:
            escaped.append(QLatin1StringView("\\e"));
            break;
        default:
            if (c < 0x80)
                escaped.append(QLatin1StringView("\\x"))
                    .append(QString::number(c, 16).rightJustified(2, QLatin1Char('0')));
            else
                escaped.append(QLatin1StringView("\\u"))
                    .append(QString::number(c, 16).rightJustified(4, QLatin1Char('0')));
            break;
        }
    }
    return escaped;
}

} // namespace TextFormat
