#pragma once

#include "taskstatus.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// One message of an execution result (`details[]`).
struct ExecutionDetail
{
    enum class Type { Error = 0, Warning = 1, Information = 2 };
    Type type = Type::Information;
    QString message;
    QDateTime createdAt; ///< UTC; invalid when the server sent none

    friend bool operator==(const ExecutionDetail &, const ExecutionDetail &) = default;
};

/// One attempt of a task run (`/qrs/executionresult`). A session has several with retries.
struct ExecutionResult
{
    QString id;
    QString executionId; ///< the session id the start call returned
    QString taskId;
    QString appId;
    QString executingNodeName;
    TaskStatus status;
    QDateTime startTime; ///< UTC; invalid for "no date" (1753-01-01)
    QDateTime stopTime; ///< UTC; invalid for "no date"
    qint64 durationMs = 0;
    QList<ExecutionDetail> details;
    bool scriptLogAvailable = false;
    QString scriptLogLocation;
    qint64 scriptLogSize = 0;
    QString fileReferenceId; ///< zero guid or empty when there is none
    /// UTC, repository time: when the result last changed; invalid when the server sent none.
    QDateTime modifiedDate;

    friend bool operator==(const ExecutionResult &, const ExecutionResult &) = default;
    /// Equal in everything a person can see: the duration the repository advances while the
    /// result runs and the modification time do not count.
    [[nodiscard]] bool showsTheSameAs(const ExecutionResult &other) const;
};

/// `changed` attempts written over the attempts of the same id in `attempts`, the new ones
/// added at the end.
void mergeAttempts(QList<ExecutionResult> &attempts, const QList<ExecutionResult> &changed);

/// A live execution session (`/qrs/executionsession/{id}`): it exists only while a run is live.
struct ExecutionSession
{
    QString id;
    QString taskId;
    QString appId;
};

/// A task as listed by `/qrs/reloadtask/full` or `/qrs/task/full`.
struct ReloadTask
{
    enum class Type { Reload = 0, ExternalProgram = 1, UserSync = 2, Distribute = 3 };
    QString id;
    QString name;
    bool enabled = true;
    Type type = Type::Reload;
    QString appId;
    QString appName;
    QString streamName; ///< empty for unpublished apps
    QStringList tags;
    std::optional<TaskStatus> lastStatus;
    QString lastExecutionId; ///< session id of the newest execution result; empty if none
    QDateTime lastStartTime;
    QDateTime lastStopTime;
    qint64 lastDurationMs = 0;
    QDateTime nextExecution; ///< invalid when none is scheduled
};

/// A task-event trigger (`/qrs/compositeevent/full`, eventType 1): it starts `target` once every
/// one of its rules has been met within `windowMs` of each other.
struct TaskTrigger
{
    struct Rule
    {
        enum class On { Success = 1, Failure = 2 };
        ReloadTask task; ///< the upstream task: id, name and type
        On on = On::Success;
        /// `operational.timeStamp`: when the rule was last met; invalid when never
        QDateTime metAt;
    };
    QString id;
    QString name;
    bool enabled = true;
    ReloadTask target; ///< the task it starts: id, name, type and enabled
    qint64 windowMs = 0; ///< `timeConstraint`: every rule met within this long
    QList<Rule> rules;

    /// The rules on `taskId`, compared without case.
    [[nodiscard]] QList<Rule> rulesOn(const QString &taskId) const;
};

/// The answer of `/qrs/about`: proof that prefix, header and xrfkey are right.
struct AboutInfo
{
    QString buildVersion;
    QString buildDate;
    QString databaseProvider;
    int nodeType = 0;
    bool sharedPersistence = false;
};

Q_DECLARE_METATYPE(ExecutionResult)
Q_DECLARE_METATYPE(ReloadTask)
Q_DECLARE_METATYPE(TaskTrigger)
Q_DECLARE_METATYPE(AboutInfo)
