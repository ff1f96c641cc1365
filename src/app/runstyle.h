#pragma once

#include "run.h"

#include <QColor>
#include <QIcon>
#include <QString>

/// How a run's state looks everywhere in the app: words, icon and colour.
namespace RunStyle {
/// "Pending", "Started", "Finished successfully", "Not started", "Lost"...
[[nodiscard]] QString statusText(const Run &run);
[[nodiscard]] QString outcomeText(RunOutcome outcome);
[[nodiscard]] QIcon icon(const Run &run);
[[nodiscard]] QIcon outcomeIcon(RunOutcome outcome);
[[nodiscard]] QIcon statusIcon(const TaskStatus &status);
[[nodiscard]] QColor colour(RunOutcome outcome);
} // namespace RunStyle
