#pragma once

#include "historyrecord.h"

#include <array>
#include <optional>
#include <QHash>
#include <QList>
#include <QString>

/// How long each task typically takes: the median of its last successful runs.
class TypicalDurations final
{
public:
    /// How many successful runs per task count.
    static constexpr int Window = 20;
    /// How many successful runs a task needs before it has a typical duration.
    static constexpr int MinimumRuns = 3;

    [[nodiscard]] static QString keyOf(const QString &profileName, const QString &taskId);

    /// Counts a finished run of the task; only successful runs count.
    void add(const QString &taskKey, qint64 durationMs, RunOutcome outcome);
    /// Every record, oldest first.
    void addAll(const QList<HistoryRecord> &records);
    void clear() { m_rings.clear(); }
    /// The median of the task's last Window successful runs, once there are MinimumRuns.
    [[nodiscard]] std::optional<qint64> typicalMs(const QString &taskKey) const;

private:
    struct Ring
    {
        std::array<qint64, Window> durations {};
        int count = 0;
        int next = 0;
    };
    QHash<QString, Ring> m_rings;
};
