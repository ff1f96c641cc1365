#include "profilestore.h"

#include <QDir>
#include <QRegularExpression>
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
    void readsExplicitBooleans_data();
    void readsExplicitBooleans();
    void damagedPinFailsValidation();
    void certificateProfileRoundTripsWithoutHeader();
    void unknownSignInMethodIsReported();
    void unclearBooleanKeepsVerificationOn_data();
    void unclearBooleanKeepsVerificationOn();
    void damagedFileIsKeptAside_data();
    void damagedFileIsKeptAside();
    void nextSaveKeepsACopyOfWhatItDrops();
    void readOnlyStoreLeavesTheFileAlone();
    void writesNothingWithoutACopy();

private:
    static ConnectionProfile sample(const QString &name);
    /// An INI text of one profile, numbered `index`, with `extra` lines of its own.
    static QByteArray profileLines(int index, const QByteArray &name, const QByteArray &extra = {});
    void writeFile(const QByteArray &content) const;
    [[nodiscard]] QByteArray fileContent(const QString &path) const;
    [[nodiscard]] QStringList copiesAside() const;
    QTemporaryDir m_dir;
    QString m_file;
};

QByteArray TestProfileStore::profileLines(int index, const QByteArray &name,
                                          const QByteArray &extra)
{
    const QByteArray n = QByteArray::number(index);
    QByteArray text;
    if (!name.isNull())
        text += n + "\\name=" + name + "\n";
    text += n + "\\url=https://qlik.acme.com\n" + n + "\\prefix=opcon\n" + n +
        "\\header=opcon-usr\n" + n + "\\user=svc_reload\n";
    for (const QByteArray &line : extra.split('\n')) {
        if (!line.isEmpty())
            text += n + "\\" + line + "\n";
    }
    return text;
}

void TestProfileStore::writeFile(const QByteArray &content) const
{
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QByteArray TestProfileStore::fileContent(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList TestProfileStore::copiesAside() const
{
    const QFileInfo info(m_file);
    return info.dir().entryList({info.fileName() + u".damaged-*"_s}, QDir::Files);
}

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
    second.pinnedSha256 = QString(64, u'c');
    second.requestTimeout = std::chrono::seconds(12);
    second.watchServer = true;
    second.watchNotifyFilter = {u"tag=Nightly"_s, u"task=Reload *"_s};
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
    QVERIFY2(!store.isDamaged(), qPrintable(store.problems().join(u'\n')));
    QVERIFY(copiesAside().isEmpty());
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
    ConnectionProfile badFilter = sample(u"Bad watch filter"_s);
    badFilter.watchServer = true;
    badFilter.watchNotifyFilter = {u"owner=me"_s};
    QTest::newRow("watch filter that does not read") << badFilter;
    ConnectionProfile shortPin = sample(u"Short pin"_s);
    shortPin.pinnedSha256 = QString(63, u'a');
    QTest::newRow("pin too short") << shortPin;
    ConnectionProfile notHex = sample(u"Not hex"_s);
    notHex.pinnedSha256 = QString(64, u'g');
    QTest::newRow("pin not hex") << notHex;
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

void TestProfileStore::readsExplicitBooleans_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<bool>("ignore");
    QTest::newRow("true") << QByteArray("true") << true;
    QTest::newRow("TRUE") << QByteArray("TRUE") << true;
    QTest::newRow("True with spaces") << QByteArray(" True ") << true;
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("false") << QByteArray("false") << false;
    QTest::newRow("False") << QByteArray("False") << false;
    QTest::newRow("0") << QByteArray("0") << false;
}

void TestProfileStore::readsExplicitBooleans()
{
    QFETCH(QByteArray, written);
    QFETCH(bool, ignore);
    writeFile("[profiles]\n" + profileLines(1, "Production", "ignoreCertificateErrors=" + written) +
              "size=1\nversion=1\n");
    QSettings settings(m_file, QSettings::IniFormat);
    const ProfileStore store(settings);
    QCOMPARE(store.names(), QStringList {u"Production"_s});
    QCOMPARE(store.profiles().constFirst().ignoreCertificateErrors, ignore);
    QVERIFY2(!store.isDamaged(), qPrintable(store.problems().join(u'\n')));
    QVERIFY(copiesAside().isEmpty());
}

void TestProfileStore::damagedPinFailsValidation()
{
    // A pin written by hand in the colon form is read; a damaged one is kept as it is, so the
    // profile refuses to be used instead of trusting whatever an authority vouches for.
    const QByteArray colons = QByteArray("AB:").repeated(31) + "AB";
    writeFile("[profiles]\n" + profileLines(1, "Pinned", "pinSha256=" + colons) +
              profileLines(2, "Damaged", "pinSha256=ab-cd") + "size=2\nversion=1\n");
    QSettings settings(m_file, QSettings::IniFormat);
    const ProfileStore store(settings);
    QCOMPARE(store.profile(u"Pinned"_s)->pinnedSha256, u"ab"_s.repeated(32));
    QVERIFY(store.profile(u"Pinned"_s)->isValid());
    QCOMPARE(store.profile(u"Damaged"_s)->pinnedSha256, u"ab-cd"_s);
    QVERIFY(!store.profile(u"Damaged"_s)->isValid());
}

void TestProfileStore::certificateProfileRoundTripsWithoutHeader()
{
    ConnectionProfile repository = sample(u"Repository"_s);
    repository.signIn = ConnectionProfile::SignIn::Certificate;
    repository.virtualProxyPrefix.clear();
    repository.userHeaderName.clear();
    repository.userDirectory = u"INTERNAL"_s;
    repository.userId = u"sa_api"_s;
    repository.clientCertificateFile = QStringLiteral(QTR_AUTH_DATA_DIR "/client.pem");
    repository.clientKeyFile = QStringLiteral(QTR_AUTH_DATA_DIR "/client_key.pem");
    {
        QSettings settings(m_file, QSettings::IniFormat);
        ProfileStore store(settings);
        QCOMPARE(store.add(repository), QStringList());
    }
    QSettings settings(m_file, QSettings::IniFormat);
    QCOMPARE(settings.value(u"profiles/1/signIn"_s).toString(), u"certificate"_s);
    const ProfileStore store(settings);
    QVERIFY2(!store.isDamaged(), qPrintable(store.problems().join(u'\n')));
    QCOMPARE(*store.profile(u"Repository"_s), repository);

    // Written by hand without a header name: fine for certificate sign-in, not for header.
    writeFile("[profiles]\n1\\name=Hand\n1\\signIn=certificate\n1\\url=https://qlik:4242\n"
              "1\\user=sa_api\n1\\userDirectory=INTERNAL\nsize=1\nversion=1\n");
    QSettings hand(m_file, QSettings::IniFormat);
    const ProfileStore handStore(hand);
    QVERIFY2(!handStore.isDamaged(), qPrintable(handStore.problems().join(u'\n')));
    QCOMPARE(handStore.profile(u"Hand"_s)->signIn, ConnectionProfile::SignIn::Certificate);
}

void TestProfileStore::unknownSignInMethodIsReported()
{
    writeFile("[profiles]\n" + profileLines(1, "Odd", "signIn=kerberos") + "size=1\nversion=1\n");
    QSettings settings(m_file, QSettings::IniFormat);
    const ProfileStore store(settings);
    QVERIFY(store.isDamaged());
    QVERIFY2(store.problems().join(u'\n').contains(u"kerberos"_s),
             qPrintable(store.problems().join(u'\n')));
}

void TestProfileStore::unclearBooleanKeepsVerificationOn_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("no") << QByteArray("no");
    QTest::newRow("off") << QByteArray("off");
    QTest::newRow("maybe") << QByteArray("maybe");
    QTest::newRow("yes") << QByteArray("yes");
    QTest::newRow("on") << QByteArray("on");
    QTest::newRow("2") << QByteArray("2");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("list") << QByteArray("true, false");
    QTest::newRow("truee") << QByteArray("truee");
}

void TestProfileStore::unclearBooleanKeepsVerificationOn()
{
    QFETCH(QByteArray, written);
    writeFile("[profiles]\n" + profileLines(1, "Production", "ignoreCertificateErrors=" + written) +
              "size=1\nversion=1\nactive=Production\n");
    QSettings settings(m_file, QSettings::IniFormat);
    const ProfileStore store(settings);
    QCOMPARE(store.names(), QStringList {u"Production"_s}); // kept, with verification on
    QCOMPARE(store.profiles().constFirst().ignoreCertificateErrors, false);
    QVERIFY(store.isDamaged());
    const QString report = store.problems().join(u'\n');
    QVERIFY2(report.contains(u"Profile 1 (“Production”)"_s), qPrintable(report));
    QVERIFY2(report.contains(u"ignoreCertificateErrors"_s), qPrintable(report));
    QVERIFY2(report.contains(u"certificates are verified"_s), qPrintable(report));
    QVERIFY2(report.contains(QDir::toNativeSeparators(m_file)), qPrintable(report));
}

void TestProfileStore::damagedFileIsKeptAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("reported");

    // What the app writes for two profiles, cut short in the middle of the second one's keys.
    QByteArray whole = "[profiles]\n" + profileLines(1, "Production") +
        profileLines(2, "Test", "timeoutMs=30000") + "active=Test\nsize=2\nversion=1\n";
    const QByteArray truncated = whole.left(whole.indexOf("2\\user=") + 4);
    QTest::newRow("truncated") << truncated << QStringList {u"Production"_s, u"Test"_s}
                               << QStringList {u"line 11 (“2\\us”)"_s, u"has no size"_s,
                                               u"“user” missing"_s};

    QTest::newRow("size not a number")
        << QByteArray("[profiles]\n" + profileLines(1, "Production") + profileLines(2, "Test") +
                      "size=abc\nversion=1\n")
        << QStringList {u"Production"_s, u"Test"_s}
        << QStringList {u"gives its size as “abc”, which is not a number"_s, u"2 entr"_s};

    QTest::newRow("garbage values")
        << QByteArray("[profiles]\n" + profileLines(1, "Production") +
                      profileLines(2, {}, "nme=Staging") +
                      profileLines(3, "Test", "timeoutMs=soon\nignoreCertificateErrors=no") +
                      profileLines(4, "Sales, EMEA") + profileLines(5, "Production") +
                      "size=5\nversion=1\n")
        << QStringList {u"Production"_s, u"Test"_s}
        << QStringList {u"Profile 2 in "_s,
                        u"it has no name"_s,
                        u"“timeoutMs” is “soon”, which is not a number of milliseconds"_s,
                        u"“ignoreCertificateErrors” is “no”"_s,
                        u"Profile 4 in "_s,
                        u"its name is “Sales, EMEA”, which is not text"_s,
                        u"Profile 5 in "_s,
                        u"an earlier profile is also called “Production”"_s};

    QTest::newRow("lines that are not settings")
        << QByteArray("[profiles]\n" + profileLines(1, "Production") +
                      "@@@ not a setting\nsize=1\nversion=1\n[window\n")
        << QStringList {u"Production"_s}
        << QStringList {u"is not a well-formed settings file"_s, u"line 7 (“@@@ not a setting”)"_s};
}

void TestProfileStore::damagedFileIsKeptAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, names);
    QFETCH(QStringList, reported);
    writeFile(content);
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    QSettings settings(m_file, QSettings::IniFormat);
    const ProfileStore store(settings);

    QCOMPARE(store.names(), names); // what can be read stays
    QVERIFY(store.isDamaged());
    const QString report = store.problems().join(u'\n');
    for (const QString &text : reported)
        QVERIFY2(report.contains(text), qPrintable(u"“"_s + text + u"” not in: "_s + report));

    // A copy with the date in its name, byte for byte the file as it was.
    QCOMPARE(copiesAside().size(), 1);
    const QString copy = store.damagedCopyPath();
    QCOMPARE(QFileInfo(copy).fileName(), copiesAside().constFirst());
    const QRegularExpression dated(QRegularExpression::escape(QFileInfo(m_file).fileName()) +
                                   uR"(\.damaged-(\d{8}-\d{6})$)"_s);
    const QRegularExpressionMatch match = dated.match(copy);
    QVERIFY2(match.hasMatch(), qPrintable(copy));
    const QDateTime stamp = QDateTime::fromString(match.captured(1), u"yyyyMMdd-HHmmss"_s);
    QVERIFY(stamp >= before.addSecs(-1) && stamp <= QDateTime::currentDateTime());
    QCOMPARE(fileContent(copy), content);
    QVERIFY2(report.contains(u"saved as "_s + QDir::toNativeSeparators(copy)), qPrintable(report));
    // Reading wrote nothing.
    QCOMPARE(fileContent(m_file), content);

    // Read again: the identical copy is reused, not piled up.
    const ProfileStore again(settings);
    QCOMPARE(again.damagedCopyPath(), copy);
    QCOMPARE(copiesAside().size(), 1);
}

void TestProfileStore::nextSaveKeepsACopyOfWhatItDrops()
{
    const QByteArray content = "[profiles]\n" + profileLines(1, "Production") +
        profileLines(2, "Sales, EMEA") + "active=Sales\nsize=2\nversion=1\n";
    writeFile(content);
    QSettings settings(m_file, QSettings::IniFormat);
    ProfileStore store(settings);
    QVERIFY(store.isDamaged());
    // The copy went (cleaned up by hand, say): the next save makes one again before it writes.
    QVERIFY(QFile::remove(store.damagedCopyPath()));
    QCOMPARE(store.add(sample(u"Test"_s)), QStringList());

    const QStringList copies = copiesAside();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(fileContent(QFileInfo(m_file).dir().filePath(copies.constFirst())), content);
    QSettings reread(m_file, QSettings::IniFormat);
    QCOMPARE(reread.value(u"profiles/size"_s).toInt(), 2);
    QCOMPARE(reread.value(u"profiles/2/name"_s).toString(), u"Test"_s);
    QCOMPARE(reread.value(u"profiles/active"_s).toString(), u"Sales"_s); // the saved choice stays
    QVERIFY(!fileContent(m_file).contains("EMEA")); // gone from the file, kept in the copy
}

void TestProfileStore::readOnlyStoreLeavesTheFileAlone()
{
    const QByteArray content = "[profiles]\n" + profileLines(1, "Production") +
        profileLines(2, "Test", "ignoreCertificateErrors=maybe") + "size=abc\n";
    writeFile(content);
    QSettings settings(m_file, QSettings::IniFormat);
    ProfileStore store(settings, ProfileStore::Access::ReadOnly);
    QCOMPARE(store.names(), (QStringList {u"Production"_s, u"Test"_s}));
    QCOMPARE(store.profile(u"Test"_s)->ignoreCertificateErrors, false);
    QVERIFY(store.isDamaged());
    const QString report = store.problems().join(u'\n');
    QVERIFY2(report.contains(u"“abc”"_s) && report.contains(u"“maybe”"_s), qPrintable(report));
    QVERIFY2(!report.contains(u"saved as"_s), qPrintable(report));
    QVERIFY(store.damagedCopyPath().isEmpty());
    QVERIFY(!store.add(sample(u"Staging"_s)).isEmpty());
    store.setActiveProfileName(u"Test"_s);
    settings.sync();
    QVERIFY(copiesAside().isEmpty());
    QCOMPARE(fileContent(m_file), content);
}

void TestProfileStore::writesNothingWithoutACopy()
{
    const QString dir = m_dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(dir));
    m_file = dir + u"/profiles.ini"_s;
    const QByteArray content = "[profiles]\n" + profileLines(1, "Production") +
        profileLines(2, "Sales, EMEA") + "size=2\n";
    writeFile(content);
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    const auto unlock = qScopeGuard([&] {
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (QFile probe(dir + u"/probe"_s); probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        QSKIP("The directory stays writable (running as root?): no copy can be made to fail.");
    }
    QSettings settings(m_file, QSettings::IniFormat);
    ProfileStore store(settings);
    QVERIFY(store.isDamaged());
    QVERIFY(store.damagedCopyPath().isEmpty());
    QVERIFY2(store.problems().join(u'\n').contains(u"No copy of"_s),
             qPrintable(store.problems().join(u'\n')));
    const QStringList refused = store.add(sample(u"Test"_s));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.constFirst().contains(u"nothing is written"_s),
             qPrintable(refused.join(u' ')));
    QVERIFY(!store.remove(u"Production"_s));
    QCOMPARE(store.names(), QStringList {u"Production"_s});
    settings.sync();
    QCOMPARE(fileContent(m_file), content);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
