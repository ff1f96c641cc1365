// RunTracker following real runs of a qrs-sim process to their end.
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
    void followsManyRunsInFewRequestsPerCycle();
    void slowAnswersNeverStackPolls();
    void transientErrorsDoNotEndRuns();
    void serverAwayAndBackLosesNothing();
    void runIsLostOnlyAfterGracePeriod();
    void lostRunCanBeResumed();
    void pollIntervalAppliesAtOnce();
    void stopAbortsTheRun();
    void runsInFlightCannotBeRemoved();

private:
    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<QlikService> m_service;
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
    m_tracker = std::make_unique<RunTracker>(*m_service);
    m_tracker->setPollInterval(100ms);
}

void TestRunTracker::cleanup()
{
    m_tracker.reset();
    m_service.reset();
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
    const int requests = m_sim->requestCount(u"GET"_s, u"/qrs/executionresult"_s);
    const double perCycle = requests / 5.0;
    qInfo("200 runs followed: %d requests in 5 poll cycles = %.1f per cycle", requests, perCycle);
    QVERIFY(perCycle <= 5.0);
    QCOMPARE(m_sim->requestCount(u"GET"_s, {}), requests); // nothing else was asked
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

QTEST_GUILESS_MAIN(TestRunTracker)
#include "tst_runtracker.moc"
