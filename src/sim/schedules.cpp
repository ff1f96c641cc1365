#include "schedules.h"

namespace qrssim {

Schedules::Schedules(const Scenario &scenario, Executions &executions, QObject *parent)
    : QObject(parent)
    , m_executions(executions)
{
    for (const ScenarioTask &task : scenario.tasks()) {
        if (task.scheduleEveryMs <= 0)
            continue;
        auto timer = std::make_unique<QTimer>();
        timer->setTimerType(Qt::PreciseTimer);
        timer->setInterval(int(executions.scaled(task.scheduleEveryMs)));
        QTimer *repeating = timer.get();
        connect(repeating, &QTimer::timeout, this, [this, &task] { fire(task); });
        // The first start after firstAtMs, then every everyMs.
        QTimer::singleShot(int(executions.scaled(task.scheduleFirstAtMs)), repeating,
                           [this, repeating, &task] {
                               fire(task);
                               repeating->start();
                           });
        m_timers.push_back(std::move(timer));
    }
}

Schedules::~Schedules() = default;

void Schedules::fire(const ScenarioTask &task)
{
    if (!m_executions.start(task).isNull())
        ++m_started;
}

} // namespace qrssim
