#include "triggers.h"

#include <algorithm>
#include <optional>

namespace qrssim {

Triggers::Triggers(const Scenario &scenario, Executions &executions, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_executions(executions)
{
    for (const ScenarioTrigger &trigger : scenario.triggers()) {
        if (!trigger.enabled)
            continue;
        for (const ScenarioTriggerRule &rule : trigger.rules) {
            QList<const ScenarioTrigger *> &list = m_triggersByUpstream[rule.taskId];
            if (!list.contains(&trigger))
                list.append(&trigger);
        }
    }
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Triggers::endSessionsDue);
    m_executions.setObserver(this);
}

Triggers::~Triggers()
{
    m_executions.setObserver(nullptr);
}

void Triggers::sessionPlanned(const Session &session)
{
    if (!m_triggersByUpstream.contains(session.taskId))
        return;
    if (const auto old = m_endOf.constFind(session.id); old != m_endOf.cend())
        m_ends.erase({*old, session.id});
    m_ends.insert({session.endMs, session.id});
    m_endOf.insert(session.id, session.endMs);
    arm();
}

void Triggers::sessionsForgotten()
{
    m_ends.clear();
    m_endOf.clear();
    m_states.clear();
    ++m_generation;
    arm();
}

void Triggers::arm()
{
    if (m_ends.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = m_ends.begin()->first - m_executions.nowMs();
    m_timer.start(int(std::clamp<qint64>(wait, 0, 24 * 3600 * 1000)));
}

void Triggers::endSessionsDue()
{
    const qint64 now = m_executions.nowMs();
    while (!m_ends.empty() && m_ends.begin()->first <= now) {
        const QUuid id = m_ends.begin()->second;
        m_ends.erase(m_ends.begin());
        m_endOf.remove(id);
        if (const Session *session = m_executions.session(id))
            sessionEnded(*session);
    }
    arm();
}

void Triggers::sessionEnded(const Session &session)
{
    const int status = Executions::finalStatus(session);
    const auto state = status == 7 ? ScenarioTriggerRule::TaskSuccessful
        : status == 8              ? ScenarioTriggerRule::TaskFail
                                   : std::optional<ScenarioTriggerRule::State>();
    if (!state)
        return;
    const QList<const ScenarioTrigger *> triggers = m_triggersByUpstream.value(session.taskId);
    for (const ScenarioTrigger *trigger : triggers) {
        for (const ScenarioTriggerRule &rule : trigger->rules) {
            if (rule.taskId == session.taskId && rule.state == *state)
                m_states[rule.id] = {session.endMs, true};
        }
    }
    for (const ScenarioTrigger *trigger : triggers)
        evaluate(*trigger, session.endMs);
}

void Triggers::evaluate(const ScenarioTrigger &trigger, qint64 atMs)
{
    const qint64 window = m_executions.scaled(trigger.windowMs);
    const bool allMet =
        std::all_of(trigger.rules.cbegin(), trigger.rules.cend(), [&](const auto &rule) {
            const RuleState state = m_states.value(rule.id);
            return state.met && atMs - state.lastMetMs <= window;
        });
    if (!allMet)
        return;
    for (const ScenarioTriggerRule &rule : trigger.rules)
        m_states[rule.id].met = false; // consumed; the time stays as the last one met
    ++m_fired;
    if (const ScenarioTask *task = m_scenario.task(trigger.taskId))
        startLater(*task, atMs + m_executions.scaled(m_scenario.triggerDelayMs()));
}

void Triggers::startLater(const ScenarioTask &task, qint64 atMs)
{
    const int generation = m_generation;
    const qint64 wait = std::max<qint64>(0, atMs - m_executions.nowMs());
    QTimer::singleShot(int(wait), Qt::PreciseTimer, this, [this, &task, generation] {
        if (generation != m_generation)
            return; // the repository restarted meanwhile
        if (m_executions.start(task).isNull())
            ++m_skipped;
        else
            ++m_started;
    });
}

} // namespace qrssim
