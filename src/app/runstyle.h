#pragma once

#include "run.h"

#include <QColor>
#include <QDateTime>
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
/// A moment as a table shows it: the local time alone today, with the date on other days;
/// empty for an invalid one.
[[nodiscard]] QString shortMoment(const QDateTime &moment);
} // namespace RunStyle
