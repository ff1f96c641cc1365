// RunTracker over CloudRunServer against `qrs-sim --cloud` (tests/data/scenarios/cloud-fast.json):
// the tracker the app and qlik-task use, following Qlik Cloud reloads as it follows repository
// tasks: start by name, several at once in one request per poll, cancel, a failure with its
// log, a reload over its limit, 429 storms, a token that expires in the middle, a wrong key.
#include "cloud/cloudrunserver.h"
#include "runtracker.h"
#include "simprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString &ApiKey = SimProcess::CloudApiKey;
const QString &ClientId = SimProcess::CloudClientId;
const QString &ClientSecret = SimProcess::CloudClientSecret;

/// A tracker of cloud runs, as ProfileSession and RunSupervisor build it.
struct CloudTracking
{
    CloudTracking(QNetworkAccessManager &network, const QUrl &tenant,
                  std::unique_ptr<CloudAuth> auth)
        : client(network, tenant, std::move(auth))
        , server(client)
        , tracker(server)
    {
        tracker.setPollInterval(100ms);
    }

    QlikCloudClient client;
    CloudRunServer server;
    RunTracker tracker;
};

QStringList statusNames(const Run &run)
{
    QStringList names;
    for (const StatusChange &change : run.history)
        names.append(change.status.name());
    return names;
}

} // namespace

class TestCloudTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startByNameAndFollow();
    void unknownAndAmbiguousNames();
    void severalAtOnceInOneRequestPerPoll();
    void cancelEndsAborted();
    void failedWithItsLog();
    void exceededLimitIsAFailureOfItsOwn();
    void rateLimitStormEndsEveryRunRight();
    void tokenExpiresInTheMiddle();
    void wrongKeyIsNotSubmitted();
    void lostStartAnswerFindsTheReload();
    void lostStartAnswersThatCannotBeToldApartAreLost();
    void requestsPerPollForFiftyReloads_data();
    void requestsPerPollForFiftyReloads();

private:
    [[nodiscard]] std::unique_ptr<CloudTracking> tracking(bool oauth);
    /// A tenant of its own that carries every start out and then cuts the connection.
    [[nodiscard]] static std::unique_ptr<SimProcess> faultySim();
    /// Waits until every run has ended.
    [[nodiscard]] static bool allEnd(const RunTracker &tracker, const QList<RunId> &ids,
                                     int timeoutMs);

    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_network;
};

void TestCloudTracker::initTestCase()
{
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"cloud-fast.json"_s);
    options.extraArgs = {u"--cloud"_s,
                         u"--api-key"_s,
                         ApiKey,
                         u"--oauth-client"_s,
                         ClientId + u':' + ClientSecret,
                         u"--max-concurrent-reloads"_s,
                         u"4"_s};
    m_sim = std::make_unique<SimProcess>(options);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

void TestCloudTracker::init()
{
    QVERIFY(m_sim->clearRequestLog());
}

std::unique_ptr<CloudTracking> TestCloudTracker::tracking(bool oauth)
{
    return std::make_unique<CloudTracking>(m_network, m_sim->serverUrl(),
                                           oauth ? CloudAuth::oauthClient(ClientId, ClientSecret)
                                                 : CloudAuth::apiKey(ApiKey));
}

std::unique_ptr<SimProcess> TestCloudTracker::faultySim()
{
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"cloud-fast.json"_s);
    options.signIn = ConnectionProfile::SignIn::CloudApiKey;
    auto sim = std::make_unique<SimProcess>(options);
    if (!sim->start() || !sim->setFaults(QJsonObject {{u"resetAfterStart"_s, 1}}))
        return nullptr;
    return sim;
}

bool TestCloudTracker::allEnd(const RunTracker &tracker, const QList<RunId> &ids, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            return std::all_of(ids.cbegin(), ids.cend(),
                               [&](RunId id) { return tracker.run(id)->isFinished(); });
        },
        timeoutMs);
}

void TestCloudTracker::startByNameAndFollow()
{
    auto cloud = tracking(true);
    QSignalSpy finished(&cloud->tracker, &RunTracker::runFinished);
    const RunId id = cloud->tracker.start(TaskRef::byName(u"Medium Success"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const Run &run = *cloud->tracker.run(id);
    QCOMPARE(run.phase, RunPhase::Finished);
    QCOMPARE(run.outcome(), RunOutcome::Succeeded);
    QVERIFY(!run.error);
    QCOMPARE(run.task.name, u"Medium Success"_s);
    QCOMPARE(run.task.streamName, u"Finance"_s); // the app's space
    QVERIFY(!run.sessionId.isEmpty());
    QCOMPARE(run.results.size(), 1);
    QCOMPARE(run.results.constFirst().id, run.sessionId);
    QCOMPARE(run.status()->server(), TaskStatus::Server::Cloud);
    QCOMPARE(run.status()->name(), u"SUCCEEDED"_s);
    QCOMPARE(statusNames(run).constLast(), u"SUCCEEDED"_s);
    QVERIFY2(statusNames(run).contains(u"RELOADING"_s), qPrintable(statusNames(run).join(u' ')));
    QVERIFY(run.elapsedMs(QDateTime::currentDateTimeUtc()) >= 900);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/api/v1/reloads"_s), 1);
}

void TestCloudTracker::unknownAndAmbiguousNames()
{
    auto cloud = tracking(false);
    const QList<RunId> ids =
        cloud->tracker.startAll({TaskRef::byName(u"No Such App"_s), TaskRef::byName(u"Twin"_s),
                                 TaskRef::byName(u"fast success"_s)});
    QVERIFY(allEnd(cloud->tracker, ids, 10000));
    for (const RunId id : ids) {
        const Run &run = *cloud->tracker.run(id);
        QCOMPARE(run.phase, RunPhase::NotSubmitted);
        QVERIFY(run.error);
    }
    const Run &unknown = *cloud->tracker.run(ids.at(0));
    QCOMPARE(unknown.error->category, QlikError::Category::NotFound);
    QVERIFY2(unknown.error->message.contains(u"No app is named 'No Such App'"_s),
             qPrintable(unknown.error->message));
    const Run &twin = *cloud->tracker.run(ids.at(1));
    QCOMPARE(twin.error->category, QlikError::Category::Ambiguous);
    QVERIFY2(
        twin.error->message.contains(u"7a1e0c52-0000-4000-8000-000000000001 (space Finance)"_s),
        qPrintable(twin.error->message));
    QVERIFY2(twin.error->message.contains(u"(space Sales)"_s), qPrintable(twin.error->message));
    // Names match exactly, as for repository tasks; one listing served all three.
    QCOMPARE(cloud->tracker.run(ids.at(2))->error->category, QlikError::Category::NotFound);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/api/v1/reloads"_s), 0);
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/api/v1/items"_s), 1);

    // By id, the twin in Sales reloads.
    const RunId byId =
        cloud->tracker.start(TaskRef::byId(u"7a1e0c52-0000-4000-8000-000000000002"_s));
    QVERIFY(allEnd(cloud->tracker, {byId}, 10000));
    QCOMPARE(cloud->tracker.run(byId)->outcome(), RunOutcome::Succeeded);
    QCOMPARE(cloud->tracker.run(byId)->task.streamName, u"Sales"_s);
}

void TestCloudTracker::severalAtOnceInOneRequestPerPoll()
{
    // Six reloads where the tenant runs four at once: two wait QUEUED, all end SUCCEEDED, and
    // with an OAuth client each poll is one request whatever the number of runs.
    auto cloud = tracking(true);
    QSignalSpy cycles(&cloud->tracker, &RunTracker::pollEnded);
    QList<TaskRef> tasks;
    for (const QChar letter : u"ABCDEF"_s)
        tasks.append(TaskRef::byName(u"Queue "_s + letter));
    const QList<RunId> ids = cloud->tracker.startAll(tasks);
    QVERIFY(allEnd(cloud->tracker, ids, 20000));
    bool sawQueued = false;
    for (const RunId id : ids) {
        const Run &run = *cloud->tracker.run(id);
        QCOMPARE(run.outcome(), RunOutcome::Succeeded);
        sawQueued = sawQueued || statusNames(run).contains(u"QUEUED"_s);
    }
    QVERIFY(sawQueued);
    const int polls = m_sim->requestCount(u"GET"_s, u"/api/v1/reloads"_s);
    QVERIFY2(polls <= cycles.size() + 1 && polls >= cycles.size(),
             qPrintable(u"%1 requests in %2 poll cycles"_s.arg(polls).arg(cycles.size())));
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/api/v1/reloads"_s), 6);
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/api/v1/items"_s), 1); // one listing for six
}

void TestCloudTracker::cancelEndsAborted()
{
    auto cloud = tracking(false);
    QSignalSpy accepted(&cloud->tracker, &RunTracker::stopAccepted);
    const RunId id = cloud->tracker.start(TaskRef::byName(u"Long Running"_s));
    QTRY_COMPARE_WITH_TIMEOUT(cloud->tracker.run(id)->phase, RunPhase::Running, 10000);
    cloud->tracker.stop(id);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
    QCOMPARE(accepted.constFirst().at(0).value<RunId>(), id);
    QVERIFY(allEnd(cloud->tracker, {id}, 10000));
    const Run &run = *cloud->tracker.run(id);
    QCOMPARE(run.outcome(), RunOutcome::Aborted);
    QCOMPARE(run.status()->name(), u"CANCELED"_s);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/actions/cancel"_s), 1);
}

void TestCloudTracker::failedWithItsLog()
{
    auto cloud = tracking(false);
    const RunId id = cloud->tracker.start(TaskRef::byName(u"Fast Fail"_s));
    QVERIFY(allEnd(cloud->tracker, {id}, 10000));
    const Run &run = *cloud->tracker.run(id);
    QCOMPARE(run.outcome(), RunOutcome::Failed);
    QCOMPARE(run.status()->name(), u"FAILED"_s);
    QCOMPARE(run.lastMessage(), u"Field 'CostCenter' not found (RELOAD-SCRIPT-ERROR)"_s);

    QSignalSpy logs(&cloud->server, &RunServer::logFetched);
    const RunServer::RequestId request = cloud->server.fetchLog(run.task, *run.latest());
    QTRY_COMPARE(logs.size(), 1);
    QCOMPARE(logs.constFirst().at(0).value<RunServer::RequestId>(), request);
    QCOMPARE(logs.constFirst().at(1).toString(), run.latest()->id);
    const QString log = logs.constFirst().at(2).toString();
    QVERIFY2(log.contains(u"LEFT JOIN (Facts)"_s), qPrintable(log));
}

void TestCloudTracker::exceededLimitIsAFailureOfItsOwn()
{
    auto cloud = tracking(true);
    const RunId id = cloud->tracker.start(TaskRef::byName(u"Over Limit"_s));
    QVERIFY(allEnd(cloud->tracker, {id}, 10000));
    const Run &run = *cloud->tracker.run(id);
    QCOMPARE(run.outcome(), RunOutcome::Failed);
    QCOMPARE(run.status()->name(), u"EXCEEDED_LIMIT"_s);
    const QList<ExecutionDetail> &details = run.latest()->details;
    QCOMPARE(details.size(), 2);
    QVERIFY2(details.at(0).message.contains(u"went beyond a limit of the tenant"_s),
             qPrintable(details.at(0).message));
    QCOMPARE(details.at(1).message,
             u"The reload exceeded the app memory limit (RELOAD-EXCEEDED-LIMIT)"_s);
}

void TestCloudTracker::rateLimitStormEndsEveryRunRight()
{
    // The tenant answers 429 to a dozen requests in the middle of six runs: every run still
    // ends as the tenant says, none is given up, the tracker says it is held back, and after a
    // 429 nothing new is sent before its Retry-After (only requests already under way come).
    auto cloud = tracking(false);
    QSignalSpy held(&cloud->tracker, &RunTracker::heldBack);
    QList<TaskRef> tasks;
    for (const QString &name : {u"Fast Success"_s, u"Medium Success"_s, u"Fast Fail"_s,
                                u"Queue A"_s, u"Queue B"_s, u"Personal App"_s})
        tasks.append(TaskRef::byName(name));
    const QList<RunId> ids = cloud->tracker.startAll(tasks);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.cbegin(), ids.cend(),
                    [&](RunId id) { return !cloud->tracker.run(id)->sessionId.isEmpty(); }),
        10000);
    QVERIFY(m_sim->forceCloudRateLimit(1, 12));
    QVERIFY(allEnd(cloud->tracker, ids, 30000));
    const QStringList expected {u"SUCCEEDED"_s, u"SUCCEEDED"_s, u"FAILED"_s,
                                u"SUCCEEDED"_s, u"SUCCEEDED"_s, u"SUCCEEDED"_s};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Run &run = *cloud->tracker.run(ids.at(i));
        QCOMPARE(run.phase, RunPhase::Finished);
        QCOMPARE(run.status()->name(), expected.at(i));
    }
    QVERIFY(!held.isEmpty());
    QCOMPARE(held.constFirst().at(0).toBool(), true);
    QVERIFY2(held.constFirst().at(1).toString().contains(u"429"_s),
             qPrintable(held.constFirst().at(1).toString()));

    const QJsonArray log = m_sim->requestLog();
    const int early = SimProcess::mostSentSoonAfter429(log, 1000);
    QVERIFY2(early < RateLimitGate::DefaultMaxInFlight, qPrintable(QString::number(early)));
    int refusals = 0;
    for (const QJsonValue &entry : log)
        refusals += entry.toObject().value(u"status"_s).toInt() == 429 ? 1 : 0;
    QCOMPARE(refusals, 12);
}

void TestCloudTracker::tokenExpiresInTheMiddle()
{
    auto cloud = tracking(true);
    const RunId id = cloud->tracker.start(TaskRef::byName(u"Slow Success"_s));
    QTRY_COMPARE_WITH_TIMEOUT(cloud->tracker.run(id)->phase, RunPhase::Running, 10000);
    QVERIFY(m_sim->expireCloudTokens());
    QVERIFY(allEnd(cloud->tracker, {id}, 15000));
    const Run &run = *cloud->tracker.run(id);
    QCOMPARE(run.outcome(), RunOutcome::Succeeded);
    QVERIFY(!run.error);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/oauth/token"_s), 2);
}

void TestCloudTracker::wrongKeyIsNotSubmitted()
{
    CloudTracking cloud(m_network, m_sim->serverUrl(), CloudAuth::apiKey(u"not-the-key-123"_s));
    const RunId id = cloud.tracker.start(TaskRef::byName(u"Fast Success"_s));
    QVERIFY(allEnd(cloud.tracker, {id}, 10000));
    const Run &run = *cloud.tracker.run(id);
    QCOMPARE(run.phase, RunPhase::NotSubmitted);
    QCOMPARE(run.outcome(), RunOutcome::NotSubmitted);
    QCOMPARE(run.error->category, QlikError::Category::Unauthenticated);
    QVERIFY2(run.error->message.contains(u"Check the API key"_s), qPrintable(run.error->message));
    QVERIFY(!run.error->message.contains(u"not-the-key-123"_s));
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/api/v1/reloads"_s), 0);
}

void TestCloudTracker::lostStartAnswerFindsTheReload()
{
    // The tenant creates the reload and the connection is cut before its answer: the app's
    // newest reloads show it, and it is followed, never started again.
    // A tenant of its own: no other reload of the app in the last minutes.
    const auto sim = faultySim();
    QVERIFY(sim);
    CloudTracking cloud(m_network, sim->serverUrl(),
                        CloudAuth::oauthClient(ClientId, ClientSecret));
    const RunId id = cloud.tracker.start(TaskRef::byName(u"Medium Success"_s));
    QVERIFY(allEnd(cloud.tracker, {id}, 20000));
    const Run &run = *cloud.tracker.run(id);
    QCOMPARE(run.outcome(), RunOutcome::Succeeded);
    QVERIFY2(run.startNote.contains(u"the app's reloads show the one it started"_s),
             qPrintable(run.startNote));
    QCOMPARE(sim->requestCount(u"POST"_s, u"/api/v1/reloads"_s), 1);
}

void TestCloudTracker::lostStartAnswersThatCannotBeToldApartAreLost()
{
    // Two starts of one app, both answers lost: each sees two new reloads and cannot tell which
    // is its own. Lost (it may run), never NotSubmitted, never a guess.
    const auto sim = faultySim();
    QVERIFY(sim);
    CloudTracking first(m_network, sim->serverUrl(), CloudAuth::apiKey(ApiKey));
    CloudTracking second(m_network, sim->serverUrl(), CloudAuth::apiKey(ApiKey));
    const RunId a = first.tracker.start(TaskRef::byName(u"Slow Success"_s));
    const RunId b = second.tracker.start(TaskRef::byName(u"Slow Success"_s));
    QVERIFY(allEnd(first.tracker, {a}, 20000));
    QVERIFY(allEnd(second.tracker, {b}, 20000));
    for (const Run *run : {first.tracker.run(a), second.tracker.run(b)}) {
        QCOMPARE(run->phase, RunPhase::Lost);
        QCOMPARE(run->error->category, QlikError::Category::StartUnconfirmed);
        QVERIFY2(run->error->message.contains(u"2 reloads of it were started since"_s),
                 qPrintable(run->error->message));
    }
    QCOMPARE(sim->requestCount(u"POST"_s, u"/api/v1/reloads"_s), 2);
}

void TestCloudTracker::requestsPerPollForFiftyReloads_data()
{
    QTest::addColumn<bool>("oauth");
    QTest::addColumn<int>("requestsPerPoll");
    // An OAuth client lists reloads across apps: one request. An API key's user needs the app
    // in the list: one request per app (five here), whatever the number of reloads.
    QTest::newRow("oauth client") << true << 1;
    QTest::newRow("api key") << false << 5;
}

void TestCloudTracker::requestsPerPollForFiftyReloads()
{
    QFETCH(bool, oauth);
    QFETCH(int, requestsPerPoll);
    // Five apps whose reloads last a minute: all fifty runs are live while polls are counted.
    QTemporaryDir dir;
    QFile scenario(dir.filePath(u"fifty.json"_s));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    QJsonArray apps;
    for (int app = 1; app <= 5; ++app)
        apps.append(QJsonObject {
            {u"name"_s, u"Long %1"_s.arg(app)}, {u"durationMs"_s, 60000}, {u"cancelMs"_s, 100}});
    scenario.write(QJsonDocument(QJsonObject {{u"apps"_s, apps}}).toJson());
    scenario.close();
    SimProcess::Options options;
    options.scenarioFile = scenario.fileName();
    options.extraArgs = {u"--cloud"_s,
                         u"--api-key"_s,
                         ApiKey,
                         u"--oauth-client"_s,
                         ClientId + u':' + ClientSecret,
                         u"--max-concurrent-reloads"_s,
                         u"100"_s,
                         u"--reloads-per-minute"_s,
                         u"1000"_s};
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    CloudTracking cloud(m_network, sim.serverUrl(),
                        oauth ? CloudAuth::oauthClient(ClientId, ClientSecret)
                              : CloudAuth::apiKey(ApiKey));
    cloud.tracker.setPollInterval(400ms);
    cloud.client.rateLimitGate().setLimit(RateLimitGate::Tier::ReloadStart, 1000);
    QList<TaskRef> tasks;
    for (int i = 0; i < 50; ++i)
        tasks.append(TaskRef::byName(u"Long %1"_s.arg(i % 5 + 1)));
    const QList<RunId> ids = cloud.tracker.startAll(tasks);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                         [&](RunId id) {
                                             const Run *run = cloud.tracker.run(id);
                                             return !run->results.isEmpty();
                                         }),
                             20000);
    // Every run is known to the tenant's list now: count whole cycles from here.
    QSignalSpy cycles(&cloud.tracker, &RunTracker::pollEnded);
    QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= 1, 5000);
    QVERIFY(sim.clearRequestLog());
    cycles.clear();
    QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= 5, 10000);
    const int requests = sim.requestCount(u"GET"_s, u"/api/v1/reloads"_s);
    const int polls = int(cycles.size());
    qInfo("%d reloads: %d requests in %d poll cycles", int(ids.size()), requests, polls);
    QVERIFY2(requests >= polls * requestsPerPoll && requests <= (polls + 1) * requestsPerPoll,
             qPrintable(u"%1 requests in %2 cycles"_s.arg(requests).arg(polls)));
    for (const RunId id : ids)
        cloud.tracker.stop(id);
}

QTEST_GUILESS_MAIN(TestCloudTracker)
#include "tst_cloudtracker.moc"
