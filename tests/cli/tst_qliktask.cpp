// Runs the built qlik-task as a process against qrs-sim over TLS and checks exit codes and output.
#include "appidentity.h"
#include "certificatepin.h"
#include "cliprocess.h"
#include "profilestore.h"
#include "qlikservice.h"
#include "qrsfilter.h"
#include "simprocess.h"

#include <csignal>
#include <memory>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <signal.h>

using namespace Qt::StringLiterals;

namespace {

QString caFile()
{
    return SimProcess::dataDir() + u"/tls/ca.pem"_s;
}

/// Checks that must hold for every output of qlik-task.
void verifyHygiene(const CliResult &result)
{
    QVERIFY2(!result.all().contains(u"xrfkey"_s, Qt::CaseInsensitive), qPrintable(result.all()));
    static const QRegularExpression queryString(u"https?://\\S*\\?"_s);
    QVERIFY2(!queryString.match(result.all()).hasMatch(), qPrintable(result.all()));
}

/// Nothing a terminal acts on: no byte below 0x20 but line ends, no DEL, no C1 or bidi control.
void verifyTerminalSafe(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    for (const char byte : bytes)
        QVERIFY2((uchar(byte) >= 0x20 || byte == '\n') && uchar(byte) != 0x7f,
                 qPrintable(u"byte 0x%1 in:\n"_s.arg(uchar(byte), 2, 16, QLatin1Char('0')) + text));
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        QVERIFY2(!(u >= 0x80 && u <= 0x9f) && !(u >= 0x202a && u <= 0x202e) &&
                     !(u >= 0x2066 && u <= 0x2069),
                 qPrintable(text));
    }
}

/// The task of tests/data/scenarios/hostile.json whose name, error and script log are hostile.
const QString HostileName =
    u"Payroll\r\n1999-12-31T23:59:59+00:00 task 'Payroll' ended FinishedSuccess after 1 s - exit "
    "code 0\x1b[2J\x1b]0;owned\x07\u009b\u202egnp"_s;

} // namespace

class TestQlikTask final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void scriptStyleInvocation_data();
    void scriptStyleInvocation();
    void timestampsAndOneLinePerChange();
    void json();
    void quietPrintsOnlyTheSummary();
    void noWait();
    void stopOnTimeout();
    void answers503ToEveryThirdPoll();
    void saysWhenPollingFallsBackToSessions();
    void lostContactBeyondGrace();
    void contactLostAndBack();
    void stopFromOutside();
    void tlsWithoutCaCert();
    void pinnedCertificateIsTrustedAlone();
    void insecureWarns();
    void unreachableAtSubmission();
    void savedProfile_data();
    void savedProfile();
    void damagedSavedProfilesAreWarnedAboutAndLeftAlone();
    void interrupted_data();
    void interrupted();
    void hostileTextIsEscaped();
    void signalWhileFetchingScriptLogKeepsExitCode();
    void timeoutBoundsScriptLogWait();
    void repeatedTaskStartsOnce();
    void plainHttpWarns();
    void caCertWithoutCertificate();
    void certificateSignInReachesTheRepository();
    void jwtAndWindowsSignInReachTheProxy();
    void refusedSignInMidRunExitsSeven();

private:
    [[nodiscard]] QStringList common(const SimProcess &sim, bool withPollInterval = true) const;
    /// The id of the task with this name, asked through core's QlikService (an outside client).
    [[nodiscard]] QString taskId(const SimProcess &sim, const QString &name);
    CliResult
    run(const QStringList &arguments, int timeoutMs = 30000,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    std::unique_ptr<SimProcess> startSim(const QStringList &extraArgs = {},
                                         const QString &scenario = QString(), bool tls = true);

    std::unique_ptr<SimProcess> m_sim;
};

std::unique_ptr<SimProcess> TestQlikTask::startSim(const QStringList &extraArgs,
                                                   const QString &scenario, bool tls)
{
    SimProcess::Options options;
    options.tls = tls;
    options.extraArgs = extraArgs;
    if (!scenario.isEmpty())
        options.scenarioFile = SimProcess::scenarioPath(scenario);
    auto sim = std::make_unique<SimProcess>(options);
    if (!sim->start()) {
        qWarning("qrs-sim did not start: %s", qPrintable(sim->errorString()));
        return nullptr;
    }
    return sim;
}

void TestQlikTask::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(QLIK_TASK_EXECUTABLE)), QLIK_TASK_EXECUTABLE);
    m_sim = startSim();
    QVERIFY(m_sim);
    QCOMPARE(m_sim->serverUrl().scheme(), u"https"_s);
}

QStringList TestQlikTask::common(const SimProcess &sim, bool withPollInterval) const
{
    QStringList arguments {u"--server"_s,  sim.serverUrl().toString(),
                           u"--user"_s,    u"ACME\\tester"_s,
                           u"--ca-cert"_s, caFile()};
    if (withPollInterval)
        arguments << u"--poll-interval"_s << u"0.2"_s;
    return arguments;
}

QString TestQlikTask::taskId(const SimProcess &sim, const QString &name)
{
    QNetworkAccessManager network;
    QlikService service(network, sim.profile());
    QSignalSpy listed(&service, &QlikService::tasksListed);
    service.listTasks(ReloadTask::Type::Reload, QrsFilter::compare(u"name", u"eq", name));
    if (!listed.wait(5000))
        return {};
    const auto tasks = listed.constFirst().at(1).value<QList<ReloadTask>>();
    return tasks.size() == 1 ? tasks.constFirst().id : QString();
}

CliResult TestQlikTask::run(const QStringList &arguments, int timeoutMs,
                            const QProcessEnvironment &environment)
{
    return runCli(QStringLiteral(QLIK_TASK_EXECUTABLE), arguments, timeoutMs, environment);
}

void TestQlikTask::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expectedText");

    const auto task = [](const QString &name) {
        return QStringList {u"--task"_s, name};
    };
    QTest::newRow("0 success") << task(u"Fast Success"_s) << 0
                               << QStringList {u"started task 'Fast Success'"_s, u"session"_s,
                                               u"ended FinishedSuccess"_s, u"exit code 0"_s};
    QTest::newRow("1 FinishedFail with details and script log")
        << task(u"Fast Fail"_s) << 1
        << QStringList {u"ended FinishedFail"_s, u"Field 'CostCenter' not found"_s,
                        u"last 40 lines of the script log"_s,
                        u"LEFT JOIN (Facts) LOAD CostCenter"_s};
    QTest::newRow("1 Error") << task(u"Fast Error"_s) << 1
                             << QStringList {u"ended Error"_s, u"The engine did not respond"_s};
    QTest::newRow("1 Reset") << task(u"Fast Reset"_s) << 1 << QStringList {u"ended Reset"_s};
    QTest::newRow("3 Aborted") << task(u"Fast Aborted"_s) << 3
                               << QStringList {u"ended Aborted"_s, u"script log"_s};
    QTest::newRow("4 Skipped") << task(u"Fast Skipped"_s) << 4
                               << QStringList {u"ended Skipped"_s, u"exit code 4"_s};
    QTest::newRow("retry then success") << task(u"Retry Then Success"_s) << 0
                                        << QStringList {u"Retry"_s, u"ended FinishedSuccess"_s};
    QTest::newRow("name with quote, ampersand, hash, plus, umlaut")
        << task(u"Sales & Marketing 'Q1' #1 + Ü"_s) << 0
        << QStringList {u"started task 'Sales & Marketing 'Q1' #1 + Ü'"_s,
                        u"ended FinishedSuccess"_s};
    QTest::newRow("100 disabled") << task(u"Disabled Task"_s) << 100
                                  << QStringList {u"'Disabled Task' was not submitted"_s};
    QTest::newRow("100 no scheduler (zero guid)")
        << task(u"No Scheduler"_s) << 100 << QStringList {u"'No Scheduler' was not submitted"_s};
    QTest::newRow("100 unknown name")
        << task(u"No Such Task"_s) << 100 << QStringList {u"'No Such Task' was not submitted"_s};
    QTest::newRow("100 ambiguous name") << task(u"Duplicate Name"_s) << 100
                                        << QStringList {u"'Duplicate Name' was not submitted"_s};
    QTest::newRow("100 unknown id")
        << task(u"7d0c1e55-0000-4000-8000-00000000beef"_s) << 100
        << QStringList {u"7d0c1e55-0000-4000-8000-00000000beef was not submitted"_s};
    QTest::newRow("100 zero guid") << task(u"00000000-0000-0000-0000-000000000000"_s) << 100
                                   << QStringList {u"was not submitted"_s};
    QTest::newRow("100 wrong prefix explains authentication")
        << (task(u"Fast Success"_s) + QStringList {u"--virtual-proxy"_s, u"wrong"_s}) << 100
        << QStringList {u"not authenticated"_s, u"--virtual-proxy"_s, u"\"wrong\""_s};
    QTest::newRow("several: highest code wins")
        << (task(u"Fast Success"_s) + task(u"Fast Fail"_s) + task(u"Fast Skipped"_s)) << 4
        << QStringList {u"ended FinishedSuccess"_s, u"ended FinishedFail"_s, u"ended Skipped"_s,
                        u"3 runs"_s};
    QTest::newRow("several: not submitted wins")
        << (task(u"Fast Success"_s) + task(u"Disabled Task"_s)) << 100
        << QStringList {u"ended FinishedSuccess"_s, u"1 NotSubmitted"_s};
    QTest::newRow("5 timeout without stop")
        << (task(u"Medium Task"_s) + QStringList {u"--timeout"_s, u"0.5"_s}) << 5
        << QStringList {u"timeout reached"_s, u"exit code 5"_s};
    QTest::newRow("2 poll interval below minimum")
        << (task(u"Fast Success"_s) + QStringList {u"--poll-interval"_s, u"0.1"_s}) << 2
        << QStringList {u"minimum of 0.2"_s, u"--help"_s};
    QTest::newRow("2 unknown option") << (task(u"Fast Success"_s) + QStringList {u"--frobnicate"_s})
                                      << 2 << QStringList {u"frobnicate"_s};
    QTest::newRow("2 --no-wait with --timeout")
        << (task(u"Fast Success"_s) + QStringList {u"--no-wait"_s, u"--timeout"_s, u"10"_s}) << 2
        << QStringList {u"--no-wait cannot be combined with --timeout"_s};
    QTest::newRow("2 poll interval above a day")
        << (task(u"Fast Success"_s) + QStringList {u"--poll-interval"_s, u"31622400"_s}) << 2
        << QStringList {u"maximum of 86400 seconds (a day)"_s};
    QTest::newRow("2 escape sequence in an unknown option")
        << (task(u"Fast Success"_s) + QStringList {u"--x\x1b]0;owned\x07"_s}) << 2
        << QStringList {u"\\e]0;owned\\x07"_s};
}

void TestQlikTask::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expectedText);

    const CliResult result =
        run(common(*m_sim, !arguments.contains(u"--poll-interval"_s)) + arguments);
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(u"exit code %1, expected %2\n%3"_s.arg(result.exitCode)
                            .arg(exitCode)
                            .arg(result.all())));
    for (const QString &text : std::as_const(expectedText))
        QVERIFY2(result.all().contains(text),
                 qPrintable(text + u"\n--- in ---\n"_s + result.all()));
    verifyHygiene(result);
    verifyTerminalSafe(result.all());
    if (exitCode == 2)
        QVERIFY2(result.out.isEmpty(), "usage errors go to stderr");
}

void TestQlikTask::scriptStyleInvocation_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::newRow("as the scheduler wrote it")
        << QStringList {u"-serverUrl"_s, u"-QlikUser"_s, u"-TaskId"_s, u"-PollingInterval"_s};
    QTest::newRow("other case") << QStringList {u"-SERVERURL"_s, u"-qlikuser"_s, u"-taskid"_s,
                                                u"-pollingInterval"_s};
}

void TestQlikTask::scriptStyleInvocation()
{
    QFETCH(QStringList, names);
    const QString id = taskId(*m_sim, u"Fast Success"_s);
    QVERIFY(!id.isEmpty());
    // The scheduler's line, plus the test CA (the script trusted every certificate).
    const CliResult result =
        run({names.at(0), m_sim->serverUrl().toString(), names.at(1), u"user@acme.com"_s,
             names.at(2), id, names.at(3), u"0.2"_s, u"--ca-cert"_s, caFile()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    QVERIFY(result.out.contains(u"(task id %1)"_s.arg(id)));
    QVERIFY(result.out.contains(u"ended FinishedSuccess"_s));
    verifyHygiene(result);
}

void TestQlikTask::timestampsAndOneLinePerChange()
{
    const auto sim = startSim(); // Medium Task must not be running from another test
    QVERIFY(sim);
    const CliResult result = run(common(*sim) + QStringList {u"--task"_s, u"Medium Task"_s});
    QCOMPARE(result.exitCode, 0);
    static const QRegularExpression stamped(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d "_s);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        QVERIFY2(stamped.match(line).hasMatch(), qPrintable(line));
    // 1.5 s at 0.2 s polls is 7 or more polls, but Started is printed only once.
    QCOMPARE(result.out.count(u"'Medium Task': Started"_s), 1);
    QCOMPARE(result.out.count(u"started task 'Medium Task'"_s), 1);
    QVERIFY(result.err.isEmpty() || !result.err.contains(u"Medium"_s));
}

void TestQlikTask::json()
{
    const CliResult result =
        run(common(*m_sim) +
            QStringList {u"--json"_s, u"--task"_s, u"Fast Success"_s, u"--task"_s, u"Fast Fail"_s,
                         u"--task"_s, u"Disabled Task"_s});
    QCOMPARE(result.exitCode, 100);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QHash<QString, QJsonObject> byName;
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(line));
        byName.insert(document.object().value(u"taskName"_s).toString(), document.object());
    }
    const QJsonObject success = byName.value(u"Fast Success"_s);
    QCOMPARE(success.value(u"status"_s).toInt(), 7);
    QCOMPARE(success.value(u"statusName"_s).toString(), u"FinishedSuccess"_s);
    QCOMPARE(success.value(u"outcome"_s).toString(), u"Succeeded"_s);
    QCOMPARE(success.value(u"exitCode"_s).toInt(), 0);
    QCOMPARE(success.value(u"taskId"_s).toString(), taskId(*m_sim, u"Fast Success"_s));
    QVERIFY(!success.value(u"sessionId"_s).toString().isEmpty());
    QVERIFY(success.value(u"durationMs"_s).toInteger() > 0);
    QVERIFY(QDateTime::fromString(success.value(u"startTime"_s).toString(), Qt::ISODateWithMs)
                .isValid());
    QVERIFY(QDateTime::fromString(success.value(u"stopTime"_s).toString(), Qt::ISODateWithMs)
                .isValid());

    const QJsonObject failed = byName.value(u"Fast Fail"_s);
    QCOMPARE(failed.value(u"status"_s).toInt(), 8);
    QCOMPARE(failed.value(u"exitCode"_s).toInt(), 1);
    QVERIFY(QJsonDocument(failed.value(u"details"_s).toArray())
                .toJson()
                .contains("Field 'CostCenter' not found"));

    const QJsonObject notSubmitted = byName.value(u"Disabled Task"_s);
    QCOMPARE(notSubmitted.value(u"outcome"_s).toString(), u"NotSubmitted"_s);
    QCOMPARE(notSubmitted.value(u"exitCode"_s).toInt(), 100);
    QVERIFY(notSubmitted.value(u"sessionId"_s).toString().isEmpty());

    // The human lines went to stderr.
    QVERIFY(result.err.contains(u"ended FinishedFail"_s));
    QVERIFY(result.err.contains(u"exit code 100"_s));
    verifyHygiene(result);
}

void TestQlikTask::quietPrintsOnlyTheSummary()
{
    const CliResult result =
        run(common(*m_sim) + QStringList {u"--quiet"_s, u"--task"_s, u"Fast Success"_s});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.constFirst().contains(u"1 Succeeded - exit code 0"_s));

    const CliResult failed =
        run(common(*m_sim) + QStringList {u"--quiet"_s, u"--task"_s, u"Fast Fail"_s});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(!failed.out.contains(u"started task"_s));
    QVERIFY(failed.out.contains(u"ended FinishedFail"_s));
    QVERIFY(failed.out.contains(u"CostCenter"_s));
}

void TestQlikTask::noWait()
{
    const auto sim = startSim(); // the run goes on after qlik-task exits
    QVERIFY(sim);
    const CliResult result =
        run(common(*sim) + QStringList {u"--no-wait"_s, u"--task"_s, u"Medium Task"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"started task 'Medium Task'"_s));
    QVERIFY(result.out.contains(u"--no-wait"_s));
    QVERIFY(!result.out.contains(u"FinishedSuccess"_s));
}

void TestQlikTask::stopOnTimeout()
{
    const CliResult result = run(
        common(*m_sim) +
        QStringList {u"--task"_s, u"Long Task"_s, u"--timeout"_s, u"1"_s, u"--stop-on-timeout"_s});
    QVERIFY2(result.exitCode == 5, qPrintable(result.all()));
    QVERIFY(result.out.contains(u"stopping the task"_s));
    QVERIFY(result.out.contains(u"AbortInitiated"_s));
    QVERIFY(result.out.contains(u"ended Aborted"_s));
    QVERIFY(m_sim->requestCount(u"POST"_s, u"/stop"_s) >= 1);
}

void TestQlikTask::answers503ToEveryThirdPoll()
{
    const auto sim = startSim({u"--fail-every"_s, u"3"_s});
    QVERIFY(sim);
    const CliResult result =
        run(common(*sim) +
            QStringList {u"--task"_s, u"Medium Task"_s, u"--task"_s, u"Retry Then Success"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    QVERIFY(result.out.contains(u"2 Succeeded"_s));
    int failedPolls = 0;
    const QJsonArray log = sim->requestLog();
    for (const QJsonValue &entry : log) {
        const QJsonObject object = entry.toObject();
        if (object.value(u"path"_s).toString().endsWith(u"/executionresult"_s) &&
            object.value(u"status"_s).toInt() == 503)
            ++failedPolls;
    }
    QVERIFY2(failedPolls >= 1, "the sim must have answered 503 at least once");
    verifyHygiene(result);
}

void TestQlikTask::saysWhenPollingFallsBackToSessions()
{
    // A repository that refuses queries by modifiedDate: qlik-task says it asks by session id
    // from then on, on stderr, and the run still ends right.
    const auto sim = startSim({u"--modified-date"_s, u"unfilterable"_s});
    QVERIFY(sim);
    const CliResult result = run(common(*sim) + QStringList {u"--task"_s, u"Medium Task"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    QVERIFY2(result.err.contains(u"asking for every run by its session id"_s),
             qPrintable(result.err));
    QVERIFY(!result.out.contains(u"session id from now on"_s)); // stdout stays for the runs
    verifyHygiene(result);
}

void TestQlikTask::lostContactBeyondGrace()
{
    const auto sim = startSim();
    QVERIFY(sim);
    QProcess process;
    process.start(QStringLiteral(QLIK_TASK_EXECUTABLE),
                  common(*sim) +
                      QStringList {u"--task"_s, u"Long Task"_s, u"--unreachable-grace"_s, u"1"_s});
    QVERIFY(process.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("Started"), 10000);
    QVERIFY(sim->outage(6000));
    QVERIFY(process.waitForFinished(15000));
    out += process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 6, out.constData());
    QVERIFY(out.contains("grace period"));
    QVERIFY(!out.contains("xrfkey"));
}

void TestQlikTask::contactLostAndBack()
{
    const auto sim = startSim();
    QVERIFY(sim);
    QProcess process;
    process.start(QStringLiteral(QLIK_TASK_EXECUTABLE),
                  common(*sim) +
                      QStringList {u"--task"_s, u"Long Task"_s, u"--unreachable-grace"_s, u"6"_s});
    QVERIFY(process.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("Started"), 10000);
    QVERIFY(sim->outage(4000));
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("is back after"),
                             12000);
    QCOMPARE(out.count("lost contact"), 1);
    QCOMPARE(out.count("is back after"), 1);
    QCOMPARE(process.state(), QProcess::Running); // the run was not abandoned
    process.kill();
    process.waitForFinished(2000);
}

void TestQlikTask::stopFromOutside()
{
    // Exit code 3 when somebody else (an operator in the QMC) stops the run.
    const auto sim = startSim();
    QVERIFY(sim);
    QProcess follower;
    follower.start(QStringLiteral(QLIK_TASK_EXECUTABLE),
                   common(*sim) + QStringList {u"--task"_s, u"Long Task"_s});
    QVERIFY(follower.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += follower.readAllStandardOutput()).contains("Started"), 10000);

    QNetworkAccessManager network;
    QlikService operatorConsole(network, sim->profile());
    QSignalSpy stopped(&operatorConsole, &QlikService::taskStopRequested);
    operatorConsole.stopTask(taskId(*sim, u"Long Task"_s));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000);

    QVERIFY(follower.waitForFinished(15000));
    out += follower.readAllStandardOutput();
    QVERIFY2(follower.exitCode() == 3, out.constData());
    QVERIFY(out.contains("ended Aborted"));
    QVERIFY(out.contains("exit code 3"));
}

void TestQlikTask::tlsWithoutCaCert()
{
    // Verification is on by default: the test CA is not in the system's trust store.
    const CliResult result = run({u"--server"_s, m_sim->serverUrl().toString(), u"--user"_s,
                                  u"ACME\\tester"_s, u"--task"_s, u"Fast Success"_s});
    QVERIFY2(result.exitCode == 100, qPrintable(result.all()));
    QVERIFY2(result.out.contains(u"--ca-cert"_s), qPrintable(result.all()));
    QVERIFY(!result.out.contains(u"started task"_s));
    verifyHygiene(result);
}

void TestQlikTask::pinnedCertificateIsTrustedAlone()
{
    // The test CA is not trusted here; the pinned server certificate is, and no other one.
    const QList<QSslCertificate> server =
        QSslCertificate::fromPath(SimProcess::dataDir() + u"/tls/server.pem"_s);
    QCOMPARE(server.size(), 1);
    const QString fingerprint = CertificatePin::fingerprint(server.constFirst());
    const QStringList base {u"--server"_s,        m_sim->serverUrl().toString(),
                            u"--user"_s,          u"ACME\\tester"_s,
                            u"--task"_s,          u"Fast Success"_s,
                            u"--poll-interval"_s, u"0.2"_s,
                            u"--pin-sha256"_s};
    const CliResult pinned = run(base + QStringList {fingerprint});
    QVERIFY2(pinned.exitCode == 0, qPrintable(pinned.all()));
    verifyHygiene(pinned);

    const CliResult other = run(base + QStringList {QString(64, u'e')});
    QVERIFY2(other.exitCode == 100, qPrintable(other.all()));
    QVERIFY2(other.out.contains(fingerprint), qPrintable(other.all()));
    QVERIFY2(other.out.contains(u"not the one pinned"_s), qPrintable(other.all()));
    QVERIFY(!other.out.contains(u"started task"_s));
}

void TestQlikTask::certificateSignInReachesTheRepository()
{
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"fast.json"_s);
    options.signIn = ConnectionProfile::SignIn::Certificate;
    options.extraArgs = QStringList {u"--inactive-user"_s, u"INTERNAL\\retired"_s};
    SimProcess repository(options);
    QVERIFY2(repository.start(), qPrintable(repository.errorString()));
    const QString material = SimProcess::authDataDir();
    QFile passwordFile(material + u"/pfx-password.txt"_s);
    QVERIFY(passwordFile.open(QIODevice::ReadOnly));
    const QString password = QString::fromUtf8(passwordFile.readAll());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QLIK_PFX_PASSWORD"_s, password);
    const QStringList base {u"--auth"_s,
                            u"certificate"_s,
                            u"--server"_s,
                            repository.serverUrl().toString(),
                            u"--ca-cert"_s,
                            caFile(),
                            u"--client-cert"_s,
                            material + u"/client.pfx"_s,
                            u"--user-directory"_s,
                            u"INTERNAL"_s,
                            u"--task"_s,
                            u"Fast Success"_s,
                            u"--poll-interval"_s,
                            u"0.2"_s,
                            u"--user"_s};
    const CliResult done = run(base + QStringList {u"sa_api"_s}, 30000, environment);
    QVERIFY2(done.exitCode == 0, qPrintable(done.all()));
    QVERIFY2(!done.all().contains(password), qPrintable(done.all()));
    verifyHygiene(done);

    // An inactive user is refused by the repository: not submitted, with a hint for this method.
    const CliResult refused = run(base + QStringList {u"retired"_s}, 30000, environment);
    QVERIFY2(refused.exitCode == 100, qPrintable(refused.all()));
    QVERIFY2(refused.out.contains(u"inactive"_s), qPrintable(refused.all()));
    QVERIFY2(refused.out.contains(u"certificate sign-in refused"_s), qPrintable(refused.all()));

    // A client certificate the repository's CA did not sign: not submitted either.
    const CliResult stranger =
        run(QStringList {u"--auth"_s, u"certificate"_s, u"--server"_s,
                         repository.serverUrl().toString(), u"--ca-cert"_s, caFile(),
                         u"--client-cert"_s, material + u"/other-client.pem"_s, u"--client-key"_s,
                         material + u"/other-client_key.pem"_s, u"--user-directory"_s,
                         u"INTERNAL"_s, u"--user"_s, u"sa_api"_s, u"--task"_s, u"Fast Success"_s},
            30000, environment);
    QVERIFY2(stranger.exitCode == 100, qPrintable(stranger.all()));
    QVERIFY2(stranger.out.contains(u"did not accept the client certificate"_s),
             qPrintable(stranger.all()));
}

void TestQlikTask::jwtAndWindowsSignInReachTheProxy()
{
    for (const auto method : {ConnectionProfile::SignIn::Jwt, ConnectionProfile::SignIn::Windows}) {
        SimProcess::Options options;
        options.scenarioFile = SimProcess::scenarioPath(u"fast.json"_s);
        options.signIn = method;
        SimProcess proxy(options);
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        const ConnectionProfile profile = proxy.profile();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QStringList arguments {u"--server"_s,        proxy.serverUrl().toString(),
                               u"--virtual-proxy"_s, profile.virtualProxyPrefix,
                               u"--task"_s,          u"Fast Success"_s,
                               u"--poll-interval"_s, u"0.2"_s};
        const bool jwt = method == ConnectionProfile::SignIn::Jwt;
        arguments << u"--auth"_s << (jwt ? u"jwt"_s : u"windows"_s);
        if (!jwt)
            arguments << u"--user"_s << profile.userId;
        const QString variable = jwt ? u"QLIK_JWT"_s : u"QLIK_PASSWORD"_s;
        environment.insert(variable, proxy.secret());
        const CliResult done = run(arguments, 30000, environment);
        QVERIFY2(done.exitCode == 0, qPrintable(done.all()));
        QVERIFY2(!done.all().contains(proxy.secret()), qPrintable(done.all()));
        verifyHygiene(done);

        // A refused sign-in is "not submitted", named for the method, the secret unshown.
        const QString wrong = jwt ? SimProcess::authData(u"expired.jwt"_s) : u"not the password"_s;
        environment.insert(variable, wrong);
        const CliResult refused = run(arguments, 30000, environment);
        QVERIFY2(refused.exitCode == 100, qPrintable(refused.all()));
        QVERIFY2(
            refused.out.contains(jwt ? u"JWT sign-in refused"_s : u"Windows sign-in refused"_s),
            qPrintable(refused.all()));
        QVERIFY2(!refused.all().contains(wrong), qPrintable(refused.all()));
        if (jwt) // said before anything is sent
            QVERIFY2(refused.err.contains(u"The token expired on"_s), qPrintable(refused.all()));
    }
}

void TestQlikTask::refusedSignInMidRunExitsSeven()
{
    SimProcess::Options options;
    options.scenarioFile = SimProcess::scenarioPath(u"fast.json"_s);
    options.signIn = ConnectionProfile::SignIn::Jwt;
    SimProcess proxy(options);
    QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QLIK_JWT"_s, proxy.secret());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QLIK_TASK_EXECUTABLE),
                  {u"--auth"_s, u"jwt"_s, u"--server"_s, proxy.serverUrl().toString(),
                   u"--virtual-proxy"_s, u"jwt"_s, u"--task"_s, u"Long Task"_s,
                   u"--poll-interval"_s, u"0.2"_s});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("Running"), 10000);
    QVERIFY(proxy.refuseSignIns(true)); // the token is refused from now on
    QVERIFY(process.waitForFinished(10000));
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 7);
    QVERIFY2(out.contains("refused the token") && out.contains("goes on on the server"),
             out.constData());
}

void TestQlikTask::insecureWarns()
{
    const CliResult result =
        run({u"--server"_s, m_sim->serverUrl().toString(), u"--user"_s, u"ACME\\tester"_s,
             u"--task"_s, u"Fast Success"_s, u"--insecure"_s, u"--poll-interval"_s, u"0.2"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    QVERIFY(result.err.contains(u"warning: --insecure"_s));
    QVERIFY(!result.out.contains(u"--insecure"_s));
}

void TestQlikTask::unreachableAtSubmission()
{
    QUrl server = m_sim->serverUrl();
    server.setPort(1); // nothing listens there
    const CliResult result = run({u"--server"_s, server.toString(), u"--user"_s, u"u"_s,
                                  u"--task"_s, u"Fast Success"_s, u"--ca-cert"_s, caFile()});
    QVERIFY2(result.exitCode == 100, qPrintable(result.all()));
    QVERIFY(result.out.contains(u"could not be reached"_s));
}

void TestQlikTask::savedProfile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expectedText");

    QTest::newRow("the saved profile is used")
        << QStringList {u"--profile"_s, u"Sim TLS"_s} << 0
        << QStringList {u"started task 'Fast Success'"_s, u"ended FinishedSuccess"_s};
    QTest::newRow("--virtual-proxy overrides the profile's prefix")
        << QStringList {u"--profile"_s, u"Sim TLS"_s, u"--virtual-proxy"_s, u"wrong"_s} << 100
        << QStringList {u"not authenticated"_s, u"\"wrong\""_s};
    QTest::newRow("a profile without CA is refused by TLS")
        << QStringList {u"--profile"_s, u"Sim without CA"_s} << 100 << QStringList {u"--ca-cert"_s};
    QTest::newRow("--ca-cert completes the profile")
        << QStringList {u"--profile"_s, u"Sim without CA"_s, u"--ca-cert"_s, caFile()} << 0
        << QStringList {u"ended FinishedSuccess"_s};
    QTest::newRow("unknown profile lists the saved ones")
        << QStringList {u"--profile"_s, u"Sim"_s} << 2
        << QStringList {u"no saved profile called 'Sim'"_s, u"'Sim TLS'"_s, u"'Sim without CA'"_s};
}

void TestQlikTask::savedProfile()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expectedText);

    // The desktop app's settings as it writes them: ProfileStore over QSettings. On Linux the
    // native format is the INI file $XDG_CONFIG_HOME/<organization>/<application>.conf.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QString file = config.filePath(
        u"%1/%2.conf"_s.arg(AppIdentity::OrganizationName, AppIdentity::ApplicationName));
    {
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore store(settings);
        ConnectionProfile profile = m_sim->profile();
        profile.name = u"Sim TLS"_s;
        QCOMPARE(store.add(profile), QStringList());
        profile.name = u"Sim without CA"_s;
        profile.caCertificateFile.clear();
        QCOMPARE(store.add(profile), QStringList());
    }
    QVERIFY(QFile::exists(file));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    const CliResult result = run(
        arguments + QStringList {u"--task"_s, u"Fast Success"_s, u"--poll-interval"_s, u"0.2"_s},
        30000, environment);
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(u"exit code %1, expected %2\n%3"_s.arg(result.exitCode)
                            .arg(exitCode)
                            .arg(result.all())));
    for (const QString &text : std::as_const(expectedText))
        QVERIFY2(result.all().contains(text),
                 qPrintable(text + u"\n--- in ---\n"_s + result.all()));
    verifyHygiene(result);
}

void TestQlikTask::damagedSavedProfilesAreWarnedAboutAndLeftAlone()
{
    // The app's file, hand-edited: a size that is not a number, and a second profile whose name
    // carries an escape sequence but no server. qlik-task says so, escaped, and never moves or
    // rewrites the file: it is the app's.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QString dir = config.filePath(AppIdentity::OrganizationName);
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + u"/%1.conf"_s.arg(AppIdentity::ApplicationName);
    const QByteArray content =
        "[profiles]\n1\\name=Sim TLS\n1\\url=" + m_sim->serverUrl().toString().toUtf8() +
        "\n1\\prefix=opcon\n1\\header=opcon-usr\n1\\user=ACME\\\\tester\n1\\caFile=" +
        caFile().toUtf8() + "\n2\\name=Evil\x1b[2J\nsize=abc\nversion=1\n";
    {
        QFile settings(file);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(content);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    const CliResult result = run({u"--profile"_s, u"Sim TLS"_s, u"--task"_s, u"Fast Success"_s,
                                  u"--poll-interval"_s, u"0.2"_s},
                                 30000, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    QVERIFY2(result.err.contains(u"qlik-task: warning: "_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"abc"_s), qPrintable(result.err));
    verifyTerminalSafe(result.all());
    // Left as it was, and no copy made beside it.
    QFile settings(file);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QCOMPARE(settings.readAll(), content);
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList {file.section(u'/', -1)});
}

void TestQlikTask::interrupted_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("stops");

    QTest::newRow("SIGTERM: the run goes on") << int(SIGTERM) << QStringList() << 143 << false;
    QTest::newRow("SIGINT: the run goes on") << int(SIGINT) << QStringList() << 130 << false;
    QTest::newRow("SIGINT --stop-on-interrupt")
        << int(SIGINT) << QStringList {u"--stop-on-interrupt"_s} << 130 << true;
    QTest::newRow("SIGTERM --stop-on-interrupt --json")
        << int(SIGTERM) << QStringList {u"--stop-on-interrupt"_s, u"--json"_s} << 143 << true;
}

void TestQlikTask::interrupted()
{
    QFETCH(int, signalNumber);
    QFETCH(QStringList, extraArguments);
    QFETCH(int, exitCode);
    QFETCH(bool, stops);
    const bool json = extraArguments.contains(u"--json"_s);

    const auto sim = startSim(); // Long Task must not be running from another test
    QVERIFY(sim);
    QProcess process;
    process.start(QStringLiteral(QLIK_TASK_EXECUTABLE),
                  common(*sim) + QStringList {u"--task"_s, u"Long Task"_s} + extraArguments);
    QVERIFY(process.waitForStarted(5000));
    QByteArray out;
    QByteArray err;
    const auto readAll = [&] {
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        return json ? err : out; // where the progress lines go
    };
    QTRY_VERIFY_WITH_TIMEOUT(readAll().contains("Long Task': Started"), 10000);
    static const QRegularExpression sessionPattern(u"session ([0-9a-fA-F-]{36})"_s);
    const QString sessionId = sessionPattern.match(QString::fromUtf8(readAll())).captured(1);
    QVERIFY(!sessionId.isEmpty());

    if (signalNumber == SIGTERM)
        process.terminate();
    else
        QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(process.waitForFinished(15000));
    const QString progress = QString::fromUtf8(readAll());
    const QString all = QString::fromUtf8(out + err);
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, "qlik-task died of the signal");
    QVERIFY2(process.exitCode() == exitCode, qPrintable(all));

    const QString signalName = signalNumber == SIGTERM ? u"SIGTERM"_s : u"SIGINT"_s;
    const QString expectedLine = stops
        ? u"task 'Long Task': interrupted by %1; asking the server to stop the run (session %2)"_s
        : u"task 'Long Task': interrupted by %1; the run goes on on the server (session %2)"_s;
    QVERIFY2(progress.contains(expectedLine.arg(signalName, sessionId)), qPrintable(all));
    QVERIFY2(progress.contains(u"1 run: 1 Interrupted - exit code %1"_s.arg(exitCode)),
             qPrintable(all));
    QVERIFY2(!progress.contains(u"ended "_s), qPrintable(all));

    const int stopRequests = sim->requestCount(u"POST"_s, u"/stop"_s);
    if (stops) {
        QCOMPARE(stopRequests, 1);
        QVERIFY2(progress.contains(u"the server is stopping the run"_s), qPrintable(all));
    } else {
        QCOMPARE(stopRequests, 0);
    }

    if (json) {
        const QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject object = QJsonDocument::fromJson(lines.constFirst().toUtf8()).object();
        QCOMPARE(object.value(u"outcome"_s).toString(), u"Interrupted"_s);
        QCOMPARE(object.value(u"exitCode"_s).toInt(), exitCode);
        QCOMPARE(object.value(u"sessionId"_s).toString(), sessionId);
    }
    CliResult result;
    result.out = QString::fromUtf8(out);
    result.err = QString::fromUtf8(err);
    verifyHygiene(result);
}

void TestQlikTask::hostileTextIsEscaped()
{
    const auto sim = startSim({}, u"hostile.json"_s);
    QVERIFY(sim);
    // The name as the operator typed it (a scheduler passing it on), and the server's texts.
    const CliResult result =
        run(common(*sim) + QStringList {u"--task"_s, HostileName, u"--task"_s, u"Plain Success"_s});
    QVERIFY2(result.exitCode == 1,
             qPrintable(u"exit code %1\n"_s.arg(result.exitCode) + result.all()));
    verifyTerminalSafe(result.all());
    verifyHygiene(result);
    const QString escapedName =
        u"'Payroll\\r\\n1999-12-31T23:59:59+00:00 task 'Payroll' ended FinishedSuccess after 1 s - "
        "exit code 0\\e[2J\\e]0;owned\\x07\\u009b\\u202egnp'"_s;
    for (const QString &expected : QStringList {
             u"started task "_s + escapedName, u"task "_s + escapedName + u" ended FinishedFail"_s,
             u"Error: bad\\e[31m red\\r\\n1999-12-31T23:59:59+00:00 forged\\x07"_s,
             u" 0016  LOAD \\e]0;owned\\x07 FROM x\n"_s,
             u" 0017  \\u009b2J\\u202eevil\\x08\\x7f\n"_s,
             u"2 runs: 1 Failed, 1 Succeeded - exit code 1"_s})
        QVERIFY2(result.out.contains(expected),
                 qPrintable(expected + u"\n--- in ---\n"_s + result.all()));
    // No forged line: every line is ours (timestamped) or an indented script log line.
    static const QRegularExpression stamped(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d "_s);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QVERIFY2(stamped.match(line).hasMatch() || line.startsWith(u"    "_s), qPrintable(line));
        QVERIFY2(!line.startsWith(u"1999-"_s), qPrintable(line));
    }

    // --json: the exact strings, valid JSON, no raw control character on stdout.
    const CliResult json = run(common(*sim) + QStringList {u"--json"_s, u"--task"_s, HostileName});
    QVERIFY2(json.exitCode == 1, qPrintable(json.all()));
    verifyTerminalSafe(json.err);
    const QByteArray bytes = json.out.toUtf8();
    for (const char byte : bytes)
        QVERIFY2(uchar(byte) >= 0x20 || byte == '\n', qPrintable(json.out));
    const QStringList objects = json.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(objects.size(), 1);
    QJsonParseError error;
    const QJsonObject object =
        QJsonDocument::fromJson(objects.constFirst().toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(objects.constFirst()));
    QCOMPARE(object.value(u"taskName"_s).toString(), HostileName);
    QCOMPARE(object.value(u"requested"_s).toString(), HostileName);
    bool exactError = false;
    const QJsonArray details = object.value(u"details"_s).toArray();
    for (const QJsonValue &detail : details)
        exactError = exactError ||
            detail[u"message"_s].toString().contains(
                u"Error: bad\x1b[31m red\r\n1999-12-31T23:59:59+00:00 forged\x07"_s);
    QVERIFY2(exactError, objects.constFirst().toUtf8().constData());
}

void TestQlikTask::signalWhileFetchingScriptLogKeepsExitCode()
{
    // The failed run's log stays 404 for 20 s: the client is still asking for it when the signal
    // comes, but the run's outcome (exit code 1) is known.
    const auto sim = startSim({u"--script-log-delay"_s, u"20000"_s});
    QVERIFY(sim);
    QProcess process;
    process.start(QStringLiteral(QLIK_TASK_EXECUTABLE),
                  common(*sim) + QStringList {u"--task"_s, u"Fast Fail"_s});
    QVERIFY(process.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += process.readAllStandardOutput()).contains("ended FinishedFail"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(sim->requestCount(u"GET"_s, u"/download/"_s) >= 1, 5000);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    out += process.readAllStandardOutput();
    const QString all = QString::fromUtf8(out + process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, "qlik-task died of the signal");
    QVERIFY2(process.exitCode() == 1, qPrintable(all));
    QVERIFY2(all.contains(u"'Fast Fail': no script log: interrupted by SIGTERM"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"1 run: 1 Failed - exit code 1"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"Interrupted"_s), qPrintable(all));
}

void TestQlikTask::timeoutBoundsScriptLogWait()
{
    // The log would keep the client waiting for its retries (several seconds); --timeout 2
    // ends the call at 2 s with the run's own code.
    const auto sim = startSim({u"--script-log-delay"_s, u"20000"_s});
    QVERIFY(sim);
    QElapsedTimer clock;
    clock.start();
    const CliResult result =
        run(common(*sim) + QStringList {u"--task"_s, u"Fast Fail"_s, u"--timeout"_s, u"2"_s});
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(result.exitCode == 1, qPrintable(result.all()));
    QVERIFY2(elapsed < 4500, qPrintable(u"took %1 ms\n"_s.arg(elapsed) + result.all()));
    QVERIFY2(result.out.contains(u"ended FinishedFail"_s), qPrintable(result.all()));
    QVERIFY2(result.out.contains(u"'Fast Fail': no script log: --timeout passed while it was being "
                                 "fetched; not waiting for it"_s),
             qPrintable(result.all()));
    QCOMPARE(result.out.count(u"no script log"_s), 1);
    QVERIFY2(result.out.contains(u"1 run: 1 Failed - exit code 1"_s), qPrintable(result.all()));
    QVERIFY2(!result.out.contains(u"timeout reached"_s), qPrintable(result.all()));
}

void TestQlikTask::repeatedTaskStartsOnce()
{
    const auto sim = startSim();
    QVERIFY(sim);
    const QString id = taskId(*sim, u"Retry Then Success"_s);
    QVERIFY(!id.isEmpty());
    const CliResult result =
        run(common(*sim) +
            QStringList {u"--task"_s, u"Fast Success"_s, u"--task"_s, u"Fast Success"_s,
                         u"--task"_s, id, u"--task"_s, id.toUpper(), u"--task"_s, id});
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    QVERIFY2(
        result.err.contains(u"warning: task 'Fast Success' is given 2 times; it is started once"_s),
        qPrintable(result.all()));
    QVERIFY2(
        result.err.contains(u"warning: task %1 is given 3 times; it is started once"_s.arg(id)),
        qPrintable(result.all()));
    QVERIFY2(result.out.contains(u"2 runs: 2 Succeeded - exit code 0"_s), qPrintable(result.all()));
    // One start per task reached the server.
    QCOMPARE(sim->requestCount(u"POST"_s, u"/start"_s), 2);
}

void TestQlikTask::plainHttpWarns()
{
    const auto sim = startSim({}, QString(), false);
    QVERIFY(sim);
    QCOMPARE(sim->serverUrl().scheme(), u"http"_s);
    const CliResult result =
        run({u"--server"_s, sim->serverUrl().toString(), u"--user"_s, u"ACME\\tester"_s,
             u"--task"_s, u"Fast Success"_s, u"--poll-interval"_s, u"0.2"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    QVERIFY2(result.err.contains(u"is plain http: the user header opcon-usr with the user id, and "
                                 "everything else, go unencrypted"_s),
             qPrintable(result.all()));
    QVERIFY(!result.out.contains(u"plain http"_s));
}

void TestQlikTask::caCertWithoutCertificate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"root.pem"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a certificate\n");
    file.close();
    const CliResult result =
        run({u"--server"_s, m_sim->serverUrl().toString(), u"--user"_s, u"ACME\\tester"_s,
             u"--task"_s, u"Fast Success"_s, u"--ca-cert"_s, file.fileName()});
    QVERIFY2(result.exitCode == 2, qPrintable(result.all()));
    QVERIFY2(result.err.contains(
                 u"--ca-cert: the file '%1' holds no PEM certificate"_s.arg(file.fileName())),
             qPrintable(result.all()));
    QVERIFY(!result.all().contains(u"not submitted"_s));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestQlikTask)
#include "tst_qliktask.moc"
