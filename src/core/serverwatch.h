#pragma once

#include "runtracker.h"

#include <chrono>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

/// Watches every run on a server. Each session that changes there and that nobody here follows
/// (started by a schedule, in the hub or the QMC, by a trigger, by another tool) becomes a run of
/// the tracker (RunOrigin::SeenOnServer) and is followed to its end like any other; it costs no
/// request of its own: the tracker's polls ask for every change at once.
///
/// The runs are named from the server's task list (name, app, stream, tags), read when the
/// watch starts and again when a task it does not know shows up, at most every
/// TaskListInterval.
class ServerWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerWatch)

public:
    static constexpr std::chrono::milliseconds TaskListInterval {std::chrono::seconds(30)};

    explicit ServerWatch(RunTracker &tracker, QObject *parent = nullptr);
    ~ServerWatch() override;

    /// Runs that change from `since` on (UTC; invalid: now) are seen. False, with problem(),
    /// when the server cannot tell every run.
    bool start(const QDateTime &since = {});
    void stop();
    [[nodiscard]] bool isWatching() const { return m_watching; }
    /// Why watching is not possible, or stopped by itself; empty otherwise.
    [[nodiscard]] const QString &problem() const { return m_problem; }
    /// The task as last listed; nullptr when it has not been.
    [[nodiscard]] const ReloadTask *task(const QString &taskId) const;

Q_SIGNALS:
    /// A run on the server was seen and is followed (it may have ended already).
    void runSeen(RunId id);
    /// Watching began or ended; `why` says why it ended by itself (the server stopped telling
    /// changes), else empty.
    void watchingChanged(bool watching, const QString &why);

private:
    void end(const QString &why);
    void onUnfollowedSeen(const QList<RunServer::SessionNews> &news);
    void onTasksListed(RunServer::RequestId request, const QList<ReloadTask> &tasks);
    void onListFailed(RunServer::RequestId request, const QlikError &error);
    void onPollModeChanged(RunServer::PollMode mode, const QString &why);
    /// Lists the tasks now, or as soon as TaskListInterval has passed since the last listing.
    void listTasks();

    RunTracker &m_tracker;
    bool m_watching = false;
    QString m_problem;
    QHash<QString, ReloadTask> m_tasks; ///< by lower-case id
    /// Runs seen before their task was listed: task id (lower case) → runs.
    QHash<QString, QList<RunId>> m_unnamed;
    RunServer::RequestId m_listing = 0; ///< the listing in flight
    QElapsedTimer m_sinceListing;
    QTimer m_listLater;
};
