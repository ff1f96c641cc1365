#include "qlikservice.h"
#include "qrsrunserver.h"
#include "runtracker.h"
#include "simprocess.h"
#include "trackingscenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/// Remembers the URL of every request as it is made, and whether a condition held then.
class RecordingNetwork final : public QNetworkAccessManager
{
public:
    std::function<bool()> condition = [] {
        return false;
    };
    QList<std::pair<QUrl, bool>> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        requests.append({request.url(), condition()});
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

/// One poll request per cycle whatever the number of runs (RunServer::PollMode::Compact), and
/// the way back to asking by session when the repository's modifiedDate cannot be trusted;
/// against qrs-sim in each of its modifiedDate styles.
class TestChangesPolling final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void oneRequestPerCycleWhateverTheRuns();
    void manyStartsAreAskedForInOneRequestFromTheFirstCycle();
    void runFollowedLateIsAskedForFromBeforeItsStart();
    void changedAttemptsOfUncheckedRunsAreMerged();
    void durationTickIsNoChange();
    void quietRunsAreNotAskedForAgain();
    void pollsKeepTheirCadence();
    void fallsBackToSessions_data();
    void fallsBackToSessions();

private:
    /// A sim with the tracking scenario and these extra arguments, a service and a tracker on it
    /// polling every 100 ms.
    bool setUp(const QStringList &simArgs = {}, const QString &scenarioFile = {});

    /// `count` sessions the repository has no result for (they stay pending).
    void followUnknownSessions(int count);
    /// When the sim got each execution result request it logged (ms of its own clock).
    [[nodiscard]] QList<qint64> pollTimes();

    std::unique_ptr<SimProcess> m_sim;
    RecordingNetwork m_network;
    std::unique_ptr<QlikService> m_service;
    std::unique_ptr<QrsRunServer> m_server;
    std::unique_ptr<RunTracker> m_tracker;
};

bool TestChangesPolling::setUp(const QStringList &simArgs, const QString &scenarioFile)
{
    SimProcess::Options options;
    options.scenarioFile = scenarioFile.isEmpty() ? TrackingScenario::File : scenarioFile;
    options.extraArgs = simArgs;
    m_sim = std::make_unique<SimProcess>(options);
    if (!m_sim->start()) {
        qWarning("%s", qPrintable(m_sim->errorString()));
        return false;
    }
    m_service = std::make_unique<QlikService>(m_network, m_sim->profile());
    m_server = std::make_unique<QrsRunServer>(*m_service);
    m_tracker = std::make_unique<RunTracker>(*m_server);
    m_tracker->setPollInterval(100ms);
    return true;
}

void TestChangesPolling::cleanup()
{
    m_network.condition = [] {
        return false;
    };
    m_network.requests.clear();
    m_tracker.reset();
    m_server.reset();
    m_service.reset();
    m_sim.reset();
}

void TestChangesPolling::followUnknownSessions(int count)
{
    ReloadTask task;
    task.id = TrackingScenario::QuickSuccess;
    task.name = u"Quick success"_s;
    for (int i = 0; i < count; ++i)
        m_tracker->follow(task, QUuid::createUuid().toString(QUuid::WithoutBraces), {});
}

QList<qint64> TestChangesPolling::pollTimes()
{
    QList<qint64> times;
    for (const QJsonValue &entry : m_sim->requestLog()) {
        if (entry[u"path"_s].toString().contains(u"/qrs/executionresult"_s))
            times.append(qint64(entry[u"atMs"_s].toDouble()));
    }
    return times;
}

void TestChangesPolling::oneRequestPerCycleWhateverTheRuns()
{
    // 300 runs: by session that is five requests a cycle (tst_runtracker); once the repository
    // has dated a result, one.
    QVERIFY(setUp());
    followUnknownSessions(296);
    QSignalSpy modes(m_tracker.get(), &RunTracker::pollModeChanged);
    QList<RunId> real;
    for (const QString &name :
         {u"Quick success"_s, u"Quick failure"_s, u"Retried once"_s, u"Two seconds"_s})
        real.append(m_tracker->start(TaskRef::byName(name)));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->pollMode(), RunServer::PollMode::Compact, 5000);
    QCOMPARE(modes.size(), 1);
    QVERIFY(m_sim->clearRequestLog());
    QSignalSpy cycles(m_tracker.get(), &RunTracker::pollEnded);
    QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= 8, 5000);
    const QJsonArray log = m_sim->requestLog();
    const qsizetype polls = pollTimes().size();
    // One snapshot of the log: a cycle may have started after the spy's count.
    QVERIFY2(polls >= cycles.size() && polls <= cycles.size() + 1,
             qPrintable(u"%1 requests in %2 cycles"_s.arg(polls).arg(cycles.size())));
    for (const QJsonValue &entry : log)
        QVERIFY2(entry[u"query"_s].toString().contains(u"modifiedDate"_s, Qt::CaseInsensitive) ||
                     !entry[u"path"_s].toString().contains(u"executionresult"_s),
                 qPrintable(entry[u"query"_s].toString()));

    const QList<RunOutcome> expected {RunOutcome::Succeeded, RunOutcome::Failed,
                                      RunOutcome::Succeeded, RunOutcome::Succeeded};
    for (qsizetype i = 0; i < real.size(); ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(real[i])->isFinished(), 8000);
        QCOMPARE(m_tracker->run(real[i])->outcome(), expected[i]);
    }
    QCOMPARE(m_tracker->run(real[2])->results.size(), 2); // both attempts of the retried one
    QCOMPARE(m_tracker->pollMode(), RunServer::PollMode::Compact);
}

void TestChangesPolling::manyStartsAreAskedForInOneRequestFromTheFirstCycle()
{
    // 150 tasks started at once are all known before the first poll. By session that cycle
    // would take three requests; its one request asks for the first sessions that fit, and
    // the answer dates the repository's clock, so from the next cycle on one changes poll finds
    // every other run from its start on.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonArray tasks;
    QList<TaskRef> refs;
    for (int i = 1; i <= 150; ++i) {
        const QString id = u"20000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'));
        tasks.append(QJsonObject {{u"id"_s, id},
                                  {u"name"_s, u"Batch %1"_s.arg(i)},
                                  {u"app"_s, u"Batch"_s},
                                  {u"durationMs"_s, 1500}});
        refs.append(TaskRef::byId(id));
    }
    const QString scenario = dir.filePath(u"batch.json"_s);
    QFile file(scenario);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(QJsonObject {{u"apps"_s, QJsonArray {QJsonObject {{u"name"_s, u"Batch"_s}}}},
                                   {u"tasks"_s, tasks}})
            .toJson());
    file.close();
    QVERIFY(setUp({}, scenario));
    m_tracker->setPollInterval(1000ms);
    QSignalSpy cycles(m_tracker.get(), &RunTracker::pollEnded);
    const QList<RunId> runs = m_tracker->startAll(refs);
    for (const RunId id : runs)
        QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->isFinished(), 15000);
    for (const RunId id : runs)
        QCOMPARE(m_tracker->run(id)->outcome(), RunOutcome::Succeeded);
    QVERIFY(cycles.size() >= 3);
    QCOMPARE(pollTimes().size(), cycles.size());
    QCOMPARE(m_tracker->pollMode(), RunServer::PollMode::Compact);
}

void TestChangesPolling::runFollowedLateIsAskedForFromBeforeItsStart()
{
    // The answer to B's start stalls, so B is followed only once its start is confirmed, 3 s
    // later; meanwhile C's changes move the newest change seen more than the overlap past B's
    // quiet result, and 150 sessions without results fill the by-id part of every poll. A poll
    // asking from the newest change less the overlap would not see B until it changes again;
    // every poll while B has no result must ask from before B's start.
    QVERIFY(setUp());
    m_tracker.reset();
    ConnectionProfile profile = m_sim->profile();
    profile.requestTimeout = 3s;
    m_service = std::make_unique<QlikService>(m_network, profile);
    m_server = std::make_unique<QrsRunServer>(*m_service);
    m_tracker = std::make_unique<RunTracker>(*m_server);
    m_tracker->setPollInterval(100ms);
    const RunId a = m_tracker->start(TaskRef::byName(u"Long two"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->pollMode(), RunServer::PollMode::Compact, 5000);
    followUnknownSessions(150);

    QVERIFY(m_sim->setFaults(QJsonObject {
        {u"body"_s, QJsonObject {{u"mode"_s, u"stall"_s}, {u"route"_s, u"start/synchronous"_s}}}}));
    const RunId b = m_tracker->start(TaskRef::byName(u"Long one"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestCount(u"POST"_s, u"start/synchronous"_s), 2, 5000);
    QVERIFY(m_sim->setFaults(QJsonObject {{u"body"_s, QJsonValue::Null}}));
    m_network.condition = [&] {
        const Run *run = m_tracker->run(b);
        return !run->sessionId.isEmpty() && run->results.isEmpty();
    };
    QTest::qWait(2700); // B's result is quiet now; C's changes come more than the overlap later
    const RunId c = m_tracker->start(TaskRef::byName(u"Quick success"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->run(b)->sessionId.isEmpty(), 8000);
    QVERIFY2(!m_tracker->run(b)->startNote.isEmpty(), "B's start was confirmed by asking");
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->run(b)->results.isEmpty(), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(c)->isFinished(), 5000);

    const QDateTime started = m_tracker->run(b)->results.constFirst().startTime;
    QVERIFY(started.isValid());
    qsizetype checked = 0;
    for (const auto &[url, whileUnseen] : std::as_const(m_network.requests)) {
        if (!whileUnseen || !url.path().endsWith(u"/executionresult"_s))
            continue;
        const QString filter = QUrlQuery(url).queryItemValue(u"filter"_s, QUrl::FullyDecoded);
        const qsizetype at = filter.indexOf(u"modifiedDate gt '"_s, 0, Qt::CaseInsensitive);
        QVERIFY2(at >= 0, qPrintable(filter.left(200)));
        const QDateTime from = QDateTime::fromString(filter.mid(at + 17, 24), Qt::ISODateWithMs);
        QVERIFY2(from < started,
                 qPrintable(u"asked from %1, B started %2"_s.arg(
                     from.toString(Qt::ISODateWithMs), started.toString(Qt::ISODateWithMs))));
        ++checked;
    }
    QVERIFY(checked >= 1);
    m_tracker->stop(a);
    m_tracker->stop(b);
}

void TestChangesPolling::changedAttemptsOfUncheckedRunsAreMerged()
{
    // 150 sessions without results fill every poll's by-id part (they go first), so the retried
    // run is learnt about from its changes alone: the answer holds only its changed attempt, and
    // the first attempt must stay.
    QVERIFY(setUp());
    const RunId first = m_tracker->start(TaskRef::byName(u"Quick success"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->pollMode(), RunServer::PollMode::Compact, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(first)->isFinished(), 5000);
    followUnknownSessions(150);
    const RunId retried = m_tracker->start(TaskRef::byName(u"Retried once"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->run(retried)->results.isEmpty(), 5000);
    QVERIFY(m_sim->clearRequestLog());
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(retried)->isFinished(), 8000);
    const Run &run = *m_tracker->run(retried);
    QCOMPARE(run.outcome(), RunOutcome::Succeeded);
    QCOMPARE(run.results.size(), 2);
    QCOMPARE(run.results.constFirst().status, TaskStatus(TaskStatus::Retry));
    // It was never among the sessions asked for by id after its first result.
    for (const QJsonValue &entry : m_sim->requestLog())
        QVERIFY(!entry[u"query"_s].toString().contains(run.sessionId, Qt::CaseInsensitive));
    QCOMPARE(m_tracker->pollMode(), RunServer::PollMode::Compact);
}

void TestChangesPolling::durationTickIsNoChange()
{
    // The sim advances a running result's duration on every answer, as the repository does;
    // 2.5 s Started at 100 ms polls is some 25 polls, and not a change each.
    QVERIFY(setUp());
    QSignalSpy updated(m_tracker.get(), &RunTracker::runUpdated);
    const RunId id = m_tracker->start(TaskRef::byName(u"Two seconds"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->isFinished(), 8000);
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.outcome(), RunOutcome::Succeeded);
    const qsizetype forThisRun =
        std::count_if(updated.cbegin(), updated.cend(),
                      [id](const auto &args) { return args.at(0).template value<RunId>() == id; });
    // Submitted, Triggered, Queued, Started, Finished: a few more at most (details may arrive a
    // poll apart from their status).
    QVERIFY2(forThisRun <= 8, qPrintable(u"%1 updates"_s.arg(forThisRun)));
    QVERIFY(run.latest()->durationMs >= 2000); // the newest values are kept all the same
}

void TestChangesPolling::quietRunsAreNotAskedForAgain()
{
    // Changes polls ask from an overlap before the newest change, for changes written late;
    // once a poll sent an overlap after it has answered, they ask from the change itself, so a
    // run that goes on quietly is not sent again and again.
    QVERIFY(setUp());
    const RunId id = m_tracker->start(TaskRef::byName(u"Long one"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->status() == TaskStatus(TaskStatus::Started), 5000);
    const QDateTime changed = m_tracker->run(id)->latest()->modifiedDate;
    QVERIFY(changed.isValid());
    const auto askedFrom = [this] {
        const QJsonArray log = m_sim->requestLog();
        const QString query = log.isEmpty() ? QString() : log.last()[u"query"_s].toString();
        const QString decoded = QUrl::fromPercentEncoding(query.toLatin1());
        const qsizetype at = decoded.indexOf(u"modifiedDate gt '"_s, 0, Qt::CaseInsensitive);
        return at < 0 ? QDateTime()
                      : QDateTime::fromString(decoded.mid(at + 17, 24), Qt::ISODateWithMs);
    };
    QVERIFY(m_sim->clearRequestLog());
    QTRY_VERIFY_WITH_TIMEOUT(askedFrom().isValid(), 2000);
    QCOMPARE(askedFrom(), changed.addMSecs(-QrsRunServer::ChangesOverlap.count()));
    QTRY_COMPARE_WITH_TIMEOUT(askedFrom(), changed,
                              int(QrsRunServer::ChangesOverlap.count()) + 2000);
    QCOMPARE(m_tracker->run(id)->phase, RunPhase::Running);
    m_tracker->stop(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->isFinished(), 5000);
    QCOMPARE(m_tracker->run(id)->outcome(), RunOutcome::Aborted);
}

void TestChangesPolling::pollsKeepTheirCadence()
{
    // Every answer takes 80 ms; polls start every 250 ms all the same (timed from the previous
    // start, not from the answer: that would be 330 ms).
    QVERIFY(setUp({u"--latency"_s, u"80"_s}));
    m_tracker->setPollInterval(250ms);
    const RunId id = m_tracker->start(TaskRef::byName(u"Two seconds"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->phase == RunPhase::Running, 5000);
    QVERIFY(m_sim->clearRequestLog());
    QSignalSpy cycles(m_tracker.get(), &RunTracker::pollEnded);
    QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= 6, 5000);
    const QList<qint64> times = pollTimes();
    QVERIFY(times.size() >= 6);
    const double mean = double(times.constLast() - times.constFirst()) / double(times.size() - 1);
    qInfo("poll requests %.0f ms apart on average at a 250 ms interval", mean);
    QVERIFY2(mean >= 240 && mean <= 275, qPrintable(QString::number(mean)));
}

void TestChangesPolling::fallsBackToSessions_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("reason");
    QTest::newRow("refused") << u"unfilterable"_s << u"refused"_s;
    QTest::newRow("not moving") << u"frozen"_s << u"did not move"_s;
}

void TestChangesPolling::fallsBackToSessions()
{
    // A repository that refuses the query, or whose modifiedDate stays put while a result
    // changes, is asked by session from then on; the run ends right, without an error.
    QFETCH(QString, style);
    QFETCH(QString, reason);
    QVERIFY(setUp({u"--modified-date"_s, style}));
    QSignalSpy modes(m_tracker.get(), &RunTracker::pollModeChanged);
    const RunId id = m_tracker->start(TaskRef::byName(u"Two seconds"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(id)->isFinished(), 8000);
    const Run &run = *m_tracker->run(id);
    QCOMPARE(run.outcome(), RunOutcome::Succeeded);
    QVERIFY(!run.error);
    QCOMPARE(m_tracker->pollMode(), RunServer::PollMode::Fallback);
    QVERIFY(!modes.isEmpty());
    const QString why = modes.constLast().at(1).toString();
    QVERIFY2(why.contains(reason), qPrintable(why));

    // And it stays so: the next run is asked for by session only.
    QVERIFY(m_sim->clearRequestLog());
    const RunId next = m_tracker->start(TaskRef::byName(u"Quick success"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->run(next)->isFinished(), 5000);
    for (const QJsonValue &entry : m_sim->requestLog())
        QVERIFY(!entry[u"query"_s].toString().contains(u"modifiedDate"_s, Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestChangesPolling)
#include "tst_changespolling.moc"
