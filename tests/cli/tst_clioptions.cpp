#include "clioptions.h"
#include "profilestore.h"

#include <memory>
#include <QDir>
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
    void pinTakesColonsAndAnyCase();
    void caCertMustBeReadable();
    void profile_data();
    void profile();
    void profileErrors_data();
    void profileErrors();
    void stopOnInterrupt();
    void repeatedTasksStartOnce();
    void pollIntervalUpToADay();
    void plainHttpWarns_data();
    void plainHttpWarns();
    void signInErrors_data();
    void signInErrors();
    void certificateSignIn();
    void secretsComeFromEnvironmentOrFile();
    void methodChangesAProfilesDefaults();

private:
    /// A file in m_dir: the test CA's PEM certificate, or `content` when given.
    [[nodiscard]] QString writeCaFile(const QString &fileName,
                                      const QByteArray &content = QByteArray()) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    QString m_profileCa;
    QString m_otherCa;
    QString m_noCertificate; ///< readable, but no certificate in it
};

QString TestCliOptions::writeCaFile(const QString &fileName, const QByteArray &content) const
{
    QFile file(m_dir.filePath(fileName));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    if (!content.isNull()) {
        file.write(content);
        return file.fileName();
    }
    // The test CA: a real PEM certificate.
    QFile ca(QStringLiteral(QTR_TEST_DATA_DIR) + u"/tls/ca.pem"_s);
    if (!ca.open(QIODevice::ReadOnly))
        return {};
    file.write(ca.readAll());
    return file.fileName();
}

void TestCliOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_profileCa = writeCaFile(u"root.pem"_s);
    m_otherCa = writeCaFile(u"other.pem"_s);
    m_noCertificate = writeCaFile(u"not-a-cert.pem"_s, "-----BEGIN CERTIFICATE-----\nnonsense\n");
    QVERIFY(!m_profileCa.isEmpty() && !m_otherCa.isEmpty() && !m_noCertificate.isEmpty());
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

    ConnectionProfile noCertificate = production;
    noCertificate.name = u"No certificate"_s;
    noCertificate.caCertificateFile = m_noCertificate;
    QCOMPARE(m_profiles->add(noCertificate), QStringList());

    ConnectionProfile plain = production;
    plain.name = u"Plain http"_s;
    plain.serverUrl = QUrl(u"http://qlik.acme.com:8080"_s);
    plain.caCertificateFile.clear();
    QCOMPARE(m_profiles->add(plain), QStringList());
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
        << (base + QStringList {u"--ca-cert"_s, u"/nonexistent/ca.pem"_s})
        << u"--ca-cert: the file '/nonexistent/ca.pem' does not exist"_s;
    QTest::newRow("ca file is a folder") << (base + QStringList {u"--ca-cert"_s, m_dir.path()})
                                         << u"--ca-cert: '%1' is not a file"_s.arg(m_dir.path());
    QTest::newRow("ca file without a certificate")
        << (base + QStringList {u"--ca-cert"_s, m_noCertificate})
        << u"--ca-cert: the file '%1' holds no PEM certificate"_s.arg(m_noCertificate);
    QTest::newRow("pin too short") << (base + QStringList {u"--pin-sha256"_s, u"AB:CD"_s})
                                   << u"--pin-sha256: 'AB:CD' is not a SHA-256 fingerprint"_s;
    QTest::newRow("pin given twice") << (base +
                                         QStringList {u"--pin-sha256"_s, QString(64, u'a'),
                                                      u"--pin-sha256"_s, QString(64, u'b')})
                                     << u"--pin-sha256 is given more than once"_s;
    QTest::newRow("empty ca file")
        << (base + QStringList {u"--ca-cert"_s, writeCaFile(u"empty.pem"_s, "")})
        << u"empty.pem' holds no PEM certificate"_s;
    QTest::newRow("--no-wait with --timeout")
        << (base + QStringList {u"--no-wait"_s, u"--timeout"_s, u"60"_s})
        << u"--no-wait cannot be combined with --timeout"_s;
    QTest::newRow("--no-wait with --stop-on-timeout")
        << (base + QStringList {u"--no-wait"_s, u"--stop-on-timeout"_s})
        << u"--no-wait cannot be combined with --stop-on-timeout"_s;
    QTest::newRow("--no-wait with --timeout and --stop-on-timeout")
        << (base + QStringList {u"--timeout=60"_s, u"--stop-on-timeout"_s, u"--no-wait"_s})
        << u"--no-wait cannot be combined with --timeout"_s;
    QTest::newRow("--no-wait with --stop-on-interrupt")
        << (base + QStringList {u"--no-wait"_s, u"--stop-on-interrupt"_s})
        << u"--no-wait cannot be combined with --stop-on-interrupt"_s;
    QTest::newRow("poll interval above a day")
        << (base + QStringList {u"--poll-interval"_s, u"86400.5"_s})
        << u"--poll-interval: 86400.5 is above the maximum of 86400 seconds (a day)"_s;
    QTest::newRow("poll interval of 366 days")
        << (base + QStringList {u"-PollingInterval"_s, u"31622400"_s})
        << u"--poll-interval: 31622400 is above the maximum of 86400 seconds (a day)"_s;
    QTest::newRow("timeout above 366 days")
        << (base + QStringList {u"--timeout"_s, u"1e12"_s}) << u"above the maximum of 366 days"_s;
    QTest::newRow("escape sequence in a typed server")
        << QStringList {u"--server"_s, u"https://srv\x1b]0;owned\x07"_s,
                        u"--user"_s,   u"u"_s,
                        u"--task"_s,   Guid}
        << u"\\e]0;owned\\x07"_s;
    QTest::newRow("escape sequence in an unknown option")
        << (base + QStringList {u"--bogus\x1b[2J\r\nforged"_s}) << u"bogus\\e[2J\\r\\nforged"_s;
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
    // One line, nothing a terminal acts on, whatever was typed.
    for (const QChar c : options.errorMessage())
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(options.errorMessage()));
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

void TestCliOptions::pinTakesColonsAndAnyCase()
{
    QString colons;
    for (int i = 0; i < 32; ++i)
        colons += (i > 0 ? u":"_s : QString()) + u"Ab"_s;
    const CliOptions options =
        CliOptions::parse({u"qlik-task"_s, u"--server"_s, u"srv"_s, u"--user"_s, u"u"_s,
                           u"--task"_s, Guid, u"--pin-sha256"_s, colons});
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    QCOMPARE(options.settings().profile.pinnedSha256, u"ab"_s.repeated(32));
}

void TestCliOptions::caCertMustBeReadable()
{
    // A real PEM certificate, given by a relative name: kept as an absolute one.
    const QString relative = QDir::current().relativeFilePath(m_otherCa);
    const CliOptions options =
        CliOptions::parse({u"qlik-task"_s, u"--server"_s, u"https://srv"_s, u"--user"_s, u"u"_s,
                           u"--task"_s, Guid, u"--ca-cert"_s, relative});
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    QCOMPARE(options.settings().profile.caCertificateFile, m_otherCa);
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
    QTest::newRow("--ca-cert replaces a profile's file without certificate")
        << QStringList {u"--profile"_s, u"No certificate"_s, u"--task"_s,
                        Guid,           u"--ca-cert"_s,      m_otherCa}
        << u"No certificate"_s << acme << u"hdr"_s << u"hdr-usr"_s << user << m_otherCa << false
        << QString();
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
    QTest::newRow("stored CA file without a certificate")
        << QStringList {u"--profile"_s, u"No certificate"_s, u"--task"_s, Guid} << true
        << QStringList {u"profile 'No certificate'"_s, u"not-a-cert.pem"_s,
                        u"holds no PEM certificate"_s};
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

void TestCliOptions::repeatedTasksStartOnce()
{
    const QString upper = Guid.toUpper();
    const CliOptions options = CliOptions::parse({u"qlik-task"_s,
                                                  u"--server"_s,
                                                  u"https://srv"_s,
                                                  u"--user"_s,
                                                  u"u"_s,
                                                  u"--task"_s,
                                                  Guid,
                                                  u"--task"_s,
                                                  u"Reload Sales"_s,
                                                  u"--task"_s,
                                                  upper,
                                                  u"-TaskId"_s,
                                                  u"{%1}"_s.arg(upper),
                                                  u"--task"_s,
                                                  u"reload sales"_s,
                                                  u"--task"_s,
                                                  u" Reload Sales "_s,
                                                  u"--task"_s,
                                                  u"Bell\x07"_s,
                                                  u"--task"_s,
                                                  u"Bell\x07"_s});
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    // Ids equal ignoring case and braces, names exactly (a name differing in case is another).
    const QList<TaskRef> expected {TaskRef::byId(Guid), TaskRef::byName(u"Reload Sales"_s),
                                   TaskRef::byName(u"reload sales"_s),
                                   TaskRef::byName(u"Bell\x07"_s)};
    QCOMPARE(options.settings().tasks, expected);
    const QStringList warnings = options.warnings();
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings.at(0), u"warning: task %1 is given 3 times; it is started once"_s.arg(Guid));
    QCOMPARE(warnings.at(1),
             u"warning: task 'Reload Sales' is given 2 times; it is started once"_s);
    QCOMPARE(warnings.at(2), u"warning: task 'Bell\\x07' is given 2 times; it is started once"_s);

    // The same task 300 times is one start.
    QStringList many {u"qlik-task"_s, u"--server"_s, u"srv"_s, u"--user"_s, u"u"_s};
    for (int i = 0; i < 300; ++i)
        many << u"--task"_s << u"Reload Sales"_s;
    const CliOptions repeated = CliOptions::parse(many);
    QVERIFY2(repeated.action() == CliOptions::Action::Run, qPrintable(repeated.errorMessage()));
    QCOMPARE(repeated.settings().tasks.size(), 1);
    QCOMPARE(repeated.warnings().size(), 1);
    QVERIFY(repeated.warnings().constFirst().contains(u"given 300 times"_s));

    // Different tasks: no warning.
    const CliOptions distinct =
        CliOptions::parse({u"qlik-task"_s, u"--server"_s, u"srv"_s, u"--user"_s, u"u"_s,
                           u"--task"_s, Guid, u"--task"_s, u"Reload Sales"_s});
    QCOMPARE(distinct.settings().tasks.size(), 2);
    QCOMPARE(distinct.warnings(), QStringList());
}

void TestCliOptions::pollIntervalUpToADay()
{
    const QStringList base {u"qlik-task"_s, u"--server"_s, u"srv"_s, u"--user"_s,
                            u"u"_s,         u"--task"_s,   Guid};
    const CliOptions day = CliOptions::parse(base + QStringList {u"--poll-interval"_s, u"86400"_s});
    QVERIFY2(day.action() == CliOptions::Action::Run, qPrintable(day.errorMessage()));
    QCOMPARE(day.settings().pollInterval, 24h);
    QCOMPARE(CliOptions::parse(base + QStringList {u"--poll-interval"_s, u"86401"_s}).action(),
             CliOptions::Action::UsageError);
    // --timeout still takes long values.
    const CliOptions longTimeout =
        CliOptions::parse(base + QStringList {u"--timeout"_s, u"604800"_s});
    QVERIFY2(longTimeout.action() == CliOptions::Action::Run,
             qPrintable(longTimeout.errorMessage()));
    QCOMPARE(longTimeout.settings().timeout, 168h);
}

void TestCliOptions::plainHttpWarns_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("warning");
    QTest::newRow("--server http://")
        << QStringList {u"--server"_s, u"http://qlik.acme.com:8080"_s, u"--user"_s, u"u"_s}
        << u"warning: http://qlik.acme.com:8080 is plain http: the user header opcon-usr with the "
           "user id, and everything else, go unencrypted"_s;
    QTest::newRow("HTTP in capitals")
        << QStringList {u"--server"_s, u"HTTP://qlik.acme.com"_s, u"--user"_s,
                        u"u"_s,        u"--user-header"_s,        u"x-usr"_s}
        << u"the user header x-usr with the user id"_s;
    QTest::newRow("saved profile with http")
        << QStringList {u"--profile"_s, u"Plain http"_s}
        << u"warning: http://qlik.acme.com:8080 is plain http: the user header hdr-usr"_s;
    QTest::newRow("https: no warning")
        << QStringList {u"--server"_s, u"https://qlik.acme.com"_s, u"--user"_s, u"u"_s}
        << QString();
    QTest::newRow("no scheme means https: no warning")
        << QStringList {u"--server"_s, u"qlik.acme.com"_s, u"--user"_s, u"u"_s} << QString();
}

void TestCliOptions::plainHttpWarns()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, warning);
    const CliOptions options = CliOptions::parse(
        QStringList {u"qlik-task"_s, u"--task"_s, Guid} + arguments, m_profiles.get());
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    if (warning.isEmpty()) {
        QCOMPARE(options.warnings(), QStringList());
        return;
    }
    QCOMPARE(options.warnings().size(), 1);
    QVERIFY2(options.warnings().constFirst().contains(warning),
             qPrintable(options.warnings().constFirst()));
}

namespace {
const QString Material = QStringLiteral(QTR_AUTH_DATA_DIR);
const QStringList Base {u"qlik-task"_s, u"--server"_s, u"https://qlik.acme.com"_s, u"--task"_s,
                        Guid};

QProcessEnvironment environmentWith(const QString &name, const QString &value)
{
    QProcessEnvironment environment;
    environment.insert(name, value);
    return environment;
}
} // namespace

void TestCliOptions::signInErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    const QString pem = Material + u"/client.pem"_s;
    const QString key = Material + u"/client_key.pem"_s;
    const QString pfx = Material + u"/client.pfx"_s;
    const QStringList certificate {u"--auth"_s,   u"certificate"_s, u"--user-directory"_s,
                                   u"INTERNAL"_s, u"--user"_s,      u"sa_api"_s};
    QTest::newRow("unknown method") << QStringList {u"--auth"_s, u"kerberos"_s, u"--user"_s, u"u"_s}
                                    << u"--auth: 'kerberos' is not header, certificate"_s;
    QTest::newRow("certificate without file")
        << certificate << u"--auth certificate needs --client-cert FILE"_s;
    QTest::newRow("certificate without user directory")
        << QStringList {u"--auth"_s,        u"certificate"_s,
                        u"--user"_s,        u"sa_api"_s,
                        u"--client-cert"_s, pem,
                        u"--client-key"_s,  key}
        << u"needs --user-directory DIRECTORY and --user ID"_s;
    QTest::newRow("PEM without key") << (certificate + QStringList {u"--client-cert"_s, pem})
                                     << u"No client key is chosen: use the client_key.pem"_s;
    QTest::newRow("a certificate where the key goes")
        << (certificate + QStringList {u"--client-cert"_s, pem, u"--client-key"_s, pem})
        << u"holds no PEM private key"_s;
    QTest::newRow("PFX without password")
        << (certificate + QStringList {u"--client-cert"_s, pfx})
        << u"needs its password: set QLIK_PFX_PASSWORD or give --pfx-password-file FILE"_s;
    QTest::newRow("PFX with the wrong password")
        << (certificate + QStringList {u"--client-cert"_s, pfx, u"--pfx-password-file"_s, pem})
        << u"The password for"_s;
    QTest::newRow("unreadable password file")
        << (certificate +
            QStringList {u"--client-cert"_s, pfx, u"--pfx-password-file"_s,
                         u"/nonexistent/password"_s})
        << u"--pfx-password-file: /nonexistent/password cannot be read"_s;
    QTest::newRow("header option with certificate")
        << (certificate +
            QStringList {u"--client-cert"_s, pem, u"--client-key"_s, key, u"--user-header"_s,
                         u"x"_s})
        << u"--user-header is for --auth header, not certificate"_s;
    QTest::newRow("certificate through a virtual proxy")
        << (certificate +
            QStringList {u"--client-cert"_s, pem, u"--client-key"_s, key, u"--virtual-proxy"_s,
                         u"opcon"_s})
        << u"not through a virtual proxy"_s;
    QTest::newRow("jwt without token")
        << QStringList {u"--auth"_s, u"jwt"_s}
        << u"--auth jwt needs the token: set QLIK_JWT or give --jwt-file FILE"_s;
    QTest::newRow("windows without user")
        << QStringList {u"--auth"_s, u"windows"_s} << u"--auth windows needs --user DOMAIN\\user"_s;
    QTest::newRow("windows without password")
        << QStringList {u"--auth"_s, u"windows"_s, u"--user"_s, u"ACME\\tester"_s}
        << u"needs the password of ACME\\tester: set QLIK_PASSWORD"_s;
    QTest::newRow("jwt file with windows")
        << QStringList {u"--auth"_s,       u"windows"_s,    u"--user"_s,
                        u"ACME\\tester"_s, u"--jwt-file"_s, pem}
        << u"--jwt-file is for --auth jwt, not windows"_s;
}

void TestCliOptions::signInErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const CliOptions options = CliOptions::parse(Base + arguments, nullptr, {});
    QCOMPARE(options.action(), CliOptions::Action::UsageError);
    QVERIFY2(options.errorMessage().contains(error), qPrintable(options.errorMessage()));
}

void TestCliOptions::certificateSignIn()
{
    const CliOptions options = CliOptions::parse(
        Base +
            QStringList {u"--auth"_s, u"certificate"_s, u"--user-directory"_s, u"INTERNAL"_s,
                         u"--user"_s, u"sa_api"_s, u"--client-cert"_s, Material + u"/client.pfx"_s,
                         u"--pfx-password-file"_s, Material + u"/pfx-password.txt"_s},
        nullptr, {});
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    const ConnectionProfile &profile = options.settings().profile;
    QCOMPARE(profile.signIn, ConnectionProfile::SignIn::Certificate);
    QCOMPARE(profile.virtualProxyPrefix, QString()); // not the header method's "opcon"
    QCOMPARE(profile.qrsBaseUrl(), QUrl(u"https://qlik.acme.com:4242/qrs"_s));
    QCOMPARE(profile.userDirectory, u"INTERNAL"_s);
    QCOMPARE(options.settings().secret, u"pfx pass: ü"_s);
}

void TestCliOptions::secretsComeFromEnvironmentOrFile()
{
    const QStringList jwt =
        Base + QStringList {u"--auth"_s, u"jwt"_s, u"--virtual-proxy"_s, u"jwt"_s};
    const CliOptions fromEnvironment =
        CliOptions::parse(jwt, nullptr, environmentWith(u"QLIK_JWT"_s, u" eyJ.a.b \n"_s));
    QVERIFY2(fromEnvironment.action() == CliOptions::Action::Run,
             qPrintable(fromEnvironment.errorMessage()));
    QCOMPARE(fromEnvironment.settings().secret, u"eyJ.a.b"_s);
    QCOMPARE(fromEnvironment.settings().profile.virtualProxyPrefix, u"jwt"_s);

    const QString tokenFile = m_dir.filePath(u"token.jwt"_s);
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("eyJ.file.token\r\n");
    file.close();
    const CliOptions fromFile =
        CliOptions::parse(jwt + QStringList {u"--jwt-file"_s, tokenFile}, nullptr,
                          environmentWith(u"QLIK_JWT"_s, u"ignored"_s));
    QCOMPARE(fromFile.settings().secret, u"eyJ.file.token"_s);

    const CliOptions windows = CliOptions::parse(
        Base + QStringList {u"--auth"_s, u"windows"_s, u"--user"_s, u"ACME\\tester"_s}, nullptr,
        environmentWith(u"QLIK_PASSWORD"_s, u"s3cret "_s));
    QVERIFY2(windows.action() == CliOptions::Action::Run, qPrintable(windows.errorMessage()));
    QCOMPARE(windows.settings().secret, u"s3cret "_s); // a password is taken as it is
    QCOMPARE(windows.settings().profile.virtualProxyPrefix, QString()); // the default proxy
    QVERIFY(!windows.warnings().join(u'\n').contains(u"s3cret"_s));
}

void TestCliOptions::methodChangesAProfilesDefaults()
{
    // Production is a header profile with prefix "hdr": --auth windows starts from that
    // method's defaults (the default proxy), not from the header proxy's prefix.
    const CliOptions options =
        CliOptions::parse({u"qlik-task"_s, u"--profile"_s, u"Production"_s, u"--task"_s, Guid,
                           u"--auth"_s, u"windows"_s, u"--user"_s, u"ACME\\tester"_s},
                          m_profiles.get(), environmentWith(u"QLIK_PASSWORD"_s, u"pw"_s));
    QVERIFY2(options.action() == CliOptions::Action::Run, qPrintable(options.errorMessage()));
    QCOMPARE(options.settings().profile.signIn, ConnectionProfile::SignIn::Windows);
    QCOMPARE(options.settings().profile.virtualProxyPrefix, QString());
    QCOMPARE(options.settings().profile.serverUrl, QUrl(u"https://qlik.acme.com"_s));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
