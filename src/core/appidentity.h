#pragma once

#include <QLatin1StringView>

/// The names the desktop app keeps its settings under (QSettings: native format, user scope).
/// The command line reads the app's saved connection profiles from the same place, so both must
/// use these constants and nothing else.
namespace AppIdentity {
inline constexpr QLatin1StringView OrganizationName("QlikTaskRunner");
inline constexpr QLatin1StringView ApplicationName("qlik-task-runner");
} // namespace AppIdentity
