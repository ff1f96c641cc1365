#include "qrstypes.h"

#include <algorithm>

bool ExecutionResult::showsTheSameAs(const ExecutionResult &other) const
{
    // Everything but the two fields that move without anything to see (copies share the lists).
    ExecutionResult alike = *this;
    alike.durationMs = other.durationMs;
    alike.modifiedDate = other.modifiedDate;
    return alike == other;
}

QList<TaskTrigger::Rule> TaskTrigger::rulesOn(const QString &taskId) const
{
    QList<Rule> matching;
    for (const Rule &rule : rules) {
        if (rule.task.id.compare(taskId, Qt::CaseInsensitive) == 0)
            matching.append(rule);
    }
    return matching;
}

void mergeAttempts(QList<ExecutionResult> &attempts, const QList<ExecutionResult> &changed)
{
    for (const ExecutionResult &result : changed) {
        const auto known =
            std::find_if(attempts.begin(), attempts.end(),
                         [&](const ExecutionResult &attempt) { return attempt.id == result.id; });
        if (known != attempts.end())
            *known = result;
        else
            attempts.append(result);
    }
}
