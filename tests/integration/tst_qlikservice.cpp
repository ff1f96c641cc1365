// QlikService against a real qrs-sim process (over TLS) and, for answers the simulator never
// gives, against a canned HTTP peer started in the test.
#include "cannedserver.h"
#include "certificatepin.h"
#include "oneshotrequest.h"
#include "qlikservice.h"
#include "qrsjson.h"
#include "requestbuilder.h"
#include "simprocess.h"
#include "trackingscenario.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace TrackingScenario;
using namespace std::chrono_literals;

class TestQlikService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void about();
    void tlsWithoutTrustedCaFails();
    void hostNameMismatchNamesTheCertificatesNames();
    void pinnedCertificateIsTrustedAlone();
    void changedCertificateIsRefused();
    void startIsNotSentToAnotherCertificate();
    void wrongPrefixIsExplained();
    void htmlLoginPageIsExplained();
    void startById();
    void startByNameWithSpecialCharacters();
    void startsSeveralTasksWithOneLookUp();
    void startErrors_data();
    void startErrors();
    void pollsManySessionsInFewRequests();
    void listTasksWithFilter();
    void stopTask();
    void scriptLogByNewerRoute();
    void scriptLogFallsBackToOlderRoute();
    void malformedAnswers_data();
    void malformedAnswers();
    void refusedConnectionIsTransient();
    void silentServerTimesOut();

private:
    [[nodiscard]] std::unique_ptr<QlikService> service(const ConnectionProfile &profile);
    /// The sim's server certificate.
    [[nodiscard]] static QSslCertificate serverCertificate();
    void pollUntilFinal(QlikService &qlik, const QString &session, ExecutionResult *result);
    void runToEnd(QlikService &qlik, const QString &taskId, ExecutionResult *result);

    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_network;
};

void TestQlikService::initTestCase()
{
    SimProcess::Options options;
    options.scenarioFile = TrackingScenario::File;
    options.tls = true;
    m_sim = std::make_unique<SimProcess>(options);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

std::unique_ptr<QlikService> TestQlikService::service(const ConnectionProfile &profile)
{
    auto result = std::make_unique<QlikService>(m_network, profile);
    result->setScriptLogRetry(20, std::chrono::milliseconds(100));
    return result;
}

void TestQlikService::about()
{
    auto qlik = service(m_sim->profile());
    QSignalSpy about(qlik.get(), &QlikService::aboutReceived);
    const auto id = qlik->fetchAbout();
    QTRY_COMPARE(about.size(), 1);
    QCOMPARE(about.constFirst().at(0).value<QlikService::RequestId>(), id);
    QVERIFY(!about.constFirst().at(1).value<AboutInfo>().buildVersion.isEmpty());
}

void TestQlikService::tlsWithoutTrustedCaFails()
{
    ConnectionProfile profile = m_sim->profile();
    profile.caCertificateFile.clear();
    QNetworkAccessManager network; // a connection trusted before must not be reused
    QlikService untrusting(network, profile);
    QSignalSpy failed(&untrusting, &QlikService::requestFailed);
    untrusting.fetchAbout();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(errorOf(failed).category, QlikError::Category::Tls);
    QVERIFY2(errorOf(failed).message.contains(u"certificate"_s, Qt::CaseInsensitive),
             qPrintable(errorOf(failed).message));
    // It names the certificate's fingerprint, which a person may pin.
    QVERIFY2(errorOf(failed).message.contains(CertificatePin::fingerprint(serverCertificate())),
             qPrintable(errorOf(failed).message));

    // The explicit opt-out works (and is the only way round verification).
    profile.ignoreCertificateErrors = true;
    QNetworkAccessManager otherNetwork;
    QlikService insecure(otherNetwork, profile);
    QSignalSpy about(&insecure, &QlikService::aboutReceived);
    insecure.fetchAbout();
    QTRY_COMPARE(about.size(), 1);
}

QSslCertificate TestQlikService::serverCertificate()
{
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(SimProcess::dataDir() + u"/tls/server.pem"_s);
    return certificates.isEmpty() ? QSslCertificate() : certificates.constFirst();
}

void TestQlikService::hostNameMismatchNamesTheCertificatesNames()
{
    // A certificate from a trusted authority, but made out for another host: the message says
    // which names it holds and that the URL must use one of them, for requests through the
    // network access manager and for starts alike.
    SimProcess::Options options;
    options.tls = true;
    options.certificate = u"wrong-host"_s;
    SimProcess sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QNetworkAccessManager network;
    QlikService qlik(network, sim.profile());
    QSignalSpy failed(&qlik, &QlikService::requestFailed);
    qlik.fetchAbout();
    QTRY_COMPARE(failed.size(), 1);
    const QlikError error = errorOf(failed);
    QCOMPARE(error.category, QlikError::Category::Tls);
    QVERIFY2(error.message.contains(u"made out for wrong.example, not for 127.0.0.1"_s),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(u"server URL"_s), qPrintable(error.message));

    QrsRequestBuilder builder(sim.profile());
    auto *post =
        new OneShotRequest("POST", builder.build(u"/task/%1/start/synchronous"_s.arg(QuickSuccess)),
                           nullptr, AnswerLimits::of(AnswerKind::Small), 10s);
    std::optional<QrsReply::Answer> answer;
    connect(post, &OneShotRequest::finished, this,
            [&](const QrsReply::Answer &told) { answer = told; });
    post->start();
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->certificateNames, QStringList {u"wrong.example"_s});
}

void TestQlikService::pinnedCertificateIsTrustedAlone()
{
    // No certificate authority vouches for the sim here; its pinned certificate is trusted all
    // the same, for requests through the network access manager and for starts, which go on a
    // connection of their own.
    ConnectionProfile profile = m_sim->profile();
    profile.caCertificateFile.clear();
    profile.pinnedSha256 =
        *CertificatePin::normalised(CertificatePin::fingerprint(serverCertificate()));
    QVERIFY(profile.isValid());
    QNetworkAccessManager network; // no connection trusted before
    QlikService pinned(network, profile);
    QSignalSpy about(&pinned, &QlikService::aboutReceived);
    QSignalSpy submitted(&pinned, &QlikService::taskSubmitted);
    QSignalSpy failed(&pinned, &QlikService::requestFailed);
    pinned.fetchAbout();
    pinned.startTask(TaskRef::byName(u"Two seconds"_s)); // no other test starts it
    QTRY_COMPARE(about.size() + submitted.size() + failed.size(), 2);
    if (!failed.isEmpty())
        QFAIL(qPrintable(errorOf(failed).message));
    QCOMPARE(about.size(), 1);
    QCOMPARE(submitted.size(), 1);
}

void TestQlikService::changedCertificateIsRefused()
{
    // The sim's certificate is valid (its authority is trusted), but the profile pinned another
    // one, as after a certificate was swapped: refused, both fingerprints named.
    ConnectionProfile profile = m_sim->profile();
    profile.pinnedSha256 = QString(64, u'a');
    QNetworkAccessManager network;
    QlikService pinned(network, profile);
    QSignalSpy failed(&pinned, &QlikService::requestFailed);
    pinned.fetchAbout();
    QTRY_COMPARE(failed.size(), 1);
    const QlikError error = errorOf(failed);
    QCOMPARE(error.category, QlikError::Category::Tls);
    QVERIFY2(error.message.contains(CertificatePin::fingerprint(serverCertificate())),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(CertificatePin(profile.pinnedSha256).displayed()),
             qPrintable(error.message));
}

void TestQlikService::startIsNotSentToAnotherCertificate()
{
    // A start goes on a connection of its own (OneShotRequest): to a server that is not the
    // pinned one, not a byte of it is sent.
    ConnectionProfile profile = m_sim->profile();
    profile.pinnedSha256 = QString(64, u'b');
    QrsRequestBuilder builder(profile);
    QVERIFY(m_sim->clearRequestLog());
    // It deletes itself once it has told its answer.
    auto *post =
        new OneShotRequest("POST", builder.build(u"/task/%1/start/synchronous"_s.arg(QuickSuccess)),
                           nullptr, AnswerLimits::of(AnswerKind::Small), 10s);
    std::optional<QrsReply::Answer> answer;
    bool sent = true;
    connect(post, &OneShotRequest::finished, this, [&](const QrsReply::Answer &told) {
        answer = told;
        sent = post->wasSent();
    });
    post->start();
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->interruption, QrsReply::Interruption::PinMismatch);
    QCOMPARE(answer->peerFingerprint, CertificatePin::fingerprint(serverCertificate()));
    QVERIFY(!sent);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"start"_s), 0);
}

void TestQlikService::wrongPrefixIsExplained()
{
    ConnectionProfile profile = m_sim->profile();
    profile.virtualProxyPrefix = u"wrong"_s;
    auto qlik = service(profile);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->fetchAbout();
    QTRY_COMPARE(failed.size(), 1);
    const QlikError error = errorOf(failed);
    QCOMPARE(error.category, QlikError::Category::Unauthenticated);
    QCOMPARE(error.httpStatus, 302);
    QVERIFY2(error.message.contains(u"'wrong'"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(profile.userHeaderName), qPrintable(error.message));
    QVERIFY(!error.message.contains(u"xrfkey"_s, Qt::CaseInsensitive));
}

void TestQlikService::htmlLoginPageIsExplained()
{
    SimProcess::Options options;
    options.scenarioFile = TrackingScenario::File;
    options.extraArgs = {u"--auth-failure"_s, u"html"_s};
    SimProcess htmlSim(options);
    QVERIFY2(htmlSim.start(), qPrintable(htmlSim.errorString()));
    ConnectionProfile profile = htmlSim.profile();
    profile.userHeaderName = u"hdr-usr"_s;
    auto qlik = service(profile);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->listTasks();
    QTRY_COMPARE(failed.size(), 1);
    const QlikError error = errorOf(failed);
    QCOMPARE(error.category, QlikError::Category::Unauthenticated);
    QVERIFY2(error.message.contains(u"HTML"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"'hdr-usr'"_s), qPrintable(error.message));
}

void TestQlikService::startById()
{
    auto qlik = service(m_sim->profile());
    QSignalSpy submitted(qlik.get(), &QlikService::taskSubmitted);
    const auto id =
        qlik->startTask(TaskRef::fromUserInput(u"{"_s + QuickSuccess.toUpper() + u"}"_s));
    QTRY_COMPARE(submitted.size(), 1);
    QCOMPARE(submitted.constFirst().at(0).value<QlikService::RequestId>(), id);
    const auto task = submitted.constFirst().at(1).value<ReloadTask>();
    QCOMPARE(task.id, QuickSuccess);
    QCOMPARE(task.name, u"Quick success"_s);
    QCOMPARE(task.appName, u"Budget"_s);
    const QString session = submitted.constFirst().at(2).toString();
    QVERIFY(QrsJson::isGuid(session));
    QVERIFY(!QrsJson::isZeroGuid(session));
}

void TestQlikService::startByNameWithSpecialCharacters()
{
    auto qlik = service(m_sim->profile());
    QSignalSpy submitted(qlik.get(), &QlikService::taskSubmitted);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->startTask(TaskRef::fromUserInput(u"Sales & Marketing 'Q1' #1 + Ü"_s));
    QTRY_COMPARE(submitted.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(errorOf(failed).message));
    QCOMPARE(submitted.constFirst().at(1).value<ReloadTask>().id,
             u"10000000-0000-4000-8000-000000000007"_s);
}

void TestQlikService::startsSeveralTasksWithOneLookUp()
{
    auto qlik = service(m_sim->profile());
    m_sim->clearRequestLog();
    QSignalSpy submitted(qlik.get(), &QlikService::taskSubmitted);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    const QList<QlikService::RequestId> ids =
        qlik->startTasks({TaskRef::byName(u"skipped ONE"_s),
                          TaskRef::byId(u"10000000-0000-4000-8000-000000000004"_s),
                          TaskRef::byName(u"Nothing like it"_s), TaskRef::byName(u"Twin"_s)});
    QCOMPARE(ids.size(), 4);
    QTRY_COMPARE(submitted.size() + failed.size(), 4);
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/qrs/reloadtask/full"_s), 1);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/start/synchronous"_s), 2);

    QHash<QlikService::RequestId, QString> startedTask;
    for (const auto &arguments : submitted)
        startedTask.insert(arguments.at(0).value<QlikService::RequestId>(),
                           arguments.at(1).value<ReloadTask>().name);
    QHash<QlikService::RequestId, QlikError::Category> failure;
    for (const auto &arguments : failed)
        failure.insert(arguments.at(0).value<QlikService::RequestId>(),
                       arguments.at(2).value<QlikError>().category);
    QCOMPARE(startedTask.value(ids[0]), u"Skipped one"_s); // names compare without case
    QCOMPARE(startedTask.value(ids[1]), u"Retried once"_s);
    QCOMPARE(failure.value(ids[2]), QlikError::Category::NotFound);
    QCOMPARE(failure.value(ids[3]), QlikError::Category::Ambiguous);
}

void TestQlikService::startErrors_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QlikError::Category>("category");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown name") << u"No such task"_s << QlikError::Category::NotFound
                                  << u"'No such task'"_s;
    QTest::newRow("unknown id") << u"deadbeef-0000-4000-8000-000000000000"_s
                                << QlikError::Category::NotFound
                                << u"deadbeef-0000-4000-8000-000000000000"_s;
    QTest::newRow("ambiguous name names candidates")
        << u"Twin"_s << QlikError::Category::Ambiguous
        << u"10000000-0000-4000-8000-000000000009 (app 'Budget (copy)')"_s;
    QTest::newRow("disabled") << u"Disabled one"_s << QlikError::Category::NotStarted
                              << u"disabled"_s;
    QTest::newRow("zero guid") << u"No scheduler"_s << QlikError::Category::NotStarted
                               << u"empty session id"_s;
}

void TestQlikService::startErrors()
{
    QFETCH(QString, task);
    QFETCH(QlikError::Category, category);
    QFETCH(QString, messagePart);

    auto qlik = service(m_sim->profile());
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    QSignalSpy submitted(qlik.get(), &QlikService::taskSubmitted);
    qlik->startTask(TaskRef::fromUserInput(task));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(submitted.size(), 0);
    QCOMPARE(failed.constFirst().at(1).value<QlikService::Operation>(),
             QlikService::Operation::StartTask);
    QCOMPARE(errorOf(failed).category, category);
    QVERIFY2(errorOf(failed).message.contains(messagePart), qPrintable(errorOf(failed).message));
}

void TestQlikService::pollsManySessionsInFewRequests()
{
    QStringList sessions;
    for (int i = 0; i < 200; ++i)
        sessions.append(QUuid::createUuid().toString(QUuid::WithoutBraces));

    auto qlik = service(m_sim->profile());
    m_sim->clearRequestLog();
    QSignalSpy polled(qlik.get(), &QlikService::executionsPolled);
    QSignalSpy completed(qlik.get(), &QlikService::pollCompleted);
    qlik->pollExecutions(sessions);
    QTRY_COMPARE(completed.size(), 1);

    const int requests = m_sim->requestCount(u"GET"_s, u"/qrs/executionresult"_s);
    qInfo("200 sessions polled in %d request(s)", requests);
    QVERIFY(requests >= 2); // 200 guids do not fit one URL under the limit
    QVERIFY(requests <= 5);
    QCOMPARE(polled.size(), requests);
    QStringList answered;
    for (const auto &arguments : polled)
        answered += arguments.at(1).toStringList();
    // Chunks may be answered in any order; every session is in exactly one of them.
    answered.sort();
    sessions.sort();
    QCOMPARE(answered, sessions);
}

void TestQlikService::listTasksWithFilter()
{
    auto qlik = service(m_sim->profile());
    QSignalSpy listed(qlik.get(), &QlikService::tasksListed);
    qlik->listTasks(ReloadTask::Type::Reload, u"name so 'quick'"_s);
    QTRY_COMPARE(listed.size(), 1);
    const auto tasks = listed.constFirst().at(1).value<QList<ReloadTask>>();
    QCOMPARE(tasks.size(), 2);
    for (const ReloadTask &task : tasks)
        QVERIFY(task.name.startsWith(u"Quick"_s));
}

void TestQlikService::stopTask()
{
    auto qlik = service(m_sim->profile());
    QSignalSpy submitted(qlik.get(), &QlikService::taskSubmitted);
    QSignalSpy stopped(qlik.get(), &QlikService::taskStopRequested);
    qlik->startTask(TaskRef::byId(LongOne));
    QTRY_COMPARE(submitted.size(), 1);
    const QString session = submitted.constFirst().at(2).toString();
    qlik->stopTask(LongOne);
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(stopped.constFirst().at(1).toString(), LongOne);

    ExecutionResult result;
    pollUntilFinal(*qlik, session, &result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status.code(), int(TaskStatus::Aborted));
}

void TestQlikService::pollUntilFinal(QlikService &qlik, const QString &session,
                                     ExecutionResult *result)
{
    QList<ExecutionResult> latest;
    bool inFlight = false;
    const auto polled = connect(&qlik, &QlikService::executionsPolled, this,
                                [&](QlikService::RequestId, const QStringList &,
                                    const QList<ExecutionResult> &results) { latest = results; });
    const auto completed =
        connect(&qlik, &QlikService::pollCompleted, this, [&] { inFlight = false; });
    // Each evaluation polls again once the previous poll has ended.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (!inFlight) {
                inFlight = true;
                qlik.pollExecutions({session});
            }
            return !latest.isEmpty() && latest.constLast().status.isFinal();
        }(),
        10000);
    disconnect(polled);
    disconnect(completed);
    *result = latest.constLast();
}

void TestQlikService::runToEnd(QlikService &qlik, const QString &taskId, ExecutionResult *result)
{
    QSignalSpy submitted(&qlik, &QlikService::taskSubmitted);
    qlik.startTask(TaskRef::byId(taskId));
    QTRY_COMPARE(submitted.size(), 1);
    pollUntilFinal(qlik, submitted.constFirst().at(2).toString(), result);
}

void TestQlikService::scriptLogByNewerRoute()
{
    auto qlik = service(m_sim->profile());
    ExecutionResult result;
    runToEnd(*qlik, QuickFailure, &result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.status.code(), int(TaskStatus::FinishedFail));

    m_sim->clearRequestLog();
    QSignalSpy log(qlik.get(), &QlikService::scriptLogReceived);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->fetchScriptLog(result);
    QTRY_COMPARE_WITH_TIMEOUT(log.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(errorOf(failed).message));
    QCOMPARE(log.constFirst().at(1).toString(), result.id);
    const QString text = log.constFirst().at(2).toString();
    QVERIFY2(text.contains(u"CostCenter"_s), qPrintable(text));
    QVERIFY(text.contains(u"\r\n"_s)); // kept as the server sent it
    // A ticket serves one download: a download tried again (404 while the log is written) asks
    // for a ticket of its own first.
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/scriptlogfile"_s),
             m_sim->requestCount(u"GET"_s, u"/download/reloadtask/"_s));
    QCOMPARE(m_sim->requestCount(u"GET"_s, u"/scriptlog"_s) -
                 m_sim->requestCount(u"GET"_s, u"/scriptlogfile"_s),
             0);
}

void TestQlikService::scriptLogFallsBackToOlderRoute()
{
    SimProcess::Options options;
    options.scenarioFile = TrackingScenario::File;
    options.extraArgs = {u"--script-log-route"_s, u"old"_s, u"--script-log-delay"_s, u"600"_s};
    SimProcess oldSim(options);
    QVERIFY2(oldSim.start(), qPrintable(oldSim.errorString()));

    auto qlik = service(oldSim.profile());
    ExecutionResult result;
    runToEnd(*qlik, QuickFailure, &result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!QrsJson::isZeroGuid(result.fileReferenceId));

    QSignalSpy log(qlik.get(), &QlikService::scriptLogReceived);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->fetchScriptLog(result);
    QTRY_COMPARE_WITH_TIMEOUT(log.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(errorOf(failed).message));
    QVERIFY(log.constFirst().at(2).toString().contains(u"CostCenter"_s));
    QCOMPARE(oldSim.requestCount(u"GET"_s, u"/scriptlogfile"_s), 1); // tried, 404
    // The download answered 404 while the log was not written yet, and was tried again.
    QVERIFY(oldSim.requestCount(u"GET"_s, u"/download/reloadtask/"_s) >= 2);
}

void TestQlikService::malformedAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QlikError::Category>("category");

    QTest::newRow("truncated json")
        << 200 << QByteArray("application/json") << QByteArray(R"({"buildVersion": "14.)")
        << QlikError::Category::Protocol;
    QTest::newRow("wrong shape") << 200 << QByteArray("application/json") << QByteArray("[1,2,3]")
                                 << QlikError::Category::Protocol;
    QTest::newRow("html login page") << 200 << QByteArray("text/html")
                                     << QByteArray("<!DOCTYPE html><html><body>Login</body></html>")
                                     << QlikError::Category::Unauthenticated;
    QTest::newRow("html without content type")
        << 200 << QByteArray("application/octet-stream") << QByteArray("  <html></html>")
        << QlikError::Category::Unauthenticated;
    QTest::newRow("503") << 503 << QByteArray("text/plain") << QByteArray("Service Unavailable")
                         << QlikError::Category::Transient;
    QTest::newRow("500") << 500 << QByteArray("text/plain") << QByteArray("boom")
                         << QlikError::Category::Server;
    QTest::newRow("xsrf") << 403 << QByteArray("text/plain")
                          << QByteArray("XSRF prevention check failed. Possible XSRF discovered.")
                          << QlikError::Category::Forbidden;
    QTest::newRow("bad host header")
        << 400 << QByteArray("text/plain")
        << QByteArray("400 - Bad Request: http request header is incorrect")
        << QlikError::Category::BadRequest;
}

void TestQlikService::malformedAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QlikError::Category, category);

    CannedServer server;
    server.answer(status, contentType, body);
    ConnectionProfile profile = m_sim->profile();
    profile.serverUrl = server.url();
    auto qlik = service(profile);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->fetchAbout();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(errorOf(failed).category, category);
    QCOMPARE(errorOf(failed).httpStatus,
             status == 200 && category == QlikError::Category::Protocol ? 0 : status);
    QVERIFY(!errorOf(failed).message.isEmpty());
    QVERIFY(!errorOf(failed).message.contains(u"xrfkey"_s, Qt::CaseInsensitive));
}

void TestQlikService::refusedConnectionIsTransient()
{
    quint16 closedPort = 0;
    {
        CannedServer server; // take a free port, then close it
        closedPort = server.serverPort();
    }
    ConnectionProfile profile = m_sim->profile();
    profile.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort));
    auto qlik = service(profile);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->fetchAbout();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(errorOf(failed).category, QlikError::Category::Transient);
    QVERIFY2(errorOf(failed).message.contains(u"refused"_s), qPrintable(errorOf(failed).message));
}

void TestQlikService::silentServerTimesOut()
{
    CannedServer server;
    server.stayMute();
    ConnectionProfile profile = m_sim->profile();
    profile.serverUrl = server.url();
    profile.requestTimeout = std::chrono::milliseconds(300);
    auto qlik = service(profile);
    QSignalSpy failed(qlik.get(), &QlikService::requestFailed);
    qlik->fetchAbout();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(errorOf(failed).category, QlikError::Category::Transient);
    QVERIFY2(errorOf(failed).message.contains(u"did not answer"_s),
             qPrintable(errorOf(failed).message));
}

QTEST_GUILESS_MAIN(TestQlikService)
#include "tst_qlikservice.moc"
