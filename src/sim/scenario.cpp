#include "scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace qrssim {
namespace {

const QUuid kNamespace(u"6f1c7c5e-2b7d-4c55-9a52-3c1b0e8d7a10"_s);

constexpr const char *kStatusNames[] = {
    "NeverStarted",
    "Triggered",
    "Started",
    "Queued",
    "AbortInitiated",
    "Aborting",
    "Aborted",
    "FinishedSuccess",
    "FinishedFail",
    "Skipped",
    "Retry",
    "Error",
    "Reset",
    "DistributionQueue",
    "DistributionRunning",
};

QString tr(const char *text)
{
    return QCoreApplication::translate("qrssim::Scenario", text);
}

std::optional<QDateTime> parseDate(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QDateTime();
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        return std::nullopt;
    return date.toUTC();
}

bool readDuration(const QJsonObject &object, QLatin1StringView key, qint64 *target, QString *error,
                  const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || value.toDouble() < 0) {
        *error = tr("%1: \"%2\" must be a number of milliseconds >= 0").arg(where, key);
        return false;
    }
    *target = qint64(value.toDouble());
    return true;
}

} // namespace

QUuid Scenario::generatedId(const QString &kind, const QString &key)
{
    return QUuid::createUuidV5(kNamespace, kind + u':' + key);
}

int Scenario::statusFromName(const QString &name)
{
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    if (isNumber)
        return number >= 0 ? number : -1;
    for (int i = 0; i < int(std::size(kStatusNames)); ++i) {
        if (name.compare(QLatin1StringView(kStatusNames[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString Scenario::statusName(int status)
{
    if (status >= 0 && status < int(std::size(kStatusNames)))
        return QLatin1StringView(kStatusNames[status]);
    return u"Unknown(%1)"_s.arg(status);
}

std::optional<QByteArray> scenarioFileContent(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Scenario", "cannot read scenario file %1: %2")
                     .arg(fileName, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QJsonObject> scenarioRoot(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("Scenario", "JSON error at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("Scenario", "the top level must be a JSON object");
        return std::nullopt;
    }
    return document.object();
}

std::optional<Scenario> Scenario::fromFile(const QString &fileName, QString *error)
{
    const auto content = scenarioFileContent(fileName, error);
    if (!content)
        return std::nullopt;
    QString reason;
    auto scenario = fromJson(*content, &reason);
    if (!scenario)
        *error = tr("invalid scenario file %1: %2").arg(fileName, reason);
    return scenario;
}

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    const auto root = scenarioRoot(json, error);
    if (!root)
        return std::nullopt;
    Scenario scenario;
    if (!scenario.parseStreams(*root, error) || !scenario.parseApps(*root, error) ||
        !scenario.parseTasks(*root, error) ||
        !readDuration(*root, "triggerDelayMs"_L1, &scenario.m_triggerDelayMs, error,
                      tr("the scenario")) ||
        !scenario.parseTriggers(*root, error))
        return std::nullopt;
    return scenario;
}

bool Scenario::parseStreams(const QJsonObject &root, QString *error)
{
    const QJsonValue value = root.value("streams"_L1);
    if (!value.isUndefined() && !value.isArray()) {
        *error = tr("\"streams\" must be an array");
        return false;
    }
    const QJsonArray streams = value.toArray();
    for (qsizetype i = 0; i < streams.size(); ++i) {
        const QJsonObject object = streams.at(i).toObject();
        ScenarioStream stream;
        stream.name = object.value("name"_L1).toString();
        if (stream.name.isEmpty()) {
            *error = tr("streams[%1]: \"name\" is missing").arg(i);
            return false;
        }
        const QString id = object.value("id"_L1).toString();
        stream.id = id.isEmpty() ? generatedId(u"stream"_s, stream.name) : QUuid(id);
        if (stream.id.isNull()) {
            *error = tr("streams[%1]: \"id\" is not a guid").arg(i);
            return false;
        }
        m_streams.append(stream);
    }
    return true;
}

bool Scenario::parseApps(const QJsonObject &root, QString *error)
{
    const QJsonValue value = root.value("apps"_L1);
    if (!value.isUndefined() && !value.isArray()) {
        *error = tr("\"apps\" must be an array");
        return false;
    }
    const QJsonArray apps = value.toArray();
    for (qsizetype i = 0; i < apps.size(); ++i) {
        const QJsonObject object = apps.at(i).toObject();
        ScenarioApp app;
        app.name = object.value("name"_L1).toString();
        if (app.name.isEmpty()) {
            *error = tr("apps[%1]: \"name\" is missing").arg(i);
            return false;
        }
        const QString id = object.value("id"_L1).toString();
        app.id = id.isEmpty() ? generatedId(u"app"_s, app.name) : QUuid(id);
        if (app.id.isNull()) {
            *error = tr("apps[%1]: \"id\" is not a guid").arg(i);
            return false;
        }
        const QString streamRef = object.value("stream"_L1).toString();
        if (!streamRef.isEmpty()) {
            const auto streamId = resolveStream(streamRef);
            if (!streamId) {
                *error = tr("apps[%1] (%2): unknown stream \"%3\"").arg(i).arg(app.name, streamRef);
                return false;
            }
            app.streamId = *streamId;
        }
        if (this->app(app.id)) {
            *error = tr("apps[%1] (%2): duplicate id").arg(i).arg(app.name);
            return false;
        }
        m_apps.append(app);
    }
    return true;
}

bool Scenario::parseTasks(const QJsonObject &root, QString *error)
{
    const QJsonValue value = root.value("tasks"_L1);
    if (!value.isArray()) {
        *error = tr("\"tasks\" must be an array");
        return false;
    }
    const QJsonArray tasks = value.toArray();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (!tasks.at(i).isObject()) {
            *error = tr("tasks[%1] must be an object").arg(i);
            return false;
        }
        const QJsonObject object = tasks.at(i).toObject();
        ScenarioTask task;
        task.name = object.value("name"_L1).toString();
        const QString where = tr("tasks[%1] (%2)").arg(i).arg(task.name);
        if (task.name.isEmpty()) {
            *error = tr("tasks[%1]: \"name\" is missing").arg(i);
            return false;
        }
        task.taskType = object.value("taskType"_L1).toInt(0);
        // External program and user sync tasks have no app in QRS; a reload task needs one.
        const QString appRef = object.value("app"_L1).toString();
        const bool appOptional = task.taskType == 1 || task.taskType == 2;
        if (!appRef.isEmpty() || !appOptional) {
            const auto appId = resolveApp(appRef);
            if (!appId) {
                *error = tr("%1: unknown app \"%2\"").arg(where, appRef);
                return false;
            }
            task.appId = *appId;
        }
        const ScenarioApp *app = this->app(task.appId);
        const QString appName = app ? app->name : QString();
        const QString id = object.value("id"_L1).toString();
        task.id = id.isEmpty() ? generatedId(u"task"_s, appName + u'/' + task.name) : QUuid(id);
        if (task.id.isNull() || this->task(task.id)) {
            *error = tr("%1: \"id\" is not a guid or is a duplicate").arg(where);
            return false;
        }
        task.description = object.value("description"_L1).toString();
        task.enabled = object.value("enabled"_L1).toBool(true);
        task.noScheduler = object.value("noScheduler"_L1).toBool(false);
        task.retries = object.value("retries"_L1).toInt(0);
        task.errorMessage = object.value("errorMessage"_L1).toString();
        for (const QJsonValue &tag : object.value("tags"_L1).toArray())
            task.tags.append({generatedId(u"tag"_s, tag.toString()), tag.toString()});
        for (const QJsonValue &line : object.value("scriptLog"_L1).toArray())
            task.scriptLog.append(line.toString());
        const QString outcome = object.value("outcome"_L1).toVariant().toString();
        if (!outcome.isEmpty()) {
            task.outcome = statusFromName(outcome);
            if (task.outcome < 0) {
                *error = tr("%1: unknown outcome \"%2\"").arg(where, outcome);
                return false;
            }
        }
        if (!readDuration(object, "pendingMs"_L1, &task.pendingMs, error, where) ||
            !readDuration(object, "triggeredMs"_L1, &task.triggeredMs, error, where) ||
            !readDuration(object, "queuedMs"_L1, &task.queuedMs, error, where) ||
            !readDuration(object, "durationMs"_L1, &task.durationMs, error, where) ||
            !readDuration(object, "retryDelayMs"_L1, &task.retryDelayMs, error, where) ||
            !readDuration(object, "abortStepMs"_L1, &task.abortStepMs, error, where))
            return false;
        if (task.retries < 0) {
            *error = tr("%1: \"retries\" must be >= 0").arg(where);
            return false;
        }
        const auto next = parseDate(object.value("nextExecution"_L1));
        const auto created = parseDate(object.value("createdDate"_L1));
        const auto modified = parseDate(object.value("modifiedDate"_L1));
        if (!next || !created || !modified) {
            *error = tr("%1: a date is not ISO 8601").arg(where);
            return false;
        }
        task.nextExecution = *next;
        const QJsonObject schedule = object.value("schedule"_L1).toObject();
        task.scheduleEveryMs = schedule.value("everyMs"_L1).toInteger(0);
        task.scheduleFirstAtMs = schedule.value("firstAtMs"_L1).toInteger(task.scheduleEveryMs);
        if (task.scheduleEveryMs < 0 || task.scheduleFirstAtMs < 0 ||
            (!schedule.isEmpty() && task.scheduleEveryMs < 50)) {
            *error =
                tr("%1: \"schedule\" needs \"everyMs\" >= 50 and \"firstAtMs\" >= 0").arg(where);
            return false;
        }
        task.createdDate = created->isValid()
            ? *created
            : QDateTime(QDate(2024, 3, 4), QTime(9, 12, 31, 417), Qt::UTC);
        task.modifiedDate = modified->isValid() ? *modified : task.createdDate.addDays(41);
        const QJsonValue last = object.value("lastExecution"_L1);
        if (last.isObject()) {
            const QJsonObject lastObject = last.toObject();
            ScenarioLastExecution history;
            history.status = statusFromName(lastObject.value("status"_L1).toVariant().toString());
            const auto start = parseDate(lastObject.value("startTime"_L1));
            if (history.status < 0 || !start) {
                *error = tr("%1: \"lastExecution\" needs a valid status and startTime").arg(where);
                return false;
            }
            history.startTime = *start;
            history.durationMs = qint64(lastObject.value("durationMs"_L1).toDouble());
            task.lastExecution = history;
        }
        if (!m_taskIndex.contains(task.id))
            m_taskIndex.insert(task.id, m_tasks.size());
        m_tasks.append(task);
    }
    return true;
}

bool Scenario::parseTriggers(const QJsonObject &root, QString *error)
{
    const QJsonArray tasks = root.value("tasks"_L1).toArray();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const ScenarioTask &task = m_tasks.at(i);
        const QString where = tr("tasks[%1] (%2)").arg(i).arg(task.name);
        const QJsonValue value = tasks.at(i).toObject().value("triggers"_L1);
        if (value.isUndefined())
            continue;
        if (!value.isArray()) {
            *error = tr("%1: \"triggers\" must be an array").arg(where);
            return false;
        }
        const QJsonArray triggers = value.toArray();
        for (qsizetype j = 0; j < triggers.size(); ++j) {
            const QJsonObject object = triggers.at(j).toObject();
            const QString name = object.value("name"_L1).toString();
            if (name.isEmpty()) {
                *error = tr("%1: triggers[%2] needs a \"name\"").arg(where).arg(j);
                return false;
            }
            if (!parseTrigger(object, task, tr("%1: trigger \"%2\"").arg(where, name), error))
                return false;
        }
    }
    return true;
}

bool Scenario::parseTrigger(const QJsonObject &object, const ScenarioTask &task,
                            const QString &where, QString *error)
{
    ScenarioTrigger trigger;
    trigger.name = object.value("name"_L1).toString();
    trigger.taskId = task.id;
    trigger.enabled = object.value("enabled"_L1).toBool(true);
    const QString id = object.value("id"_L1).toString();
    trigger.id = id.isEmpty()
        ? generatedId(u"compositeevent"_s,
                      task.id.toString(QUuid::WithoutBraces) + u':' + trigger.name)
        : QUuid(id);
    if (trigger.id.isNull() || this->trigger(trigger.id)) {
        *error =
            tr("%1: \"id\" is not a guid or is a duplicate (two triggers of one name?)").arg(where);
        return false;
    }
    const QJsonValue minutes = object.value("withinMinutes"_L1);
    if (!minutes.isUndefined()) {
        if (!minutes.isDouble() || minutes.toDouble() <= 0) {
            *error = tr("%1: \"withinMinutes\" must be a number > 0").arg(where);
            return false;
        }
        trigger.windowMs = qint64(minutes.toDouble() * 60'000);
    }
    if (!readDuration(object, "withinMs"_L1, &trigger.windowMs, error, where))
        return false;
    const QJsonArray rules = object.value("rules"_L1).toArray();
    if (rules.isEmpty()) {
        *error = tr("%1: \"rules\" must be a non-empty array").arg(where);
        return false;
    }
    for (qsizetype k = 0; k < rules.size(); ++k) {
        const QJsonObject rule = rules.at(k).toObject();
        const QString ruleWhere = tr("%1, rules[%2]").arg(where).arg(k);
        QString reason;
        const ScenarioTask *upstream = resolveTask(rule.value("task"_L1).toString(), &reason);
        if (!upstream) {
            *error = tr("%1: %2").arg(ruleWhere, reason);
            return false;
        }
        const QString on = rule.value("on"_L1).toString();
        if (on != "success"_L1 && on != "fail"_L1) {
            *error = tr("%1: \"on\" must be \"success\" or \"fail\", not \"%2\"")
                         .arg(ruleWhere, rule.value("on"_L1).toVariant().toString());
            return false;
        }
        ScenarioTriggerRule parsed;
        parsed.id =
            generatedId(u"compositerule"_s,
                        trigger.id.toString(QUuid::WithoutBraces) + u':' + QString::number(k));
        parsed.taskId = upstream->id;
        parsed.state = on == "success"_L1 ? ScenarioTriggerRule::TaskSuccessful
                                          : ScenarioTriggerRule::TaskFail;
        trigger.rules.append(parsed);
    }
    m_triggers.append(trigger);
    return true;
}

const ScenarioTask *Scenario::resolveTask(const QString &ref, QString *error) const
{
    if (ref.isEmpty()) {
        *error = tr("\"task\" (a task name or id) is missing");
        return nullptr;
    }
    if (const ScenarioTask *byId = task(QUuid(ref)); byId && !QUuid(ref).isNull())
        return byId;
    const QList<const ScenarioTask *> named = tasksNamed(ref);
    if (named.size() > 1) {
        *error = tr("task name \"%1\" is ambiguous, give its id").arg(ref);
        return nullptr;
    }
    if (named.isEmpty()) {
        *error = tr("unknown task \"%1\"").arg(ref);
        return nullptr;
    }
    return named.first();
}

std::optional<QUuid> Scenario::resolveStream(const QString &ref) const
{
    const QUuid asId(ref);
    for (const ScenarioStream &stream : m_streams) {
        if ((!asId.isNull() && stream.id == asId) || stream.name == ref)
            return stream.id;
    }
    return std::nullopt;
}

std::optional<QUuid> Scenario::resolveApp(const QString &ref) const
{
    const QUuid asId(ref);
    for (const ScenarioApp &app : m_apps) {
        if ((!asId.isNull() && app.id == asId) || app.name == ref)
            return app.id;
    }
    return std::nullopt;
}

const ScenarioTask *Scenario::task(const QUuid &id) const
{
    const auto it = m_taskIndex.constFind(id);
    return it == m_taskIndex.cend() ? nullptr : &m_tasks.at(*it);
}

const ScenarioApp *Scenario::app(const QUuid &id) const
{
    for (const ScenarioApp &app : m_apps) {
        if (app.id == id)
            return &app;
    }
    return nullptr;
}

const ScenarioStream *Scenario::stream(const QUuid &id) const
{
    for (const ScenarioStream &stream : m_streams) {
        if (stream.id == id)
            return &stream;
    }
    return nullptr;
}

const ScenarioTrigger *Scenario::trigger(const QUuid &id) const
{
    for (const ScenarioTrigger &trigger : m_triggers) {
        if (trigger.id == id)
            return &trigger;
    }
    return nullptr;
}

QList<const ScenarioTask *> Scenario::tasksNamed(const QString &name) const
{
    QList<const ScenarioTask *> found;
    for (const ScenarioTask &task : m_tasks) {
        if (task.name == name)
            found.append(&task);
    }
    return found;
}

} // namespace qrssim
