#include "chainfollower.h"
#include "qlikservice.h"
#include "qrsrunserver.h"
#include "runtracker.h"
#include "simprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
/// Task ids of tests/data/scenarios/chain.json.
QString chainTask(int number)
{
    return u"c4a10000-0000-4000-8000-0000000000%1"_s.arg(number, 2, 10, QChar(u'0'));
}
} // namespace

/// Task chains followed against qrs-sim: the runs the task-event triggers start, down the whole
/// chain, and the triggers that cannot fire, reported instead of waited for.
class TestChains final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void threeLevelChainWithAFailingBranch();
    void triggersThatCannotFireAreReported();
    void aStoppedRunMeetsNoTrigger();
    void aTriggerWhoseTaskDoesNotStartIsGivenUp();
    void triggersOfATaskAreReadOnceWhileFresh();
    void runsEndingTogetherReadEveryTriggerOnce();
    void triggersThatCannotBeReadAreReported();

private:
    bool setUp(const QString &scenarioFile = SimProcess::scenarioPath(u"chain.json"_s));
    /// Starts the task and follows its chain until it settles; the root's run id.
    RunId runChain(const QString &taskId);
    /// The chain's run of the task, or nullptr.
    [[nodiscard]] const Run *runOf(RunId root, const QString &taskId) const;
    /// The chain's link to the task, or nullptr.
    [[nodiscard]] const ChainFollower::Link *linkTo(RunId root, const QString &taskId) const;

    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<QlikService> m_service;
    std::unique_ptr<QrsRunServer> m_server;
    std::unique_ptr<RunTracker> m_tracker;
    std::unique_ptr<ChainFollower> m_chains;
};

bool TestChains::setUp(const QString &scenarioFile)
{
    SimProcess::Options options;
    options.scenarioFile = scenarioFile;
    m_sim = std::make_unique<SimProcess>(options);
    if (!m_sim->start()) {
        qWarning("%s", qPrintable(m_sim->errorString()));
        return false;
    }
    m_service = std::make_unique<QlikService>(m_network, m_sim->profile());
    m_server = std::make_unique<QrsRunServer>(*m_service);
    m_tracker = std::make_unique<RunTracker>(*m_server);
    m_tracker->setPollInterval(100ms);
    m_chains = std::make_unique<ChainFollower>(*m_tracker);
    return true;
}

void TestChains::cleanup()
{
    m_chains.reset();
    m_tracker.reset();
    m_server.reset();
    m_service.reset();
    m_sim.reset();
}

RunId TestChains::runChain(const QString &taskId)
{
    QSignalSpy settled(m_chains.get(), &ChainFollower::chainSettled);
    const RunId root = m_tracker->start(TaskRef::byId(taskId));
    m_chains->follow(root);
    if (!settled.wait(15000) && settled.isEmpty())
        return 0;
    return root;
}

const Run *TestChains::runOf(RunId root, const QString &taskId) const
{
    for (const RunId id : m_tracker->runIds()) {
        const Run *run = m_tracker->run(id);
        if (m_chains->rootOf(id) == root && run->task.id.compare(taskId, Qt::CaseInsensitive) == 0)
            return run;
    }
    return nullptr;
}

const ChainFollower::Link *TestChains::linkTo(RunId root, const QString &taskId) const
{
    for (const ChainFollower::LinkId id : m_chains->linksOf(root)) {
        const ChainFollower::Link *link = m_chains->link(id);
        if (link->trigger.target.id.compare(taskId, Qt::CaseInsensitive) == 0)
            return link;
    }
    return nullptr;
}

void TestChains::threeLevelChainWithAFailingBranch()
{
    QVERIFY(setUp());
    const RunId root = runChain(chainTask(1));
    QVERIFY2(root != 0, "the chain did not settle");
    QVERIFY(m_chains->isSettled(root));

    // Extract (an external program task) → Transform → Sales and Finance; Finance fails, and its
    // failure starts the alert.
    const Run *extract = runOf(root, chainTask(1));
    const Run *transform = runOf(root, chainTask(2));
    const Run *sales = runOf(root, chainTask(3));
    const Run *finance = runOf(root, chainTask(4));
    const Run *alert = runOf(root, chainTask(6));
    for (const Run *run : {extract, transform, sales, finance, alert})
        QVERIFY(run);
    QCOMPARE(extract->outcome(), RunOutcome::Succeeded);
    QCOMPARE(transform->outcome(), RunOutcome::Succeeded);
    QCOMPARE(sales->outcome(), RunOutcome::Succeeded);
    QCOMPARE(finance->outcome(), RunOutcome::Failed);
    QCOMPARE(alert->outcome(), RunOutcome::Succeeded);

    QCOMPARE(transform->origin, RunOrigin::Triggered);
    QCOMPARE(transform->parent, extract->id);
    QCOMPARE(sales->parent, transform->id);
    QCOMPARE(finance->parent, transform->id);
    QCOMPARE(alert->parent, finance->id);
    QCOMPARE(alert->task.type, ReloadTask::Type::ExternalProgram);
    QCOMPARE(alert->task.name, u"Chain - Alert on failure"_s);
    // The trigger names the task; the server's listing of it adds its app and stream.
    const RunId transformId = transform->id;
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->run(transformId)->task.appName, u"Chain Warehouse"_s,
                              5000);
    QCOMPARE(m_tracker->run(transformId)->task.streamName, u"Chains"_s);
    transform = m_tracker->run(transformId);
    // The link that started a run names it, and its trigger.
    const ChainFollower::Link *toTransform = m_chains->link(m_chains->linkOfRun(transform->id));
    QVERIFY(toTransform);
    QCOMPARE(toTransform->state, ChainFollower::Link::State::Started);
    QCOMPARE(toTransform->trigger.name, u"After extract"_s);
    QCOMPARE(toTransform->upstream, extract->id);

    // An external program task has no script log, and says so.
    QSignalSpy logFailed(m_server.get(), &RunServer::logFailed);
    const RunServer::RequestId log = m_server->fetchLog(alert->task, *alert->latest());
    QTRY_COMPARE(logFailed.size(), 1);
    QCOMPARE(logFailed.constFirst().at(0).value<RunServer::RequestId>(), log);
    QVERIFY(logFailed.constFirst().at(1).value<QlikError>().message.contains(
        u"external program task writes no script log"_s));
    QCOMPARE(m_sim->requestCount({}, u"scriptlog"_s), 0);

    // Nothing else of the server's runs joined the chain: five runs in all.
    int chainRuns = 0;
    for (const RunId id : m_tracker->runIds())
        chainRuns += m_chains->rootOf(id) == root;
    QCOMPARE(chainRuns, 5);
}

void TestChains::triggersThatCannotFireAreReported()
{
    QVERIFY(setUp());
    const RunId root = runChain(chainTask(1));
    QVERIFY2(root != 0, "the chain did not settle");

    // Board pack needs both dashboards to succeed; Finance failed.
    const ChainFollower::Link *boardPack = linkTo(root, chainTask(5));
    QVERIFY(boardPack);
    QCOMPARE(boardPack->state, ChainFollower::Link::State::WillNotStart);
    QVERIFY2(boardPack->why.contains(u"Chain 3 - Finance"_s), qPrintable(boardPack->why));
    QVERIFY(!runOf(root, chainTask(5)));

    const ChainFollower::Link *disabledTrigger = linkTo(root, chainTask(7));
    QVERIFY(disabledTrigger);
    QCOMPARE(disabledTrigger->state, ChainFollower::Link::State::WillNotStart);
    QVERIFY2(disabledTrigger->why.contains(u"disabled"_s), qPrintable(disabledTrigger->why));

    const ChainFollower::Link *disabledTask = linkTo(root, chainTask(8));
    QVERIFY(disabledTask);
    QCOMPARE(disabledTask->state, ChainFollower::Link::State::WillNotStart);
    QVERIFY2(disabledTask->why.contains(u"task is disabled"_s), qPrintable(disabledTask->why));
}

void TestChains::aStoppedRunMeetsNoTrigger()
{
    QVERIFY(setUp());
    QSignalSpy settled(m_chains.get(), &ChainFollower::chainSettled);
    const RunId root = m_tracker->start(TaskRef::byId(chainTask(9)));
    m_chains->follow(root);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(root)->phase == RunPhase::Running, 5000);
    m_tracker->stop(root);
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 10000);
    QCOMPARE(m_tracker->run(root)->outcome(), RunOutcome::Aborted);
    QVERIFY(m_chains->linksOf(root).isEmpty());
    QCOMPARE(m_tracker->runIds().size(), 1);
}

void TestChains::aTriggerWhoseTaskDoesNotStartIsGivenUp()
{
    // Every rule is met, but the scheduler skips the start: the task is still running. The
    // link is given up after the fire allowance, not waited on.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile scenario(dir.filePath(u"busy.json"_s));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(R"({"triggerDelayMs": 50,
        "apps": [{"name": "App"}],
        "tasks": [
          {"id": "b0000000-0000-4000-8000-000000000001", "name": "Upstream", "app": "App",
           "pendingMs": 50, "triggeredMs": 50, "queuedMs": 50, "durationMs": 200},
          {"id": "b0000000-0000-4000-8000-000000000002", "name": "Busy", "app": "App",
           "pendingMs": 50, "triggeredMs": 50, "queuedMs": 50, "durationMs": 20000,
           "triggers": [{"name": "After upstream", "withinMs": 60000,
                         "rules": [{"task": "Upstream", "on": "success"}]}]}]})");
    scenario.close();
    QVERIFY(setUp(scenario.fileName()));
    m_chains->setFireAllowance(800ms);
    const RunId busy = m_tracker->start(TaskRef::byName(u"Busy"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(busy)->phase == RunPhase::Running, 5000);

    const RunId root = runChain(u"b0000000-0000-4000-8000-000000000001"_s);
    QVERIFY2(root != 0, "the chain did not settle");
    const ChainFollower::Link *link = linkTo(root, u"b0000000-0000-4000-8000-000000000002"_s);
    QVERIFY(link);
    QCOMPARE(link->state, ChainFollower::Link::State::WillNotStart);
    QVERIFY2(link->why.contains(u"did not start within"_s), qPrintable(link->why));
    QVERIFY(!m_tracker->run(busy)->isFinished()); // the chain did not wait for it to end
}

void TestChains::triggersOfATaskAreReadOnceWhileFresh()
{
    QVERIFY(setUp());
    QVERIFY(runChain(chainTask(1)) != 0);
    // Five runs ended with an outcome a trigger can meet: at most one reading each (fewer when
    // several end together, or every trigger was read a moment before).
    const int readings = m_sim->requestCount(u"GET"_s, u"/compositeevent"_s);
    QVERIFY2(readings >= 1 && readings <= 5, qPrintable(QString::number(readings)));
    // The same chain again at once: its tasks' triggers are still fresh.
    const RunId again = runChain(chainTask(1));
    QVERIFY(again != 0);
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/compositeevent"_s), readings);
    QVERIFY(runOf(again, chainTask(6)));
}

void TestChains::runsEndingTogetherReadEveryTriggerOnce()
{
    // Twelve tasks that end in the same poll: one request for every trigger of the server, not
    // one per task.
    QJsonArray tasks;
    for (int i = 0; i < 12; ++i)
        tasks.append(QJsonObject {{u"name"_s, u"Together %1"_s.arg(i)},
                                  {u"app"_s, u"App"_s},
                                  {u"pendingMs"_s, 50},
                                  {u"queuedMs"_s, 50},
                                  {u"durationMs"_s, 300}});
    tasks.append(QJsonObject {
        {u"name"_s, u"After seven"_s},
        {u"app"_s, u"App"_s},
        {u"durationMs"_s, 100},
        {u"triggers"_s,
         QJsonArray {QJsonObject {{u"name"_s, u"Seven done"_s},
                                  {u"rules"_s,
                                   QJsonArray {QJsonObject {{u"task"_s, u"Together 7"_s},
                                                            {u"on"_s, u"success"_s}}}}}}}});
    QTemporaryDir dir;
    QFile scenario(dir.filePath(u"together.json"_s));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(
        QJsonDocument(QJsonObject {{u"triggerDelayMs"_s, 50},
                                   {u"apps"_s, QJsonArray {QJsonObject {{u"name"_s, u"App"_s}}}},
                                   {u"tasks"_s, tasks}})
            .toJson());
    scenario.close();
    QVERIFY(setUp(scenario.fileName()));
    m_tracker->setPollInterval(1500ms); // they all end between two polls
    QList<TaskRef> refs;
    for (int i = 0; i < 12; ++i)
        refs.append(TaskRef::byName(u"Together %1"_s.arg(i)));
    QSignalSpy settled(m_chains.get(), &ChainFollower::chainSettled);
    const QList<RunId> roots = m_tracker->startAll(refs);
    for (const RunId root : roots)
        m_chains->follow(root);
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 12, 20000);
    const QJsonArray log = m_sim->requestLog();
    int readings = 0;
    for (const QJsonValue &entry : log) {
        if (entry[u"path"_s].toString().contains(u"/compositeevent"_s)) {
            ++readings;
            QVERIFY2(!entry.toObject().value(u"query"_s).toString().contains(u"filter"_s),
                     "every trigger is read, without a filter");
        }
    }
    QCOMPARE(readings, 1);
    const RunId seven = roots.at(7);
    // The reading answered for every task: the seventh's trigger started its task.
    const QList<ChainFollower::LinkId> links = m_chains->linksFrom(seven);
    QCOMPARE(links.size(), 1);
    const ChainFollower::Link *link = m_chains->link(links.constFirst());
    QCOMPARE(link->trigger.target.name, u"After seven"_s);
    QCOMPARE(link->state, ChainFollower::Link::State::Started);
    QCOMPARE(m_tracker->run(link->run)->outcome(), RunOutcome::Succeeded);
}

void TestChains::triggersThatCannotBeReadAreReported()
{
    QVERIFY(setUp());
    // Every reading of the triggers is cut off: tried three times, then said, not waited on.
    QVERIFY(m_sim->setFaults(QJsonObject {
        {u"body"_s, QJsonObject {{u"mode"_s, u"cut"_s}, {u"route"_s, u"compositeevent"_s}}}}));
    const RunId root = runChain(chainTask(1));
    QVERIFY2(root != 0, "the chain did not settle");
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/compositeevent"_s), TriggerDirectory::Attempts);
    const QList<ChainFollower::LinkId> links = m_chains->linksFrom(root);
    QCOMPARE(links.size(), 1);
    const ChainFollower::Link *link = m_chains->link(links.constFirst());
    QCOMPARE(link->state, ChainFollower::Link::State::WillNotStart);
    QVERIFY2(link->why.contains(u"could not be read"_s), qPrintable(link->why));
    QCOMPARE(m_tracker->runIds().size(), 1);
}

QTEST_GUILESS_MAIN(TestChains)
#include "tst_chains.moc"
