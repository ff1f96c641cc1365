#pragma once

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
/// `field eq value` for an unquoted value (guids): `ExecutionId eq 1234...`.
[[nodiscard]] QString equalsGuid(QStringView field, QStringView guid);
/// `field eq v1 or field eq v2 ...` split into expressions whose percent-encoded length stays
/// at most `maxEncodedLength` characters each. Every value lands in exactly one chunk.
[[nodiscard]] QStringList anyOfGuids(QStringView field, const QStringList &guids,
                                     int maxEncodedLength);
} // namespace QrsFilter
