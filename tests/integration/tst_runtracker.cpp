// RunTracker following real runs of a qrs-sim process to their end.
#include "cannedserver.h"
#include "qrsrunserver.h"
#include "runtracker.h"
#include "simprocess.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString Scenario = QStringLiteral(QTR_INTEGRATION_DATA_DIR "/tracking.json");

const QByteArray Json = QByteArrayLiteral("application/json");

/// What the repository answers for one session: a single attempt with this status.
QByteArray resultOf(const QString &sessionId, TaskStatus::Code status)
{
    const bool final = TaskStatus(status).isFinal();
    return u"[{\"id\":\"e0000000-0000-4000-8000-000000000001\",\"executionID\":\"%1\","
           "\"taskID\":\"10000000-0000-4000-8000-000000000001\",\"status\":%2,"
           "\"startTime\":\"2026-01-01T00:00:00.000Z\",\"stopTime\":\"%3\","
           "\"duration\":%4,\"details\":[]}]"_s.arg(sessionId)
               .arg(int(status))
               .arg(final ? u"2026-01-01T00:00:01.000Z"_s : u"1753-01-01T00:00:00.000Z"_s)
               .arg(final ? 1000 : 0)
               .toUtf8();
}

ReloadTask quickSuccess()
{
    ReloadTask task;
    task.id = u"10000000-0000-4000-8000-000000000001"_s;
    task.name = u"Quick success"_s;
    return task;
}

QString newSessionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<int> statusCodes(const Run &run)
{
    QList<int> codes;
    for (const StatusChange &change : run.history)
        codes.append(change.status.code());
    return codes;
}
} // namespace

class TestRunTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runsToTheirOutcome_data();
    void runsToTheirOutcome();
    void runIsNamedOnceResolved();
    void listedTaskIsKnownFromTheStart();
    void notSubmittedRunKeepsTheReason();
    void retriedRunEndsWithItsNewestAttempt();
    void runsEndingInOneAnswerAreToldInTheOrderTheyEnded();
    void followsManyRunsInFewRequestsPerCycle();
    void slowAnswersNeverStackPolls();
    void transientErrorsDoNotEndRuns();
    void serverAwayAndBackLosesNothing();
    void runIsLostOnlyAfterGracePeriod();
    void lostRunCanBeResumed();
    void pollIntervalAppliesAtOnce();
    void pausedTrackerSendsNoPolls();
    void stopAbortsTheRun();
    void runsInFlightCannotBeRemoved();
    void forgottenRunIsLostAfterGracePeriod();
    void runWhoseResultsVanishIsLost();
    void runWhoseResultsComeBackGoesOn();
    void runsOfARestartedRepositoryAreLost();
    void failedRequestSlowsOnlyItsOwnRuns();
    void silentServerLosesRunsWithinGracePeriod();
    void lateAnswerOfAbandonedPollIsIgnored();

private:
    /// Service and tracker talking to another server (a CannedServer) instead of the sim.
    void useServer(const QUrl &url, std::chrono::milliseconds requestTimeout = 10s);

    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<QlikService> m_service;
    std::unique_ptr<QrsRunServer> m_server;
    std::unique_ptr<RunTracker> m_tracker;
};

void TestRunTracker::initTestCase()
{
    SimProcess::Options options;
    options.scenarioFile = Scenario;
    options.tls = true;
    m_sim = std::make_unique<SimProcess>(options);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

void TestRunTracker::init()
{
    // A test may end while the simulator is still in an outage it asked for.
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->clearRequestLog(), 10000);
    m_sim->setFaults(0, 0, 0);
    m_service = std::make_unique<QlikService>(m_network, m_sim->profile());
    m_server = std::make_unique<QrsRunServer>(*m_service);
    m_tracker = std::make_unique<RunTracker>(*m_server);
    m_tracker->setPollInterval(100ms);
}

void TestRunTracker::cleanup()
{
    m_tracker.reset();
    m_server.reset();
    m_service.reset();
}

void TestRunTracker::useServer(const QUrl &url, std::chrono::milliseconds requestTimeout)
{
    m_tracker.reset();
    ConnectionProfile profile = m_sim->profile();
    profile.serverUrl = url;
    profile.requestTimeout = requestTimeout;
    m_service = std::make_unique<QlikService>(m_network, profile);
    m_server = std::make_unique<QrsRunServer>(*m_service);
    m_tracker = std::make_unique<RunTracker>(*m_server);
    m_tracker->setPollInterval(100ms);
}

void TestRunTracker::runsToTheirOutcome_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<RunOutcome>("outcome");
    QTest::addColumn<int>("finalStatus");

    QTest::newRow("success") << u"Quick success"_s << RunOutcome::Succeeded
                             << int(TaskStatus::FinishedSuccess);
    QTest::newRow("failure") << u"Quick failure"_s << RunOutcome::Failed
                             << int(TaskStatus::FinishedFail);
    QTest::newRow("skipped") << u"Skipped one"_s << RunOutcome::Skipped << int(TaskStatus::Skipped);
}

void TestRunTracker::runsToTheirOutcome()
{
    QFETCH(QString, task);
    QFETCH(RunOutcome, outcome);
    QFETCH(int, finalStatus);

    QSignalSpy added(m_tracker.get(), &RunTracker::runAdded);
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    QSignalSpy updated(m_tracker.get(), &RunTracker::runUpdated);
    const RunId id = m_tracker->start(TaskRef::fromUserInput(task));
    QCOMPARE(added.size(), 1);
    QCOMPARE(m_tracker->run(id)->phase, RunPhase::Submitting);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.phase, RunPhase::Finished);
    QCOMPARE(run.outcome(), outcome);
    QCOMPARE(run.task.name, task);
    QVERIFY(!run.sessionId.isEmpty());
    QCOMPARE(run.history.constLast().status.code(), finalStatus);
    // Every status appears once, in the order it was seen.
    const QList<int> codes = statusCodes(run);
    for (qsizetype i = 1; i < codes.size(); ++i)
        QVERIFY(codes[i] != codes[i - 1]);
    QVERIFY(updated.size() >= 2);
    QVERIFY(!m_tracker->hasLiveRuns());
}

void TestRunTracker::runIsNamedOnceResolved()
{
    const QString id = u"10000000-0000-4000-8000-000000000001"_s;
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId run = m_tracker->start(TaskRef::byId(id));
    QCOMPARE(m_tracker->run(run)->displayName(), id); // what was asked for, until resolved
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(m_tracker->run(run)->displayName(), u"Quick success"_s);
}

void TestRunTracker::listedTaskIsKnownFromTheStart()
{
    ReloadTask listed;
    listed.id = u"10000000-0000-4000-8000-000000000001"_s;
    listed.name = u"Quick success"_s;
    listed.appName = u"Budget"_s;
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->start(listed);
    QCOMPARE(m_tracker->run(id)->task.name, listed.name);
    QCOMPARE(m_tracker->run(id)->task.appName, listed.appName);
    QVERIFY(m_tracker->run(id)->requested.isId());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(m_tracker->run(id)->outcome(), RunOutcome::Succeeded);
}

void TestRunTracker::notSubmittedRunKeepsTheReason()
{
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->start(TaskRef::byName(u"Disabled one"_s));
    QTRY_COMPARE(finished.size(), 1);
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.outcome(), RunOutcome::NotSubmitted);
    QVERIFY(run.error.has_value());
    QCOMPARE(run.error->category, QlikError::Category::NotStarted);
    QCOMPARE(run.lastMessage(), run.error->message);
}

void TestRunTracker::retriedRunEndsWithItsNewestAttempt()
{
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->start(TaskRef::byName(u"Retried once"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.outcome(), RunOutcome::Succeeded);
    QCOMPARE(run.results.size(), 2);
    QVERIFY(run.results[0].startTime < run.results[1].startTime);
    QVERIFY(statusCodes(run).contains(int(TaskStatus::Retry)));
}

void TestRunTracker::runsEndingInOneAnswerAreToldInTheOrderTheyEnded()
{
    // Five runs of 0.3 to 1.2 s all end before the first poll, 2 s after the first start: the
    // one answer tells every end, and runFinished comes in the order of their stopTime.
    m_tracker->setPollInterval(2000ms);
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    QSignalSpy polls(m_tracker.get(), &RunTracker::pollEnded);
    m_tracker->startAll({TaskRef::byName(u"Retried once"_s), TaskRef::byName(u"Quick success"_s),
                         TaskRef::byName(u"Quick failure"_s),
                         TaskRef::byName(u"Sales & Marketing 'Q1' #1 + Ü"_s),
                         TaskRef::byName(u"Skipped one"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 8000);
    QCOMPARE(polls.size(), 1); // all in one answer
    QList<QDateTime> stopTimes;
    for (const QList<QVariant> &args : std::as_const(finished))
        stopTimes.append(m_tracker->run(args.at(0).value<RunId>())->latest()->stopTime);
    for (qsizetype i = 1; i < stopTimes.size(); ++i)
        QVERIFY2(stopTimes[i - 1] <= stopTimes[i],
                 qPrintable(u"run %1 ended at %2, before run %3 at %4"_s.arg(i + 1)
                                .arg(stopTimes[i].toString(Qt::ISODateWithMs))
                                .arg(i)
                                .arg(stopTimes[i - 1].toString(Qt::ISODateWithMs))));
}

void TestRunTracker::followsManyRunsInFewRequestsPerCycle()
{
    // 200 runs whose sessions the repository has not written results for yet: all stay pending.
    ReloadTask task;
    task.id = u"10000000-0000-4000-8000-000000000001"_s;
    task.name = u"Quick success"_s;
    for (int i = 0; i < 200; ++i)
        m_tracker->follow(task, QUuid::createUuid().toString(QUuid::WithoutBraces), {});

    QSignalSpy cycles(m_service.get(), &QlikService::pollCompleted);
    QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 1, 5000);
    m_sim->clearRequestLog();
    QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 6, 10000);
    // Polling goes on: one snapshot of the log, and the cycles it can hold (one may be in flight).
    const QJsonArray log = m_sim->requestLog();
    const qsizetype completed = cycles.size() - 1;
    int requests = 0;
    int gets = 0;
    for (const QJsonValue &entry : log) {
        if (entry[u"method"_s].toString() != u"GET"_s)
            continue;
        ++gets;
        requests += entry[u"path"_s].toString().contains(u"/qrs/executionresult"_s) ? 1 : 0;
    }
    const double perCycle = requests / double(completed);
    qInfo("200 runs followed: %d requests in %lld poll cycles = %.1f per cycle", requests,
          qlonglong(completed), perCycle);
    QVERIFY(perCycle <= 5.0);
    QCOMPARE(gets, requests); // nothing else was asked
    QVERIFY(m_tracker->hasLiveRuns());
}

void TestRunTracker::slowAnswersNeverStackPolls()
{
    // Answers take four poll intervals: a repeating timer would have four polls in flight.
    m_sim->setFaults(0, 400, 0);
    ReloadTask task;
    task.id = u"10000000-0000-4000-8000-000000000001"_s;
    m_tracker->follow(task, QUuid::createUuid().toString(QUuid::WithoutBraces), {});
    QSignalSpy cycles(m_service.get(), &QlikService::pollCompleted);
    QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= 4, 10000);
    const int requests = m_sim->requestCount(u"GET"_s, u"/qrs/executionresult"_s);
    QVERIFY2(requests <= cycles.size() + 1,
             qPrintable(u"%1 requests for %2 answered polls"_s.arg(requests).arg(cycles.size())));
}

void TestRunTracker::transientErrorsDoNotEndRuns()
{
    m_sim->setFaults(3, 0, 0); // every third poll answers 503
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->start(TaskRef::byName(u"Two seconds"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(m_tracker->run(id)->outcome(), RunOutcome::Succeeded);
    QVERIFY(!m_tracker->run(id)->error.has_value());
    QVERIFY(m_sim->requestCount(u"GET"_s, u"/qrs/executionresult"_s) >= 3);
}

void TestRunTracker::serverAwayAndBackLosesNothing()
{
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->start(TaskRef::byName(u"Two seconds"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->run(id)->phase, RunPhase::Running, 5000);

    m_sim->outage(1500);
    // The tracker notices, keeps the run and says why it has no news.
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->failingSince.isValid(), 5000);
    QCOMPARE(m_tracker->run(id)->error->category, QlikError::Category::Transient);
    QVERIFY(!m_tracker->run(id)->isFinished());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.outcome(), RunOutcome::Succeeded);
    QVERIFY(!run.failingSince.isValid());
    QVERIFY(!run.error.has_value());
}

void TestRunTracker::runIsLostOnlyAfterGracePeriod()
{
    m_tracker->setUnreachableGrace(700ms);
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->start(TaskRef::byName(u"Long two"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->run(id)->phase, RunPhase::Running, 5000);

    QElapsedTimer sinceOutage;
    m_sim->outage(4000);
    sinceOutage.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(sinceOutage.elapsed() >= 700);
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.phase, RunPhase::Lost);
    QCOMPARE(run.outcome(), RunOutcome::Lost);
    QVERIFY2(run.error->message.contains(u"Lost contact"_s), qPrintable(run.error->message));
    QVERIFY(!m_tracker->hasLiveRuns());
}

void TestRunTracker::lostRunCanBeResumed()
{
    m_tracker->setUnreachableGrace(300ms);
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    QSignalSpy resumed(m_tracker.get(), &RunTracker::runResumed);
    const RunId id = m_tracker->start(TaskRef::byName(u"Two seconds"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->run(id)->phase, RunPhase::Running, 5000);
    QVERIFY(!m_tracker->resume(id)); // only Lost runs

    m_sim->outage(1500);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(m_tracker->run(id)->phase, RunPhase::Lost);

    QTRY_VERIFY_WITH_TIMEOUT(m_sim->clearRequestLog(), 10000); // the server is back
    QVERIFY(m_tracker->resume(id));
    QCOMPARE(resumed.size(), 1);
    QVERIFY(!m_tracker->run(id)->isFinished());
    QVERIFY(!m_tracker->run(id)->error.has_value());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(m_tracker->run(id)->outcome(), RunOutcome::Succeeded);
}

void TestRunTracker::pollIntervalAppliesAtOnce()
{
    ReloadTask task;
    task.id = u"10000000-0000-4000-8000-000000000001"_s;
    m_tracker->follow(task, QUuid::createUuid().toString(QUuid::WithoutBraces), {});

    QList<qint64> completedAt;
    QElapsedTimer clock;
    clock.start();
    connect(m_service.get(), &QlikService::pollCompleted, this,
            [&] { completedAt.append(clock.elapsed()); });
    QTRY_VERIFY_WITH_TIMEOUT(completedAt.size() >= 4, 5000);
    QVERIFY2(completedAt[3] - completedAt[2] < 600, "polls 100 ms apart");

    m_tracker->setPollInterval(900ms);
    QCOMPARE(m_tracker->pollInterval(), 900ms);
    const qsizetype before = completedAt.size();
    QTRY_VERIFY_WITH_TIMEOUT(completedAt.size() >= before + 2, 5000);
    const qint64 gap = completedAt[before + 1] - completedAt[before];
    QVERIFY2(gap >= 850, qPrintable(u"gap %1 ms"_s.arg(gap)));
}

void TestRunTracker::pausedTrackerSendsNoPolls()
{
    m_tracker->setPaused(true);
    QVERIFY(m_tracker->isPaused());
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->start(TaskRef::fromUserInput(u"Two seconds"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->run(id)->sessionId.isEmpty(), 5000);
    // Long enough for the run to end on the server and for 25 polls at the test's cadence.
    QTest::qWait(2500);
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/qrs/executionresult"_s), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!m_tracker->run(id)->isFinished());

    m_tracker->setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(m_tracker->run(id)->outcome(), RunOutcome::Succeeded);
}

void TestRunTracker::stopAbortsTheRun()
{
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->start(TaskRef::byName(u"Long one"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->run(id)->phase, RunPhase::Running, 5000);
    m_tracker->stop(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.outcome(), RunOutcome::Aborted);
    const QList<int> codes = statusCodes(run);
    QCOMPARE(codes.constLast(), int(TaskStatus::Aborted));
    QVERIFY(codes.contains(int(TaskStatus::AbortInitiated)) ||
            codes.contains(int(TaskStatus::Aborting)));
}

void TestRunTracker::runsInFlightCannotBeRemoved()
{
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    QSignalSpy removed(m_tracker.get(), &RunTracker::runRemoved);
    const RunId id = m_tracker->start(TaskRef::byName(u"Quick success"_s));
    QVERIFY(!m_tracker->remove(id));
    QVERIFY(m_tracker->run(id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(m_tracker->remove(id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_tracker->run(id));
    QVERIFY(m_tracker->runIds().isEmpty());
}

void TestRunTracker::forgottenRunIsLostAfterGracePeriod()
{
    // A repository restarted without its sessions: every poll answers, but never for this run.
    CannedServer server;
    server.answer(200, Json, "[]");
    useServer(server.url());
    m_tracker->setUnreachableGrace(600ms);
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    QElapsedTimer clock;
    clock.start();
    const RunId id = m_tracker->follow(quickSuccess(), newSessionId(), {});

    bool checked = false;
    bool liveAtHalfGrace = false;
    QTimer::singleShot(300ms, this, [&] {
        checked = true;
        liveAtHalfGrace = !m_tracker->run(id)->isFinished();
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(checked);
    QVERIFY2(liveAtHalfGrace, "Lost before its grace period ran out");
    // First poll after one interval, Lost at the first answer after the grace period.
    QVERIFY2(elapsed >= 600 && elapsed < 600 + 3 * 100 + 400,
             qPrintable(u"Lost after %1 ms"_s.arg(elapsed)));
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.phase, RunPhase::Lost);
    QCOMPARE(run.outcome(), RunOutcome::Lost);
    QVERIFY(run.error.has_value());
    QCOMPARE(run.error->category, QlikError::Category::NotFound);
    QVERIFY2(run.error->message.contains(u"no record"_s), qPrintable(run.error->message));
    QVERIFY2(run.error->message.contains(run.sessionId), qPrintable(run.error->message));
    QVERIFY(!run.failingSince.isValid()); // the server did answer
    QVERIFY(server.requestCount() >= 5);
}

void TestRunTracker::runWhoseResultsVanishIsLost()
{
    const QString session = newSessionId();
    CannedServer server;
    server.answer(200, Json, resultOf(session, TaskStatus::Started));
    useServer(server.url());
    m_tracker->setUnreachableGrace(500ms);
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->follow(quickSuccess(), session, {});
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->run(id)->phase, RunPhase::Running, 5000);

    // The repository restarts without its sessions: the run's results are gone.
    const QDateTime vanishedAt = QDateTime::currentDateTimeUtc();
    server.answer(200, Json, "[]");
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->unknownSince.isValid(), 5000);
    QCOMPARE(m_tracker->run(id)->phase, RunPhase::Running);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);

    const Run &run = *m_tracker->run(id);
    // A poll sent just before the switch may carry the first empty answer: a few ms of slack.
    const qint64 after = vanishedAt.msecsTo(run.finishedAt);
    QVERIFY2(after >= 500 - 50 && after < 500 + 3 * 100 + 400,
             qPrintable(u"Lost %1 ms after the results vanished"_s.arg(after)));
    QCOMPARE(run.outcome(), RunOutcome::Lost);
    QVERIFY2(run.error->message.contains(u"no record"_s), qPrintable(run.error->message));
    QCOMPARE(run.results.size(), 1); // what was seen before stays
}

void TestRunTracker::runWhoseResultsComeBackGoesOn()
{
    const QString session = newSessionId();
    CannedServer server;
    server.answer(200, Json, resultOf(session, TaskStatus::Started));
    useServer(server.url());
    m_tracker->setUnreachableGrace(500ms);
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->follow(quickSuccess(), session, {});
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->run(id)->phase, RunPhase::Running, 5000);

    const QDateTime vanishedAt = QDateTime::currentDateTimeUtc();
    server.answer(200, Json, "[]");
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->unknownSince.isValid(), 5000);
    server.answer(200, Json, resultOf(session, TaskStatus::Started)); // back before the grace
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->run(id)->unknownSince.isValid(), 5000);

    // Well past the grace period since the results vanished, the run is still followed.
    QTRY_VERIFY_WITH_TIMEOUT(vanishedAt.msecsTo(QDateTime::currentDateTimeUtc()) > 500 + 300, 5000);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_tracker->run(id)->phase, RunPhase::Running);

    server.answer(200, Json, resultOf(session, TaskStatus::FinishedSuccess));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(m_tracker->run(id)->outcome(), RunOutcome::Succeeded);
    QVERIFY(!m_tracker->run(id)->error.has_value());
}

void TestRunTracker::runsOfARestartedRepositoryAreLost()
{
    m_tracker->setUnreachableGrace(500ms);
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    const RunId id = m_tracker->start(TaskRef::byName(u"Two seconds"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->run(id)->phase, RunPhase::Running, 5000);

    QElapsedTimer sinceForgotten;
    QVERIFY(m_sim->forgetSessions()); // the repository restarts without its sessions
    sinceForgotten.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const qint64 elapsed = sinceForgotten.elapsed();
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.outcome(), RunOutcome::Lost);
    QVERIFY2(run.error->message.contains(u"no record"_s), qPrintable(run.error->message));
    // Before its end on the server (2.5 s of work) and after the grace, less a poll in flight.
    QVERIFY2(elapsed >= 500 - 100 && elapsed < 500 + 3 * 100 + 400,
             qPrintable(u"Lost %1 ms after the sessions were forgotten"_s.arg(elapsed)));
    QVERIFY(!run.results.isEmpty());
}

void TestRunTracker::failedRequestSlowsOnlyItsOwnRuns()
{
    // About 300 runs take five requests a cycle when asked for by session (a repository that
    // cannot filter on modifiedDate); every third request answers 503. Real runs sit in
    // different requests among runs the repository has no result for yet.
    SimProcess::Options options;
    options.scenarioFile = Scenario;
    options.tls = true;
    options.extraArgs = {u"--modified-date"_s, u"unfilterable"_s};
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    useServer(sim.serverUrl());
    const QStringList real {u"Quick success"_s, u"Retried once"_s, u"Quick failure"_s,
                            u"Two seconds"_s};
    QList<RunId> realIds;
    for (const QString &name : real) {
        for (int i = 0; i < 75; ++i)
            m_tracker->follow(quickSuccess(), newSessionId(), {});
        realIds.append(m_tracker->start(TaskRef::byName(name)));
    }
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    QList<qint64> completedAt;
    QElapsedTimer clock;
    clock.start();
    connect(m_service.get(), &QlikService::pollCompleted, this,
            [&] { completedAt.append(clock.elapsed()); });
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(realIds.constLast())->phase == RunPhase::Pending, 5000);
    sim.clearRequestLog();
    sim.setFaults(3, 0, 0);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), real.size(), 15000);
    const int requests = sim.requestCount(u"GET"_s, u"/qrs/executionresult"_s);
    const QJsonArray log = sim.requestLog();
    int failed = 0;
    for (const QJsonValue &entry : log)
        failed += entry[u"status"_s].toInt() == 503 ? 1 : 0;
    qsizetype gaps = 0;
    qint64 longestGap = 0;
    for (qsizetype i = 1; i < completedAt.size(); ++i, ++gaps)
        longestGap = std::max(longestGap, completedAt[i] - completedAt[i - 1]);
    qInfo("%d requests (%d answered 503) in %lld cycles; longest gap between cycles %lld ms",
          requests, failed, qlonglong(completedAt.size()), qlonglong(longestGap));
    QVERIFY2(requests >= 4 * (completedAt.size() - 2), "several requests a cycle");
    QVERIFY(failed >= 3);
    // A 503 among answered requests backs nobody off: cycles stay one interval (plus the time
    // the requests take) apart, where doubling would have reached 1.6 s within five cycles.
    QVERIFY2(longestGap < 800, qPrintable(u"%1 ms between two cycles"_s.arg(longestGap)));

    for (const RunId id : std::as_const(realIds)) {
        const Run &run = *m_tracker->run(id);
        QCOMPARE(run.phase, RunPhase::Finished);
        QVERIFY(!run.error.has_value());
        // Seen to end within a few intervals of the end on the server.
        const qint64 lag = run.latest()->stopTime.msecsTo(run.finishedAt);
        QVERIFY2(lag < 1000, qPrintable(u"%1 ended %2 ms late"_s.arg(run.displayName()).arg(lag)));
    }
    QVERIFY(m_tracker->hasLiveRuns()); // the others stay pending, none is Lost
    for (const RunId id : m_tracker->runIds())
        QVERIFY(m_tracker->run(id)->phase != RunPhase::Lost);
}

void TestRunTracker::silentServerLosesRunsWithinGracePeriod()
{
    // The server accepts connections and never answers; a request gives up only after 30 s.
    CannedServer server;
    server.stayMute();
    useServer(server.url(), 30s);
    m_tracker->setPollInterval(200ms);
    m_tracker->setUnreachableGrace(1s);
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    QElapsedTimer clock;
    clock.start();
    const RunId id = m_tracker->follow(quickSuccess(), newSessionId(), {});

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 1000 && elapsed < 1000 + 200 + 400,
             qPrintable(u"Lost after %1 ms"_s.arg(elapsed)));
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.phase, RunPhase::Lost);
    QCOMPARE(run.error->category, QlikError::Category::Transient);
    QVERIFY2(run.error->message.contains(u"Lost contact"_s), qPrintable(run.error->message));
    QVERIFY2(run.error->message.contains(u"no answer within"_s), qPrintable(run.error->message));
    QCOMPARE(server.requestCount(), 1); // one poll, abandoned
}

void TestRunTracker::lateAnswerOfAbandonedPollIsIgnored()
{
    m_tracker->setUnreachableGrace(500ms);
    QSignalSpy finished(m_tracker.get(), &RunTracker::runFinished);
    QSignalSpy polled(m_service.get(), &QlikService::executionsPolled);
    const RunId id = m_tracker->start(TaskRef::byName(u"Long one"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->run(id)->phase, RunPhase::Running, 5000);

    m_sim->setFaults(0, 1500, 0); // every answer now comes after the grace period
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(m_tracker->run(id)->phase, RunPhase::Lost);
    QVERIFY2(m_tracker->run(id)->error->message.contains(u"no answer within"_s),
             qPrintable(m_tracker->run(id)->error->message));

    const qsizetype before = polled.size();
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() > before, 5000); // the abandoned poll answers late
    QCOMPARE(m_tracker->run(id)->phase, RunPhase::Lost);
    QCOMPARE(finished.size(), 1);
    // The task goes on on the server: stop it for the tests that follow.
    m_sim->setFaults(0, 0, 0);
    QSignalSpy stopped(m_service.get(), &QlikService::taskStopRequested);
    m_service->stopTask(m_tracker->run(id)->task.id);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000);
}

QTEST_GUILESS_MAIN(TestRunTracker)
#include "tst_runtracker.moc"
