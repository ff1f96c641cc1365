#pragma once

#include "executions.h"
#include "scenario.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <set>
#include <utility>

namespace qrssim {

/// The scheduler's task-event triggers (QRS CompositeEvents, "task chains"). When a session of
/// an upstream task reaches its final status — FinishedSuccess meets the rules `on: success`,
/// FinishedFail those `on: fail`, anything else (Aborted after a stop too) meets nothing — its
/// rules are met at that moment. An enabled trigger whose rules are all met within its window
/// fires: its rules are consumed and its task is started through Executions::start
/// `triggerDelayMs` (scaled) after the upstream run ended, as a scheduled start is (skipped when
/// the task is disabled, has no scheduler or is still running). A disabled trigger is not
/// evaluated: its rules are never met.
///
/// Executions has no timers, so one timer waits for the earliest planned end of a session of an
/// upstream task (re-planned by a stop, dropped by a forget).
class Triggers final : public QObject, public SessionObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Triggers)

public:
    /// A rule's `operational` state.
    struct RuleState
    {
        qint64 lastMetMs = -1; ///< sim clock of the last time it was met; -1: never
        bool met = false; ///< met and not consumed by a firing yet (`currentState` 1)
    };

    /// Observes \a executions (its only observer) from now until destroyed.
    Triggers(const Scenario &scenario, Executions &executions, QObject *parent = nullptr);
    ~Triggers() override;

    [[nodiscard]] RuleState ruleState(const QUuid &ruleId) const { return m_states.value(ruleId); }
    /// Triggers that fired so far (all rules met within the window).
    [[nodiscard]] int fired() const { return m_fired; }
    /// Starts they carried out, and those skipped (task disabled, no scheduler or running).
    [[nodiscard]] int started() const { return m_started; }
    [[nodiscard]] int skipped() const { return m_skipped; }

    void sessionPlanned(const Session &session) override;
    /// A repository restart: pending ends and delayed starts are dropped, every rule unmet.
    void sessionsForgotten() override;

private:
    void arm();
    void endSessionsDue();
    void sessionEnded(const Session &session);
    /// Fires \a trigger if all its rules are met within its window of \a atMs.
    void evaluate(const ScenarioTrigger &trigger, qint64 atMs);
    void startLater(const ScenarioTask &task, qint64 atMs);

    const Scenario &m_scenario;
    Executions &m_executions;
    /// Upstream task id → the triggers (enabled ones) with a rule on it.
    QHash<QUuid, QList<const ScenarioTrigger *>> m_triggersByUpstream;
    QHash<QUuid, RuleState> m_states; ///< by rule id
    std::set<std::pair<qint64, QUuid>> m_ends; ///< planned end, session id (upstream tasks only)
    QHash<QUuid, qint64> m_endOf; ///< session id → its entry in m_ends
    QTimer m_timer;
    int m_generation = 0; ///< a forget makes delayed starts of earlier generations void
    int m_fired = 0;
    int m_started = 0;
    int m_skipped = 0;
};

} // namespace qrssim
