#include "qlikservice.h"
#include "qrsrunserver.h"
#include "runtracker.h"
#include "serverwatch.h"
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

/// Watching every run on a server against qrs-sim: runs nobody here started (the sim's
/// scheduler, another client) are followed with their tasks' names, for one poll request per
/// cycle whatever their number.
class TestServerWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void scheduledRunsAreSeenWithTheirTaskNames();
    void twoHundredLiveRunsCostOneRequestPerCycle();
    void watchEndsWhenTheServerCannotTellChanges();

private:
    /// A sim on the scenario JSON, with a tracker polling every `interval` and a watch on it.
    bool setUp(const QByteArray &scenarioJson, std::chrono::milliseconds interval,
               const QStringList &simArgs = {});
    [[nodiscard]] int seenRuns(const QString &taskName) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<QlikService> m_service;
    std::unique_ptr<QrsRunServer> m_server;
    std::unique_ptr<RunTracker> m_tracker;
    std::unique_ptr<ServerWatch> m_watch;
};

bool TestServerWatch::setUp(const QByteArray &scenarioJson, std::chrono::milliseconds interval,
                            const QStringList &simArgs)
{
    QFile scenario(m_dir.filePath(u"scenario.json"_s));
    if (!scenario.open(QIODevice::WriteOnly) || scenario.write(scenarioJson) < 0)
        return false;
    scenario.close();
    SimProcess::Options options;
    options.scenarioFile = scenario.fileName();
    options.extraArgs = simArgs;
    m_sim = std::make_unique<SimProcess>(options);
    if (!m_sim->start()) {
        qWarning("%s", qPrintable(m_sim->errorString()));
        return false;
    }
    m_service = std::make_unique<QlikService>(m_network, m_sim->profile());
    m_server = std::make_unique<QrsRunServer>(*m_service);
    m_tracker = std::make_unique<RunTracker>(*m_server);
    m_tracker->setPollInterval(interval);
    m_watch = std::make_unique<ServerWatch>(*m_tracker);
    return true;
}

void TestServerWatch::cleanup()
{
    m_watch.reset();
    m_tracker.reset();
    m_server.reset();
    m_service.reset();
    m_sim.reset();
}

int TestServerWatch::seenRuns(const QString &taskName) const
{
    int seen = 0;
    for (const RunId id : m_tracker->runIds()) {
        const Run *run = m_tracker->run(id);
        seen += run->origin == RunOrigin::SeenOnServer && run->task.name == taskName &&
            run->isFinished();
    }
    return seen;
}

void TestServerWatch::scheduledRunsAreSeenWithTheirTaskNames()
{
    QVERIFY(setUp(R"({"apps": [{"name": "Ops App", "stream": "Ops"}], "streams": [{"name": "Ops"}],
        "tasks": [
          {"name": "Every half second", "app": "Ops App", "tags": ["Nightly"],
           "pendingMs": 50, "triggeredMs": 50, "queuedMs": 50, "durationMs": 100,
           "schedule": {"everyMs": 500, "firstAtMs": 100}},
          {"name": "Failing now and then", "app": "Ops App", "outcome": "FinishedFail",
           "pendingMs": 50, "triggeredMs": 50, "queuedMs": 50, "durationMs": 100,
           "schedule": {"everyMs": 900, "firstAtMs": 300}}]})",
                  100ms));
    QSignalSpy seen(m_watch.get(), &ServerWatch::runSeen);
    QVERIFY(m_watch->start());
    QTRY_VERIFY_WITH_TIMEOUT(seenRuns(u"Every half second"_s) >= 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(seenRuns(u"Failing now and then"_s) >= 1, 10000);
    for (const RunId id : m_tracker->runIds()) {
        const Run *run = m_tracker->run(id);
        QCOMPARE(run->origin, RunOrigin::SeenOnServer);
        QCOMPARE(run->task.appName, u"Ops App"_s);
        QCOMPARE(run->task.streamName, u"Ops"_s);
        if (run->isFinished())
            QCOMPARE(run->outcome(),
                     run->task.name == u"Every half second"_s ? RunOutcome::Succeeded
                                                              : RunOutcome::Failed);
    }
    QVERIFY(seen.size() >= 4);

    // Stopped, nothing more is seen, and polls stop with the last live run.
    m_watch->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->hasLiveRuns(), 5000);
    const int runs = int(m_tracker->runIds().size());
    QTest::qWait(1200); // two scheduled starts would be seen meanwhile
    QCOMPARE(int(m_tracker->runIds().size()), runs);
}

void TestServerWatch::twoHundredLiveRunsCostOneRequestPerCycle()
{
    // 200 tasks running at once, started by another client: the watch follows all of them.
    QJsonArray tasks;
    for (int i = 0; i < 200; ++i)
        tasks.append(QJsonObject {{u"name"_s, u"Long %1"_s.arg(i)},
                                  {u"app"_s, u"Big App"_s},
                                  {u"pendingMs"_s, 50},
                                  {u"queuedMs"_s, 50},
                                  {u"durationMs"_s, 120000}});
    const QJsonObject scenario {{u"apps"_s, QJsonArray {QJsonObject {{u"name"_s, u"Big App"_s}}}},
                                {u"tasks"_s, tasks}};
    QVERIFY(setUp(QJsonDocument(scenario).toJson(), 200ms));
    QVERIFY(m_watch->start(QDateTime::currentDateTimeUtc().addSecs(-60)));

    QNetworkAccessManager otherNetwork;
    QlikService other(otherNetwork, m_sim->profile());
    QSignalSpy submitted(&other, &QlikService::taskSubmitted);
    QList<TaskRef> refs;
    for (int i = 0; i < 200; ++i)
        refs.append(TaskRef::byName(u"Long %1"_s.arg(i)));
    other.startTasks(refs);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 200, 30000);
    const auto liveRuns = [this] {
        int live = 0;
        for (const RunId id : m_tracker->runIds())
            live +=
                !m_tracker->run(id)->isFinished() && m_tracker->run(id)->phase == RunPhase::Running;
        return live;
    };
    QTRY_COMPARE_WITH_TIMEOUT(liveRuns(), 200, 30000);

    // From here on, count: poll cycles and the repository requests they made.
    QSignalSpy cycles(m_tracker.get(), &RunTracker::pollEnded);
    QTRY_VERIFY_WITH_TIMEOUT(!cycles.isEmpty(), 5000);
    QVERIFY(m_sim->clearRequestLog());
    cycles.clear();
    QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= 10, 20000);
    const int ended = int(cycles.size());
    const int requests = m_sim->requestCount({}, u"/qrs/"_s);
    const int polls = m_sim->requestCount(u"GET"_s, u"/qrs/executionresult"_s);
    qInfo("watching 200 live runs: %d poll cycles, %d execution result requests, %d QRS "
          "requests in all",
          ended, polls, requests);
    QCOMPARE(liveRuns(), 200);
    // A cycle in flight when counting ended may have been sent already: at most one more.
    QVERIFY2(polls >= ended && polls <= ended + 1,
             qPrintable(u"%1 requests in %2 cycles"_s.arg(polls).arg(ended)));
    QVERIFY2(requests <= polls + 1, qPrintable(u"%1 requests in all"_s.arg(requests)));
}

void TestServerWatch::watchEndsWhenTheServerCannotTellChanges()
{
    // A repository that refuses to filter by modifiedDate cannot tell what changed: the watch
    // ends and says why, instead of watching nothing.
    QVERIFY(setUp(R"({"apps": [{"name": "A"}], "tasks": [{"name": "T", "app": "A"}]})", 100ms,
                  {u"--modified-date"_s, u"unfilterable"_s}));
    QSignalSpy changed(m_watch.get(), &ServerWatch::watchingChanged);
    QVERIFY(m_watch->start());
    QTRY_VERIFY_WITH_TIMEOUT(!m_watch->isWatching(), 5000);
    QVERIFY2(m_watch->problem().contains(u"no longer be asked"_s), qPrintable(m_watch->problem()));
    QCOMPARE(changed.constLast().at(0).toBool(), false);
    QVERIFY(!m_watch->start()); // and it cannot begin again on this server
    QVERIFY(!m_watch->problem().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerWatch)
#include "tst_serverwatch.moc"
