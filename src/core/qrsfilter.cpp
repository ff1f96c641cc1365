#include "qrsfilter.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
qsizetype encodedLength(QStringView text)
{
    return QUrl::toPercentEncoding(text.toString()).size();
}
} // namespace

namespace QrsFilter {

QString quoted(QStringView value)
{
    QString text = value.toString();
    text.replace(u'\'', u"''"_s);
    return u'\'' + text + u'\'';
}

QString compare(QStringView field, QStringView op, QStringView value)
{
    return field.toString() + u' ' + op.toString() + u' ' + quoted(value);
}

QString equalsGuid(QStringView field, QStringView guid)
{
    return field.toString() + u" eq "_s + guid.toString();
}

QStringList anyOfGuids(QStringView field, const QStringList &guids, int maxEncodedLength)
{
    // Percent-encoding works character by character, so the encoded length of
    // "a or b" is the sum of the encoded lengths of its parts: chunks grow term by term.
    static const QString separator = u" or "_s;
    const qsizetype separatorLength = encodedLength(separator);

    QStringList chunks;
    QString chunk;
    qsizetype chunkLength = 0;
    for (const QString &guid : guids) {
        const QString term = equalsGuid(field, guid);
        const qsizetype termLength = encodedLength(term);
        if (!chunk.isEmpty() && chunkLength + separatorLength + termLength <= maxEncodedLength) {
            chunk += separator + term;
            chunkLength += separatorLength + termLength;
            continue;
        }
        if (!chunk.isEmpty())
            chunks.append(chunk);
        // A term longer than the limit on its own still gets a chunk: dropping a value
        // silently would be worse than one long request.
        chunk = term;
        chunkLength = termLength;
    }
    if (!chunk.isEmpty())
        chunks.append(chunk);
    return chunks;
}

} // namespace QrsFilter
