#pragma once

#include <QLatin1StringView>
#include <QRegularExpression>
#include <QString>

namespace qrssim {

/// A GUID in its 8-4-4-4-12 hexadecimal form, as routes take ids.
[[nodiscard]] inline bool isGuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

/// A path segment equal to `b` ignoring case: the repository's routes ignore it.
[[nodiscard]] inline bool same(const QString &a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace qrssim
