#pragma once

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace qrssim {

struct ScenarioStream
{
    QUuid id;
    QString name;
};

struct ScenarioApp
{
    QUuid id;
    QString name;
    QUuid streamId; ///< null when the app is not published
};

struct ScenarioTag
{
    QUuid id;
    QString name;
};

/// History shown in `operational.lastExecutionResult` until the sim has run the task itself.
struct ScenarioLastExecution
{
    int status = 0;
    QDateTime startTime;
    qint64 durationMs = 0;
};

/// One task and how its runs behave. Timings are unscaled milliseconds.
struct ScenarioTask
{
    QUuid id;
    QString name;
    QString description;
    QUuid appId; ///< null for a task without app (external program and user sync tasks)
    int taskType = 0;
    bool enabled = true;
    QList<ScenarioTag> tags;
    int outcome = 7; ///< final status of the last attempt
    qint64 pendingMs = 500;
    qint64 triggeredMs = 200;
    qint64 queuedMs = 500;
    qint64 durationMs = 2000;
    int retries = 0;
    qint64 retryDelayMs = 300;
    qint64 abortStepMs = 400;
    bool noScheduler = false;
    QString errorMessage;
    QStringList scriptLog;
    std::optional<ScenarioLastExecution> lastExecution;
    QDateTime nextExecution; ///< invalid: none
    /// The sim's scheduler starts the task every this many ms (0: never), the first time
    /// scheduleFirstAtMs after the sim started.
    qint64 scheduleEveryMs = 0;
    qint64 scheduleFirstAtMs = 0;
    QDateTime createdDate;
    QDateTime modifiedDate;
};

/// One condition of a task-event trigger: the upstream task's run ended this way.
struct ScenarioTriggerRule
{
    /// QRS's `ruleState`: a run ending FinishedSuccess (7) or FinishedFail (8) meets the rule.
    enum State { TaskSuccessful = 1, TaskFail = 2 };
    QUuid id;
    QUuid taskId; ///< the upstream task
    State state = TaskSuccessful;
};

/// A task-event trigger (QRS CompositeEvent): starts its task when all its rules are met
/// within the window.
struct ScenarioTrigger
{
    QUuid id;
    QString name;
    bool enabled = true;
    QUuid taskId; ///< the downstream task: the one the trigger starts
    qint64 windowMs = 360 * 60'000; ///< unscaled
    QList<ScenarioTriggerRule> rules;
};

/// The bytes of a scenario file, or (in *error) why they cannot be read.
[[nodiscard]] std::optional<QByteArray> scenarioFileContent(const QString &fileName,
                                                            QString *error);
/// The top-level object of a scenario's JSON, or (in *error) why there is none.
[[nodiscard]] std::optional<QJsonObject> scenarioRoot(const QByteArray &json, QString *error);

/// The streams, apps and tasks a simulated repository holds, read from JSON (see README.md).
class Scenario final
{
public:
    /// Parses and validates; on failure returns nullopt and a reason in *error.
    [[nodiscard]] static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
    /// Reads a file; errors name the file.
    [[nodiscard]] static std::optional<Scenario> fromFile(const QString &fileName, QString *error);

    [[nodiscard]] const QList<ScenarioStream> &streams() const { return m_streams; }
    [[nodiscard]] const QList<ScenarioApp> &apps() const { return m_apps; }
    [[nodiscard]] const QList<ScenarioTask> &tasks() const { return m_tasks; }
    /// Every task-event trigger, in task then trigger order.
    [[nodiscard]] const QList<ScenarioTrigger> &triggers() const { return m_triggers; }
    /// How long after the upstream run ended the scheduler starts a triggered task (unscaled).
    [[nodiscard]] qint64 triggerDelayMs() const { return m_triggerDelayMs; }

    [[nodiscard]] const ScenarioTask *task(const QUuid &id) const;
    [[nodiscard]] const ScenarioApp *app(const QUuid &id) const;
    [[nodiscard]] const ScenarioStream *stream(const QUuid &id) const;
    [[nodiscard]] const ScenarioTrigger *trigger(const QUuid &id) const;
    /// Tasks whose name equals \a name exactly, in scenario order.
    [[nodiscard]] QList<const ScenarioTask *> tasksNamed(const QString &name) const;

    /// The deterministic id given to an object without one: UUID v5 of "<kind>:<key>".
    [[nodiscard]] static QUuid generatedId(const QString &kind, const QString &key);
    /// Status number for "FinishedSuccess" etc. (or a number); -1 if unknown.
    [[nodiscard]] static int statusFromName(const QString &name);
    [[nodiscard]] static QString statusName(int status);

private:
    bool parseStreams(const QJsonObject &root, QString *error);
    bool parseApps(const QJsonObject &root, QString *error);
    bool parseTasks(const QJsonObject &root, QString *error);
    /// Every task's `triggers`, once all tasks are known (rules may name later tasks).
    bool parseTriggers(const QJsonObject &root, QString *error);
    bool parseTrigger(const QJsonObject &object, const ScenarioTask &task, const QString &where,
                      QString *error);
    /// A task by exact name (unique) or id; nullptr with the reason in *error.
    [[nodiscard]] const ScenarioTask *resolveTask(const QString &ref, QString *error) const;
    [[nodiscard]] std::optional<QUuid> resolveStream(const QString &ref) const;
    [[nodiscard]] std::optional<QUuid> resolveApp(const QString &ref) const;

    QList<ScenarioStream> m_streams;
    QList<ScenarioApp> m_apps;
    QList<ScenarioTask> m_tasks;
    QHash<QUuid, qsizetype> m_taskIndex; ///< task id → position in m_tasks
    QList<ScenarioTrigger> m_triggers;
    qint64 m_triggerDelayMs = 300;
};

} // namespace qrssim
