#include "qrsfilter.h"

#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace QrsFilter {

qsizetype encodedLength(QStringView text)
{
    return QUrl::toPercentEncoding(text.toString()).size();
}

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
    // Only a guid goes in bare: anything else (a damaged journal, a hostile answer) is quoted
    // like any text, so it can never add terms to the filter.
    const QUuid uuid = QUuid::fromString(guid);
    if (uuid.isNull())
        return compare(field, u"eq", guid);
    return field.toString() + u" eq "_s + uuid.toString(QUuid::WithoutBraces);
}

QList<Chunk> anyOf(const QStringList &terms, int maxEncodedLength)
{
    // Percent-encoding works character by character, so the encoded length of
    // "a or b" is the sum of the encoded lengths of its parts: chunks grow term by term.
    static const QString separator = u" or "_s;
    const qsizetype separatorLength = encodedLength(separator);

    QList<Chunk> chunks;
    qsizetype chunkLength = 0;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const qsizetype termLength = encodedLength(terms[i]);
        if (!chunks.isEmpty() && chunkLength + separatorLength + termLength <= maxEncodedLength) {
            Chunk &chunk = chunks.last();
            chunk.expression += separator + terms[i];
            ++chunk.count;
            chunkLength += separatorLength + termLength;
            continue;
        }
        // A term longer than the limit on its own still gets a chunk: dropping a value
        // silently would be worse than one long request.
        chunks.append({terms[i], i, 1});
        chunkLength = termLength;
    }
    return chunks;
}

} // namespace QrsFilter
