#pragma once

#include <optional>
#include <QDateTime>
#include <QString>

/// What a JWT says about itself without checking its signature (the proxy checks that): when it
/// expires, and a warning for people when that is past or near. The token itself is never part
/// of any text made here.
namespace BearerToken {

/// How far ahead an expiry is warned about.
constexpr qint64 WarnAheadSeconds = 24 * 3600;

/// The `exp` claim, or nullopt when the token has none or is no JWT.
[[nodiscard]] std::optional<QDateTime> expiry(const QString &token);

/// "The token expired on …" or "The token expires on … (in 3 h 5 min)"; empty when it expires
/// later than WarnAheadSeconds from `now` or tells no expiry.
[[nodiscard]] QString expiryWarning(const QString &token, const QDateTime &now);
/// The same for an expiry already read (what may be kept where the token may not).
[[nodiscard]] QString expiryWarning(const std::optional<QDateTime> &expires, const QDateTime &now);

} // namespace BearerToken
