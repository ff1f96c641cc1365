#pragma once

#include <QString>

/// "Start at login": the freedesktop autostart entry of the app
/// (`$XDG_CONFIG_HOME/autostart/<desktop file name>.desktop`). The entry itself is the setting:
/// there is nothing to keep in sync elsewhere.
namespace LoginStart {

/// False where the desktop has no freedesktop autostart (Windows, macOS).
[[nodiscard]] bool isSupported();
[[nodiscard]] QString entryPath();
[[nodiscard]] bool isEnabled();
/// Writes or removes the entry; empty, or why it could not be done.
[[nodiscard]] QString setEnabled(bool enabled);
/// `argument` quoted for an Exec key, as the Desktop Entry Specification says.
[[nodiscard]] QString quotedForExec(const QString &argument);

} // namespace LoginStart
