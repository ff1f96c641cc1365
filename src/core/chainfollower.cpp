#include "chainfollower.h"

#include "textformat.h"

#include <algorithm>

using namespace std::chrono;

namespace {

/// Sessions seen before a link wanted them are kept this long, at most this many per task.
constexpr qint64 SightingLifetimeMs = 10 * 60 * 1000;
constexpr qsizetype MaxSightingsPerTask = 50;

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

/// The rule state a run's end meets, if any.
std::optional<TaskTrigger::Rule::On> stateMetBy(const Run &run)
{
    const std::optional<TaskStatus> status = run.status();
    if (run.phase != RunPhase::Finished || !status ||
        status->server() != TaskStatus::Server::Repository)
        return std::nullopt;
    if (status->code() == TaskStatus::FinishedSuccess)
        return TaskTrigger::Rule::On::Success;
    if (status->code() == TaskStatus::FinishedFail)
        return TaskTrigger::Rule::On::Failure;
    return std::nullopt;
}

QDateTime endOf(const Run &run)
{
    const ExecutionResult *latest = run.latest();
    return latest && latest->stopTime.isValid() ? latest->stopTime : run.finishedAt;
}

/// The earliest start among a session's attempts; invalid while none has one.
QDateTime startOf(const QList<ExecutionResult> &results)
{
    QDateTime start;
    for (const ExecutionResult &result : results) {
        if (result.startTime.isValid() && (!start.isValid() || result.startTime < start))
            start = result.startTime;
    }
    return start;
}

bool sameId(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString outcomeWord(TaskTrigger::Rule::On on)
{
    return on == TaskTrigger::Rule::On::Success ? ChainFollower::tr("succeed")
                                                : ChainFollower::tr("fail");
}

} // namespace

ChainFollower::ChainFollower(RunTracker &tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_triggers(tracker.server())
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ChainFollower::onDeadline);
    connect(&tracker, &RunTracker::runAdded, this, [this](RunId id) {
        // A run adopted for a link is in its chain before anything about it is told.
        if (m_adopting == 0)
            return;
        Link &link = m_links[m_adopting];
        link.run = id;
        m_linkOfRun.insert(id, link.id);
        joinChain(id, link.root);
    });
    connect(&tracker, &RunTracker::runFinished, this, &ChainFollower::onRunFinished);
    connect(&tracker, &RunTracker::unfollowedSeen, this, &ChainFollower::onUnfollowedSeen);
    connect(&tracker, &RunTracker::pollModeChanged, this, &ChainFollower::onPollModeChanged);
    connect(&tracker.server(), &RunServer::tasksListed, this,
            [this](RunServer::RequestId request, const QList<ReloadTask> &tasks) {
                const RunId run = m_describing.take(request);
                if (run != 0 && tasks.size() == 1)
                    m_tracker.describeTask(run, tasks.constFirst());
            });
    connect(&tracker.server(), &RunServer::listFailed, this,
            [this](RunServer::RequestId request) { m_describing.remove(request); });
    connect(&m_triggers, &TriggerDirectory::triggersRead, this, &ChainFollower::onTriggersRead);
    connect(&m_triggers, &TriggerDirectory::triggersUnreadable, this,
            &ChainFollower::onTriggersUnreadable);
}

ChainFollower::~ChainFollower()
{
    if (!m_unsettled.isEmpty())
        m_tracker.unwantUnfollowed(this);
}

void ChainFollower::setFireAllowance(milliseconds allowance)
{
    m_allowance = allowance;
}

void ChainFollower::follow(RunId root)
{
    if (m_rootOf.contains(root))
        return;
    if (m_unsettled.isEmpty() && !m_tracker.wantUnfollowed(this))
        m_cannotSee = tr("this server cannot tell the runs it starts by itself");
    m_unsettled.insert(root);
    joinChain(root, root);
    if (const Run *run = m_tracker.run(root); run && run->isFinished())
        onRunFinished(root);
}

void ChainFollower::joinChain(RunId run, RunId root)
{
    m_rootOf.insert(run, root);
    m_runsOf[root].append(run);
}

const ChainFollower::Link *ChainFollower::link(LinkId id) const
{
    const auto it = m_links.constFind(id);
    return it == m_links.cend() ? nullptr : &*it;
}

QList<ChainFollower::LinkId> ChainFollower::linksOf(RunId root) const
{
    return m_linksOfRoot.value(root);
}

bool ChainFollower::isSettled(RunId root) const
{
    for (const RunId id : m_runsOf.value(root)) {
        const Run *run = m_tracker.run(id);
        if (run && !run->isFinished())
            return false;
    }
    if (m_readsOf.contains(root))
        return false;
    const QList<LinkId> links = m_linksOfRoot.value(root);
    return std::none_of(links.cbegin(), links.cend(), [this](LinkId id) {
        return m_links.value(id).state == Link::State::Waiting;
    });
}

void ChainFollower::onRunFinished(RunId id)
{
    const RunId root = m_rootOf.value(id);
    if (root == 0)
        return;
    const Run *run = m_tracker.run(id);
    if (run && stateMetBy(*run)) {
        if (const auto known = m_triggers.fresh(run->task.id))
            followTriggers(id, *known);
        else if (m_triggers.read(run->task)) {
            m_awaitingTriggers[run->task.id.toLower()].append(id);
            ++m_readsOf[root];
        }
    }
    // Links that waited for this task to end decide now.
    if (run) {
        const QList<LinkId> waiting = m_waiting;
        for (const LinkId linkId : waiting) {
            Link &link = m_links[linkId];
            if (link.root == root && !m_deadline.contains(linkId) &&
                !link.trigger.rulesOn(run->task.id).isEmpty())
                evaluate(link);
        }
    }
    checkSettled(root);
}

void ChainFollower::onTriggersRead(const QString &taskId, const QList<TaskTrigger> &triggers)
{
    const QList<RunId> ended = m_awaitingTriggers.take(taskId.toLower());
    for (const RunId upstream : ended) {
        readDone(upstream);
        followTriggers(upstream, triggers);
        checkSettled(m_rootOf.value(upstream));
    }
}

void ChainFollower::readDone(RunId upstream)
{
    const auto reads = m_readsOf.find(m_rootOf.value(upstream));
    if (reads != m_readsOf.end() && --*reads <= 0)
        m_readsOf.erase(reads);
}

void ChainFollower::followTriggers(RunId upstream, const QList<TaskTrigger> &triggers)
{
    const Run *run = m_tracker.run(upstream);
    if (!run)
        return;
    const std::optional<TaskTrigger::Rule::On> met = stateMetBy(*run);
    for (const TaskTrigger &trigger : triggers) {
        const QList<TaskTrigger::Rule> rules = trigger.rulesOn(run->task.id);
        if (std::none_of(rules.cbegin(), rules.cend(),
                         [&](const TaskTrigger::Rule &rule) { return rule.on == met; }))
            continue;
        Link link;
        link.upstream = upstream;
        link.root = m_rootOf.value(upstream);
        link.trigger = trigger;
        addLink(std::move(link));
    }
}

void ChainFollower::onTriggersUnreadable(const QString &taskId, const QlikError &error)
{
    const QList<RunId> ended = m_awaitingTriggers.take(taskId.toLower());
    for (const RunId upstream : ended) {
        readDone(upstream);
        const Run *run = m_tracker.run(upstream);
        if (!run)
            continue;
        // What comes after the run is unknown: said, not waited for.
        Link link;
        link.upstream = upstream;
        link.root = m_rootOf.value(upstream);
        link.state = Link::State::WillNotStart;
        link.why =
            tr("the triggers on %1 could not be read: %2").arg(run->displayName(), error.message);
        addLink(std::move(link));
        checkSettled(m_rootOf.value(upstream));
    }
}

void ChainFollower::addLink(Link link)
{
    link.id = ++m_lastLink;
    const LinkId id = link.id;
    m_linksFrom[link.upstream].append(id);
    m_linksOfRoot[link.root].append(id);
    const bool waiting = link.state == Link::State::Waiting;
    m_links.insert(id, std::move(link));
    if (waiting)
        m_waiting.append(id);
    Q_EMIT linkAdded(id);
    if (waiting)
        evaluate(m_links[id]);
}

void ChainFollower::changed(Link &link)
{
    Q_EMIT linkChanged(link.id);
}

void ChainFollower::evaluate(Link &link)
{
    const TaskTrigger &trigger = link.trigger;
    if (!trigger.enabled)
        return giveUp(link, tr("its trigger \"%1\" is disabled").arg(trigger.name));
    if (!trigger.target.enabled)
        return giveUp(link, tr("the task is disabled"));
    const Run *upstream = m_tracker.run(link.upstream);
    const QDateTime at = upstream ? endOf(*upstream) : nowUtc();
    for (const TaskTrigger::Rule &rule : trigger.rules) {
        if (upstream && sameId(rule.task.id, upstream->task.id))
            continue;
        const std::optional<bool> met = ruleMet(link.root, rule, trigger.windowMs, at);
        if (!met) {
            link.why = tr("its trigger waits for %1 to end").arg(rule.task.name);
            return changed(link);
        }
        if (!*met)
            return giveUp(link,
                          tr("its trigger \"%1\" also needs \"%2\" to %3 within %4, which "
                             "did not happen")
                              .arg(trigger.name, rule.task.name, outcomeWord(rule.on),
                                   TextFormat::duration(trigger.windowMs)));
    }
    expectStart(link);
}

std::optional<bool> ChainFollower::ruleMet(RunId root, const TaskTrigger::Rule &rule,
                                           qint64 windowMs, const QDateTime &at) const
{
    if (const Run *run = chainRunOf(root, rule.task.id)) {
        if (!run->isFinished())
            return std::nullopt;
        return stateMetBy(*run) == rule.on && std::abs(endOf(*run).msecsTo(at)) <= windowMs;
    }
    return rule.metAt.isValid() && std::abs(rule.metAt.msecsTo(at)) <= windowMs;
}

const Run *ChainFollower::chainRunOf(RunId root, const QString &taskId) const
{
    const QList<RunId> runs = m_runsOf.value(root);
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        const Run *run = m_tracker.run(*it);
        if (run && sameId(run->task.id, taskId))
            return run;
    }
    return nullptr;
}

void ChainFollower::expectStart(Link &link)
{
    if (!m_cannotSee.isEmpty())
        return giveUp(link, m_cannotSee);
    link.why = tr("waits for the task to start");
    m_deadline.insert(link.id, nowUtc().addMSecs(m_allowance.count()));
    QList<Sighting> &seen = m_sightings[link.trigger.target.id.toLower()];
    for (qsizetype i = 0; i < seen.size(); ++i) {
        const Sighting sighting = seen.at(i);
        if (adoptFor(link, sighting.news)) {
            seen.removeAt(i);
            armDeadline();
            return;
        }
    }
    armDeadline();
    changed(link);
}

bool ChainFollower::adoptFor(Link &link, const RunServer::SessionNews &news)
{
    const Run *upstream = m_tracker.run(link.upstream);
    const QDateTime start = startOf(news.results);
    // Both times are the repository's: a run its trigger started began after the upstream ended.
    if (upstream && start.isValid() && start < endOf(*upstream))
        return false; // another run of the task
    m_deadline.remove(link.id);
    m_waiting.removeOne(link.id);
    link.state = Link::State::Started;
    link.why.clear();
    const LinkId id = link.id;
    const ReloadTask task = link.trigger.target;
    m_adopting = id;
    const RunId run =
        m_tracker.adopt(task, news.sessionId, news.results, RunOrigin::Triggered, link.upstream);
    m_adopting = 0;
    // The adoption may have ended the run and added links: look the link up again.
    Link &adopted = m_links[id];
    // The trigger names the task; its app, stream and tags come from the server.
    if (const RunServer::RequestId listing = m_tracker.server().listTask(task))
        m_describing.insert(listing, run);
    if (adopted.run == 0) {
        // Followed already (a watch of the server adopted it): it joins the chain now.
        adopted.run = run;
        m_linkOfRun.insert(run, id);
        joinChain(run, adopted.root);
        if (const Run *followed = m_tracker.run(run); followed && followed->isFinished())
            onRunFinished(run);
    }
    changed(m_links[id]);
    return true;
}

void ChainFollower::onUnfollowedSeen(const QList<RunServer::SessionNews> &news)
{
    if (m_unsettled.isEmpty())
        return;
    const QDateTime at = nowUtc();
    for (const RunServer::SessionNews &item : news) {
        if (item.results.isEmpty())
            continue;
        const QString taskId = item.results.constFirst().taskId.toLower();
        bool adopted = false;
        const QList<LinkId> waiting = m_waiting;
        for (const LinkId id : waiting) {
            Link &link = m_links[id];
            if (m_deadline.contains(id) && sameId(link.trigger.target.id, taskId) &&
                adoptFor(link, item)) {
                adopted = true;
                break;
            }
        }
        if (!adopted)
            remember(taskId, item, at);
    }
    armDeadline();
}

void ChainFollower::remember(const QString &taskId, const RunServer::SessionNews &news,
                             const QDateTime &at)
{
    QList<Sighting> &seen = m_sightings[taskId];
    seen.removeIf(
        [&](const Sighting &sighting) { return sighting.seenAt.msecsTo(at) > SightingLifetimeMs; });
    const auto same = std::find_if(seen.begin(), seen.end(), [&](const Sighting &sighting) {
        return sighting.news.sessionId == news.sessionId;
    });
    if (same == seen.end()) {
        if (seen.size() >= MaxSightingsPerTask)
            seen.removeFirst();
        seen.append({news, at});
        return;
    }
    // The same session changed again: its attempts, each as last seen.
    mergeAttempts(same->news.results, news.results);
    same->seenAt = at;
}

void ChainFollower::onPollModeChanged(RunServer::PollMode mode, const QString &why)
{
    if (mode != RunServer::PollMode::Fallback)
        return;
    m_cannotSee = tr("this server cannot be asked for the runs that changed (%1), so the runs its "
                     "triggers start cannot be seen")
                      .arg(why);
    const QList<LinkId> expecting = m_deadline.keys();
    for (const LinkId id : expecting)
        giveUp(m_links[id], m_cannotSee);
}

void ChainFollower::giveUp(Link &link, const QString &why)
{
    link.state = Link::State::WillNotStart;
    link.why = why;
    m_deadline.remove(link.id);
    m_waiting.removeOne(link.id);
    changed(link);
    checkSettled(link.root);
}

void ChainFollower::armDeadline()
{
    if (m_deadline.isEmpty()) {
        m_deadlineTimer.stop();
        return;
    }
    const QDateTime first = *std::min_element(m_deadline.cbegin(), m_deadline.cend());
    m_deadlineTimer.start(milliseconds(std::max<qint64>(0, nowUtc().msecsTo(first))));
}

void ChainFollower::onDeadline()
{
    const QDateTime at = nowUtc();
    const QList<LinkId> expecting = m_deadline.keys();
    for (const LinkId id : expecting) {
        if (m_deadline.value(id) <= at)
            giveUp(m_links[id],
                   tr("every rule of its trigger was met, but the task did not start within %1")
                       .arg(TextFormat::duration(m_allowance.count())));
    }
    armDeadline();
}

void ChainFollower::checkSettled(RunId root)
{
    if (!m_unsettled.contains(root) || !isSettled(root))
        return;
    m_unsettled.remove(root);
    if (m_unsettled.isEmpty()) {
        m_tracker.unwantUnfollowed(this);
        m_sightings.clear();
    }
    Q_EMIT chainSettled(root);
}
