#include "run.h"

bool Run::isFinished() const
{
    return phase == RunPhase::NotSubmitted || phase == RunPhase::Finished ||
        phase == RunPhase::Lost;
}

const ExecutionResult *Run::latest() const
{
    return results.isEmpty() ? nullptr : &results.constLast();
}

std::optional<TaskStatus> Run::status() const
{
    if (const ExecutionResult *result = latest())
        return result->status;
    return std::nullopt;
}

RunOutcome Run::outcome() const
{
    switch (phase) {
    case RunPhase::NotSubmitted:
        return RunOutcome::NotSubmitted;
    case RunPhase::Lost:
        return RunOutcome::Lost;
    case RunPhase::Finished:
        break;
    case RunPhase::Submitting:
    case RunPhase::Pending:
    case RunPhase::Running:
        return RunOutcome::InProgress;
    }
    switch (status().value_or(TaskStatus()).outcome()) {
    case TaskStatus::Outcome::Success:
        return RunOutcome::Succeeded;
    case TaskStatus::Outcome::Failed:
        return RunOutcome::Failed;
    case TaskStatus::Outcome::Aborted:
        return RunOutcome::Aborted;
    case TaskStatus::Outcome::Skipped:
        return RunOutcome::Skipped;
    case TaskStatus::Outcome::Running:
        break;
    }
    return RunOutcome::InProgress;
}

qint64 Run::elapsedMs(const QDateTime &now) const
{
    QDateTime start = requestedAt;
    if (!results.isEmpty() && results.constFirst().startTime.isValid())
        start = results.constFirst().startTime;
    QDateTime end = now;
    if (isFinished()) {
        const ExecutionResult *result = latest();
        end = result && result->stopTime.isValid() ? result->stopTime : finishedAt;
    }
    return start.isValid() && end.isValid() ? qMax<qint64>(0, start.msecsTo(end)) : 0;
}

QString Run::displayName() const
{
    return task.name.isEmpty() ? requested.text() : task.name;
}

QString Run::lastMessage() const
{
    if (error)
        return error->message;
    const ExecutionResult *result = latest();
    if (!result || result->details.isEmpty())
        return startNote;
    for (auto it = result->details.crbegin(); it != result->details.crend(); ++it) {
        if (it->type != ExecutionDetail::Type::Information)
            return it->message;
    }
    return result->details.constLast().message;
}

namespace {
constexpr std::pair<RunOrigin, QStringView> OriginKeys[] = {
    {RunOrigin::Started, u"started"},
    {RunOrigin::Followed, u"followed"},
    {RunOrigin::Triggered, u"triggered"},
    {RunOrigin::SeenOnServer, u"seen"},
};
} // namespace

QString originKey(RunOrigin origin)
{
    for (const auto &[value, key] : OriginKeys) {
        if (value == origin)
            return key.toString();
    }
    return QString();
}

std::optional<RunOrigin> originFromKey(QStringView key)
{
    for (const auto &[value, name] : OriginKeys) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}
