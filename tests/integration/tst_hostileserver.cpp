// QlikService against a qrs-sim process that misbehaves on purpose: connections reset after a
// start was carried out, answers that are cut, stalled, trickled, huge or endless. Every request
// must end within its limits, with its own message, and a start must reach the server once.
#include "cannedserver.h"
#include "qlikservice.h"
#include "qrsreply.h"
#include "qrsrunserver.h"
#include "runtracker.h"
#include "simprocess.h"
#include "trackingscenario.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace TrackingScenario;

namespace {

QJsonObject bodyFault(const QString &route, const QString &mode, QJsonObject extra = {})
{
    extra.insert(u"route"_s, route);
    extra.insert(u"mode"_s, mode);
    return {{u"body"_s, extra}};
}

/// A line of /proc/self/status, in kB.
qint64 statusKb(const QByteArray &key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

/// Resets the peak resident set size, so VmHWM measures what comes next.
bool resetPeakMemory()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}
} // namespace

class TestHostileServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startIsSentOnceWhenTheConnectionIsReset();
    void lostStartOfAnExternalProgramTaskIsFound();
    void startIsSentOnceWhenTheAnswerIsCutOrStalled_data();
    void startIsSentOnceWhenTheAnswerIsCutOrStalled();
    void startAnswerThatCannotBeReadIsCheckedWithTheServer();
    void startWhoseOutcomeCannotBeFoundOutIsUnconfirmed();
    void runWithUnconfirmedStartIsLostNotNotSubmitted();
    void manyStartsAreSentAFewAtATime();
    void oversizedAnswersAreRefusedWhileRead_data();
    void oversizedAnswersAreRefusedWhileRead();
    void slowAnswersEndAtTheirDeadline();
    void cutAnswerIsNotTakenForComplete();
    void hugeScriptLogKeepsItsEnd();
    void scriptLogTicketIsRenewedAndNeverShown();
    void downloadAddressIsShownWithoutItsTicket();

private:
    [[nodiscard]] std::unique_ptr<QlikService> service(const ConnectionProfile &profile);
    [[nodiscard]] ConnectionProfile quickProfile(std::chrono::milliseconds timeout) const;
    [[nodiscard]] QString startAndWait(QlikService &qlik, const QString &taskId);
    void stopLongOne();
    [[nodiscard]] ExecutionResult finishedResult(QlikService &qlik, const QString &taskId);

    std::unique_ptr<SimProcess> m_sim;
    QString m_lastStartNote; ///< of the last startAndWait()
};

void TestHostileServer::initTestCase()
{
    SimProcess::Options options;
    options.scenarioFile = TrackingScenario::File;
    options.tls = true;
    m_sim = std::make_unique<SimProcess>(options);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

void TestHostileServer::init()
{
    QVERIFY(m_sim->setFaults(QJsonObject {{u"body"_s, QJsonObject {{u"mode"_s, u"none"_s}}},
                                          {u"resetAfterStart"_s, 0},
                                          {u"failEvery"_s, 0},
                                          {u"latencyMs"_s, 0},
                                          {u"dropEvery"_s, 0}}));
    QVERIFY(m_sim->clearRequestLog());
}

std::unique_ptr<QlikService> TestHostileServer::service(const ConnectionProfile &profile)
{
    // A manager of its own: connections reset by a fault must not be reused by the next test.
    auto *network = new QNetworkAccessManager;
    auto result = std::make_unique<QlikService>(*network, profile);
    network->setParent(result.get());
    result->setScriptLogRetry(4, 100ms);
    result->setStartProbe(3, 200ms);
    return result;
}

ConnectionProfile TestHostileServer::quickProfile(std::chrono::milliseconds timeout) const
{
    ConnectionProfile profile = m_sim->profile();
    profile.requestTimeout = timeout;
    return profile;
}

QString TestHostileServer::startAndWait(QlikService &qlik, const QString &taskId)
{
    QSignalSpy submitted(&qlik, &QlikService::taskSubmitted);
    QSignalSpy failed(&qlik, &QlikService::requestFailed);
    qlik.startTask(TaskRef::byId(taskId));
    if (!QTest::qWaitFor([&] { return !submitted.isEmpty() || !failed.isEmpty(); }, 20000))
        return u"(no answer)"_s;
    if (!failed.isEmpty())
        return u"(failed: %1)"_s.arg(errorOf(failed).message);
    m_lastStartNote = submitted.constFirst().at(3).toString();
    return submitted.constFirst().at(2).toString();
}

void TestHostileServer::startIsSentOnceWhenTheConnectionIsReset()
{
    // The sim starts the task, then resets the connection before a byte of the answer: the very
    // case in which Qt's network stack sends a request again by itself.
    QVERIFY(m_sim->setFaults(QJsonObject {{u"resetAfterStart"_s, 1}}));
    auto qlik = service(m_sim->profile());
    const QString session = startAndWait(*qlik, LongOne);
    QVERIFY2(QUuid::fromString(session).isNull() == false, qPrintable(session));
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 1);
    // Followed, and said how it was found.
    QVERIFY2(m_lastStartNote.contains(u"answer to the start was lost"_s),
             qPrintable(m_lastStartNote));
    // The session found is the one the start made, and it is live.
    QVERIFY(m_sim->requestCount(u"GET"_s, u"/executionsession"_s) >= 1);
    QSignalSpy stopped(qlik.get(), &QlikService::taskStopRequested);
    qlik->stopTask(LongOne);
    QTRY_COMPARE(stopped.size(), 1);
}

void TestHostileServer::lostStartOfAnExternalProgramTaskIsFound()
{
    // The repository is asked about the task where tasks of its type are, not among the reload
    // tasks (where it is not, which would make a run that started look like none).
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"chain.json"_s);
    options.extraArgs = {u"--reset-after-start"_s, u"1"_s};
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    auto qlik = service(sim.profile());
    const QString session = startAndWait(*qlik, u"c4a10000-0000-4000-8000-000000000001"_s);
    QVERIFY2(!QUuid::fromString(session).isNull(), qPrintable(session));
    QCOMPARE(sim.requestCount(u"POST"_s, u"/start/synchronous"_s), 1);
    QVERIFY2(m_lastStartNote.contains(u"answer to the start was lost"_s),
             qPrintable(m_lastStartNote));
    QVERIFY(sim.requestCount(u"GET"_s, u"/externalprogramtask/full"_s) >= 2);
}

void TestHostileServer::startIsSentOnceWhenTheAnswerIsCutOrStalled_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("cut") << u"cut"_s;
    QTest::newRow("stall") << u"stall"_s;
    QTest::newRow("trickle") << u"trickle"_s;
}

void TestHostileServer::startIsSentOnceWhenTheAnswerIsCutOrStalled()
{
    QFETCH(QString, mode);
    QVERIFY(m_sim->setFaults(
        bodyFault(u"/start/synchronous"_s, mode, {{u"cutAfter"_s, 5}, {u"trickleMs"_s, 400}})));
    auto qlik = service(quickProfile(1000ms));
    const QString session = startAndWait(*qlik, QuickSuccess);
    QVERIFY2(!QUuid::fromString(session).isNull(), qPrintable(session));
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 1);
    QVERIFY(!m_lastStartNote.isEmpty());
}

void TestHostileServer::startAnswerThatCannotBeReadIsCheckedWithTheServer()
{
    // A 200 whose body is not a start answer, from a server that knows no run of the task: the
    // start is reported as not carried out, after the server was asked.
    CannedServer canned;
    canned.answer(200, "application/json",
                  R"([{"id":")" + QuickSuccess.toLatin1() +
                      R"(","name":"Quick success","enabled":true}])");
    ConnectionProfile profile = m_sim->profile();
    profile.serverUrl = canned.url();
    profile.caCertificateFile.clear();
    auto qlik = service(profile);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->startTask(TaskRef::byId(QuickSuccess));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const QlikError error = errorOf(failed);
    QCOMPARE(error.category, QlikError::Category::NotStarted);
    QVERIFY2(error.message.contains(u"not started"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"could not be read"_s), qPrintable(error.message));
}

void TestHostileServer::startWhoseOutcomeCannotBeFoundOutIsUnconfirmed()
{
    // The start stalls, and once it is out every question after it stalls too: nobody can tell.
    QVERIFY(m_sim->setFaults(bodyFault(u"/start/synchronous"_s, u"stall"_s)));
    auto qlik = service(quickProfile(1000ms));
    qlik->setStartProbe(2, 50ms);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    QSignalSpy submitted(qlik.get(), &QlikService::taskSubmitted);
    qlik->startTask(TaskRef::byId(LongOne));
    QTRY_COMPARE(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 1);
    QVERIFY(m_sim->setFaults(bodyFault(QString(), u"stall"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QCOMPARE(submitted.size(), 0);
    QCOMPARE(errorOf(failed).category, QlikError::Category::StartUnconfirmed);
    QVERIFY2(errorOf(failed).message.contains(u"may be going on"_s),
             qPrintable(errorOf(failed).message));
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 1);
    QVERIFY(m_sim->setFaults(bodyFault(QString(), u"none"_s)));
    stopLongOne();
}

void TestHostileServer::runWithUnconfirmedStartIsLostNotNotSubmitted()
{
    // The same through the tracker: such a run may be going on, so it is Lost (exit code 6 in
    // qlik-task), never NotSubmitted (exit code 100, "nothing happened").
    QVERIFY(m_sim->setFaults(bodyFault(u"/start/synchronous"_s, u"stall"_s)));
    auto qlik = service(quickProfile(1000ms));
    qlik->setStartProbe(2, 50ms);
    QrsRunServer server(*qlik);
    RunTracker tracker(server);
    QSignalSpy finished(&tracker, &RunTracker::runFinished);
    const RunId id = tracker.start(TaskRef::byId(LongOne));
    QTRY_COMPARE(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 1);
    QVERIFY(m_sim->setFaults(bodyFault(QString(), u"stall"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const Run &run = *tracker.run(id);
    QCOMPARE(run.phase, RunPhase::Lost);
    QCOMPARE(run.outcome(), RunOutcome::Lost);
    QCOMPARE(run.error->category, QlikError::Category::StartUnconfirmed);
    QVERIFY(m_sim->setFaults(bodyFault(QString(), u"none"_s)));
    stopLongOne();
}

void TestHostileServer::stopLongOne()
{
    auto other = service(m_sim->profile());
    QSignalSpy stopped(other.get(), &QlikService::taskStopRequested);
    other->stopTask(LongOne);
    QTRY_COMPARE(stopped.size(), 1);
}

void TestHostileServer::manyStartsAreSentAFewAtATime()
{
    // 40 starts behind a slow server: never more than MaxStartsInFlight at once, and none times
    // out while it waits its turn in the client.
    QVERIFY(m_sim->setFaults(0, 150, 0));
    auto qlik = service(quickProfile(2000ms));
    QSignalSpy submitted(qlik.get(), &QlikService::taskSubmitted);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    QList<TaskRef> tasks;
    for (int i = 0; i < 40; ++i)
        tasks.append(TaskRef::byId(i % 2 ? QuickSuccess : QuickFailure));
    qlik->startTasks(tasks);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.size() + failed.size(), 40, 20000);
    // Starting a running task answers the zero guid (NotStarted): that is the server's word,
    // not a timeout.
    for (const QList<QVariant> &failure : std::as_const(failed))
        QCOMPARE(failure.at(2).value<QlikError>().category, QlikError::Category::NotStarted);
    const QJsonArray log = m_sim->requestLog();
    QList<qint64> startTimes;
    for (const QJsonValue &entry : log) {
        if (entry[u"path"_s].toString().contains(u"/start/synchronous"_s))
            startTimes.append(entry[u"atMs"_s].toInteger());
    }
    QCOMPARE(startTimes.size(), 40);
    // With 150 ms per answer and 4 at a time, 40 starts take at least 9 rounds.
    QVERIFY2(startTimes.constLast() - startTimes.constFirst() >= 8 * 150,
             qPrintable(u"%1 ms"_s.arg(startTimes.constLast() - startTimes.constFirst())));
}

void TestHostileServer::oversizedAnswersAreRefusedWhileRead_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("limit");
    QTest::newRow("huge task list") << u"reloadtask/full"_s << u"huge"_s << u"32 MB"_s;
    QTest::newRow("endless task list") << u"reloadtask/full"_s << u"endless"_s << u"32 MB"_s;
    QTest::newRow("huge poll") << u"executionresult"_s << u"huge"_s << u"32 MB"_s;
    QTest::newRow("endless poll") << u"executionresult"_s << u"endless"_s << u"32 MB"_s;
    QTest::newRow("endless about") << u"about"_s << u"endless"_s << u"1 MB"_s;
}

void TestHostileServer::oversizedAnswersAreRefusedWhileRead()
{
    QFETCH(QString, route);
    QFETCH(QString, mode);
    QFETCH(QString, limit);
    QVERIFY(m_sim->setFaults(bodyFault(route, mode, {{u"sizeMb"_s, 150}})));
    auto qlik = service(m_sim->profile());
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    const qint64 idleKb = statusKb("VmRSS");
    QVERIFY(resetPeakMemory());
    if (route == u"about"_s)
        qlik->fetchAbout();
    else if (route == u"executionresult"_s)
        qlik->pollExecutions({u"20000000-0000-4000-8000-000000000001"_s});
    else
        qlik->listTasks();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    const QlikError error = errorOf(failed);
    QVERIFY2(error.message.contains(u"exceeded "_s + limit), qPrintable(error.message));
    const qint64 peakAboveIdleKb = statusKb("VmHWM") - idleKb;
    qInfo("peak RSS above idle: %lld kB", peakAboveIdleKb);
    QVERIFY2(peakAboveIdleKb < 64 * 1024, qPrintable(u"%1 kB"_s.arg(peakAboveIdleKb)));
}

void TestHostileServer::slowAnswersEndAtTheirDeadline()
{
    // One byte a second never trips the silence timeout; the deadline (2 x 1 s) ends it.
    QVERIFY(m_sim->setFaults(bodyFault(u"about"_s, u"trickle"_s, {{u"trickleMs"_s, 300}})));
    auto qlik = service(quickProfile(1000ms));
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    QElapsedTimer clock;
    clock.start();
    qlik->fetchAbout();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(clock.elapsed() < 3500, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));
    const QString message = errorOf(failed).message;
    QVERIFY2(message.contains(u"took longer than 2 s"_s), qPrintable(message));
    QCOMPARE(errorOf(failed).category, QlikError::Category::Transient);

    // Headers, then silence: the request timeout.
    QVERIFY(m_sim->setFaults(bodyFault(u"about"_s, u"stall"_s)));
    qlik->fetchAbout();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    QVERIFY2(errorOf(failed).message.contains(u"did not answer within 1 s"_s),
             qPrintable(errorOf(failed).message));
}

void TestHostileServer::cutAnswerIsNotTakenForComplete()
{
    // A status line arrived, then part of the body: that is a cut connection, not bad JSON.
    QVERIFY(m_sim->setFaults(bodyFault(u"about"_s, u"cut"_s, {{u"cutAfter"_s, 7}})));
    auto qlik = service(m_sim->profile());
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    QSignalSpy about(qlik.get(), &QlikService::aboutReceived);
    qlik->fetchAbout();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(about.size(), 0);
    QCOMPARE(errorOf(failed).category, QlikError::Category::Transient);
    const QString message = errorOf(failed).message;
    QVERIFY2(message.contains(u"cut after 7 bytes"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"JSON"_s), qPrintable(message));
}

ExecutionResult TestHostileServer::finishedResult(QlikService &qlik, const QString &taskId)
{
    const QString session = startAndWait(qlik, taskId);
    QSignalSpy polled(&qlik, &QlikService::executionsPolled);
    ExecutionResult result;
    (void)QTest::qWaitFor(
        [&] {
            polled.clear();
            qlik.pollExecutions({session});
            if (!polled.wait(5000))
                return false;
            for (const ExecutionResult &candidate :
                 polled.constFirst().at(2).value<QList<ExecutionResult>>()) {
                if (candidate.status.isFinal())
                    result = candidate;
            }
            QTest::qWait(100);
            return result.status.isFinal();
        },
        10000);
    return result;
}

void TestHostileServer::hugeScriptLogKeepsItsEnd()
{
    auto qlik = service(m_sim->profile());
    const ExecutionResult result = finishedResult(*qlik, QuickFailure);
    QVERIFY(result.status.isFinal());

    QVERIFY(m_sim->setFaults(bodyFault(u"download/"_s, u"huge"_s, {{u"sizeMb"_s, 60}})));
    const qint64 idleKb = statusKb("VmRSS");
    QVERIFY(resetPeakMemory());
    QSignalSpy log(qlik.get(), &QlikService::scriptLogReceived);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->fetchScriptLog(result);
    QTRY_COMPARE_WITH_TIMEOUT(log.size() + failed.size(), 1, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(errorOf(failed).message));
    const QString text = log.constFirst().at(2).toString();
    QVERIFY2(text.startsWith(u"[… the first 5"_s), qPrintable(text.left(80)));
    QVERIFY(text.size() <= 4 * 1024 * 1024 + 200);
    const qint64 peakAboveIdleKb = statusKb("VmHWM") - idleKb;
    qInfo("peak RSS above idle: %lld kB", peakAboveIdleKb);
    QVERIFY2(peakAboveIdleKb < 64 * 1024, qPrintable(u"%1 kB"_s.arg(peakAboveIdleKb)));
}

void TestHostileServer::scriptLogTicketIsRenewedAndNeverShown()
{
    auto qlik = service(m_sim->profile());
    const ExecutionResult result = finishedResult(*qlik, QuickFailure);
    QVERIFY(result.status.isFinal());
    QVERIFY(m_sim->clearRequestLog());
    QVERIFY(m_sim->setFaults(bodyFault(u"download/"_s, u"cut"_s)));
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->fetchScriptLog(result);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const QString message = errorOf(failed).message;
    QVERIFY2(message.contains(u"was cut after 10 bytes"_s), qPrintable(message));
    // Each try used a ticket of its own, and none of them shows.
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/scriptlogfile"_s), 4);
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/download/"_s), 4);
    for (const QJsonValue &entry : m_sim->requestLog()) {
        const QString path = entry[u"path"_s].toString();
        if (path.contains(u"/download/"_s)) {
            const QString ticket = path.section(u'/', -2, -2);
            QVERIFY2(!message.contains(ticket), qPrintable(message));
        }
    }
}

void TestHostileServer::downloadAddressIsShownWithoutItsTicket()
{
    QrsReply::Answer answer;
    answer.url =
        QUrl(u"https://qlik.acme.com/opcon/qrs/download/reloadtask/"
             "Tk3f9aQ2/10000000-0000-4000-8000-000000000002.log?xrfkey=abcdefghijklmnop"_s);
    answer.httpStatus = 404;
    const auto error = QrsReply::check(answer, "gone", QrsReply::Expect::Text, m_sim->profile());
    QVERIFY(error);
    QVERIFY2(error->message.contains(u"/qrs/download/reloadtask/***/1000"_s),
             qPrintable(error->message));
    QVERIFY(!error->message.contains(u"Tk3f9aQ2"_s));
    QVERIFY(!error->message.contains(u"xrfkey"_s));
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
