#include "clioptions.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString Guid = u"4c0b6a5e-1d7f-4a3b-9c2e-0123456789ab"_s;
}

class TestCliOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void scriptInvocation_data();
    void scriptInvocation();
    void nativeOptions();
    void severalTasks();
    void helpAndVersion();
    void insecureWarns();
    void caCertMustBeReadable();
};

void TestCliOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    const QStringList base {u"--server"_s,   u"https://srv"_s, u"--user"_s,
                            u"u@acme.com"_s, u"--task"_s,      Guid};
    QTest::newRow("unknown option") << (base + QStringList {u"--bogus"_s}) << u"bogus"_s;
    QTest::newRow("no server") << QStringList {u"--user"_s, u"u"_s, u"--task"_s, Guid}
                               << u"no server"_s;
    QTest::newRow("no user") << QStringList {u"--server"_s, u"https://srv"_s, u"--task"_s, Guid}
                             << u"no user"_s;
    QTest::newRow("no task") << QStringList {u"--server"_s, u"https://srv"_s, u"--user"_s, u"u"_s}
                             << u"no task"_s;
    QTest::newRow("poll interval too small")
        << (base + QStringList {u"--poll-interval"_s, u"0.1"_s}) << u"minimum of 0.2"_s;
    QTest::newRow("poll interval not a number")
        << (base + QStringList {u"--poll-interval"_s, u"often"_s}) << u"not a number"_s;
    QTest::newRow("negative timeout")
        << (base + QStringList {u"--timeout"_s, u"-1"_s}) << u"--timeout"_s;
    QTest::newRow("stop without timeout")
        << (base + QStringList {u"--stop-on-timeout"_s}) << u"needs --timeout"_s;
    QTest::newRow("bad grace") << (base + QStringList {u"--unreachable-grace"_s, u"x"_s})
                               << u"--unreachable-grace"_s;
    QTest::newRow("server with path")
        << QStringList {u"--server"_s, u"https://srv/opcon"_s, u"--user"_s, u"u"_s, u"--task"_s,
                        Guid}
        << u"virtual proxy"_s;
    QTest::newRow("server twice") << (base + QStringList {u"--server"_s, u"https://other"_s})
                                  << u"more than once"_s;
    QTest::newRow("positional") << (base + QStringList {u"extra"_s}) << u"extra"_s;
    QTest::newRow("empty task") << QStringList {u"--server"_s, u"https://srv"_s, u"--user"_s,
                                                u"u"_s,        u"--task"_s,      u" "_s}
                                << u"must not be empty"_s;
    QTest::newRow("missing ca file")
        << (base + QStringList {u"--ca-cert"_s, u"/nonexistent/ca.pem"_s}) << u"cannot read"_s;
    QTest::newRow("script option without value")
        << QStringList {u"-serverUrl"_s, u"https://srv"_s, u"-QlikUser"_s, u"u"_s, u"-TaskId"_s}
        << u"task"_s;
}

void TestCliOptions::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const CliOptions options = CliOptions::parse(QStringList {u"qlik-task"_s} + arguments);
    QCOMPARE(options.action(), CliOptions::Action::UsageError);
    QVERIFY2(options.errorMessage().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(options.errorMessage()));
}

void TestCliOptions::scriptInvocation_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("as the scheduler calls the script")
        << QStringList {u"-serverUrl"_s,       u"https://srv"_s,
                        u"-QlikUser"_s,        u"user@acme.com"_s,
                        u"-TaskId"_s,          Guid,
                        u"-PollingInterval"_s, u"5"_s};
    QTest::newRow("other case") << QStringList {u"-SERVERURL"_s,       u"https://srv"_s,
                                                u"-qlikuser"_s,        u"user@acme.com"_s,
                                                u"-taskid"_s,          Guid,
                                                u"-pollinginterval"_s, u"5"_s};
    QTest::newRow("colon syntax") << QStringList {u"-serverUrl:https://srv"_s,
                                                  u"-QlikUser:user@acme.com"_s,
                                                  u"-TaskId:"_s + Guid, u"-PollingInterval:5"_s};
}

void TestCliOptions::scriptInvocation()
{
    QFETCH(QStringList, arguments);
    const CliOptions options = CliOptions::parse(QStringList {u"qlik-task"_s} + arguments);
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    const CliSettings &s = options.settings();
    QVERIFY(s.scriptStyle);
    QCOMPARE(s.profile.serverUrl, QUrl(u"https://srv"_s));
    QCOMPARE(s.profile.virtualProxyPrefix, u"opcon"_s);
    QCOMPARE(s.profile.userHeaderName, u"opcon-usr"_s);
    QCOMPARE(s.profile.userId, u"user@acme.com"_s);
    QCOMPARE(s.tasks.size(), 1);
    QVERIFY(s.tasks.constFirst().isId());
    QCOMPARE(s.pollInterval, 5000ms);
    QCOMPARE(s.unreachableGrace, 600s);
    QCOMPARE(s.timeout, 0ms);
    QVERIFY(!s.profile.ignoreCertificateErrors);
}

void TestCliOptions::nativeOptions()
{
    const CliOptions options = CliOptions::parse(
        {u"qlik-task"_s, u"--server"_s, u"https://qlik.acme.com:4443/"_s, u"--virtual-proxy"_s,
         u"hdr"_s, u"--user-header=hdr-usr"_s, u"--user"_s, u"ACME\\svc"_s, u"--task"_s,
         u"It's Sales & Co"_s, u"--poll-interval"_s, u"0.25"_s, u"--timeout"_s, u"90"_s,
         u"--stop-on-timeout"_s, u"--unreachable-grace"_s, u"2.5"_s, u"--json"_s, u"--quiet"_s});
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    const CliSettings &s = options.settings();
    QVERIFY(!s.scriptStyle);
    QCOMPARE(s.profile.serverUrl, QUrl(u"https://qlik.acme.com:4443"_s));
    QCOMPARE(s.profile.virtualProxyPrefix, u"hdr"_s);
    QCOMPARE(s.profile.userHeaderName, u"hdr-usr"_s);
    QCOMPARE(s.profile.userId, u"ACME\\svc"_s);
    QCOMPARE(s.tasks, QList<TaskRef> {TaskRef::byName(u"It's Sales & Co"_s)});
    QCOMPARE(s.pollInterval, 250ms);
    QCOMPARE(s.timeout, 90s);
    QVERIFY(s.stopOnTimeout);
    QCOMPARE(s.unreachableGrace, 2500ms);
    QVERIFY(s.json);
    QVERIFY(s.quiet);
    QVERIFY(!s.noWait);
}

void TestCliOptions::severalTasks()
{
    const CliOptions options = CliOptions::parse(
        {u"qlik-task"_s, u"--server"_s, u"https://srv"_s, u"--user"_s, u"u"_s, u"--task"_s, Guid,
         u"--task"_s, u"Reload Sales"_s, u"-TaskId"_s, u"--weird name"_s});
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    const QList<TaskRef> expected {TaskRef::byId(Guid), TaskRef::byName(u"Reload Sales"_s),
                                   TaskRef::byName(u"--weird name"_s)};
    QCOMPARE(options.settings().tasks, expected);
}

void TestCliOptions::helpAndVersion()
{
    const CliOptions help = CliOptions::parse({u"qlik-task"_s, u"--help"_s});
    QCOMPARE(help.action(), CliOptions::Action::Help);
    for (const auto &part :
         {u"Exit codes"_s, u"100"_s, u"-serverUrl"_s, u"--stop-on-timeout"_s, u"stderr"_s})
        QVERIFY2(help.helpText().contains(part), qPrintable(part));
    QCOMPARE(CliOptions::parse({u"qlik-task"_s, u"-h"_s}).action(), CliOptions::Action::Help);
    QCOMPARE(CliOptions::parse({u"qlik-task"_s, u"--version"_s}).action(),
             CliOptions::Action::Version);
}

void TestCliOptions::insecureWarns()
{
    const CliOptions options =
        CliOptions::parse({u"qlik-task"_s, u"--server"_s, u"srv"_s, u"--user"_s, u"u"_s,
                           u"--task"_s, Guid, u"--insecure"_s});
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    QCOMPARE(options.settings().profile.serverUrl, QUrl(u"https://srv"_s));
    QVERIFY(options.settings().profile.ignoreCertificateErrors);
    QCOMPARE(options.warnings().size(), 1);
    QVERIFY(options.warnings().constFirst().contains(u"--insecure"_s));
}

void TestCliOptions::caCertMustBeReadable()
{
    QTemporaryFile ca;
    QVERIFY(ca.open());
    ca.write("-----BEGIN CERTIFICATE-----\n");
    ca.close();
    const CliOptions options =
        CliOptions::parse({u"qlik-task"_s, u"--server"_s, u"https://srv"_s, u"--user"_s, u"u"_s,
                           u"--task"_s, Guid, u"--ca-cert"_s, ca.fileName()});
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    QCOMPARE(options.settings().profile.caCertificateFile, ca.fileName());
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
