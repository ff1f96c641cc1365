#include "triggerdirectory.h"

#include <utility>

TriggerDirectory::TriggerDirectory(RunServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &TriggerDirectory::flush);
    connect(&server, &RunServer::triggersFetched, this, &TriggerDirectory::onFetched);
    connect(&server, &RunServer::triggersFailed, this, &TriggerDirectory::onFailed);
}

TriggerDirectory::~TriggerDirectory() = default;

std::optional<QList<TaskTrigger>> TriggerDirectory::fresh(const QString &taskId) const
{
    const auto it = m_known.constFind(taskId.toLower());
    if (it != m_known.cend() && it->age.elapsed() < Freshness.count())
        return it->triggers;
    // Every trigger was read since: one that does not name the task is none.
    if (m_everyTriggerAge.isValid() && m_everyTriggerAge.elapsed() < Freshness.count())
        return QList<TaskTrigger>();
    return std::nullopt;
}

bool TriggerDirectory::read(const ReloadTask &task)
{
    if (!m_server.offersTriggers())
        return false;
    const QString key = task.id.toLower();
    if (!m_reading.contains(key)) {
        m_reading.insert(key);
        m_queue.append(task);
        m_flush.start();
    }
    return true;
}

void TriggerDirectory::flush()
{
    if (m_queue.isEmpty())
        return;
    Reading reading;
    reading.tasks = std::exchange(m_queue, {});
    reading.everyTrigger = reading.tasks.size() > 1;
    send(std::move(reading));
}

void TriggerDirectory::send(Reading reading)
{
    const RunServer::RequestId request =
        m_server.fetchTriggers(reading.everyTrigger ? QString() : reading.tasks.constFirst().id);
    m_inFlight.insert(request, std::move(reading));
}

void TriggerDirectory::remember(const QString &taskId, const QList<TaskTrigger> &triggers)
{
    Known &known = m_known[taskId.toLower()];
    known.triggers = triggers;
    known.age.start();
}

void TriggerDirectory::onFetched(RunServer::RequestId request, const QList<TaskTrigger> &triggers)
{
    const auto it = m_inFlight.constFind(request);
    if (it == m_inFlight.cend())
        return;
    const Reading reading = *it;
    m_inFlight.erase(it);
    if (reading.everyTrigger) {
        // Every task a rule names gets its triggers; the others have none.
        QHash<QString, QList<TaskTrigger>> byTask;
        for (const TaskTrigger &trigger : triggers) {
            for (const TaskTrigger::Rule &rule : trigger.rules) {
                QList<TaskTrigger> &ofTask = byTask[rule.task.id.toLower()];
                if (ofTask.isEmpty() || ofTask.constLast().id != trigger.id)
                    ofTask.append(trigger);
            }
        }
        for (auto task = byTask.cbegin(); task != byTask.cend(); ++task)
            remember(task.key(), task.value());
        m_everyTriggerAge.start();
        for (const ReloadTask &task : reading.tasks) {
            m_reading.remove(task.id.toLower());
            Q_EMIT triggersRead(task.id, byTask.value(task.id.toLower()));
        }
        return;
    }
    const ReloadTask &task = reading.tasks.constFirst();
    remember(task.id, triggers);
    m_reading.remove(task.id.toLower());
    Q_EMIT triggersRead(task.id, triggers);
}

void TriggerDirectory::onFailed(RunServer::RequestId request, const QlikError &error)
{
    const auto it = m_inFlight.constFind(request);
    if (it == m_inFlight.cend())
        return;
    Reading reading = *it;
    m_inFlight.erase(it);
    if (reading.attempt < Attempts) {
        ++reading.attempt;
        QTimer::singleShot(RetryDelay, this, [this, reading] { send(reading); });
        return;
    }
    for (const ReloadTask &task : reading.tasks) {
        m_reading.remove(task.id.toLower());
        Q_EMIT triggersUnreadable(task.id, error);
    }
}
