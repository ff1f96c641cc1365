#pragma once

#include <QString>
#include <QStringView>

/// The repository's cross-site request forgery key: 16 characters of [0-9A-Za-z], sent both as
/// the `xrfkey` query parameter and as the `X-Qlik-Xrfkey` header.
namespace Xrfkey {
inline constexpr int Length = 16;
/// A fresh key from the system's cryptographic random source.
[[nodiscard]] QString generate();
[[nodiscard]] bool isValid(QStringView key);
} // namespace Xrfkey
