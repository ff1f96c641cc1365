#pragma once

#include "qlikerror.h"

#include <QString>

/// Words for people about what went wrong talking to a repository.
namespace ErrorText {
/// A sentence that says what happened and what to check, built from the error's category
/// and the server's message.
[[nodiscard]] QString explain(const QlikError &error);
} // namespace ErrorText
