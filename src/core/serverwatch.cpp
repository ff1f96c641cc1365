#include "serverwatch.h"

using namespace std::chrono;

ServerWatch::ServerWatch(RunTracker &tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
{
    m_listLater.setSingleShot(true);
    connect(&m_listLater, &QTimer::timeout, this, &ServerWatch::listTasks);
    connect(&tracker, &RunTracker::unfollowedSeen, this, &ServerWatch::onUnfollowedSeen);
    connect(&tracker, &RunTracker::pollModeChanged, this, &ServerWatch::onPollModeChanged);
    connect(&tracker.server(), &RunServer::tasksListed, this, &ServerWatch::onTasksListed);
    connect(&tracker.server(), &RunServer::listFailed, this, &ServerWatch::onListFailed);
}

ServerWatch::~ServerWatch()
{
    if (m_watching)
        m_tracker.unwantUnfollowed(this);
}

bool ServerWatch::start(const QDateTime &since)
{
    if (m_watching)
        return true;
    if (!m_tracker.wantUnfollowed(this, since)) {
        m_problem = tr("This server cannot tell every run that changed on it: watching needs a "
                       "Qlik Sense repository that dates its execution results.");
        return false;
    }
    m_problem.clear();
    m_watching = true;
    listTasks();
    Q_EMIT watchingChanged(true, {});
    return true;
}

void ServerWatch::stop()
{
    end({});
}

void ServerWatch::end(const QString &why)
{
    if (!m_watching)
        return;
    m_watching = false;
    m_problem = why;
    m_tracker.unwantUnfollowed(this);
    m_listLater.stop();
    m_unnamed.clear();
    Q_EMIT watchingChanged(false, why);
}

const ReloadTask *ServerWatch::task(const QString &taskId) const
{
    const auto it = m_tasks.constFind(taskId.toLower());
    return it == m_tasks.cend() ? nullptr : &*it;
}

void ServerWatch::onUnfollowedSeen(const QList<RunServer::SessionNews> &news)
{
    if (!m_watching)
        return;
    for (const RunServer::SessionNews &item : news) {
        if (item.results.isEmpty())
            continue;
        const QString taskId = item.results.constFirst().taskId.toLower();
        ReloadTask task;
        if (const ReloadTask *listed = this->task(taskId)) {
            task = *listed;
        } else {
            task.id = taskId;
            task.appId = item.results.constFirst().appId;
        }
        const RunId id =
            m_tracker.adopt(task, item.sessionId, item.results, RunOrigin::SeenOnServer);
        if (task.name.isEmpty()) {
            m_unnamed[taskId].append(id);
            listTasks();
        }
        Q_EMIT runSeen(id);
    }
}

void ServerWatch::listTasks()
{
    if (!m_watching || m_listing != 0 || m_listLater.isActive())
        return;
    if (m_sinceListing.isValid() && m_sinceListing.elapsed() < TaskListInterval.count()) {
        m_listLater.start(TaskListInterval - milliseconds(m_sinceListing.elapsed()));
        return;
    }
    m_sinceListing.start();
    m_listing = m_tracker.server().listTasks();
}

void ServerWatch::onTasksListed(RunServer::RequestId request, const QList<ReloadTask> &tasks)
{
    if (request != m_listing)
        return;
    m_listing = 0;
    m_tasks.clear();
    for (const ReloadTask &task : tasks)
        m_tasks.insert(task.id.toLower(), task);
    // Runs seen before their task was known get its name now; those still unknown wait for the
    // next listing (a task created since, or one this account may not read).
    for (auto it = m_unnamed.begin(); it != m_unnamed.end();) {
        const ReloadTask *listed = task(it.key());
        if (!listed) {
            ++it;
            continue;
        }
        for (const RunId id : std::as_const(it.value()))
            m_tracker.describeTask(id, *listed);
        it = m_unnamed.erase(it);
    }
}

void ServerWatch::onListFailed(RunServer::RequestId request, const QlikError &error)
{
    Q_UNUSED(error) // the runs go on being followed, by task id until a listing works
    if (request != m_listing)
        return;
    m_listing = 0;
    if (!m_unnamed.isEmpty())
        listTasks();
}

void ServerWatch::onPollModeChanged(RunServer::PollMode mode, const QString &why)
{
    if (mode != RunServer::PollMode::Fallback || !m_watching)
        return;
    end(tr("Watching stopped: the server can no longer be asked for the runs that changed "
           "(%1).")
            .arg(why));
}
