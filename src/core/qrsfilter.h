#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// Builds QRS `filter=` expressions. Values are quoted (single quotes doubled); the result is
/// plain text: percent-encoding happens once, in the request builder.
namespace QrsFilter {
/// `'It''s'`
[[nodiscard]] QString quoted(QStringView value);
/// `name eq 'Reload Sales'`; `op` is one of eq ne sw ew so.
[[nodiscard]] QString compare(QStringView field, QStringView op, QStringView value);
/// `field eq value` for an unquoted guid: `ExecutionId eq 1234...`. Anything that is not a guid
/// is quoted like compare() does, so it cannot add terms to the filter.
[[nodiscard]] QString equalsGuid(QStringView field, QStringView guid);
/// The length of `text` once percent-encoded, as it goes into a URL.
[[nodiscard]] qsizetype encodedLength(QStringView text);
/// One `or` of consecutive terms: `terms[first] or ... or terms[first + count - 1]`.
struct Chunk
{
    QString expression;
    qsizetype first = 0;
    qsizetype count = 0;
};
/// The terms joined with `or`, split into expressions whose percent-encoded length stays at most
/// `maxEncodedLength` characters each (a longer term still gets one of its own). Every term
/// lands in exactly one chunk, in order.
[[nodiscard]] QList<Chunk> anyOf(const QStringList &terms, int maxEncodedLength);
} // namespace QrsFilter
