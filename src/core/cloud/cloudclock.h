#pragma once

#include <functional>
#include <QDateTime>

/// Where the Qlik Cloud client's parts read the time (token expiry, rate-limit windows, holds):
/// UTC. Tests hand in a clock of their own and move it on by hand.
using CloudClock = std::function<QDateTime()>;

/// The system's UTC time when first asked, carried on by a monotonic timer: setting the system
/// clock back or forward while the program runs moves no expiry and no window.
[[nodiscard]] CloudClock steadyUtcClock();
