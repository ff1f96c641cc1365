// qlik-task --cloud: the built program as a process against `qrs-sim --cloud`
// (tests/data/scenarios/cloud-fast.json): the same exit codes, reports and JSON as for repository
// tasks, with Qlik Cloud's own status names, API key and OAuth sign-in, and clear usage errors.
#include "appidentity.h"
#include "cliprocess.h"
#include "cloud/cloudclient.h"
#include "profilestore.h"
#include "simprocess.h"

#include <memory>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQlikTaskCloud final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void oauthClientFromTheEnvironment();
    void apiKeyFromAFile();
    void jsonKeepsCloudStatusNames();
    void rateLimitIsWaitedOutAndSaid();
    void partialReloadReachesTheTenant();
    void canceledOnTheTenantExitsThree();
    void savedCloudProfile();
    void usageErrors_data();
    void usageErrors();

private:
    [[nodiscard]] QStringList tenant() const;
    [[nodiscard]] QProcessEnvironment withKey() const;
    CliResult run(const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment());

    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_network;
};

void TestQlikTaskCloud::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(QLIK_TASK_EXECUTABLE)), QLIK_TASK_EXECUTABLE);
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"cloud-fast.json"_s);
    options.signIn = ConnectionProfile::SignIn::CloudApiKey;
    m_sim = std::make_unique<SimProcess>(options);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

QStringList TestQlikTaskCloud::tenant() const
{
    return {u"--cloud"_s, m_sim->serverUrl().toString(), u"--poll-interval"_s, u"0.2"_s};
}

QProcessEnvironment TestQlikTaskCloud::withKey() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QLIK_API_KEY"_s, SimProcess::CloudApiKey);
    return environment;
}

CliResult TestQlikTaskCloud::run(const QStringList &arguments,
                                 const QProcessEnvironment &environment)
{
    const CliResult result = runCli(QStringLiteral(QLIK_TASK_EXECUTABLE), arguments, 30000,
                                    environment.isEmpty() ? withKey() : environment);
    // No secret is ever printed.
    for (const QString &secret : {SimProcess::CloudApiKey, SimProcess::CloudClientSecret})
        [&] {
            QVERIFY2(!result.all().contains(secret), qPrintable(result.all()));
        }();
    return result;
}

void TestQlikTaskCloud::exitCodes_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expectedText");
    QTest::newRow("SUCCEEDED 0") << u"Fast Success"_s << 0
                                 << QStringList {u"started a reload of app 'Fast Success'"_s,
                                                 u"SUCCEEDED"_s, u"exit code 0"_s};
    QTest::newRow("FAILED 1, with its log")
        << u"Fast Fail"_s << 1
        << QStringList {u"FAILED"_s, u"Field 'CostCenter' not found (RELOAD-SCRIPT-ERROR)"_s,
                        u"LEFT JOIN (Facts)"_s, u"exit code 1"_s};
    QTest::newRow("EXCEEDED_LIMIT 1, its own message")
        << u"Over Limit"_s << 1
        << QStringList {u"EXCEEDED_LIMIT"_s, u"went beyond a limit of the tenant"_s,
                        u"The reload exceeded the app memory limit"_s, u"exit code 1"_s};
    QTest::newRow("unknown app 100")
        << u"Nowhere"_s << 100 << QStringList {u"No app is named 'Nowhere'"_s};
    QTest::newRow("ambiguous name 100")
        << u"Twin"_s << 100 << QStringList {u"2 apps are named 'Twin'"_s, u"(space Sales)"_s};
}

void TestQlikTaskCloud::exitCodes()
{
    QFETCH(QString, app);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expectedText);
    const CliResult result = run(tenant() + QStringList {u"--app"_s, app});
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.all()));
    for (const QString &text : std::as_const(expectedText))
        QVERIFY2(result.all().contains(text),
                 qPrintable(text + u"\n--- in ---\n"_s + result.all()));
}

void TestQlikTaskCloud::oauthClientFromTheEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QLIK_OAUTH_CLIENT_SECRET"_s, SimProcess::CloudClientSecret);
    QVERIFY(m_sim->clearRequestLog());
    const CliResult result =
        run(tenant() +
                QStringList {u"--oauth-client-id"_s, SimProcess::CloudClientId, u"--app"_s,
                             u"Fast Success"_s, u"--app"_s, u"Medium Success"_s},
            environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/oauth/token"_s), 1);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/api/v1/reloads"_s), 2);

    environment.insert(u"QLIK_OAUTH_CLIENT_SECRET"_s, u"wrong-secret-77"_s);
    const CliResult refused =
        run(tenant() +
                QStringList {u"--oauth-client-id"_s, SimProcess::CloudClientId, u"--app"_s,
                             u"Fast Success"_s},
            environment);
    QCOMPARE(refused.exitCode, 100);
    QVERIFY2(refused.all().contains(u"--oauth-client-id, now \"runner\""_s),
             qPrintable(refused.all()));
    QVERIFY(!refused.all().contains(u"wrong-secret-77"_s));
}

void TestQlikTaskCloud::apiKeyFromAFile()
{
    QTemporaryDir dir;
    QFile key(dir.filePath(u"key.txt"_s));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(SimProcess::CloudApiKey.toUtf8() + "\n");
    key.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QLIK_API_KEY"_s);
    const CliResult result = run(
        tenant() + QStringList {u"--api-key-file"_s, key.fileName(), u"--app"_s, u"Fast Success"_s},
        environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));

    environment.insert(u"QLIK_API_KEY"_s, u"not-the-key-456"_s);
    const CliResult wrong =
        run(tenant() + QStringList {u"--app"_s, u"Fast Success"_s}, environment);
    QCOMPARE(wrong.exitCode, 100);
    QVERIFY2(wrong.all().contains(u"Qlik Cloud refused the API key"_s), qPrintable(wrong.all()));
    QVERIFY(!wrong.all().contains(u"not-the-key-456"_s));
}

void TestQlikTaskCloud::jsonKeepsCloudStatusNames()
{
    const CliResult result =
        run(tenant() + QStringList {u"--json"_s, u"--app"_s, u"Fast Success"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value(u"statusName"_s).toString(), u"SUCCEEDED"_s);
    QVERIFY(object.value(u"status"_s).isNull()); // the repository's number: none here
    QCOMPARE(object.value(u"outcome"_s).toString(), u"Succeeded"_s);
    QCOMPARE(object.value(u"taskName"_s).toString(), u"Fast Success"_s);
    QCOMPARE(object.value(u"attempts"_s).toInt(), 1);
    QVERIFY(!object.value(u"sessionId"_s).toString().isEmpty());
}

void TestQlikTaskCloud::rateLimitIsWaitedOutAndSaid()
{
    // The tenant answers 429 to the first requests: qlik-task says it is held back, waits, and
    // the reload ends as usual.
    QVERIFY(m_sim->forceCloudRateLimit(1, 2));
    const CliResult result = run(tenant() + QStringList {u"--app"_s, u"Fast Success"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    QVERIFY2(result.err.contains(u"note: Held back by the tenant's rate limit: Qlik Cloud "
                                 "answered 429"_s),
             qPrintable(result.all()));
    QVERIFY2(result.err.contains(u"note: requests go out again"_s), qPrintable(result.all()));
}

void TestQlikTaskCloud::partialReloadReachesTheTenant()
{
    const CliResult result = run(tenant() +
                                 QStringList {u"--json"_s, u"--partial"_s, u"--variable"_s,
                                              u"vRegion=EMEA"_s, u"--app"_s, u"Fast Success"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    const QString reloadId =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"sessionId"_s).toString();
    QlikCloudClient cloud(m_network, m_sim->serverUrl(),
                          CloudAuth::apiKey(SimProcess::CloudApiKey));
    QSignalSpy fetched(&cloud, &QlikCloudClient::reloadsFetched);
    cloud.fetchReloads({reloadId});
    QTRY_COMPARE(fetched.size(), 1);
    const auto reloads = fetched.constFirst().at(1).value<QList<CloudReload>>();
    QCOMPARE(reloads.size(), 1);
    QVERIFY(reloads.constFirst().partial);
}

void TestQlikTaskCloud::canceledOnTheTenantExitsThree()
{
    // Somebody cancels the reload in the hub while qlik-task follows it.
    QProcess process;
    process.setProcessEnvironment(withKey());
    process.start(QStringLiteral(QLIK_TASK_EXECUTABLE),
                  tenant() + QStringList {u"--app"_s, u"Long Running"_s});
    QVERIFY(process.waitForStarted(5000));
    static const QRegularExpression started(u"reload ([0-9a-f]+)"_s);
    QString printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += QString::fromUtf8(process.readAllStandardOutput()),
                              started.match(printed).hasMatch()),
                             10000);
    QlikCloudClient cloud(m_network, m_sim->serverUrl(),
                          CloudAuth::apiKey(SimProcess::CloudApiKey));
    QSignalSpy cancelled(&cloud, &QlikCloudClient::cancelled);
    cloud.cancelReload(started.match(printed).captured(1));
    QTRY_COMPARE(cancelled.size(), 1);
    QVERIFY(process.waitForFinished(15000));
    printed += QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 3);
    QVERIFY2(printed.contains(u"CANCELED"_s), qPrintable(printed));
}

void TestQlikTaskCloud::savedCloudProfile()
{
    // A cloud profile saved by the app: --profile, the key from the environment (no keychain
    // needed), --app.
    QTemporaryDir config;
    const QString file = config.filePath(
        u"%1/%2.conf"_s.arg(AppIdentity::OrganizationName, AppIdentity::ApplicationName));
    {
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore store(settings);
        ConnectionProfile profile = m_sim->profile();
        profile.name = u"Tenant"_s;
        QCOMPARE(store.add(profile), QStringList());
    }
    QProcessEnvironment environment = withKey();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    const CliResult result = run({u"--profile"_s, u"Tenant"_s, u"--app"_s, u"Fast Success"_s,
                                  u"--poll-interval"_s, u"0.2"_s},
                                 environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    const CliResult task =
        run({u"--profile"_s, u"Tenant"_s, u"--task"_s, u"Fast Success"_s}, environment);
    QCOMPARE(task.exitCode, 2);
    QVERIFY2(task.err.contains(u"on Qlik Cloud give the app to reload with --app"_s),
             qPrintable(task.err));
}

void TestQlikTaskCloud::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("message");
    const QStringList cloud {u"--cloud"_s, u"https://acme.eu.qlikcloud.com"_s};
    QTest::newRow("no key") << cloud + QStringList {u"--app"_s, u"A"_s} << false
                            << u"Qlik Cloud needs an API key: set QLIK_API_KEY or give "
                               "--api-key-file FILE"_s;
    QTest::newRow("app without cloud")
        << QStringList {u"--server"_s, u"https://qlik.acme.com"_s, u"--user"_s, u"x"_s, u"--app"_s,
                        u"A"_s}
        << true << u"--app is for Qlik Cloud reloads: give the tenant with --cloud URL"_s;
    QTest::newRow("partial without cloud")
        << QStringList {u"--server"_s, u"https://qlik.acme.com"_s,
                        u"--user"_s,   u"x"_s,
                        u"--task"_s,   u"T"_s,
                        u"--partial"_s}
        << true << u"--partial is for Qlik Cloud reloads"_s;
    QTest::newRow("task on cloud")
        << cloud + QStringList {u"--task"_s, u"A"_s} << true << u"--task starts repository tasks"_s;
    QTest::newRow("no app") << cloud << true << u"no app given (--app ID-OR-NAME)"_s;
    QTest::newRow("server and cloud")
        << cloud + QStringList {u"--server"_s, u"https://qlik.acme.com"_s, u"--app"_s, u"A"_s}
        << true << u"--server and --cloud cannot be combined"_s;
    QTest::newRow("path in tenant")
        << QStringList {u"--cloud"_s, u"https://acme.eu.qlikcloud.com/api"_s, u"--app"_s, u"A"_s}
        << true << u"--cloud: give only scheme and host of the tenant"_s;
    QTest::newRow("variable without =")
        << cloud + QStringList {u"--app"_s, u"A"_s, u"--variable"_s, u"vRegion"_s} << true
        << u"--variable: 'vRegion' is not NAME=VALUE"_s;
    QTest::newRow("variable twice") << cloud +
            QStringList {u"--app"_s, u"A"_s, u"--variable"_s, u"v=1"_s, u"--variable"_s, u"v=2"_s}
                                    << true << u"--variable: v is given more than once"_s;
    QTest::newRow("oauth without id")
        << cloud + QStringList {u"--auth"_s, u"cloud-oauth"_s, u"--app"_s, u"A"_s} << true
        << u"--auth cloud-oauth needs --oauth-client-id ID"_s;
    QTest::newRow("repository method on cloud")
        << cloud + QStringList {u"--auth"_s, u"jwt"_s, u"--app"_s, u"A"_s} << true
        << u"--auth jwt is not a way into Qlik Cloud"_s;
    QTest::newRow("insecure") << cloud + QStringList {u"--app"_s, u"A"_s, u"--insecure"_s} << true
                              << u"A Qlik Cloud tenant's certificate is always verified"_s;
}

void TestQlikTaskCloud::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withKey);
    QFETCH(QString, message);
    QProcessEnvironment environment =
        withKey ? this->withKey() : QProcessEnvironment::systemEnvironment();
    if (!withKey)
        environment.remove(u"QLIK_API_KEY"_s);
    const CliResult result = run(arguments, environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestQlikTaskCloud)
#include "tst_qliktaskcloud.moc"
