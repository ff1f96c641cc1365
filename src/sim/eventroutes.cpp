#include "eventroutes.h"

#include "qrswire.h"
#include "routetext.h"
#include "simfilter.h"

#include <algorithm>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

const QString kNoDate = u"1753-01-01T00:00:00.000Z"_s;
const QString kModifiedBy = u"ACME\\qlikadmin"_s;

/// The task slots of an event or rule, by task type.
const QStringList kSlots {u"reloadTask"_s, u"externalProgramTask"_s, u"userSyncTask"_s};

int slotOf(int taskType)
{
    return taskType == 1 || taskType == 2 ? taskType : 0;
}

/// `reloadtask`, `reloadtask.id`, `reloadtask.name` and the same for the other slots.
QStringList slotFields(const QString &prefix)
{
    QStringList fields;
    for (const QString &slot : kSlots) {
        const QString name = prefix + slot.toLower();
        fields << name << name + u".id"_s << name + u".name"_s;
    }
    return fields;
}

/// The task in the slot of its type, the other two null.
void insertSlots(QJsonObject *object, const ScenarioTask *task)
{
    for (qsizetype i = 0; i < kSlots.size(); ++i) {
        const bool here = task && slotOf(task->taskType) == i;
        object->insert(kSlots.at(i),
                       here ? QJsonValue(QrsWire::taskCondensed(*task)) : QJsonValue());
    }
}

/// A window as QRS's timeConstraint: whole days, hours, minutes and seconds (rounded up).
QJsonObject timeConstraint(qint64 windowMs)
{
    const qint64 seconds = (windowMs + 999) / 1000;
    return QJsonObject {{u"days"_s, seconds / 86'400},
                        {u"hours"_s, seconds % 86'400 / 3600},
                        {u"minutes"_s, seconds % 3600 / 60},
                        {u"seconds"_s, seconds % 60}};
}

} // namespace

EventRoutes::EventRoutes(const Scenario &scenario, const Executions &executions,
                         const Triggers &triggers)
    : m_scenario(scenario)
    , m_executions(executions)
    , m_triggers(triggers)
{ }

std::optional<HttpReply> EventRoutes::handle(const SimRequest &request,
                                             const QStringList &segments) const
{
    if (request.method != "GET" || segments.isEmpty() || segments.size() > 2)
        return std::nullopt;
    if (same(segments.at(0), "compositeevent"_L1))
        return compositeEvents(request, segments);
    if (same(segments.at(0), "schemaevent"_L1))
        return schemaEvents(request, segments);
    return std::nullopt;
}

HttpReply EventRoutes::list(const SimRequest &request, const QStringList &fields, qsizetype size,
                            const FieldOf &field, const Render &render, bool count)
{
    QString error;
    const auto filter =
        SimFilter::parse(request.formValue(u"filter"_s).value_or(QString()), fields, &error);
    if (!filter)
        return HttpReply::text(error.toUtf8(), 400);
    const auto order =
        SimOrderBy::parse(request.formValue(u"orderby"_s).value_or(QString()), fields, &error);
    if (!order)
        return HttpReply::text(error.toUtf8(), 400);
    QList<qsizetype> matching;
    for (qsizetype i = 0; i < size; ++i) {
        if (filter->matches([&](const QString &name) { return field(i, name); }))
            matching.append(i);
    }
    if (count)
        return HttpReply::json(QJsonDocument(QJsonObject {{u"value"_s, matching.size()}}));
    if (!order->field.isEmpty())
        std::stable_sort(matching.begin(), matching.end(), [&](qsizetype a, qsizetype b) {
            const int compared =
                SimFilter::compareValues(field(a, order->field), field(b, order->field));
            return order->descending ? compared > 0 : compared < 0;
        });
    QJsonArray objects;
    for (const qsizetype i : std::as_const(matching))
        objects.append(render(i));
    return HttpReply::json(QJsonDocument(objects));
}

QString EventRoutes::slotField(const ScenarioTask *task, const QString &field)
{
    const qsizetype dot = field.indexOf(u'.');
    const QString slot = field.left(dot);
    const bool here = task && kSlots.at(slotOf(task->taskType)).toLower() == slot;
    if (dot < 0)
        return here ? QrsWire::guid(task->id) : u"null"_s;
    if (!here)
        return {};
    return field.endsWith(".name"_L1) ? task->name : QrsWire::guid(task->id);
}

QString EventRoutes::compositeField(const ScenarioTrigger &trigger, const QString &field) const
{
    if (field == "id"_L1)
        return QrsWire::guid(trigger.id);
    if (field == "name"_L1)
        return trigger.name;
    if (field == "enabled"_L1)
        return trigger.enabled ? u"true"_s : u"false"_s;
    if (field == "eventtype"_L1)
        return u"1"_s;
    static const QLatin1StringView rulesPrefix("compositerules.");
    if (!field.startsWith(rulesPrefix))
        return slotField(m_scenario.task(trigger.taskId), field);
    // A field of the rules holds a value per rule: a term holds when it holds for one of them.
    const QString ruleField = field.mid(rulesPrefix.size());
    QStringList values;
    for (const ScenarioTriggerRule &rule : trigger.rules) {
        values.append(ruleField == "rulestate"_L1
                          ? QString::number(rule.state)
                          : slotField(m_scenario.task(rule.taskId), ruleField));
    }
    return values.join(SimFilter::ListSeparator);
}

HttpReply EventRoutes::compositeEvents(const SimRequest &request, const QStringList &s) const
{
    const QList<ScenarioTrigger> &triggers = m_scenario.triggers();
    const bool full = s.size() == 2 && same(s.at(1), "full"_L1);
    const bool count = s.size() == 2 && same(s.at(1), "count"_L1);
    if (s.size() == 1 || full || count) {
        static const QStringList fields =
            QStringList {u"id"_s, u"name"_s, u"enabled"_s, u"eventtype"_s,
                         u"compositerules.rulestate"_s} +
            slotFields(QString()) + slotFields(u"compositerules."_s);
        return list(
            request, fields, triggers.size(),
            [&](qsizetype i, const QString &field) {
                return compositeField(triggers.at(i), field);
            },
            [&](qsizetype i) {
                if (full)
                    return compositeEvent(triggers.at(i));
                const ScenarioTrigger &trigger = triggers.at(i);
                return QJsonObject {{u"id"_s, QrsWire::guid(trigger.id)},
                                    {u"name"_s, trigger.name},
                                    {u"enabled"_s, trigger.enabled},
                                    {u"eventType"_s, 1},
                                    {u"privileges"_s, QJsonValue()}};
            },
            count);
    }
    if (!isGuid(s.at(1)))
        return HttpReply::text(u"Invalid id: \"%1\" is not a guid"_s.arg(s.at(1)).toUtf8(), 400);
    const ScenarioTrigger *trigger = m_scenario.trigger(QUuid(s.at(1)));
    if (!trigger)
        return HttpReply::text(
            u"Cannot find a CompositeEvent with id %1"_s.arg(s.at(1).toLower()).toUtf8(), 404);
    return HttpReply::json(QJsonDocument(compositeEvent(*trigger)));
}

QJsonObject EventRoutes::compositeEvent(const ScenarioTrigger &trigger) const
{
    const ScenarioTask *task = m_scenario.task(trigger.taskId);
    QJsonArray rules;
    for (const ScenarioTriggerRule &rule : trigger.rules) {
        const Triggers::RuleState state = m_triggers.ruleState(rule.id);
        QJsonObject object {{u"id"_s, QrsWire::guid(rule.id)}, {u"ruleState"_s, int(rule.state)}};
        insertSlots(&object, m_scenario.task(rule.taskId));
        const QUuid operationalId =
            Scenario::generatedId(u"compositeruleoperational"_s, QrsWire::guid(rule.id));
        object.insert(u"operational"_s,
                      QJsonObject {{u"id"_s, QrsWire::guid(operationalId)},
                                   {u"timeStamp"_s,
                                    state.lastMetMs < 0
                                        ? kNoDate
                                        : QrsWire::date(m_executions.wallTime(state.lastMetMs))},
                                   {u"currentState"_s, state.met ? 1 : 0}});
        rules.append(object);
    }
    QJsonObject object {
        {u"id"_s, QrsWire::guid(trigger.id)},
        {u"createdDate"_s, QrsWire::date(task ? task->createdDate : QDateTime())},
        {u"modifiedDate"_s, QrsWire::date(task ? task->modifiedDate : QDateTime())},
        {u"modifiedByUserName"_s, kModifiedBy},
        {u"name"_s, trigger.name},
        {u"enabled"_s, trigger.enabled},
        {u"eventType"_s, 1},
        {u"timeConstraint"_s, timeConstraint(m_executions.scaled(trigger.windowMs))},
        {u"compositeRules"_s, rules},
        {u"privileges"_s, QJsonValue()},
        {u"schemaPath"_s, u"CompositeEvent"_s},
    };
    insertSlots(&object, task);
    return object;
}

QList<const ScenarioTask *> EventRoutes::scheduledTasks() const
{
    QList<const ScenarioTask *> tasks;
    for (const ScenarioTask &task : m_scenario.tasks()) {
        if (task.scheduleEveryMs > 0)
            tasks.append(&task);
    }
    return tasks;
}

QUuid EventRoutes::schemaEventId(const ScenarioTask &task)
{
    return Scenario::generatedId(u"schemaevent"_s, QrsWire::guid(task.id));
}

HttpReply EventRoutes::schemaEvents(const SimRequest &request, const QStringList &s) const
{
    const QList<const ScenarioTask *> tasks = scheduledTasks();
    const bool full = s.size() == 2 && same(s.at(1), "full"_L1);
    const bool count = s.size() == 2 && same(s.at(1), "count"_L1);
    if (s.size() == 1 || full || count) {
        static const QStringList fields =
            QStringList {u"id"_s, u"name"_s, u"enabled"_s, u"eventtype"_s} + slotFields(QString());
        return list(
            request, fields, tasks.size(),
            [&](qsizetype i, const QString &field) -> QString {
                const ScenarioTask &task = *tasks.at(i);
                if (field == "id"_L1)
                    return QrsWire::guid(schemaEventId(task));
                if (field == "name"_L1)
                    return schemaEventName(task);
                if (field == "enabled"_L1)
                    return u"true"_s;
                if (field == "eventtype"_L1)
                    return u"0"_s;
                return slotField(&task, field);
            },
            [&](qsizetype i) {
                const QJsonObject event = schemaEvent(*tasks.at(i));
                if (full)
                    return event;
                return QJsonObject {{u"id"_s, event.value(u"id"_s)},
                                    {u"name"_s, event.value(u"name"_s)},
                                    {u"enabled"_s, true},
                                    {u"eventType"_s, 0},
                                    {u"privileges"_s, QJsonValue()}};
            },
            count);
    }
    if (!isGuid(s.at(1)))
        return HttpReply::text(u"Invalid id: \"%1\" is not a guid"_s.arg(s.at(1)).toUtf8(), 400);
    for (const ScenarioTask *task : tasks) {
        if (schemaEventId(*task) == QUuid(s.at(1)))
            return HttpReply::json(QJsonDocument(schemaEvent(*task)));
    }
    return HttpReply::text(
        u"Cannot find a SchemaEvent with id %1"_s.arg(s.at(1).toLower()).toUtf8(), 404);
}

QString EventRoutes::schemaEventName(const ScenarioTask &task) const
{
    return u"Every %1 ms"_s.arg(m_executions.scaled(task.scheduleEveryMs));
}

QJsonObject EventRoutes::schemaEvent(const ScenarioTask &task) const
{
    const qint64 everyMs = m_executions.scaled(task.scheduleEveryMs);
    const qint64 firstMs = m_executions.scaled(task.scheduleFirstAtMs);
    QJsonObject object {
        {u"id"_s, QrsWire::guid(schemaEventId(task))},
        {u"createdDate"_s, QrsWire::date(task.createdDate)},
        {u"modifiedDate"_s, QrsWire::date(task.modifiedDate)},
        {u"modifiedByUserName"_s, kModifiedBy},
        {u"name"_s, schemaEventName(task)},
        {u"enabled"_s, true},
        {u"eventType"_s, 0},
        {u"timeZone"_s, u"UTC"_s},
        {u"daylightSavingTime"_s, 0},
        {u"startDate"_s, QrsWire::date(m_executions.wallTime(firstMs))},
        {u"expression"_s, QString()},
        {u"incrementOption"_s, 0},
        {u"incrementDescription"_s, u"%1 ms"_s.arg(everyMs)},
        {u"privileges"_s, QJsonValue()},
        {u"schemaPath"_s, u"SchemaEvent"_s},
    };
    insertSlots(&object, &task);
    return object;
}

} // namespace qrssim
