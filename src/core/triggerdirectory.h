#pragma once

#include "runserver.h"

#include <chrono>
#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

/// The task-event triggers with a rule on a task, as a server lists them. What was read is kept
/// for Freshness, so the many runs of one task that end close together (and a chain's parallel
/// branches) cost one request; a reading that fails is tried again, Attempts times in all.
class TriggerDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerDirectory)

public:
    static constexpr std::chrono::milliseconds Freshness {std::chrono::seconds(10)};
    static constexpr int Attempts = 3;
    static constexpr std::chrono::milliseconds RetryDelay {std::chrono::seconds(2)};

    explicit TriggerDirectory(RunServer &server, QObject *parent = nullptr);
    ~TriggerDirectory() override;

    /// The triggers on the task, when read less than Freshness ago.
    [[nodiscard]] std::optional<QList<TaskTrigger>> fresh(const QString &taskId) const;
    /// Reads the triggers on the task (unless a reading is under way): triggersRead() or
    /// triggersUnreadable() follows, never from within the call. False when the server has no such
    /// triggers.
    bool read(const ReloadTask &task);

Q_SIGNALS:
    void triggersRead(const QString &taskId, const QList<TaskTrigger> &triggers);
    /// Every attempt failed; `error` is the last one's.
    void triggersUnreadable(const QString &taskId, const QlikError &error);

private:
    void send(const ReloadTask &task, int attempt);
    void onFetched(RunServer::RequestId request, const QList<TaskTrigger> &triggers);
    void onFailed(RunServer::RequestId request, const QlikError &error);

    struct Reading
    {
        ReloadTask task;
        int attempt = 1;
    };
    struct Known
    {
        QList<TaskTrigger> triggers;
        QElapsedTimer age;
    };
    RunServer &m_server;
    QHash<RunServer::RequestId, Reading> m_inFlight;
    QSet<QString> m_reading; ///< lower-case ids of the tasks being read (or waiting to be)
    QHash<QString, Known> m_known; ///< lower-case task id → last answer
};
