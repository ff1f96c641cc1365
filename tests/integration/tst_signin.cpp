// Each way a site lets a tool in, against qrs-sim in that mode: the repository's port 4242 with
// a client certificate (PEM or PFX) and X-Qlik-User; a JWT virtual proxy; Windows sign-in (NTLM)
// through the default proxy's authentication module.
#include "cannedserver.h"
#include "certificatepin.h"
#include "qlikservice.h"
#include "qrsrunserver.h"
#include "runtracker.h"
#include "simprocess.h"
#include "trackingscenario.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TrackingScenario;

namespace {
const QString TwoSeconds = QStringLiteral("10000000-0000-4000-8000-00000000000b");
}

class TestSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void certificateRunsATaskToItsEnd();
    void certificateFromPfxWithItsPassword();
    void legacyPfxOpens();
    void wrongPfxPasswordIsToldApart();
    void clientCertificateOfAnotherAuthorityIsRefused();
    void missingClientKeyIsSaidBeforeSending();
    void inactiveUserIsToldAsSuch();
    void untrustedRepositoryIsRefused();
    void pinnedRepositoryIsTrustedAloneAndAChangeRefused();
    void jwtRunsATaskToItsEnd();
    void expiredOrForeignTokenIsRefused_data();
    void expiredOrForeignTokenIsRefused();
    void windowsSignsInOnceThroughTheModule();
    void windowsRunOutlivesItsSession();
    void wrongWindowsPasswordIsToldAsSuch();
    void formsLoginInsteadOfWindowsIsToldAsSuch();
    void windowsSignInFollowsNoRedirectToAnotherServer();
    void refusedSignInMidRunIsNotLostAndTheRunGoesOn_data();
    void refusedSignInMidRunIsNotLostAndTheRunGoesOn();

private:
    /// What `profile` with `secret` makes of a fetchAbout: empty on success, else the error.
    std::optional<QlikError> about(const ConnectionProfile &profile, const QString &secret = {});
    /// Starts the task and polls it every `pollMs` until it ends; its last result, or nullopt
    /// (with the error in *error when one came).
    std::optional<ExecutionResult> runToEnd(QlikService &qlik, const QString &taskId, int pollMs,
                                            std::optional<QlikError> *error);
    /// qrs-sim in the sign-in mode of `signIn`, with `extraArgs`; null after a failed QVERIFY.
    std::unique_ptr<SimProcess> startSim(ConnectionProfile::SignIn signIn,
                                         const QStringList &extraArgs = {});
    [[nodiscard]] static QString material(const QString &name)
    {
        return SimProcess::authDataDir() + u'/' + name;
    }
    [[nodiscard]] static QString pfxPassword();

    std::unique_ptr<SimProcess> m_repository; ///< port 4242 style
};

void TestSignIn::initTestCase()
{
    SimProcess::Options options;
    options.scenarioFile = TrackingScenario::File;
    options.signIn = ConnectionProfile::SignIn::Certificate;
    options.extraArgs = QStringList {u"--inactive-user"_s, u"ACME\\retired"_s};
    m_repository = std::make_unique<SimProcess>(options);
    QVERIFY2(m_repository->start(), qPrintable(m_repository->errorString()));
    QCOMPARE(m_repository->baseUrl().path(), QString()); // no virtual proxy
}

QString TestSignIn::pfxPassword()
{
    QFile file(material(u"pfx-password.txt"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

std::optional<QlikError> TestSignIn::about(const ConnectionProfile &profile, const QString &secret)
{
    QNetworkAccessManager network; // each its own connections: a handshake per profile
    QlikService qlik(network, profile, secret);
    QSignalSpy answered(&qlik, &QlikService::aboutReceived);
    QSignalSpy failed(&qlik, &QlikService::requestFailed);
    qlik.fetchAbout();
    if (!QTest::qWaitFor([&] { return answered.size() + failed.size() > 0; }, 10000))
        return QlikError {QlikError::Category::Transient, 0, u"no answer in 10 s"_s};
    if (!failed.isEmpty())
        return errorOf(failed);
    return std::nullopt;
}

std::unique_ptr<SimProcess> TestSignIn::startSim(ConnectionProfile::SignIn signIn,
                                                 const QStringList &extraArgs)
{
    SimProcess::Options options;
    options.scenarioFile = TrackingScenario::File;
    options.signIn = signIn;
    options.extraArgs = extraArgs;
    auto sim = std::make_unique<SimProcess>(options);
    if (!sim->start()) {
        qWarning("%s", qPrintable(sim->errorString()));
        return nullptr;
    }
    return sim;
}

std::optional<ExecutionResult> TestSignIn::runToEnd(QlikService &qlik, const QString &taskId,
                                                    int pollMs, std::optional<QlikError> *error)
{
    QSignalSpy submitted(&qlik, &QlikService::taskSubmitted);
    QSignalSpy polled(&qlik, &QlikService::executionsPolled);
    QSignalSpy failed(&qlik, &QlikService::requestFailed);
    qlik.startTask(TaskRef::byId(taskId));
    if (!QTest::qWaitFor([&] { return submitted.size() + failed.size() > 0; }, 10000) ||
        !failed.isEmpty()) {
        if (!failed.isEmpty())
            *error = errorOf(failed);
        return std::nullopt;
    }
    const QString session = submitted.constFirst().at(2).toString();
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        const qsizetype before = polled.size();
        qlik.pollExecutions({session});
        if (!QTest::qWaitFor([&] { return polled.size() > before || !failed.isEmpty(); }, 10000))
            return std::nullopt;
        if (!failed.isEmpty()) {
            *error = errorOf(failed);
            return std::nullopt;
        }
        const auto results = polled.constLast().at(2).value<QList<ExecutionResult>>();
        if (!results.isEmpty() && results.constLast().status.isFinal())
            return results.constLast();
        QTest::qWait(pollMs); // the poll interval under test, not a wait for a result
    }
    return std::nullopt;
}

void TestSignIn::certificateRunsATaskToItsEnd()
{
    const ConnectionProfile profile = m_repository->profile();
    QVERIFY2(profile.isValid(), qPrintable(profile.validationErrors().join(u'\n')));
    QCOMPARE(profile.qrsBaseUrl().path(), u"/qrs"_s);

    QNetworkAccessManager network;
    QlikService qlik(network, profile);
    std::optional<QlikError> error;
    const auto last = runToEnd(qlik, QuickSuccess, 200, &error);
    QVERIFY2(last, error ? qPrintable(error->message) : "no end");
    QCOMPARE(last->status.code(), int(TaskStatus::FinishedSuccess));
}

void TestSignIn::certificateFromPfxWithItsPassword()
{
    ConnectionProfile profile = m_repository->profile();
    profile.clientCertificateFile = material(u"client.pfx"_s);
    profile.clientKeyFile.clear();
    QVERIFY2(profile.isValid(), qPrintable(profile.validationErrors().join(u'\n')));
    QVERIFY(profile.needsSecret());
    const std::optional<QlikError> error = about(profile, pfxPassword());
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestSignIn::legacyPfxOpens()
{
    if (!QFile::exists(material(u"client-legacy.pfx"_s)))
        QSKIP("this OpenSSL cannot write the legacy PFX form");
    ConnectionProfile profile = m_repository->profile();
    profile.clientCertificateFile = material(u"client-legacy.pfx"_s);
    const std::optional<QlikError> error = about(profile, pfxPassword());
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestSignIn::wrongPfxPasswordIsToldApart()
{
    ConnectionProfile profile = m_repository->profile();
    profile.clientCertificateFile = material(u"client.pfx"_s);
    m_repository->clearRequestLog();
    const std::optional<QlikError> wrong = about(profile, u"not the password"_s);
    QVERIFY(wrong);
    QCOMPARE(wrong->category, QlikError::Category::SignIn);
    QVERIFY2(wrong->message.contains(u"password"_s) && wrong->message.contains(u"wrong"_s),
             qPrintable(wrong->message));
    const std::optional<QlikError> none = about(profile);
    QVERIFY(none);
    QVERIFY2(none->message.contains(u"needs its password"_s), qPrintable(none->message));
    QCOMPARE(m_repository->requestLog().size(), 0); // nothing was sent
}

void TestSignIn::clientCertificateOfAnotherAuthorityIsRefused()
{
    ConnectionProfile profile = m_repository->profile();
    profile.clientCertificateFile = material(u"other-client.pem"_s);
    profile.clientKeyFile = material(u"other-client_key.pem"_s);
    const std::optional<QlikError> error = about(profile);
    QVERIFY(error);
    QCOMPARE(error->category, QlikError::Category::SignIn);
    QVERIFY2(error->message.contains(u"client certificate"_s), qPrintable(error->message));
}

void TestSignIn::missingClientKeyIsSaidBeforeSending()
{
    ConnectionProfile profile = m_repository->profile();
    profile.clientKeyFile.clear();
    QVERIFY(!profile.isValid());
    QVERIFY2(profile.validationErrors().join(u'\n').contains(u"client_key.pem"_s),
             qPrintable(profile.validationErrors().join(u'\n')));
    profile.clientKeyFile = material(u"client.pem"_s); // a certificate, not a key
    const std::optional<QlikError> error = about(profile);
    QVERIFY(error);
    QCOMPARE(error->category, QlikError::Category::SignIn);
    QVERIFY2(error->message.contains(u"no PEM private key"_s), qPrintable(error->message));
}

void TestSignIn::inactiveUserIsToldAsSuch()
{
    ConnectionProfile profile = m_repository->profile();
    profile.userId = u"retired"_s;
    const std::optional<QlikError> error = about(profile);
    QVERIFY(error);
    QCOMPARE(error->category, QlikError::Category::Forbidden);
    QVERIFY2(error->message.contains(u"inactive"_s), qPrintable(error->message));
    // The same certificate with an active user gets in: the header is read, not just the TLS.
    profile.userId = u"tester"_s;
    QVERIFY(!about(profile));
}

void TestSignIn::untrustedRepositoryIsRefused()
{
    ConnectionProfile profile = m_repository->profile();
    profile.caCertificateFile.clear();
    const std::optional<QlikError> error = about(profile);
    QVERIFY(error);
    QCOMPARE(error->category, QlikError::Category::Tls);
}

void TestSignIn::pinnedRepositoryIsTrustedAloneAndAChangeRefused()
{
    const QList<QSslCertificate> server =
        QSslCertificate::fromPath(SimProcess::dataDir() + u"/tls/server.pem"_s);
    QCOMPARE(server.size(), 1);
    ConnectionProfile profile = m_repository->profile();
    profile.caCertificateFile.clear(); // no authority: the pin alone
    profile.pinnedSha256 =
        CertificatePin::normalised(CertificatePin::fingerprint(server.constFirst())).value();
    const std::optional<QlikError> pinned = about(profile);
    QVERIFY2(!pinned, pinned ? qPrintable(pinned->message) : "");

    profile.pinnedSha256 = QString(64, u'e'); // the repository's certificate "changed"
    const std::optional<QlikError> changed = about(profile);
    QVERIFY(changed);
    QCOMPARE(changed->category, QlikError::Category::Tls);
    QVERIFY2(changed->message.contains(CertificatePin::fingerprint(server.constFirst())) &&
                 changed->message.contains(u"not the one pinned"_s),
             qPrintable(changed->message));
}

void TestSignIn::jwtRunsATaskToItsEnd()
{
    const auto proxy = startSim(ConnectionProfile::SignIn::Jwt);
    QVERIFY(proxy);
    const ConnectionProfile profile = proxy->profile();
    QCOMPARE(profile.virtualProxyPrefix, u"jwt"_s);
    QVERIFY2(profile.isValid(), qPrintable(profile.validationErrors().join(u'\n')));
    QNetworkAccessManager network;
    QlikService qlik(network, profile, proxy->secret());
    std::optional<QlikError> error;
    const auto last = runToEnd(qlik, QuickFailure, 200, &error);
    QVERIFY2(last, error ? qPrintable(error->message) : "no end");
    QCOMPARE(last->status.code(), int(TaskStatus::FinishedFail));
}

void TestSignIn::expiredOrForeignTokenIsRefused_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("said");
    QTest::newRow("expired") << u"expired.jwt"_s << u"expired"_s;
    QTest::newRow("signed with another key") << u"wrongly-signed.jwt"_s << u"signature"_s;
}

void TestSignIn::expiredOrForeignTokenIsRefused()
{
    QFETCH(QString, token);
    QFETCH(QString, said);
    const auto proxy = startSim(ConnectionProfile::SignIn::Jwt);
    QVERIFY(proxy);
    const std::optional<QlikError> error = about(proxy->profile(), SimProcess::authData(token));
    QVERIFY(error);
    QCOMPARE(error->category, QlikError::Category::SignIn);
    QVERIFY2(error->message.contains(said) && error->message.contains(u"refused the token"_s),
             qPrintable(error->message));
    QVERIFY2(!error->message.contains(SimProcess::authData(token)), "the token is never shown");
}

void TestSignIn::windowsSignsInOnceThroughTheModule()
{
    const auto proxy = startSim(ConnectionProfile::SignIn::Windows);
    QVERIFY(proxy);
    const ConnectionProfile profile = proxy->profile();
    QCOMPARE(profile.virtualProxyPrefix, QString()); // the default proxy
    QNetworkAccessManager network; // one per profile: its cookie jar keeps the session
    QlikService qlik(network, profile, proxy->secret());
    QSignalSpy answered(&qlik, &QlikService::aboutReceived);
    QSignalSpy failed(&qlik, &QlikService::requestFailed);
    qlik.fetchAbout();
    QTRY_COMPARE(answered.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(errorOf(failed).message));
    QVERIFY(proxy->requestCount(u"GET"_s, u"/internal_windows_authentication/"_s) >= 2);

    // The session cookie carries the next requests: no second sign-in.
    proxy->clearRequestLog();
    qlik.fetchAbout();
    qlik.listTasks();
    QTRY_COMPARE(answered.size() + failed.size(), 2);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(errorOf(failed).message));
    QCOMPARE(proxy->requestCount(QString(), u"internal_windows_authentication"_s), 0);
}

void TestSignIn::windowsRunOutlivesItsSession()
{
    // Sessions end after 0.3 s unused; polls come every 0.6 s, so every poll finds its session
    // gone, is sent to the Windows module, signs in again and carries on.
    const auto proxy =
        startSim(ConnectionProfile::SignIn::Windows, {u"--session-idle"_s, u"0.3"_s});
    QVERIFY(proxy);
    QNetworkAccessManager network;
    QlikService qlik(network, proxy->profile(), proxy->secret());
    std::optional<QlikError> error;
    const auto last = runToEnd(qlik, TwoSeconds, 600, &error);
    QVERIFY2(last, error ? qPrintable(error->message) : "no end");
    QCOMPARE(last->status.code(), int(TaskStatus::FinishedSuccess));
    const int signIns = proxy->requestCount(u"GET"_s, u"/internal_windows_authentication/"_s);
    QVERIFY2(signIns >= 4, qPrintable(QString::number(signIns)));

    // A POST is not carried through the sign-in's redirects: it signs in with a GET, then goes
    // again, once.
    QTest::qWait(500); // the session ends
    proxy->clearRequestLog();
    QSignalSpy stopped(&qlik, &QlikService::taskStopRequested);
    QSignalSpy failed(&qlik, &QlikService::requestFailed);
    qlik.stopTask(TwoSeconds);
    QTRY_COMPARE(stopped.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(errorOf(failed).message));
    QCOMPARE(proxy->requestCount(u"POST"_s, u"/stop"_s), 2); // redirected, then carried out
    QCOMPARE(proxy->requestCount(u"GET"_s, u"/stop"_s), 0);
    QCOMPARE(proxy->requestCount(u"GET"_s, u"/qrs/about"_s), 2); // to the module and back
}

void TestSignIn::wrongWindowsPasswordIsToldAsSuch()
{
    const auto proxy = startSim(ConnectionProfile::SignIn::Windows);
    QVERIFY(proxy);
    const std::optional<QlikError> error = about(proxy->profile(), u"not the password"_s);
    QVERIFY(error);
    QCOMPARE(error->category, QlikError::Category::SignIn);
    QVERIFY2(error->message.contains(u"did not accept the Windows sign-in of ACME\\tester"_s),
             qPrintable(error->message));
}

void TestSignIn::formsLoginInsteadOfWindowsIsToldAsSuch()
{
    // A proxy whose Windows pattern our user agent does not match sends us to its forms login.
    const auto proxy =
        startSim(ConnectionProfile::SignIn::Windows, {u"--windows-pattern"_s, u"Win32NT"_s});
    QVERIFY(proxy);
    const std::optional<QlikError> error = about(proxy->profile(), proxy->secret());
    QVERIFY(error);
    QCOMPARE(error->category, QlikError::Category::SignIn);
    QVERIFY2(error->message.contains(u"does not offer Windows sign-in to this client"_s),
             qPrintable(error->message));
}

void TestSignIn::windowsSignInFollowsNoRedirectToAnotherServer()
{
    // A "proxy" that sends the sign-in to another server: not followed, and said so.
    CannedServer elsewhere;
    elsewhere.answer(200, "application/json", "{}");
    CannedServer proxy;
    proxy.redirect(302, elsewhere.url().toEncoded() + "/internal_windows_authentication/");
    ConnectionProfile profile;
    profile.name = u"elsewhere"_s;
    profile.signIn = ConnectionProfile::SignIn::Windows;
    profile.serverUrl = proxy.url();
    profile.userId = u"ACME\\tester"_s;
    const std::optional<QlikError> error = about(profile, u"pw"_s);
    QVERIFY(error);
    QCOMPARE(error->category, QlikError::Category::SignIn);
    QVERIFY2(error->message.contains(u"only redirects to the same server are followed"_s),
             qPrintable(error->message));
    QCOMPARE(elsewhere.requestCount(), 0);

    // To the same server it is followed, hop by hop, but not for ever.
    proxy.redirect(302, proxy.url().toEncoded() + "/internal_windows_authentication/");
    const std::optional<QlikError> loop = about(profile, u"pw"_s);
    QVERIFY(loop);
    QVERIFY2(loop->message.contains(u"did not end after 4 redirects"_s), qPrintable(loop->message));
}

void TestSignIn::refusedSignInMidRunIsNotLostAndTheRunGoesOn_data()
{
    QTest::addColumn<ConnectionProfile::SignIn>("method");
    QTest::newRow("windows") << ConnectionProfile::SignIn::Windows;
    QTest::newRow("jwt") << ConnectionProfile::SignIn::Jwt;
}

void TestSignIn::refusedSignInMidRunIsNotLostAndTheRunGoesOn()
{
    // Sessions end after 0.3 s unused, polls come every 0.4 s: every poll signs in again. Then
    // the proxy refuses every sign-in for longer than the grace period, then lets them in again.
    QFETCH(ConnectionProfile::SignIn, method);
    const auto proxy = startSim(method, {u"--session-idle"_s, u"0.3"_s});
    QVERIFY(proxy);
    QNetworkAccessManager network;
    QlikService qlik(network, proxy->profile(), proxy->secret());
    QrsRunServer server(qlik);
    RunTracker tracker(server);
    tracker.setPollInterval(std::chrono::milliseconds(400));
    tracker.setUnreachableGrace(std::chrono::milliseconds(800));
    const RunId id = tracker.start(TaskRef::byId(LongOne));
    QTRY_COMPARE_WITH_TIMEOUT(tracker.run(id)->phase, RunPhase::Running, 10000);

    QVERIFY(proxy->refuseSignIns(true));
    const auto refusedShown = [&] {
        const Run *run = tracker.run(id);
        return run->error && run->error->category == QlikError::Category::SignIn;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        refusedShown(),
        tracker.run(id)->error ? qPrintable(tracker.run(id)->error->message) : "no error", 10000);
    QElapsedTimer refused;
    refused.start();
    // Twice the grace period: a run without contact would be Lost by now; this one is not.
    QTRY_VERIFY_WITH_TIMEOUT(refused.elapsed() > 1600, 5000);
    QCOMPARE(tracker.run(id)->phase, RunPhase::Running);
    QVERIFY(!tracker.run(id)->isFinished());

    QVERIFY(proxy->refuseSignIns(false));
    QTRY_VERIFY2_WITH_TIMEOUT(
        !tracker.run(id)->error,
        tracker.run(id)->error ? qPrintable(tracker.run(id)->error->message) : "", 10000);
    QCOMPARE(tracker.run(id)->phase, RunPhase::Running);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
