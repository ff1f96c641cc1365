#pragma once

#include "executions.h"
#include "scenario.h"

#include <memory>
#include <QList>
#include <QObject>
#include <QTimer>

namespace qrssim {

/// The scheduler's own starts: every task with a schedule (`everyMs` in the scenario, first
/// after `firstAtMs`) is started by the sim itself on that cadence, without any request, as the
/// QMC's time triggers do; a start that finds the task still running is skipped, as the
/// scheduler skips it. Watching a server has these runs to see.
class Schedules final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Schedules)

public:
    Schedules(const Scenario &scenario, Executions &executions, QObject *parent = nullptr);
    ~Schedules() override;

    /// Scheduled starts carried out so far (skipped ones not counted).
    [[nodiscard]] int started() const { return m_started; }

private:
    void fire(const ScenarioTask &task);

    Executions &m_executions;
    std::vector<std::unique_ptr<QTimer>> m_timers;
    int m_started = 0;
};

} // namespace qrssim
