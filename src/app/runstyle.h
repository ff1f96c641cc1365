#pragma once

#include "chainfollower.h"
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
/// A trigger of a chain that has no run: "Waiting for its trigger", "Will not start".
[[nodiscard]] QString linkText(ChainFollower::Link::State state);
[[nodiscard]] QIcon linkIcon(ChainFollower::Link::State state);
[[nodiscard]] QColor linkColour(ChainFollower::Link::State state);
/// The mark of a run seen on the server (RunOrigin::SeenOnServer): an eye.
[[nodiscard]] QIcon seenOnServerIcon();
/// A moment as a table shows it: the local time alone today, with the date on other days;
/// empty for an invalid one.
[[nodiscard]] QString shortMoment(const QDateTime &moment);
} // namespace RunStyle
