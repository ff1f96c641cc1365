// qlik-task --profile with a saved profile whose secret is in the keychain: a real Secret
// Service (gnome-keyring on a private session bus, tests/support/with-secret-service.sh), and
// the same machine with no keychain reachable.
#include "appidentity.h"
#include "profilestore.h"
#include "secretstore.h"
#include "simprocess.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQlikTaskKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profileSecretComesFromTheKeychain();
    void profileWithoutStoredSecretIsAUsageError();
    void withoutKeychainTheSecretMayStillBeGiven();

private:
    struct Result
    {
        int exitCode = -1;
        QString output;
    };
    Result run(const QString &profile, const QProcessEnvironment &extra = {});

    std::unique_ptr<SimProcess> m_sim;
    QTemporaryDir m_config;
    QString m_settingsFile;
};

void TestQlikTaskKeychain::initTestCase()
{
    if (!qEnvironmentVariableIsSet("QTR_SECRET_SERVICE"))
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (tests/support/"
              "with-secret-service.sh)");
    SimProcess::Options options;
    options.signIn = ConnectionProfile::SignIn::Windows;
    m_sim = std::make_unique<SimProcess>(options);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    m_settingsFile = m_config.filePath(
        u"%1/%2.conf"_s.arg(AppIdentity::OrganizationName, AppIdentity::ApplicationName));
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    ProfileStore store(settings);
    ConnectionProfile profile = m_sim->profile();
    for (const QString &name : {u"Desk"_s, u"Nothing stored"_s}) {
        profile.name = name;
        QCOMPARE(store.add(profile), QStringList());
    }
    SecretStore keychain(AppIdentity::ApplicationName);
    std::optional<SecretStore::Outcome> stored;
    keychain.write(u"Desk"_s, SimProcess::windowsPassword(),
                   [&stored](const SecretStore::Outcome &outcome) { stored = outcome; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
    QVERIFY2(stored->status == SecretStore::Status::Done, qPrintable(stored->message));
}

TestQlikTaskKeychain::Result TestQlikTaskKeychain::run(const QString &profile,
                                                       const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
    environment.remove(u"QLIK_PASSWORD"_s);
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(
        QStringLiteral(QLIK_TASK_EXECUTABLE),
        {u"--profile"_s, profile, u"--task"_s, u"Fast Success"_s, u"--poll-interval"_s, u"0.2"_s});
    Result result;
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

void TestQlikTaskKeychain::profileSecretComesFromTheKeychain()
{
    const Result result = run(u"Desk"_s);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QVERIFY(!result.output.contains(SimProcess::windowsPassword()));
    QFile settings(m_settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(SimProcess::windowsPassword().toUtf8()));
}

void TestQlikTaskKeychain::profileWithoutStoredSecretIsAUsageError()
{
    const Result result = run(u"Nothing stored"_s);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.output.contains(u"profile 'Nothing stored' has no secret in the keychain"_s) &&
                 result.output.contains(u"set QLIK_PASSWORD or give --password-file FILE"_s),
             qPrintable(result.output));
}

void TestQlikTaskKeychain::withoutKeychainTheSecretMayStillBeGiven()
{
    QProcessEnvironment noBus;
    noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    noBus.insert(u"DISPLAY"_s, QString());
    const Result refused = run(u"Desk"_s, noBus);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.output.contains(u"No keychain service runs on this desktop"_s) &&
                 refused.output.contains(u"set QLIK_PASSWORD"_s),
             qPrintable(refused.output));

    noBus.insert(u"QLIK_PASSWORD"_s, SimProcess::windowsPassword());
    const Result given = run(u"Desk"_s, noBus);
    QVERIFY2(given.exitCode == 0, qPrintable(given.output));
}

QTEST_GUILESS_MAIN(TestQlikTaskKeychain)
#include "tst_qliktaskkeychain.moc"
