#include "profilestore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripsThroughSettings();
    void rejectsInvalidProfiles_data();
    void rejectsInvalidProfiles();
    void updatesRenamesAndRemoves();
    void storesNothingSecret();

private:
    static ConnectionProfile sample(const QString &name);
    QTemporaryDir m_dir;
    QString m_file;
};

ConnectionProfile TestProfileStore::sample(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.serverUrl = QUrl(u"https://qlik.acme.com"_s);
    profile.virtualProxyPrefix = u"opcon"_s;
    profile.userHeaderName = u"opcon-usr"_s;
    profile.userId = u"ACME\\svc_reload"_s;
    return profile;
}

void TestProfileStore::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(u"profiles%1.ini"_s.arg(++counter));
}

void TestProfileStore::roundTripsThroughSettings()
{
    ConnectionProfile second = sample(u"Test"_s);
    const QString caFile = m_dir.filePath(u"acme-ca.pem"_s);
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    ca.close();
    second.caCertificateFile = caFile;
    second.ignoreCertificateErrors = true;
    second.requestTimeout = std::chrono::seconds(12);
    {
        QSettings settings(m_file, QSettings::IniFormat);
        ProfileStore store(settings);
        QSignalSpy changed(&store, &ProfileStore::changed);
        QCOMPARE(store.add(sample(u"Production"_s)), QStringList());
        QCOMPARE(store.add(second), QStringList());
        QCOMPARE(changed.count(), 2);
        store.setActiveProfileName(u"Test"_s);
    }
    QSettings settings(m_file, QSettings::IniFormat);
    QCOMPARE(settings.value(u"profiles/version"_s).toInt(), ProfileStore::FormatVersion);
    QCOMPARE(settings.value(u"profiles/size"_s).toInt(), 2);
    QCOMPARE(settings.value(u"profiles/1/name"_s).toString(), u"Production"_s);
    ProfileStore store(settings);
    QCOMPARE(store.names(), (QStringList {u"Production"_s, u"Test"_s}));
    QCOMPARE(*store.profile(u"Test"_s), second);
    QCOMPARE(store.activeProfileName(), u"Test"_s);
}

void TestProfileStore::rejectsInvalidProfiles_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::newRow("no name") << sample(QString());
    QTest::newRow("taken name") << sample(u"Production"_s);
    ConnectionProfile noUrl = sample(u"No URL"_s);
    noUrl.serverUrl = QUrl();
    QTest::newRow("no url") << noUrl;
    ConnectionProfile reserved = sample(u"Reserved header"_s);
    reserved.userHeaderName = u"X-Qlik-User"_s;
    QTest::newRow("reserved header") << reserved;
}

void TestProfileStore::rejectsInvalidProfiles()
{
    QFETCH(ConnectionProfile, profile);
    QSettings settings(m_file, QSettings::IniFormat);
    ProfileStore store(settings);
    QCOMPARE(store.add(sample(u"Production"_s)), QStringList());
    QSignalSpy changed(&store, &ProfileStore::changed);
    QVERIFY(!store.add(profile).isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::updatesRenamesAndRemoves()
{
    QSettings settings(m_file, QSettings::IniFormat);
    ProfileStore store(settings);
    QCOMPARE(store.add(sample(u"Production"_s)), QStringList());
    QCOMPARE(store.add(sample(u"Test"_s)), QStringList());
    store.setActiveProfileName(u"Test"_s);
    QSignalSpy active(&store, &ProfileStore::activeProfileChanged);

    ConnectionProfile renamed = sample(u"Staging"_s);
    QCOMPARE(store.update(u"Test"_s, renamed), QStringList());
    QCOMPARE(store.names(), (QStringList {u"Production"_s, u"Staging"_s}));
    QCOMPARE(store.activeProfileName(), u"Staging"_s);
    QCOMPARE(active.count(), 1);
    QVERIFY(!store.update(u"Staging"_s, sample(u"Production"_s)).isEmpty()); // name taken
    QVERIFY(!store.update(u"Nope"_s, sample(u"Nope"_s)).isEmpty());

    QVERIFY(store.remove(u"Staging"_s));
    QVERIFY(!store.remove(u"Staging"_s));
    QCOMPARE(store.activeProfileName(), QString());
    QCOMPARE(active.count(), 2);
    ProfileStore reread(settings);
    QCOMPARE(reread.names(), QStringList {u"Production"_s});
    QCOMPARE(settings.value(u"profiles/size"_s).toInt(), 1);
    QVERIFY(!settings.contains(u"profiles/2/name"_s));
}

void TestProfileStore::storesNothingSecret()
{
    {
        QSettings settings(m_file, QSettings::IniFormat);
        ProfileStore store(settings);
        QCOMPARE(store.add(sample(u"Production"_s)), QStringList());
    }
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(!text.contains("password"));
    QVERIFY(!text.contains("secret"));
    QVERIFY(!text.contains("xrfkey"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
