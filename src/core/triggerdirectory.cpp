#include "triggerdirectory.h"

#include <QTimer>

TriggerDirectory::TriggerDirectory(RunServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    connect(&server, &RunServer::triggersFetched, this, &TriggerDirectory::onFetched);
    connect(&server, &RunServer::triggersFailed, this, &TriggerDirectory::onFailed);
}

TriggerDirectory::~TriggerDirectory() = default;

std::optional<QList<TaskTrigger>> TriggerDirectory::fresh(const QString &taskId) const
{
    const auto it = m_known.constFind(taskId.toLower());
    if (it == m_known.cend() || it->age.elapsed() >= Freshness.count())
        return std::nullopt;
    return it->triggers;
}

bool TriggerDirectory::read(const ReloadTask &task)
{
    const QString key = task.id.toLower();
    if (m_reading.contains(key))
        return true;
    const RunServer::RequestId request = m_server.fetchTriggers(task);
    if (request == 0)
        return false;
    m_reading.insert(key);
    m_inFlight.insert(request, {task, 1});
    return true;
}

void TriggerDirectory::send(const ReloadTask &task, int attempt)
{
    if (const RunServer::RequestId request = m_server.fetchTriggers(task))
        m_inFlight.insert(request, {task, attempt});
}

void TriggerDirectory::onFetched(RunServer::RequestId request, const QList<TaskTrigger> &triggers)
{
    const auto it = m_inFlight.constFind(request);
    if (it == m_inFlight.cend())
        return;
    const QString taskId = it->task.id;
    m_inFlight.erase(it);
    m_reading.remove(taskId.toLower());
    Known &known = m_known[taskId.toLower()];
    known.triggers = triggers;
    known.age.start();
    Q_EMIT triggersRead(taskId, triggers);
}

void TriggerDirectory::onFailed(RunServer::RequestId request, const QlikError &error)
{
    const auto it = m_inFlight.constFind(request);
    if (it == m_inFlight.cend())
        return;
    const Reading reading = *it;
    m_inFlight.erase(it);
    if (reading.attempt < Attempts) {
        QTimer::singleShot(RetryDelay, this,
                           [this, reading] { send(reading.task, reading.attempt + 1); });
        return;
    }
    m_reading.remove(reading.task.id.toLower());
    Q_EMIT triggersUnreadable(reading.task.id, error);
}
