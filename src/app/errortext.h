#pragma once

#include "qlikerror.h"

#include <QString>

/// Words for people about what went wrong talking to a repository.
namespace ErrorText {
/// "Not authenticated: <the error's own explanation>": a headline for the error's category
/// followed by core's message, which already says what to check.
[[nodiscard]] QString explain(const QlikError &error);
} // namespace ErrorText
