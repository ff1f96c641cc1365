#include "clioptions.h"
#include "profilestore.h"

#include <memory>
#include <QSettings>
#include <QTemporaryDir>
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
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void scriptInvocation_data();
    void scriptInvocation();
    void nativeOptions();
    void severalTasks();
    void helpAndVersion();
    void insecureWarns();
    void caCertMustBeReadable();
    void profile_data();
    void profile();
    void profileErrors_data();
    void profileErrors();
    void stopOnInterrupt();

private:
    /// A PEM-looking file in m_dir (the profile check wants a readable CA file).
    [[nodiscard]] QString writeCaFile(const QString &fileName) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    QString m_profileCa;
    QString m_otherCa;
};

QString TestCliOptions::writeCaFile(const QString &fileName) const
{
    QFile file(m_dir.filePath(fileName));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("-----BEGIN CERTIFICATE-----\n");
    return file.fileName();
}

void TestCliOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_profileCa = writeCaFile(u"root.pem"_s);
    m_otherCa = writeCaFile(u"other.pem"_s);
    QVERIFY(!m_profileCa.isEmpty() && !m_otherCa.isEmpty());
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(*m_settings);

    ConnectionProfile production;
    production.name = u"Production"_s;
    production.serverUrl = QUrl(u"https://qlik.acme.com"_s);
    production.virtualProxyPrefix = u"hdr"_s;
    production.userHeaderName = u"hdr-usr"_s;
    production.userId = u"ACME\\svc"_s;
    production.caCertificateFile = m_profileCa;
    production.requestTimeout = 45s;
    QCOMPARE(m_profiles->add(production), QStringList());

    ConnectionProfile test;
    test.name = u"Test (insecure)"_s;
    test.serverUrl = QUrl(u"https://qlik-test.acme.com:4443"_s);
    test.userHeaderName = u"x-usr"_s;
    test.userId = u"tester"_s;
    test.ignoreCertificateErrors = true;
    QCOMPARE(m_profiles->add(test), QStringList());

    // Valid when saved; its CA file is gone since (hand-edited settings, moved files).
    ConnectionProfile gone = production;
    gone.name = u"Gone CA"_s;
    gone.caCertificateFile = writeCaFile(u"gone.pem"_s);
    QCOMPARE(m_profiles->add(gone), QStringList());
    QVERIFY(QFile::remove(gone.caCertificateFile));
}

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

void TestCliOptions::profile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("warning");

    const QStringList production {u"--profile"_s, u"Production"_s, u"--task"_s, Guid};
    const QUrl acme(u"https://qlik.acme.com"_s);
    const QString user = u"ACME\\svc"_s;
    QTest::newRow("profile only") << production << u"Production"_s << acme << u"hdr"_s
                                  << u"hdr-usr"_s << user << m_profileCa << false << QString();
    QTest::newRow("--server overrides")
        << (production + QStringList {u"--server"_s, u"other.acme.com:8443"_s}) << u"Production"_s
        << QUrl(u"https://other.acme.com:8443"_s) << u"hdr"_s << u"hdr-usr"_s << user << m_profileCa
        << false << QString();
    QTest::newRow("-serverUrl overrides")
        << (production + QStringList {u"-serverUrl:https://other.acme.com"_s}) << u"Production"_s
        << QUrl(u"https://other.acme.com"_s) << u"hdr"_s << u"hdr-usr"_s << user << m_profileCa
        << false << QString();
    QTest::newRow("--virtual-proxy \"\" overrides")
        << (production + QStringList {u"--virtual-proxy"_s, QString()}) << u"Production"_s << acme
        << QString() << u"hdr-usr"_s << user << m_profileCa << false << QString();
    QTest::newRow("--user-header overrides")
        << (production + QStringList {u"--user-header=opcon-usr"_s}) << u"Production"_s << acme
        << u"hdr"_s << u"opcon-usr"_s << user << m_profileCa << false << QString();
    QTest::newRow("-QlikUser overrides")
        << (production + QStringList {u"-QlikUser"_s, u"someone@acme.com"_s}) << u"Production"_s
        << acme << u"hdr"_s << u"hdr-usr"_s << u"someone@acme.com"_s << m_profileCa << false
        << QString();
    QTest::newRow("--ca-cert overrides")
        << (production + QStringList {u"--ca-cert"_s, m_otherCa}) << u"Production"_s << acme
        << u"hdr"_s << u"hdr-usr"_s << user << m_otherCa << false << QString();
    QTest::newRow("--insecure overrides")
        << (production + QStringList {u"--insecure"_s}) << u"Production"_s << acme << u"hdr"_s
        << u"hdr-usr"_s << user << m_profileCa << true << u"--insecure"_s;
    QTest::newRow("profile that does not verify warns")
        << QStringList {u"--task"_s, Guid, u"--profile=Test (insecure)"_s} << u"Test (insecure)"_s
        << QUrl(u"https://qlik-test.acme.com:4443"_s) << QString() << u"x-usr"_s << u"tester"_s
        << QString() << true << u"profile 'Test (insecure)'"_s;
}

void TestCliOptions::profile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);
    QFETCH(QUrl, server);
    QFETCH(QString, prefix);
    QFETCH(QString, header);
    QFETCH(QString, user);
    QFETCH(QString, caFile);
    QFETCH(bool, insecure);
    QFETCH(QString, warning);

    const CliOptions options =
        CliOptions::parse(QStringList {u"qlik-task"_s} + arguments, m_profiles.get());
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    const ConnectionProfile &p = options.settings().profile;
    QCOMPARE(p.name, name);
    QCOMPARE(p.serverUrl, server);
    QCOMPARE(p.virtualProxyPrefix, prefix);
    QCOMPARE(p.userHeaderName, header);
    QCOMPARE(p.userId, user);
    QCOMPARE(p.caCertificateFile, caFile);
    QCOMPARE(p.ignoreCertificateErrors, insecure);
    QCOMPARE(p.requestTimeout, m_profiles->profile(name)->requestTimeout);
    if (warning.isEmpty()) {
        QCOMPARE(options.warnings(), QStringList());
    } else {
        QCOMPARE(options.warnings().size(), 1);
        QVERIFY2(options.warnings().constFirst().contains(warning),
                 qPrintable(options.warnings().constFirst()));
    }
}

void TestCliOptions::profileErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withStore");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("unknown name lists the saved ones")
        << QStringList {u"--profile"_s, u"production"_s, u"--task"_s, Guid} << true
        << QStringList {u"no saved profile called 'production'"_s, u"'Production'"_s,
                        u"'Test (insecure)'"_s, u"'Gone CA'"_s};
    QTest::newRow("no profile saved")
        << QStringList {u"--profile"_s, u"Production"_s, u"--task"_s, Guid} << false
        << QStringList {u"'Production'"_s, u"no profile is saved"_s};
    QTest::newRow("given twice") << QStringList {u"--profile"_s, u"Production"_s, u"--profile"_s,
                                                 u"Gone CA"_s,   u"--task"_s,     Guid}
                                 << true << QStringList {u"--profile is given more than once"_s};
    QTest::newRow("empty header override")
        << QStringList {u"--profile"_s, u"Production"_s, u"--user-header"_s,
                        u" "_s,         u"--task"_s,     Guid}
        << true << QStringList {u"--user-header must not be empty"_s};
    QTest::newRow("stored CA file gone")
        << QStringList {u"--profile"_s, u"Gone CA"_s, u"--task"_s, Guid} << true
        << QStringList {u"profile 'Gone CA'"_s, u"gone.pem"_s};
    QTest::newRow("still needs a task")
        << QStringList {u"--profile"_s, u"Production"_s} << true << QStringList {u"no task"_s};
    QTest::newRow("without profile a server is needed")
        << QStringList {u"--user"_s, u"u"_s, u"--task"_s, Guid} << true
        << QStringList {u"no server"_s, u"--profile"_s};
}

void TestCliOptions::profileErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withStore);
    QFETCH(QStringList, messageParts);
    const CliOptions options = CliOptions::parse(QStringList {u"qlik-task"_s} + arguments,
                                                 withStore ? m_profiles.get() : nullptr);
    QCOMPARE(options.action(), CliOptions::Action::UsageError);
    for (const QString &part : std::as_const(messageParts))
        QVERIFY2(options.errorMessage().contains(part), qPrintable(options.errorMessage()));
}

void TestCliOptions::stopOnInterrupt()
{
    const QStringList base {u"qlik-task"_s, u"--server"_s, u"srv"_s, u"--user"_s,
                            u"u"_s,         u"--task"_s,   Guid};
    QVERIFY(!CliOptions::parse(base).settings().stopOnInterrupt);
    const CliOptions options = CliOptions::parse(base + QStringList {u"--stop-on-interrupt"_s});
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    QVERIFY(options.settings().stopOnInterrupt);
    const QString help = CliOptions::parse({u"qlik-task"_s, u"--help"_s}).helpText();
    for (const auto &part :
         {u"--stop-on-interrupt"_s, u"--profile"_s, u"SIGTERM"_s, u"130"_s, u"143"_s})
        QVERIFY2(help.contains(part), qPrintable(part));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
