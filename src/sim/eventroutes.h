#pragma once

#include "executions.h"
#include "httpmessage.h"
#include "scenario.h"
#include "triggers.h"

#include <functional>
#include <optional>
#include <QJsonObject>
#include <QStringList>

namespace qrssim {

/// The repository's trigger routes and their JSON: `/qrs/compositeevent` (the task-event
/// triggers, with the `operational` state of their rules) and `/qrs/schemaevent` (one time
/// trigger per task with a `schedule`). GET only; lists take `filter=` and `orderby=`.
class EventRoutes final
{
public:
    EventRoutes(const Scenario &scenario, const Executions &executions, const Triggers &triggers);

    /// The answer for \a segments (the path after `/qrs/`); nullopt when it is no event route.
    [[nodiscard]] std::optional<HttpReply> handle(const SimRequest &request,
                                                  const QStringList &segments) const;

    /// A CompositeEvent as `/qrs/compositeevent/full` shows it.
    [[nodiscard]] QJsonObject compositeEvent(const ScenarioTrigger &trigger) const;
    /// A SchemaEvent of a task with a schedule.
    [[nodiscard]] QJsonObject schemaEvent(const ScenarioTask &task) const;
    /// The id of a scheduled task's SchemaEvent.
    [[nodiscard]] static QUuid schemaEventId(const ScenarioTask &task);

private:
    /// A field (lower case) of object \a index, as the filter and orderby compare it.
    using FieldOf = std::function<QString(qsizetype index, const QString &field)>;
    using Render = std::function<QJsonObject(qsizetype index)>;
    /// Filters, orders and renders \a size objects: a JSON array, or `{"value":N}`.
    [[nodiscard]] static HttpReply list(const SimRequest &request, const QStringList &fields,
                                        qsizetype size, const FieldOf &field, const Render &render,
                                        bool count);
    [[nodiscard]] HttpReply compositeEvents(const SimRequest &request, const QStringList &s) const;
    [[nodiscard]] HttpReply schemaEvents(const SimRequest &request, const QStringList &s) const;
    [[nodiscard]] QString compositeField(const ScenarioTrigger &trigger,
                                         const QString &field) const;
    /// `reloadTask`, `reloadTask.id`, `reloadTask.name` (and the other task types' slots) of a
    /// task: "null" for the bare slot of another type, its id or name otherwise.
    [[nodiscard]] static QString slotField(const ScenarioTask *task, const QString &field);
    [[nodiscard]] QString schemaEventName(const ScenarioTask &task) const;
    /// Tasks with a schedule, in scenario order.
    [[nodiscard]] QList<const ScenarioTask *> scheduledTasks() const;

    const Scenario &m_scenario;
    const Executions &m_executions;
    const Triggers &m_triggers;
};

} // namespace qrssim
