#pragma once

#include "runserver.h"

#include <chrono>
#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

/// The task-event triggers with a rule on a task, as a server lists them. What was read is kept
/// for Freshness, so the many runs of one task that end close together cost one request; the
/// tasks asked for at one moment are read together: one task by a filtered request, several by
/// one request for every trigger of the server (which then answers for every task while fresh:
/// a task it does not name has none). A reading that fails is tried again, Attempts times in all.
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
    /// Reads the triggers on the task (unless a reading of it is under way): triggersRead() or
    /// triggersUnreadable() follows, never from within the call. False when the server has no
    /// such triggers.
    bool read(const ReloadTask &task);

Q_SIGNALS:
    void triggersRead(const QString &taskId, const QList<TaskTrigger> &triggers);
    /// Every attempt failed; `error` is the last one's.
    void triggersUnreadable(const QString &taskId, const QlikError &error);

private:
    /// Tasks read by one request: one task, or (`everyTrigger`) several.
    struct Reading
    {
        QList<ReloadTask> tasks;
        bool everyTrigger = false;
        int attempt = 1;
    };
    void flush();
    void send(Reading reading);
    void onFetched(RunServer::RequestId request, const QList<TaskTrigger> &triggers);
    void onFailed(RunServer::RequestId request, const QlikError &error);
    void remember(const QString &taskId, const QList<TaskTrigger> &triggers);

    struct Known
    {
        QList<TaskTrigger> triggers;
        QElapsedTimer age;
    };
    RunServer &m_server;
    QList<ReloadTask> m_queue; ///< asked for since the last flush
    QTimer m_flush;
    QHash<RunServer::RequestId, Reading> m_inFlight;
    QSet<QString> m_reading; ///< lower-case ids of the tasks being read (or waiting to be)
    QHash<QString, Known> m_known; ///< lower-case task id → last answer about it
    QElapsedTimer m_everyTriggerAge; ///< since every trigger of the server was last read
};
