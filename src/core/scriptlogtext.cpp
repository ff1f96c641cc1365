#include "scriptlogtext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ScriptLogText {

QString fromBody(const QByteArray &body)
{
    QString text = QString::fromUtf8(body);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QByteArray withOmittedStart(const QByteArray &tail, qint64 received)
{
    const qint64 omitted = received - tail.size();
    if (omitted <= 0)
        return tail;
    const qsizetype lineStart = tail.indexOf('\n') + 1;
    // In QlikService's context, where the words were first translated.
    const QString note =
        QCoreApplication::translate("QlikService",
                                    "[… the first %1 MB of this log are not shown …]")
            .arg(QString::number(double(omitted + lineStart) / (1024.0 * 1024.0), 'f', 1));
    return note.toUtf8() + "\r\n" + tail.mid(lineStart);
}

} // namespace ScriptLogText
