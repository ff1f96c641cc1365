#include "typicaldurations.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString TypicalDurations::keyOf(const QString &profileName, const QString &taskId)
{
    return profileName + u'\n' + taskId.toLower();
}

void TypicalDurations::add(const QString &taskKey, qint64 durationMs, RunOutcome outcome)
{
    if (outcome != RunOutcome::Succeeded)
        return;
    Ring &ring = m_rings[taskKey];
    ring.durations.at(ring.next) = durationMs;
    ring.next = (ring.next + 1) % Window;
    ring.count = std::min(ring.count + 1, Window);
}

void TypicalDurations::addAll(const QList<HistoryRecord> &records)
{
    for (const HistoryRecord &record : records)
        add(keyOf(record.profileName, record.taskId), record.durationMs, record.outcome);
}

std::optional<qint64> TypicalDurations::typicalMs(const QString &taskKey) const
{
    const auto it = m_rings.constFind(taskKey);
    if (it == m_rings.cend() || it->count < MinimumRuns)
        return std::nullopt;
    std::array<qint64, Window> sorted = it->durations;
    const auto end = sorted.begin() + it->count;
    std::sort(sorted.begin(), end);
    const int middle = it->count / 2;
    if (it->count % 2 == 1)
        return sorted.at(middle);
    return (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}
